"""Round 31b money and places (task money31b): every sentence here is fictional (invented bodies and firms, real
towns).

A cancelled, failed or withdrawn tender that states its budget ("（预算金额：260万元）…本项目废标", "原预算：86万元",
"cancelled RFP … budgeted at $2,100,000", "declaró desierta la licitación … (presupuesto ₡ 620 millones)") keeps that
sum among its amounts, with its evidence, and (round 32, task money32) headlines it with kind ``budget``, as label
writers of sets ad, ae and ag do (ag 15 notices). The notice's purchase state "withdrawn" is stored with it, and the
dashboard's money sums leave withdrawn notices out (db/queries/money.py), so the budget never reads as spending.
An award or a sum no label qualifies in a withdrawn notice still headlines nothing.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from enrich import enrich


def _headline(title: str, body: str) -> tuple[Decimal | None, str | None, str] | None:
    amount = enrich(title=title, body=body).headline_amount
    return None if amount is None else (amount.value, amount.currency, amount.kind)


CANCELLED_WITH_BUDGET = [
    ("某县公安局人脸识别系统采购项目废标公告",
     "某县公安局人脸识别系统采购项目（预算金额：260万元）因有效投标人不足三家，本项目废标，不再组织采购。",
     Decimal("2600000")),
    ("某县公安局步态识别模块采购终止公告",
     "某县公安局步态识别模块采购项目因需求调整终止。原预算：86万元。后续如有采购将另行公告。", Decimal("860000")),
    ("Municipalidad declara desierta licitación de cámaras",
     "La Municipalidad de Ejemplo, Costa Rica, declaró desierta la licitación de 80 cámaras de videovigilancia "
     "(presupuesto ₡ 620 millones).", Decimal("620000000")),
]


@pytest.mark.parametrize(("title", "body", "budget"), CANCELLED_WITH_BUDGET)
def test_a_cancelled_tender_headlines_its_budget_and_says_it_is_withdrawn(title: str, body: str,
                                                                          budget: Decimal) -> None:
    # round 32 (money32): the notice's purchase state "withdrawn" is stored and keeps the budget out of money sums
    result = enrich(title=title, body=body)
    # r37_buyers (README "Budgets of failed tenders" (1)): the budget stays among its amounts but headlines nothing
    assert result.headline_amount is None
    assert budget in {a.value for a in result.amounts}
    assert result.purchase_state is not None and result.purchase_state.state == "withdrawn"


def test_english_cancelled_rfp_headlines_its_budget() -> None:
    assert _headline("Cancellation of RFP 24-001 camera system — Town of Example",
                     "The Town of Example, Georgia, cancelled RFP 24-001 for an integrated camera and gunshot "
                     "detection system, budgeted at $2,100,000, after all proposals exceeded the budget."
                     ) is None  # r37_buyers: a cancelled RFP headlines no budget


def test_withdrawn_contract_award_still_headlines_nothing() -> None:
    assert _headline("Council rejects camera contract",
                     "The Example City Council voted 8-5 against the proposed ₱40-million purchase of facial "
                     "recognition cameras for the downtown market.") is None
    assert _headline("Tender cancelled", "The City of Example has cancelled its P12 million CCTV tender after all "
                     "bids failed.") is None


# Places: a text in English that glosses a Chinese body or town with its own name in brackets (sets v, ad, ae, ag)
def test_english_text_glossing_a_chinese_county_in_brackets_is_placed_by_the_gloss() -> None:
    place = enrich(title="County upgrades checkpoint cameras",
                   body="Qira County Public Security Bureau (策勒县) paid Example Bright Eye Co. CNY 1.1 million to "
                        "upgrade checkpoint face cameras.").place
    assert place is not None and (place.country, place.admin2, place.admin3, place.adcode) == (
        "CN", "和田地区", "策勒县", "653225")


def test_english_text_glossing_a_chinese_district_with_fullwidth_brackets() -> None:
    place = enrich(title="Railway police buys gait recognition",
                   body="The Wuchang Railway Station Police（武昌区）bought gait recognition for 90 station cameras "
                        "from Example Vision Co., CNY 1.05 million.").place
    assert place is not None and (place.admin2, place.admin3) == ("武汉市", "武昌区")


def test_a_bracketed_gloss_that_is_no_mainland_place_does_not_place_the_notice_in_china() -> None:
    place = enrich(title="Council buys cameras",
                   body="The council of Example Town (安全) bought 40 CCTV cameras for $200,000.").place
    assert place is None or place.country != "CN"


# Places: a buyer named for its country ("Ghana Revenue Authority", "… Authority of Zambia") is that country's body
def test_a_buyer_named_for_its_country_places_the_notice_in_that_country() -> None:
    place = enrich(title="Servers for the tax data centre",
                   body="The Ghana Revenue Authority bought servers and storage for its e-tax data centre from Example "
                        "Systems Corporation, US$ 4.4 million.").place
    assert place is not None and place.country == "GH"


def test_a_buyer_named_with_of_and_its_country_places_the_notice_there() -> None:
    place = enrich(title="Street lights for rural roads",
                   body="The Road Development Agency of Malawi installed 2,000 solar street lights on feeder roads "
                        "through Example Lighting Ltd, MK 640 million.").place
    assert place is not None and place.country == "MW"
