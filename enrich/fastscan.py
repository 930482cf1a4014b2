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
character but the line break and the tab written as " " and every decimal digit as "0", so that ``\\s`` is three
characters and ``\\d`` one in a prefix. A pattern whose matches can start with a class too large to list (``\\w``,
``.``, a negated class) has no prefixes (`prefixes` returns None) and callers keep scanning it the plain way.
"""
from __future__ import annotations

import bisect
import re
import re._constants as _c  # type: ignore[import-not-found]  # private stdlib module: typeshed has no stub
import re._parser as _parser  # type: ignore[import-not-found]  # private stdlib module: typeshed has no stub
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any, cast

import ahocorasick

from enrich import cjkorder, haystacks, native_scan
from enrich.alternation import Alternation as Alternation  # re-exported: built from a Scan's findings
from enrich.haystacks import _OTHER_DIGIT_RE, _OTHER_SPACE_RE, _fold_tables
from enrich.haystacks import re_fold as re_fold  # re-exported: callers fold patterns' literals with it
from enrich.lazy_automata import LazyAutomata

MAX_CLASS = 64  # characters of a class listed one by one; a larger class ends the prefix
MAX_STRINGS = 512  # prefixes per pattern; above this, shorter prefixes are tried
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT}
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
#: An item of a re._parser parse tree: (opcode, argument). The argument's type depends on the opcode (a code point,
#: a (low, high, body) repeat, a list of class items, a sub-pattern …), and re._parser has no stub.
_Item = tuple[Any, Any]
_Owners = dict[tuple[bool, str], list[tuple[int, int]]]  # (ignore case, prefix) -> (member, bit)


class _Unbounded(Exception):
    """An item consumes a character the reader cannot list."""


class _TooMany(Exception):
    """More prefixes than MAX_STRINGS at this length: shorter ones are tried."""


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


def _prefixes(items: list[_Item], k: int, ignore: bool) -> set[str]:
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
        if add & re.IGNORECASE and not ignore:  # (?i:…) in a case-sensitive pattern: every case of its letters
            return _prefixes(_every_case(list(body.data)) + rest, k, ignore)
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
    if op == _c.GROUPREF_EXISTS:  # (?(name)yes|no): either branch may apply
        _group, yes, no = av
        return _prefixes(list(yes.data) + rest, k, ignore) | _prefixes((list(no.data) if no else []) + rest, k, ignore)
    if op in _REPEATS:
        low, high, body = av
        first = _prefixes(list(body.data), k, ignore)
        if "" in first or high == 0:  # the body may match empty: what follows one repetition is not read
            return first | _prefixes(rest, k, ignore) if low == 0 else first
        # unrolled: one repetition (each consumes a character, so k bounds the depth), then the remaining ones
        again = [(op, (max(low - 1, 0), high - 1 if high != _c.MAXREPEAT else high, body))] if high != 1 else []
        found = _prefixes(list(body.data) + again + rest, k, ignore)
        return found | _prefixes(rest, k, ignore) if low == 0 else found
    try:
        chars = _chars(op, av, ignore)
    except _Unbounded:
        return {""}  # a character that cannot be listed: the prefix ends before it
    tails = _prefixes(rest, k - 1, ignore)
    found = {ch + tail for ch in chars for tail in tails}
    if len(found) > MAX_STRINGS:
        raise _TooMany
    return found


def _chars(op: int, av: Any, ignore: bool) -> set[str]:
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
                chars.update(_SPACES)
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


_SPACES = " \n\t"  # kept apart in the haystack (a tab or line break is a cue of its own); other spaces are " "


class _Items:
    """A rewritten part of a parse tree (what _prefixes reads of re._parser.SubPattern: `.data`)."""

    def __init__(self, data: list[_Item]) -> None:
        self.data = data


def _every_case(items: list[_Item]) -> list[_Item]:
    """`items` of a case-insensitive group as case-sensitive items: each character as the class of the characters
    re.IGNORECASE matches it with (a class too large to list stays as it is and ends the prefix)."""
    out: list[_Item] = []
    for op, av in items:
        if op in (_c.LITERAL, _c.IN):
            try:
                chars = {v for ch in _chars(op, av, False) for v in _cases()[re_fold(ch)]}
            except _Unbounded:
                out.append((op, av))
                continue
            out.append((_c.IN, [(_c.LITERAL, ord(ch)) for ch in sorted(chars)]))
        elif op == _c.SUBPATTERN:
            out.append((op, (av[0], av[1] & ~re.IGNORECASE, av[2], _Items(_every_case(list(av[3].data))))))
        elif op == _c.BRANCH:
            out.append((op, (av[0], [_Items(_every_case(list(alt.data))) for alt in av[1]])))
        elif op in _REPEATS:
            out.append((op, (av[0], av[1], _Items(_every_case(list(av[2].data))))))
        elif op == _c.ATOMIC_GROUP:
            out.append((op, _Items(_every_case(list(av.data)))))
        elif op == _c.GROUPREF_EXISTS:
            out.append((op, (av[0], _Items(_every_case(list(av[1].data))),
                             _Items(_every_case(list(av[2].data))) if av[2] else None)))
        elif op in _ZERO_WIDTH:
            out.append((op, av))
        else:
            out.append((_c.ANY, None))  # anything else: a character that cannot be listed
    return out


class _Cases(dict[str, frozenset[str]]):
    """re_fold(c) → every character with that fold (the characters re.IGNORECASE treats as c); a character
    without case is only itself."""

    def __missing__(self, key: str) -> frozenset[str]:
        return frozenset(key)


@lru_cache(maxsize=1)
def _cases() -> _Cases:
    groups: dict[str, set[str]] = {}
    for code in range(0x1F000):  # no character above has a case
        ch = chr(code)
        if ch.lower() != ch or ch.upper() != ch or code in _fold_tables()[0]:
            groups.setdefault(re_fold(ch), set()).add(ch)
    cases = _Cases()
    cases.update((key, frozenset(chars | {key})) for key, chars in groups.items())
    return cases


def _canonical(ch: str) -> str:
    return ch if ch in _SPACES else " " if ch.isspace() else "0" if ch.isdecimal() else ch


_BY_TABLE = 1024  # characters: a text this long is made a haystack by one table look-up (enrich/haystacks.py)
_recent: list[tuple[str, tuple[bool, bool, bool], str]] = []  # the last haystacks made: text, how, haystack


def haystack(text: str, ignore_case: bool, digits: bool = True, spaces: bool = True) -> str:
    """The text prefixes are looked for in (see the module doc); same length as `text`. `digits`/`spaces`: write
    digits as "0" and odd spaces as " " (not needed when no prefix holds a "0" or a " "). The last few are kept:
    the extractors of one notice scan the same text - often as another string object of the same content (a
    notice's text put together again), so an equal text serves too (compared only at equal length: a memcmp) - and
    a haystack without the digits/spaces passes is the start of one with them (the passes touch other characters
    than re_fold makes and each other's, so their order does not matter). A leading slice of a kept text
    (``text[:60000]``) takes the slice of its haystack: every pass is character by character (re_fold's only
    context, a final σ, folds to the same representative as any σ)."""
    how = (ignore_case, digits, spaces)
    start = None
    for seen, seen_how, hay in _recent:
        if seen_how[0] != ignore_case or len(seen) < len(text):
            continue
        if len(seen) > len(text):
            if seen_how[1] >= digits and seen_how[2] >= spaces and seen.startswith(text):
                return hay[:len(text)]
            continue
        if not (seen is text or seen == text):
            continue
        if seen_how[1] >= digits and seen_how[2] >= spaces:  # as full as asked, or fuller
            return hay
        start = hay if not (seen_how[1] or seen_how[2]) else start
    made = haystacks.by_table(text, ignore_case, digits, spaces) if len(text) >= _BY_TABLE and (
        ignore_case or digits or spaces) else None
    if made is not None:  # the three passes below in one look-up per character
        hay = made
    else:
        hay = start if start is not None else re_fold(text) if ignore_case else text
        if spaces:
            hay = _OTHER_SPACE_RE.sub(" ", hay)
        if digits:
            hay = _OTHER_DIGIT_RE.sub("0", hay)
    if len(text) >= 512:  # worth keeping (small windows would only push the notices' haystacks out)
        _recent.insert(0, (text, how, hay))
        del _recent[12:]  # a notice's extractors ask for up to ~10 distinct ones; fewer pushed some out
    return hay


# ------------------------------------------------------------------------------------------- scanning
class Bits(list[tuple[re.Pattern[str], int]]):
    """A Scan member of (pattern, bit) pairs: a position's mask has the bits of the patterns that can start there."""


#: What a Scan is built from (see Scan).
Member = re.Pattern[str] | list[re.Pattern[str]] | Alternation | Bits


class Scan(LazyAutomata):  # (its pyahocorasick automata pickled packed: enrich/lazy_automata.py)
    """One automaton for the prefixes of several members: a pattern, a list of patterns scanned as one, or an
    `Alternation` (whose alternatives are told apart). `find(text)` gives, per member, {position: mask} for every
    position where a match of it can start (mask: the alternatives that can, bit i for alternative i; 1 for the
    others). Members with a pattern without prefixes are listed in `unbounded`: nothing is found for them and
    they need a plain scan."""

    def __init__(self, members: Sequence[Member], longest: int = 4) -> None:
        self.patterns = [m if isinstance(m, re.Pattern) else None for m in members]
        self._bits = [isinstance(m, (Alternation, Bits)) for m in members]  # members whose masks hold several bits
        self.unbounded: list[int] = []
        owners: _Owners = {}
        for n, member in enumerate(members):
            if isinstance(member, Alternation):
                group = [(part, 1 << i) for i, part in enumerate(member.parts)]
            elif isinstance(member, Bits):
                group = list(member)
            else:
                group = [(p, 1) for p in ([member] if isinstance(member, re.Pattern) else member)]
            read = getattr(member, "read_prefixes", prefixes)  # (a Bits member may read its own: regexfactors.py)
            found = [(bool(p.flags & re.IGNORECASE), read(p, longest), bit) for p, bit in group]
            if any(strings is None for _, strings, _ in found):
                self.unbounded.append(n)
                continue
            for ignore, strings, bit in found:
                assert strings is not None  # the members with an unbounded pattern were skipped above
                for prefix in strings:
                    owners.setdefault((ignore, prefix), []).append((n, bit))
        self.size, self.automata = len(members), {}
        self.cjk_automata = {}  # the same words for Chinese text (enrich/cjkorder.py: `chinese`)
        self.how: dict[bool, tuple[bool, bool, bool]] = {}  # haystack(…) arguments per automaton
        self.native: dict[bool, native_scan.Tables] = {}  # the same words for the compiled pass (native_scan.py)
        for ignore in (False, True):
            words = []
            for (case, prefix), numbers in _root_order(owners):
                if case == ignore:  # (back to the start, members with bit 1, other (member, its bits OR-ed))
                    bits: dict[int, int] = {}
                    for n, bit in numbers:
                        bits[n] = bits.get(n, 0) | bit
                    plain = tuple(n for n, bit in bits.items() if bit == 1 and not self._bits[n])
                    other = tuple((n, bit) for n, bit in bits.items() if bit != 1 or self._bits[n])
                    words.append((prefix, _hit_value(len(prefix) - 1, plain, other)))
            if words:
                self.native[ignore] = native_scan.tables(words)
                # a large root: its frequent characters that open no prefix (" " and "0" where no prefix starts with
                # them) made children too, by filler words whose hits go to a member past the last (dropped); in
                # the same order. For Chinese text: a very large root ordered for it, else the root without fillers
                # (they would only lengthen a short root's list for ideographs)
                latin = cjkorder.automaton(words, (0, self.size, 0), _FREQUENT, cjkorder.MIN_LATIN_ROOT)
                self.automata[ignore] = latin or _automaton(words)
                chinese = cjkorder.automaton(words, (0, self.size, 0), sentinel=True) or (
                    latin and cjkorder.sentinel_automaton(words, (0, self.size, 0)))
                if chinese:
                    self.cjk_automata[ignore] = chinese
                # the whole haystack always (prefixes hold only "0" digits and " " spaces, so it serves every scan),
                # but not its digits/spaces passes where no prefix could meet them
                listed = [prefix for case, prefix in owners if case == ignore]
                self.how[ignore] = (ignore, True, True) if any("0" in x or " " in x for x in listed) else (
                    ignore, False, False)

    def find(self, text: str, lo: int = 0, hi: int | None = None) -> list[dict[int, int]]:
        """Per member, {position: mask} where a match can start in `text`, or only in text[lo:hi] (positions
        still counted from the start of `text`: the whole text's haystack, often kept, serves without a slice)."""
        found: list[dict[int, int]] = [{} for _ in range(self.size + 1)]  # the last: cjkorder's fillers, dropped
        hi = len(text) if hi is None else hi
        for ignore, how in self.how.items():  # (the automata's keys, in their order)
            hay = haystack(text, *how)
            if native_scan.find_into(self.native.get(ignore), hay, lo, hi, found):  # the compiled pass did it
                continue
            automaton = self.automata[ignore]
            if ignore in self.cjk_automata and hi - lo >= 256 and cjkorder.mostly_ideographs(hay, lo, hi):
                automaton, hay = cjkorder.chinese(self.cjk_automata[ignore], automaton, hay)  # the same hits
            hits, shift = ranged(automaton, hay, lo, hi)
            for end, (back, n, bit) in hits:
                start = end + shift - back
                if not bit:  # the usual hit: one plain member (see _hit_value)
                    found[n][start] = 1
                elif n >= 0:
                    masks = found[n]
                    masks[start] = masks.get(start, 0) | bit
                else:
                    plain, other = bit
                    for n in plain:
                        found[n][start] = 1
                    for n, bit in other:
                        masks = found[n]
                        masks[start] = masks.get(start, 0) | bit
        return found[:-1]

    def starts(self, text: str) -> list[list[int]]:
        """Per member, the sorted positions where a match of it can start in `text`."""
        return [sorted(masks) for masks in self.find(text)]

    def finditer(self, found: list[dict[int, int]], n: int, text: str,
                 pattern: re.Pattern[str] | None = None) -> Iterator[re.Match[str]]:
        """Member `n`'s finditer over `text` with what `find(text)` found (plain when it is unbounded); `pattern`:
        the member itself, when this scan was built from another copy of it."""
        pattern = pattern or cast("re.Pattern[str]", self.patterns[n])  # None only for a list member: pass `pattern`
        if n in self.unbounded:
            return pattern.finditer(text)
        return finditer(pattern, text, found[n]) if found[n] else iter(())  # no start anywhere: no generator to run


def ranged(automaton: Any, hay: str, lo: int, hi: int) -> tuple[Iterator[tuple[int, Any]], int]:
    """``automaton.iter(hay, lo, hi)``, read from the slice hay[lo:hi], and the shift to add to each hit's end (the
    caller adds it: no generator resumed per hit). Why: pyahocorasick copies the whole string it is given (as UCS-4,
    unless it is already) before reading any range of it - ~25 µs for a 64 KB notice's haystack however short the
    range; the hits of a slice are those of the range, counted from its start. A range that leaves out little is
    read in place (shift 0)."""
    if len(hay) - (hi - lo) <= 4096:
        return automaton.iter(hay, lo, hi), 0
    return automaton.iter(hay[lo:hi]), lo


def _automaton(words: list[tuple[str, Any]]) -> Any:  # an ahocorasick.Automaton (untyped)
    made = ahocorasick.Automaton()
    for word, value in words:
        made.add_word(word, value)
    made.make_automaton()
    return made


def _hit_value(back: int, plain: tuple[int, ...], other: tuple[tuple[int, int], ...]) -> tuple[int, int, Any]:
    """A prefix's automaton value, (back, member, bit): (back, n, 0) for one plain member, (back, n, bits) for one
    member with bits, else (back, -1, (plain, other)). Why: Scan.find's loop runs once per hit (thousands per
    long notice), and most prefixes belong to one member: no inner loops for them."""
    if len(plain) == 1 and not other:
        return back, plain[0], 0
    if len(other) == 1 and not plain:
        return back, other[0][0], other[0][1]
    return back, -1, (plain, other)


#: Characters most frequent in notices, most frequent first (see `_root_order`).
_FREQUENT = " etaoinsrhldcumfpgwybvkxjqz0\n\t.,-/()"


def _root_order(owners: _Owners) -> list[tuple[tuple[bool, str], list[tuple[int, int]]]]:
    """The prefixes in the order they are put into an automaton: by first character, the most frequent first.

    Why: pyahocorasick looks a character up among a node's children one by one, in the order they were added, and
    most characters of a text are looked up at the root, which has hundreds of children (every first character of
    a prefix). Frequent letters first make those look-ups short (Latin text scans about 40 % faster); after them,
    the characters that open the most prefixes. The order changes no hit: only how fast it is found."""
    rank = {ch: i for i, ch in enumerate(_FREQUENT)}
    opening: dict[str, int] = {}
    for _, prefix in owners:
        opening[prefix[0]] = opening.get(prefix[0], 0) + 1
    return sorted(owners.items(), key=lambda item: (rank.get(item[0][1][0], len(rank)), -opening[item[0][1][0]],
                                                    item[0][1]))


def finditer(pattern: re.Pattern[str] | Alternation, text: str, masks: dict[int, int] | list[int], pos: int = 0,
             endpos: int | None = None) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, pos, endpos)` (pattern: a re.Pattern or an Alternation) when `masks` holds every
    position where a match can start (see Scan.find; or a sorted list of positions, for a pattern)."""
    endpos = len(text) if endpos is None else endpos
    next_free = pos
    if isinstance(pattern, Alternation):
        dispatch, whole = pattern.match, pattern.pattern
    else:
        dispatch, whole = None, pattern
    positions = sorted(masks) if isinstance(masks, dict) else masks
    # by index from the window's first position: a slice would copy every position after the window
    for i in range(bisect.bisect_left(positions, pos) if pos else 0, len(positions)):
        start = positions[i]
        if start < next_free:
            continue
        if start >= endpos:
            break
        m = dispatch(masks[start], text, start, endpos) if dispatch else whole.match(text, start, endpos)
        if m is not None:
            yield m
            next_free = m.end() if m.end() > start else start + 1


def search(pattern: re.Pattern[str], text: str, starts: list[int], pos: int = 0,
           endpos: int | None = None) -> re.Match[str] | None:
    """`pattern.search(text, pos, endpos)` when `starts` (sorted) holds every position where a match can start."""
    endpos = len(text) if endpos is None else endpos
    for i in range(bisect.bisect_left(starts, pos), len(starts)):  # by index: no copy of the positions after pos
        start = starts[i]
        if start >= endpos:
            return None
        m = pattern.match(text, start, endpos)
        if m is not None:
            return m
    return None


class Prefixed:
    """A pattern (or an Alternation) with its own automaton: `finditer`/`search` like the pattern's."""

    def __init__(self, pattern: str | re.Pattern[str] | Alternation, flags: int = 0, longest: int = 4) -> None:
        self.pattern = re.compile(pattern, flags) if isinstance(pattern, str) else pattern
        self.scan = Scan([self.pattern], longest)
        self.plain = bool(self.scan.unbounded)
        self.whole = self.pattern.pattern if isinstance(self.pattern, Alternation) else self.pattern

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        if self.plain:
            return self.whole.finditer(text, pos, len(text) if endpos is None else endpos)
        return finditer(self.pattern, text, self.scan.find(text)[0], pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if self.plain:
            return self.whole.search(text, pos, len(text) if endpos is None else endpos)
        return next(iter(finditer(self.pattern, text, self.scan.find(text)[0], pos, endpos)), None)


class Found:
    """Where the members of a `Scan` can start inside text[lo:hi]; `search(member, a, b)` answers
    ``member.search(text[a:b])`` (a slice: look-behinds and ``\\Z`` see only the slice) for lo <= a <= b <= hi.
    Members are patterns or Alternations; those the scan cannot bound are searched the plain way."""

    def __init__(self, scan: Scan, members: Sequence[Member], text: str, lo: int = 0, hi: int | None = None) -> None:
        hi = len(text) if hi is None else hi
        self.text, self.lo, self.hi = text, lo, hi
        found = scan.find(text, lo, hi)
        self.masks = {id(member): found[n] for n, member in enumerate(members) if n not in scan.unbounded}
        self.sorted: dict[int, list[int]] = {}

    def search(self, member: re.Pattern[str] | Alternation, a: int, b: int) -> re.Match[str] | None:
        masks = self.masks.get(id(member))
        whole = member.pattern if isinstance(member, Alternation) else member
        if masks is None:
            return whole.search(self.text[a:b])
        positions = self.sorted.get(id(member))
        if positions is None:
            positions = self.sorted[id(member)] = sorted(masks)
        piece = None
        dispatch = member.match if isinstance(member, Alternation) else None
        for i in range(bisect.bisect_left(positions, a), len(positions)):  # by index: no copy of the tail
            start = positions[i]
            if start >= b:
                return None
            if piece is None:
                piece = self.text[a:b]
            m = dispatch(masks[start], piece, start - a) if dispatch else whole.match(piece, start - a)
            if m is not None:
                return m
        return None
