"""Structured address lines: what OCDS, eForms and TED renderings say about the buyer's place.

Why: these lines are the publisher's own record of where the buyer is, so they outrank anything read from prose
(6 of 22 real UK notices were put in the US when a town was guessed from "City of Doncaster Council" before the
"Region: UKE31" line was read). Publishers spell the same facts many ways: the country as GB/GBR/UK/England/ENG/
United Kingdom/Deutschland or not at all, leaving only a NUTS region (UKM83) or a postcode (CF24 4HQ). This
module reads the lines into one ``Address``; ``world.py`` decides what to do with it.

Read, in this order of authority for the country: a Country field; a NUTS code (NUTS or Place of performance
field, or a Region field holding a code); a UK postcode (Postcode field, address/town lines, the buyer's line); a
Region field naming a UK nation or a NUTS region of exactly one country (never another country: "Region: Georgia"
is a US state); the buyer's line ending with its country ("…, Leeds, LS1 (United Kingdom)"). A later line that
contradicts the country already read is ignored. Labelled towns (Town/Locality/Ort/Ville/Город…) and the town
in the buyer's line are kept, in text order, for the gazetteer. Every value keeps its offsets in the stored text
(``evidence == text[s:e]``).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from enrich.cache import table
from enrich.fastscan import Scan
from enrich.model import Span
from enrich.places.gazetteer import (
    UK_OUTWARD,
    UK_POSTCODE,
    NutsRegion,
    _nation_aliases,
    country_of,
    is_common_noun,
    nuts_code,
    nuts_regions,
    place_key,
    uk_postcode_areas,
)

_FIELD_END = r"(?=[ \t]*(?:[,;|\n]|$))"
_VALUE = rf"[ \t]*[:：][ \t]*([^,;|\n]{{2,60}}?){_FIELD_END}"
COUNTRY_FIELD = re.compile(
    r"(?<![^\W\d_])(?:Country(?:[ \t]+(?:code|name))?|countryName|Pays|Land|Staat|País|Pais|Paese|Država|Drzava"
    r"|Држава|Страна|Kraj|Ülke|Negara)" + _VALUE,
    re.IGNORECASE,
)
NUTS_FIELD = re.compile(r"(?:\bNUTS(?:[ \t-]*(?:[Cc]ode|3|2|1))?|\bPlace[ \t]+of[ \t]+performance)[ \t]*[:：]?[ \t]*"
                        r"([A-Z]{2}[0-9A-Z]{0,3})\b")
TOWN_FIELD = re.compile(
    r"(?<![^\W\d_])(?:Postal\s+town|Town|City|Locality|Ciudad|Localidad|Municipio|Ort|Stadt|Ville|Localité|Cidade"
    r"|Município|Localidade|Città|Comune|Grad|Mjesto|Mesto|Место|Город|Населенный\s+пункт|Miejscowość|Miasto|Plaats"
    r"|Şehir|Kota)" + _VALUE,
    re.IGNORECASE,
)
_REGION_FIELD = re.compile(
    r"(?<![^\W\d_])(?:Region|Région|Región|Regione|Região|County|State|Province|Provincia|Provincie|Bundesland"
    r"|Województwo|Область|Регион)" + _VALUE,
    re.IGNORECASE,
)
_POSTCODE_FIELD = re.compile(
    r"(?<![^\W\d_])(?:Post[ \t]?code|Postal[ \t]+code|ZIP(?:[ \t]+code)?|Code[ \t]+postal|Postleitzahl|PLZ"
    r"|Código[ \t]+postal|CAP|Kod[ \t]+pocztowy|Postcode|Почтовый[ \t]+индекс|Poštanski[ \t]+broj)" + _VALUE,
    re.IGNORECASE,
)
ADDRESS_FIELD = re.compile(
    r"(?:Address|Adresse|Anschrift|Dirección|Direccion|Endereço|Indirizzo|Adresa|Адрес|Адреса|Adres)[^\n]*",
    re.IGNORECASE,
)


@dataclass
class Address:
    """What the structured lines say; ``country`` None when they name none."""

    country: str | None = None
    country_span: Span | None = None
    method: str | None = None  # text:country_field | nuts | postcode | region | buyer_address
    nation: str | None = None  # UK nation, when certain
    nation_span: Span | None = None
    nation_method: str | None = None
    region: NutsRegion | None = None  # the NUTS region given (or its nearest listed ancestor)
    region_span: Span | None = None
    region_method: str = "nuts"  # nuts (a code) | region (a Region field naming it)
    towns: list[Span] = field(default_factory=list)  # labelled towns, then the buyer line's town
    region_text: str = ""  # Region values and NUTS names: tell same-named towns apart

    def claim(self, country: str, span: Span, method: str) -> bool:
        """Record ``country`` unless a more authoritative line already gave one; False on a contradiction."""
        if self.country is None:
            self.country, self.country_span, self.method = country, span, method
        return self.country == country

    def set_nation(self, nation: str | None, span: Span, method: str) -> None:
        if nation and self.nation is None and self.country == "GB":
            self.nation, self.nation_span, self.nation_method = nation, span, method


def _span(m: re.Match[str], group: int = 1) -> Span:
    value = m.group(group).rstrip(" .")
    return Span(m.start(group), m.start(group) + len(value), value)


def _postcodes(text: str, start: int, end: int, outward_only: bool = False) -> list[tuple[Span, str, str | None]]:
    """(span, country, nation) of UK postcodes written between start and end (area letters must exist)."""
    found = []
    pattern = UK_OUTWARD if outward_only else UK_POSTCODE
    for m in pattern.finditer(text, start, end):
        area = uk_postcode_areas().get(m.group(1))
        if area:
            found.append((Span(m.start(), m.end(), m.group(0)), area[0], area[1]))
    return found


def _buyer_line(text: str, buyer: Span | None) -> tuple[int, int] | None:
    """[start, end) of the buyer's name and the rest of its line: "Example Trust, Leeds, LS1 (United Kingdom)"."""
    if buyer is None or not buyer.text:
        return None
    end = text.find("\n", buyer.end)
    return buyer.start, len(text) if end == -1 else end


