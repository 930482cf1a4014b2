"""English bodies named only by their kind, which the place after "of" completes.

Why: "The Motor Vehicle Division of Montana bought …", "The District School Board of Niagara approved …", "The
Mayor's Office of Davao City will …" name no body without their place, and the labels of every development set keep it
("Animal Services Division of Fairfax County", "Regional Health Authority of Winnipeg", "Housing Authority of
Gibraltar", "Stadium Authority of Limpopo", "Fire and Rescue Service of Kerala"). A head that carries a name of its
own ("Lakemont Safety Commission of Rockford", "Burlington Police Department in Vermont") still gives its town up
(enrich/buyer_subjects.py): only a head made of kind words - organisation words and the common words that say what a
body does - keeps it.
"""
from __future__ import annotations

import re

from enrich.buyer_cues import cues

# common words that say what a public body does or serves; no place or proper name is one of them
_KIND_WORDS = frozenset("""
aviation civil motor vehicle vehicles mayor mayor's governor governor's sheriff's prosecutor's attorney's
housing parks park recreation fire rescue emergency animal forestry forest water roads road highways highway
traffic transportation public works planning education elections electoral revenue tax licensing licence license
registration registry passport immigration corrections correctional prison prisons probation juvenile family
child children youth social welfare employment labour labor environment environmental conservation wildlife
agriculture fisheries tourism sports stadium airport airports harbour harbor ports marine maritime
courts judicial investigation investigations criminal security safety general central regional provincial
municipal metropolitan district county city town village borough state national federal local community
and of for the school schools library libraries hospital health medical mental sanitation waste utilities
statistics census lands land survey mapping building buildings facilities property finance procurement
communications information technology digital
""".split())


def kind_only(name: str) -> bool:
    """Whether an English name is only a body's kind ("Motor Vehicle Division", "District School Board", "Mayor's
    Office"): two words or more, capitalised, each a kind word, the last an organisation word."""
    words = re.findall(r"[\w'’]+", re.sub(r"^(?:the|The)[ \t]+", "", name.strip()))
    if len(words) < 2 or not words[-1].isascii():
        return False
    folded = [w.casefold().replace("’", "'") for w in words]
    org_words = cues().org_words
    return folded[-1] in org_words and all(
        (w in org_words or w in _KIND_WORDS) and (w in ("and", "of", "for", "the") or raw[:1].isupper())
        for w, raw in zip(folded, words, strict=True))


# "Board of County Commissioners, Larimer County.", "Board of Park Commissioners, Springfield Park District.": a
# board's heading line names its county or district after a comma (sets p, al keep it; set z once dropped it)
_BOARD_OF = re.compile(r"(?:Board|Court|Commission)[ \t]+of[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,3}"
                       r"(?:Commissioners|Supervisors|Trustees|Directors|Education|(?:Chosen[ \t]+)?Freeholders)")
_COUNTY_AFTER = re.compile(r",[ \t]+((?:[A-Z][\w'’.-]*[ \t]+){1,4}(?:County|Parish|Borough|(?:Park|School|Water|Fire"
                           r"|Library|Transit|Sanitary)[ \t]+District))(?=[ \t]*[.,\n])")


def with_county_after(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) with the county or district a nameless board's heading writes after a comma."""
    if not _BOARD_OF.fullmatch(text, start, end):
        return start, end
    county = _COUNTY_AFTER.match(text, end)
    return (start, county.end(1)) if county else (start, end)
