"""Structured address lines (OCDS/eForms/TED renderings) outrank prose, in every spelling publishers use.

Bodies are shaped like the spiders' renderings (scrapers/parsing/ocds.py, eforms.py) of real UK/EU publishers;
all buyers are fictional, the places, NUTS codes and postcode areas are real.
"""
from __future__ import annotations

import pytest

from enrich import enrich
from enrich.model import Span
from enrich.places import resolve_place
from enrich.places.address import read_address
from enrich.places.gazetteer import country_of, is_common_noun, nuts_code, nuts_regions, uk_postcode_areas


def _buyer(text: str, name: str) -> Span:
    start = text.index(name)
    return Span(start, start + len(name), name)


def _check(text, place):
    assert place is not None
    if place.evidence is not None:
        assert text[place.evidence.start:place.evidence.end] == place.evidence.text


DONCASTER = (
    "Town centre CCTV replacement\n"
    "OCID: ocds-b5fd17-0a1b2c\nRelease: 0a1b2c-1\nTag: tender\n"
    "Buyer: City of Doncaster Council\nTown: Doncaster\nRegion: UKE31\n"
    "Description: Replacement of 140 public-space CCTV cameras and the monitoring suite.\n"
    "Estimated value: 1250000.00 GBP\n"
)


def test_doncaster_council_with_nuts_region_and_no_country_line():
    place = resolve_place(DONCASTER, buyer=_buyer(DONCASTER, "City of Doncaster Council"), language="en")
    _check(DONCASTER, place)
    assert (place.country, place.precision, place.city, place.admin1) == ("GB", "city", "Doncaster", "England")
    assert place.evidence.text == "Doncaster" and DONCASTER[place.evidence.start - 6:place.evidence.start] == "Town: "
    assert place.lat == pytest.approx(53.52, abs=0.1) and place.lon == pytest.approx(-1.13, abs=0.1)


def test_doncaster_through_enrich_is_never_council_idaho():
    title, body = DONCASTER.split("\n", 1)
    result = enrich(title, body, source="ocds")
    assert result.place.country == "GB" and result.place.city == "Doncaster"
    assert result.text[result.place.evidence.start:result.place.evidence.end] == result.place.evidence.text


def test_without_any_country_evidence_a_council_is_not_placed_in_idaho():
    text = "CCTV renewal\nBuyer: City of Doncaster Council\nTown: Doncaster\nDescription: cameras\n"
    place = resolve_place(text, buyer=_buyer(text, "City of Doncaster Council"), language="en")
    assert place is None or (place.country != "US" and place.city != "Council")


@pytest.mark.parametrize(
    ("value", "admin1"),
    [("UK", None), ("GB", None), ("GBR", None), ("United Kingdom", None), ("England", "England"),
     ("ENG", "England"), ("Scotland", "Scotland"), ("SCT", "Scotland"), ("Wales", "Wales"), ("WLS", "Wales"),
     ("Northern Ireland", "Northern Ireland"), ("NIR", "Northern Ireland")],
)
def test_uk_country_in_any_spelling(value, admin1):
    text = f"Body-worn video cameras\nBuyer: Example Borough Council\nCountry: {value}\n"
    place = resolve_place(text, language="en")
    _check(text, place)
    assert (place.country, place.admin1) == ("GB", admin1)
    assert place.precision == ("admin1" if admin1 else "country")
    assert place.evidence.text == value


@pytest.mark.parametrize(
    ("value", "code"),
    [("FRA", "FR"), ("France", "FR"), ("Deutschland", "DE"), ("España", "ES"), ("Italia", "IT"), ("Polska", "PL"),
     ("Россия", "RU"), ("中国", "CN"), ("EL", "GR"), ("Nederland", "NL"), ("Türkiye", "TR")],
)
def test_country_names_and_codes_in_local_languages(value, code):
    assert country_of(value)[0] == code
    text = f"Cameras\nBuyer: Example\nCountry: {value}\n"
    assert resolve_place(text).country == code


def test_postcode_only_gives_gb_and_wales_but_no_city():
    text = ("Public space CCTV maintenance\nBuyer: Example Valleys Community Safety Partnership\n"
            "Postcode: CF24 4HQ\nDescription: Maintenance of 60 cameras.\n")
    place = resolve_place(text, language="en")
    _check(text, place)
    assert (place.country, place.precision, place.admin1, place.city) == ("GB", "admin1", "Wales", None)
    assert (place.method, place.evidence.text, place.lat) == ("postcode", "CF24 4HQ", None)


def test_postcode_of_an_area_crossing_a_border_gives_only_gb():
    text = "CCTV\nBuyer: Example Borders Partnership\nPostcode: TD15 1BT\n"  # Berwick-upon-Tweed, England
    place = resolve_place(text, language="en")
    assert (place.country, place.precision, place.admin1) == ("GB", "country", None)


def test_postcode_in_an_address_line():
    text = "CCTV\nBuyer: Example Trust\nAddress: 1 Example Street, Edinburgh EH1 1YZ\n"
    address = read_address(text)
    assert (address.country, address.nation, address.method) == ("GB", "Scotland", "postcode")


