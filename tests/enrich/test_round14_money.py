"""Round 14, money: ISO codes of smaller currencies written before the sum, a purchase verb as the award's label,
the shekel in Arabic. Sentences written for these tests."""
from __future__ import annotations

import pytest

import enrich
from enrich.money import extract_amounts

HEADLINES = [
    ("The Victoria Port Authority has bought two baggage scanners for SCR 12 million.", 12_000_000, "SCR"),
    ("The Honiara City Council has purchased 80 CCTV cameras for SBD 2.5 million.", 2_500_000, "SBD"),
    ("Djibouti's interior ministry has awarded DJF 400 million to a local integrator for 90 cameras.",
     400_000_000, "DJF"),
    ("The Port Louis council has bought 40 cameras for XCD 300,000.", 300_000, "XCD"),
    ("اشترت بلدية نابلس 30 كاميرا مراقبة بتكلفة 2.5 مليون شيكل.", 2_500_000, "ILS"),
]


@pytest.mark.parametrize(("body", "value", "currency"), HEADLINES, ids=[c for _, _, c in HEADLINES])
def test_the_headline_amount_is_read(body: str, value: int, currency: str) -> None:
    headline = enrich.enrich("CCTV purchase", body).headline_amount
    assert headline is not None
    assert (float(headline.value), headline.currency) == (value, currency)


@pytest.mark.parametrize("words", ["TOP 10 suppliers of cameras", "ALL 3 lots are for cameras", "SOS 2 alarm"])
def test_a_code_that_is_a_word_is_no_currency(words: str) -> None:
    assert extract_amounts(words, "en") == []
