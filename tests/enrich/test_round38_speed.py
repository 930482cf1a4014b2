"""Round 38 (speed): the supply statements' gates read a byte a position, and a Scan's pyahocorasick automata are
pickled packed. Both must change nothing a user sees: the same positions kept, the same candidate positions found."""
from __future__ import annotations

import pickle
import random
import re

import pytest

from enrich import native_scan
from enrich.digit_gate import FEW_STARTS, DigitGate, digit_gaps
from enrich.fastscan import Scan
from enrich.reach_gate import ReachGate

_PIECES = ["US$ 4.5 million", "Rs 900 crore", ", ", "٣٤٥", "EUR", " to ", "1 250 000", "Kč", "the council",
           "\n", ".", "-", "x", "12", "€", "bought 40 cameras", "Bolan Tech Ltd", "،", "  ", "7"]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 90))) for _ in range(count)]


def _near_digit(text: str, pos: int, reach: int) -> bool:
    return any(ch.isdecimal() for ch in text[pos:pos + reach + 1])


@pytest.mark.parametrize("reach", [0, 1, 4, 7, 12])
def test_digit_gate_keeps_exactly_the_positions_near_a_digit(reach: int) -> None:
    gate = DigitGate(reach)
    for text in _texts(300, reach):
        every = dict.fromkeys(range(len(text)), 1)
        few = dict(list(every.items())[:FEW_STARTS])  # (the searched path)
        expected = {pos: 1 for pos in every if _near_digit(text, pos, reach)}
        assert gate.starts(text, every) == expected
        assert gate.starts(text, every, digit_gaps(text)) == expected
        assert gate.starts(text, few) == {pos: 1 for pos in few if pos in expected}


def test_digit_gaps_count_to_the_next_digit_and_stop_at_255() -> None:
    text = "ab1" + " " * 300 + "99"
    gaps = digit_gaps(text)
    assert list(gaps[:4]) == [2, 1, 0, 255]
    assert gaps[len(text) - 3] == 1 and gaps[len(text) - 1] == 0 and gaps[len(text)] == 255
    assert digit_gaps("") == bytearray(b"\xff")


def test_reach_gate_keeps_the_positions_whose_first_stop_is_a_comma() -> None:
    gate = ReachGate.made(r"\d[\d., ]{0,14}(?:\s?[^\W\d_]\w{0,11}){0,3}", re.IGNORECASE, ",")
    assert gate is not None
    for text in _texts(300, 38):
        every = dict.fromkeys(range(len(text)), 1)
        expected = {}
        for pos in every:
            stop = next((at for at in range(pos, len(text)) if text[at] == "," or not (
                text[at].isalnum() or text[at] == "_" or text[at].isspace() or text[at] in ".")), None)
            if stop is not None and text[stop] == ",":
                expected[pos] = 1
        assert gate.starts(text, every) == expected


def test_a_price_before_a_comma_is_kept_and_a_year_before_a_colon_dropped() -> None:
    gate = ReachGate.made(r"\d[\d., ]{0,14}(?:\s?[^\W\d_]\w{0,11}){0,3}", re.IGNORECASE, ",")
    assert gate is not None
    text = "Budget 2025: the council paid Rs 900 million, Bolan Tech."
    kept = gate.starts(text, {text.index("2025"): 1, text.index("900"): 1})
    assert kept == {text.index("900"): 1}


def _scan() -> Scan:
    return Scan([re.compile(r"(?<!\w)cameras?\b", re.IGNORECASE), re.compile("摄像机|监控"),
                 re.compile(r"(?<!\w)(?:CCTV|ANPR)"), re.compile(r"\d+ units")])


_SENTENCES = ["The council bought 40 CCTV cameras and an ANPR system: 12 units.",
              "采购人脸识别摄像机46台，视频监控平台一套。", "Nothing here at all", ""]


def test_a_loaded_scan_keeps_its_automata_packed_and_finds_the_same() -> None:
    scan = _scan()
    loaded = pickle.loads(pickle.dumps(scan))
    assert "automata" not in loaded.__dict__ and isinstance(loaded.__dict__["_automata_packed"], bytes)
    for text in _SENTENCES:
        assert loaded.find(text) == scan.find(text)
    again = pickle.loads(pickle.dumps(loaded))  # (pickled again while still packed)
    assert again.find(_SENTENCES[0]) == scan.find(_SENTENCES[0])


def test_the_pure_python_pass_unpacks_the_automata(monkeypatch: pytest.MonkeyPatch) -> None:
    scan = _scan()
    expected = [scan.find(text) for text in _SENTENCES]
    loaded = pickle.loads(pickle.dumps(scan))
    monkeypatch.setattr(native_scan, "compiled", None)
    assert [loaded.find(text) for text in _SENTENCES] == expected
    assert "automata" in loaded.__dict__ and "_automata_packed" not in loaded.__dict__
    with pytest.raises(AttributeError):
        loaded.no_such_attribute  # noqa: B018 - other missing attributes stay missing
