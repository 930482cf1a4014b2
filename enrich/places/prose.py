"""Places named in running text: the buyer's town, county or region where no address line states it.

Why a scored choice: a notice names several places (the buyer's town, a supplier's seat, a vendor's country, the
street "Avenida Brasil"), same names exist in several countries, and a wrong pin is worse than none. So every
phrase that names a place is a candidate, weighted by where it is written - inside a buyer-name pattern of its
language ("Commune de X", "Ayuntamiento de X", "X Belediyesi", "X County Sheriff's Department", "администрация
X"; enrich/data/place_cues.csv) highest, then a "based in X" phrase, the buyer's own name, a title opening with
it, and least a bare capitalised mention - plus the town's population prior, the country clues of the notice
(signals.py: money, phones, domains, country names, language) and the notice naming the town's own region. The
best candidate is kept only when it clears a threshold and no candidate of another country comes close.
Common nouns (enrich/data/place_nouns.csv) and words not written with a capital are never places; a country
the caller knows (structured address, source) excludes every other, already while a phrase is looked up (so
"Port City" elsewhere does not hide Colombo in "Colombo Port City"). A US town written with its state's postal
code ("Quantico, VA") states that state even when the town is too small for the gazetteer; a name followed by
State/Province/Region/Canton is the region first ("Lagos State"); a name after a royal title is a person's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from enrich.cache import table
from enrich.fastscan import Scan, finditer, prefixes
from enrich.model import Place, Span
from enrich.places import adjective_villages as adjectives
from enrich.places import prose_place
from enrich.places.case_endings import city_adjective_towns, inflected_towns
from enrich.places.counties import dominant_county, hyphenated_county
from enrich.places.gazetteer import NAME_OPENERS, NEW_WORDS, in_country_name, is_common_noun, place_key, read_table
from enrich.places.geonames import (
    Admin1,
    WorldCity,
    admin1_named,
    admin1_of,
    cities_named,
    parent_city,
    us_counties,
    us_states,
)
from enrich.places.installed_town import installed_towns
from enrich.places.local_bodies import local_body_choice, uncontradicted
from enrich.places.named_nothing import names_nothing, small_towns
from enrich.places.names import _GENERIC, NAME, CompanyNames, OpeningStarts, before_words, closing
from enrich.places.prose_place import full_name_town, named_town, place_of, same_place, shared_place, unsettled_villages
from enrich.places.scripts import script_mentions
from enrich.places.signals import Evidence, country_evidence
from enrich.places.slavic_adjectives import adjective_towns
from enrich.places.us_state_phrases import SCAN_CHARS, ap_state, postal_matches, region_abbreviations
from enrich.places.west_adjectives import names_a_region
from enrich.prose_text import dateline_at
from enrich.regexfactors import factors

_UNCASED = re.compile("[\u0590-\u07bf\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u10a0-\u10ff\u0530-\u058f"
                      "\u1200-\u137f\u1780-\u17ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")

_SCAN_CHARS = SCAN_CHARS
_GENERIC_CHARS = 2000
_NAME_AT_END = re.compile(rf"(?<![\w'’]){NAME}\Z")
THRESHOLD = 3.5


@dataclass(frozen=True)
class _Cue:
    pattern: re.Pattern[str]
    weight: float
    kind: str  # city | county | state | any
    weight2: float = 0.0  # for {NAME2}: "2/5" gives the second name its own weight
    suffix: re.Pattern[str] | None = None  # "{NAME} County Sheriff": find the words after the name first (fast)


@table()
def _cues() -> list[_Cue]:
    cues = []
    for row in read_table("place_cues.csv"):
        source = row["pattern"].replace("{NAME2}", NAME.replace("?P<name>", "?P<name2>")).replace("{NAME}", NAME)
        first, _, second = row["weight"].partition("/")
        suffix = None
        if row["pattern"].startswith("{NAME}") and "{NAME" not in row["pattern"][6:]:
            suffix = re.compile(row["pattern"][6:], re.MULTILINE)
        cues.append(_Cue(re.compile(source, re.MULTILINE), float(first), row["kind"], float(second or first), suffix))
    return cues


@dataclass
class _Mention:
    start: int
    end: int
    weight: float
    kind: str


@dataclass
class _Candidate:
    key: tuple[str, ...]
    country: str
    level: str  # city | admin2 | admin1
    prior: float
    city: WorldCity | None = None
    admin1: Admin1 | None = None
    admin2: str | None = None
    admin1_name: str | None = None
    mention: _Mention | None = None
    written: str = ""
    score: float = 0.0
    stemmed: bool = False
    compound: bool = False  # found as the head of a hyphenated name: report the town's own name
    district: WorldCity | None = None  # the district or suburb written, when the candidate is its city (round 28)
    alias: bool = False  # found by one of its other names (GeoNames alternate names), not its own
    region: float = 0.0  # support from the town's own region being named


@table()
def _cue_scan() -> tuple[Scan, dict[int, int]]:
    """The prefixes of every cue (of its fixed words, for a cue with a suffix) in one automaton (fastscan); and, for
    a cue without prefixes (it opens with a name), the member that finds the strings one of which every match of
    it contains (regexfactors.factors), by the cue's index.

    Why: such a cue is scanned the plain way, at every position of the window (up to 0.2 ms a notice each), while
    its strings ("міськ", "Council", "Bureau" …) are absent from most notices - where none is, it cannot match."""
    patterns = [cue.suffix if cue.suffix is not None else cue.pattern for cue in _cues()]
    members, guards = list(patterns), {}
    for n, pattern in enumerate(patterns):
        if prefixes(pattern) is None and (strings := factors(pattern)):
            guards[n] = len(members)  # the strings are haystack text: escaped, they are their own prefixes
            members.append(re.compile("|".join(map(re.escape, sorted(strings))), pattern.flags & re.IGNORECASE))
    return Scan(members), guards


_TOWN_AFTER_BUYER = re.compile(r",[ \t]*(?P<name>[^\W\d_][^\n,.;:()]{1,40}?)[ \t]*(?=$|[\n.;(])", re.MULTILINE)


def _mentions(text: str, buyer: Span | None) -> list[_Mention]:
    window = text[:_SCAN_CHARS]
    found: list[_Mention] = []
    scan, guards = _cue_scan()
    where = scan.find(window)
    opening = OpeningStarts(window)
    for n, cue in enumerate(_cues()):
        if n in scan.unbounded:
            if n in guards and not where[guards[n]]:
                continue  # none of the strings its every match contains is in the window
        elif not where[n]:
            continue  # no prefix of the cue in the window: it cannot match (most cues, most notices)
        if cue.suffix is not None:  # a name written before fixed words: search the words, then the name
            for m in scan.finditer(where, n, window, cue.suffix):
                name = _NAME_AT_END.search(window, max(0, m.start() - 90), m.start())
                if name:
                    found.append(_Mention(name.start("name"), name.end("name"), cue.weight, cue.kind))
            continue
        shut = closing(cue.pattern) if n in scan.unbounded else None  # "{NAME} (", "{NAME},": see places/names.py
        matches = (finditer(cue.pattern, window, opening(shut)) if shut is not None else  # "{NAME} … Bureau":
                   finditer(cue.pattern, window, opening.before(sorted(where[guards[n]]))) if n in guards and
                   before_words(cue.pattern) else scan.finditer(where, n, window, cue.pattern))  # (places/names.py)
        for m in matches:
            for group, weight in (("name", cue.weight), ("name2", cue.weight2)):
                if group in m.re.groupindex and m.group(group):
                    found.append(_Mention(m.start(group), m.end(group), weight, cue.kind))
    if buyer is not None and buyer.text and buyer.start < len(text):
        parts = [(buyer.start, buyer.text)]
        town = _TOWN_AFTER_BUYER.match(text, buyer.end)  # "X, Zagreb": the buyer's name is read without its town
        if town:
            parts.append((town.start("name"), town.group("name")))
        for offset, part in parts:
            for m in _GENERIC.finditer(part):
                start = m.start() + _acronym_lead(m.group(0))
                if start < m.end():
                    found.append(_Mention(offset + start, offset + m.end(), 3.0, "any"))
    for line in _CAPS_HEADING.finditer(window, 0, 600):  # "CITY OF EVANSTON", "WAKE COUNTY": the body's heading
        for m in _GENERIC.finditer(line.group(0)):
            found.append(_Mention(line.start() + m.start(), line.start() + m.end(), 3.0, "any"))
    title_end = window.find("\n")
    dateline = dateline_at(window, title_end + 1) if title_end != -1 else None
    if dateline:  # "QUITO.- ", "LAHORE: ", "ZAPOPAN, Jalisco.- ": where the story was filed, the town it is about
        head = re.match(r"[^,:]+?(?=[ \t]*(?:,|:|\.|[ \t][-–—]))", dateline.group(0))
        if head:
            found.append(_Mention(dateline.start(), dateline.start() + head.end(), 4.0, "city"))
    elif title_end != -1 and (town := _TOWN_DASH.match(window, title_end + 1)) and cities_named(
            place_key(town.group(1))):
        found.append(_Mention(town.start(1), town.end(1), 4.0, "city"))  # "Ìbàdàn — ", "Arusha — ": a known town
    for m in _GENERIC.finditer(window, 0, _GENERIC_CHARS):  # bare capitalised phrases: only the opening part
        start = m.start() + _acronym_lead(m.group(0))
        if start < m.end():
            found.append(_Mention(start, m.end(), 1.0, "any"))
    found += [_Mention(s, e, w, "city") for s, e, w in script_mentions(text) + installed_towns(window, buyer)]
    for m in postal_matches(text, opening):
        found.append(_Mention(m.start("name"), m.end("name"), 5.0, "city"))
    company = CompanyNames(window)  # (places/names.py)
    return [f for f in found if not company.drops(f.start, f.end, f.weight)]


# A dateline in title case before a dash, in any script with capitals ("Ìbàdàn — ", "Muqdisho — ")
_TOWN_DASH = re.compile(r"[ \t]*([^\W\d_][\w'’.-]*(?:[ \t][^\W\d_][\w'’.-]*){0,2})[ \t]+[–—-][ \t]+")
# A line of capitals only, as council agendas head an item with the body's name ("CITY OF EVANSTON")
_CAPS_HEADING = re.compile(r"(?m)^(?=[^\n]*[A-Z]{3})[A-Z][A-Z'’.&]*(?:[ \t,]+[A-Z][A-Z'’.&]*){1,7}[ \t]*$")
_ACRONYM_LEAD = re.compile(r"[A-Z]{2,4}(?![\w'’])(?:[ \t]+(?:de|du|des|of|di|del|da|do|la|le)(?![\w'’]))?[ \t]*")


def _acronym_lead(phrase: str) -> int:
    """How many characters of `phrase` an opening acronym takes ("CHU de Lille" → 7, "NHS Lothian" → 4): an
    organisation's initials (CHU, NHS, ASL) are no town, though GeoNames has a Chũ and a Shu."""
    m = _ACRONYM_LEAD.match(phrase)
    return m.end() if m else 0


