"""Supply statements' candidate positions narrowed to where a match can start (enrich/supply_statements.py).

Why: some statements are tried at far more positions than can hold a match, and fail slowly there: the price-last
statement at every number (`ReachGate`: its amount must reach a comma), the amount-first statements at nearly every
position (`DigitGate`: their amount reaches a digit within a few characters). The gates drop only positions where
no match can start, so the statements find the same matches. Kept apart from supply_statements.py, which is at its
size limit."""
from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import yaml

from enrich.cache import table
from enrich.digit_gate import FEW_STARTS, DigitGate, digit_gaps
from enrich.reach_gate import ReachGate

CUES_PATH = Path(__file__).parent / "data" / "supply_statements.yaml"


@table()
def price_last_gate() -> ReachGate | None:
    """Where round 33's price-last statement ("…, Rs 900 million, Bolan Tech.") can start: its amount, then a comma
    (enrich/reach_gate.py). Why: it is tried at every number and fails at almost all, ~14 µs a try."""
    data = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))
    return ReachGate.made(data["r33_parties33_price_last"]["amount"], re.IGNORECASE, ",،")


def digit_gates(patterns: Sequence[re.Pattern[str]]) -> tuple[tuple[int, DigitGate], ...]:
    """The patterns (by index) that must reach a digit within their first few characters (an amount first: "$5
    million to X"), with their gates (enrich/digit_gate.py). Why: read case-blind, their prefixes open at nearly
    every position of a notice (~1,600 tries a 2 KB one, ~1.3 ms), and a match needs a digit near its start."""
    gates = ((n, DigitGate.made(pattern)) for n, pattern in enumerate(patterns))
    return tuple((n, gate) for n, gate in gates if gate is not None)


def narrow(starts: list[dict[int, int]], window: str, unbounded: Sequence[int], paid: int,
           gates: tuple[tuple[int, DigitGate], ...]) -> None:
    """Drop from `starts` (fastscan.Scan.find of `window`, per statement) the positions where no match can start:
    the price-last statement `paid`'s by its reach gate, each of `gates`' statements by its digit gate."""
    gate = price_last_gate()
    if gate is not None and paid not in unbounded:
        starts[paid] = gate.starts(window, starts[paid])
    gaps = None
    for n, digit_gate in gates:
        if n not in unbounded and starts[n]:
            if gaps is None and len(starts[n]) > FEW_STARTS:  # (made once, read by every gate after)
                gaps = digit_gaps(window)
            starts[n] = digit_gate.starts(window, starts[n], gaps)
