"""Round 14, places: a city is a district of a big neighbour only inside the same first-level region (GeoNames'
15 km rule had put Islamabad, a capital territory of its own, inside Rawalpindi). Sentences written for this test."""
from __future__ import annotations

import pytest

import enrich


@pytest.mark.parametrize(("body", "country", "city"), [
    ("ISLAMABAD — The Islamabad Capital Territory Police has bought 300 CCTV cameras.", "PK", "Islamabad"),
    ("The Kawaguchi city office in Saitama bought 40 security cameras for its station square.", "JP", "Kawaguchi"),
])
def test_a_city_across_a_regional_border_is_no_district(body: str, country: str, city: str) -> None:
    place = enrich.enrich("CCTV purchase", body).place
    assert place is not None
    assert (place.country, place.city) == (country, city)


def test_a_district_in_its_city_still_reads_as_the_city() -> None:
    place = enrich.enrich("CCTV purchase", "Tempelhof district office in Berlin buys 20 cameras.").place
    assert place is not None and place.city == "Berlin"
