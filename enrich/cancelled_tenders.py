"""A withdrawn notice that cancels a tender names its buyer (r34_buyers34; tests/eval/README.md, "Buyers of
withdrawn tenders").

Why: a notice that cancels, voids, suspends or withdraws a tender, or declares it failed or deserted (废标, 流标,
终止公告, "declarada desierta", "appel d'offres déclaré sans suite", "RFP cancelled", "Ausschreibung aufgehoben"),
names the body that issued the tender like any other notice. `classify_notice_state` reads such a notice as
"withdrawn", and `enrich` used to keep its buyer only where a labelled field named it or a budget was stated: the
body of "Municipalidad de Rosario declara desierta la licitación …" or of "疏勒县公安局…本次采购作废标处理" was only
mentioned. A reporter looking for who tried to buy face recognition needs that body.

What counts: the headline, or the clause that withdraws, names the tender or procurement itself (a tender noun in
the languages the cancellation cues know: tender, RFP, licitación, pregão, appel d'offres, Ausschreibung, gara,
przetarg, тендер, закупка, ihale, مناقصة, 采购, 招标, 入札, 입찰 …), or the withdrawing words are a Chinese
procurement notice's own label (…终止公告, …废标, （流标）). Not: a plan, proposal, pilot, contract or ban voted down
(no tender: those notices keep their reading), a denial ("police deny buying IMSI catchers": no tender was
cancelled), an audit or report, or "no tender follows". The buyer kept is never an overseeing body (a court, an
audit office, a data-protection authority that stopped the tender: `enrich.oversight_buyers`) nor a vendor.
"""
from __future__ import annotations

import re

from enrich.text import fold

# Tender and procurement nouns, folded (lower case, accents stripped, Chinese simplified). A plan, a proposal, a
# pilot, a contract or a project is no tender: a council that votes one down cancels no tender.
_TENDER = re.compile(
    r"(?<![^\W\d_])(?:tenders?|rf[pqt]s?|itbs?|requests? for (?:proposals?|quotations?|quotes|tenders?|bids)"
    r"|invitations? to (?:tender|bid)|bids|bidding|procurements?|solicitations?|purchases?|acquisitions?"
    # es, pt, fr, it, ro, de, nl, Nordic
    r"|licitac\w*|licitat\w*|concurso|proceso de (?:licitacion|contratacion|compra)|compras?|adquisicion\w*|pregao"
    r"|edital|aquisicao|processo licitatorio|procedimientos? de (?:contratacion|seleccion)|appels? d['’]offres|marches?"
    r"|achats?|procedures? de passation|gara|bando|appalt\w*|acquist\w*|procedura di (?:gara|appalto)"
    r"|achizit\w*|ausschreibung\w*|vergabe\w*|beschaffung\w*|aanbesteding\w*|upphandl\w*|udbud\w*|anbud\w*"
    # pl, cs, sk, hu, sr/hr/bs, lt, lv, el, tr, ru, uk, bg, id/ms
    r"|przetarg\w*|zamowien\w*|zakazk\w*|kozbeszerzes\w*|beszerzes\w*|nabavk\w*|набавк\w*|tender\w*|pirkim\w*"
    r"|iepirkum\w*|διαγωνισμ\w*|προμηθει\w*|ihale\w*|satin ?alma\w*|тендер\w*|закупк\w*|закупiвл\w*|закупівл\w*"
    r"|аукцион\w*|конкурс\w*|поръчк\w*|търг\w*|pengadaan|lelang|perolehan|postepowani\w*|hange\w*|zabuni"
    r"|goi thau|dau thau|сатып ал\w*"
    # a tender's procedure, named alone ("annule la procédure", "the procedure was discontinued", "Verfahren
    # aufgehoben"; r37_buyers)
    r"|procedures?|procedura|procedimiento|procedimento|verfahren)(?![^\W\d_])"
    # zh (folded to simplified), ja, ko, ar, fa, ur, he, hi
    r"|采购|招标|投标|比选|磋商|询价|废标|流标|标段|入札|調達|调达|입찰|유찰|구매|조달|مناقص|خرید|شراء|اقتناء|ٹینڈر|טנדר|מכרז"
    r"|निविदा|टेंडर|შესყიდვ|ტენდერ"
    # a tender that ended without an award ("The procedure was discontinued; no contract was awarded")
    r"|(?<![^\W\d_])(?:no (?:contract|award) (?:was|has been|will be|is|were) (?:awarded|made)|not awarded|no award)"
    r"(?![^\W\d_])")
