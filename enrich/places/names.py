"""How a place name is written in a cue (NAME), and where a cue that opens with one before a bracket or a comma
can match.

Why: such a cue ("{NAME} (…)", "(?<![\\w'’]){NAME}, {NAME2}" in enrich/data/place_cues.csv) has no literal prefix,
so `re` tries it at every capital of a notice's first 4,000 characters - a third of the place reader's time on a
Latin-script notice. A name and the spaces after it consist of word characters, ', ’, -, ., spaces and tabs only,
and the bracket or comma is none of them: a match starts inside a maximal run of those characters that ends right
at the bracket or comma, with a capital (`_UPPER` holds the S, F and M of "St.", "Ft.", "Mt."). Only those
capitals are tried (fastscan.finditer): the same matches.
"""
from __future__ import annotations

import re
from functools import lru_cache

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁЂЈЉЊЋЏİŞĞÇÜÖΑ-ΩΆ-Ώ"
# "St. Louis", "Ste. Genevieve", "Ft. Worth", "Mt. Vernon": the abbreviated saint or feature is part of the name
_WORD = rf"(?:(?:St|Ste|Ft|Mt)\.(?=[ \t][{_UPPER}])|[{_UPPER}][\w'’]*(?:-[\w'’]+)*)"
_JOIN = (r"(?:[ \t]+(?:de|do|da|dos|das|del|di|la|le|les|im|am|an der|upon|on|sur|en|y|i|na|nad|u|es|el|al|as|ul|ad)"
         r"[ \t]+|[ \t]+|-)")
NAME = rf"(?P<name>{_WORD}(?:{_JOIN}{_WORD}){{0,3}})"

_NAME_CHARACTERS = re.compile(r"[\w'’ \t.-]+")  # maximal runs of what NAME and the spaces after it can match
_CAPITAL = re.compile(rf"[{_UPPER}]")  # what a NAME starts with
# a cue's source opening with NAME (after "not after a word"), then spaces and a bracket, or a comma
_OPENING = re.compile(r"(?:\(\?<!\[\\w'’\]\))?" + re.escape(NAME) + r"(?:\[ \\t\]\*)?(\\\(|,)")


@lru_cache(maxsize=512)
def closing(pattern: re.Pattern[str]) -> str | None:
    """"(" or "," when `pattern` opens with NAME followed by that character (spaces between), else None."""
    m = _OPENING.match(pattern.pattern)
    return None if m is None else m.group(1)[-1]


class OpeningStarts:
    """For one window: the capitals inside runs of name characters that end right at a given character - every
    position where a cue opening with NAME before that character can match."""

    def __init__(self, window: str) -> None:
        self.window = window
        self.runs: list[tuple[int, int]] | None = None
        self.starts: dict[str, list[int]] = {}

    def __call__(self, character: str) -> list[int]:
        starts = self.starts.get(character)
        if starts is None:
            window = self.window
            if self.runs is None:
                self.runs = [m.span() for m in _NAME_CHARACTERS.finditer(window)]
            starts = self.starts[character] = [m.start() for start, end in self.runs if window[end:end + 1] == character
                                               for m in _CAPITAL.finditer(window, start, end)]
        return starts


def own_name_written(text: str, own: str, alias: str) -> bool:
    """A town's own name written in the notice, not only inside the alias it was found by ("Delhi" in "New
    Delhi"): the place then reports the own name ("Penang" and "GEORGE TOWN —" are George Town)."""
    inside = [m.span() for m in re.finditer(re.escape(alias), text, re.IGNORECASE)]
    return any(not any(a <= m.start() and m.end() <= b for a, b in inside)
               for m in re.finditer(rf"(?<!\w){re.escape(own)}(?!\w)", text, re.IGNORECASE))
