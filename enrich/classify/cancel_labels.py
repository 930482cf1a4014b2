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