# A tender noun right after a negation names no tender: "no tender follows", "sin licitación", "aucun marché"
_NO_BEFORE = re.compile(r"(?<![^\W\d_])(?:(?:no|not|never|without)\s+(?:[^\W\d_]+\s+){0,3}|(?:sin|sem|sans|aucun\w*"
                        r"|ningun\w*|nenhum\w*|kein\w*|senza|нет|без)\s+(?:[^\W\d_]+\s+)?|(?:无|未|没有)\s*)$")
# The withdrawing words as a Chinese procurement notice's own label: the notice is the tender's cancellation
_NOTICE_LABEL = re.compile(r"(?:公告|公示|废标|流标|终止)")
# Withdrawing words that deny, audit or report rather than cancel: no tender is cancelled
_NOT_CANCELLED = re.compile(
    r"den(?:y|ies|ied|ials?)(?![^\W\d_])|dismiss|not true|false|nieg|nega(?![^\W\d_])|negou|desmien|desment|dement"
    r"|smenti|опроверг|спросту|спростов|yalanla|bantah|ontken|kiistaa|διαψε|poprel|popira|cafol|dezmint|təkzib|tekzib|否认"
    r"|辟谣|谣言|不实|误读|误传|澄清|否定|부인|تکذیب|تنفي|ينفي|نفت|نفى|इनकार|অস্বীকার|audit|审计|report|informe"
    r"|rapport|bericht|relazione|relatorio|zaprzecza|kanusha|itinanggi"
    # a ban or a moratorium forbids future purchases: it cancels no tender
    r"|(?<![^\W\d_])(?:bans?|banned|prohibit\w*|moratorium|verbiet\w*|verbot|yasakla\w*|запрет\w*)(?![^\W\d_])")
_CLAUSE_END = re.compile(r"[\n。！？；!?;]|[.](?=\s)")
_REACH = 300  # characters of the withdrawing clause read either side of its words


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
    for lo, hi in spans:
        folded = fold(text[lo:hi])
        for m in _TENDER.finditer(folded):
            if _NO_BEFORE.search(folded, max(0, m.start() - 30), m.start()) is None:
                return True
    return False


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


# Courts, audit offices and legislatures the oversight table (`enrich.oversight_buyers`) does not name: an Italian
# regional administrative court (TAR), courts in Arabic script and Urdu, a Spanish or Portuguese legislature
_OVERSEES_MORE = re.compile(r"(?<![^\W\d_])(?:TAR|Tribunale|Consiglio di Stato|Conseil d['’]État|Congreso|Congresso"
                            r"|Asamblea Legislativa|Assembleia Legislativa)(?![^\W\d_])|محكمة|المحكمة|عدالت|کورٹ")


# A reading that ran past the name into the sentence: a verb as its last word ("prefeitura suspendeu", "The office
# said", "Ministarstvo … odustalo", "ville de X ne"; not a lower-case noun: "Malmö stad", "Львівська міська рада"),
# the Urdu subject marker ("… پولیس نے چہرہ شناسی"), a quotation left open ("…公安局“净网"). A cancelled tender's
# buyer was never shown before (every withdrawn notice's was mentioned), so such readings (sets ai, t, y, k, ac, w,
# v) are not promoted.
_RAN_ON = re.compile(r"(?:^|\s)(?:said|says|ne|[a-z]\w*(?:eu|ou|ala|alo|ali|ila|ilo|ili))$|(?<!\S)نے(?!\S)|“[^”]*$"
                     r"|「[^」]*$")


def issuing_body(name: str) -> bool:
    """Can `name`, the buyer read in a cancelled tender, be the body that issued it: no court, audit office, data
    protection authority or legislature that stopped it, no vendor, and no reading that ran on past the name?"""
    from enrich.buyer_cues import is_vendor
    from enrich.oversight_buyers import _OVERSEES

    return not (_OVERSEES.search(name) or _OVERSEES_MORE.search(name) or _RAN_ON.search(name) or is_vendor(name))
