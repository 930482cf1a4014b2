"""A notice's purchase state (r32_money32): "withdrawn" when the notice withdraws its own purchase (a tender
cancelled or failed, a contract voted down: `enrich.classify.classify_notice_state`), with the clause that says so.

Stored with the notice and exported (`purchase_state`), so that money sums leave its amounts out: a withdrawn
notice's headline is the budget it stated, not money spent."""
from __future__ import annotations

import re

from enrich.model import PurchaseState, Span

_CLAUSE_END = re.compile(r"[\n。！？；!?;]|[.](?=\s)")
_MAX = 300  # characters of clause kept either side of the words that withdraw


def withdrawn_state(text: str, at: tuple[int, int] | None) -> PurchaseState:
    """The state ``withdrawn`` quoting the clause (line or sentence) around `at`, the words that withdraw the
    purchase; no evidence when the classifier gave no position."""
    if at is None or not 0 <= at[0] <= at[1] <= len(text):
        return PurchaseState("withdrawn", None)
    lo, hi = at
    start = max(0, lo - _MAX)
    for m in _CLAUSE_END.finditer(text, start, lo):
        start = m.end()
    stop = _CLAUSE_END.search(text, hi, min(len(text), hi + _MAX))
    if stop is None:
        end = min(len(text), hi + _MAX)
    else:
        end = stop.start() if stop.group() == "\n" else stop.end()
    while start < lo and text[start].isspace():
        start += 1
    while end > hi and text[end - 1].isspace():
        end -= 1
    return PurchaseState("withdrawn", Span(start, end, text[start:end]))
