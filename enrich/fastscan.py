"""Regular expressions run only where they can match: literal prefixes found in one Aho-Corasick pass.

Why: enrichment applies hundreds of large alternations (labels, cues, currency words) to every notice, and Python's
`re` tries each of them at every position of the text. Most positions cannot start a match. Here a pattern's
*prefixes* - a set of short strings such that every match starts with one of them - are read from its parse tree
(`re._parser`), all prefixes of many patterns go into one automaton (`pyahocorasick`, hundreds of MB/s), and the
pattern itself is tried only where a prefix occurs. The result is exactly the pattern's own: `finditer`, `search`
and windowed searches return the same matches, because a position without a prefix cannot start a match.

Prefixes are looked for in a *haystack* of the same length as the text: for case-insensitive patterns
`re_fold(text)` (every character replaced by the representative of the characters `re.IGNORECASE` treats as equal
to it: simple lower case, plus `re`'s extra equivalences such as ſ/s, ı/i), and in both kinds every whitespace
character written as " " and every decimal digit as "0", so that ``\\s`` and ``\\d`` are one character each in a
prefix. A pattern whose matches can start with a class too large to list (``\\w``, ``.``, a negated class) has no
prefixes (`prefixes` returns None) and callers keep scanning it the plain way.
"""
from __future__ import annotations

import bisect
import re
import re._casefix as _casefix
import re._constants as _c
import re._parser as _parser
from functools import lru_cache

import ahocorasick

MAX_CLASS = 64  # characters of a class listed one by one; a larger class ends the prefix
MAX_STRINGS = 512  # prefixes per pattern; above this, shorter prefixes are tried
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT}
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}


class _Unbounded(Exception):
    """An item consumes a character the reader cannot list."""


class _TooMany(Exception):
    """More prefixes than MAX_STRINGS at this length: shorter ones are tried."""


# ------------------------------------------------------------------------------------------- folding like re
@lru_cache(maxsize=1)
def _fold_tables() -> tuple[dict[int, int], re.Pattern[str]]:
    """(lower-case character → the representative of its IGNORECASE class, where they differ; a pattern finding
    those characters). The classes are re's own extra equivalences (re._casefix: ſ/s, ı/i, ς/σ, µ/μ …)."""
    groups: dict[int, set[int]] = {}
    for lower, others in _casefix._EXTRA_CASES.items():
        group = {lower, *others}
        for code in list(group):
            group |= groups.get(code, set())
        for code in group:
            groups[code] = group
    table = {code: min(group) for code, group in groups.items() if code != min(group)}
    return table, re.compile("[" + re.escape("".join(map(chr, sorted(table)))) + "]")


def re_fold(text: str) -> str:
    """`text` folded the way re.IGNORECASE compares characters (re's simple lower case, then the class
    representative), with the same length. str.lower() differs from re's lower case only for İ (two characters)
    and for a final Σ (ς, the same class as σ)."""
    if text.isascii():
        return text.lower()
    table, special = _fold_tables()
    lowered = text.lower()
    if len(lowered) != len(text):
        import _sre

        lowered = "".join(chr(_sre.unicode_tolower(ord(ch))) for ch in text)
    return lowered.translate(table) if special.search(lowered) else lowered


# ------------------------------------------------------------------------------------------- prefixes
def prefixes(pattern: re.Pattern[str], longest: int = 4) -> frozenset[str] | None:
    """Strings one of which starts every match of `pattern` in its haystack (see the module doc), each at most
    `longest` characters; None when no such set of at most MAX_STRINGS strings is known."""
    tree = _parser.parse(pattern.pattern, pattern.flags)
    ignore = bool(pattern.flags & re.IGNORECASE)
    for k in range(longest, 0, -1):
        try:
            found = _prefixes(list(tree.data), k, ignore)
        except _TooMany:
            continue
        return None if "" in found else frozenset(found)  # "": a match may start anywhere
    return None


