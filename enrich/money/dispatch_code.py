""""911 CAD" is a computer-aided dispatch system, not 911 Canadian dollars.

Why: US and Canadian public-safety notices write their dispatch system as "CAD" right after the emergency number
("911 CAD data", "E911 CAD upgrade", "9-1-1 CAD"), which reads exactly like a sum with the Canadian dollar's ISO
code after it (sets ag, am). A figure that is an emergency number, written bare before "CAD", is never money;
"CAD 911,000" and "911 000 CAD" (grouped) still are. r39_money: nor is one written bare after it ("CAD 911
dispatch", "CAD 911 calls", sets ag, ai), where the ISO code reads as a prefix; "CAD 911 million" still is money.
"""
from __future__ import annotations

import re

_EMERGENCY_NUMBERS = frozenset({"911", "112", "999", "311"})


def dispatch_code(text: str, match: re.Match[str]) -> bool:
    """Whether a candidate sum (a match of `patterns.amount_regex`) is an emergency number before "CAD"."""
    number = match.group("num") or ""
    if match.group("pre") == "CAD" and not match.group("suf") and not match.group("mult") and not match.group("abbr"):
        return number in _EMERGENCY_NUMBERS
    if match.group("suf") != "CAD" or match.group("pre") or match.group("mult"):
        return False
    return number in _EMERGENCY_NUMBERS or (number == "1" and text[max(0, match.start() - 4):match.start()] == "9-1-")
