"""Names that stand for a crowd of people or for nobody, never a buyer: "Residents of Springfield asked …", "Guests
discussed …", "No U.S. government customer uses …", "Some municipal governments …".

Why: a sentence opening in capitals reads like a body's name to the subject readers (enrich/prose_parties.py,
enrich/lede_subjects.py), but a plural noun of people (residents, guests, officials, critics) names people, not a
body that buys, and a quantifier ("No", "Some", "Many") says which bodies in general, not which one (round 37b: set am
and set n, four buyers where the text names a crowd). The test is on the first word only, so a body whose own name
holds such a word later ("Citizens Advisory Board", "Residents' Association" open with it too, but they are
possessive or singular-headed and rare as buyers) is judged by its first word alone: "Citizens" is left out of the
list for that reason, and so is "Officials": "Officials in X County have shelved …" stands for the county's
government, whose place the notice keeps.
"""
from __future__ import annotations

import re

# quantifiers and negatives that open a noun phrase naming no particular body
_QUANTIFIERS = frozenset("no some many several most all few other others any each every both".split())
# plural nouns of people (English; the sets' other languages open such sentences in lower case after an article)
_PEOPLE = frozenset("""residents guests critics experts activists parents students locals visitors listeners
viewers readers neighbours neighbors commuters protesters protestors campaigners lawmakers legislators councillors
councilors journalists reporters advocates researchers users customers members shoppers passengers drivers workers
employees staff teachers lawyers analysts observers panelists panellists speakers participants attendees
""".split())
_FIRST_WORD = re.compile(r"(?:(?:The|the)[ \t]+)?([^\W\d_]+)")


def names_a_crowd(name: str) -> bool:
    """Whether a candidate buyer's name opens with a quantifier or a plural noun of people (see the module doc)."""
    first = _FIRST_WORD.match(name.strip())
    if not first:
        return False
    word = first.group(1)
    return word[:1].isupper() and word.casefold() in _QUANTIFIERS | _PEOPLE