def _postal_states(text: str) -> list[_Candidate]:
    """The state of every "Town, ST" as a candidate of its own: the town may be too small for the gazetteer
    (Quantico, VA), its state is still stated - when the town is one of that state, or the phrase is written as
    an address part or a dateline."""
    out = []
    for m in postal_matches(text):
        state = us_states()[m.group("state")]
        units = [u for u in admin1_named(place_key(state)) if u.cc == "US"]
        listed = m.start() == 0 or text[m.start() - 1] == "\n" or text[max(0, m.start() - 2):m.start()] in (
            ", ", ": ")  # (round 28: "Place of performance: Mammoth, WY.")
        if units and (listed or any(place_key(c.admin1_code) == place_key(state) or c.admin1_code == m.group("state")
                                    for c in cities_named(place_key(m.group("name"))) + small_towns(
                                        place_key(m.group("name"))) if c.cc == "US")):
            # a town of that state or an address or dateline ("FBI, Quantico, VA"), not a degree ("Helen Brooks, MD")
            out.append(_Candidate(("admin1", "US", units[0].code), "US", "admin1", 1.2, admin1=units[0],
                                  admin1_name=units[0].name, written=m.group("state"),
                                  mention=_Mention(m.start("state"), m.end("state"), 5.0, "state")))
    return out


