"""A company named as the winner of a tender, contract or bid in an English sentence of its own (round 37b):
"Capital Vision Ltd won the tender.", "Blue Mountain Integrators Ltd won the contract.", "Ontario Command Systems
Inc. won the $2.1-million contract".

Why: the award wordings (enrich/prose_suppliers.py) and supply statements (enrich/supply_statements.py) read the
verb before the name ("awarded to X"); a news item often closes with the winner as the subject, so the supplier was
never named (counted on 9 development sets). The name must close with a legal form, which keeps out the council,
the police and people ("The council won the bid for funding" names no company). Returns (start, end) spans.
"""
from __future__ import annotations

import re

from enrich.legal_forms import ends_with_legal_form

_WON_RE = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:won|wins|secured|bagged|landed)\s+(?:the|a|an)\s(?:(?:[^.;:\n]|\.(?=\d)){0,40}?\s)?"
    r"(?:tender|contract|bid|deal|award|job|order|lot)s?\b")
# capitalised words (and the words a company name holds between them) closing right before the verb
_NAME_BEFORE_RE = re.compile(
    r"(?:[A-Z0-9][\w&’'.-]*|\([A-Z][\w.]*\))(?:[ \t]+(?:[A-Z0-9(][\w&’'.()-]*|&|of|and|de|du|la))*$")
_ARTICLE_RE = re.compile(r"(?:The|A)\s+")


def tender_winners(window: str) -> list[tuple[int, int]]:
    """Spans of companies that won a tender, contract or bid, named right before the verb."""
    if " won " not in window and " wins " not in window and "secured" not in window and "landed" not in window \
            and "bagged" not in window:
        return []
    spans = []
    for match in _WON_RE.finditer(window):
        lo = max(0, match.start() - 120)
        name = _NAME_BEFORE_RE.search(window, lo, match.start())
        if not name:
            continue
        start = name.start()
        article = _ARTICLE_RE.match(window, start)
        start = article.end() if article else start
        text = window[start:match.start()]
        if " " in text and ends_with_legal_form(text):
            spans.append((start, match.start()))
    return spans
