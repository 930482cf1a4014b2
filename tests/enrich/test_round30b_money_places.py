"""Round 30 (late, from set af): headline amounts and places. Every sentence is fictional (invented bodies and firms,
real towns and currencies).

Families: "revenue" inside a tax agency's name ("Revenue Authority", "Internal Revenue Service") labels no sum as
revenue, so the agency's own contract headlines; currencies as their press writes them (Hungarian "Ft" and English
"forints", "lari", "dram", Mozambican "MT 240 milhões", Algerian "86 millions DA", Danish/Norwegian "mill. kr.");
a sign shared by two currencies read by the notice's place (C$ in Nicaragua is the córdoba, ¥ in Japan the yen);
a sign-off dateline (the report's last sentence names its town: "… 28 miljoner kronor. Stockholm."); a country
read from clues made precise by a town the notice states there ("… J$1.8 billion. Kingston.").
"""
from __future__ import annotations

from decimal import Decimal

import pytest

import enrich
from tests.enrich.notice_helpers import quoted_place as _place


def _headline(title: str, body: str) -> tuple[Decimal | None, str | None] | None:
    amount = enrich.enrich(title, body).headline_amount
    return None if amount is None else (amount.value, amount.currency)


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Revenue authority portal", "The Lakeshore Revenue Authority awarded Finch Digital BDS$4.8 million for its "
     "taxpayer portal. Bridgetown.", (Decimal("4800000"), "BBD")),
    ("Tax office cloud", "The Ghana Revenue Authority moved its e-filing system to a private cloud under a GH₵ 18 "
     "million contract with Volta Cloud Ltd. Accra.", (Decimal("18000000"), "GHS")),
])
def test_revenue_in_an_agency_name_is_no_revenue_label(title: str, body: str, expected: tuple) -> None:
    assert _headline(title, body) == expected


def test_revenue_of_a_company_still_never_headlines() -> None:
    assert _headline("Annual results", "Orchid Vision Ltd reported revenue of $48 million for the year.") is None


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Debrecen: térfigyelő kamerák", "A Példa Önkormányzat 60 új térfigyelő kamerát telepít. Kivitelező: Minta "
     "Biztonság Kft., 186 millió Ft. Debrecen.", (Decimal("186000000"), "HUF")),
    ("Budapest: kapuk", "A Minta Közlekedési Zrt. új kapukat vásárol. Szállító: Példa Kapuk Kft., 2,4 milliárd Ft. "
     "Budapest.", (Decimal("2400000000"), "HUF")),
    ("Miskolc cameras", "The town's police bought camera software from Example Vision for 96 million forints. "
     "Miskolc.", (Decimal("96000000"), "HUF")),
    ("Tbilisi masks", "Example Transport Company bought 200,000 face masks for drivers, 180,000 lari. Tbilisi.",
     (Decimal("180000"), "GEL")),
    ("Yerevan photos", "The Example Service outsourced portrait photography to Sample Photo, 96 million dram. "
     "Yerevan.", (Decimal("96000000"), "AMD")),
    ("Maputo: câmaras na baixa", "A polícia instalou 90 câmaras na baixa de Maputo. Fornecedor: Exemplo Tech. "
     "MT 240 milhões. Maputo.", (Decimal("240000000"), "MZN")),
    ("Alger : barème de points", "La Direction des transports de la wilaya d'Alger a mis en place un logiciel de "
     "contrôle. Logiciel : Exemple Info. 86 millions DA. Alger.", (Decimal("86000000"), "DZD")),
    ("Oslo kommune: gatelys", "Oslo kommune bytter 4 000 gatelys til LED. Leverandør: Eksempel Elektro AS, "
     "86 mill. kr. Oslo.", (Decimal("86000000"), "NOK")),
])
def test_currencies_as_their_press_writes_them(title: str, body: str, expected: tuple) -> None:
    assert _headline(title, body) == expected


def test_a_letter_pair_is_no_currency_without_its_country() -> None:
    # "MT" and "DA" are money only where the notice is placed in Mozambique or Algeria
    assert _headline("Relatório", "O projeto MT 240 foi apresentado em Lisboa.") is None
    assert _headline("Rapport", "Le service DA a publié 86 millions DA de rapports à Paris.") is None


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Nicaragua: León hospital face shields", "Example Hospital in León bought 10,000 face shields, C$ 2 million. "
     "León.", (Decimal("2000000"), "NIO")),
    ("Tokyo: clinic imaging", "Example Metropolitan Hospital bought a dental X-ray unit, ¥38 million. Tokyo.",
     (Decimal("38000000"), "JPY")),
])
def test_a_shared_sign_is_read_by_the_place(title: str, body: str, expected: tuple) -> None:
    assert _headline(title, body) == expected


@pytest.mark.parametrize(("title", "body", "country", "city"), [
    ("Polismyndigheten köper utrustning", "Exempelmyndigheten har köpt licenser för mobilforensik från Exempel AB. "
     "28 miljoner kronor. Stockholm.", "SE", "Stockholm"),
    ("Plate readers on a highway", "The Example Police Service contracted Sample Traffic Tech to install automatic "
     "number plate recognition on the Accra–Kumasi highway. GH₵ 86 million. Accra.", "GH", "Accra"),
    ("Jamaica camera expansion", "The Example Ministry will add 500 cameras to the JamaicaEye network. Contract: "
     "Sample Integrators, J$1.8 billion. Kingston.", "JM", "Kingston"),
])
def test_sign_off_dateline_names_the_town(title: str, body: str, country: str, city: str) -> None:
    place = _place(title, body)
    assert place is not None and (place.country, place.city) == (country, city)


def test_a_stated_total_after_the_last_lot_belongs_to_no_lot() -> None:
    # "总中标金额" (total award) after lot 2's line is the stated total, not lot 2's price: not added to the lot sum
    body = ("一、采购人：示例市住房和城乡建设局。二、本项目分两个标段。第一标段：道路维修，中标人：示例路桥有限公司，"
            "中标价：2,386万元。第二标段：公共安全视频监控补点，中标人：示例电子工程有限公司，中标价：612万元。"
            "三、总中标金额：2,998万元。")
    assert _headline("示例市市政设施维护项目（两个标段）中标结果公告", body) == (Decimal("29980000"), "CNY")
