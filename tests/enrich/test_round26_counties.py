"""Round 26, places: a US county the notice names with no town is the place's admin2 (docs/data-contract.md: a
county is an admin-2 area, never a city), with its evidence.

* a dateline naming the county ("HAMILTON COUNTY, Ohio —"), the state written out supporting it;
* a hyphenated county's own name ("Miami-Dade County's …") is no town before its hyphen;
* of same-named counties, the one whose largest town is a hundred times the others' ("Harris County" is Texas's).

Bodies and purchases are fictional; the counties and towns are real places. Each family has a near miss.
"""
from __future__ import annotations

import pytest

import enrich

CASES = [
    # (title, body, (admin1, admin2, city), evidence)
    ("County library adds cameras",
     "HAMILTON COUNTY, Ohio — The county library board approved $90,000 for 12 cameras at its branches.",
     ("Ohio", "Hamilton County", None), "HAMILTON COUNTY"),
    ("Transit board buys cameras",
     "Miami-Dade County's transit review board approved $400,000 for 60 bus cameras.",
     ("Florida", "Miami-Dade County", None), "Miami-Dade County"),
    ("Sheriff signs camera deal",
     "The vendor signed a five-year agreement with the Miami-Dade Sheriff's Office, Florida, for 900 body cameras.",
     ("Florida", "Miami-Dade County", None), "Miami-Dade"),
    ("Records board: scanners",
     "Harris County Records Review Board. Approve purchase of four document scanners, $48,000.",
     ("Texas", "Harris County", None), "Harris County"),
    # near misses: the town of the same name; a hyphenated town; a county name shared by many states
    ("City adds cameras",
     "HAMILTON, Ohio — The city council approved $90,000 for 12 cameras downtown.",
     ("Ohio", "Butler County", "Hamilton"), "HAMILTON"),
    ("Council buys cameras",
     "Winston-Salem City Council approved $200,000 for 20 cameras.",
     ("North Carolina", "Forsyth County", "Winston-Salem"), "Winston-Salem"),
]


@pytest.mark.parametrize(("title", "body", "expected", "quote"), CASES, ids=[c[3] + "/" + str(c[2][2]) for c in CASES])
def test_a_county_named_without_a_town_is_the_admin2(title: str, body: str, expected: tuple, quote: str) -> None:
    result = enrich.enrich(title, body)
    place = result.place
    assert (place.admin1, place.admin2, place.city) == expected
    assert place.evidence.text == quote == result.text[place.evidence.start:place.evidence.end]


def test_a_county_name_many_states_share_gives_no_county() -> None:
    place = enrich.enrich("Board buys cameras", "Washington County Board approved $200,000 for 20 cameras.").place
    assert place.country == "US" and place.admin2 is None and place.city is None
