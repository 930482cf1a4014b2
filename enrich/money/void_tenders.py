"""A notice whose headline or first sentence cancels, voids, suspends or declares failed or deserted a tender states
no amount, even when the classifier read it as naming surveillance only to negate it, or not as withdrawn at all
(r39b_money).

Why: tests/eval/README.md, "Budgets of failed tenders …" (1): such a notice has `amount: null` even when it restates
the budget or the offers - nothing is bought and the tender is usually re-run, so its budget would be counted twice.
`enrich` applied that rule only to notices `classify_notice_state` calls "withdrawn"; a cancellation that names no
surveillance technology it buys ("declara desierto el procedimiento …", "har aflyst udbuddet af tv-overvågning",
"поништава набавку камера", "ยกเลิกการประกวดราคา", "rejected all bids") came out "negated" or plain, and its budget
headlined as if spent (set ao: 10 such notices). A cancellation counts only where the clause around its words names
a tender or procurement (`cancelled_tenders.cancels_tender`), so a ban, a plan voted down or a denial keeps its
reading; a postponed deadline or an amended tender is no cancellation (no cue here reads one), and a notice that says it
bought before the cancelling words (in their sentence, or in its headline) reports an earlier tender's fate.
"""
from __future__ import annotations

import re

from enrich.cancelled_tenders import names_tender
from enrich.money.spent import states_acquisition
from enrich.text import fold

# Cancelling words, folded (lower case, accents stripped); each must start a word.
_VOIDING = re.compile(
    r"(?<![^\W\d_])(?:"
    # en
    r"cancel(?:s|led|ed|ling|lation)?|annul(?:s|led|ment|ation)?|voided|rescind(?:s|ed)?|scrapped"
    r"|declared (?:void|failed|unsuccessful|deserted|null)|rejected all (?:bids|offers|proposals|tenders|quotations)"
    r"|(?:received|attracted|drew) no (?:bids|offers|tenders|proposals|responses)|no (?:bids|offers|tenders) (?:were )?"
    r"received|paused|suspend(?:s|ed)"
    # es, pt, it
    r"|declar\w{0,4} (?:desiert|infructuos|fracasad|sin efecto|deserta|nul)\w{0,3}|desiert[oa]s?|infructuos[oa]s?"
    r"|fracassad[oa]s?|revogad[oa]s?|anulad[oa]s?|anula|anulo|cancelad[oa]s?|cancela|cancelou|suspendid[oa]s?"
    r"|annullat[oaie]|revocat[oaie]|gara deserta"
    # fr, de, nl
    r"|sans suite|infructueu(?:x|se)|annule(?:e|es|s)?|aufgehoben|aufhebung|storniert|ingetrokken|geannuleerd"
    # sk, cs, pl, hu, Nordic, sr/hr/bs, ru, uk, bg, tr, id
    r"|zrusil[oai]?|zrusen\w{0,3}|uniewaznion\w{0,3}|uniewaznil\w{0,2}|visszavon\w{0,4}|eredmenytelen\w{0,4}"
    r"|aflys\w{0,4}|avlys\w{0,4}|annuller\w{0,4}|avbrut\w{0,2}|ponist\w{0,5}|поништ\w{0,5}|обустав\w{0,4}"
    r"|отмен\w{0,4}|аннулир\w{0,5}|несостоявш\w{0,4}|скасова\w{0,4}|прекрат\w{0,5}|iptal|dibatalkan|batal)"
    r"(?![^\W\d_])"
    # th, ar (no word spaces, or glued particles)
    r"|ยกเลิก|الغاء|إلغاء|ألغ")

# A withdrawal that is a postponement, not a cancellation: the tender goes on
_POSTPONED = re.compile(r"(?<![^\W\d_])(?:postpon\w*|defer\w*|adiad\w*|adiamento|aplaz\w*|pospuest\w*|report[ee]e?s?"
                        r"|verschoben|rinviat\w*|prorrog\w*)(?![^\W\d_])")
# Tender nouns `cancelled_tenders` does not know: Thai, Slovak and Czech
_MORE_TENDERS = re.compile(r"ประกวดราคา|สอบราคา|จัดซื้อ|(?<![^\W\d_])(?:sutaz\w{0,3}|soutez\w{0,3})(?![^\W\d_])")
_CLAUSE_BREAK = re.compile(r"[.!?。；;:\n]")
# Characters before and after the cancelling words in which the tender must be named: a passive names it first
# ("La procédure relative à … (montant estimé …) est déclarée sans suite"), an active verb right after ("cancels RFP")
_NEAR_BEFORE, _NEAR = 120, 40
_BODY_SENTENCE = re.compile(r"[.!?。](?=\s)|。|\n")
_SHORT_LINE = 40  # a first body sentence this short is a heading ("Ville de Nîmes."): the next one is read too
_LEAD_MAX = 500  # characters of the body at most (a text without sentence marks: Thai)


def voids_tender(text: str) -> bool:
    """Does `text` (title, newline, body) cancel, void, suspend or declare failed or deserted a tender in its
    headline or its body's first sentence?"""
    end = _lead_end(text)
    folded = fold(text[:end])
    head_end = text.find("\n")
    head_end = len(text) if head_end == -1 else head_end
    for m in _VOIDING.finditer(folded):
        if _bought_first(text, head_end, m.start()):
            continue  # "Kisumu County bought 80 cameras for KSh 60 million after an earlier tender was cancelled"
        window = folded[_clause_start(folded, m.start()):_clause_end(folded, m.end())]
        if names_tender(window) or _MORE_TENDERS.search(window):
            return True
    return False


def _bought_first(text: str, head_end: int, at: int) -> bool:
    """Does the notice say it bought before the cancelling words at `at`: in their own sentence, or in the headline
    when they stand in the body ("Kisumu buys CCTV")? The cancellation is then another, earlier tender's."""
    sentence_start = max((m.end() for m in _BODY_SENTENCE.finditer(text, 0, at)), default=0)
    if states_acquisition(text[sentence_start:at]):
        return True
    return at > head_end and states_acquisition(text[:head_end])


def _clause_start(folded: str, at: int) -> int:
    start = max(0, at - _NEAR_BEFORE)
    for m in _CLAUSE_BREAK.finditer(folded, start, at):
        start = m.end()
    return start


def _clause_end(folded: str, at: int) -> int:
    stop = _CLAUSE_BREAK.search(folded, at, min(len(folded), at + _NEAR))
    return stop.start() if stop is not None else min(len(folded), at + _NEAR)


def postpones(text: str, at: tuple[int, int] | None) -> bool:
    """Are the withdrawing words `at` a postponement ("adiamento do pregão", "tender postponed to 15 March")?"""
    if at is None or not 0 <= at[0] <= at[1] <= len(text):
        return False
    return _POSTPONED.search(fold(text[at[0]:at[1]])) is not None


def _lead_end(text: str) -> int:
    """Where the headline (the first line) and the body's first sentence end."""
    head_end = text.find("\n")
    if head_end == -1:
        return min(len(text), _LEAD_MAX)
    stop = _BODY_SENTENCE.search(text, head_end + 1)
    if stop is not None and stop.end() - head_end < _SHORT_LINE:  # "Ville de Nîmes.": a heading, read the next too
        stop = _BODY_SENTENCE.search(text, stop.end())
    return min(stop.end() if stop is not None else len(text), head_end + 1 + _LEAD_MAX)
