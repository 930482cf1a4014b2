"""Round 24, buyers and amounts.

Amounts and buyers: a notice that refuses, drops or rejects one plan and, in another clause, states what the body
spent ("rejected the plan and instead approved …", "will buy … but has dropped …", "…; instead they spent …") keeps
that sum as its headline and the body as its buyer, in several languages; a sum in the refusing clause itself
("declined to approve a … loan", "rejected the offer and spent … instead", "hat … abgelehnt") stays set aside.
Buyers: a possessive or a Turkish case ending inside a name ("Ministry of Health's 'X' tender", "… Müdürlüğü'nün,")
ends it; more verbs end a lede's subject (sr/hr "koristila je", ru "испытывает", lv "iepirks", mk "додава", el
"προμηθεύτηκε"); a source fronted before the subject ("According to budget documents, the X bought", "Según …, la
X", "Σύμφωνα με …, η X", ur "… کے مطابق X نے", hi "… के अनुसार X ने") no longer hides it or is read into it.

Every sentence here was written for these tests (fictional bodies and purchases), none copied from an evaluation set.
Each case checks what a user sees: the buyer's name and its evidence, the headline amount and its evidence.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

import enrich
from tests.enrich.notice_helpers import buyer_and_quote, buyer_quote_tests


def _headline(title: str, body: str) -> tuple[Decimal, str | None, str] | None:
    result = enrich.enrich(title, body)
    h = result.headline_amount
    if h is None:
        return None
    text = result.text
    assert text[h.evidence.start:h.evidence.end] == h.evidence.text  # evidence quotes the notice exactly
    return Decimal(str(h.value)), h.currency, h.evidence.text


# (title, body, buyer, value, currency)
SPENT_INSTEAD = [
    ("Harbourview council ends Clearview licence, funds streetlights",
     "HARBOURVIEW — Harbourview City Council voted to end its Clearview AI facial recognition licence and instead "
     "approved $3.5 million for LED streetlights on 40 streets.",
     "Harbourview City Council", Decimal("3500000"), "USD"),
    ("Kestrel police drop plan for facial recognition on bodycams",
     "KESTREL — Kestrel Police Service said it will buy 300 body-worn cameras for C$2.4 million but has dropped any "
     "plan to run facial recognition on the footage after a review.",
     "Kestrel Police Service", Decimal("2400000"), "CAD"),
    ("Northvale police reject Clearview, choose lockers",
     "NORTHVALE — The Northvale Metropolitan Police said they had declined a free Clearview AI trial and will not "
     "acquire facial recognition; instead they spent $75,000 on evidence lockers.",
     "Northvale Metropolitan Police", Decimal("75000"), "USD"),
]

# a sum in the clause that refuses: nothing was spent (the near misses)
REFUSED = [
    ("Eastmarsh assembly refuses camera loan",
     "EASTMARSH — The Eastmarsh Finance Committee declined to approve a $9 million loan for face-recognition "
     "cameras, saying the plan lacked a privacy assessment."),
    ("Westbridge police reject trial",
     "WESTBRIDGE — The Westbridge Police Service rejected a face-search vendor's offer and spent $40,000 on radios "
     "instead."),
]


@pytest.mark.parametrize(("title", "body", "buyer", "value", "currency"), SPENT_INSTEAD,
                         ids=[b for _, _, b, _, _ in SPENT_INSTEAD])
def test_a_sum_spent_in_its_own_clause_survives_a_dropped_plan(title: str, body: str, buyer: str, value: Decimal,
                                                               currency: str) -> None:
    assert buyer_and_quote(title, body) == (buyer, buyer)
    headline = _headline(title, body)
    assert headline is not None and headline[:2] == (value, currency)


@pytest.mark.parametrize(("title", "body"), REFUSED, ids=["declined-loan", "rejected-and-spent-instead"])
def test_a_sum_in_the_refusing_clause_stays_set_aside(title: str, body: str) -> None:
    assert _headline(title, body) is None


def test_a_sum_spent_in_danish_is_the_headline() -> None:
    title = "Aarhus: Kommunen køber chipscannere til hunde"
    body = ("AARHUS — Aarhus Kommune har købt 40 håndscannere til at læse mikrochips på hunde og katte for 250.000 "
            "kroner til 12 hundeskove.")
    headline = _headline(title, body)
    assert headline is not None and headline[:2] == (Decimal("250000"), "DKK")


def test_a_supplier_named_where_the_plan_is_refused_is_only_mentioned() -> None:
    title = "Larkfield council ends Flock contract; funds crossings"
    body = ("LARKFIELD — The Larkfield City Council declined to renew its contract with Flock Safety for license plate "
            "readers. The council instead approved $800,000 for pedestrian crossings.")
    result = enrich.enrich(title, body)
    roles = {p.name: p.role for p in result.parties}
    assert roles.get("Flock Safety") == "mentioned"
    assert roles.get("Larkfield City Council") == "buyer"


# (title, body, buyer)
BUYERS = [
    ("Ministry tender is for gloves, not cameras",
     "LILONGWE — The Ministry of Health's 'SafeHands' tender for MWK 90 million covers 2 million surgical gloves.",
     "Ministry of Health"),
    ("Bursa: Emniyet yüz tanıma yazılımı aldı",
     "BURSA — Bursa Emniyet Müdürlüğü'nün, Osmangazi'deki kameralardan alınan görüntüleri analiz eden bir yazılımı "
     "12 milyon liraya satın aldığı ortaya çıktı.",
     "Bursa Emniyet Müdürlüğü"),
    ("Kragujevac: policija koristila softver",
     "KRAGUJEVAC — Policijska uprava u Kragujevcu koristila je softver za prepoznavanje lica, kupljen za 8 miliona "
     "dinara.",
     "Policijska uprava u Kragujevcu"),
    # verbs that end a lede's subject (lv, mk, ru, el)
    ("Liepāja: dome iepērk luksoforus",
     "LIEPĀJA — Liepājas dome iepirks 20 adaptīvus luksoforus par 1,1 miljonu eiro.", "Liepājas dome"),
    ("Битола: нови камери",
     "БИТОЛА — Министерството за внатрешни работи додава 50 камери во Битола за 1,3 милиони евра.",
     "Министерството за внатрешни работи"),
    ("Гомель: распознавание лиц",
     "ГОМЕЛЬ — Министерство внутренних дел Беларуси испытывает систему распознавания лиц на 90 камерах вокзала.",
     "Министерство внутренних дел Беларуси"),
    # a source fronted before the subject ("According to …, the X bought"), in several languages
    ("Police bought phone extraction kits",
     "LUSAKA — According to budget documents, the Zambia Police Service bought 12 phone extraction kits for "
     "K4 million.", "Zambia Police Service"),
    ("Cámaras en Rosario",
     "ROSARIO — Según documentos oficiales, la Secretaría de Control de Rosario adquirió 40 cámaras por "
     "$ 90 millones.", "Secretaría de Control de Rosario"),
    ("Πάτρα: κάμερες",
     "ΠΑΤΡΑ — Σύμφωνα με έγγραφα, η Δημοτική Αστυνομία Πάτρας προμηθεύτηκε 30 κάμερες αξίας 90.000 ευρώ.",
     "Δημοτική Αστυνομία Πάτρας"),
    # a source with a postposition "according to" before the subject (ur, hi)
    ("لاہور: کیمرے", "لاہور — رپورٹس کے مطابق پنجاب پولیس نے 300 کیمرے خریدے۔ لاگت 12 کروڑ روپے۔", "پنجاب پولیس"),
    ("जयपुर: कैमरे", "जयपुर — दस्तावेज़ों के अनुसार राजस्थान पुलिस ने 200 कैमरे 9 करोड़ रुपये में खरीदे।", "राजस्थान पुलिस"),
]

# near misses: a possessive followed by a capital is part of the name
KEPT = [
    ("Hospital buys monitors",
     "The Queen's Hospital purchased 40 patient monitors for £300,000 from a local supplier.",
     "Queen's Hospital"),
    # a fronted source before a sentence with no body as its subject
    ("Phone extraction kits",
     "LUSAKA — According to Transparency Watch, 12 phone extraction kits were bought for K4 million.", None),
]


test_the_buyer_is_read_with_its_evidence, test_near_misses_are_unchanged = buyer_quote_tests(BUYERS, KEPT)
