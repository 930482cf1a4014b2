"""Turning prose.py's chosen candidate into a Place: the town as the notice writes it (or its own name, when
read by another name or a case ending), a US county, a first-level region, or - for two same-named towns of one
country - only what they share. Also whether two candidates are one place (a district and its city).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from enrich.cache import table
from enrich.model import Place, Span
from enrich.places.case_endings import head_in_own_script, own_script_nominative
from enrich.places.gazetteer import _city_aliases, _country_names, place_key
from enrich.places.geonames import Admin1, WorldCity, admin1_of, cities_named, nominative, parent_city
from enrich.places.names import own_name_written
from enrich.prose_text import dateline_at

if TYPE_CHECKING:
    from enrich.places.prose import _Candidate, _Mention

METHOD = "gazetteer:geonames-cities15000"


def not_the_country(candidates: list[_Candidate], weights: dict[str, float]) -> list[_Candidate]:
    """Without a region named by a country's name where the notice's clues and one of its towns point to that
    country ("the Parliament of Georgia" … in Tbilisi is the country, not the US state; round 35, when running-text
    cues for regions' governments and legislatures were added)."""
    towns = {c.country for c in candidates if c.level == "city"}  # (a town of that country named too: Tbilisi)

    def elsewhere(c: _Candidate) -> bool:
        country = _country_names().get(place_key(c.written)) if c.level == "admin1" else None
        return country is not None and country != c.country and country in towns and (
            weights.get(country, 0.0) > weights.get(c.country, 0.0))

    return [c for c in candidates if not elsewhere(c)]


def parent_id(city: WorldCity) -> int:
    parent = parent_city(city)
    return parent.geonameid if parent else 0


def same_place(a: _Candidate, b: _Candidate) -> bool:
    """Two candidates for one place: the same city, or a city and its own region named by the same words."""
    if a.key == b.key:
        return True
    if a.city and b.city and {parent_id(a.city), a.city.geonameid} & {parent_id(b.city), b.city.geonameid} - {0}:
        return True  # a district and its city, or two districts of one city
    return bool(a.city and b.city and a.city.cc == b.city.cc and abs(a.city.lat - b.city.lat) < 0.05
                and abs(a.city.lon - b.city.lon) < 0.05)


def _evidence(text: str, c: _Candidate) -> Span:
    m = c.mention
    assert m is not None
    return Span(m.start, m.end, text[m.start:m.end])


def _iso(admin1: Admin1 | None, country: str) -> str | None:
    """The region's ISO 3166-2 code, when it is one of the place's country (not a neighbour's)."""
    return admin1.iso if admin1 is not None and admin1.iso.startswith(country + "-") else None


def shared_place(text: str, c: _Candidate, admin1: Admin1 | None) -> Place:
    evidence = _evidence(text, c)
    if admin1 is None:
        return Place(country=c.country, precision="country", method=METHOD, evidence=evidence)
    return Place(country=c.country, precision="admin1", method=METHOD, evidence=evidence, admin1=admin1.name,
                 admin1_code=_iso(admin1, c.country))


def place_of(text: str, c: _Candidate) -> Place:
    evidence = _evidence(text, c)
    iso = _iso(c.admin1, c.country)
    if c.level == "city" and c.city is not None and c.country == "CN":
        from enrich.places.china import china_place_near

        # a big city: its prefecture; a county-level city or district ("Ruili", "Rongcheng"): the county whose
        # seat it is
        chinese = china_place_near(c.city.lat, c.city.lon, evidence, METHOD + ":cn-prefecture") if (
            c.city.population >= 500_000) else None
        chinese = chinese or china_place_near(c.city.lat, c.city.lon, evidence, METHOD + ":cn-county", rank=2,
                                              within_km=8)
        if chinese is not None:
            return chinese
    if c.level == "city" and c.city is not None and (pair := _pair_town(text, c, evidence)) is not None:
        return pair
    if c.level == "city" and c.city is not None:
        name = (own_script_nominative(c.city, c.written, text) or nominative(c.city, c.written, text) if c.stemmed
                else c.city.name if c.compound and not head_in_own_script(c.city, c.written) else c.written)
        if (c.alias or _named_first(text, c.city, c.written, evidence.start)) and own_name_written(
                text, c.city.name, c.written):
            name = c.city.name  # "Penang" and "GEORGE TOWN —", "Bahia" and "SALVADOR (BA)": the town's own name
        name = _cased_in_text(text, _hyphen_joined(text, evidence, c.city, name))
        if name.isupper() and len(name) > 3 and c.city.name.replace("-", " ").casefold() == name.casefold() != (
                c.city.name.casefold()):
            name = c.city.name.replace("-", " ")  # "PORT VILA —" is Port Vila as written, not GeoNames' Port-Vila
        elif name.isupper() and len(name) > 3 and place_key(name) == place_key(c.city.name):
            name = c.city.name  # "QUITO" in a dateline is Quito
        elif name.isupper() and len(name) > 3 and (cased := [n for n in c.city.cyrillic if not n.isupper() and (
                n.casefold() == name.casefold())]):
            name = cased[0]  # "МОСКВА —" is Москва, as "QUITO" is Quito (round 30)
        if len(name) == len(c.city.name) + 1 > 5 and name.startswith(c.city.name) and name[-1].islower():
            name = c.city.name  # a case ending GeoNames lists as a name: "Tallinna" (Estonian genitive) is Tallinn
        rest = c.city.name[len(name):] if place_key(c.city.name).startswith(place_key(name) + " ") else ""
        if rest and place_key(text[evidence.end:evidence.end + len(rest)]) == place_key(rest):
            name = c.city.name  # "Frankfurt" written "Frankfurt (Oder)", "Freiburg im Breisgau"
        return Place(country=c.country, precision="city", method=METHOD, evidence=evidence,
                     admin1=c.admin1_name, admin1_code=iso, admin2=c.admin2, city=name, lat=c.city.lat,
                     lon=c.city.lon)
    if c.level == "admin2":
        return Place(country=c.country, precision="admin2", method="gazetteer:us-counties", evidence=evidence,
                     admin1=c.admin1_name, admin1_code=f"US-{c.key[2]}", admin2=c.admin2)
    return Place(country=c.country, precision="admin1", method="gazetteer:geonames-admin1", evidence=evidence,
                 admin1=c.admin1_name, admin1_code=iso)



# "Brighton & Hove City Council": the joint authority's first town is the place (as "Perth and Kinross Council" is
# Perth), when it lies in the same second-level area as the town read after the "&"
_PAIR_BEFORE = re.compile(r"(?<![\w'’])([A-Z][\w'’-]+)[ \t]*&[ \t]*\Z")


def _pair_town(text: str, c: _Candidate, evidence: Span) -> Place | None:
    """The first town of a pair written "Town & Town" when the candidate is the second (round 29: label writers of
    four sets put Brighton for "Brighton & Hove City Council")."""
    start = evidence.start
    if c.city is None or not c.city.admin2 or "&" not in text[max(0, start - 3):start]:
        return None
    pair = _PAIR_BEFORE.search(text, max(0, start - 40), start)
    towns = [t for t in cities_named(place_key(pair.group(1))) if t.cc == c.country and t.admin2 == c.city.admin2
             and place_key(t.name) == place_key(pair.group(1))] if pair else []
    if not pair or len(towns) != 1:
        return None
    town = towns[0]
    return Place(country=c.country, precision="city", method=METHOD, evidence=Span(pair.start(1), pair.end(1),
                 pair.group(1)), admin1=c.admin1_name, admin1_code=_iso(c.admin1, c.country), admin2=town.admin2,
                 city=town.name if pair.group(1).isupper() else pair.group(1), lat=town.lat, lon=town.lon)


def full_name_town(text: str, candidates: list[_Candidate], top: _Candidate, threshold: float) -> _Candidate | None:
    """The town whose whole name the words are, when the top town was read from a part of them (round 23): "NEW
    DELHI — …" is New Delhi, not Delhi (the larger town named by the last word)."""
    m = top.mention
    if top.level != "city" or m is None or top.city is None:
        return None
    written, own = place_key(text[m.start:m.end]), place_key(top.city.name)
    if own == written or not written.endswith(" " + own):
        return None  # read by its own whole name, or by another name ("Lungsod Quezon" is Quezon City)
    whole = [c for c in candidates if c is not top and c.level == "city" and c.city is not None
             and c.country == top.country and c.mention is not None and (c.mention.start, c.mention.end) == (
                 m.start, m.end) and place_key(c.city.name) == written and c.score >= threshold]
    return whole[0] if whole else None


def named_town(text: str, top: _Candidate, candidates: list[_Candidate], direct: set[tuple[str, ...]]) -> _Candidate:
    """The town the notice names, between a district or suburb and the big city GeoNames puts it in (round 28):
    the city when the notice's dateline names it ("LIMA — La Municipalidad de Miraflores …"; not a title "Lima:"
    or "(Lima)" after the district's body, which label writers read as the district's), else the place written
    ("City of Chula Vista, CA", "EDINA, Minn.", "basé à Écully", which GeoNames' coordinates put inside San Diego,
    Minneapolis and Lyon). ``direct``: the keys of candidates read by their own words."""
    if top.level != "city" or top.city is None:
        return top
    if top.district is not None and top.key not in direct and top.mention is not None and (
            top.mention.weight > 1.0) and (  # a suburb written where places are (a buyer's name, a dateline, an
            f" {place_key(top.city.name)} " not in f" {place_key(top.written)} "):  # address), its city nowhere
        # (not even in "Berlin-Tempelhof"); a bare mention ("ООО «Обь Форензик»", a supplier) stays its city
        town = top.district
        return replace(top, key=("city", str(town.geonameid)), city=town, admin1=(unit := admin1_of(town)),
                       admin1_name=unit.name if unit else None, admin2=town.admin2 or None, compound=False,
                       district=None)
    parent = parent_city(top.city) if top.district is None and top.compound else None
    if parent is not None and ("city", str(parent.geonameid)) in direct:
        named = [c for c in candidates if c.key == ("city", str(parent.geonameid))]
        title_end = text.find("\n")
        dateline = dateline_at(text, title_end + 1) if title_end != -1 else None
        if named and named[0].mention is not None and dateline is not None and (
                named[0].mention.start == dateline.start()):
            return named[0]  # the district's city, as the dateline writes it
    return top


def unsettled_villages(candidates: list[_Candidate], weights: dict[str, float], text: str) -> list[_Candidate]:
    """Without the villages whose name several villages of one country share (GeoNames towns under 15,000, read
    without population), when the notice gives that country no clue, names none of their regions and names a place
    of another country where notices state places: such a name does not outweigh it ("Byron Shire Council in New
    South Wales" is not Byron, Georgia or Illinois). Round 29: they gave a country-level place in the wrong country
    ahead of the region the notice names; alone ("City of Elkhorn") they still give their country."""
    from enrich.places.us_state_phrases import ap_state, region_abbreviations

    groups: dict[tuple[int, int, str], list[_Candidate]] = {}
    for c in candidates:
        if c.key[0] == "town" and c.mention is not None:
            groups.setdefault((c.mention.start, c.mention.end, c.country), []).append(c)
    if not groups:
        return candidates
    named = {(c.country, c.admin1.code) for c in candidates if c.level == "admin1" and c.admin1}
    codes_written = {region_abbreviations()[m.group(1)] for m in ap_state().finditer(text)}  # "OCEAN CITY, Md."
    drop: set[int] = set()
    for (start, end, country), towns in groups.items():
        if len({t.key[2] for t in towns}) < 2 or weights.get(country, 0.0) > 0.5:
            continue  # one village, or the notice's money, language or domain point to its country
        if not any(c.country != country and c.key[0] != "town" and c.mention is not None and c.mention.weight >= 2.0
                   for c in candidates):
            continue  # nothing else named where places are: the villages' country is the best reading left
        if any(c.mention is not None and (c.mention.start, c.mention.end) == (start, end) and c.country == country
               and c.key[0] != "town" for c in candidates):
            continue  # the same words name a larger place of that country too
        codes = {(t.admin1.iso.split("-")[-1] if t.admin1 and t.admin1.iso else "") for t in towns} - {""}
        if any(t.admin1 and (country, t.admin1.code) in named for t in towns) or codes & codes_written or any(
                re.search(rf"\b{re.escape(code)}\b", text) for code in codes):
            continue  # "Byron, GA", "OCEAN CITY, Md.", "Medway (Massachusetts)": the region tells them apart
        drop.update(id(t) for t in towns)
    return [c for c in candidates if id(c) not in drop] if drop else candidates


def _named_first(text: str, city: WorldCity, written: str, start: int) -> bool:
    """r35b_places: a reviewed other name of a town (a municipality's name: Msunduzi for Pietermaritzburg) after
    the town's own name in a dateline or title ("PIETERMARITZBURG, KwaZulu-Natal — Msunduzi Municipality …"):
    the town, as sets af–ak label it; without its own name written first, the name as written stays."""
    if (place_key(written), city.cc) not in _city_aliases():
        return False
    own = re.search(rf"(?<!\w){re.escape(city.name)}(?!\w)", text[:start], re.IGNORECASE)
    return own is not None


def alias_reading(city: WorldCity, key: str) -> bool:
    """Whether ``key`` reaches ``city`` by another of its names (not GeoNames' own name for it). r32_places32: a
    reviewed name of enrich/data/city_aliases.csv is the town's own name as its people write it (Lalitpur and
    ललितपुर for Nepal's Lalitpur, which GeoNames calls Pātan; sets g, j, k, n, af, ag placed it in India's Lalitpur,
    whose own name that is)."""
    return place_key(city.name) != key and (key, city.cc) not in _city_aliases()


def region_of_same_words(c: _Candidate, candidates: list[_Candidate]) -> float:
    """1.0 for a town that its words name in a region named after it, when the same words name that region too and
    another town of the same country elsewhere: GeoNames lists "Gəncə" for Ganja and, wrongly, for Yevlakh, and the
    words also name the region Ganja City, which is Ganja's (round 36). Not "Oklahoma": the state is not named after a
    town. Else 0.0."""
    if c.level != "city" or c.city is None or c.admin1 is None or c.mention is None or not place_key(
            c.admin1.name).startswith(place_key(c.city.name) + " "):
        return 0.0
    same = [o for o in candidates if o.mention and o.admin1 and (o.mention.start, o.mention.end) == (
        c.mention.start, c.mention.end) and o.level in ("admin1", "city")]
    region_named = any(o.level == "admin1" and o.admin1 == c.admin1 for o in same)
    towns = [o for o in same if o.level == "city"]
    elsewhere = any(o.admin1 != c.admin1 for o in towns) and all(o.country == c.country for o in towns)
    return 1.0 if region_named and elsewhere else 0.0


def weaker_reading(c: _Candidate, owners: dict[str, int]) -> bool:
    """Whether a candidate is the weaker reading of its words, given the towns (country → largest population) whose
    own name they are: a town reached by another of its names when such a town lies in another country or is the
    larger; a big city reached by one of its districts' names when such a town is at least the district's size
    (round 29: "Evanston City Council" is Evanston, Illinois, 75,000, not Calgary for its Evanston, 18,700; Lima's
    Miraflores stays Lima)."""
    if c.district is not None and not c.alias:
        return any(size >= (c.district.population or 0) for size in owners.values())
    return any(cc != c.country or (c.city is not None and (c.city.population or 0) <= size)
               for cc, size in owners.items())


# ISO 3166-2 types of a first-level region that is one city (Moscow and Saint Petersburg "Autonomous city", Kyiv
# "City", Seoul "Special city", Bangkok "Metropolitan administration", Bogotá and Jakarta "Capital district")
_CITY_REGION_TYPES = frozenset({
    "autonomous city", "city", "special city", "metropolitan city", "capital district", "federal territory",
    "capital territory", "federal capital territory", "capital city", "capital", "metropolitan administration",
    "special administrative city", "federal district", "state city", "special self-governing city"})


def _city_region_code(iso: str) -> bool:
    """Whether ISO 3166-2 `iso` is a first-level region that is one city (`_is_city_region`, looked up as
    pycountry.subdivisions.get looks it up: lower case)."""
    return iso.lower() in _city_region_codes()


@table()
def _city_region_codes() -> frozenset[str]:
    """Every code (lower case, as pycountry indexes them) `_is_city_region` holds for. Why a table: pycountry reads
    its whole subdivisions file on the first look-up (~80 ms of a process's first non-Chinese notice)."""
    from collections.abc import Callable
    from typing import Any

    import pycountry

    load: Callable[..., Any] = pycountry.subdivisions.get  # (untyped in pycountry)
    load(code="")  # (loads the database and its indexes)
    return frozenset(code for code in pycountry.subdivisions.indices["code"] if _is_city_region(code))


def _is_city_region(iso: str) -> bool:
    from collections.abc import Callable
    from typing import Any

    import pycountry

    subdivision: Callable[..., Any] = pycountry.subdivisions.get  # (untyped in pycountry)
    unit = subdivision(code=iso)
    return unit is not None and unit.parent_code is None and str(unit.type).casefold() in _CITY_REGION_TYPES


def in_city_region(c: _Candidate) -> bool:
    """Whether the candidate, read by a name other than its own, lies in a first-level region that is one city
    (Moscow): naming that region names the city, and confirms no such reading of another town of it as "Tulsa,
    Oklahoma" confirms Tulsa (round 30: "Московский метрополитен" under "МОСКВА —" is not the town Moskovskiy; a
    town's own name, "Kanifing Municipal Council" under "BANJUL —", stays confirmed)."""
    return bool(c.alias and c.admin1 is not None and c.admin1.iso and _city_region_code(c.admin1.iso))


def region_confirms(c: _Candidate, named: _Mention, candidates: list[_Candidate], text: str) -> bool:
    """Whether the region named apart from town ``c`` confirms it as "Tulsa, Oklahoma" confirms Tulsa: not in a
    one-city region (in_city_region), nor when the region's words are also the own name of another town of that
    region, its seat, unless the region follows the town ("Cholula, Puebla"). Round 39: "cámaras en La Paz y El
    Alto" names the city of La Paz, not El Alto's department; "Rio Grande do Sul" is no town's name."""
    if in_city_region(c) or c.mention is None:
        return False
    words = text[named.start:named.end]
    if c.mention.weight >= 5.0 or re.search(rf"(?<![^\W\d_]){re.escape(words)}{_REGION_WORD.pattern}", text[:20000]):
        return True  # a town named as its own council's ("Kanifing Municipal Council" under "BANJUL —"), or a
        # region the text writes with its designator ("Lagos State … Lagos Safe City … in Ikeja")
    seat = any(o.level == "city" and o.country == c.country and o.admin1 == c.admin1 and o.city is not None
               and o.city != c.city and o.mention is not None and (o.mention.start, o.mention.end) == (
                   named.start, named.end) for o in candidates)
    return not seat or re.fullmatch(r",[ \t]*|[ \t]*\([ \t]*", text[c.mention.end:named.start]) is not None


_REGION_WORD = re.compile(r"[ \t]+(?:State|Province|Region|Governorate|Oblast|Prefecture|Canton|Territory|County"
                          r"|Department|Departamento|Provincia|Estado|Región)(?![\w'’])")


def city_region(c: _Candidate) -> bool:
    """Whether the candidate town is its region's own city (round 30): "МОСКВА —" names the city of Moscow, which
    is also the federal city; the words stay the town's when a smaller town of that region is named apart (a
    district, or a town named after an adjective, "Московский метрополитен" - Moskovskiy, 15,000), unlike "Tulsa,
    Oklahoma", where the second word is the state and not Oklahoma City."""
    return bool(c.city is not None and c.admin1 is not None and c.admin1.iso and _city_region_code(c.admin1.iso)
                and place_key(c.city.name) in {place_key(name) for name in (
                    c.admin1.name, c.written)} | {place_key(c.written)})


def beside_country_names(text: str, candidates: list[_Candidate], threshold: float,
                         weights: dict[str, float] | None = None, buyer: Span | None = None) -> list[_Candidate]:
    """The candidates, best first, without the places read from the country's own name ("Belize Police
    Department") when the title opens with, or the dateline is, another town of that country (round 30, five
    notices of five sets: "BELMOPAN — The Belize Police Department" is Belmopan, not Belize City or Belize
    District). Else the country's name still gives what it gave (Singapore, Djibouti, Tunis, "Alcaldía de Panamá").
    r32_places32: a country's name is not a same-named town of another country ("Ministry of Public Security of
    Laos" is not Lào Cai, "Government of Saint Lucia" not a Maltese village, "of Jamaica" not Jamaica, Queens,
    "du Bénin" not Benin City, "Malta Police Force" not Malta, New York; sets af, ag) unless the notice's clues
    favour the town's country as much or name its region (Salvador, Bahia with R$; "Norfolk, VA"). r37_places: nor
    is a town read from a word of the buyer's own name that ends by naming another country ("Registro Civil de
    Ecuador" is not Registro, São Paulo), on the same condition."""
    from enrich.places.gazetteer import country_of

    named = {id(c): found[0] for c in candidates if c.mention is not None and (
        found := country_of(text[c.mention.start:c.mention.end])) is not None}
    weights = weights or {}
    owner = buyer_country(text, buyer)
    for c in candidates:
        if named.get(id(c)) not in (None, c.country) and c.level == "city" and not c.region and (
                weights.get(c.country, 0.0) < weights.get(named[id(c)], 0.0)) and c.mention is not None and (
                _short_names().get(place_key(text[c.mention.start:c.mention.end])) == named[id(c)]):
            c.score = 0.0  # never chosen (below any threshold), never a rival
        elif owner is not None and buyer is not None and owner[0] != c.country and c.level == "city" and \
                not c.region and c.mention is not None and buyer.start <= c.mention.start < owner[1] and (
                weights.get(c.country, 0.0) < weights.get(owner[0], 0.0)):
            c.score = 0.0  # a word of the buyer's name before the country it names
    candidates = sorted(candidates, key=lambda c: -c.score)
    national = [c for c in candidates if named.get(id(c)) == c.country]
    if not national:
        return candidates
    title_end = text.find("\n")
    dateline = dateline_at(text, title_end + 1) if title_end != -1 else None
    heads = {0, dateline.start()} if dateline is not None else {0}
    others = [c for c in candidates if c.level == "city" and c.city is not None and c.score >= threshold
              and c not in national and c.mention is not None and c.mention.start in heads and not any(
                  same_place(c, n) or (n.mention is not None and _overlapping(c, n)) for n in national)
              and any(n.country == c.country for n in national)]
    if not others:
        return candidates
    dropped = {id(n) for n in national if any(o.country == n.country for o in others)}
    return [c for c in candidates if id(c) not in dropped]


# The country a body's name ends with: "… de Ecuador", "… de las Personas de Honduras", "… of Fiji"
_OWNER_COUNTRY = re.compile(r"(?<![^\W\d_])(?:de|del|do|da|of|du|di)[ \t]+(?:(?:la|las|los|the|l')[ \t]+)?"
                            r"([A-ZÀ-Þ][^\W\d_]+(?:[ \t][A-ZÀ-Þ][^\W\d_]+){0,2})[ \t]*\Z")


def buyer_country(text: str, buyer: Span | None) -> tuple[str, int] | None:
    """(ISO alpha-2, where its name starts) when the buyer's name, as read in `text`, ends with "of <country>"."""
    if buyer is None or buyer.text != text[buyer.start:buyer.end]:
        return None
    m = _OWNER_COUNTRY.search(buyer.text)
    code = _short_names().get(place_key(m.group(1))) if m else None
    return (code, buyer.start + m.start(1)) if code and m else None


@table()
def _short_names() -> dict[str, str]:
    """A country's ISO 3166 short or common name, folded → its code ("laos", "jamaica", "benin"): the whole name,
    not a part another name shares ("Salvador" is Salvador, Bahia before it is El Salvador)."""
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for name in (country.name, getattr(country, "common_name", None)):
            if name:
                names.setdefault(place_key(name), country.alpha_2)
    return names


def _overlapping(a: _Candidate, b: _Candidate) -> bool:
    return bool(a.mention and b.mention and a.mention.start < b.mention.end and b.mention.start < a.mention.end)


_HYPHEN_HEAD = re.compile(r"(?<![\w-])([^\W\d_]{2,12})-\Z")


def _hyphen_joined(text: str, evidence: Span, city: WorldCity, name: str) -> str:
    """The town's whole name when the words read are the end of a hyphenated name of the same town: "Петербург" in
    "Санкт-Петербургу" is Санкт-Петербург, as label writers and the notice's title write it (round 30, seven notices
    of six sets gave the short form)."""
    head = _HYPHEN_HEAD.search(text, max(0, evidence.start - 14), evidence.start)
    if head is None:
        return name
    whole = f"{head.group(1)}-{name}"
    if any(town.geonameid == city.geonameid for town in cities_named(place_key(whole))):
        return whole[:1].upper() + whole[1:] if not whole.isupper() else whole
    return name


def _cased_in_text(text: str, name: str) -> str:
    """A town read from capitals ("PORT VILA —", "COX'S BAZAR —") as the notice writes it elsewhere in lower case
    ("Port Vila: …"), rather than GeoNames' spelling (Port-Vila, Cox’s Bāzār); round 30, four notices of four
    sets."""
    if not name.isupper() or len(name) <= 3:
        return name
    for m in re.finditer(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])", text[:20000], re.IGNORECASE):
        if not m.group(0).isupper() and m.group(0)[:1].isupper():
            return m.group(0)
    return name