def _not_contradicted(candidates: list[_Candidate], text: str) -> list[_Candidate]:
    """Without US towns of another state than the postal code after their name ("Mammoth, WY": not Arizona's)."""
    stated = {(m.start("name"), m.end("name")): f"US-{m.group('state')}" for m in postal_matches(text)}
    if not stated:
        return candidates
    return [c for c in candidates if not (
        c.level == "city" and c.country == "US" and c.mention is not None and c.admin1 is not None
        and stated.get((c.mention.start, c.mention.end), c.admin1.iso) != c.admin1.iso)]


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start]
    return start == 0 or bool(_OPENS_SENTENCE.search(before))


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:\n][ \t]*|\n[ \t]*)$")

_NON_SPACE = re.compile(r"[^\s]+")
_CYRILLIC_GREEK = re.compile("[а-яёα-ωա-ֆ]")  # (and Armenian: a case ending glued to a town, Գյումրու)
_ROYAL_BEFORE = re.compile(r"(?<![\w'’])(?:Queen|King|Prince|Princess|Duke|Duchess|Lady|Sir)[ \t]+$")
_NEW_BEFORE = re.compile(rf"(?<![\w'’])(?:{'|'.join(sorted(NEW_WORDS))})[ \t]+$")


def _lookup(text: str, mention: _Mention, language: str | None, known: str | None = None) -> list[_Candidate]:
    """Candidates for the phrase at ``mention`` and for its shorter sub-phrases (longest first); with the country
    ``known``, only its places: a sub-phrase naming a town elsewhere ("Port City") does not hide the known
    country's town in the same phrase ("Colombo Port City")."""
    phrase = text[mention.start:mention.end]
    words = list(_NON_SPACE.finditer(phrase))
    out: list[_Candidate] = []
    inflecting = bool(_CYRILLIC_GREEK.search(phrase.casefold())) or (language or "")[:2] in (
        "pl", "ru", "uk", "sr", "hr", "bs", "cs", "sk", "sl", "el", "lt", "lv", "hu", "fi", "et", "bg", "da", "nb",
        "no", "sv", "is", "tr")
    for n in range(len(words), 0, -1):
        for i in range(0, len(words) - n + 1):
            s, e = mention.start + words[i].start(), mention.start + words[i + n - 1].end()
            written = text[s:e].strip(".,;:'’\")(")
            e = s + len(written)
            if n == 1 and i < len(words) - 1 and written in NAME_OPENERS:
                continue  # "ta' San Pawl il-Baħar": "San" opens the name that goes on; it is not San (Mali)
            if len(written) < (2 if _UNCASED.match(written) or mention.weight > 5 and written[1:].islower() else 3) or (
                    is_common_noun(written) or not written[0].isupper() and not _UNCASED.match(written)):  # (r39b: Ош)
                continue
            weight = mention.weight - (0.25 if (n, i) != (len(words), 0) else 0.0)
            if mention.weight <= 1.0 and n == 1 and i == 0 and s > 0 and _sentence_start(text, s):
                weight = 0.5  # "Nice to…", "Split into…": a capital that may only open a sentence
            key = place_key(written)  # (a phrase that can name nothing needs no region read after it: most)
            if inflecting and names_a_region(text, e, key):
                continue  # r43: "Olomouckého kraje" names a region, not its seat (west_adjectives)
            found = [] if names_nothing(key, mention.kind, inflecting) else _candidates_for(key, written, _Mention(
                s, e, prose_place.region_after(text, e, key, weight), mention.kind), inflecting)  # ("Window Rock, AZ")
            if known:
                found = [c for c in found if c.country == known]
            if found and n == 1 and adjectives.only_an_adjective(text, s, e):  # "Ленинский районный суд" (r42)
                found = [c for c in found if c.level != "city" or not adjectives.district_adjective(text, e) and (
                    c.city in adjective_towns(key) or not adjectives.adjective_village(c.city, c.district))]
            if found and _REGION_WORD_AFTER.match(text, e):  # "Lagos State", "Sarajevo Canton": the region first
                weaker = _Mention(s, e, weight - 1.0, mention.kind)  # its town only as the region's seat
                for c in found:
                    if c.level != "admin1":
                        c.mention = weaker
            if not found and "-" not in written:
                continue  # (no place by this phrase: the tests below could only drop nothing; most phrases)
            if _NEW_BEFORE.search(text, max(0, s - 12), s):
                continue  # "Hunter New England Region", "New York": a "New" name is not the old one (England, York)
            if in_country_name(text, s, e):
                continue  # "Royal Papua New Guinea Constabulary": not Papua (Indonesia); "… and Tobago": not Tobago
            if i > 0 and _ROYAL_BEFORE.search(text, max(0, s - 10), s):
                continue  # "Queen Elizabeth Hospital": a person's name, not Elizabeth NJ (Prince George whole stays)
            out += found
            county = hyphenated_county(written) if "-" in written and not found else None
            if county:  # round 26: "Miami-Dade" (County's Board) is the county, not the town before its hyphen
                out += _candidates_for(place_key(county[0]) + " county", county[0], _Mention(
                    s + county[1], s + county[2], weight, "county"), False)
            elif "-" in written and not any(c.level == "city" and c.city is not None
                                            and (c.city.population or 0) > 200_000 for c in out):
                # "Bordeaux-Aquitaine", "Berlin-Tempelhof", "Utrecht-West": the town before the hyphen
                head = written.split("-")[0]
                if len(head) >= 3 and not is_common_noun(head):
                    heads = _candidates_for(place_key(head), head, _Mention(s, s + len(head), weight - 0.25,
                                                                        mention.kind), inflecting)
                    for c in heads:
                        c.compound = True
                    out += heads
        if out:
            break  # the longest phrase that names a place wins over its parts ("Los Angeles County" > "Los Angeles")
    return out


