"""Sums of a purchase its own body gave up: no headline (r42_money; tests/eval/README.md, "Budgets of failed
tenders" (1) and "… rejected proposals" (4)).

Why: a notice whose body renounces, desists from, suspends or withdraws its own purchase, request or credit, or
decides not to fund or approve it, commits nothing, like a cancelled tender or a proposal a council rejects: a map's
totals must not count it. The classifier often reads such a notice as negating its technology, not withdrawing a
purchase ("La Commune de Ouagadougou a renoncé au projet de caméras …, estimé à 3 milliards de FCFA", "El
Ayuntamiento … ha desistido del contrato …, valorado en 420.000 euros", "A Prefeitura … suspendeu o contrato de R$
14 milhões", "The police department's request for a $640,000 … upgrade was withdrawn", "Le crédit de 2,4 millions
de francs est retiré"), and the sum then headlined as if it were bought (development labels: null; sets e, f, h,
k, u, ac).

What counts: the sum's own clause (`enrich.money.spent`'s: the sentence cut at ";", "but", "mais", "instead" …)
holds one of the giving-up words below with what is given up, and does not state the sum spent
(`stated_spent`: "renounced face matching and instead bought 40 cameras for €300,000" keeps its sum). Not: a
bidder who withdraws its bid (the tender goes on), a person who resigns ("la renuncia del alcalde" names no
purchase: a giving-up word needs a purchase, project, contract, credit, request or tender noun after it or before
a passive).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from enrich.model import Amount
from enrich.money.extract import FoundAmount
from enrich.money.spent import _clause, stated_spent
from enrich.text import fold

# What a body gives up: a purchase, project, contract, credit, request, plan or tender (folded: lower case, no
# accents). English, Spanish, Portuguese, French, Italian, German.
_NOUNS = (
    r"(?:purchase|acquisition|project|contract|credit|request|proposal|plan|programme|program|funding|appropriation"
    r"|tender|procurement|order|upgrade|expansion|deal"
    r"|compra|adquisicion|proyecto|contrato|solicitud|propuesta|programa|licitacion|concurso"
    r"|aquisicao|projeto|pedido|proposta|licitacao"
    r"|achat|projet|contrat|demande|proposition|marche|appel d'offres"
    r"|acquisto|progetto|contratto|credito|richiesta|gara|appalto"
    r"|kauf|beschaffung|projekt|vertrag|kredit|antrag|vorhaben|ausschreibung)")
# The object after a verb: up to four words before its noun ("declined a $650,000 request")
_OBJECT = r"(?:\S+\s+){0,4}?" + _NOUNS
# A giving-up verb before its object ("renounced the project", "desistió del contrato", "renonce au projet",
# "suspendeu o contrato", "verzichtet auf das Projekt"), or a passive after it ("the request was withdrawn", "le
# crédit est retiré", "el contrato fue suspendido"), or a decision not to fund.
_GIVES_UP = re.compile(
    r"(?<![^\W\d_])(?:(?:renounc(?:es|ed)|abandon(?:s|ed)|withdr(?:ew|aws)|scrapped|shelved|declin(?:es|ed))\s+"
    r"(?!to\s)" + _OBJECT +  # not "declined to comment on its contract"
    r"|(?:desisti\w{0,4}|renunci\w{0,4}|renonc\w{0,4}|rinunci\w{0,4}|abandonn?\w{0,4}|suspend(?:eu|io|ieron|e|ent"
    r"|u|ido|ida)|verzicht\w{0,3})\s+" + _OBJECT +
    r"|(?:was|were|is|has been|have been|had been|est|sont|a ete|ont ete|fue|fueron|foi|foram|e stato|e stata"
    r"|wurde|wurden)\s+(?:[^\W\d_]+\s+)?(?:withdrawn|shelved|abandoned|retire(?:e|s|es)?|suspendid[oa]s?"
    r"|suspens[oa]s?|abandonad[oa]s?|retirad[oa]s?|zuruckgezogen|ritirat[oa])"
    r"|(?:decided|decides|voted|agreed|chose|opted)\s+not\s+to\s+(?:approve|fund|adopt|proceed|buy|purchase|award"
    r"|sign)"
    r")(?![^\W\d_])")
# Literal pieces one of which every match of _GIVES_UP holds: a notice without any is not searched (the pattern
# opens with a look-behind and many alternatives, so `re` tries it at every position: ~1 ms in a 16 KB notice)
_HINTS = ("renounc", "abandon", "withdr", "scrapped", "shelved", "declin", "desist", "renunci", "renonc", "rinunci",
          "suspend", "verzicht", "withdrawn", "retire", "suspens", "retirad", "zuruckgezogen", "ritirat", "not to")
# Passives need what was given up before them in the clause ("the request … was withdrawn"): the same nouns
_OBJECT_BEFORE = re.compile(r"(?<![^\W\d_])" + _NOUNS + r"(?![^\W\d_])")
_PASSIVE = re.compile(r"(?:was|were|is|has|have|had|est|sont|a |ont|fue|fueron|foi|foram|e |wurde)")


# The money put to another use after the giving-up words ("a renoncé à un projet de caméras … et utilisera les 12
# milliards d'ariary pour des lampadaires", "dropped the plan and will use the $2 million for lighting")
_PUT_ELSEWHERE = re.compile(
    r"(?<![^\W\d_])(?:and|et|y|e|und|ed)\s+(?:will\s+|va\s+|vai\s+|wird\s+|ira\s+)?(?:use|spend|put|redirect"
    r"|utilis|utiliz|usa|usar|usara|destin|invest|consacr|verwend|gast|affect)\w{0,6}(?![^\W\d_])")


def _gives_up(clause: str, sum_at: int) -> bool:
    """Does the folded clause say its body gave up a purchase, project, contract, credit, request or tender, and not
    put the sum at `sum_at` to another use after saying so?"""
    for m in _GIVES_UP.finditer(clause):
        if _PASSIVE.match(m.group(0)) and _OBJECT_BEFORE.search(clause, 0, m.start()) is None:
            continue  # "the bidder's offer was withdrawn": no purchase given up
        if m.end() <= sum_at and _PUT_ELSEWHERE.search(clause, m.end(), sum_at):
            continue
        return True
    return False


def _abandoned(text: str, amount: Amount) -> bool:
    clause = fold(_clause(text, amount.evidence.start, amount.evidence.end))
    at = clause.find(fold(amount.evidence.text))
    return _gives_up(clause, len(clause) if at == -1 else at) and not stated_spent(text, amount)


def without_abandoned(amounts: Sequence[Amount], text: str) -> list[Amount]:
    """`amounts` with every sum whose clause gives up its purchase (`_gives_up`) and does not state it spent kept as
    found but as kind ``other`` and labelled, so that none headlines; the others are the same objects."""
    if not amounts:
        return []
    folded = fold(text)
    if not any(hint in folded for hint in _HINTS) or _GIVES_UP.search(folded) is None:
        return list(amounts)
    return [(replace(a, kind="other", labelled=True) if isinstance(a, FoundAmount) else replace(a, kind="other"))
            if a.value is not None and _abandoned(text, a) else a for a in amounts]