# A town's first-level region written right after it: "Window Rock, Arizona", "Comune di Orani (Sardegna)", "Shire
# of Broome in Western Australia"
_REGION_AFTER = re.compile(r"(?:,[ \t]*|[ \t]+\(|[ \t]+in[ \t]+)([A-Z][^\W\d_]+(?:[ \t][A-Z][^\W\d_]+){0,2})")


def region_after(text: str, end: int, key: str, weight: float) -> float:
    """The weight of a name written where no town of 15,000 has it, when its own first-level region follows it: the
    weight of a place stated where notices state places (4.0), so that GeoNames' smaller towns are read for it
    (round 30: set ae named six small towns so, with their state or region: Window Rock, Arizona; Orani
    (Sardegna); Broome in Western Australia). Else ``weight``."""
    if weight >= 4.0 or cities_named(key):
        return weight
    m = _REGION_AFTER.match(text, end, end + 60)
    if m is None:
        return weight
    from enrich.places.gazetteer import _cities_by_name
    from enrich.places.geonames import admin1_named

    regions = admin1_named(place_key(m.group(1))) or admin1_named(place_key(m.group(1).rsplit(" ", 1)[0]))
    towns = _cities_by_name().get(key, [])[:20]
    wanted = {(r.cc, r.code) for r in regions}
    if any((t.cc, unit.code) in wanted for t in towns for unit in admin1_named(place_key(t.admin1))):
        return 4.0
    return weight


