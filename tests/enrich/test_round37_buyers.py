"""Round 37, buyers and budgets (tests/eval/README.md, "Budgets of failed tenders; customers in disclosures; names
with their country; …", parts (1) and (3)).

(1) A notice that cancels, voids, suspends or withdraws a tender, or declares it failed or deserted, has no headline
amount even when it restates the budget: nothing was bought or committed and the re-run tender would count it twice.
A notice that only postpones a deadline or amends a tender that goes on keeps its budget.
(3) A buyer's name keeps the country or place written as part of it ("Ministerio del Interior del Perú").
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from enrich import enrich
from enrich.money import largest_amount


def _headline(title: str, body: str) -> tuple[Decimal, str | None] | None:
    amount = largest_amount(list(enrich(title=title, body=body).amounts))
    return None if amount is None or amount.value is None else (Decimal(amount.value), amount.currency)


def _buyer(title: str, body: str) -> str | None:
    buyers = [p.name for p in enrich(title=title, body=body).parties if p.role == "buyer"]
    return buyers[0] if buyers else None


@pytest.mark.parametrize("title, body", [
    ("梅县区公安局视频监控扩容项目终止公告",
     "采购人：梅州市公安局梅县区分局。因财政资金未能落实，本项目终止采购。原预算：245万元。"),
    ("道孚县人脸识别门禁采购项目废标公告",
     "道孚县教育局人脸识别门禁采购项目（预算金额：64万元）因有效投标人不足三家，本项目废标。"),
    ("Licitación de cámaras de videovigilancia declarada desierta",
     "La Municipalidad de Arica declaró desierta la licitación de 80 cámaras de videovigilancia, con un presupuesto "
     "de CLP 350.000.000, por no recibir ofertas válidas."),
    ("Appel d'offres de vidéoprotection déclaré sans suite",
     "La Ville de Poitiers a déclaré sans suite l'appel d'offres pour 40 caméras de vidéoprotection (budget estimé "
     "600 000 euros), faute d'offres conformes."),
    ("Tender cancelled: automatic number plate recognition cameras",
     "The Nelson Mandela Bay Municipality has cancelled its tender for 30 ANPR cameras (budget R12 million); no "
     "award will be made and the tender will be re-advertised."),
    ("Аукцион на поставку камер видеонаблюдения отменён",
     "Администрация города Тамбова отменила аукцион на поставку 60 камер видеонаблюдения с начальной ценой "
     "контракта 8,4 млн рублей."),
    ("Ausschreibung für Videoüberwachung aufgehoben",
     "Die Stadt Bielefeld hat die Ausschreibung für 25 Kameras am Bahnhof (geschätzt 480.000 Euro) aufgehoben."),
])
def test_cancelled_tender_has_no_headline_amount(title: str, body: str) -> None:
    assert _headline(title, body) is None


@pytest.mark.parametrize("title, body, amount", [
    ("Licitación de cámaras: se prorroga el plazo de presentación de ofertas",
     "La Municipalidad de Arica prorroga hasta el 20 de marzo el plazo de la licitación de 80 cámaras de "
     "videovigilancia, con un presupuesto de CLP 350.000.000.", (Decimal(350000000), "CLP")),
    ("Tender deadline extended: CCTV for Nakuru town",
     "The County Government of Nakuru has extended the closing date of its CCTV tender (budget KES 40,000,000) to "
     "12 May.", (Decimal(40000000), "KES")),
    ("视频监控采购项目更正公告",
     "采购人：梅州市公安局梅县区分局。开标时间延期至2026年3月5日。预算金额：245万元。", (Decimal(2450000), "CNY")),
])
def test_postponed_or_amended_tender_keeps_its_budget(title: str, body: str, amount: tuple[Decimal, str]) -> None:
    assert _headline(title, body) == amount


def test_a_tender_cancelled_in_japanese_procurement_words_is_a_tender() -> None:
    # 調達 folds to 调达: the procurement noun is still read
    body = "県警察本部は、顔認証システムの調達手続を中止したと発表した。予定価格は3億円。"
    assert _headline("顔認証システムの調達を中止", body) is None


@pytest.mark.parametrize("title, body, buyer", [
    ("Seguridad: compra de cámaras",
     "El Ministerio del Interior del Perú contrató a Hikvision el suministro de 300 cámaras por S/ 4 millones.",
     "Ministerio del Interior del Perú"),
    ("Escolas com câmeras",
     "A Secretaria Municipal da Educação de Salvador homologou a compra de 300 câmeras por R$ 2 milhões.",
     "Secretaria Municipal da Educação de Salvador"),
    ("Security: camera purchase",
     "The Ministry of Interior of the Republic of Kenya bought 300 CCTV cameras for KES 40 million.",
     "Ministry of Interior of the Republic of Kenya"),
    ("Segurança: câmeras corporais",
     "A Polícia Militar do Estado de São Paulo comprou 3.000 câmeras corporais por R$ 60 milhões.",
     "Polícia Militar do Estado de São Paulo"),
])
def test_buyer_keeps_the_country_in_its_name(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


def test_country_adjective_stays_in_the_name() -> None:
    # r38: tests/eval/README.md "… nationality adjectives …" (23:18, part 3) keeps the adjective as printed
    assert _buyer("Sécurité : caméras", "Le ministère de l'Intérieur tunisien a acquis 200 caméras de "
                  "reconnaissance faciale pour 4 millions de dinars.") == "ministère de l'Intérieur tunisien"


@pytest.mark.parametrize("title, body, buyer", [
    ("Asunción: Policía Nacional licita cámaras corporales",
     "La Policía Nacional del Paraguay licita 500 cámaras corporales por USD 1,8 millones.",
     "Policía Nacional del Paraguay"),
    ("Goiânia: Secretaria de Segurança compra drones",
     "A Secretaria de Segurança Pública de Goiás comprou 40 drones com câmeras térmicas por R$ 6 milhões.",
     "Secretaria de Segurança Pública de Goiás"),
    ("Gobernación del Valle adjudica lectores de placas",
     "La Gobernación del Valle del Cauca adjudicó a Hikvision 120 lectores de placas por COP 3.000 millones.",
     "Gobernación del Valle del Cauca"),
])
def test_headline_short_form_yields_to_the_lede_name_with_its_place(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize("title, body, buyer", [
    # the lede writes the headline's name alone: it stays as written
    ("Policía Nacional compra cámaras corporales",
     "La Policía Nacional compró 300 cámaras corporales de Motorola por USD 2 millones.", "Policía Nacional"),
    # a place after a lower-case word is no part of the name
    ("Secretaria de Segurança compra drones",
     "A Secretaria de Segurança comprou em Goiás 40 drones com câmeras térmicas por R$ 6 milhões.",
     "Secretaria de Segurança"),
])
def test_lede_without_a_place_keeps_the_name(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer
