"""The one cancellation reader: does a notice cancel, void, suspend, withdraw or declare failed or deserted a tender?

Why (round 40, r40_money): two readings of the same words had grown apart. `classify_notice_state` reads a notice as
"withdrawn" from its own cue words (taxonomy_cues.yaml `withdraws`: rejects, denies, bans, cancels …), and the buyer
and budget rules then asked `cancelled_tenders.cancels_tender` whether that withdrawal cancels a tender; round 39b
added `money/void_tenders.py` with its own list of cancelling words for the cancellations the classifier reads as
"negated" or plain ("declara desierto el procedimiento …", "har aflyst udbuddet af tv-overvågning", "rejected all
bids"), and its own tender nouns beside the first list's. Two lists of the same words drift: here is one list of
tender nouns, one of cancelling words (the union of both modules' words and of the cancellation words of the
classifier's `withdraws` cues, in every language they had), one of denials, and one of postponements, read by
both `cancels_tender` (a notice the classifier withdrew) and `voids_tender` (any notice's headline and lede).

The rules they serve (tests/eval/README.md): "Budgets of failed tenders" (1) - a notice that cancels, voids,
suspends or withdraws a tender, or declares it failed or deserted, states no amount even when it restates the
budget, and names the body whose tender it was as its buyer; a postponed deadline or an amended tender that goes on
keeps its budget - and "rejected proposals" (4), read by `money.refused_sums` (a council's refusal is no tender's
cancellation: a plan, proposal, pilot, contract or ban voted down names no tender here and keeps its reading).
A cancellation counts only where the clause around its words names a tender or procurement that no negation
precedes ("no tender follows" names none); not a denial ("police deny the tender was cancelled"), an audit, a
report or a ban (`cancels_tender`), and not an earlier tender's fate told by a notice that bought (`voids_tender`).
"""
from __future__ import annotations

import re

from enrich.cancelling_words import UNSPACED, WORD_STARTS, WORDS, alternation
from enrich.money.spent import states_acquisition
from enrich.text import fold

# Tender and procurement nouns, folded (lower case, accents stripped, Chinese simplified). A plan, a proposal, a
# pilot, a contract or a project is no tender: a council that votes one down cancels no tender.
_TENDER = re.compile(
    r"(?<![^\W\d_])(?:tenders?|rf[pqt]s?|itbs?|requests? for (?:proposals?|quotations?|quotes|tenders?|bids)"
    r"|invitations? to (?:tender|bid)|bids|bidding|procurements?|solicitations?|purchases?|acquisitions?"
    # es, pt, fr, it, ro, de, nl, Nordic
    r"|licitac\w*|licitat\w*|concurso|proceso de (?:licitacion|contratacion|compra)|compras?|adquisicion\w*|pregao"
    r"|edital|aquisicao|processo licitatorio|procedimientos? de (?:contratacion|seleccion)|appels? d['’]offres|marches?"
    # r42b_money: a call for tenders as Paraguay's and Uruguay's buyers name it ("canceló el llamado de cámaras"; not
    # "un sistema llamado X": after an article only), and Spanish "convocatoria"
    r"|(?<=el )llamado|(?<=los )llamados|(?<=un )llamado|convocatorias?"
    r"|achats?|procedures? de passation|gara|bando|appalt\w*|acquist\w*|procedura di (?:gara|appalto)"
    r"|achizit\w*|ausschreibung\w*|vergabe\w*|beschaffung\w*|aanbesteding\w*|upphandl\w*|udbud\w*|anbud\w*"
    # pl, cs, sk, hu, sr/hr/bs, lt, lv, el, tr, ru, uk, bg, id/ms
    r"|przetarg\w*|zamowien\w*|zakazk\w*|kozbeszerzes\w*|beszerzes\w*|nabavk\w*|набавк\w*|tender\w*|pirkim\w*"
    r"|iepirkum\w*|διαγωνισμ\w*|προμηθει\w*|ihale\w*|satin ?alma\w*|тендер\w*|закупк\w*|закупiвл\w*|закупівл\w*"
    r"|аукцион\w*|конкурс\w*|поръчк\w*|търг\w*|pengadaan|lelang|perolehan|postepowani\w*|hange\w*|zabuni"
    r"|goi thau|dau thau|сатып ал\w*|sutaz\w{0,3}|soutez\w{0,3}"
    # a tender's procedure, named alone ("annule la procédure", "the procedure was discontinued", "Verfahren
    # aufgehoben"; r37_buyers)
    r"|procedures?|procedura|procedimiento|procedimento|verfahren)(?![^\W\d_])"
    # zh (folded to simplified), ja, ko, ar, fa, ur, he, hi, ka, th (no word spaces)
    r"|采购|招标|投标|比选|磋商|询价|废标|流标|标段|入札|調達|调达|입찰|유찰|구매|조달|مناقص|خرید|شراء|اقتناء|ٹینڈر|טנדר|מכרז"
    r"|निविदा|टेंडर|შესყიდვ|ტენდერ|ประกวดราคา|สอบราคา|จัดซื้อ"
    # a tender that ended without an award ("The procedure was discontinued; no contract was awarded")
    r"|(?<![^\W\d_])(?:no (?:contract|award) (?:was|has been|will be|is|were) (?:awarded|made)|not awarded|no award)"
    r"(?![^\W\d_])")
