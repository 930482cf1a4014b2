"""A unit written in lower case after a body's proper name belongs to the buyer (round 31b, task buyers31b).

"The Sri Lanka Police Northern Province command in Jaffna bought …", "The Nairobi County education department
installed …", "Nairobi City County veterinary office bought …", "The Royal Oman Police directorate of forensic
laboratories has bought …": the name read from the capitals stops before the unit, but the unit is the purchasing
body. Only a unit head (command, office, department …) with at most two known modifiers, and only when a verb or
a clause break follows it, so "the City paid security service providers" keeps its name."""

from __future__ import annotations

import re

_MODIFIERS = (r"education|library|veterinary|district|crime|security|police|traffic|transport|health|procurement"
              r"|finance|fire|forensic|regional|provincial|county|city|municipal|technical|planning|housing|water"
              r"|roads|school|schools|prison|prisons|immigration|customs|intelligence|cyber|communications|ict|it")
_HEADS = (r"command|division|office|department|directorate|unit|laboratory|administration|authorities|committee"
          r"|branch|section|headquarters|detachment|jail")  # r38b_buyers: "Nanaimo RCMP detachment", "X County jail"
# r31b_buyers31b: the unit, then what follows a subject (a lower-case verb or "in", a comma) or a sentence end
_UNIT_TAIL = re.compile(rf"[ \t]+(?:(?:{_MODIFIERS})[ \t]+){{0,2}}"
                        rf"(?:directorate[ \t]+of[ \t]+(?:[a-z]+[ \t]+)?laboratories|{_HEADS}"
                        rf"|(?:(?:{_MODIFIERS})[ \t]+)service)"
                        r"(?=[ \t]+[a-z]|[ \t]*[,;.](?:\s|$))")
_LAST_WORD = re.compile(r"(?:^|[ \t])[A-Z][\w'’-]*$")
# r34b_buyers34b: a name the capitals end with a lower-case "police" or "government" ("The Waikato police district
# renewed …", "The Ulaanbaatar Railway police unit bought …", "The Yishui County government office bought …"), or a
# force named by its beat after a proper name ("The Rakhine State border police added …", labelled so in sets aj, r,
# y: "Rakhine State police command", "Dar es Salaam Special Zone police command")
_LOWER_BODY_END = re.compile(r"[A-Z][\w'’-]*[ \t]+(?P<word>police|government)$")
_BODY_UNIT = re.compile(r"[ \t]+(?:district|unit|office|command|headquarters|department)"
                        r"(?=[ \t]+[a-z]|[ \t]*[,;.(](?:\s|$)|[ \t]+\()")
_BEAT_POLICE = re.compile(r"[ \t]+(?:border|traffic|railway|transit|highway|tourist|marine)[ \t]+police"
                          r"(?=[ \t]+[a-z]|[ \t]*[,;.](?:\s|$))")


def unit_tail_end(text: str, start: int, end: int) -> int:
    """End of the buyer span with a lower-case unit after its proper name, else `end`."""
    if end - start < 4 or not text[start:end].isascii():
        return end
    if _LOWER_BODY_END.search(text, start, end):
        unit = _BODY_UNIT.match(text, end)
        return unit.end() if unit else end
    if not _LAST_WORD.search(text, start, end):
        return end
    beat = _BEAT_POLICE.match(text, end)
    if beat:
        return beat.end()
    tail = _UNIT_TAIL.match(text, end)
    return tail.end() if tail else end