def dateline_town(text: str, towns: list[_Candidate]) -> Place | None:
    """r38b_vendplaces: of two or more towns of one region that score alike, the one the body's dateline names
    ("IKEJA, Lagos State — Lagos State Security Trust Fund …": Ikeja, not the city of Lagos the state's name also
    reads as). A dateline is where the story was filed, the town it is about (prose.py's mentions); without one,
    or when it names none of them, only the region they share is kept."""
    if len({c.admin1.code if c.admin1 else None for c in towns}) != 1 or any(c.level != "city" for c in towns):
        return None
    title_end = text.find("\n")
    dateline = dateline_at(text[:_DATELINE_READ], title_end + 1) if title_end != -1 else None
    if dateline is None:
        return None
    named = [c for c in towns if c.mention is not None and c.mention.start == dateline.start()]
    if len(named) != 1 or any(_named_in_body(text, dateline.end(), c) for c in towns if c is not named[0]):
        return None
    return place_of(text, named[0])


def _named_in_body(text: str, body: int, town: _Candidate) -> bool:
    """The other town is written in the body as a town, not only as its region's name ("Lagos State …"): the body
    may be about it (a buyer "The Quezon City government" under a "MANILA —" dateline), so neither is chosen."""
    if town.mention is None:
        return False
    written = re.escape(text[town.mention.start:town.mention.end])
    return bool(re.search(rf"(?<!\w){written}(?!\w)(?!\s+(?:State|Region|Province|Governorate|County|Oblast)\b)",
                          text[body:body + _DATELINE_READ], re.IGNORECASE))


_DATELINE_READ = 2000  # characters read for the dateline (it opens the body)
