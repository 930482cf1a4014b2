"""Round 34b (r34b_buyers34b): a buyer's name without the English prose run on after it. Fictional bodies and firms;
real countries, provinces and towns as placeholders.

- English prose glues its own "of <Country>" to a body it names in the body's own language ("The Ministerio de
  Gobierno of Bolivia contracted …", "the Gendarmerie nationale of Senegal"): the phrase is the writer's, not the
  name (enrich/buyer_qualifiers.py, `english_country_tail_start`). English names keep their country ("Ministry of
  Interior of Serbia", "Bank of Ghana"), and so does a province ("… of Northern Ireland").
- An English "in <Place>" after the name where the place is written with a dot ("in St. Louis") or as a province
  ("in Papua Province") is the body's seat, not its name (`english_seat_start`), like "in Wiesbaden" already was.
"""
from __future__ import annotations

import pytest

from enrich import enrich


def _buyer(title: str, body: str) -> str | None:
    parties = [p for p in enrich(title, body).parties if p.role == "buyer"]
    return parties[0].name if parties else None


@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("Command centre for La Paz",
     "The Ministerio de Gobierno of Bolivia contracted Andes Vigil SRL for a command centre fusing 400 cameras, "
     "US$2.3 million.", "Ministerio de Gobierno"),
    ("Fingerprint kits for the national ID",
     "The Ministère de l'Intérieur of Madagascar bought fingerprint enrolment kits from Tsiry Biometrie, "
     "MGA 9 billion.", "Ministère de l'Intérieur"),
    ("Roadside cameras",
     "The Gendarmerie nationale of Senegal bought 80 licence-plate cameras from Teranga Optics, XOF 600 million.",
     "Gendarmerie nationale"),
    ("Fiscal police plate readers",
     "The Policía Fiscal of Peru contracted Inca Vision SAC for plate-reading cameras at border posts, "
     "US$1.1 million.", "Policía Fiscal"),
])
def test_english_country_phrase_after_a_name_in_its_own_language_is_dropped(title: str, body: str,
                                                                           buyer: str) -> None:
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("Passport biometrics",
     "The Ministry of Interior of Serbia bought fingerprint scanners from Sava Biometrics, RSD 90 million.",
     "Ministry of Interior of Serbia"),
    ("Command centre",
     "The National Police of Cambodia contracted Mekong Vision for a city camera network, US$4 million.",
     "National Police of Cambodia"),
])
def test_english_names_keep_their_country(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("Bus cameras",
     "Riverline Transit in St. Louis bought 300 onboard cameras from Gateway Video Systems, $1.4 million.",
     "Riverline Transit"),
    ("Census tablets with cameras",
     "Statistics Bureau Nusantara in Papua Province contracted Jayapura Survey Tech for 500 tablets with cameras, "
     "Rp 6 billion.", "Statistics Bureau Nusantara"),
])
def test_english_seat_after_the_name_is_dropped(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("Phone extraction licences",
     "The Kaituna police district renewed phone extraction licences from Harbour Forensics, NZ$96,000.",
     "Kaituna police district"),
    ("Smart glasses trial",
     "The Darkhan Railway police unit bought 10 face-recognition glasses from Steppe Optics, 280 million tögrög.",
     "Darkhan Railway police unit"),
    ("Points system for the county",
     "The Linshan County government office bought a villager points system, CNY 420,000, from Hillside Credit Tech.",
     "Linshan County government office"),
    ("Border cameras",
     "The Kachin State border police added plate readers to 40 border cameras, MMK 900 million, from Irrawaddy Tech.",
     "Kachin State border police"),
])
def test_a_unit_after_a_lower_case_police_or_government_belongs_to_the_buyer(title: str, body: str,
                                                                             buyer: str) -> None:
    assert _buyer(title, body) == buyer


def test_the_country_cut_from_the_name_still_places_the_body() -> None:
    result = enrich("Fingerprint kits for the national ID",
                    "The Ministère de l'Intérieur of Madagascar bought fingerprint enrolment kits from "
                    "Tsiry Biometrie, MGA 9 billion.")
    assert [p.name for p in result.parties if p.role == "buyer"] == ["Ministère de l'Intérieur"]
    assert result.place is not None and result.place.country == "MG"


def test_a_national_body_cut_from_its_country_keeps_the_country_only() -> None:
    result = enrich("Command centre for Djibouti",
                    "The Ministère de l'Intérieur of Djibouti contracted Tadjourah Systems for a command centre fusing "
                    "300 cameras, US$18 million.")
    assert [p.name for p in result.parties if p.role == "buyer"] == ["Ministère de l'Intérieur"]
    assert result.place is not None and (result.place.country, result.place.city) == ("DJ", None)
