"""ISO 4217 codes written next to a figure, for the currencies enrich/data/country_cues.csv does not list.

Why: the reviewed money table covers the currencies notices here wrote most, and a notice from a country outside it
("MGA 24 billion" in Antananarivo, "SCR 4.1 million" in Victoria, Seychelles) had no money clue at all, so a
same-named town elsewhere or nothing at all took its place. GeoNames' countryInfo (country_signals.tsv) gives every
country's currency code; a code written against a number ("MGA 24 billion", "1,200,000 MWK") names the countries
that use it, as one of country_cues.csv's code rows does. Codes that are also English words written in capitals
(ALL, TOP, CUP, SOS, GEL) are left out: "ALL 12 CAMERAS" is no Albanian lek.
"""
from __future__ import annotations

import re

from enrich.cache import table
from enrich.model import Span
from enrich.places.geonames import country_signals

WEIGHT = 4.0  # one country's own currency, as country_cues.csv weighs a code (shared codes: divided)
_WORDS = frozenset({"ALL", "TOP", "CUP", "SOS", "GEL", "ANG", "BAM", "SHP", "MOP", "TMT", "ERN"})
_CODE = re.compile(r"(?<![A-Za-z])([A-Z]{3})(?=[ \t\u00a0]?\d)|(?<=\d)[ \t\u00a0]?([A-Z]{3})(?![A-Za-z])")


@table()
def currency_countries() -> dict[str, tuple[str, ...]]:
    """ISO 4217 code → the countries GeoNames gives it (Madagascar's MGA, the CFA codes' six or eight); also read by
    enrich/places/money_signs.py."""
    found: dict[str, list[str]] = {}
    for country, row in country_signals().items():
        if row["currency"]:
            found.setdefault(row["currency"], []).append(country)
    return {code: tuple(countries) for code, countries in found.items()}


def iso_money(window: str, listed: re.Pattern[str],
              codes: frozenset[str] = frozenset()) -> list[tuple[str, float, Span]]:
    """(country, weight, where) for each currency code in ``window`` that ``listed`` (country_cues.csv's pattern)
    does not already read, nor ``codes`` (the codes its rows write, r38b_money: "911 CAD" is none); each code
    counted once."""
    out: list[tuple[str, float, Span]] = []
    seen: set[str] = set()
    currencies = currency_countries()
    for m in _CODE.finditer(window):
        group = 1 if m.group(1) else 2
        code = m.group(group)
        countries = currencies.get(code)
        if not countries or code in _WORDS or code in seen or code in codes or listed.fullmatch(code):
            continue
        seen.add(code)
        span = Span(m.start(group), m.end(group), code)
        out += [(country, WEIGHT / len(countries), span) for country in countries]
    return out