# A tender noun right after a negation names no tender: "no tender follows", "sin licitación", "aucun marché"
_NO_BEFORE = re.compile(r"(?<![^\W\d_])(?:(?:no|not|never|without)\s+(?:[^\W\d_]+\s+){0,3}|(?:sin|sem|sans|aucun\w*"
                        r"|ningun\w*|nenhum\w*|kein\w*|senza|нет|без)\s+(?:[^\W\d_]+\s+)?|(?:无|未|没有)\s*)$")

# Cancelling words, folded; each Latin, Cyrillic or Greek one must start and end a word. The words the classifier's
# headline `withdraws` cues read too are in `enrich.cancelling_words` (one list for both: r41_money); here, beside
# them, the words only this reader needs: the phrases that say a tender ended without an award ("declared void",
# "rejected all bids", "received no bids", "called off") and the endings the classifier does not list (it reads a
# headline's own withdrawal, where these have not been met; "revogados", "zrušený", "поништено"). Not the
# classifier's denials, refusals, bans or postponements, which cancel no tender.
CANCELLING = re.compile(
    r"(?<![^\W\d_])(?:" + alternation(WORDS + WORD_STARTS) + "|"
    # en
    r"rescind(?:s|ed)?|discontinued|called off"
    r"|declared (?:void|failed|unsuccessful|deserted|null)|rejected all (?:bids|offers|proposals|tenders|quotations)"
    r"|(?:received|attracted|drew) no (?:bids|offers|tenders|proposals|responses)|no (?:bids|offers|tenders) (?:were )?"
    r"received|paused"
    # r42_money: a tender named failed ("Failed tender: cameras for Gwalior", "the tender for … cameras failed, Rs 4
    # crore budget"; not "failed to deliver"), and one put an end to ("a mis fin à l'appel d'offres", "puso fin a la
    # licitación", "pôs fim ao pregão")
    r"|(?:failed|unsuccessful|abortive) (?:tenders?|bids|bidding|procurements?|auctions?)"
    r"|(?<=tender )(?:[^\W\d_]+ ){0,4}?failed(?! to)|(?:a|ont|avait) mis fin a|met(?:tent)? fin a|puso fin a"
    r"|pos fim a"
    # es, pt, gl, it, ro
    r"|declar\w{0,4} (?:desiert|infructuos|fracasad|sin efecto|deserta|nul)\w{0,3}|infructuos[oa]s?"
    r"|fracassad[oa]s?|revogad[oa]s|cancelad[oa]s|cancelou|suspendid[oa]s?|dejo sin efecto"
    r"|annullat[oaie]|annulla(?:ta|to|mento)?|revocat[oaie]|gara deserta|anulati|anularea"
    # fr, de
    r"|annule(?:es|s)|infructueu(?:x|se)|aufhebung"
    # sk, cs, pl, hu, Nordic, fi, et, lt, lv, el
    r"|zrusen\w{0,3}|uniewaznion\w{0,3}|uniewaznil\w{0,2}|uniewaznienie|anulowan\w{0,3}"
    r"|visszavon\w{0,4}|eredmenytelen\w{0,4}|aflys\w{0,4}|avlys\w{0,4}|annuller\w{0,4}|avbrut\w{0,2}"
    r"|keskeytetty|keskeytettiin|tuhistat\w{0,3}|atsauk\w{0,5}|atcelt\w{0,3}|ακυρ\w{0,6}"
    # sr/hr/bs, ru, uk, bg, uz, kk
    r"|ponist\w{0,5}|поништ\w{0,5}|obustav\w{0,5}|обустав\w{0,4}|отмен\w{0,4}|аннулир\w{0,5}|несостоявш\w{0,4}"
    r"|не состоял\w{0,3}|скасова\w{0,4}|скасув\w{0,5}|прекрат\w{0,5}|bekor qilin\w{0,4}|күшін жой\w{0,4}"
    r")(?![^\W\d_])"
    # th, ar, fa/ur, he, hi, bn, ka, hy, am, zh, ja, ko (no word spaces, or glued particles)
    r"|" + alternation(UNSPACED) +
    r"|الغاء|إلغاء|ألغ|ملغا?ة|ملغى|מבטל"
    r"|流标|废标|终止(?:采购|招标|公告)|(?:采购|招标|项目)(?:已)?终止|作废"
    # r41_money: a tender or project named cancelled at its clause's end ("…视频监控采购取消（参数争议）",
    # "…项目已撤销。"); not "项目取消了人脸识别功能" (a feature dropped, the purchase goes on)
    r"|(?:采购|招标|项目)(?:已经?|已被|被)?(?:取消|撤销)(?=\s*(?:[（(，,。；;：:\n]|公告|$))")
