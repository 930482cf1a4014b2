"""The budget a withdrawn tender states in prose, beside the sum (round 33b, r33b_money33b).

Why: a cancelled or withdrawn tender often gives its budget in apposition to the tender it names, with a budget word
no label table holds (a bare "budget" labels too many sums of running prose to be a kind cue): "la licitación de 120
cámaras (presupuestada en USD 2,4 millones)", "die Ausschreibung für Gesichtserkennung (geschätzt 1,2 Mio. Euro)",
"la gara per telecamere (importo 900.000 euro)", "採購案（預算新臺幣620萬元）", "도입 계획(예산 9억원)", "(الميزانية 6
ملايين ريال)", "原預算新臺幣9,000,000元", "pilot ($197,000 budgeted)", "software ($36,000 proposed)". The label
writers of sets ae and ag label such a sum the notice's headline, kind ``budget`` (round 32's rule for a cancelled
tender's stated budget). Read only for a notice that withdraws its purchase (`never_spent`), and only in apposition
(after a bracket or a comma, or as "original budget"): a budget the sentence says was exceeded, returned or cut
("exceeded the $3.2 million budget", "예산 8억 원은 반납", "przekroczyła budżet") is no stated budget of the tender,
and the writers of the older sets, who label no amount on a cancelled tender, wrote none in apposition.
"""
from __future__ import annotations

import re

# The budget word right before the sum, opening a bracket or a comma's apposition, or "original budget" (folded).
_BEFORE = re.compile(
    r"(?:[(（]\s*|[,，]\s*)(?:(?:the\s+)?(?:original|initial|estimated|approved)\s+)?"
    r"(?:budget(?:ed)?(?:\s+(?:at|of))?|estimated(?:\s+at)?|est\.|presupuestad[oa]s?\s+en|presupuesto(?:\s+de)?"
    r"|orçad[oa]s?\s+em|orçamento(?:\s+de)?|budgété?e?s?\s+à|budget\s+de|geschätzt(?:\s+auf)?|budget"
    r"|importo(?:\s+a\s+base\s+d['’]asta)?(?:\s+di)?|stanziamento(?:\s+di)?|budżet|rozpočet|бюджет"
    r"|预算|預算|예산|الميزانية|ميزانية|بميزانية)\s*[:：]?\s*(?:de\s+|di\s+)?$"
    r"|(?:原|原始)(?:预算|預算)(?:金额|金額)?\s*[:：]?\s*$", re.IGNORECASE)
# Or a participle right after the sum, closing its bracket: "($197,000 budgeted)", "($36,000 proposed)".
_AFTER = re.compile(r"\s*(?:budgeted|proposed|estimated|presupuestados?|orçados?|geschätzt|stanziati)\s*[)）]",
                    re.IGNORECASE)
_REACH = 40


def states_budget(text: str, start: int, end: int) -> bool:
    """Whether the sum at [start, end) of `text` is stated as the budget in apposition (see the module doc)."""
    return bool(_BEFORE.search(text, max(0, start - _REACH), start) or _AFTER.match(text, end, end + 20))