_Matches = Callable[[], Iterator[re.Match[str]]]
_FIELDS = (COUNTRY_FIELD, NUTS_FIELD, _REGION_FIELD, _POSTCODE_FIELD, ADDRESS_FIELD, TOWN_FIELD)


@table()
def _field_scan() -> Scan:
    """The field labels' prefixes in one automaton: one pass finds where each field can start (fastscan)."""
    return Scan(list(_FIELDS))


def read_address(text: str, buyer: Span | None = None) -> Address:
    address = Address()
    scan = _field_scan()
    where = scan.find(text)
    # each: the matches of one field label, read on demand (fastscan.Scan.finditer)
    country_field: _Matches
    nuts_field: _Matches
    region_field: _Matches
    postcode_field: _Matches
    address_field: _Matches
    town_field: _Matches
    country_field, nuts_field, region_field, postcode_field, address_field, town_field = (
        lambda n=n: scan.finditer(where, n, text, _FIELDS[n]) for n in range(len(_FIELDS)))
    for m in country_field():
        found = country_of(m.group(1))
        if found:
            span = _span(m)
            address.claim(found[0], span, "text:country_field")
            address.set_nation(found[1], span, "text:country_field")
            break
    regions = [(_span(m), nuts_code(m.group(1), bare_country=True)) for m in nuts_field()]
    region_names = [(_span(m), m.group(1).strip()) for m in region_field()]
    for span, value in region_names:  # "Region: UKE31" or "Region: UKE31 Barnsley, Doncaster and Rotherham"
        code = re.match(r"[A-Z]{2}[0-9A-Z]{1,3}\b", value)
        if code and nuts_code(code.group(0)):
            regions.append((Span(span.start, span.start + code.end(), code.group(0)), nuts_code(code.group(0))))
    for span, (country, region) in sorted(((s, hit) for s, hit in regions if hit), key=lambda r: r[0].start):
        if address.claim(country, span, "nuts") and region is not None and address.region is None:
            address.region, address.region_span = region, span
            address.set_nation(region.nation, span, "nuts")
            address.region_text += " " + " ".join(
                nuts_regions()[region.code[:n]].name for n in range(3, len(region.code) + 1)
                if region.code[:n] in nuts_regions())
    postcodes: list[tuple[Span, str, str | None]] = []
    for m in postcode_field():
        postcodes += _postcodes(text, m.start(1), m.end(1)) or _postcodes(text, m.start(1), m.end(1), True)
    towns = list(town_field())
    for m in list(address_field()) + towns:
        postcodes += _postcodes(text, m.start(), m.end())
    line = _buyer_line(text, buyer)
    if line:
        postcodes += _postcodes(text, *line)
    for span, country, nation in sorted(postcodes, key=lambda p: p[0].start):
        if address.claim(country, span, "postcode"):
            address.set_nation(nation, span, "postcode")
    for span, value in region_names:
        address.region_text += " " + value
        if place_key(value) in _nation_aliases():
            if address.claim("GB", span, "region"):
                address.set_nation(_nation_aliases()[place_key(value)], span, "region")
            continue
        region = _region_named(value)
        if region and address.claim(region.country, span, "region") and address.region is None:
            address.region, address.region_span, address.region_method = region, span, "region"
            address.set_nation(region.nation, span, "region")
    address.towns = [_span(m) for m in towns]
    if line:
        _read_buyer_line(text, *line, address)
    return address


