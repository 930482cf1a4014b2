"""A national body that names no town is placed in its country (r34_buyers34; tests/eval/README.md, "places of
national bodies").

Why: a ministry, a national police agency, a parliament or a national regulator buys for the whole country; the
country's name it writes in its own name ("Kuwait Ministry of Interior") is no town, though the gazetteer has a
capital of that name: such a place keeps its country only (`admin1` and `city` empty), as the labelling rule says.
A town the text states elsewhere (a dateline, an address, a town in the body's name: "Bundespolizeidirektion
Berlin") stays, and so does a city-state's (Singapore). Checked on the development sets before coding: the engine
already gives national bodies their country (31 of 34 country-only labels of ministries, national police and
regulators; Taiwan's 內政部警政署 and 海巡署 as TW), and heuristics that dropped a town read in another name or in a
list of towns (Kafue Office Supplies, "in Nairobi, Mombasa and Kisumu") cost 60 city labels of older writers,
who give such bodies the town the text names: not done.
"""
from __future__ import annotations

import re
from dataclasses import replace

from enrich.model import Party, Place, Span

# A national body's name: a ministry, a national or federal agency, police or parliament. Not a state, province,
# county or city ministry or department ("Lagos State Ministry of Health", "Ministerio de Seguridad de la Ciudad").
_NATIONAL = re.compile(
    r"(?<![^\W\d_])(?:Ministry|Ministries|National|Federal|Parliament|Ministerio|Ministério|Ministère|Ministero"
    r"|Ministerie|Ministerium|Bundes\w+|Ministerstwo|Ministerstvo|Ministarstvo|Ministrstvo|Ministerul|Minisztérium"
    r"|Nacional|Nationale?|Nazionale|Narodow\w+|Министерств\w*|Федеральн\w+|Государственн\w+|Bakanlığı|Kementerian"
    r"|Kepolisian Negara)(?![^\W\d_])"
    r"|МВД|ФСБ|وزارة|وزارت|內政部|内政部|警政署|立法院|行政院|法務部|国会|국회|경찰청|警察庁")
_LOCAL = re.compile(
    r"(?<![^\W\d_])(?:State|Provincial|Province|Regional|County|City|Municipal|Metropolitan|Estado|Estadual|Provincia"
    r"|Provincial|Ciudad|Municipio|Municipal|Land(?:es)?|Region\w*|Oblast|област\w*|город\w*|республик\w*)"
    r"(?![^\W\d_])")


# City-states: the country is the town (labels give Singapore's bodies the city Singapore)
_CITY_STATES = frozenset({"SG", "MC", "VA", "SM", "GI", "HK", "MO"})


# The town stated as a place of its own: a dateline or a headline's place label ("DJIBOUTI - …", "Djibouti: …")
_DATELINE = r"(?im)^[ \t]*{}[ \t]*[-—–:,]"
# …or written as an address after the body's name ("Polícia Federal – Diretoria Técnico-Científica, Brasília")
_ADDRESS_COMMA = re.compile(r",[ \t]*$")


def national_place(text: str, place: Place | None, buyer: Party | None) -> Place | None:
    """`place` with its country only when the buyer is a national body and the town was read inside the buyer's own
    name where it writes the country ("Kuwait Ministry of Interior": Kuwait, the country, not its capital); else
    `place` unchanged."""
    from enrich.places.gazetteer import _country_names, place_key

    if place is None or buyer is None or buyer.evidence is None or place.country in (None, "CN") or \
            place.precision == "country" or place.country in _CITY_STATES:
        return place
    evidence = place.evidence
    if evidence is None or not (_within(evidence, buyer.evidence) or _country_after(text, buyer.evidence.end,
                                                                               place.country)) or \
            not _NATIONAL.search(buyer.name) or \
            _LOCAL.search(buyer.name) or _country_names().get(place_key(evidence.text)) != place.country:
        return place
    if _ADDRESS_COMMA.search(text, max(0, evidence.start - 3), evidence.start) or re.search(
            _DATELINE.format(re.escape(evidence.text)), text):
        return place  # the town is stated too
    return replace(place, precision="country", admin1=None, admin2=None, admin3=None, admin1_code=None,
                   admin2_code=None, admin3_code=None, adcode=None, city=None, lat=None, lon=None,
                   method=f"{place.method}:national_body")


def _within(inner: Span, outer: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


# r34b_buyers34b: the country English prose glues after a body named in its own language ("Ministère de l'Intérieur
# of Djibouti"), cut from the name (enrich/buyer_qualifiers.py): the body's name still writes that country
_OF_COUNTRY = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?([A-Z][\w'’.-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’.-]*){0,3})"
                         r"(?![\w'’-])")


def _country_after(text: str, end: int, country: str | None) -> bool:
    from enrich.places.gazetteer import _country_names, place_key

    after = _OF_COUNTRY.match(text, end)
    return after is not None and country is not None and _country_names().get(place_key(after.group(1))) == country
