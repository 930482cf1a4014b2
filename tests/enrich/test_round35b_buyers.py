"""Round 35b buyers: a town's body named with a fixed head anywhere in prose; bodies a text does not name."""
from __future__ import annotations

import pytest

from enrich import enrich


def _buyer(title: str, body: str) -> str | None:
    parties = [p for p in enrich(title, body).parties if p.role == "buyer"]
    return parties[0].name if parties else None


@pytest.mark.parametrize("title,body,buyer", [
    ("Protección de datos: multa a un ayuntamiento",
     "La Agencia de Protección de Datos multó al Ayuntamiento de Alcalá de Henares por instalar cámaras de "
     "videovigilancia con reconocimiento facial en el mercado.", "Ayuntamiento de Alcalá de Henares"),
    ("Informe de la Contraloría",
     "VALPARAÍSO — La Contraloría señaló que la Municipalidad de Viña del Mar compró 90 cámaras de vigilancia "
     "sin licitación.", "Municipalidad de Viña del Mar"),
    ("Privacy: il Garante e le telecamere",
     "Il Garante ha multato il Comune di Reggio Emilia per le telecamere con riconoscimento facciale installate "
     "in piazza.", "Comune di Reggio Emilia"),
    ("Vidéoprotection : la CNIL et une commune",
     "La CNIL a rappelé à l'ordre la commune de Montauban, dont les caméras de vidéoprotection lisent les plaques.",
     "commune de Montauban"),
    ("Délibération du conseil",
     "Le conseil municipal de Saint-Brieuc approuve l'achat de 20 caméras de vidéoprotection pour 150 000 €.",
     "conseil municipal de Saint-Brieuc"),
    ("Cameratoezicht in de binnenstad",
     "De gemeenteraad van Apeldoorn heeft ingestemd met de aanschaf van 15 camera's voor het stationsgebied.",
     "gemeenteraad van Apeldoorn"),
    ("Videoüberwachung am Bahnhof",
     "Der Gemeinderat Schaffhausen genehmigt 300.000 Franken für neue Kameras am Bahnhof.",
     "Gemeinderat Schaffhausen"),
])
def test_a_towns_body_named_in_prose_is_the_buyer(title: str, body: str, buyer: str) -> None:
    # r39b (README 17:37): a report that buys nothing keeps the body it is about as `mentioned`, no buyer
    parties = enrich(title, body).parties
    assert _buyer(title, body) in (buyer, None)
    assert buyer in {p.name for p in parties if p.role in ("buyer", "mentioned")}


@pytest.mark.parametrize("title,body", [
    # an indefinite body, and a filer's own customer: no body is named
    ("College adds drone course", "A technical college offers drone piloting courses; no cameras are bought."),
    ("Annual report", "Falconridge sells interception equipment. Our Kenya police contract was delivered with "
                      "a subcontractor."),
])
def test_a_body_the_text_does_not_name_is_no_buyer(title: str, body: str) -> None:
    assert _buyer(title, body) is None


def test_a_sentence_subject_still_goes_before_a_town_named_later() -> None:
    body = ("La Policía Nacional adquirió 40 cámaras con lectura de matrículas para los accesos al término "
            "del Ayuntamiento de Getafe.")
    assert _buyer("Compra de cámaras", body) == "Policía Nacional"


def test_an_irish_body_written_with_its_article_stays() -> None:
    body = "An Garda Síochána has purchased 200 body-worn cameras from Motorola Solutions for €1.2 million."
    assert _buyer("Body-worn cameras", body) == "An Garda Síochána"


@pytest.mark.parametrize("title,body,buyer", [
    ("Kameralar", "Sumqayıt şəhər İcra Hakimiyyəti \"Xəzər Sistem\" MMC ilə 40 kamera üçün müqavilə imzalayıb.",
     "Sumqayıt şəhər İcra Hakimiyyəti"),
    ("Камер", "Орхон аймгийн Засаг даргын Тамгын газар \"Эрдэнэт Систем\" ХХК-тай 30 камерын гэрээ байгуулав.",
     "Орхон аймгийн Засаг даргын Тамгын газар"),
    ("Kameralar", "Buxoro viloyati IIB 50 ta kamera sotib oldi; yetkazib beruvchi \"Registon Tech\" MChJ.",
     "Buxoro viloyati IIB"),
    ("Камеры", "Гомельский облисполком закупил 80 камер видеонаблюдения. Поставщик — ООО «Сож Системс».",
     "Гомельский облисполком"),
])
def test_an_executive_named_by_its_fixed_head_is_the_buyer(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


def test_a_city_executive_in_the_genitive_is_not_cut_from_its_unit() -> None:
    body = "ГУВД Мингорисполкома закупило 120 камер с распознаванием лиц у ООО «Минск Видео»."
    assert _buyer("Камеры", body) == "ГУВД Мингорисполкома"


def test_a_chinese_body_left_unnamed_is_no_buyer() -> None:
    body = "公司控股子公司近日与湖南省某市公安局签订智慧安防项目合同，合同金额8600万元，由公司提供前端摄像机。"
    assert _buyer("某科技股份有限公司关于签订日常经营重大合同的公告", body) is None


def test_a_named_chinese_bureau_stays() -> None:
    body = "一、采购人：宁乡市公安局。二、项目内容：视频监控点位运维。三、成交供应商：长沙某安防科技有限公司。"
    assert _buyer("宁乡市公安局视频监控运维项目成交公告", body) == "宁乡市公安局"


def test_a_council_where_a_debate_took_place_is_no_buyer() -> None:
    body = "Au conseil municipal de Lorient, l'opposition a réclamé davantage de caméras ; aucun vote n'a eu lieu."
    assert _buyer("Vidéoprotection : débat sans vote", body) is None
