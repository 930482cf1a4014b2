"""Round 32 (task money32): the engine's "withdrawn" state is carried in the Enrichment as `purchase_state`, with the
clause that says so, and a withdrawn notice headlines the budget it stated (kind ``budget``). Every sentence here is
fictional (invented bodies and firms, real towns)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from enrich import enrich

WITHDRAWN = [
    ("某县公安局人脸识别系统采购项目废标公告",
     "某县公安局人脸识别系统采购项目（预算金额：260万元）因有效投标人不足三家，本项目废标，不再组织采购。",
     Decimal("2600000"), "CNY"),
    ("Municipalidad declara desierta licitación de cámaras",
     "La Municipalidad de Ejemplo, Costa Rica, declaró desierta la licitación de 80 cámaras de videovigilancia "
     "(presupuesto ₡ 620 millones).", Decimal("620000000"), "CRC"),
]


@pytest.mark.parametrize(("title", "body", "budget", "currency"), WITHDRAWN)
def test_a_withdrawn_tender_carries_its_state_with_evidence_and_headlines_its_budget(
        title: str, body: str, budget: Decimal, currency: str) -> None:
    result = enrich(title=title, body=body)
    state = result.purchase_state
    assert state is not None and state.state == "withdrawn"
    assert state.evidence is not None
    assert result.text[state.evidence.start:state.evidence.end] == state.evidence.text
    assert state.evidence.text.strip()
    # r37_buyers (README "Budgets of failed tenders" (1)): the budget stays among its amounts but headlines nothing
    assert result.headline_amount is None
    assert (budget, currency) in {(a.value, a.currency) for a in result.amounts}


def test_a_contract_voted_down_is_withdrawn_and_its_price_headlines_nothing() -> None:
    result = enrich(title="Council rejects camera contract",
                    body="The Example City Council voted 8-5 against the proposed ₱40-million purchase of facial "
                         "recognition cameras for the downtown market.")
    assert result.purchase_state is not None and result.purchase_state.state == "withdrawn"
    assert result.purchase_state.evidence is not None
    assert "rejects" in result.purchase_state.evidence.text
    assert result.headline_amount is None


def test_an_ordinary_award_has_no_purchase_state() -> None:
    result = enrich(title="视频监控系统采购项目中标公告",
                    body="采购单位：某某县公安局\n中标金额：386.5万元（人民币）\n人脸识别摄像机 46台")
    assert result.purchase_state is None
    assert result.headline_amount is not None and result.headline_amount.kind == "award"