def test_nuts_only_region_gives_gb_scotland():
    text = "ANPR cameras\nBuyer: Example Renfrewshire Partnership\nRegion: UKM83\n"
    place = resolve_place(text, language="en")
    _check(text, place)
    assert (place.country, place.admin1, place.admin1_code) == ("GB", "Scotland", "GB-SCT")
    assert (place.admin2, place.admin2_code, place.method) == (
        "Inverclyde, East Renfrewshire and Renfrewshire", "UKM83", "nuts")
    assert place.city is None and place.evidence.text == "UKM83"


@pytest.mark.parametrize(
    ("code", "country", "name"),
    [("UKM83", "GB", "Inverclyde, East Renfrewshire and Renfrewshire"),
     ("UKE31", "GB", "Barnsley, Doncaster and Rotherham"),
     ("FR101", "FR", "Paris"), ("DE300", "DE", "Berlin"), ("ES523", "ES", "Valencia/València"),
     ("PL911", "PL", "Miasto Warszawa"), ("ITC4C", "IT", "Milano"), ("EL303", "GR", "Κεντρικός Τομέας Αθηνών")],
)
def test_nuts_codes_give_country_and_region_name(code, country, name):
    found_country, region = nuts_code(code)
    assert (found_country, region.code, region.name) == (country, code, name)


def test_nuts_table_covers_levels_one_and_two_everywhere_and_uk_level_three():
    regions = nuts_regions().values()
    assert {r.country for r in regions if r.level == 1} >= {"AT", "BE", "DE", "ES", "FR", "GR", "IT", "PL", "GB"}
    assert sum(1 for r in regions if r.country == "GB" and r.level == 3) == 179
    assert all(r.nation in ("England", "Scotland", "Wales", "Northern Ireland") for r in regions if r.country == "GB")


def test_unknown_nuts_version_still_gives_country_and_ocds_state_codes_are_not_nuts():
    assert nuts_code("FR824")[0] == "FR"  # a NUTS 2013 code for Bouches-du-Rhône
    assert nuts_code("DE") is None and nuts_code("ENG") is None
    text = "Cameras\nBuyer: Example County\nRegion: DE\nTown: Dover\n"  # Delaware, not Germany
    assert resolve_place(text, country_hint="US").country == "US"


def test_structured_town_outranks_prose_town():
    text = ("CCTV\nBuyer: Example Safer Streets Partnership\nTown: Sheffield\nRegion: UKE32\n"
            "Description: a control room like the one in Leeds, with cameras.\nLeeds\n")
    place = resolve_place(text, buyer=_buyer(text, "Example Safer Streets Partnership"), language="en")
    _check(text, place)
    assert (place.city, place.country) == ("Sheffield", "GB")


def test_unknown_structured_town_keeps_region_rather_than_a_prose_guess():
    text = "CCTV\nBuyer: Example Trust\nTown: Nowhereton-on-Sea\nPostcode: DN1 3BU\nDescription: cameras\nDoncaster\n"
    place = resolve_place(text, language="en")
    _check(text, place)
    assert (place.country, place.precision, place.admin1, place.city) == ("GB", "admin1", "England", None)


def test_college_and_police_never_become_towns():
    assert is_common_noun("College") and is_common_noun("POLICE") and is_common_noun("Ayuntamiento")
    assert is_common_noun("Полиция") and is_common_noun("Belediye") and not is_common_noun("Porto")
    text = "Campus CCTV\nBuyer: Riverside Community College\nDescription: cameras for the campus\n"
    place = resolve_place(text, buyer=_buyer(text, "Riverside Community College"), language="en")
    assert place is None or place.city in (None, "Riverside")  # the buyer's town may be read; never "College"
    text = "Campus CCTV\nBuyer: Riverside Community College\nCountry: US\n"
    place = resolve_place(text, buyer=_buyer(text, "Riverside Community College"), language="en")
    assert (place.country, place.city) == ("US", "Riverside")  # Riverside CA is 12 times Riverside OH
    text = "Dostawa kamer\nZamawiający: Komenda Powiatowa Policji\nPolice\n"
    place = resolve_place(text, language="pl")
    assert place is None or place.city is None


def test_gb_notice_never_gets_a_us_town_from_its_description():
    text = ("Body-worn cameras\nBuyer: Example Constabulary\nCountry: GB\n"
            "Description: the same model as used in Fresno, California and by the (Boise, Idaho) police.\n")
    place = resolve_place(text, buyer=_buyer(text, "Example Constabulary"), language="en")
    _check(text, place)
    assert (place.country, place.city) == ("GB", None)


def test_gb_hint_drops_us_towns_too():
    text = "Body-worn cameras\nBuyer: Example Constabulary\nDescription: as used in Fresno, California.\n"
    place = resolve_place(text, language="en", country_hint="GB")
    assert (place.country, place.city) == ("GB", None)


