"""Companies written between a legal form's two halves in Thai ("บริษัท ล้านนา วิชั่น จำกัด") and before the Hebrew
form בע"מ after "with" or "awarded to" ("עם כרמל מערכות בע"מ", "הוענק לכרמל מערכות ביטחון בע"מ") (round 42).

Why: neither script has capitals, so only a few frames read these names: about 26 Thai and 16 Hebrew labelled supplier
names across the development sets were lost, mostly after "ว่าจ้าง" (hired), "ผู้รับจ้างคือ" (the contractor is),
"ผู้ชนะ" (the winner), or after "חתמה עם" (signed with), "התקשרה עם" (contracted with), "הוענק ל" (awarded to). A Thai
name runs from บริษัท (company) to its closing จำกัด (limited), a public company's (มหาชน) kept; a Hebrew name is one
to five words closed by בע"מ after עם (with), הוענק ל- (awarded to) or חברת (company). Either is read as a
supplier only where the words just before it, or its sentence, speak of hiring, a contract, a winner or a purchase.
"""
from __future__ import annotations

import re

_THAI = r"[\u0E01-\u0E4E]"
THAI_COMPANY_RE = re.compile(rf"บริษัท[ \t]?{_THAI}[{_THAI[1:-1]} \t]{{0,60}}?[ \t]?จำกัด(?:[ \t]?\(มหาชน\))?")
_THAI_SUPPLY_RE = re.compile(r"จ้าง|ผู้ชนะ|สัญญา|จัดซื้อ|ได้แก่|ซื้อ|ผู้ขาย|คู่สัญญา")
_HE_LETTERS = r"[\u05d0-\u05ea][\u05d0-\u05ea'\"״׳-]*"
HEBREW_FORM_RE = re.compile(
    rf"(?:(?<=עם )|(?<=הוענק ל)|(?<=הוענקה ל)|(?<=חברת ))(?!חברת ){_HE_LETTERS}(?:\s{_HE_LETTERS}){{0,4}}?\sבע[\"״]מ")
_HEBREW_SUPPLY_RE = re.compile(r"חתמ|תקשר|חוזה|הסכם|הוענק|רכש|זכ|בחר|ספק|מכרז")
_CLAUSE_END = re.compile(r"[.\n;](?:\s|$)")


def _sentence(text: str, start: int, end: int) -> str:
    before = [m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 200), start)]
    after = _CLAUSE_END.search(text, end)
    return text[before[-1] if before else max(0, start - 200):after.start() if after else end + 200]


def thai_hebrew_suppliers(text: str) -> list[tuple[int, int]]:
    """Thai and Hebrew company names in a sentence that hires, contracts or buys (see the module docstring)."""
    found = []
    if "บริษัท" in text:
        for match in THAI_COMPANY_RE.finditer(text):
            if _THAI_SUPPLY_RE.search(text, max(0, match.start() - 40), match.start()):
                found.append(match.span())
    if "בע" in text:
        for match in HEBREW_FORM_RE.finditer(text):
            if _HEBREW_SUPPLY_RE.search(_sentence(text, *match.span())):
                found.append(match.span())
    return found
