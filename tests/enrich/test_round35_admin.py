"""Round 35 (admin): outside-China first-level regions and towns as reporters write them in running text.

Families: a town's body with its designator in lower case ("Portland's council", "the Moncton police", "the Duluth
school board"); a region's government or legislature ("the Kerala government", "the Tennessee Senate", "Parliament
of Victoria"); Vietnam's provinces as named before the 2025 merger ("tỉnh Bình Dương"); regions whose table row had
no ISO code (Luang Namtha, Región Metropolitana, Basra). Negatives: a country's name is not the US state when the
notice is about that country; common words before "police" are no towns.
"""
from __future__ import annotations

import pytest

from enrich import enrich


def _place(title: str, body: str) -> dict[str, str | None]:
    place = enrich(title, body).place
    if place is None:
        return {}
    return {"country": place.country, "admin1": place.admin1, "admin1_code": place.admin1_code, "city": place.city}


@pytest.mark.parametrize(("body", "country", "city"), [
    ("Tacoma's council voted to pause its licence-plate reader pilot; no contract was signed.", "US", "Tacoma"),
    ("Cuenca's municipal transit corporation bought 40 bus cameras for US$210,000.", "EC", "Cuenca"),
    ("A records request found no contract between the Saskatoon city police and any phone-extraction vendor.", "CA",
     "Saskatoon"),
    ("The Boise school board approved 60 hallway cameras from Treasure Valley Low Voltage for $88,000.", "US", "Boise"),
])
def test_town_body_in_lower_case(body: str, country: str, city: str) -> None:
    place = _place("Council notes", body)
    assert place.get("country") == country
    assert place.get("city") == city


@pytest.mark.parametrize(("body", "code"), [
    ("Activists urged the Karnataka government to halt police face matching. No tender exists.", "IN-KA"),
    ("A bill filed in the Ohio Senate would bar state agencies from buying drones made abroad.", "US-OH"),
    ("A Parliament of Queensland committee heard vendors on body-worn camera storage; nothing was bought.", "AU-QLD"),
    ("Savannakhet Province administration bought a traffic camera system for LAK 2.1 billion.", "LA-SV"),
])
def test_region_government_in_running_text(body: str, code: str) -> None:
    assert _place("Regional news", body).get("admin1_code") == code


@pytest.mark.parametrize(("body", "code"), [
    ("Công an tỉnh Bình Dương mua 80 camera giao thông, giá 9 tỷ đồng.", "VN-57"),
    ("UBND tỉnh Long An ký hợp đồng lắp camera tại các nút giao, giá 12 tỷ đồng.", "VN-41"),
])
def test_vietnamese_province_before_the_merger(body: str, code: str) -> None:
    assert _place("Camera giám sát", body).get("admin1_code") == code


def test_vietnamese_province_of_today_unchanged() -> None:
    assert _place("Camera giám sát", "Công an tỉnh Đồng Nai mua 50 camera, giá 4 tỷ đồng.").get(
        "admin1_code") == "VN-39"


def test_country_named_like_a_state_stays_the_country() -> None:
    place = _place("Parliament debates cameras",
                   "The Parliament of Georgia debated a bill on face recognition cameras in Tbilisi; no purchase.")
    assert place.get("country") == "GE"
    assert place.get("admin1_code") != "US-GA"


def test_us_state_agency_still_the_state() -> None:
    place = _place("Cameras", "The Georgia Department of Transportation bought 300 cameras for $2 million.")
    assert place.get("admin1_code") == "US-GA"


@pytest.mark.parametrize("body", [
    "The Federal police board approved body cameras for its officers; no amount was given.",
    "The traffic police bought 20 speed cameras; the supplier was not named.",
])
def test_common_words_before_police_are_no_town(body: str) -> None:
    assert not _place("Police cameras", body).get("city")


def test_country_police_is_no_town() -> None:
    """'Nicaragua police' is the country's force: the town is the one named (there is a village called Nicaragua)."""
    place = _place("Police cameras", "The Nicaragua police installed 180 Dahua cameras in Managua for NIO 120 million.")
    assert place.get("city") == "Managua"
