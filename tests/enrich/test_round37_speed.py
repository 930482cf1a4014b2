"""Round 37 speed work (issue 15): output-identical shortcuts.

- enrich/digit_gate.py: supply statements that open with an amount ("$5 million to X", "EUR 2 400 000 through X")
  are tried only at positions with a digit within the few characters their amount can take before one; the same
  matches and the same suppliers (a 16 KB prose notice without a labelled supplier tried the amount-first statement
  at ~14,000 positions).
"""
from __future__ import annotations

import random
import re

import pytest

from enrich import supply_statements as ss
from enrich.digit_gate import DigitGate
from enrich.prose_parties import PROSE_WINDOW

SENTENCES = [
    "The county paid $2.4 million to Harbor Vision Systems LLC for 60 cameras at the transit hub.",
    "Le marché de 1 200 000 EUR avec Atlas Réseaux SARL couvre 40 caméras.",
    "In 2023 the ministry channelled KSh 45 million through Savanna Secure Ltd. for the CCTV upgrade.",
    "Se pagaron US$ 380.000 a Pichincha Datos S.A.C. por el sistema de videovigilancia.",
    "The council approved the upgrade of the control room, $1,250,000, by Northwind Security Inc.",
    "Officials said 14 sites and 2 operators were added; no contractor was named.",
    "A Form 10-K filed by Keystone Optics Inc. reports sales of thermal cameras to police.",
    "Budget: NZ$ 900,000 a year to a private contractor, Kauri Watch Ltd., for monitoring.",
]


def test_gate_reach_is_read_from_the_pattern() -> None:
    gate = DigitGate.made(re.compile(r"(?<!\w)(?:(?:US|NZ)?[$€]\s?\d[\d.,]*|(?-i:[A-Z]{2,3})\s?\d|\d+ EUR) to"))
    assert gate is not None and gate.reach == 4  # "NZ$ 1": the digit is the fifth character at most
    assert DigitGate.made(re.compile(r"\d")) is not None


@pytest.mark.parametrize("pattern", [
    r"\w+\d",  # an unbounded run before the digit
    r"(?:\d|abc) to",  # a branch that needs no digit
    r"(a)\1\d",  # a back-reference
    r"[^a]\d{0,2}x",  # the digit is optional
    r"x{0,40}\d",  # too far for a gate to skip anything
])
def test_gate_gives_up_where_the_digit_cannot_be_bounded(pattern: str) -> None:
    assert DigitGate.made(re.compile(pattern)) is None


def test_gate_keeps_only_positions_near_a_digit() -> None:
    gate = DigitGate(2)
    text = "paid $ 450 to Acme; then none"
    kept = gate.starts(text, dict.fromkeys(range(len(text)), 1))
    assert text.index("$") in kept and text.index("450") in kept
    assert text.index("paid") not in kept and text.index("Acme") not in kept and text.index("none") not in kept
    few = {text.index(word): 1 for word in ("paid", "$", "Acme")}  # fewer positions than digits: read one by one
    assert gate.starts(text, few) == {text.index("$"): 1}


def test_the_amount_first_statements_are_gated() -> None:
    assert len(ss._digit_gates()) >= 3


@pytest.mark.parametrize("sentence", SENTENCES)
def test_same_suppliers_with_and_without_the_gates(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = ss.supply_statements(sentence)
    monkeypatch.setattr(ss, "_digit_gates", lambda: ())
    assert ss.supply_statements(sentence) == gated


def test_amount_first_supplier_still_found() -> None:
    text = "The transit authority paid $2.4 million to Harbor Vision Systems LLC for the cameras."
    spans = ss.supply_statements(text)
    assert any(text[a:b].startswith("Harbor Vision") for a, b in spans)


def test_every_match_starts_at_a_kept_position() -> None:
    before = ss._statements()[0]
    rng = random.Random(37)
    pieces = [*"0123456789٣,.، $€£₹₦₱\n\u00a0'-:;()", "US", "NZ", "BDS", "Rs. ", "KSh", "EUR", "euros", " dollars",
              " million", " bn", " to ", " through ", " with ", ", ", " a year", " the firm,", "Form 10-K —", "S-1"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(3, 40))) for _ in range(1500)] + SENTENCES
    for n, gate in ss._digit_gates():
        pattern = before[n][0]
        for text in texts:
            window = text[:PROSE_WINDOW]
            kept = gate.starts(window, dict.fromkeys(range(len(window)), 1))
            assert all(i in kept for i in range(len(window)) if pattern.match(window, i)), (n, window)
