"""Round 41b (places): a country's adjective written after a public body's noun in Spanish, French or Portuguese
("Policía Nacional paraguaya", "Ejército Argentino") names the body's country; the same adjective on a company, a
product or with no body before it does not. Sentences written for these tests."""
from __future__ import annotations

import pytest

from enrich import enrich


def _country(title: str, body: str) -> str | None:
    place = enrich(title, body).place
    return place.country if place is not None else None


@pytest.mark.parametrize(("title", "body", "country"), [
    ("Compra de cámaras corporales", "La Policía Nacional paraguaya recibió 400 cámaras corporales.", "PY"),
    ("Licitación adjudicada", "El Ejército Argentino adjudicó la compra de 30 cámaras de vigilancia.", "AR"),
    ("Contrato de videovigilancia", "La Policía Nacional Civil salvadoreña contrató un centro de monitoreo.", "SV"),
    ("Marché attribué", "La Gendarmerie nationale sénégalaise a commandé 120 caméras-piétons.", "SN"),
    ("Caméras de surveillance", "Le ministère de l'Intérieur malien a acquis un système de vidéosurveillance.", "ML"),
    ("Lecteurs biométriques", "L'armée burkinabè a reçu des lecteurs d'empreintes digitales.", "BF"),
    ("Câmeras corporais", "A Polícia Federal brasileira comprou 500 câmeras corporais.", "BR"),
    ("Reconhecimento facial", "O Governo angolano contratou um sistema de reconhecimento facial.", "AO"),
])
def test_an_adjective_after_a_body_names_its_country(title: str, body: str, country: str) -> None:
    assert _country(title, body) == country


@pytest.mark.parametrize(("title", "body"), [
    # the adjective names a company's or a product's home, not a body's
    ("Cámaras en venta", "Una empresa paraguaya ofrece cámaras de vigilancia a la policía."),
    ("Caméras", "Des caméras chinoises et une société sénégalaise ont été présentées au salon."),
    ("Câmeras", "Uma fabricante brasileira lançou câmeras corporais para polícias."),
])
def test_an_adjective_on_no_body_names_no_country(title: str, body: str) -> None:
    assert _country(title, body) is None


@pytest.mark.parametrize(("title", "body", "country", "city"), [
    ("Police buy analytics", "The Lusaka Central Police bought video analytics for $90,000 from a local firm.", "ZM",
     "Lusaka"),
    ("CCTV upgrade", "Harare Central Police Station received 40 cameras worth $75,000.", "ZW", "Harare"),
])
def test_a_towns_central_police_is_in_that_town(title: str, body: str, country: str, city: str) -> None:
    place = enrich(title, body).place
    assert place is not None and (place.country, place.city) == (country, city)


@pytest.mark.parametrize(("title", "body", "country"), [
    ("Módulo de puntos ciudadanos", "El Ministerio del Poder Popular para el Interior compró un sistema de cámaras.",
     "VE"),
    ("Car park cameras", "Cheshire East Council approved ANPR cameras for two town centre car parks.", "GB"),
    ("Airport biometrics", "Swedavia is testing face recognition boarding gates.", "SE"),
])
def test_a_body_of_one_country_names_it(title: str, body: str, country: str) -> None:
    assert _country(title, body) == country


def test_the_russian_word_for_metro_is_no_town() -> None:
    assert _country("Метро", "Метрополитен закупил камеры видеонаблюдения.") != "ID"


def test_the_saudi_passports_directorate_names_saudi_arabia() -> None:
    assert _country("الجوازات: بوابات ذكية", "ركبت المديرية العامة للجوازات بوابات تعرف على الوجه في المنافذ.") == "SA"
