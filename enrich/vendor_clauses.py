"""Where the clause around a vendor name starts and ends: the span `vendor_links` reads a name's role in.

A clause ends at a sentence or list mark (。；;！？!?, a line break, a tab, " | ", or a dot before a capital) that is no
abbreviation's dot ("Co.", "Ltd.", "e.g.", one letter), and reaches at most 300 characters either side of the name.
"""
from __future__ import annotations

import re
from functools import lru_cache

_CLAUSE_MARK_RE = re.compile(r"[。；;！？!?\n\t]|\.(?=\s+[A-ZÀ-Ö\"“(\[])|\s[|]\s")
_WORD_BEFORE_DOT_RE = re.compile(r"([\w.]+)\Z")
_ABBREVIATIONS = ("co", "ltd", "inc", "corp", "no", "mr", "dr", "st", "vs", "nr", "s.a", "e.g", "i.e", "dept", "u.s",
                  "jr", "sr", "ave", "approx")


@lru_cache(maxsize=256)
def clause(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) of the clause around a name (kept: vendor_links `_role` and its helpers ask for the same name's up
    to three times). The marks are read from the name outwards, and `_CLAUSE_MARK_RE` tried only at its characters:
    without a "|" every mark is one character, so the nearest one that is no abbreviation's dot is the one a scan of
    the 300 characters from their far end would keep last (~11 -> ~4 µs a name)."""
    lo = max(0, start - 300)
    clause_start = lo
    if text.find("|", lo, start) != -1:  # " | ", three characters: the marks as a scan from `lo` reads them
        for mark in _CLAUSE_MARK_RE.finditer(text, lo, start):
            if not _is_abbreviation(text, mark.start()):
                clause_start = mark.end()
    else:
        clause_start = _last_mark_end(text, lo, start)
    clause_end = min(len(text), end + 300)
    if text.find("|", end, clause_end) != -1:
        marks = _CLAUSE_MARK_RE.finditer(text, end, clause_end)
        return clause_start, next((m.start() for m in marks if not _is_abbreviation(text, m.start())), clause_end)
    for m in _MARK_CHARS_RE.finditer(text, end, clause_end):
        if _CLAUSE_MARK_RE.match(text, m.start(), clause_end) and not _is_abbreviation(text, m.start()):
            return clause_start, m.start()
    return clause_start, clause_end


_MARK_CHARS_RE = re.compile(r"[。；;！？!?\n\t.]")  # what a _CLAUSE_MARK_RE match opens with, but for " | "


def _last_mark_end(text: str, lo: int, start: int) -> int:
    """End of the last mark (no abbreviation's dot) in text[lo:start] without a "|", else `lo`: read backwards in
    pieces of 48 characters."""
    stop = start
    while stop > lo:
        piece = max(lo, stop - 48)
        for p in reversed([m.start() for m in _MARK_CHARS_RE.finditer(text, piece, stop)]):
            if _CLAUSE_MARK_RE.match(text, p, start) and not _is_abbreviation(text, p):
                return p + 1
        stop = piece
    return lo


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = _WORD_BEFORE_DOT_RE.search(text[max(0, dot - 8):dot])
    return bool(word and (word.group(1).casefold() in _ABBREVIATIONS or len(word.group(1)) == 1))
