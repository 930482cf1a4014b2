"""Vendor names next to each other (round 26): what a list of names, or the next name, does to each one's role.

Why: on set aa a short name listed before a worded supplier ("采用华为、海康威视产品") was left unlinked, and a
rejection written after the next vendor's name ("offered X's devices, while Y's bid was disqualified") was read as
X's. Wording after or before a list is the whole list's; wording after another vendor's name is that vendor's.
Used by enrich/vendor_links.py (`connectors` is its list-connector pattern, anchored at the end).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from enrich.model import Party

_LIST_GAP = 12  # characters: at most this between two listed names ("、", " and ", ", the ")


def _listed(between: str, connectors: re.Pattern[str]) -> bool:
    return len(between) <= _LIST_GAP and bool(between.strip(" \t")) and bool(connectors.fullmatch(between))


def listed_with_known_names(text: str, names: Sequence[tuple[int, int, str, bool]], connectors: re.Pattern[str]
                            ) -> set[tuple[int, int]]:
    """Spans of short or ambiguous names (华为, NEC) listed next to another vendor's name that counts on its own
    ("采用华为、海康威视产品", "NEC and Hikvision cameras"): a list of brands is the brand context they need.
    ``names``: (start, end, vendor id, counts on its own) in text order."""
    spans: set[tuple[int, int]] = set()
    for (a_start, a_end, a_vendor, a_known), (b_start, b_end, b_vendor, b_known) in zip(names, names[1:],
                                                                                         strict=False):
        if a_vendor == b_vendor or not _listed(text[a_end:b_start], connectors):
            continue
        if b_known:
            spans.add((a_start, a_end))
        if a_known:
            spans.add((b_start, b_end))
    return spans


def negative_stops(text: str, names: Sequence[tuple[int, int, str, bool]], connectors: re.Pattern[str],
                   window: int) -> dict[int, int]:
    """Per name's end, where its negative wording after it may end (at most ``window`` on): at the next other
    vendor's name, unless the two are listed ("X and Y were rejected") or written as one phrase ("CELLEBRITE UFED …
    OR EQUAL")."""
    stops: dict[int, int] = {}
    for index, (_, end, vendor, _) in enumerate(names):
        stop = min(len(text), end + window)
        previous_end = end
        for next_start, next_end, next_vendor, _ in names[index + 1:]:
            if next_start >= stop:
                break
            between = text[previous_end:next_start]
            joined = not between.strip() or _listed(between, connectors)
            if next_vendor != vendor and not joined:
                stop = next_start
                break
            if not joined:
                break  # the same vendor named again further on: its wording may still be this one's
            previous_end = next_end
        stops[end] = max(stop, stops.get(end, 0))
    return stops


def listed_before_suppliers(text: str, parties: list[Party], linked: list[tuple[int, int, int, bool]],
                            implicit: set[int], connectors: re.Pattern[str]) -> list[tuple[int, bool]]:
    """(index, worded) of each wordless `mentioned` party listed right before a supplier ("采用华为、海康威视产品",
    "Hikvision and Dahua cameras were supplied by"): with nothing but a list connector between the two, the wording
    or brand context that made the second a supplier stands after the list or before its first name, so it is the
    whole list's. Read right to left, so that a list of three takes the last one's role; `worded` as the last one.
    ``linked``: (party index, start, end, explicit) of each party in text order; ``implicit``: indexes of parties
    `mentioned` for want of wording."""
    promoted: dict[int, bool] = {}
    worded = {index for index, _, _, explicit in linked if explicit}
    pairs = list(zip(linked, linked[1:], strict=False))
    for (index, _, end, explicit), (following, next_start, _, _) in reversed(pairs):
        if (parties[following].role == "supplier" and not explicit and index in implicit
                and parties[index].role == "mentioned" and _listed(text[end:next_start], connectors)):
            promoted[index] = promoted.get(following, following in worded)
    return sorted(promoted.items())
