"""The supplier's role noun right before its name, without the colon of a field (round 37b, set am):
"…，供应商X有限公司，金额…", "供应商为X有限公司", "受注者は X株式会社", "시공사 X㈜", "…, fornecedor X Lda., valor …",
"Lieferant X GmbH, 290.000 Euro", "titulaire X SARL", "поставщик ООО «X»", "по meio da revendedora X Ltda.".

Why a module of its own: enrich/supply_statements.py reads these as more of its statements (the name must have a
company's shape there), but the role nouns also open sentences that name no company ("供应商须为…的有限公司",
"fornecedor de câmeras"), so each family is gated on the shape of the name's end: a Chinese, Japanese or Korean
company head, or a legal form in Latin and Cyrillic script. Cues: `r37b_suppliers_role_nouns` of
enrich/data/supply_statements.yaml. The statements are appended after its round-33 company nouns.
"""
from __future__ import annotations

import re
from typing import Any

# a Chinese or Japanese name closes with a full company head (not 公司 alone: "注册的公司"; not 集团, which the
# name's lazy reading would cut from "…集团有限公司")
_CJK_END = re.compile(r"(?:(?<=有限公司)|(?<=有限責任公司)|(?<=有限责任公司)|(?<=株式会社)|(?<=有限会社)"
                      r"|(?<=合同会社))")


def role_noun_statements(data: dict[str, Any]) -> tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]:
    """The statements (cue, gate on the name's end) in the order `role_nouns_legal` counts them."""
    cues = data["r37b_suppliers_role_nouns"]
    cjk = tuple((re.compile(cue), _CJK_END if n < 2 else None) for n, cue in enumerate(cues["cjk"]))
    latin = tuple((re.compile(r"(?<!\w)" + cue, re.IGNORECASE), None) for cue in cues["latin"])
    return cjk + latin


def role_nouns_legal(data: dict[str, Any]) -> frozenset[int]:
    """Indices, among enrich/supply_statements.py's statements, of the Latin and Cyrillic role nouns, whose name
    must close with a legal form: they follow `before`, the round-33 price-last statement, company words and nouns."""
    cues = data["r37b_suppliers_role_nouns"]
    first = (len(data["before"]) + 1 + len(data["r33_parties33_company_word"])
             + len(data["r33_parties33_company_noun"]) + len(cues["cjk"]))
    return frozenset(range(first, first + len(cues["latin"])))
