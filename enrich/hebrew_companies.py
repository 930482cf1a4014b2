"""Company names written in Hebrew after "חברת" (company): "עם חברת כרמל מערכות אבטחה בע"מ", "מחברת אופק חזותי בע״מ"
(round 39).

Why: Hebrew has no capitals, so no name reader of enrich/supply_statements.py read a Hebrew supplier: about 15 labelled
names across the development sets (ac, ai, al, an, e, f, h) were lost. After the noun חברת a name runs to its legal
form בע"מ (at most six words), or without one to the first word that opens the rest of the sentence: a preposition
(על, עבור, תמורת, של, את …), a sum (בסך, בהיקף, בשווי) or an infinitive or action noun with ל- ("להתקנת",
"לתחזוקת", "לאספקת").
"""
from __future__ import annotations

import re

_LETTERS = r"[\u05d0-\u05ea][\u05d0-\u05ea'\"״׳-]*"
_FORM = r"בע[\"״]מ"
_STOP = (r"(?!(?:על|עבור|תמורת|של|את|עם|כדי|אשר|וכן|בסך|בהיקף|בשווי|בעלות|במסגרת|בעיר|בכל|ללא|לפי|כולל|לשנה)"
         r"(?![\u05d0-\u05ea]))(?!ל[\u05d0-\u05ea]{3,})")
# without its form a name has two words or more and no article opening it ("חברת החשמל": the electricity company)
HEBREW_COMPANY_RE = re.compile(
    rf"(?<=חברת )(?:{_LETTERS}(?:\s{_LETTERS}){{0,5}}?\s{_FORM}|(?!ה){_STOP}{_LETTERS}(?:\s{_STOP}{_LETTERS}){{1,3}})")
