"""Round 37b (places and money): sums written in full after a prefix that otherwise needs a magnitude word, local
currency markers (MT, FDJ, MDH, pesos cubanos, MK by Malawi's towns), German city adjectives ("Wiener Gemeinderat"),
German police compounds as the body a report is about, and a Taiwan county that heads an NT$-priced text. Sentences
are written for this test, not taken from any labelled set."""
from __future__ import annotations

from decimal import Decimal

import pytest

from enrich import enrich
from enrich.money import largest_amount


def _headline(title: str, body: str) -> tuple[Decimal | None, str | None] | None:
    result = enrich(title, body)
    top = largest_amount(list(result.amounts), text=result.text if hasattr(result, "text") else None)
    return (top.value, top.currency) if top is not None else None


def _place(title: str, body: str) -> tuple[str | None, str | None]:
    place = enrich(title, body).place
    return (place.country, place.city) if place is not None else (None, None)


@pytest.mark.parametrize(("title", "body", "value", "currency"), [
    ("Municipalidad de Quetzaltenango: cámaras", "La Municipalidad de Quetzaltenango compró 60 cámaras de vigilancia "
     "a Altiplano Seguridad S.A. por Q 4.350.000.", Decimal("4350000"), "GTQ"),
    ("Cámaras en Cochabamba", "El Gobierno Autónomo Municipal de Cochabamba adjudicó 90 cámaras a Valle Digital SRL "
     "por BOB 1.750.000.", Decimal("1750000"), "BOB"),
    ("Tshwane CCTV contract", "The City of Tshwane awarded its CCTV upgrade to Pretoria Vision (Pty) Ltd. Contract "
     "value: R 12 400 000.", Decimal("12400000"), "ZAR"),
    ("Davao CCTV", "Davao City awarded Mindanao Secure Systems Inc. PHP 96,300,000 for 800 CCTV cameras.",
     Decimal("96300000"), "PHP"),
    ("Câmaras em Nampula", "O Conselho Municipal da Cidade de Nampula comprou 30 câmaras de videovigilância à Lúrio "
     "Sistemas Lda., por 12.500.000 MT.", Decimal("12500000"), "MZN"),
    ("Port cameras", "The Port of Djibouti police bought 60 cameras through Ambouli Networks, FDJ 42 million.",
     Decimal("42000000"), "DJF"),
    ("Caméras à Marrakech", "La Commune de Marrakech a attribué 80 caméras de vidéosurveillance à Atlas Vision SARL, "
     "2,6 MDH.", Decimal("2600000"), "MAD"),
    ("Cámaras en Santiago de Cuba", "La Policía de Santiago de Cuba recibió 40 cámaras de Copextel. Importe: "
     "850.000 pesos cubanos.", Decimal("850000"), "CUP"),
    ("Cameras for the market", "Zomba City Council awarded 30 cameras to Shire Vision for MK 52 million.",
     Decimal("52000000"), "MWK"),
])
def test_local_sums_are_read(title: str, body: str, value: Decimal, currency: str) -> None:
    assert _headline(title, body) == (value, currency)


@pytest.mark.parametrize(("title", "body"), [
    ("Road works", "Resurfacing of the R 102 and the R 55 between the two towns starts in March."),  # roads, no sums
    ("Quarterly report", "Sales grew in Q 3 and Q 4; the new camera line ships in 2027."),  # quarters
    ("Release notes", "The portal now runs PHP 8.2 and was tested with 1,200 users."),  # a language version
    ("Kamera-Test", "MT 300 und MT 500 heißen die neuen Kameras des Herstellers."),  # model names, no country
    ("Loterie", "La FDJ 2024 a publié ses résultats annuels."),  # the French lottery, no Djibouti context
])
def test_letters_that_are_no_currency_stay_unread(title: str, body: str) -> None:
    assert _headline(title, body) is None


@pytest.mark.parametrize(("title", "body", "country", "city"), [
    ("Gemeinderat debattiert Videoüberwachung", "Im Grazer Gemeinderat wurde über Kameras am Hauptplatz debattiert.",
     "AT", "Graz"),
    ("Videoanlage erneuert", "Die Münchner Verkehrsgesellschaft erneuert die Videoanlagen in 40 U-Bahnhöfen für "
     "1,2 Mio. Euro.", "DE", "München"),
    ("Verkehrsbetriebe erweitern Kameras", "Die Bremer Straßenbahn AG rüstet 60 Busse mit Kameras aus.",
     "DE", "Bremen"),
    ("Polizei kauft Bodycams", "Die Basler Polizei beschafft 120 Bodycams.", "CH", "Basel"),
])
def test_a_german_city_adjective_places_the_body_in_its_city(title: str, body: str, country: str, city: str) -> None:
    assert _place(title, body) == (country, city)


@pytest.mark.parametrize(("title", "body"), [
    ("Sieger der Ausschreibung", "Sieger der Ausschreibung für 40 Kameras ist ein Anbieter aus der Region."),
    ("Update", "Further cameras will be added next year, the operator said."),
])
def test_nouns_that_look_like_city_adjectives_place_nothing_there(title: str, body: str) -> None:
    country, city = _place(title, body)
    assert city not in ("Siegen", "Fürth")


def test_a_report_on_a_police_directorate_is_placed_where_it_is() -> None:
    assert _place("Datenschutzbeauftragte kritisiert Kameras",
                  "Die Landesbeauftragte für Datenschutz kritisiert die Videoüberwachung der Polizeidirektion "
                  "Osnabrück am Bahnhof.") == ("DE", "Osnabrück")


def test_a_sewer_inspection_is_no_town() -> None:
    country, city = _place("Kanal-TV-Inspektion vergeben", "Die Stadtentwässerung vergibt die Kanal-TV-Inspektion.")
    assert city != "Kanal" and country != "SI"


def test_a_taiwan_county_priced_in_nt_dollars_is_not_a_mainland_town() -> None:
    # 吉安 is also a city in Jiangxi; the county heads the text and the sum is in 新臺幣
    assert _place("花蓮縣政府警察局監視器擴充案",
                  "花蓮縣政府警察局於吉安鄉增設路口監視器30支，決標金額新臺幣320萬元。") == ("TW", "花蓮縣")


def test_a_mainland_notice_stays_on_the_mainland() -> None:
    country, _ = _place("吉安市公安局视频监控采购项目", "采购人：吉安市公安局。中标金额：人民币320万元。")
    assert country == "CN"