# A cancelling word denied: no tender was cancelled ("police deny the tender was cancelled", "desmiente")
_DENIED = re.compile(
    r"den(?:y|ies|ied|ials?)(?![^\W\d_])|not true|nieg|nega(?![^\W\d_])|negou|desmien|desment|dement|smenti"
    r"|опроверг|спросту|спростов|yalanla|bantah|ontken|kiistaa|διαψε|poprel|popira|cafol|dezmint|təkzib|tekzib"
    r"|否认|辟谣|谣言|不实|误读|误传|澄清|부인|تکذیب|تنفي|ينفي|نفت|نفى|इनकार|অস্বীকার|zaprzecza|kanusha|itinanggi")
# Withdrawing words that deny, audit or report rather than cancel, or ban: no tender is cancelled
_NOT_CANCELLED = re.compile(
    _DENIED.pattern + r"|dismiss|false|audit|审计|report|informe|rapport|bericht|relazione|relatorio"
    # a ban or a moratorium forbids future purchases: it cancels no tender
    r"|(?<![^\W\d_])(?:bans?|banned|prohibit\w*|moratorium|verbiet\w*|verbot|yasakla\w*|запрет\w*)(?![^\W\d_])")
# An earlier tender's fate told by a notice that runs it again ("第一次招标因投标人不足三家流标。本次采购预算",
# "原第一次公告流標", "after the first call was cancelled", "tras declararse desierta la primera convocatoria"):
# read in the 40 characters of the clause before the cancelling words
_EARLIER = re.compile(
    r"原(?=第|公告|招标|採購|采购公告)|第一次|首次|上次|前次|上一次|前回|最初"
    r"|(?<![^\W\d_])(?:earlier|previous\w*|prior|first|initial\w*|original\w*|anterior\w*|primer[oa]?|primeir[oa]"
    r"|precedent\w*|premier\w*|erste\w*|vorherig\w*|fruher\w*|ursprunglich\w*|prim[oa]|eerdere|vorige|tidligere"
    r"|forrige|poprzedni\w*|wczesniejsz\w*|предыдущ\w*|прежн\w*|первы\w*)(?![^\W\d_])")
_EARLIER_REACH = 40
# A cancellation named as what came before this notice's tender ("…项目废标后重新招标公告", "流标后再次采购")
_AFTERWARDS = re.compile(r"\s*(?:后|後|之后)(?:重新|再次|第二次|二次)?")
# A withdrawal that is a postponement, not a cancellation: the tender goes on
_POSTPONED = re.compile(r"(?<![^\W\d_])(?:postpon\w*|defer\w*|adiad\w*|adiamento|aplaz\w*|pospuest\w*|report[ee]e?s?"
                        r"|verschoben|rinviat\w*|prorrog\w*)(?![^\W\d_])")
# The withdrawing words as a Chinese procurement notice's own label: the notice is the tender's cancellation
_NOTICE_LABEL = re.compile(r"(?:公告|公示|废标|流标|终止)")
_CLAUSE_END = re.compile(r"[\n。！？；!?;]|[.](?=\s)")
_REACH = 300  # characters of the withdrawing clause read either side of its words
_CLAUSE_BREAK = re.compile(r"[!?。；;:\n]|[.](?!\d)")  # not a decimal point ("(USD 1.4 million) was declared deserted")
# Characters before and after cancelling words in the lede in which the tender must be named: a passive names it
# first ("La procédure relative à … (montant estimé …) est déclarée sans suite"), an active verb right after
_NEAR_BEFORE, _NEAR = 120, 40
_BODY_SENTENCE = re.compile(r"[.!?。](?=\s)|。|\n")
_SHORT_LINE = 40  # a first body sentence this short is a heading ("Ville de Nîmes."): the next one is read too
_LEAD_MAX = 500  # characters of the body at most (a text without sentence marks: Thai)


