"""Round 38, buyers: a nationality adjective printed in a buyer's name stays (tests/eval/README.md "Gathering alerts;
…; nationality adjectives", part 3; enrich/nationality_adjectives.py); a Slavic place adjective keeps the noun it
qualifies ("… Львівської міської ради"); a Russian or Ukrainian field written with a long dash ("Заказчик — X");
a lede that opens with a time phrase or with people in the plural names no buyer; the place note after a buyer
field's name is cut in one place (enrich/party_values.py, folded from enrich/buyer_place_notes.py).
Sentences written for this test, not taken from the evaluation sets.
"""
from __future__ import annotations

import pytest

from enrich import enrich
from enrich.nationality_adjectives import is_nationality_adjective


def _buyer(title: str, body: str) -> str | None:
    buyers = [p.name for p in enrich(title=title, body=body).parties if p.role == "buyer"]
    return buyers[0] if buyers else None


@pytest.mark.parametrize("title, body, buyer", [
    ("Vidéosurveillance à Sfax", "Le ministère de l'Intérieur tunisien a commandé 120 caméras thermiques pour les "
     "postes frontaliers du sud.", "ministère de l'Intérieur tunisien"),
    ("Riconoscimento facciale", "La Polizia di Stato italiana ha acquistato un nuovo sistema di confronto dei volti "
     "per 2,1 milioni di euro.", "Polizia di Stato italiana"),
    ("Drones de vigilancia", "La Dirección de Inteligencia boliviana compró ocho drones con cámaras térmicas por "
     "US$ 900.000.", "Dirección de Inteligencia boliviana"),
    ("Câmeras corporais", "A Polícia Judiciária portuguesa adquiriu 300 câmaras corporais por 1,4 milhões de euros.",
     "Polícia Judiciária portuguesa"),
    ("Caméras de surveillance", "La Direction de la Sûreté sénégalaise a acquis 80 caméras pour le port de Dakar.",
     "Direction de la Sûreté sénégalaise"),
])
def test_a_nationality_adjective_in_the_name_stays(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize("word, expected", [
    ("tunisien", True), ("colombiana", True), ("argentino", True), ("hondureño", True), ("chileno", True),
    ("congolaise", True), ("brasileira", True), ("guatemalteco", True), ("français", True),
    ("porteño", False), ("parisien", False), ("genevois", False), ("municipal", False), ("nationale", False),
    ("judiciaire", False), ("metropolitana", False), ("urbana", False), ("regional", False),
])
def test_which_words_are_country_adjectives(word: str, expected: bool) -> None:
    assert is_nationality_adjective(word) is expected


def test_a_town_adjective_is_still_left_out() -> None:
    assert _buyer("Cámaras", "El Ministerio de Justicia y Seguridad porteño compró 500 cámaras con "
                  "reconocimiento facial.") == "Ministerio de Justicia y Seguridad"


@pytest.mark.parametrize("title, body, buyer", [
    ("Закупівля камер", "Виконавчий комітет Харківської міської ради уклав договір на 60 камер з розпізнаванням "
     "номерів.", "Виконавчий комітет Харківської міської ради"),
    ("Kamery", "Zdravotnická záchranná služba Královéhradeckého kraje koupila 40 palubních kamer za 2 mil. Kč.",
     "Zdravotnická záchranná služba Královéhradeckého kraje"),
    ("Камеры", "Администрация Ленинского района закупила 35 камер видеонаблюдения для дворов.",
     "Администрация Ленинского района"),
    ("Камери на трасі", "Головне управління Національної поліції в Полтавській області закупило 25 камер фіксації "
     "швидкості.", "Головне управління Національної поліції в Полтавській області"),
])
def test_a_slavic_place_adjective_keeps_its_noun(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


def test_a_slavic_verb_after_a_town_in_the_genitive_is_no_part_of_the_name() -> None:
    assert _buyer("Камеры", "Мэрия Владикавказа внедрила систему распознавания лиц на остановках.") == (
        "Мэрия Владикавказа")


@pytest.mark.parametrize("title, body, buyer", [
    ("Закупка камер", "Заказчик — Администрация города Самары\nПредмет: поставка камер видеонаблюдения.",
     "Администрация города Самары"),
    ("Закупівля", "Замовник – Одеська міська рада\nПредмет закупівлі: відеокамери з аналітикою.",
     "Одеська міська рада"),
])
def test_a_field_written_with_a_long_dash(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize("title, body", [
    ("Отчёт компании", "В 2024 году компания поставила систему видеоаналитики заказчикам в трёх регионах."),
    ("Форум", "Правозащитники обсудили распознавание лиц на круглом столе; о закупках не сообщалось."),
    ("Конференція", "Журналісти обговорили відеоспостереження у містах; закупівель не оголошено."),
    ("Tribune", "Selon des chercheurs tunisiens, la reconnaissance faciale se répand sans cadre légal."),
])
def test_no_buyer_where_nobody_buys(title: str, body: str) -> None:
    assert _buyer(title, body) is None


@pytest.mark.parametrize("body, buyer", [
    ("Entidad contratante: Gobierno Autónomo Descentralizado Municipal de Loja (Loja)\nObjeto: cámaras.",
     "Gobierno Autónomo Descentralizado Municipal de Loja"),
    ("Entidad: Gobierno Provincial del Azuay, provincia del Azuay\nObjeto: cámaras de videovigilancia.",
     "Gobierno Provincial del Azuay"),
    ("Entidad contratante: Municipalidad Distrital de Yanahuara (Arequipa)\nObjeto: videovigilancia.",
     "Municipalidad Distrital de Yanahuara"),
    ("Buyer: Directorate of Economics and Statistics, Government of Assam\nSubject: CCTV.",
     "Directorate of Economics and Statistics, Government of Assam"),
    ("Buyer: National Police Agency (NPA)\nSubject: facial recognition terminals.", "National Police Agency (NPA)"),
])
def test_a_place_note_after_a_buyer_field_is_cut_in_one_place(body: str, buyer: str) -> None:
    assert _buyer("Tender", body) == buyer


@pytest.mark.parametrize("body, buyer", [
    ("Контракт на поставку камер с распознаванием лиц заключён Администрацией города Пензы с ООО «Видеосфера».",
     "Администрацией города Пензы"),
    ("Аукцион объявлен Управлением МВД России по Тверской области, начальная цена 9 млн рублей.",
     "Управлением МВД России по Тверской области"),
])
def test_a_russian_passive_names_its_buyer_in_the_instrumental(body: str, buyer: str) -> None:
    assert _buyer("Закупка камер", body) == buyer


def test_a_russian_passive_with_only_the_supplier_names_no_buyer() -> None:
    assert _buyer("Контракт", "Контракт заключён с ООО «Видеосфера» на три года.") is None
