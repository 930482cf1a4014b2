"""OCDS records flattened to "path: value" text ("awards[0].value.amount: 284000000; awards[0].value.currency: KES").

Why: portals and ingest-your-own exports write an OCDS release as one line of dotted paths instead of JSON; its sums
carry no currency marker next to the number (the currency is a sibling path), so no other pass reads them. The kind
comes from the path, as for OCDS JSON: tender/planning -> budget, awards/contracts -> award.
"""
from __future__ import annotations

import re
from decimal import Decimal

from enrich.money.numbers import tidy

_AMOUNT = re.compile(r"(?<![\w.\]])(?P<path>(?P<key>awards?|contracts?|tender|planning(?:\.budget)?)(?:\[\d+\])?)"
                     r"\.(?:value|amount)\.amount\s*[:=]\s*(?P<num>\d+(?:\.\d+)?)(?![\d.,])", re.IGNORECASE)
_CURRENCY = r"(?<![\w.\]]){path}\.(?:value|amount)\.currency\s*[:=]\s*(?P<iso>[A-Z]{{3}})(?![A-Za-z])"


def flat_path_sums(text: str, currencies: frozenset[str] | set[str]) -> list[tuple[int, int, Decimal, str, str]]:
    """(start, end, value, ISO currency, kind) of each "<object>.value.amount: N" whose sibling path names a known
    ISO 4217 currency; the span is the number alone."""
    found = []
    for match in _AMOUNT.finditer(text):
        sibling = re.search(_CURRENCY.format(path=re.escape(match.group("path"))), text)
        if sibling is None or sibling.group("iso") not in currencies:
            continue
        kind = "budget" if match.group("key").lower().startswith(("tender", "planning")) else "award"
        found.append((match.start("num"), match.end("num"), tidy(Decimal(match.group("num"))), sibling.group("iso"),
                      kind))
    return found
