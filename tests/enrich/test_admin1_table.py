"""The world admin-1 table (enrich/data/world_admin1.tsv, built by enrich.places.build_tables): each region carries
its ISO 3166-2 code and only its own names, so a region named in a notice is not put in its neighbour."""
from __future__ import annotations

import pytest

import enrich
from bench.eval import admin1_codes, place_outcomes
from enrich.places.geonames import admin1_named


def _regions(key: str, country: str) -> set[str]:
    return {unit.name for unit in admin1_named(key) if unit.cc == country}


@pytest.mark.parametrize(("key", "country", "region"), [
    ("goias", "BR", "Goiás"),            # was also a key of São Paulo (border towns voted for it)
    ("victoria", "AU", "Victoria"),      # was also a key of New South Wales
    ("lower saxony", "DE", "Niedersachsen"),
    ("massachusetts", "US", "Massachusetts"),
])
def test_a_region_name_belongs_to_that_region_only(key: str, country: str, region: str) -> None:
    assert _regions(key, country) == {region}


def test_compass_words_alone_are_not_region_names() -> None:
    assert [u for u in admin1_named("northern") + admin1_named("central") + admin1_named("coast")] == []


@pytest.mark.parametrize(("country", "written", "iso"), [
    ("ID", "Jawa Barat", "ID-JB"),       # GeoNames says "West Java": matched through the compass words
    ("SE", "Kalmar län", "SE-H"),        # designator dropped
    ("RU", "Свердловская область", "RU-SVE"),
    ("US", "Washington, D.C.", "US-DC"),  # GeoNames names the District's cities' region "Virginia": overridden
])
def test_regions_carry_their_iso_code(country: str, written: str, iso: str) -> None:
    from enrich.places.build_tables import _bare
    from enrich.places.gazetteer import place_key

    units = [u for u in admin1_named(place_key(written)) or admin1_named(_bare(written)) if u.cc == country]
    assert {u.iso for u in units} == {iso}


def test_a_notice_in_west_java_gets_the_iso_code_of_jawa_barat() -> None:
    place = enrich.enrich("Pengadaan CCTV", "Pemerintah Kota Bandung, Jawa Barat. Pengadaan 200 kamera CCTV.").place
    assert place is not None and place.country == "ID" and place.admin1_code == "ID-JB"


def test_the_scorer_compares_admin1_by_region_and_still_reports_spelling() -> None:
    gold = {"country": "US", "admin1": "TX", "city": "Austin"}
    pred = {"country": "US", "admin1": "Texas", "admin1_code": "US-TX", "city": "Austin"}
    assert admin1_codes("US", "TX") == {"US-TX"} and admin1_codes("NG", "Lagos State") == {"NG-LA"}
    assert place_outcomes(gold, pred)["admin1"] == "correct"
    assert place_outcomes(gold, pred, same_region=False)["admin1"] == "wrong"
    assert place_outcomes(gold, {**pred, "admin1": "Oklahoma", "admin1_code": "US-OK"})["admin1"] == "wrong"