def _prefixes(items: list, k: int, ignore: bool) -> set[str]:
    """Prefixes (at most k characters) of matches of the sequence `items`. A string shorter than k says nothing
    about what follows it; "" alone: nothing is required.

    `ignore` is the pattern's own IGNORECASE flag (its haystack is folded); a group that turns case-insensitivity
    off inside is folded too (that only adds candidates), one that turns it on in a case-sensitive pattern is not
    supported."""
    if k == 0 or not items:
        return {""}
    op, av = items[0]
    rest = items[1:]
    if op in _ZERO_WIDTH:
        return _prefixes(rest, k, ignore)
    if op == _c.SUBPATTERN:
        _group, add, _delete, body = av
        if add & re.IGNORECASE and not ignore:
            return {""}  # not supported: anything may come here
        return _prefixes(list(body.data) + rest, k, ignore)
    if op == _c.ATOMIC_GROUP:
        return _prefixes(list(av.data), k, ignore)
    if op == _c.BRANCH:
        found: set[str] = set()
        for alternative in av[1]:
            found |= _prefixes(list(alternative.data) + rest, k, ignore)
            if len(found) > MAX_STRINGS:
                raise _TooMany
        return found
    if op in _REPEATS:
        low, _high, body = av
        first = _prefixes(list(body.data), k, ignore)  # what follows one repetition is not read ("" stays "")
        return first | _prefixes(rest, k, ignore) if low == 0 else first
    try:
        chars = _chars(op, av, ignore)
    except _Unbounded:
        return {""}  # a character that cannot be listed: the prefix ends before it
    tails = _prefixes(rest, k - 1, ignore)
    found = {ch + tail for ch in chars for tail in tails}
    if len(found) > MAX_STRINGS:
        raise _TooMany
    return found


def _chars(op, av, ignore: bool) -> set[str]:
    """The haystack characters one item can consume (folded when ignoring case, spaces as " ", digits as "0")."""
    if op == _c.LITERAL:
        chars = {chr(av)}
    elif op == _c.IN:
        chars = set()
        for item_op, item_av in av:
            if item_op == _c.LITERAL:
                chars.add(chr(item_av))
            elif item_op == _c.RANGE and item_av[1] - item_av[0] < MAX_CLASS:
                chars.update(map(chr, range(item_av[0], item_av[1] + 1)))
            elif item_op == _c.CATEGORY and item_av in (_c.CATEGORY_SPACE, _c.CATEGORY_UNI_SPACE):
                chars.add(" ")
            elif item_op == _c.CATEGORY and item_av in (_c.CATEGORY_DIGIT, _c.CATEGORY_UNI_DIGIT):
                chars.add("0")
            else:
                raise _Unbounded  # NEGATE, large ranges, \w and the like
    else:
        raise _Unbounded  # ANY, NOT_LITERAL, back-references, conditionals
    chars = {_canonical(re_fold(ch) if ignore else ch) for ch in chars}
    if len(chars) > MAX_CLASS:
        raise _Unbounded
    return chars


def _canonical(ch: str) -> str:
    return " " if ch.isspace() else "0" if ch.isdecimal() else ch


_OTHER_SPACE_RE = re.compile(r"[^\S ]")
_OTHER_DIGIT_RE = re.compile(r"[^\D0]")


def haystack(text: str, ignore_case: bool) -> str:
    """The text prefixes are looked for in (see the module doc); same length as `text`."""
    if ignore_case:
        text = re_fold(text)
    return _OTHER_DIGIT_RE.sub("0", _OTHER_SPACE_RE.sub(" ", text))


