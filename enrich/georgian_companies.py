"""Georgian company names written with their legal form and quotes: "შპს „მტკვარი სისტემსი“" (round 42).

Why: Georgian has no capitals, so the prose readers found no Georgian supplier, and a "მიმწოდებელი:" (supplier) field
ran on past the closing quote into the next sentence ("შპს „X“. ღირებულება") or lost the quote with the sentence's
dot. A name opened by a legal form (შპს: LLC, სს: JSC, ი/მ: sole trader) and held in quotes ends at its closing
quote; a case ending written after it with a hyphen ("შპს „X“-სთან": with X) is not part of it. A case ending written
inside the quotes ("შპს „X-სთან“") is left alone: the labels write such names either way.
"""
from __future__ import annotations

import re

GEORGIAN_COMPANY_RE = re.compile(
    r"(?:შპს|სს|ი/მ)[ \t]?[„\"“«][\u10d0-\u10ff][\u10d0-\u10ff \t.-]{0,58}(?<!თან)(?<!გან)[“\"»”]")
# a clause that supplies: a contract signed, bought from, a supplier or winner named, work handed over
_SUPPLY_RE = re.compile(r"ხელშეკრულ|შეიძინ|მიმწოდებ|გამარჯვებ|დაავალა|გადასცა|შესყიდ")


def georgian_company_end(text: str, start: int, end: int) -> int:
    """``end`` moved to the closing quote of a quoted Georgian company name opening the value ``start:end``."""
    match = GEORGIAN_COMPANY_RE.match(text, start)
    return match.end() if match and match.end() <= end + 1 else end


def georgian_suppliers(text: str) -> list[tuple[int, int]]:
    """Quoted Georgian company names in a text that says something was supplied (`_SUPPLY_RE`)."""
    if "„" not in text and '"' not in text or not _SUPPLY_RE.search(text):
        return []
    return [m.span() for m in GEORGIAN_COMPANY_RE.finditer(text)]
