"""A body whose own records show a purchase (r38b_buyers); enrich/lede_subjects.py asks.

Why: "BATON ROUGE, La. — East Baton Rouge Parish Sheriff's Office records show the purchase of a cell-site simulator
…", "Sindh Police records show it paid …": the body's name runs straight into a document noun in lower case, which
the lede reader took for the end of a name that never reached its verb, so the notice named no buyer. The body is
the buyer when its records, documents, filings, invoices or minutes show, reveal, list or confirm a purchase in the
same sentence; records that show anything else (crime figures, camera counts) name none.
"""
from __future__ import annotations

import re

_RECORDS = frozenset("records documents filings invoices minutes".split())
_SHOW = frozenset("show shows showed reveal reveals revealed list lists listed confirm confirms confirmed".split())
_PURCHASE = re.compile(r"\b(?:purchas\w*|bought|paid|acquir\w*|contract\w*|ordered|spent|procure\w*)\b")
_SENTENCE_END = re.compile(r"[.;!?\n]")


def records_show_purchase(window: str, tokens: list[re.Match[str]], i: int) -> bool:
    """Whether token ``i`` is a document noun the name before it owns, followed by a verb that shows a purchase
    within its sentence: "X records show the purchase of …"."""
    if i < 1 or i + 1 >= len(tokens) or tokens[i].group(0) not in _RECORDS or tokens[i + 1].group(0) not in _SHOW:
        return False
    rest = window[tokens[i + 1].end():tokens[i + 1].end() + 160]
    stop = _SENTENCE_END.search(rest)
    return bool(_PURCHASE.search(rest[:stop.start()] if stop else rest))


def owner_end(tokens: list[re.Match[str]], i: int) -> int:
    """End of the owner's name before the document noun at ``i``, without a possessive ending."""
    last = tokens[i - 1]
    ending = re.search(r"['’]s?$", last.group(0))
    return last.end() - (len(ending.group(0)) if ending else 0)
