"""A negation after the cue in its own clause, and a list subject that such a negation closes.

Why: "face matching, gait matching and any estimate of race or ethnicity are expressly excluded", "El reconocimiento
facial, la lectura de matrículas y la analítica quedan excluidos", "Gesichtserkennung, Ganganalyse und
Kennzeichenerkennung sind nicht Bestandteil des Auftrags": the negation after the last item takes every item of the
list, but the list's commas end the first items' clauses, so only the items after the last comma were negated (round
30: the first item was tagged in sets ad, y and the development texts in en, es, fr, de). A list is items joined by
commas whose last item follows a connector ("and", "y", "et", "und", "、"); one comma alone ("40 cameras, facial
recognition is not included") is two clauses, not a list.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from enrich.classify.makers import RIVAL_BID, brand_before

if TYPE_CHECKING:
    from enrich.classify.negation import Document

#: A relative clause set off by commas right after a cue, up to its closing comma (no other break inside).
RELATIVE = re.compile(r"\s*,\s*(?:which|who|que|qui|cuyo|cuya|cuja|die|das|der|che|il quale|la quale"
                      r"|который|которая|которое|которые)\b[^,;:.\n]{1,80}?,")
#: Round 27: what names a cue's own make right after it ("cameras of", "câmeras da", "caméras"): a maker named there is
#: the cue's, not a vendor the negation excludes apart from it.
MAKE_OF = re.compile(r"\s*(?:(?:of|by|from|de|da|do|des|du|di|del|della|von|der|made by|от|の)\s+)*")
#: Between two items of a list subject: a comma and at most an article ("…, la lectura de matrículas").
_ITEM_COMMA = re.compile(r"\s*[,，、]\s*(?:(?:the|a|an|any|el|la|los|las|le|les|l['’]|il|lo|gli|der|die|das|den|het|de"
                         r"|o|os|as)\s*)?")
#: Between a negation and the cue it takes as its object: at most an article.
_OBJECT_GAP = re.compile(r"\s*(?:(?:the|any|all|el|la|los|las|le|les|l['’]|der|die|das|den|il|lo|gli|o|os|as)\s*)?")
#: Between two items of a list: a connector, at most an article and one word before it ("facial recognition or the
#: plates", "face recognition technology and predictive policing").
GLUE = re.compile(r"\s*(?:(?:technolog(?:y|ies)|software|systems?|modules?|functions?|functionality|features?|tools?"
                  r"|solutions?|capabilit(?:y|ies)|devices?|equipment|sensors?)\s+)?"
                  r"(?:or|and|nor|o|y|e|ou|et|oder|und|of|en|ili|i|или|и|lub|oraz|ni)\s+"
                  r"(?:(?:the|a|an|any|la|el|le|les|los|las|der|die|das|den|il|lo|gli|het|de|l['’])\s*)?"
                  # "… or the analysis of [cue]": one word naming what is done with it; round 29: "face matching, gait
                  # matching and any estimate of race or ethnicity are expressly excluded"
                  r"(?:(?:analisis|analysis|analyse|analisi|analise|lectura|reading|lecture|leitura|lettura|estimate"
                  r"|estimation|estimacion|estimativa|detection|deteccion|deteccao|inference|classification)"
                  r"(?:\s+(?:of|de|del|des|du|da|do|di))?\s+)?")
#: Round 33b (tags33b): people shut out of something by their score or list - "households with low points are excluded
#: from certain social support", "vendors … banned from the city centre", "points scheme with exclusion list" - is a
#: sanction the notice buys, not a technology it leaves out (the tender's scope, contract or lot stay negations).
_SANCTION = re.compile(
    r"\s*(?:from\s+(?:(?:the|certain|all|their|any|public|social|municipal|council|city|state|upgrade|market|cash|some)\s+)*"
    r"(?:grants?|benefits?|support|aid|assistance|social\s+services|subsid\w*|permits?|licen[cs]es?|markets?|stalls?|housing"
    r"|programs?|programmes?|city\s+cent(?:re|er)|stages?|motor\s+parks?|renewals?|queues?|welfare|jobs?|trading)"
    r"|lists?|registers?)(?![^\W\d_])")
#: ... and the list the negation word names ("lista de exclusión", "liste d'exclusion", "list of exclusions").
_SANCTION_LIST = re.compile(r"(?:lista|liste|list|listado|registro|register)\s+(?:de\s+|d['’]\s*|of\s+)?$")
_MAX_ITEMS = 6
_ITEM_REACH = 40  # how far after an item's end the next item may start


def after_negates(doc: Document, start: int, end: int, sentence_end: int, after_end: int) -> bool:
    """Does a negation after the cue [start, end), in its own clause (up to `after_end`), negate it ("facial
    recognition is not included", 人脸识别功能除外), over a relative clause set off by commas ("X, which the Minister
    had proposed, is not part of the contract"), but not a brand it names ("camera tender excludes Hikvision")?"""
    rules, folded = doc.rules, doc.folded
    after = doc.search("negation_after", rules.negation_after, end, after_end)
    if after is None and after_end < sentence_end and (relative := RELATIVE.match(folded, end, sentence_end)):
        # round 27: the negation right after the relative clause's closing comma
        after = doc.search("negation_after", rules.negation_after, relative.end(),
                           min(sentence_end, relative.end() + rules.negation_window))
        if after is not None and after.start() > relative.end() + 2:
            after = None  # the verb of the cue's own clause only, right after the closing comma
    if after is None:
        return False
    brands = rules.negation_brands
    if brands is not None and (brands.match(folded, after.end()) or brand_before(
            folded, brands, after.start(), MAKE_OF.match(folded, end).end() + 1)):  # type: ignore[union-attr]
        return False  # round 27: "カメラ調達でファーウェイ製品を除外" (cameras named by their make are excluded)
    if _SANCTION.match(folded, after.end()) or _SANCTION_LIST.search(folded, max(0, after.start() - 16), after.start()):
        return False  # round 33b: "… are excluded from certain social support", "with exclusion list"
    if RIVAL_BID.search(folded, end, after.start()):
        return False  # round 30: "… contract to Y after X's bid was disqualified": the rival's bid is excluded
    return not doc._other_cue_between(end, after.start()) and not _heads_own_object(doc, after.end())


def _heads_own_object(doc: Document, pos: int) -> bool:
    """Round 30: does another cue follow the negation ending at `pos` right away, at most an article between ("40
    cameras excluding facial recognition", "cámaras exceptuando el reconocimiento facial")? Then the negation takes
    that cue as its object, not the cue before it (the cameras are bought)."""
    starts = doc._cue_starts()
    i = bisect.bisect_left(starts, pos)
    return i < len(starts) and starts[i] - pos <= 12 and _OBJECT_GAP.fullmatch(doc.folded, pos, starts[i]) is not None


def list_subject_negated(doc: Document, end: int, sentence_end: int) -> bool:
    """Round 30: is the cue ending at `end` an item of a list ("X, Y and Z") whose last item a negation after it
    negates ("… are not included", "… quedan excluidos", "… sind nicht Bestandteil")? Only over commas and connectors
    with nothing but an article between an item and the next; the last item must follow a connector."""
    folded = doc.folded
    if not _ITEM_COMMA.match(folded, end):
        return False
    starts = doc._cue_starts()
    cursor, joined = end, False
    for _ in range(_MAX_ITEMS):
        i = bisect.bisect_left(starts, cursor)
        if i >= len(starts) or starts[i] > min(sentence_end, cursor + _ITEM_REACH):
            return False
        nxt = starts[i]
        gap = folded[cursor:nxt]
        if _ITEM_COMMA.fullmatch(gap):
            pass
        elif doc.rules.list_connector.fullmatch(gap.strip(" ,")) or _glue(gap.lstrip(" ,")):
            joined = True
        else:
            return False
        nxt_end = max(e for s, e in doc.all_cue_spans[i:bisect.bisect_right(starts, nxt)])
        if joined:
            break
        cursor = nxt_end
    else:
        return False
    if doc.folded[nxt_end:nxt_end + 3].lstrip()[:1] in (",", "，", "、"):
        return False  # the list goes on past its connector: not its last item
    soft = doc.soft_spans
    after_end = min(sentence_end, nxt_end + doc.rules.negation_window)
    soft.upto(after_end)
    k = bisect.bisect_left(soft.starts, nxt_end)
    while k < len(soft.starts) and soft.starts[k] < after_end:
        if folded[soft.starts[k]] not in ":：|\t":
            after_end = soft.starts[k]
            break
        k += 1
    return after_negates(doc, nxt, nxt_end, sentence_end, after_end)


def _glue(gap: str) -> bool:
    return GLUE.fullmatch(gap) is not None