# ------------------------------------------------------------------------------------------- scanning
class Scan:
    """One automaton for the prefixes of several members (a pattern, or a list of patterns scanned as one);
    `starts(text)` lists, per member, where a match of it can start. Members with a pattern without prefixes are
    listed in `unbounded`: their starts are unknown (empty lists) and they need a plain scan."""

    def __init__(self, members: list, longest: int = 4) -> None:
        self.patterns = [m if isinstance(m, re.Pattern) else None for m in members]
        self.unbounded: list[int] = []
        owners: dict[tuple[bool, str], list[int]] = {}
        for n, member in enumerate(members):
            group = [member] if isinstance(member, re.Pattern) else list(member)
            found = [(bool(p.flags & re.IGNORECASE), prefixes(p, longest)) for p in group]
            if any(strings is None for _, strings in found):
                self.unbounded.append(n)
                continue
            for ignore, strings in found:
                for prefix in strings:
                    numbers = owners.setdefault((ignore, prefix), [])
                    if not numbers or numbers[-1] != n:
                        numbers.append(n)
        self.size = len(members)
        self.automata = {}
        for ignore in (False, True):
            automaton = ahocorasick.Automaton()
            for (case, prefix), numbers in owners.items():
                if case == ignore:
                    automaton.add_word(prefix, (len(prefix) - 1, tuple(numbers)))
            if len(automaton):
                automaton.make_automaton()
                self.automata[ignore] = automaton

    def starts(self, text: str, hay: dict[bool, str] | None = None) -> list[list[int]]:
        """Per member, the sorted positions where one of its prefixes starts in `text`. `hay` caches the haystacks
        of a text by ignore_case, for scans that share them."""
        found: list[set[int]] = [set() for _ in range(self.size)]
        hay = {} if hay is None else hay
        for ignore, automaton in self.automata.items():
            if ignore not in hay:
                hay[ignore] = haystack(text, ignore)
            for end, (back, numbers) in automaton.iter(hay[ignore]):
                start = end - back
                for n in numbers:
                    found[n].add(start)
        return [sorted(positions) for positions in found]


def finditer(pattern: re.Pattern[str], text: str, starts: list[int], pos: int = 0, endpos: int | None = None):
    """`pattern.finditer(text, pos, endpos)` when `starts` holds every position where a match can start."""
    endpos = len(text) if endpos is None else endpos
    next_free = pos
    for start in starts[bisect.bisect_left(starts, pos):]:
        if start >= endpos:
            break
        if start < next_free:
            continue
        m = pattern.match(text, start, endpos)
        if m is not None:
            yield m
            next_free = m.end() if m.end() > start else start + 1


def search(pattern: re.Pattern[str], text: str, starts: list[int], pos: int = 0, endpos: int | None = None):
    """`pattern.search(text, pos, endpos)` when `starts` holds every position where a match can start."""
    endpos = len(text) if endpos is None else endpos
    for start in starts[bisect.bisect_left(starts, pos):]:
        if start >= endpos:
            return None
        m = pattern.match(text, start, endpos)
        if m is not None:
            return m
    return None


class Prefixed:
    """A pattern with its own automaton: `finditer`/`search` like the pattern's, faster when prefixes exist."""

    def __init__(self, pattern: re.Pattern[str] | str, flags: int = 0, longest: int = 4) -> None:
        self.pattern = re.compile(pattern, flags) if isinstance(pattern, str) else pattern
        self.scan = Scan([self.pattern], longest)
        self.plain = bool(self.scan.unbounded)

    def starts(self, text: str, hay: dict[bool, str] | None = None) -> list[int]:
        return self.scan.starts(text, hay)[0]

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None, *, hay: dict[bool, str] | None = None):
        if self.plain:
            return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)
        return finditer(self.pattern, text, self.starts(text, hay), pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None, *, hay: dict[bool, str] | None = None):
        if self.plain:
            return self.pattern.search(text, pos, len(text) if endpos is None else endpos)
        return search(self.pattern, text, self.starts(text, hay), pos, endpos)


class Found:
    """Where the patterns of a `Scan` can start inside text[lo:hi]; `search(pattern, a, b)` answers
    ``pattern.search(text[a:b])`` (a slice: look-behinds and ``\\Z`` see only the slice) for lo <= a <= b <= hi.
    Patterns the scan cannot bound are searched the plain way."""

    def __init__(self, scan: Scan, text: str, lo: int = 0, hi: int | None = None) -> None:
        hi = len(text) if hi is None else hi
        self.text, self.lo = text, lo
        piece = text[lo:hi]
        self.starts = {id(pattern): [lo + s for s in starts]
                       for n, (pattern, starts) in enumerate(zip(scan.patterns, scan.starts(piece)))
                       if n not in scan.unbounded}

    def search(self, pattern: re.Pattern[str], a: int, b: int):
        starts = self.starts.get(id(pattern))
        if starts is None:
            return pattern.search(self.text[a:b])
        piece = None
        for start in starts[bisect.bisect_left(starts, a):]:
            if start >= b:
                return None
            if piece is None:
                piece = self.text[a:b]
            m = pattern.match(piece, start - a)
            if m is not None:
                return m
        return None
