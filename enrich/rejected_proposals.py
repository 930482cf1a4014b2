"""A proposal that a council, board, court or legislature refused names no buyer (r42_buyers; tests/eval/README.md
"Buyers of rejected proposals", 10:25).

Why: "The Millbrook City Council voted 5-2 to reject the police department's request for $240,000 to buy drones",
"El Concejo rechazó el pedido de la Secretaría de Seguridad …", "Der Gemeinderat hat den Antrag der Stadtverwaltung
abgelehnt", "市人大常委会否决了县公安局…预算", "구의회는 … 예산을 부결했다", "市議会は … 予算案を否決した": nothing is
bought, and the body that asked (or the body that refused) is only mentioned; a vendor -> buyer graph must not show a
purchase a council refused. The sentence readers take either body for the buyer, and a refusal the classifier does
not read as "withdrawn" (or one it does, whose refused sum read as a budget) kept it. The body stays the text's
place (the caller keeps it as the reported body).

What counts: the headline or the body's first sentence holds a refusing word that `enrich.money.refused_sums` reads
(rejected, vetoed, voted down, struck down, turned down, refused; rechazó, rejeitou, a refusé, abgelehnt, bocciato,
отклонила, 否决, 不予批准, 부결, 否決 …; never a rejected bid, offer, appeal, complaint or claim), and that line states
no approval or purchase of its own ("rejected the plan and instead approved ₱240 million": the body bought).
Not: a tender that the buyer itself cancels, voids or declares failed or deserted, which keeps its buyer (README
"Budgets of failed tenders"; the words of `enrich.cancelling_words`, read by `enrich.tender_cancellation`); a proposal
approved (no refusing word: its body stays the buyer) or deferred (`enrich.buyer_denials` reads it).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from enrich.model import Amount
from enrich.money.refused_sums import refused, refuses_anywhere, refuses_in
from enrich.money.spent import SPENT
from enrich.tender_cancellation import CANCELLING, voids_tender
from enrich.text import fold

_SENTENCE_END = re.compile(r"[.!?](?=\s)|[。！？\n]|다\.")
# An approval or a purchase the lead states as done, in the scripts `SPENT` does not cover; not one refused
# ("不予批准", "未获批准", "未通过"), nor "通过" alone ("通过表决否决": by a vote)
_APPROVES_CJK = re.compile(r"(?<![不未予])批准(?!书|書)|审议通过|審議通過|表决通过|表決通過|(?<![未不])获批"
                           r"|가결|승인(?:했|하였|을 받)|可決|承認し")
# A negation or a hypothetical right before an approving word: "no aprobó", "no funds were approved", "did not
# approve", "nicht genehmigt", "a resolution that would have spent $310,000"
_NEGATED = re.compile(r"(?i)(?:\bno|\bnot|n't|\bnever|\bne|\bnão|\bnicht|\bkein\w*|\bnon|\bне|\bwould[ \t]+have)"
                      r"[ \t]+(?:\S+[ \t]+){0,2}$")


# An approval told as what was refused: "vetoed the drone purchase approved by council"
_BY_AFTER = re.compile(r"[ \t]+(?:by|por|pelo|pela|par|von|da|dal|dalla)\b")


def _approves(lead: str) -> bool:
    """Does `lead` state an approval or a purchase that no negation right before it takes back?"""
    for match in SPENT.finditer(lead):
        if not _NEGATED.search(lead, max(0, match.start() - 30), match.start()) and not _BY_AFTER.match(
                lead, match.end()):
            return True
    return bool(_APPROVES_CJK.search(lead))


def _lead_end(text: str) -> int:
    """End of the body's first sentence (the headline is the text's first line)."""
    head_end = text.find("\n")
    if head_end == -1:
        return len(text)
    stop = _SENTENCE_END.search(text, head_end + 1)
    return stop.end() if stop else len(text)


def rejected_proposal(text: str, amounts: Sequence[Amount] = ()) -> bool:
    """Does `text` (headline, line break, body) report a proposal refused by the body deciding on it (see the
    module's docstring), and no tender its buyer cancelled? (A purchase refused is no tender cancelled: the
    cancelling words must say so, not the tender nouns `cancels_tender` looks for around a refusal.) `amounts`: the
    sums the text states; one whose own clause refuses nothing is a purchase ("commissioned 24 plate readers for Rs
    380 million; a SenseTime bid was rejected", "approved $210,000 for vape sensors, rejected cameras"), and then
    the body that spent it stays the buyer."""
    end = _lead_end(text)
    head_end = text.find("\n")
    folded = fold(text[:end])
    if refuses_anywhere().search(folded) is None:  # the cheap test first (literal openings): most texts end here
        return False
    lines = [(0, head_end if head_end != -1 else len(folded)), (head_end + 1 if head_end != -1 else 0, len(folded))]
    if not any(refuses_in(folded, lo, hi) for lo, hi in lines) or any(_approves(text[lo:hi]) for lo, hi in lines):
        return False
    if CANCELLING.search(folded) or voids_tender(text):
        return False
    whole = fold(text)
    return not any(a.value is not None and a.evidence is not None and not refused(text, a, whole) for a in amounts)