# A first-level designator written after a name: the name is the region's ("across Abuja and Lagos State"); the
# town of that name is read only as the region's seat, a point weaker
_REGION_WORD_AFTER = re.compile(r"[ \t]+(?:State|Province|Region|Governorate|Oblast|Prefecture|Canton|Territory)"
                                r"(?![\w'’])")


def _candidates_for(key: str, written: str, mention: _Mention, inflecting: bool) -> list[_Candidate]:
    out: list[_Candidate] = []
    named = key.endswith((" county", " parish"))  # r38_places: Louisiana's counties are parishes ("Caddo Parish")
    county_key = key if named else f"{key} county" if mention.kind == "county" else None
    if (mention.kind in ("county", "any") or named) and county_key:
        # (r26: a dateline's "HAMILTON COUNTY, Ohio —" and a "Maricopa County Board" cue name the county, not a town)
        for name, state in us_counties().get(county_key, []):
            state_name = us_states().get(state, state)
            out.append(_Candidate(("county", name, state), "US", "admin2", 1.5, admin2=name, admin1_name=state_name,
                                  mention=mention, written=written))
    if mention.kind in ("state", "any", "city"):
        for unit in admin1_named(key):
            out.append(_Candidate(("admin1", unit.cc, unit.code), unit.cc, "admin1", 1.2, admin1=unit,
                                  admin1_name=unit.name, mention=mention, written=written))
    if mention.kind in ("city", "any"):
        adjective = list(adjectives.town_adjective_readings(key, written, mention.weight)) if inflecting else []
        cities, stemmed = [] if adjective else cities_named(key), False
        if not cities:  # (or a big German-speaking city's adjective, "Wiener Gemeinderat": case_endings)
            cities = adjective or (inflected_towns(key, mention.weight >= 6.0) if inflecting else list(
                city_adjective_towns(key)))
            stemmed = bool(cities)
        if mention.weight >= 4.0 and all(place_key(c.name) != key for c in cities):
            cities = cities + small_towns(key)  # none, or only other names of big towns ("Ocean City" of Hanoi)
        for city in cities:
            alias = prose_place.alias_reading(city, key)  # (before a district becomes its city: its own name)
            parent, written_town = parent_city(city), city
            district = parent is not None
            if parent is not None and mention.weight < 6.0:  # "City of Chula Vista" names a town of its own
                city = parent  # a district or suburb (Tempelhof, Miraflores, Benito Juárez): its city
            city_unit = admin1_of(city) if city.geonameid else _admin1_by_name(city.cc, city.admin1_code)
            prior = city.prior - (1.0 if district else 0.0)  # a district's own name is weaker evidence
            key_of = ("city", str(city.geonameid)) if city.geonameid else ("town", city.cc, city.admin1_code, city.name)
            out.append(_Candidate(key_of, city.cc, "city", prior, city=city,
                                  admin1=city_unit, admin1_name=city_unit.name if city_unit else None,
                                  admin2=city.admin2 or None, mention=mention, written=written, stemmed=stemmed,
                                  compound=district, alias=alias,
                                  district=written_town if city is not written_town else None))
    return out


