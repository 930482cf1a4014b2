"""Round 42 (places): Cyrillic adjectives that name districts, courts and banks are not the villages spelled like them;
a city body's adjective names its city; local government bodies choose between same-named towns in different
countries. Sentences written for these tests."""
from __future__ import annotations

import pytest

from enrich import enrich


def _place(title: str, body: str) -> tuple[str | None, str | None]:
    place = enrich(title, body).place
    return (place.country, place.city) if place is not None else (None, None)


@pytest.mark.parametrize(("title", "body", "village"), [
    ("Ленинский районный суд: камеры в залах", "Ленинский районный суд закупает 12 камер для залов заседаний.",
     "Ленинск"),
    ("Советский районный суд закупил видеорегистраторы", "Советский районный суд разместил заказ на видеосистему.",
     "Советский"),
    ("Первомайский районный суд: охрана здания", "Первомайский районный суд заказал систему видеоохраны.",
     "Первомайский"),
    ("Камеры для Центрального банка", "Центральный банк заключил договор на видеонаблюдение в хранилище.",
     "Центральный"),
    ("Октябрьский район: камеры у школ", "Администрация Октябрьского района установит камеры у школ.",
     "Октябрьское"),
    ("Шевченківський районний суд замовив камери", "Шевченківський районний суд оголосив закупівлю камер.",
     "Шевченківський"),
])
def test_an_adjective_is_not_the_village_spelled_like_it(title: str, body: str, village: str) -> None:
    _, city = _place(title, body)
    assert city != village
    assert city is None  # a district of some city, a bank: no town is named


@pytest.mark.parametrize(("title", "body", "country", "city"), [
    ("Київський міський голова підписав договір", "Київський міський голова затвердив закупівлю камер для метро.",
     "UA", "Київ"),
    ("Московский метрополитен закупает камеры", "ГУП «Московский метрополитен» покупает 500 камер для станций.",
     "RU", "Москва"),
    ("Минский метрополитен: видеонаблюдение", "ГП «Минский метрополитен» заказало систему видеонаблюдения.",
     "BY", "Минск"),
])
def test_a_city_bodys_adjective_names_its_city(title: str, body: str, country: str, city: str) -> None:
    assert _place(title, body) == (country, city)


@pytest.mark.parametrize(("title", "body", "city"), [
    ("Камеры в Грозном", "Мэрия Грозного установит 300 камер на улицах.", "Грозный"),
    ("Посёлок закупает камеры", "Администрация пгт Первомайский закупила камеры для площади.", "Первомайский"),
])
def test_a_town_named_as_a_town_stays(title: str, body: str, city: str) -> None:
    _, got = _place(title, body)
    assert got is not None and got.startswith(city[:5])


@pytest.mark.parametrize(("title", "body", "country", "city"), [
    ("Barcelona: la Guardia Urbana estrena cámaras", "La Guardia Urbana de Barcelona usará 150 cámaras corporales,"
     " según el Ayuntamiento.", "ES", "Barcelona"),
    ("El Ayuntamiento de Valencia renueva las cámaras de tráfico", "El Ayuntamiento de Valencia adjudicó la"
     " renovación de 60 cámaras en la ronda norte.", "ES", "Valencia"),
    ("La Alcaldía de Valencia instala cámaras", "La Alcaldía del Municipio Valencia instaló 40 cámaras de"
     " videovigilancia en la avenida Bolívar.", "VE", "Valencia"),
    ("San José: la Municipalidad amplía el monitoreo", "La Municipalidad de San José sumará 90 cámaras al centro de"
     " monitoreo.", "CR", "San José"),
    ("Santa Cruz de la Sierra licita cámaras", "El Gobierno Autónomo Municipal de Santa Cruz de la Sierra licitó"
     " 200 cámaras.", "BO", "Santa Cruz de la Sierra"),
])
def test_local_bodies_choose_between_same_named_towns(title: str, body: str, country: str, city: str) -> None:
    assert _place(title, body) == (country, city)


def test_local_bodies_that_leave_two_countries_choose_nothing() -> None:
    # an Ayuntamiento is Spain's or Mexico's: Córdoba (Spain) and Córdoba (Veracruz) both fit; never Argentina's
    country, _ = _place("El Ayuntamiento de Córdoba licita cámaras", "El Ayuntamiento de Córdoba adjudica 80 cámaras.")
    assert country != "AR"


@pytest.mark.parametrize(("title", "body", "city"), [
    ("மதுரை மாநகராட்சி கண்காணிப்பு கேமராக்கள்", "மதுரை மாநகராட்சி 150 கண்காணிப்பு கேமராக்களை வாங்கியது.", "மதுரை"),
    ("नगर निगम भोपाल ने कैमरे खरीदे", "नगर निगम भोपाल ने शहर के चौराहों के लिए 300 सीसीटीवी कैमरे खरीदे।", "भोपाल"),
])
def test_an_indian_municipal_body_names_its_town(title: str, body: str, city: str) -> None:
    assert _place(title, body) == ("IN", city)


def test_a_province_is_of_a_country_with_provinces() -> None:
    # Colombia's Córdoba is a department: "Provincia de Córdoba" is Argentina's
    assert _place("Cámaras para la policía cordobesa", "La Policía de la Provincia de Córdoba compró 120 cámaras"
                  " a Sierras Video S.A. por $900 millones.")[0] == "AR"


@pytest.mark.parametrize(("title", "body", "city"), [
    ("Jalisco: mantenimiento del C5", "El Gobierno del Estado de Jalisco adjudicó el mantenimiento de las cámaras del"
     " C5 de Guadalajara a Tapatía Sistemas S.A. de C.V.", "Guadalajara"),
    ("Council awards CCTV monitoring", "The city council awarded monitoring of its CCTV control room in Sunderland to"
     " Wear Watch Ltd, worth £400,000.", "Sunderland"),
])
def test_a_town_before_to_a_firm_is_no_part_of_its_name(title: str, body: str, city: str) -> None:
    assert _place(title, body)[1] == city
