"""Necessary factors: a costly pattern is tried only when a string every match contains is at hand.

Why: a few patterns are tried once at a place but cost much there - nested lazy repetitions before a word list
(vendor_link_cues.yaml's negative_after took 0.2 ms per vendor name). Every match of such a pattern contains one
of its *factors* (read from the parse tree like enrich/fastscan.py's prefixes, in the same haystack); where none
occurs, the pattern cannot match, and `Guarded` answers None without running it.
"""
from __future__ import annotations

import re
import re._constants as _c  # type: ignore[import-not-found]  # private stdlib module: typeshed has no stub
import re._parser as _parser  # type: ignore[import-not-found]  # private stdlib module: typeshed has no stub
from bisect import bisect_left

from enrich.fastscan import (
    _REPEATS,
    _ZERO_WIDTH,
    Bits,
    _chars,
    _every_case,
    _Item,
    _Unbounded,
    haystack,
    prefixes,
    ranged,
)

MAX_FACTORS = 256


def factors(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which occurs (in the haystack) inside every match of `pattern`; None when none are known.

    Why: some patterns are tried once at a place but cost much there (nested lazy repetitions before a word
    list); when none of their factors occurs in the text at hand, they cannot match and need not be tried."""
    tree = _parser.parse(pattern.pattern, pattern.flags)
    found = _factors(list(tree.data), bool(pattern.flags & re.IGNORECASE))
    return None if not found or "" in found or len(found) > MAX_FACTORS else frozenset(found)


def _factors(items: list[_Item], ignore: bool) -> set[str] | None:
    """The most selective factor set of a sequence: a run of single characters, or a mandatory part's own."""
    options: list[set[str]] = []
    run = ""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the characters around it are adjacent in the text
        single = None
        if op in (_c.LITERAL, _c.IN):
            try:
                chars = _chars(op, av, ignore)
            except _Unbounded:
                chars = set()
            single = next(iter(chars)) if len(chars) == 1 else None
        if single is not None:
            run += single
            continue
        if run:
            options.append({run})
            run = ""
        inner = None
        if op == _c.SUBPATTERN:
            body = list(av[3].data)
            inner = _factors(_every_case(body) if av[1] & re.IGNORECASE and not ignore else body, ignore)
        elif op == _c.ATOMIC_GROUP:
            inner = _factors(list(av.data), ignore)
        elif op in _REPEATS and av[0] >= 1:
            inner = _factors(list(av[2].data), ignore)
        elif op == _c.BRANCH:
            inner = set()
            for alternative in av[1]:
                one = _factors(list(alternative.data), ignore)
                if one is None:
                    inner = None
                    break
                inner |= one
        if inner and len(inner) <= MAX_FACTORS:
            options.append(inner)
    if run:
        options.append({run})
    if not options:
        return None
    return max(options, key=lambda option: (min(map(len, option)), -len(option)))


class Guarded:
    """A pattern tried only when one of its factors occurs in the string at hand: `match`/`search` like its own."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.factors = factors(pattern)
        self.ignore = bool(pattern.flags & re.IGNORECASE)
        self.any_factor = None if self.factors is None else re.compile(  # one search for all of them
            "|".join(re.escape(factor) for factor in sorted(self.factors, key=len, reverse=True)))

    def _possible(self, string: str) -> bool:
        if self.any_factor is None:
            return True
        return self.any_factor.search(haystack(string, self.ignore)) is not None

    def match(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        endpos = len(string) if endpos is None else endpos
        return self.pattern.match(string, pos, endpos) if self._possible(string[pos:endpos]) else None

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        endpos = len(string) if endpos is None else endpos
        return self.pattern.search(string, pos, endpos) if self._possible(string[pos:endpos]) else None


class AnyGuarded:
    """Whether one of several patterns matches at the start of a string - what ``alternation.match(string)`` says
    of their alternation - each tried only when one of its own factors occurs in the string.

    Why: the alternation of costly parts (vendor_link_cues.yaml's negative_after: lazy repetitions before word lists,
    0.25 ms where tried) ran in full wherever a word of any part was near ("or", "other"); alone, a part runs only
    where its own words are, and only until one matches - the same answer (nothing follows the alternation). One
    automaton finds every part's factors at once (overlapping ones too), in one haystack without the passes no
    factor needs."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        import ahocorasick

        self.parts = [Guarded(pattern) for pattern in patterns]
        flags = {pattern.flags & re.IGNORECASE for pattern in patterns}
        assert len(flags) == 1  # one haystack serves every part
        self.ignore = bool(flags.pop())
        self.always = tuple(n for n, part in enumerate(self.parts) if part.factors is None)
        owners: dict[str, list[int]] = {}
        for n, part in enumerate(self.parts):
            for factor in part.factors or ():
                owners.setdefault(factor, []).append(n)
        self.digits = any("0" in factor for factor in owners)
        self.spaces = any(" " in factor for factor in owners)
        self.automaton = ahocorasick.Automaton()
        for factor, numbers in owners.items():
            self.automaton.add_word(factor, (len(factor), tuple(numbers)))
        if owners:
            self.automaton.make_automaton()

    def matches(self, string: str) -> bool:
        possible = set(self.always)
        if len(self.automaton):
            for _, (_, numbers) in self.automaton.iter(haystack(string, self.ignore, self.digits, self.spaces)):
                possible.update(numbers)
        return any(self.parts[n].pattern.match(string) for n in sorted(possible))

    def haystack_of(self, text: str) -> str:
        """The haystack its factors are found in (for `factors_in`'s `hay`)."""
        return haystack(text, self.ignore, self.digits, self.spaces)

    def factors_in(self, text: str, lo: int, hi: int, hay: str | None = None) -> list[tuple[int, int, tuple[int, ...]]]:
        """(start, stop, parts) of every factor inside text[lo:hi], by start: found once for many `matches_in`.
        `hay`: haystack_of(text), when the caller keeps it (many ranges of one text)."""
        if not len(self.automaton):
            return []
        hay = self.haystack_of(text) if hay is None else hay
        hits, shift = ranged(self.automaton, hay, lo, hi)  # (not the whole haystack copied for a short range)
        return sorted([(end + shift + 1 - length, end + shift + 1, numbers) for end, (length, numbers) in hits])  # (a
        # list: no generator resumed per hit)

    def matches_in(self, text: str, pos: int, endpos: int, found: list[tuple[int, int, tuple[int, ...]]]) -> bool:
        """``matches(text[pos:endpos])``, with found = factors_in(text, lo, hi) for lo <= pos <= endpos <= hi: the
        factors of the slice are those inside it (a slice's haystack is the haystack's slice, every pass being
        character by character)."""
        possible = set(self.always)
        for i in range(bisect_left(found, (pos,)), len(found)):
            start, stop, numbers = found[i]
            if start >= endpos:
                break
            if stop <= endpos:
                possible.update(numbers)
        string = text[pos:endpos]
        return any(self.parts[n].pattern.match(string) for n in sorted(possible))



class LongerBits(Bits):
    """A Scan member of (pattern, bit) pairs (fastscan.Bits) whose prefixes are lengthened up to `MOST` characters
    wherever that at most doubles their number.

    Why: the classifier's cues are tried where one of their prefixes stands, and four characters say little in
    Latin script ("pred" of "predictive" opens every "predmet", "vide" every "video nadzor"): with the longer
    prefixes a 16 KB notice's lane tries fell from ~3,300 to ~1,900 (the same matches: a longer prefix is as
    necessary as a shorter one), for ~13 % more automaton (Chinese cues, "\\s{0,2}" between their characters,
    multiply their prefixes and keep the short ones)."""

    MOST = 8

    @staticmethod
    def read_prefixes(pattern: re.Pattern[str], longest: int) -> frozenset[str] | None:
        short = prefixes(pattern, longest)
        for k in range(LongerBits.MOST, longest, -1):
            long = prefixes(pattern, k) if short is not None else None
            if long is not None and len(long) <= 2 * len(short or ()):
                return long
        return short
