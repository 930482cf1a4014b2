"""Round 35 speed work (issue 15): output-identical shortcuts.

- enrich/reach_gate.py: supply_statements' price-last statement ("…, Rs 900 million, Bolan Tech.") is tried only at
  the numbers from which its amount can reach a comma; the same matches and the same suppliers.
- classify.patterns.any_of cached: the same pattern for the same words.
"""
from __future__ import annotations

import random
import re

import pytest

from enrich import statement_gates
from enrich import supply_statements as ss
from enrich.classify.patterns import any_of
from enrich.prose_parties import PROSE_WINDOW
from enrich.reach_gate import ReachGate

SENTENCES = [
    "The municipality installed 48 CCTV cameras along the ring road for Rs 12.5 crore, Vigil Systems Pvt. Ltd.",
    "Le contrat de vidéosurveillance a été attribué pour 2,4 millions d'euros, par Atlas Réseaux SARL.",
    "The council approved the upgrade of the control room, $1,250,000, by Northwind Security Inc.",
    "Se adquirieron 120 cámaras por S/ 3.400.000, Pichincha Datos S.A.C.",
    "Закуплено 300 камер за 24 млн рублей, ООО «Байкал Видео».",
    "The police bought 12 drones last year and 4 more in 2024, officials said on Monday.",
    "Budget 2025: 3 000 000 EUR; 14 sites; 2 operators (no contractor named yet)",
    "Phase 2 cost £780,000, which the board described as good value.",
    "करोड़ 45 करोड़, Suraksha Tech Ltd. ने कैमरे लगाए।",
]


def _price_last() -> tuple[re.Pattern[str], int]:
    before, _, paid = ss._statements()
    return before[paid][0], paid


def test_gate_is_made_for_the_price_last_statement() -> None:
    assert statement_gates.price_last_gate() is not None


def test_gate_gives_up_on_leads_that_can_consume_anything() -> None:
    assert ReachGate.made(r"\d+.{0,5}", 0, ",") is None  # "." consumes any character
    assert ReachGate.made(r"\d+[^x]", 0, ",") is None  # a negated class other than [^\W…]
    assert ReachGate.made(r"(\d)\1", 0, ",") is None  # a back-reference
    assert ReachGate.made(r"[^\W\d_]+\d", re.IGNORECASE, ",") is not None


def test_gate_keeps_only_numbers_that_reach_a_comma() -> None:
    gate = ReachGate.made(r"\d[\d.]*(?: [^\W\d_]+)?", 0, ",")
    assert gate is not None
    text = "paid 450 dollars, Acme Ltd. then 30 units (2 sites) and 7 more"
    digits = {m.start(): 1 for m in re.finditer(r"\d", text)}
    kept = gate.starts(text, digits)
    assert text.index("450") in kept
    assert text.index("30 units") not in kept  # "(" stops the run before any comma
    assert text.index("7 more") not in kept  # the text ends first


@pytest.mark.parametrize("sentence", SENTENCES)
def test_same_suppliers_with_and_without_the_gate(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = ss.supply_statements(sentence)
    monkeypatch.setattr(statement_gates, "price_last_gate", lambda: None)
    assert ss.supply_statements(sentence) == gated


def test_price_last_supplier_still_found() -> None:
    text = "The city installed 24 plate readers on the bypass for USD 380,000, by Fewa Tech Ltd."
    spans = ss.supply_statements(text)
    assert any(text[a:b].startswith("Fewa Tech") for a, b in spans)


def test_every_match_starts_at_a_kept_position() -> None:
    pattern, _ = _price_last()
    gate = statement_gates.price_last_gate()
    assert gate is not None
    rng = random.Random(35)
    pieces = [*"0123456789,.، $€£₹\n\u00a0'‘’-:;()ाोा़ιͅ", "Rs ", "USD ", "dollars", " рублей", " करोड़", " million",
              ", by Acme Tech.", " to ", "S/ ", " ευρώ", "руб.", " tys. zł"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(3, 40))) for _ in range(1500)] + SENTENCES
    for text in texts:
        window = text[:PROSE_WINDOW]
        kept = gate.starts(window, dict.fromkeys(range(len(window)), 1))
        assert all(i in kept for i in range(len(window)) if pattern.match(window, i)), window


def test_any_of_is_cached_and_matches_any_word() -> None:
    words = ("allegedly", "reportedly", "is said to")
    assert any_of(words) is any_of(tuple(words))
    assert any_of(words).search("the force reportedly bought vans")
    assert not any_of(words).search("the force bought vans")
