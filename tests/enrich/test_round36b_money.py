"""Round 36b (lead, read from set al after it was spent): money written as Uruguay's and Jordan's press write it and
the Georgian "thousand" in its adverbial form. Sentences are our own."""
from __future__ import annotations

from decimal import Decimal

import pytest

import enrich


@pytest.mark.parametrize(("title", "body", "value", "currency"), [
    ("Intendencia de Paysandú renueva cámaras",
     "La Intendencia de Paysandú adjudicó a Litoral Redes la renovación de 120 cámaras de videovigilancia por "
     "$U 12 millones.", Decimal("12000000"), "UYU"),
    ("Ministry awards border face matching",
     "AMMAN — The Ministry of Interior awarded Petra Gate Systems JD 3.5 million to add face matching at the "
     "King Hussein Bridge crossing.", Decimal("3500000"), "JOD"),
    ("ვიდეოკამერების შესყიდვა",
     "ბათუმის მერიამ 80 ვიდეოკამერა შეიძინა 450 ათას ლარად.", Decimal("450000"), "GEL"),
])
def test_headline_amount_in_local_forms(title: str, body: str, value: Decimal, currency: str) -> None:
    amount = enrich.enrich(title, body).headline_amount
    assert amount is not None
    assert (amount.value, amount.currency) == (value, currency)


def test_jd_without_a_figure_is_no_currency() -> None:
    result = enrich.enrich("Council hires analyst", "The council hired a JD graduate as its privacy officer; "
                           "40 cameras cost $40,000.")
    assert [(a.value, a.currency) for a in result.amounts] == [(Decimal("40000"), "USD")]
