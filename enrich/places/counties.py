"""US counties the prose reader weighs against towns (round 26): a hyphenated county's own name ("Miami-Dade") is
no town before its hyphen, and of same-named counties the one with by far the largest town is meant.

Why a module of its own: enrich/places/prose.py is at the module size limit; these are questions about the county
table (enrich/data/us_counties.tsv) and the GeoNames towns in each county, not about reading prose. A county is an
admin-2 area (docs/data-contract.md: `admin2`), never a city.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from enrich.places.gazetteer import place_key
from enrich.places.geonames import us_counties


def hyphenated_county(written: str) -> tuple[str, int, int] | None:
    """The phrase's hyphenated word when it is a US county's own name ("Miami-Dade"), with its span in the phrase
    (a "County" after it included, an "'s" not): no town before its hyphen, the county itself."""
    word = re.sub(r"['’]s$", "", next((w for w in written.split() if "-" in w), ""))  # "Miami-Dade's"
    if not word or not us_counties().get(place_key(word) + " county"):
        return None
    start = written.find(word)
    after = re.match(r"[ \t]+County\b", written[start + len(word):])
    return word, start, start + len(word) + (after.end() if after else 0)


def dominant_county(top: Any, close: list[Any]) -> Any | None:
    """Of same-named US counties nothing else tells apart, the one whose largest town is a hundred times the others'
    ("Harris County Commissioners Court" is Houston's county, not the Georgia county of 35,000): round 26."""
    if top.level != "admin2" or not close or any(c.level != "admin2" for c in close):
        return None
    ranked = sorted([top, *close], key=lambda c: -_largest_town(c.key[1], c.key[2]))
    first, second = (_largest_town(c.key[1], c.key[2]) for c in ranked[:2])
    return ranked[0] if first >= 100 * max(second, 1_000) else None


def _largest_town(county: str, state: str) -> int:
    return _county_towns().get((place_key(county), state), 0)


@lru_cache(maxsize=1)
def _county_towns() -> dict[tuple[str, str], int]:
    """(folded county name, state code) → population of its largest GeoNames town (read once, when asked)."""
    from enrich.places.geonames import read_world

    largest: dict[tuple[str, str], int] = {}
    for city in read_world()[0]:
        if city.cc == "US" and city.admin2:
            key = (place_key(city.admin2), city.admin1_code)
            largest[key] = max(largest.get(key, 0), city.population or 0)
    return largest
