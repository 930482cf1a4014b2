"""Small text helpers shared by the prose readers (enrich/prose_parties.py, enrich/prose_buyers.py).

Why a module of its own: both readers cut names out of running text the same way, and prose_parties calls
prose_buyers, so the shared helper lives in a leaf both import (tests/test_layers.py forbids import cycles).
"""
from __future__ import annotations

import re

TRIM = " \t,，、。．.：:;；-–—|/\\\"'“”«»"
ABBREVIATION_END = re.compile(r"(?:\b(?:Inc|Ltd|Ltda|Co|Corp|Bros|Cia|Cía)|[A-Za-z]\.[A-Za-z]{1,3})\.$")
CLOSING_QUOTES = {"»": "«", "”": "“", '"': '"'}


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without the punctuation and spaces around a name; a final "." of an abbreviation ("Co.",
    "S.A.") and a closing quote that closes an opening one (ООО «Пример») belong to the name."""
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        if text[end - 1] == "." and ABBREVIATION_END.search(text[start:end]):
            break
        opening = CLOSING_QUOTES.get(text[end - 1])
        inside = text[start:end - 1]
        if opening and (inside.count('"') % 2 == 1 if opening == '"' else opening in inside):
            break
        end -= 1
    return start, end