@table()
def _regions_by_name() -> dict[str, set[str]]:
    """Folded NUTS name → codes; also each side of bilingual names ('Valencia/València') and the name without
    its qualifier ('North West (England)' → 'North West', as Contracts Finder writes regions)."""
    index: dict[str, set[str]] = {}
    for region in nuts_regions().values():
        bare = re.sub(r"\s*\((?![A-Z]{2}\))[^)]*\)$", "", region.name)  # "(NL)" marks an ambiguous name: kept
        for name in {region.name, bare, *bare.split("/")}:
            index.setdefault(place_key(name), set()).add(region.code)
    return index


def _region_named(value: str) -> NutsRegion | None:
    """The NUTS region named ``value`` ('Lombardia', 'North West'), when the name is one country's: the
    highest-level of its same-named regions (Berlin is DE3, DE30 and DE300)."""
    codes = _regions_by_name().get(place_key(value), set()) if len(value) > 3 else set()
    regions = sorted((nuts_regions()[code] for code in codes), key=lambda r: r.level)
    if not regions or len({r.country for r in regions}) != 1:
        return None
    top = [r for r in regions if r.level == regions[0].level]
    return top[0] if len(top) == 1 else None


_PARTS = re.compile(r"[^,;()\n]+")


# Brazil's state codes (IBGE unidades federativas), written after a Brazilian body's name as "(SP)", "- PR"
_BR_STATES = frozenset("AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO".split())
_BR_BODY = re.compile(r"\b(?:Prefeitura|Munic[ií]pio|Municipal|C[âa]mara|Secretaria|Governo do Estado|Tribunal"
                      r"|Pol[íi]cia (?:Militar|Civil)|Departamento Estadual|Companhia)\b")


def _is_us_state(code: str) -> bool:
    from enrich.places.geonames import us_states

    return code in us_states()


_LAST_WORDS = re.compile(r"[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2}$")


def _us_town_of_state(before: str, state: str) -> bool:
    """Whether ``before`` ends with the name of a town (GeoNames cities >= 1000) that lies in the US state written
    ``state`` (its postal code, AP abbreviation or name: "MA", "Georgia")."""
    from enrich.places.gazetteer import _cities_by_name
    from enrich.places.geonames import us_states

    name = us_states().get(state if len(state) <= 2 else place_key(state))
    words = _LAST_WORDS.search(before.strip())
    if name is None or words is None:
        return False
    tail = words.group(0).split()
    return any(c.cc == "US" and place_key(c.admin1) == place_key(name) for k in range(1, len(tail) + 1)
               for c in _cities_by_name().get(place_key(" ".join(tail[-k:])), []))


_US_LOCAL_BODY = re.compile(
    r"\b(?:City|Town|Village|Borough|Township|County|Parish)[ \t]+(?:Council[ \t]+|Commission[ \t]+|Board[ \t]+)?"
    r"of[ \t]+[A-Z]|\b(?:County|Parish)[ \t]+(?:Board|Commission|Council|Sheriff)\b")