def test_french_body_with_town_and_country():
    text = ("Vidéoprotection urbaine – extension\nAcheteur : Régie métropolitaine de tranquillité publique\n"
            "Town: Marseille\nCountry: FR\nDescription : 120 caméras.\n")
    place = resolve_place(text, language="fr")
    _check(text, place)
    assert (place.country, place.precision, place.city, place.evidence.text) == ("FR", "city", "Marseille", "Marseille")
    assert place.lat == pytest.approx(43.30, abs=0.1) and place.lon == pytest.approx(5.38, abs=0.1)


def test_eu_body_with_nuts_and_no_town_gives_nuts_regions():
    text = "Videoüberwachung\nAuftraggeber: Beispielbehörde\nNUTS-Code: DE300\n"
    place = resolve_place(text, language="de")
    _check(text, place)
    assert (place.country, place.precision, place.admin1, place.admin1_code, place.admin2) == (
        "DE", "admin2", "Berlin", "DE3", "Berlin")


def test_ted_buyer_line_ending_with_country():
    text = ("United Kingdom – Video surveillance systems\n"
            "Contracting authority: Example Community Safety Partnership, Glasgow, G1 1XQ (United Kingdom)\n"
            "Description: CCTV.\n")
    buyer = _buyer(text, "Example Community Safety Partnership")
    place = resolve_place(text, buyer=buyer, language="en")
    _check(text, place)
    assert (place.country, place.city, place.admin1) == ("GB", "Glasgow", "Scotland")


def test_region_field_naming_a_nation_or_a_state():
    text = "CCTV\nBuyer: Example Council\nRegion: Wales\n"
    assert (resolve_place(text).country, resolve_place(text).admin1) == ("GB", "Wales")
    text = "CCTV\nBuyer: Example County\nRegion: Georgia\nTown: Atlanta\n"  # the US state, not the country
    place = resolve_place(text, country_hint="US")
    assert (place.country, place.city) == ("US", "Atlanta")


def test_postcode_area_table_is_complete_and_reviewed():
    areas = uk_postcode_areas()
    assert len(areas) == 124 and areas["CF"] == ("GB", "Wales") and areas["BT"] == ("GB", "Northern Ireland")
    assert areas["CH"] == ("GB", None) and areas["JE"] == ("JE", None)


def test_chinese_notice_is_unaffected():
    text = "示范项目中标公告\n采购单位：疏附县示范社区服务中心\n采购单位地址：疏附县某路1号\n"
    place = resolve_place(text, buyer=_buyer(text, "疏附县示范社区服务中心"), language="zh")
    assert (place.country, place.adcode, place.method) == ("CN", "653121", "cpca:buyer")


def test_contracts_finder_region_names_and_upper_case_towns():
    text = "CCTV\nBuyer: Example Borough Council\nRegion: North West\n"
    place = resolve_place(text, language="en")
    assert (place.country, place.admin1, place.admin2, place.admin2_code) == (
        "GB", "England", "North West (England)", "UKD")
    text = "CCTV\nBuyer: Example\nTown: DONCASTER\nRegion: Yorkshire and the Humber\nPostcode: DN13BU\n"
    place = resolve_place(text, language="en")
    _check(text, place)
    assert (place.country, place.city, place.evidence.text) == ("GB", "Doncaster", "DONCASTER")


def test_region_line_with_code_and_name_and_place_of_performance():
    text = "CCTV\nBuyer: Example\nRegion: UKE31 Barnsley, Doncaster and Rotherham\n"
    place = resolve_place(text, language="en")
    _check(text, place)
    assert (place.country, place.admin2_code, place.evidence.text) == ("GB", "UKE31", "UKE31")
    text = "CCTV\nBuyer: Example\nPlace of performance: UKD33\n"
    assert resolve_place(text, language="en").admin2 == "Manchester"


def test_admin1_is_the_first_nuts_level_that_divides_the_country():
    text = "CCTV\nBuyer: Example County Council\nRegion: IE061\nCountry: IE\n"
    place = resolve_place(text, language="en")
    assert (place.admin1, place.admin1_code, place.admin2, place.admin2_code) == (
        "Eastern and Midland", "IE06", "Dublin", "IE061")


def test_a_country_name_inside_a_buyer_name_is_not_a_us_town():
    text = "Body-worn video\nBuyer: Police Scotland\nDescription: cameras\n"  # not Scotland, Texas
    place = resolve_place(text, buyer=_buyer(text, "Police Scotland"), language="en")
    assert place is None or place.country != "US"


def test_postcode_with_country_line_adds_the_nation():
    text = ("Cameras\nBuyer: Example Police Authority\nPostcode: CF24 4HQ\nCountry: GB\n"
            "Description: CCTV for the force.\n")
    place = resolve_place(text, buyer=_buyer(text, "Example Police Authority"), language="en")
    _check(text, place)
    assert (place.country, place.precision, place.admin1, place.city) == ("GB", "admin1", "Wales", None)
    assert (place.method, place.evidence.text) == ("postcode", "CF24 4HQ")
