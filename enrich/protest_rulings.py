"""A bid protest denied or dismissed upholds the award it challenged: the notice reports a purchase, not a withdrawn
one (r39b_money).

Why: `classify_notice_state` reads "denied" as a denial ("police deny buying IMSI catchers": nothing bought), so
"Bid protest denied: … the body-worn camera contract ($2,900,000) stays with Pioneer Video Systems" lost its award
sum, its buyer and its supplier (set ao). A protest (the procurement word for a losing bidder's challenge) that the
buyer or a tribunal denies, dismisses, rejects or overrules leaves the award standing, so the notice is read as the
award it reports. Only the word "protest" next to the denying words counts: an appeal or complaint rejected by a court
(`recours rejeté`) is often no purchase at all, and keeps its reading.
"""
from __future__ import annotations

import re

from enrich.text import fold

_DENYING = re.compile(r"(?<![^\W\d_])(?:den(?:y|ies|ied)|dismiss(?:es|ed)?|reject(?:s|ed)?|overrul(?:es|ed))"
                      r"(?![^\W\d_])")
_PROTEST = re.compile(r"(?<![^\W\d_])protests?(?![^\W\d_])")
_NEAR = 40  # characters either side of the denying words


def protest_denied(text: str, at: tuple[int, int] | None) -> bool:
    """Are the withdrawing words `at` of `text` a bid protest's denial ("Bid protest denied", "denied Axon's
    protest", "dismissed a protest by …")?"""
    if at is None or not 0 <= at[0] <= at[1] <= len(text):
        return False
    if _DENYING.search(fold(text[at[0]:at[1]])) is None:
        return False
    window = fold(text[max(0, at[0] - _NEAR):at[1] + _NEAR])
    return _PROTEST.search(window) is not None
