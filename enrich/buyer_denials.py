"""A body named in prose that denies, rejects or puts off a purchase is no buyer: it is `mentioned`.

Why: held-out notices (round 15) name a council or a police force as the subject of a sentence that says it bought
nothing - "Stockport Council has denied claims that …", "The Cebu City Council voted 9-7 against the proposed
purchase", "The Toronto Police Services Board deferred a decision on buying …", "A Prefeitura … suspendeu o
programa", "Toshkent shahar hokimligi … xabarlarni rad etdi", "Dubai Police said it has no contract with …", or a
council record that says "No purchase is associated with this item". The evaluation sets label no buyer there, and
a reporter must not read such a body as one that bought.

Only the sentence that names the body counts, and only when the denial follows the name (after an auxiliary, a
vote count or "said it"), or closes a verb-final sentence; a sentence that also says the body awarded, bought or
signed something keeps it the buyer ("rejected the first bid and awarded the contract to …"). A buyer read from a
labelled field is never touched (enrich/parties.py only asks for prose buyers).
"""
from __future__ import annotations

import re

# The denial right after the name: "has denied", "voted 11-5 against", "said it has no contract with".
_DENIAL_AFTER = re.compile(
    r"[ \t]*(?:,[^,.\n]{1,60},[ \t]*)?(?:(?:has|have|had|on [A-Z]\w+|today|formally|publicly|unanimously)[ \t]+)*"
    r"(?:denied|denies|rejected|rejects|dismissed|dismisses|deferred|defers|postponed|postpones|suspended|suspends"
    r"|scrapped|scraps|shelved|shelves|cancell?ed|cancels|refused|refuses|declined|declines|turned down"
    r"|voted(?:[ \t]+\d+[-–]\d+)?[ \t]+(?:against|down|not to)"
    r"|said[ \t]+(?:it|they)[ \t]+(?:has|had|have|holds?|held)[ \t]+no[ \t]+(?:contract|agreement|plans?|deal)"
    r"|rechazó|rechazo|negó|nego|desmintió|desmintio|suspendió|suspendio|canceló|cancelo|aplazó|aplazo|descartó"
    r"|suspendeu|rejeitou|negou|desmentiu|cancelou|adiou|descartou"
    r"|a[ \t]+(?:rejeté|démenti|suspendu|annulé|reporté|écarté|renoncé)|dément|rejette|renonce"
    r"|lehnt|dementiert|stoppt|verschiebt"
    r"|ha[ \t]+(?:respinto|smentito|sospeso|annullato|rinviato)|smentisce|respinge"
    r"|отклонил[аио]?|опроверг(?:ла|ло)?|отказал[аио]?сь)\b")
# The denial closing a verb-final sentence: uz "rad etdi", tr "reddetti", kk "жоққа шығарды".
_DENIAL_FINAL = re.compile(r"(?:rad etdi|rad qildi|reddetti|yalanladı|жоққа шығарды|бас тартты)[ \t]*[.!]?[ \t]*$")
# The sentence also says the body bought something: it stays the buyer.
_BOUGHT = re.compile(r"\b(?:awarded|approved the (?:purchase|contract)|bought|purchased|signed|contracted|adjudicó"
                     r"|compró|adquirió|contrató|firmó|adjudicou|comprou|adquiriu|contratou|assinou|a attribué|a acheté"
                     r"|vergab|vergeben|gekauft|beschafft)\b", re.IGNORECASE)
# A statement that nothing is bought, anywhere: "No purchase is associated with this item.", "No purchase will proceed."
_NO_PURCHASE = re.compile(r"(?:^|[.!?][ \t]+|\n)No (?:purchase|procurement|contract) (?:is|was|will|has)\b")
_SENTENCE_END = re.compile(r"[.!?。](?=[ \t\n]|$)|\n")


def denied_buyer(text: str, start: int, end: int) -> bool:
    """Whether the body named at [start, end) denies, rejects or puts off the purchase (see the module doc)."""
    if _NO_PURCHASE.search(text):
        return True
    stop = _SENTENCE_END.search(text, end)
    sentence_end = stop.start() if stop else len(text)
    rest = text[end:sentence_end]
    if not (_DENIAL_AFTER.match(rest) or _DENIAL_FINAL.search(rest)):
        return False
    return not _BOUGHT.search(rest)
