"""US states as American addresses and newspapers write them after a town: "Quantico, VA", "OCEAN CITY, Md. —".

Why a module of its own: the patterns are built from the state tables once a process and read by the prose place
resolver (enrich/places/prose.py) twice a notice; the last notice's matches are kept so the second read is free.
"""
from __future__ import annotations

import re
from functools import lru_cache

from enrich.fastscan import finditer
from enrich.places.geonames import us_states, us_states_by_ap
from enrich.places.names import NAME, OpeningStarts, closing

SCAN_CHARS = 4000  # the opening of a notice, where addresses and datelines stand
_LAST_POSTAL: list[tuple[str, list[re.Match[str]]]] = [("", [])]  # the last text and its matches (read twice)


@lru_cache(maxsize=1)
def postal_state() -> re.Pattern[str]:
    """"Quantico, VA", "Oak Park, IL 60302", "RICHMOND HEIGHTS, MO —": a town then its US state's postal code, as
    American addresses and datelines write them (the code ends the phrase: a ZIP code, punctuation or the line's
    end follow it)."""
    codes = "|".join(sorted(code for code in us_states() if len(code) == 2 and code.isupper()))
    return re.compile(rf"(?<![\w'’]){NAME},[ \t]?(?P<state>{codes})(?=[ \t]+\d{{5}}\b|[ \t]*(?:[.,;:)]|[–—-]|$))",
                      re.MULTILINE)


def postal_matches(text: str, opening: OpeningStarts | None = None) -> list[re.Match[str]]:
    """Matches of postal_state in text[:SCAN_CHARS], once a notice, tried at capitals of runs ending at ","."""
    last = _LAST_POSTAL[0]
    if last[0] is not text:
        window, pattern, shut = text[:SCAN_CHARS], postal_state(), closing(postal_state())
        last = _LAST_POSTAL[0] = (text, list(pattern.finditer(window) if shut is None else finditer(
            pattern, window, (opening or OpeningStarts(window))(shut))))
    return last[1]


# The Canadian Press abbreviations of Canada's provinces and territories → the ISO 3166-2:CA code's suffix
# (round 28: "LONDON, Ont. —" is London, Ontario; "SURREY, B.C. —"). Source: the Canadian Press Stylebook's
# province abbreviations (hand-reviewed, survtrack maintainers).
CANADIAN_PRESS = {"Alta.": "AB", "B.C.": "BC", "Man.": "MB", "N.B.": "NB", "N.L.": "NL", "Nfld.": "NL", "N.S.": "NS",
                  "Ont.": "ON", "P.E.I.": "PE", "Que.": "QC", "Sask.": "SK", "N.W.T.": "NT", "Y.T.": "YT"}


@lru_cache(maxsize=1)
def region_abbreviations() -> dict[str, str]:
    """A US state's AP abbreviation or a Canadian province's CP one → the region's code (its ISO 3166-2 suffix)."""
    return {**us_states_by_ap(), **CANADIAN_PRESS}


@lru_cache(maxsize=1)
def ap_state() -> re.Pattern[str]:
    """", Md." / ", Calif." after a town ("OCEAN CITY, Md. —"): a US state as American newspapers abbreviate it, or
    a Canadian province as Canadian ones do (", Ont."); punctuation may follow (", Tenn., of …")."""
    return re.compile(r",[ \t]?(" + "|".join(map(re.escape, sorted(region_abbreviations(), key=len, reverse=True)))
                      + r")(?=[ \t,;:)]|$)", re.MULTILINE)