def _admin1_by_name(country: str, name: str) -> Admin1 | None:
    units = [u for u in admin1_named(place_key(name)) if u.cc == country] if name else []
    return units[0] if units else None


def _score(candidates: list[_Candidate], evidence: Evidence, text: str) -> None:
    admin_named = {(c.country, c.admin1.code): c.mention for c in candidates if c.level == "admin1" and c.admin1}
    towns_named_apart = {(c.country, c.admin1.code) for c in candidates if c.level == "city" and c.admin1 and c.mention
                         and (named := admin_named.get((c.country, c.admin1.code))) is not None
                         and not _overlaps(c.mention, named)}
    state_codes = set(re.findall(r"(?:,|/|[–—-])[ \t]?([A-Z]{2})\b|\(([A-Z]{2})\)", text[:_SCAN_CHARS]))
    state_codes = {code for pair in state_codes for code in pair if code}  # round 28: "BELÉM (PA) —", "Recife (PE)"
    state_codes |= {region_abbreviations()[m.group(1)] for m in ap_state().finditer(text, 0, _SCAN_CHARS)}
    # words that are some town's own name: another town reached by an old or foreign name of it is the weaker
    # reading ("Philadelphia" is Philadelphia PA before Amman, whose Greek name it was)
    own_names: dict[tuple[int, int], dict[str, int]] = {}  # mention → country → its largest own-name town
    for c in candidates:
        if c.mention and c.level == "city" and not c.alias and c.district is None:  # (a town of its own)
            owners = own_names.setdefault((c.mention.start, c.mention.end), {})
            owners[c.country] = max(owners.get(c.country, 0), c.city.population or 0 if c.city else 0)
    for c in candidates:
        support = min(evidence.weights.get(c.country, 0.0), 6.0)
        named = admin_named.get((c.country, c.admin1.code)) if c.level == "city" and c.admin1 else None
        region = 3.0 if named is not None and c.mention and not _overlaps(c.mention, named) and (
            prose_place.region_confirms(c, named, candidates, text)) else 0.0  # "Tulsa, Oklahoma"; not the town
        # called Oklahoma for the word itself
        if c.level != "admin1" and c.admin1 and c.admin1.iso and c.admin1.iso.split("-")[-1] in state_codes:
            region = max(region, 2.5)
        if c.level == "admin2" and c.key[2] in state_codes:
            region = max(region, 2.5)
        if c.level == "admin2" and (named := admin_named.get((c.country, c.key[2]))) is not None and c.mention and (
                not _overlaps(c.mention, named)):
            region = max(region, 3.0)  # round 26: "HAMILTON COUNTY, Ohio": the state written out, as for a town
        if c.level == "city" and c.mention and not prose_place.city_region(c) and any(
                m is not None and m.start == c.mention.start and m.end == c.mention.end and (cc, code) in
                towns_named_apart for (cc, code), m in admin_named.items() if cc == c.country):
            region -= 2.0  # "Tulsa, Oklahoma": the state, not Oklahoma City (round 30: not a city-region, Moscow)
        region += prose_place.region_of_same_words(c, candidates)  # two towns of one name in one country: Gəncə
        c.region = max(region, 0.0)
        # a town reached by another town's own name (Hanoi's "Ocean City") or by a smaller district's loses its prior
        owners = own_names.get((c.mention.start, c.mention.end), {}) if (c.alias or c.district) and c.mention else {}
        alias = 1.0 + c.prior if prose_place.weaker_reading(c, owners) else 0.0
        # (same country: when the own-name town is larger - "Evanston" not Gladstone MO's suburb; "Quezon" Quezon City)
        c.score = (c.mention.weight if c.mention else 0.0) + c.prior + support + region - alias - (
            0.5 if c.stemmed else 0)