def _us_body_of_state(before: str, state: str) -> bool:
    """Whether ``before`` is a US-style local body ("City Council of X", "Town of X", "X County Board") and ``state``
    the full name of a US state that is also a country's (Georgia), while X is no town of that country in GeoNames:
    towns incorporated after the gazetteer's cities were drawn (Brookhaven, Georgia, 2012) are missing from it."""
    from enrich.places.gazetteer import _cities_by_name
    from enrich.places.geonames import us_states

    if len(state) <= 2 or us_states().get(place_key(state)) is None or not _US_LOCAL_BODY.search(before):
        return False
    found = country_of(state)
    words = _LAST_WORDS.search(before.strip())
    if not found or words is None:
        return False
    tail = words.group(0).split()
    return not any(c.cc == found[0] for k in range(1, len(tail) + 1)
                   for c in _cities_by_name().get(place_key(" ".join(tail[-k:])), []))


def _town_of_region(before: str, written: str) -> bool:
    """Whether ``written`` abbreviates the first-level region of a town that ``before`` ends with, outside the US:
    a Canadian Press abbreviation ("Man.", "B.C.") or the region's ISO 3166-2 suffix ("SA", "Vic.", "NSW")."""
    from enrich.places.gazetteer import place_key
    from enrich.places.geonames import admin1_of, cities_named
    from enrich.places.us_state_phrases import CANADIAN_PRESS

    suffix = CANADIAN_PRESS.get(written) or written.rstrip(".").upper()
    words = _LAST_WORDS.search(before.strip())
    if not re.fullmatch(r"[A-Z]{2,3}", suffix) or words is None:
        return False
    tail = words.group(0).split()  # any run of its last words: "Winnipeg Police Service, Man." names Winnipeg too
    return any((unit := admin1_of(c)) is not None and unit.iso == f"{c.cc}-{suffix}" and c.cc != "US"
               for i in range(len(tail)) for k in range(i + 1, len(tail) + 1)
               for c in cities_named(place_key(" ".join(tail[i:k]))))


def _read_buyer_line(text: str, start: int, end: int, address: Address) -> None:
    """"Example Trust, Leeds, LS1 (United Kingdom)": when the last part names a country, it is the buyer's
    country and the last part before it without digits is its town (the first part is the name itself)."""
    parts = []
    for m in _PARTS.finditer(text, start, end):
        value = m.group(0).strip()
        if value:
            at = m.start() + m.group(0).index(value)
            parts.append(Span(at, at + len(value), value))
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", parts[0].text) if w[0].isupper()) if parts else ""
    for index in range(len(parts) - 1, 0, -1):
        code = parts[index].text.strip(" .")
        if code == initials:
            continue  # "Auckland Transport (AT)": the name's acronym, not Austria
        if re.fullmatch(r"[A-Z]{2}", code) and _is_us_state(code) and index > 1:
            return  # "…, Springfield, MO": a US state after a town, not Macao (the prose reader decides)
        if _us_town_of_state(parts[index - 1].text, code):
            return  # round 28: "Town of Brookline, MA", "…, Atlanta, Georgia": a town of that US state before it,
            # not Morocco or the country Georgia (the prose reader decides)
        if _us_body_of_state(parts[index - 1].text, code):
            return  # r43: "City Council of Brookhaven, Georgia": a US local body before a state's name, its town in
            # no table of the country of that name (the prose reader decides)
        if _town_of_region(parts[index - 1].text, parts[index].text.strip()):
            return  # r32_places32: "Winnipeg, Man.", "Adelaide, SA.", "Hobart, Tas.": a town and its own province or
            # state as the country's press abbreviates it, not the Isle of Man or Saudi Arabia (prose decides)
        if code in _BR_STATES and _BR_BODY.search(parts[0].text):
            return  # "Prefeitura Municipal de Londrina (PR)": Paraná, not Puerto Rico (the prose reader decides)
        found = country_of(parts[index].text)
        if not found:
            continue
        if address.claim(found[0], parts[index], "buyer_address"):
            address.set_nation(found[1], parts[index], "buyer_address")
            towns = [p for p in parts[1:index] if not re.search(r"\d", p.text) and not is_common_noun(p.text)]
            if towns:
                address.towns.append(towns[-1])
        return
