"""A supply statement its sentence denies names no supplier (round 37b): "has not renewed its contract with X",
"decided not to extend the agreement with X", "no renovó su contrato con X", "não renovou o contrato com X", "n'a pas
renouvelé son contrat avec X", "non ha rinnovato il contratto con X", "hat den Vertrag mit X nicht verlängert".

Why: enrich/supply_statements.py reads "contract … with X" and "renewed … with X" as naming the company that
supplies; a renewal, extension, signature or award that did not happen accuses X of no sale (X is still `mentioned`
by the vendor links if it is a registry vendor). The negation must bind the statement's own verb: a "not" elsewhere
in the sentence ("which did not hold a tender, signed a contract with X") leaves it a supplier.
"""
from __future__ import annotations

import re

_VERBS = (r"(?:renew|extend|prolong|sign|award|conclude|continue|enter(?:ed)? into|keep|retain|"
          r"renov|prorrog|firm|adjudic|ampli|suscrib|celebr|assin|renouvel|reconduir|reconduit|prolong|sign|"
          r"rinnov|prorog|stipul|verläng|erneuer|unterzeichn|abschlie|schlie)")
# the negation right before the verb (at most two words between: "has not yet renewed", "did not renew its")
_BEFORE = re.compile(
    r"(?:\bnot|n['’]t|\bnever|\bno longer|\bdeclined to|\brefused to|\bdecided against|\bno|\bnunca|\bnão|\bnon|"
    r"\bne|\bn['’](?:a|ont|avait|avaient)? ?pas|\bde ne pas|\bpas)"
    r"(?:\s+\S+){0,2}?\s+(?:to\s+)?" + _VERBS + r"\w*[^.;:!?\n]{0,120}$", re.IGNORECASE)
# German puts the negation after the object: "… mit X nicht verlängert", "verlängert den Vertrag mit X nicht"
_AFTER = re.compile(r"[^.;:!?\n]{0,120}?\bnicht(?:\s+mehr)?(?:\s+(?:" + _VERBS + r")\w*|\s*[.;,!?]|$)",
                    re.IGNORECASE)


def denied(window: str, start: int, end: int) -> bool:
    """Whether the statement at window[start:end] (its cue and the name it opens) is denied by its sentence."""
    lead = window[max(0, start - 80):start]
    cut = max(lead.rfind(mark) for mark in ".;!?\n")
    lead = lead[cut + 1:] if cut >= 0 else lead
    if _BEFORE.search(lead + window[start:end]):
        return True
    return bool(_AFTER.match(window, end, min(len(window), end + 120)))
