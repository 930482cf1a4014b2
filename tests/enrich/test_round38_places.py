"""Round 38 (places): national bodies and English county councils named without their country
(enrich/places/national_body_names.py, enrich/data/national_bodies.csv), Louisiana parishes, and "Rapid" as no town.
Sentences are written for this test, not taken from any labelled set."""
from __future__ import annotations

import pytest

from enrich import enrich
from enrich.places.gazetteer import read_table


def _place(title: str, body: str) -> tuple[str | None, str | None, str | None, str | None] | None:
    place = enrich(title, body).place
    return None if place is None else (place.country, place.admin1, place.admin2, place.city)


@pytest.mark.parametrize(("title", "body", "country"), [
    ("LFR vans", "The Home Office has signed a deal for six more live facial recognition vans.", "GB"),
    ("Cámaras", "La Guardia Civil licita la compra de 3.000 cámaras unipersonales para agentes.", "ES"),
    ("Nuove telecamere", "L'Arma dei Carabinieri acquista telecamere con lettura targhe per le stazioni.", "IT"),
    ("Camerabeelden snelwegen", "Rijkswaterstaat schaft nieuwe camera's aan voor de verkeerscentrales.", "NL"),
    ("Kroppskameror", "Polismyndigheten upphandlar kroppsburna kameror till ingripandeverksamheten.", "SE"),
    ("FBI orders biometric kiosks", "The Federal Bureau of Investigation ordered biometric enrolment kiosks.", "US"),
    ("CCTV", "Kent County Council has appointed a contractor to replace its traffic cameras.", "GB"),
    ("CCTV upgrade", "Cornwall Council is replacing the town centre cameras it monitors.", "GB"),
    ("Sensor towers", "Customs and Border Protection extended its contract for surveillance towers.", "US"),
])
def test_a_body_of_one_country_places_the_notice_there(title: str, body: str, country: str) -> None:
    place = _place(title, body)
    assert place is not None and place[0] == country


@pytest.mark.parametrize(("title", "body"), [
    ("Home working kit", "Many staff now work from a home office with a webcam and a headset."),
    ("Drones de surveillance", "La Gendarmerie nationale commande des drones de surveillance."),  # FR, DZ, SN, CI …
    ("Drohnen für die Grenze", "Die Bundespolizei beschafft zwanzig Drohnen."),  # Germany's and Austria's
    ("Body cameras", "The Ministry of Interior bought 500 body cameras for its patrols."),
    ("Body cameras", "The Federal Police signed a contract for body cameras."),
    ("Drones", "Carabineros sumará drones con cámara térmica al control de la frontera."),  # Chile's and Colombia's
    ("Telecamere", "I Carabinieri acquistano telecamere per le stazioni."),  # Italy's and Moldova's
])
def test_a_name_several_countries_use_or_a_common_noun_places_nothing(title: str, body: str) -> None:
    assert _place(title, body) is None


def test_a_body_named_further_down_does_not_outweigh_the_notice_s_own_country() -> None:
    place = _place("Lectores de patentes en Temuco",
                   "La Municipalidad de Temuco compró lectores de patentes; el sistema se conecta con el de "
                   "Carabineros.")
    assert place is not None and place[0] == "CL" and place[3] == "Temuco"


def test_sussex_county_council_alone_stays_delaware_s() -> None:
    place = _place("Cameras", "Sussex County Council in Delaware approved new cameras for the county jail.")
    assert place is not None and place[:3] == ("US", "Delaware", "Sussex County")


def test_an_english_council_with_its_town_keeps_the_town() -> None:
    place = _place("CCTV", "Hertfordshire County Council will add cameras along the ring road in Watford.")
    assert place is not None and place[0] == "GB" and place[3] == "Watford"


@pytest.mark.parametrize(("body", "parish"), [
    ("The Jefferson Parish Sheriff's Office bought 120 body cameras.", "Jefferson Parish"),
    ("The St. Tammany Parish Sheriff's Office approved plate readers on the causeway.", "St. Tammany Parish"),
    ("The Caddo Parish Commission voted to fund new cameras downtown.", "Caddo Parish"),
])
def test_a_louisiana_parish_is_its_county(body: str, parish: str) -> None:
    assert _place("Cameras", body) == ("US", "Louisiana", parish, None)


def test_a_county_of_the_same_name_is_still_a_county() -> None:
    place = _place("Drones", "The Jefferson County Sheriff in Colorado bought two drones.")
    assert place is not None and place[:3] == ("US", "Colorado", "Jefferson County")


def test_rapid_dna_is_no_town_but_rapid_city_is() -> None:
    place = _place("DNA instruments", "Awarding agency: Department of Homeland Security. Amount: $3,480,000. "
                   "Rapid DNA instruments for booking stations.")
    assert place is not None and place[0] == "US" and place[3] is None
    town = _place("Body cameras", "The Rapid City Police Department bought 40 body cameras.")
    assert town is not None and town[3] == "Rapid City"


def test_every_row_of_the_body_table_is_cited_and_of_one_country() -> None:
    rows = read_table("national_bodies.csv")
    assert rows
    names = [row["name"] for row in rows]
    assert len(names) == len(set(names))
    for row in rows:
        assert row["citation"].startswith("https://"), row
        assert len(row["country"]) == 2 and row["country"].isupper(), row
        assert row["article"] in ("0", "1"), row
    ambiguous = {"Ministry of Interior", "Federal Police", "Gendarmerie nationale", "Bundespolizei", "Politiet",
                 "Police nationale", "Sussex County Council"}
    assert not ambiguous & set(names)
