"""Round 40 (places): towns named by their Russian, Ukrainian or Belarusian adjective, the capitals of Kazakh and
Ukrainian Cyrillic in names, Greek genitives of two words and in -εως, a Mongolian town written in Cyrillic before a
hyphen, "Ciudad de México" as one name, and a Maltese local council's town. Sentences are written for this test, not
taken from any labelled set."""
from __future__ import annotations

import pytest

from enrich import enrich
from enrich.places.gazetteer import place_key
from enrich.places.slavic_adjectives import adjective_towns


def _place(title: str, body: str) -> tuple[str | None, str | None] | None:
    place = enrich(title, body).place
    return None if place is None else (place.country, place.city)


@pytest.mark.parametrize(("body", "country", "city"), [
    ("Гомельский городской исполнительный комитет объявил закупку 70 камер для парков.", "BY", "Гомель"),
    ("Витебская городская администрация установит камеры у вокзала.", "BY", "Витебск"),
    ("Могилевский горисполком подписал договор на систему видеонаблюдения.", "BY", "Могилев"),
    ("Казанский городской совет одобрил закупку камер для остановок.", "RU", "Казань"),
    ("Одеська міська рада уклала договір на 90 камер відеоспостереження.", "UA", "Одеса"),
    ("Івано-Франківська міська рада придбала камери для парків.", "UA", "Івано-Франківськ"),
])
def test_a_town_named_by_its_adjective_is_the_town(body: str, country: str, city: str) -> None:
    assert _place("Камеры", body) == (country, city)


@pytest.mark.parametrize("word", ["Российский", "Белорусский", "Городской", "Центральный", "Заводской",
                                  "Районный"])
def test_words_that_are_no_town_adjective_read_no_town(word: str) -> None:
    assert adjective_towns(place_key(word)) == ()


def test_an_adjective_not_before_a_town_body_places_nothing() -> None:
    assert _place("Камеры", "Белорусский завод выпустит камеры для школ.") is None


def test_kazakh_capitals_open_a_name() -> None:
    assert _place("Камералар", "Қарағанды қаласы әкімдігі аулаларға 90 бейнекамера орнатты.") == ("KZ", "Қарағанды")


@pytest.mark.parametrize(("body", "city"), [
    ("Ο Δήμος Ερμούπολης αναθέτει την τοποθέτηση 15 καμερών στην πλατεία.", "Ερμούπολη"),
    ("Ο Δήμος Ηρακλείου Κρήτης προμηθεύεται κάμερες για το λιμάνι.", "Ηρακλείο"),
    ("Ο Δήμος Νέας Σμύρνης τοποθετεί κάμερες στο άλσος.", "Νέα Σμύρνη"),
])
def test_greek_genitives_read_back_to_the_town(body: str, city: str) -> None:
    place = _place("Κάμερες", body)
    assert place is not None and place[0] == "GR" and place[1] is not None
    assert place_key(place[1]) == place_key(city)


def test_a_mongolian_town_before_a_hyphen_is_written_in_cyrillic() -> None:
    assert _place("Камер", "Дархан-Уул аймгийн Засаг даргын Тамгын газар 25 камер худалдан авна.") == ("MN", "Дархан")


@pytest.mark.parametrize("body", [
    "Ciudad de México sumará 2 mil cámaras al C5 este año.",
    "El C5 de la Ciudad de México compró 500 cámaras por 90 millones de pesos.",
])
def test_ciudad_de_mexico_is_the_city_not_the_state(body: str) -> None:
    assert _place("Cámaras", body) == ("MX", "Ciudad de México")


def test_a_spanish_de_still_reads_a_town() -> None:
    assert _place("Cámaras", "La red de cámaras de Zaragoza crecerá con 40 equipos por 300.000 euros.") == (
        "ES", "Zaragoza")


@pytest.mark.parametrize("body", [
    "Il-Kunsill Lokali tar-Rabat se jixtri 12-il kamera għall-pjazza.",
    "Kunsill Lokali Rabat, Għawdex: 6 kameras ġodda għat-triq ewlenija.",
])
def test_a_maltese_local_council_of_rabat_is_in_malta(body: str) -> None:
    assert _place("Kameras", body) == ("MT", "Rabat")


def test_rabat_without_malta_stays_in_morocco() -> None:
    place = _place("Caméras", "La commune de Rabat a installé 300 caméras de surveillance.")
    assert place is not None and place[0] == "MA"