def _merge(candidates: list[_Candidate]) -> list[_Candidate]:
    """One candidate per place: its best-weighted mention, plus a little for every further mention."""
    best: dict[tuple[str, ...], _Candidate] = {}
    counts: dict[tuple[str, ...], int] = {}
    for c in candidates:
        counts[c.key] = counts.get(c.key, 0) + 1
        held = best.get(c.key)
        if held is None or (c.mention and held.mention and (c.mention.weight, -c.mention.start) >
                            (held.mention.weight, -held.mention.start)):
            best[c.key] = c
    for key, c in best.items():
        if c.mention and counts[key] > 1:  # a copy: the towns one phrase names share its mention
            c.mention = _Mention(c.mention.start, c.mention.end, c.mention.weight + min(counts[key] - 1, 3) * 0.3,
                                 c.mention.kind)
    return list(best.values())


def resolve_prose(text: str, buyer: Span | None, language: str | None, country: str | None = None,
                  evidence: Evidence | None = None) -> Place | None:
    """The best-supported place named in ``text`` (inside ``country`` when it is known), or None."""
    evidence = evidence or country_evidence(text, language)
    raw: list[_Candidate] = []
    known = country or evidence.strong or evidence.leader(6.0, 4.0)  # the clues settle it: one country's currency
    # and language, far ahead ("Kent County Council … £8,750,000" is not Kent, Washington)
    for mention in _mentions(text, buyer):
        raw += _lookup(text, mention, language, known)
    raw += _postal_states(text)
    if known:
        raw = [c for c in raw if c.country == known]
    raw = prose_place.not_the_country(_not_contradicted(raw, text), evidence.weights)  # (Georgia: GE, not US-GA)
    direct = {c.key for c in raw if c.district is None}  # places named by their own words, not by a district's
    candidates = unsettled_villages(_merge(raw), evidence.weights, text[:_SCAN_CHARS])
    if not candidates:
        return None
    _score(candidates, evidence, text)
    candidates = prose_place.beside_country_names(text, candidates, THRESHOLD, evidence.weights, buyer)  # best first
    top = uncontradicted(text, named_town(text, candidates[0], candidates, direct), candidates, THRESHOLD)  # r42
    if top.score < THRESHOLD:
        return None
    seat = _town_of_county(candidates, top) or _town_of_same_words(candidates, top) or full_name_town(
        text, candidates, top, THRESHOLD)  # round 23: "NEW DELHI — " is New Delhi
    if seat is not None:
        return place_of(text, seat)
    close = [c for c in candidates[1:] if c.level == top.level and not same_place(c, top) and (
        c.score > top.score - (0.5 if c.country != top.country or top.region else 0.7))]
    if any(c.country != top.country for c in close):  # the same name in two countries: a local body may choose
        if (chosen := local_body_choice(text, [top, *close])) is None:  # ("Ayuntamiento de Valencia": Spain's, r42)
            return None  # nothing to choose by
        top, close = chosen, [c for c in close if c.country == chosen.country and c is not chosen]
    dominant = dominant_county(top, close)
    if dominant is not None:
        return place_of(text, dominant)
    if close:  # two towns of one country (Springfield IL/MO): only what they share, or the dateline's (r38b)
        shared = top.admin1 if all(c.admin1 == top.admin1 for c in close) else None
        return prose_place.dateline_town(text, [top, *close]) or shared_place(text, top, shared)
    if top.level == "admin1":
        # a region and a town of it named together: the town, when it is well supported too
        towns = [c for c in candidates if c.level == "city" and c.admin1 == top.admin1 and c.score >= THRESHOLD]
        if towns:
            top = towns[0]
    return place_of(text, top)


