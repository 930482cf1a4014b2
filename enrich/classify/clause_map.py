"""Clause structure of a notice: where its sentences, clauses and list items begin and end.

Why: every rule that reads a cue's context (negation, exclusions, headline answers) asks the same questions of
the same text - which sentence, which clause, which list item holds this match - and a long notice has
hundreds of breaks. `Clauses` folds the text once and answers them by bisection; the multi-pattern candidate
scan (`masks`, `starts`) tells each rule where its patterns can start at all. `negation.Document` adds the
negation logic on top.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cached_property

from enrich.classify.matcher import LazySpans
from enrich.classify.rules import Rules
from enrich.fastscan import finditer, haystack, search
from enrich.text import fold

_LIST_ITEM_BREAK = re.compile("、")
#: The cue file's hard clause break (taxonomy_cues.yaml, clauses.hard): `hard_break_starts` reads it without `re`.
_HARD_BREAK = r"[。！？；;!?\n]|\.(?=\s|$)"
_HARD_BREAK_CODES = tuple(map(ord, "。！？；;!?\n"))
_LONG = 1024  # characters: a text this long has its hard breaks read from its haystack


def hard_break_starts(folded: str, pattern: re.Pattern[str]) -> list[int]:
    """``[m.start() for m in pattern.finditer(folded)]``.

    Why: a long notice has hundreds of breaks, and a match object per break cost ~1 % of it. For the cue file's
    pattern (one of the characters, or a "." before a space or the end: one character per match, so the matches
    are every such position) the positions are read from the classifier's haystack, made already (every space
    but the tab and the line break written " ", so ``\\s`` is one of three characters; no break character is a
    digit or a space, which are all it changes). Another pattern is run as it is."""
    if len(folded) < _LONG or pattern.pattern != _HARD_BREAK or pattern.flags != re.UNICODE:
        return [m.start() for m in pattern.finditer(folded)]
    import numpy

    codes = numpy.frombuffer(haystack(folded, False).encode("utf-32-le", "surrogatepass"), dtype="<u4")
    breaks = codes == _HARD_BREAK_CODES[0]
    for code in _HARD_BREAK_CODES[1:]:  # (numpy.isin costs ~30 µs a call on its own)
        breaks |= codes == code
    dots = codes == 0x2E
    dots[:-1] &= (codes[1:] == 0x20) | (codes[1:] == 0x0A) | (codes[1:] == 0x09)  # (the last: before the end)
    return list(numpy.flatnonzero(breaks | dots).tolist())

class Clauses:
    """Folded text and its clause structure, computed once per notice (and only when a cue matched: most pages of
    a crawl match nothing)."""

    def __init__(self, text: str, rules: Rules) -> None:
        self.text = text
        self.folded = fold(text)
        self.rules = rules
        self._sorted: dict[str, list[int] | None] = {}

    @cached_property
    def _candidates(self) -> list[dict[int, int]] | None:
        scan = self.rules.candidates
        if scan is None:
            return None
        found = scan.find(self.folded)
        guarded, n = self.rules.guarded_cues, self.rules.members.get("cues")
        if guarded is not None and n is not None and n not in scan.unbounded:
            # The cues that can start with a digit (at every number of a notice): their lane bits joined to the
            # others' only where the cue itself matches, and only in a notice holding one of the strings each of its
            # matches does. Elsewhere it cannot match, and a lane's try there for its sake could only fail - the
            # lane's other cues that can match there have set its bit themselves - and a failed try changes nothing.
            present = [k for k, (_, ignore, factor) in enumerate(self.rules.cue_factors)
                       if factor.search(haystack(self.folded, ignore)) is not None]
            if present:
                more, masks, folded = guarded.find(self.folded), found[n], self.folded
                for k in present:
                    match = self.rules.cue_factors[k][0].match
                    for pos, bits in more[k].items():
                        if match(folded, pos) is not None:
                            masks[pos] = masks.get(pos, 0) | bits
        return found

    def masks(self, key: str) -> dict[int, int] | None:
        """Where the patterns of `key` in rules.members can start, {position: mask} (None: unknown)."""
        n = self.rules.members.get(key)
        scan = self.rules.candidates
        if n is None or self._candidates is None or scan is None or n in scan.unbounded:
            return None
        return self._candidates[n]

    def starts(self, key: str) -> list[int] | None:
        """Where the patterns of `key` in rules.members can start, sorted (None: unknown, scan the plain way)."""
        if key not in self._sorted:
            masks = self.masks(key)
            self._sorted[key] = None if masks is None else sorted(masks)
        return self._sorted[key]

    def search(self, key: str, pattern: re.Pattern[str], pos: int = 0,
               endpos: int | None = None) -> re.Match[str] | None:
        """``pattern.search(self.folded, pos, endpos)``, tried only where the member `key` can start (a member
        scanned as an Alternation of `pattern`'s cues: only its cues that can start at a position are tried there)."""
        union, alternation = self.rules.alternations.get(key, (None, None))
        starts = self.starts(key)
        if alternation is not None and union is not None and union.pattern == pattern.pattern and (
                masks := self.masks(key)) is not None and starts is not None:
            folded = self.folded
            endpos = len(folded) if endpos is None else endpos
            for i in range(bisect.bisect_left(starts, pos), len(starts)):  # (fastscan.search, by cue)
                start = starts[i]
                if start >= endpos:
                    return None
                m = alternation.match(masks[start], folded, start, endpos)
                if m is not None:
                    return m
            return None
        if starts is None:
            return pattern.search(self.folded, pos, len(self.folded) if endpos is None else endpos)
        return search(pattern, self.folded, starts, pos, endpos)

    def finditer(self, key: str, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """``pattern.finditer(self.folded)``, tried only where the member `key` can start."""
        starts = self.starts(key)
        return pattern.finditer(self.folded) if starts is None else finditer(pattern, self.folded, starts)

    @cached_property
    def hard_breaks(self) -> list[int]:
        return hard_break_starts(self.folded, self.rules.clause_break)

    @cached_property
    def soft_spans(self) -> LazySpans:
        """The soft breaks, read only as far as they are asked for (`upto`: the cues a notice reads stand mostly in
        its first part - a sixth of a 64 KB notice - and its thousands of commas and colons after them are not read)."""
        return self.rules.soft_break.lazy_spans(self.folded, self.starts("soft_break"))

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        i = bisect.bisect_left(self.hard_breaks, start)
        left = self.hard_breaks[i - 1] + 1 if i > 0 else 0
        j = bisect.bisect_left(self.hard_breaks, end)
        right = self.hard_breaks[j] if j < len(self.hard_breaks) else len(self.folded)
        return left, right

    def window(self, start: int, end: int, width: int) -> tuple[int, int]:
        left, right = self.sentence(start, end)
        return max(left, start - width), min(right, end + width)

    @cached_property
    def list_breaks(self) -> list[int]:
        return [m.start() for m in _LIST_ITEM_BREAK.finditer(self.folded)]

    def item_window(self, start: int, end: int, width: int) -> tuple[int, int]:
        """`window`, but not past the 、 that separates the items of an enumeration: in "道路、污水处理设施、监控
        摄像机48台" the cameras are one item of a works list, not a camera of the sewage plant (used for
        `exclude_item_context`)."""
        lo, hi = self.window(start, end, width)
        i = bisect.bisect_left(self.list_breaks, start)
        if i > 0 and self.list_breaks[i - 1] >= lo:
            lo = self.list_breaks[i - 1] + 1
        j = bisect.bisect_left(self.list_breaks, end)
        if j < len(self.list_breaks) and self.list_breaks[j] < hi:
            hi = self.list_breaks[j]
        return lo, hi

    def clause_start(self, pos: int) -> tuple[int, int | None]:
        """Start of the clause holding `pos`, and the comma-like break that opens it (None at a sentence start)."""
        sentence_start, _ = self.sentence(pos, pos)
        soft = self.soft_spans
        soft.upto(pos)
        i = bisect.bisect_left(soft.starts, pos)
        while i > 0:
            brk = soft.starts[i - 1]
            if brk < sentence_start:
                break
            if soft.ends[i - 1] <= pos:
                return soft.ends[i - 1], brk
            i -= 1
        return sentence_start, None