def cancels_tender(text: str, at: tuple[int, int] | None) -> bool:
    """Does the withdrawn notice `text` cancel a tender: do its headline, the clause around the withdrawing words
    `at` (or, when they are in the headline, the body's first sentence) name a tender or say that nothing was
    awarded, or are the words a Chinese notice's own label (…终止公告, …（废标）); and are they no denial, audit,
    report or ban?"""
    head_end = text.find("\n")
    head_end = len(text) if head_end == -1 else head_end
    if at is not None and not 0 <= at[0] <= at[1] <= len(text):
        at = None
    if at is not None:
        words = fold(text[at[0]:at[1]])
        if _NOT_CANCELLED.search(words):
            return False
        if at[1] <= head_end and _NOTICE_LABEL.search(words):
            return True  # "…项目终止公告", "…采购（流标）": the notice is the tender's own cancellation
    spans = [(0, head_end), _clause(text, at[0], at[1]) if at is not None and at[0] > head_end
             else _clause(text, head_end + 1, head_end + 1)]
    return any(names_tender(fold(text[lo:hi])) for lo, hi in spans)


def voids_tender(text: str) -> bool:
    """Does `text` (title, newline, body) cancel, void, suspend or declare failed or deserted a tender in its
    headline or its body's first sentence (what `classify_notice_state` may have read as "negated" or plain)?"""
    end = _lead_end(text)
    folded = fold(text[:end])
    head_end = text.find("\n")
    head_end = len(text) if head_end == -1 else head_end
    for m in CANCELLING.finditer(folded):
        if _bought_first(text, head_end, m.start()):
            continue  # "Kisumu County bought 80 cameras for KSh 60 million after an earlier tender was cancelled"
        start = _lede_clause_start(folded, m.start())
        if _EARLIER.search(folded, max(start, m.start() - _EARLIER_REACH), m.start()):
            continue  # "第一次招标因投标人不足三家流标。本次采购预算 …": this notice runs the tender again
        if _AFTERWARDS.match(folded, m.end()):
            continue  # "…采购项目废标后重新招标公告": this notice is the tender run again
        window = folded[start:_lede_clause_end(folded, m.end())]
        if names_tender(window) and not _DENIED.search(window):
            return True
    return False


def postpones(text: str, at: tuple[int, int] | None) -> bool:
    """Are the withdrawing words `at` a postponement ("adiamento do pregão", "tender postponed to 15 March")?"""
    if at is None or not 0 <= at[0] <= at[1] <= len(text):
        return False
    return _POSTPONED.search(fold(text[at[0]:at[1]])) is not None


def names_tender(folded: str) -> bool:
    """Does the folded text name a tender or procurement that no negation precedes ("cancelled the tender"; not
    "no tender follows")?"""
    for m in _TENDER.finditer(folded):
        if _NO_BEFORE.search(folded, max(0, m.start() - 30), m.start()) is None:
            return True
    return False


def _clause(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The sentence or line around [lo, hi), at most `_REACH` characters either side."""
    start = max(0, lo - _REACH)
    for m in _CLAUSE_END.finditer(text, start, lo):
        start = m.end()
    stop = _CLAUSE_END.search(text, hi, min(len(text), hi + _REACH))
    return start, stop.start() if stop is not None else min(len(text), hi + _REACH)


def _bought_first(text: str, head_end: int, at: int) -> bool:
    """Does the notice say it bought before the cancelling words at `at`: in their own sentence, or in the headline
    when they stand in the body ("Kisumu buys CCTV")? The cancellation is then another, earlier tender's."""
    sentence_start = max((m.end() for m in _BODY_SENTENCE.finditer(text, 0, at)), default=0)
    if states_acquisition(text[sentence_start:at]):
        return True
    return at > head_end and states_acquisition(text[:head_end])


def _lede_clause_start(folded: str, at: int) -> int:
    start = max(0, at - _NEAR_BEFORE)
    for m in _CLAUSE_BREAK.finditer(folded, start, at):
        start = m.end()
    return start


def _lede_clause_end(folded: str, at: int) -> int:
    stop = _CLAUSE_BREAK.search(folded, at, min(len(folded), at + _NEAR))
    return stop.start() if stop is not None else min(len(folded), at + _NEAR)


def _lead_end(text: str) -> int:
    """Where the headline (the first line) and the body's first sentence end."""
    head_end = text.find("\n")
    if head_end == -1:
        return min(len(text), _LEAD_MAX)
    stop = _BODY_SENTENCE.search(text, head_end + 1)
    if stop is not None and stop.end() - head_end < _SHORT_LINE:  # "Ville de Nîmes.": a heading, read the next too
        stop = _BODY_SENTENCE.search(text, stop.end())
    return min(stop.end() if stop is not None else len(text), head_end + 1 + _LEAD_MAX)
