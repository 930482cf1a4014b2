"""A headline that only names its topic - "Leeds police and facial recognition", "La Policía de Rosario y el
reconocimiento facial", "Polizei Bremen und Gesichtserkennung", 警方与人脸识别 - says nothing of the technology.

Why (round 40, texts that buy nothing): a headline cue is kept even when the body names the technology again only to
deny it ("… said it has never used facial recognition"), unless the headline revisits, corrects or names it as a
feature (`enrich.classify._named_then_negated`). A headline that joins a body and a technology with "and", stating no
verb of its own, is a topic line: the body says what holds, and a body that only denies it buys and runs nothing.
Written for probes in en es fr de zh; not pt or it "e", Albanian's genitive particle ("marrjen e shenjave të
gishtave", set ab), nor nl "en" (es and fr "in"). No development set words a headline so (their denials carry a verb
in the headline, "Polizei nutzt keine …"): all development sets score the same with it.
"""
from __future__ import annotations

import re

#: The words right before the headline's cue: a conjunction and an article at most (folded text).
_AND_BEFORE = re.compile(r"(?:^|\s)(?:and|y|et|und|og|och|ve|dan|и|та)\s+(?:(?:the|el|la|los|las|le|les|die|der"
                         r"|das|den|de|het|o|a|os|as|il|lo|i)\s+)?(?:l['’])?$|[与和及]$")
#: What may follow the cue before the headline ends: punctuation only.
_ENDS_AFTER = re.compile(r"[\s?!.:\"'”»)]*$")


def named_as_topic(folded: str, start: int, end: int, headline_end: int) -> bool:
    """Is the headline cue at [start, end) its last words, joined to what comes before by "and" (a topic line)?"""
    return _AND_BEFORE.search(folded, max(0, start - 12), start) is not None \
        and _ENDS_AFTER.match(folded, end, headline_end) is not None
