"""A headline that opens by labelling itself the cancellation of a tender: the notice withdraws its purchase.

Why (round 33, r33_reports33): "Cancellation of RFP 24-117 Gunshot and camera system", "Item 3 — Cancelled RFP
26-071, Citywide Video Surveillance Upgrade", "Cancellation of tender: Supply of body-worn cameras", "Annulation de
l'appel d'offres n° 2026-17 - Fourniture de caméras", "Anulación del proceso de licitación LP-2026-08: adquisición de
cámaras": the `withdraws` word names the tender and its reference, and what follows a colon, comma or dash is the
tender's subject, not a technology the headline keeps (as in "Rennes renonce à la reconnaissance faciale, garde ses
caméras"). Read like "Tender cancelled: …" (headline.py `_LABEL`): the whole notice is withdrawn, so its stated
budget is no money spent (`enrich.purchase_state`). Only when the word opens its clause (after "Notice of", "Avis
d'", "Item 3 —" at most) and a purchase noun follows it at once.
"""
from __future__ import annotations

import re

#: What may stand before the `withdraws` word in its clause (folded): nothing, a notice label or an agenda item.
_OPENING = re.compile(r"\s*(?:(?:agenda )?(?:item|point|punto|tagesordnungspunkt|top)\s*[\w.]{1,6}\s*[—–:-]\s*)?"
                      r"(?:(?:notice|avis|aviso|anuncio|edital|bekanntmachung)\s*(?:of|d['’]|de|del|der)?\s*)?$")
#: After the word: the tender it cancels, its reference, then the subject's break (folded).
_TENDER = re.compile(
    r"\s+(?:(?:of|for|de|del|de la|da|do|des|du|d['’]|der|des|della|dell['’])\s*)?(?:the\s+|l['’]\s*|la\s+|el\s+|le\s+"
    r"|o\s+|a\s+|die\s+|das\s+)?(?:rfp|rfq|rft|itb|eoi|tender|bid|procurement|solicitation|invitation to (?:bid|tender)"
    r"|request for (?:proposals?|quotations?|tenders?)|appel d['’]offres|consultation|procedure|marche|licitacion"
    r"|proceso(?: de (?:licitacion|contratacion|compra))?|concurso|licitacao|pregao|ausschreibung|vergabe(?:verfahren)?"
    r"|gara|procedura di gara)(?![^\W\d_])[^:,\n—–]{0,40}?(?:\s[—–-]\s|\s*[:,]|\s*$)")


def labels_cancelled_tender(folded: str, clause_start: int, marker_start: int, marker_end: int, end: int) -> bool:
    """Does the `withdraws` word at [marker_start, marker_end) open its clause (`_OPENING` from `clause_start`) and
    name the tender it cancels right after (`_TENDER`, within the headline ending at `end`)?"""
    return _OPENING.fullmatch(folded, clause_start, marker_start) is not None and \
        _TENDER.match(folded, marker_end, end) is not None


#: Round 33: the body says the buyer dropped its own plan, proposal, pilot or request ("abandoned a proposal to install
#: facial recognition at library entrances", "scrapped a plan for face recognition attendance (budget Rs 1.6 crore)",
#: "the $250,000 request was withdrawn from the budget"): counted first on all development sets' bodies, 27 texts in
#: 21 sets, none positive; one of them bought something else in the same text ("approved a $412,000 contract to
#: replace ... badge readers, after staff dropped a proposal for facial recognition"), so a purchase verb that no
#: negation precedes (`_BUYS`, `_NEGATED_BEFORE`) keeps the notice's purchase.
_PLAN_DROPPED = re.compile(
    r"(?<![^\W\d_])(?:scrapped|abandoned|dropped|shelved|cancell?ed|withdrew|axed) (?:a|the|its|their) (?:planned "
    r"|proposed )?(?:[\w-]+ ){0,2}?(?:plan|proposal|project|programme|program|pilot|scheme|request)s? (?:for|to|of)"
    r"(?![^\W\d_])|(?<![^\W\d_])(?:request|proposal|plan) (?:was|has been|were) withdrawn(?![^\W\d_])")
#: How much of the body is read (the lede and the sentences after it).
_READ = 3000
_PLAN_STEMS = ("scrapped", "abandoned", "dropped", "shelved", "cancel", "withdr", "axed")
_BUYS = re.compile(r"(?<![^\W\d_])(?:bought|buys|purchased|purchases|awarded|awards|signed|ordered|contracted|approved"
                   r"|approves|will (?:buy|install|purchase)|installed|installs|replaced|replaces|adds|added|chose"
                   r"|selected|renewed|spend|spent|paid)(?![^\W\d_])")
_NEGATED_BEFORE = re.compile(r"(?<![^\W\d_])(?:no|not|never|nor)(?![^\W\d_])[^.;\n]{0,40}$")


def drops_own_plan(folded: str, headline_end: int) -> tuple[int, int] | None:
    """Round 33: where the body says its plan, proposal, pilot or request was dropped (`_PLAN_DROPPED`), when the
    body states no purchase of its own (a `_BUYS` verb that no negation precedes); else None."""
    stop = min(len(folded), headline_end + _READ)  # a news lede says it: a long notice's boilerplate is not read
    body = folded[headline_end:stop]
    if not any(stem in body for stem in _PLAN_STEMS):
        return None
    m = _PLAN_DROPPED.search(folded, headline_end, stop)
    if m is None:
        return None
    for verb in _BUYS.finditer(folded, headline_end, stop):
        if _NEGATED_BEFORE.search(folded, max(headline_end, verb.start() - 45), verb.start()) is None:
            return None
    return m.span()
