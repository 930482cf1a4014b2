"""Round 33b (task money33b): a withdrawn tender that states its budget in apposition to the tender it names keeps its
buyer and headlines that budget (kind ``budget``); a cancelled tender that states no budget, and a budget the text
says was exceeded or returned, still headline nothing (and, since round 34's labelling rule, name their buyer). Every
sentence here is fictional (invented bodies and firms, real towns)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from enrich import enrich

STATED = [
    ("Intendencia de Ejemplo cancela la licitación de cámaras con reconocimiento facial",
     "La Intendencia de Ejemplo dejó sin efecto la licitación de 90 cámaras con reconocimiento facial para el centro, "
     "presupuestada en USD 1,8 millones, tras el debate en la Junta Departamental.",
     "Intendencia de Ejemplo", Decimal("1800000"), "USD"),
    ("Stadt Beispielheim: Ausschreibung Gesichtserkennung aufgehoben",
     "Die Stadt Beispielheim hat die Ausschreibung für Gesichtserkennung am Bahnhofsplatz (geschätzt 0,9 Mio. Euro) "
     "aufgehoben.", "Stadt Beispielheim", Decimal("900000"), "EUR"),
    ("Contract not renewed: gunshot detection and camera integration",
     "The City of Exampleton, North Carolina, decided not to renew its gunshot detection and camera integration "
     "pilot ($164,000 budgeted). Equipment will be removed.", "City of Exampleton", Decimal("164000"), "USD"),
    ("竹東市警察局人臉辨識系統採購案廢標",
     "竹東市警察局人臉辨識系統採購案（預算新臺幣480萬元）因僅一家廠商投標且規格不符，宣布廢標，本年度不再辦理。",
     "竹東市警察局", Decimal("4800000"), "TWD"),
]


@pytest.mark.parametrize(("title", "body", "buyer", "budget", "currency"), STATED)
def test_a_withdrawn_tender_keeps_its_buyer_and_headlines_the_budget_it_states_in_apposition(
        title: str, body: str, buyer: str, budget: Decimal, currency: str) -> None:
    result = enrich(title=title, body=body)
    assert result.purchase_state is not None and result.purchase_state.state == "withdrawn"
    # r37_buyers (README "Budgets of failed tenders" (1)): the budget stays among its amounts but headlines nothing
    headline = result.headline_amount
    if title.startswith("Contract not renewed"):  # a contract not renewed is no tender: it keeps its stated budget
        assert headline is not None and (headline.value, headline.currency) == (budget, currency)
    else:
        assert headline is None
    assert (budget, currency) in {(a.value, a.currency) for a in result.amounts}
    assert [p.name for p in result.parties if p.role == "buyer"] == [buyer]
    assert not any(p.role == "supplier" for p in result.parties)


# r34_buyers34 (labelling rule "Buyers of withdrawn tenders", tests/eval/README.md): a cancelled tender names the
# body that issued it, whether or not it states a budget (until round 34 only one that stated it did)
@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("City council CCTV tender cancelled",
     "The City of Exampleton has cancelled its N$38 million CCTV tender after all bids were found non-responsive.",
     "City of Exampleton"),
    ("Police drop face recognition plan",
     "The Exampleton Police Department cancelled the tender for 300 city cameras after all bids exceeded the "
     "P60 million budget. A new tender has not been announced.", "Exampleton Police Department"),
])
def test_a_cancelled_tender_without_a_stated_budget_headlines_nothing_and_names_its_buyer(
        title: str, body: str, buyer: str) -> None:
    result = enrich(title=title, body=body)
    assert result.purchase_state is not None and result.purchase_state.state == "withdrawn"
    assert result.headline_amount is None
    assert [p.name for p in result.parties if p.role == "buyer"] == [buyer]


@pytest.mark.parametrize(("title", "body", "value", "currency"), [
    ("Panamá: Municipio amplía cámaras de tránsito",
     "El Municipio de Ejemplo adjudicó la ampliación de 40 cámaras de tránsito por B/. 3,2 millones (USD) a Istmo "
     "Ejemplo S.A.", Decimal("3200000"), "USD"),
    ("Québec : contrat de caméras",
     "La Ville d'Exemple a octroyé à Exemple Sécurité inc. le contrat de vidéosurveillance pour 1,4 million de "
     "dollars (CAD).", Decimal("1400000"), "CAD"),
])
def test_an_iso_code_in_brackets_after_a_sum_names_its_currency(
        title: str, body: str, value: Decimal, currency: str) -> None:
    headline = enrich(title=title, body=body).headline_amount
    assert headline is not None and (headline.value, headline.currency) == (value, currency)


def test_a_balboa_sum_without_a_code_stays_balboas() -> None:
    headline = enrich(title="Panamá: cámaras", body="La Alcaldía de Ejemplo pagó B/. 2,1 millones a Istmo Ejemplo "
                                                      "S.A. por 60 cámaras.").headline_amount
    assert headline is not None and headline.currency == "PAB"
