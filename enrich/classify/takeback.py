"""Round 28: a relative clause after a cue that says the thing was dropped ("… had offered the city a face-recognition
module based on software from a Chinese vendor, which the secretary said had been rejected"; "qualquer funcionalidade
de reconhecimento facial, cuja inclusão chegou a ser cogitada em 2024 e foi abandonada"; "…, que fue descartado";
"…, qui a été abandonnée"; "…, die gestrichen wurde"; "…, che è stato scartato").

Why: `negation._WHICH_NOT` reads "…, which we no longer sell" (a verb of use or sale negated); a clause that reports the
thing itself rejected, abandoned, removed or withdrawn takes it back the same way, in every language the negation
reads. The relative pronoun may follow a few words that still describe the cue ("module based on software from a
Chinese vendor"), never over another comma or a sentence break; what stands between the pronoun and the verb is one
short phrase ("the secretary said", "chegou a ser cogitada em 2024 e"). Patterns are written folded (no accents).
"""
from __future__ import annotations

import re

_LEAD = r"[^,.;:!?\n]{0,60}?,\s*"  # the rest of the cue's noun phrase, then the comma that opens the relative clause
_GAP = r"(?:[^,.;:!?\n]{0,45}?\s+)?"  # "the secretary said", "chegou a ser cogitada em 2024 e"

TAKEN_BACK = re.compile(
    _LEAD + r"(?:"
    r"(?:which|that)\s+" + _GAP + r"(?:had been|has been|have been|was|were)\s+(?:later\s+|eventually\s+|since\s+)?"
    r"(?:rejected|dropped|abandoned|removed|withdrawn|scrapped|shelved|deleted|struck out|cancell?ed|ruled out)\b"
    r"|(?:que|cuya|cuyo|el cual|la cual|lo cual)\s+" + _GAP + r"(?:fue|fueron|ha sido|habia sido|han sido)\s+"
    r"(?:descartad|rechazad|retirad|abandonad|eliminad|cancelad|desechad)[oa]s?\b"
    r"|(?:que|cuja|cujo|o qual|a qual)\s+" + _GAP + r"(?:foi|foram|tinha sido|havia sido)\s+"
    r"(?:abandonad|descartad|rejeitad|retirad|cancelad|vetad|excluid|removid)[oa]s?\b"
    r"|(?:qui|dont|que)\s+" + _GAP + r"(?:a ete|ont ete|avait ete|avaient ete)\s+"
    r"(?:abandonne|rejete|retire|ecarte|supprime|annule|exclu)e?s?\b"
    r"|(?:die|das|der|deren|dessen)\s+" + _GAP + r"(?:gestrichen|verworfen|abgelehnt|aufgegeben|zuruckgezogen"
    r"|herausgenommen)\s+(?:wurde|wurden|worden)\b"
    r"|(?:che|il cui|la cui|il quale|la quale)\s+" + _GAP + r"(?:e stat[oa]|sono stat[ie]|era stat[oa])\s+"
    r"(?:scartat|respint|ritirat|abbandonat|eliminat|esclus)[oaie]\b)")

#: The clause right after the cue's own, opening with an anaphor of a function or item and saying it was removed
#: ("… classifica pessoas por cor e etnia; o item foi retirado e o contrato mantém apenas 2.000 câmeras", "… and race
#: estimation. That feature was later removed"): the cue must be the last one before the break (the caller checks).
NEXT_CLAUSE_BACK = re.compile(
    r"[^.;:!?\n]{0,60}?[;.]\s*(?:"
    r"(?:the|this|that|such) (?:item|function|feature|component|module|option|functionality|capability|requirement)"
    r"|(?:o|este|esse|tal|a|esta|essa) (?:item|funcao|funcionalidade|componente|modulo|requisito|opcao)"
    r"|(?:el|este|ese|dicho|la|esta|esa|dicha) (?:item|funcion|funcionalidad|componente|modulo|requisito|opcion)"
    r"|(?:cette|la|le|ce) (?:fonction|fonctionnalite|option|module|composante|exigence)"
    r"|(?:diese|die|das|dieses|dieser) (?:funktion|option|modul|komponente|anforderung)"
    r"|(?:questa|tale|la|il) (?:funzione|funzionalita|opzione|modulo|componente))"
    r"\s+(?:was|were|has been|had been|is|foi|fue|ha sido|a ete|wurde|ist|e stat[oa])\s+(?:later\s+|then\s+|since\s+)?"
    r"(?:removed|withdrawn|dropped|deleted|struck|excluded|cancell?ed|scrapped|retirad[oa]|excluid[oa]|eliminad[oa]"
    r"|suprimid[oa]|removid[oa]|retiree?|supprimee?|exclue?|abandonnee?|gestrichen|entfernt|rimoss[oa]|eliminat[oa]"
    r"|stralciat[oa])\b")

#: A relative clause right after the cue (with or without its comma, after at most a head noun: "…, opción que no fue
#: ejercida", "an option which was never exercised") that says the thing was never bought: an option not exercised, an
#: item not purchased or acquired. Not "never installed / activated / delivered": what was paid for and left idle was
#: bought (an audit of unused licences).
NEVER_DONE = re.compile(
    r"(?:[^,.;:!?\n]{0,45}?,\s*|\s+)(?:(?:an?|the|una?|la|el|uma?)\s+)?(?:(?:option|opcion|opcao|clause|clausula)\s+)?(?:"
    r"(?:which|that)\s+" + _GAP + r"(?:was|were|has|have|had)\s+(?:not|never)\s+(?:been\s+)?(?:exercised|bought"
    r"|purchased|acquired|procured|taken up)\b"
    r"|(?:que|cuya|cuyo)\s+" + _GAP + r"(?:no|nunca)\s+(?:(?:fue|fueron|ha sido|han sido)\s+"
    r"(?:ejercid|adquirid|comprad|contratad)[oa]s?|se\s+(?:ejercio|adquirio|adquirieron|compro|compraron|contrato))\b"
    r"|(?:que|cuja|cujo)\s+" + _GAP + r"(?:nao|nunca)\s+(?:foi|foram|chegou a ser|chegaram a ser)\s+(?:exercid"
    r"|adquirid|comprad|contratad)[oa]s?\b"
    r"|(?:qui|dont)\s+" + _GAP + r"n['’](?:a|ont)\s+(?:pas|jamais)\s+ete\s+(?:exerce|achete|acquis)e?s?\b)")
