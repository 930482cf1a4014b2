"""Sums of OCDS releases pasted into a notice as text: as JSON ({"value": {"amount": 2400000, "currency": "USD"}})
or flattened to dotted paths ("awards[0].value.amount: 284000000; awards[0].value.currency: KES").

Why: portals and ingest-your-own exports paste OCDS objects into a notice's text; their sums carry no currency marker
next to the number (the currency is a sibling key), so no other pass reads them. Both forms take the kind from the
object the sum sits in, as OCDS defines it: tender/planning/budget -> budget, award/contract -> award.
"""
from __future__ import annotations

import re
from decimal import Decimal

from enrich.money.numbers import tidy

#: (start, end, value, ISO currency, kind) of one sum; the span is the number alone
Sum = tuple[int, int, Decimal, str, str | None]

_JSON_VALUE = re.compile(
    r'"amount"\s*:\s*(?P<num>-?\d+(?:\.\d+)?)\s*,\s*"currency"\s*:\s*"(?P<iso>[A-Z]{3})"'
    r'|"currency"\s*:\s*"(?P<iso2>[A-Z]{3})"\s*,\s*"amount"\s*:\s*(?P<num2>-?\d+(?:\.\d+)?)'
)
_JSON_PARENT = re.compile(r'"(?P<key>tender|planning|budget|awards?|contracts?)"\s*:', re.IGNORECASE)
_PATH_AMOUNT = re.compile(r"(?<![\w.\]])(?P<path>(?P<key>awards?|contracts?|tender|planning(?:\.budget)?)"
                          r"(?:\[\d+\])?)\.(?:value|amount)\.amount\s*[:=]\s*(?P<num>\d+(?:\.\d+)?)(?![\d.,])",
                          re.IGNORECASE)
_PATH_CURRENCY = r"(?<![\w.\]]){path}\.(?:value|amount)\.currency\s*[:=]\s*(?P<iso>[A-Z]{{3}})(?![A-Za-z])"


def ocds_kind(key: str) -> str | None:
    """The kind of a sum inside the OCDS object named ``key`` (None: no object around it)."""
    if not key:
        return None
    return "budget" if key.lower().startswith(("tender", "planning", "budget")) else "award"


def json_sums(text: str, currencies: frozenset[str] | set[str]) -> list[Sum]:
    """Each {"amount": N, "currency": "ISO"} (either order) whose currency is a known ISO 4217 code, its kind from
    the nearest OCDS object opened up to 600 characters before it."""
    found = []
    for match in _JSON_VALUE.finditer(text):
        group = "num" if match.group("num") else "num2"
        iso = match.group("iso") or match.group("iso2")
        if iso not in currencies:
            continue
        parents = list(_JSON_PARENT.finditer(text, max(0, match.start() - 600), match.start()))
        kind = ocds_kind(parents[-1].group("key") if parents else "")
        found.append((*match.span(group), tidy(Decimal(match.group(group))), iso, kind))
    return found


def flat_path_sums(text: str, currencies: frozenset[str] | set[str]) -> list[Sum]:
    """Each "<object>.value.amount: N" whose sibling path names a known ISO 4217 currency."""
    found = []
    for match in _PATH_AMOUNT.finditer(text):
        sibling = re.search(_PATH_CURRENCY.format(path=re.escape(match.group("path"))), text)
        if sibling is None or sibling.group("iso") not in currencies:
            continue
        found.append((*match.span("num"), tidy(Decimal(match.group("num"))), sibling.group("iso"),
                      ocds_kind(match.group("key"))))
    return found
