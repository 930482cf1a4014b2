"""Korean companies written without a legal form, in the two frames that can only name a contractor: "…사업을 X에
9억 원에 맡겼다" (handed the project to X for 900 million won), "…를 X와 18억 원에 계약했다" (contracted it with X),
"시공사는 X이다" (the builder is X) (round 43).

Why: enrich/supply_statements.py reads Korean companies from their legal form (㈜, (주), 주식회사); news and local
government notices often leave it out ("경기데이터에 6억 원에 발주했다"), so about 9 labelled Korean supplier
names across the development sets were lost. The first frame needs the object (을/를) before the name and a price in
won between the name's particle and the verb, so a place or a body "to" which something is done is not read; the
second needs the role noun with its topic particle and the copula right after the name.
"""
from __future__ import annotations

import re

_NAME = r"[가-힣A-Za-z0-9]{2,15}?"
KOREAN_HEADLESS_RE = re.compile(
    rf"(?<=[을를] )({_NAME})(?:에|와|과)\s?\d[\d,.]*\s?(?:조|억|천만|백만|만)?\s?"
    r"(?:\d[\d,.]*\s?(?:천만|백만|만)?\s?)?원"
    r"(?:에|으로|을)?\s(?:[^.\n]{0,10}?)(?:맡겼|맡기|발주|계약|위탁|낙찰)"
    rf"|(?:시공사|수행사|공급사|공급업체|납품업체|낙찰자|계약상대자)(?:는|은)\s({_NAME})(?:이다|이며|입니다|였다|로\s|[.,])")


def korean_headless_suppliers(text: str) -> list[tuple[int, int]]:
    """Korean contractors named without a legal form in the frames of the module docstring."""
    if not re.search(r"[가-힣]", text):
        return []
    return [match.span(1) if match.group(1) else match.span(2) for match in KOREAN_HEADLESS_RE.finditer(text)]