def _town_of_same_words(candidates: list[_Candidate], top: _Candidate) -> _Candidate | None:
    """The town when a region and its town are read from the same words and nothing says "region" ("TUNIS – Le
    ministère …": the capital, not the governorate)."""
    m = top.mention
    if top.level != "admin1" or m is None or m.kind == "state":
        return None
    same = [c for c in candidates if c.mention is not None and (c.mention.start, c.mention.end) == (m.start, m.end)]
    regions = {c.admin1.code for c in same if c.level == "admin1" and c.admin1 and c.score >= top.score - 0.01}
    towns = [c for c in same if c.level == "city" and c.country == top.country and c.score >= THRESHOLD
             and c.score >= top.score - 2.0 and c.admin1 is not None
             and c.admin1.code in regions]  # the town in its own region (not Washington DC for the state)
    return towns[0] if towns else None


def _town_of_county(candidates: list[_Candidate], top: _Candidate) -> _Candidate | None:
    """A well-supported town that lies in a US county the notice names as well: "CHICAGO — The Cook County
    Sheriff's Office …" is Chicago (and its Cook County, not Georgia's or Minnesota's), "SAVANNAH, Ga. — The
    Chatham County …" is Savannah."""
    if top.level != "admin2":
        return None
    counties = {(place_key(c.key[1]), c.key[2]): c.mention for c in candidates  # folded: Doña Ana = Dona Ana (r38b)
                if c.level == "admin2" and c.score >= top.score - 1.5}
    towns = [c for c in candidates if c.level == "city" and c.city is not None and c.score >= THRESHOLD
             and (place_key(c.city.admin2), c.city.admin1_code) in counties and c.mention is not None
             and not _overlaps(c.mention, counties[place_key(c.city.admin2), c.city.admin1_code])]
    return towns[0] if towns else None  # a town written apart: "Los Angeles County Sheriff" is the county


def _overlaps(a: _Mention, b: _Mention | None) -> bool:
    return b is not None and a.start < b.end and b.start < a.end

