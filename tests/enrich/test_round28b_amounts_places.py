"""Round 28b, headline amounts and the town's written form (set ad's errors, counted also on ac, ab, aa and z).

* Currency words English press writes for Central Asian, Thai and Vietnamese money (soms, so'm, soums, manats,
  baht, dong), the shekel and manat signs after the figure, Arabic and Hebrew "thousand", "trillion".
* A currency without fractions in use is not read to three decimals before a magnitude word ("CLP 1,800 million").
* What a body buys *only*, renews or pays after dropping a module is spent; a relative clause that negates a
  capability of the thing bought ("counters that do not read plates") is no refusal.
* A dateline's form of the town wins over the resolved name's longer form (【福岡】 → 福岡, not 福岡市).

Every sentence was written for these tests (fictional bodies and firms), none copied from an evaluation set; each
family has a near miss that must not change.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from enrich import enrich
from enrich.money import extract_amounts


def _sums(text: str, language: str) -> list[tuple[Decimal | None, str | None]]:
    return [(a.value, a.currency) for a in extract_amounts(text, language)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("KARAKOL — The town hall bought 300 lamps for 12 million soms.", "en", (Decimal("12000000"), "KGS")),
    ("SAMARKAND — The hokimiyat spent 1.2 trillion so’m on roads.", "en", (Decimal("1200000000000"), "UZS")),
    ("SAMARKAND — The hokimiyat renewed the contract for 86 billion soums.", "en", (Decimal("86000000000"), "UZS")),
    ("CHIANG MAI — The municipality bought 40 buses for 96 million baht.", "en", (Decimal("96000000"), "THB")),
    ("DA NANG — The city bought school laptops, 14 billion dong.", "en", (Decimal("14000000000"), "VND")),
    ("נתניה — העירייה רכשה 40 מצלמות ב-12 מיליון ₪.", "he", (Decimal("12000000"), "ILS")),
    ("נתניה — העירייה התקינה ספסלים בעלות 340 אלף ש\"ח.", "he", (Decimal("340000"), "ILS")),
    ("صيدا — اشترت البلدية 20 حاوية بقيمة 260 آلاف دولار.", "ar", (Decimal("260000"), "USD")),
    ("GANJA — The stadium fitted 30 gates for ₼ 2.4 million.", "en", (Decimal("2400000"), "AZN")),
    ("VALPARAÍSO — La Municipalidad firmó un contrato por CLP 2,400 millones.", "es",
     (Decimal("2400000000"), "CLP")),
])
def test_local_currency_words(text: str, language: str, expected: tuple[Decimal, str]) -> None:
    assert expected in _sums(text, language)


def test_manats_take_the_place() -> None:
    found = enrich("Mary: city buys scales", "MARY, Turkmenistan — The city administration bought weigh-in-motion "
                   "scales for 3.2 million manats.")
    assert found.headline_amount is not None
    assert (found.headline_amount.value, found.headline_amount.currency) == (Decimal("3200000"), "TMT")


def test_near_misses_stay_unchanged() -> None:
    assert _sums("The Tran Dong school and the Som river bridge.", "en") == []
    assert _sums("VALPARAÍSO — El presupuesto es de EUR 1,5 millones.", "es") == [(Decimal("1500000"), "EUR")]
    assert _sums("The ministry paid €2,400 million.", "en") == [(Decimal("2400000000"), "EUR")]


def test_only_what_is_kept_is_spent() -> None:
    found = enrich("Olomouc: městská policie odmítla rozpoznávání obličejů",
                   "OLOMOUC — Městská policie odmítla software pro rozpoznávání obličejů. Nakoupí pouze 30 nových "
                   "kamer za 6 mil. Kč.")
    assert found.headline_amount is not None
    assert (found.headline_amount.value, found.headline_amount.currency) == (Decimal("6000000"), "CZK")
    japanese = enrich("仙台市、顔認証改札は見送り",
                      "【仙台】仙台市交通局は、顔認証改札の導入を見送り、改札機の更新のみ実施すると発表した。更新費は2億4千万円。")
    assert japanese.headline_amount is not None and japanese.headline_amount.value == Decimal("240000000")
    cancelled = enrich("Olomouc: tender zrušen", "OLOMOUC — Only two bids arrived, so the CZK 6 million camera "
                       "tender was cancelled.")
    assert cancelled.headline_amount is None  # "only" with a refusal in its clause spends nothing


def test_relative_negation_is_no_refusal() -> None:
    found = enrich("Modesto: plate readers not renewed; city buys counters",
                   "MODESTO, California — The City of Modesto did not renew its plate reader lease and instead "
                   "bought 30 radar traffic counters ($140,000) that do not read plates.")
    assert found.headline_amount is not None and found.headline_amount.value == Decimal("140000")
    denied = enrich("Modesto: city denies buying counters", "MODESTO, California — The City of Modesto said it has "
                    "not bought radar counters for $140,000.")
    assert denied.headline_amount is None


@pytest.mark.parametrize(("title", "body", "city"), [
    ("仙台市、防犯カメラを更新", "【仙台】仙台市は、市内の防犯カメラ200台を更新する。契約額は1億円。", "仙台"),
    ("תל אביב: העירייה מתקינה חיישנים", "תל אביב — עיריית תל אביב-יפו תתקין 40 חיישני רעש בעלות 2 מיליון ₪.",
     "תל אביב"),
])
def test_dateline_form_of_the_town(title: str, body: str, city: str) -> None:
    found = enrich(title, body)
    assert found.place is not None and found.place.city == city


def test_without_dateline_the_resolved_name_stays() -> None:
    found = enrich("防犯カメラを更新", "仙台市は、市内の防犯カメラ200台を更新する。契約額は1億円。")
    assert found.place is not None and found.place.city == "仙台市"


def test_a_denial_naming_the_only_other_purchase_headlines_nothing() -> None:
    found = enrich("Mombasa county denies buying facial recognition",
                   "MOMBASA — Mombasa County has said it has not bought any facial recognition system. The county "
                   "spokesman said the only purchase was a Sh12 million parking app.")
    assert found.headline_amount is None
    paid_for = enrich("Gulu police dismiss report of interception kit",
                      "GULU — A police spokesman denied that the force had bought any IMSI catcher, saying the UGX 2 "
                      "billion in the supplementary budget paid for new radios.")
    assert paid_for.headline_amount is None
