"""Round 43 (places): a Hungarian town's adjective in -i of a town ending in a vowel ("Gyulai Polgármesteri Hivatal"),
and the Czech, Slovak, Polish and Bulgarian adjective of a town before its own body ("Ostravská městská policie",
"Gdański Zarząd Dróg", "Варненска община") name the town; a region's adjective does not. Sentences written for these
tests."""
from __future__ import annotations

import pytest

from enrich import enrich


def _place(title: str, body: str) -> tuple[str | None, str | None]:
    place = enrich(title, body).place
    return (place.country, place.city) if place is not None else (None, None)


@pytest.mark.parametrize(("title", "body", "country", "city", "evidence"), [
    ("Térfigyelő kamerák beszerzése", "A Gyulai Polgármesteri Hivatal 40 térfigyelő kamerát szerez be a belvárosba.",
     "HU", "Gyula", "Gyulai"),
    ("Kamerarendszer bővítése", "A Szentendrei Polgármesteri Hivatal térfigyelő rendszert bővít 12 kamerával.",
     "HU", "Szentendre", "Szentendrei"),
    ("Kamerový systém pro centrum", "Ostravská městská policie pořídí 50 kamer pro městský kamerový systém.",
     "CZ", "Ostrava", "Ostravská"),
    ("Zakázka na kamery", "Pražský magistrát vypsal zakázku na rozšíření kamerového systému.",
     "CZ", "Praha", "Pražský"),
    ("Zakázka na kamery", "Brněnský magistrát vypsal zakázku na kamerový systém v tramvajích.",
     "CZ", "Brno", "Brněnský"),
    ("Kamerový systém", "Bratislavská mestská polícia obstaráva kamerový systém za 200 000 EUR.",
     "SK", "Bratislava", "Bratislavská"),
    ("Kamery monitoringu", "Warszawski Transport Publiczny kupuje kamery monitoringu do autobusów.",
     "PL", "Warszawa", "Warszawski"),
    ("Kamery monitoringu", "Katowicka Straż Miejska kupuje 30 kamer monitoringu wizyjnego.",
     "PL", "Katowice", "Katowicka"),
    ("Видеонаблюдение", "Варненска община закупува 80 камери за видеонаблюдение на кръстовищата.",
     "BG", "Варна", "Варненска"),
    ("Видеонаблюдение", "Пловдивска община закупува камери за видеонаблюдение.", "BG", "Пловдив", "Пловдивска"),
])
def test_a_town_adjective_before_its_body_names_the_town(title: str, body: str, country: str, city: str,
                                                         evidence: str) -> None:
    place = enrich(title, body).place
    assert place is not None
    assert (place.country, place.city) == (country, city)
    assert place.evidence is not None and place.evidence.text == evidence


@pytest.mark.parametrize(("title", "body"), [
    ("Zakázka na kamery", "Jihomoravský kraj vypsal zakázku na kamerový systém pro silnice."),  # a region
    ("Kamery", "Krajský úřad Olomouckého kraje vypsal zakázku na kamery."),  # a region's office
])
def test_a_region_adjective_names_no_town(title: str, body: str) -> None:
    _, city = _place(title, body)
    assert city is None


@pytest.mark.parametrize(("title", "body", "country"), [
    ("Trust rating for firms", "The Kazakhstan Ministry of National Economy upgrades its supplier trust rating; "
     "₸ 900 million.", "KZ"),
    ("Body cameras", "The Uzbekistan Ministry of Justice buys 300 body cameras for bailiffs.", "UZ"),
])
def test_a_ministry_portfolio_is_no_us_town(title: str, body: str, country: str) -> None:
    country_found, city = _place(title, body)
    assert (country_found, city) == (country, None)  # not Economy, Pennsylvania; not Justice, Illinois


def test_a_us_city_council_before_georgia_is_in_the_state_not_the_country() -> None:
    """A town incorporated after the gazetteer's cities were drawn ("Brookhaven, Georgia") is still the US state's;
    a Georgian town before "Georgia" keeps the country."""
    us = enrich("Camera maintenance", "The City Council of Brookhaven, Georgia, approves an extension of the camera "
                "maintenance agreement for a not-to-exceed amount of $184,500.")
    assert (us.place.country, us.place.admin1) == ("US", "Georgia")
    ge = enrich("Cameras", "City Council of Kutaisi, Georgia, approves video cameras for GEL 90,000.")
    assert ge.place.country == "GE"
