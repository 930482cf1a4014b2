"""Where a pattern that must hold a digit within its first few characters can start (`DigitGate`).

Why: supply_statements' "an amount, then to/through/with the company" statement opens with an amount written three
ways (`$ 5 million`, `(?-i:[A-Z]{2,3}) 5`, `5 EUR`); its literal prefixes, read case-blind, hold every run of two or
three letters, so the candidate scan (enrich/fastscan.py) hands it nearly every position of a notice (~1,600 tries
in a 2 KB one, no match in the benchmark's texts): 1.3 ms of a 2 KB notice without a labelled supplier. Yet every
way of writing the amount reaches a digit within its first six characters. So from a position with no digit among
the next few characters no match can start: those tries are skipped, with the same matches (a failed try changes
nothing).

How far the first digit can lie is read from the pattern's parse tree (`re._parser`): look-arounds and anchors are
zero-width, a repeat counts its widest run, an alternation its farthest branch. A pattern holding an unbounded
repeat, a back-reference or a conditional group before its first certain digit, or a branch with no certain digit,
gets no gate (`DigitGate.made` returns None): a cue written later can only make the gate give up, never skip a match.
A certain digit is a class of nothing but `\\d` (Unicode decimal digits: what `str.isdecimal` answers) or a literal
decimal digit."""
from __future__ import annotations

import re
from re import _constants as sre
from re import _parser as sre_parse
from typing import Any

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT, sre.AT)
_ONE_CHARACTER = (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN)
_DIGITS = re.compile(r"\d")
#: No gate when the first digit may lie further than this: the gate would keep nearly every position anyway
WIDEST_LEAD = 12


class _NoBound(Exception):
    """The first certain digit cannot be bounded."""


def _is_digit_class(op: Any, av: Any) -> bool:
    if op == sre.LITERAL:
        return chr(av).isdecimal()
    if op != sre.IN or not av:
        return False
    for item_op, item_av in av:
        if item_op == sre.CATEGORY and item_av == sre.CATEGORY_DIGIT:
            continue
        if item_op == sre.LITERAL and chr(item_av).isdecimal():
            continue
        if item_op == sre.RANGE and all(chr(c).isdecimal() for c in range(item_av[0], item_av[1] + 1)):
            continue
        return False  # (a NEGATE, another category or a non-digit character)
    return True


def _item(op: Any, av: Any) -> tuple[int | None, int | None]:
    """(the farthest offset of the item's first certain digit, or None; the item's widest width, None: unbounded)."""
    if op in _ZERO_WIDTH:
        return None, 0
    if op in _ONE_CHARACTER:
        return (0 if _is_digit_class(op, av) else None), 1
    if op == sre.SUBPATTERN:
        return _sequence(av[-1])
    if op == sre.ATOMIC_GROUP:
        return _sequence(av)
    if op == sre.BRANCH:
        results = [_sequence(alternative) for alternative in av[1]]
        widths = [w for _, w in results]
        width = None if None in widths else max(w for w in widths if w is not None)
        if all(found is not None for found, _ in results):
            return max(found for found, _ in results if found is not None), width
        return None, width
    if op in _REPEATS:
        low, high, inner = av
        found, width = _sequence(inner)
        whole = None if high == sre.MAXREPEAT or width is None else high * width
        return (found if low >= 1 else None), whole
    raise _NoBound  # a back-reference, a conditional group, anything not read here


def _sequence(items: Any) -> tuple[int | None, int | None]:
    """`_item` for a run of items: the first certain digit of the first item that has one, after the widest run of
    the items before it (each of which must be bounded)."""
    offset = 0
    for op, av in items:
        found, width = _item(op, av)
        if found is not None:
            return offset + found, None if width is None else offset + width
        if width is None:
            raise _NoBound  # (nothing after an unbounded item can be placed)
        offset += width
    return None, offset


class DigitGate:
    """The positions where a match can start: those with a digit at most `reach` characters on."""

    def __init__(self, reach: int) -> None:
        self.reach = reach

    @classmethod
    def made(cls, pattern: re.Pattern[str]) -> DigitGate | None:
        """The gate for `pattern`, None when its first digit cannot be bounded (or lies past WIDEST_LEAD)."""
        if not isinstance(pattern.pattern, str):
            return None
        try:
            found, _ = _sequence(sre_parse.parse(pattern.pattern, pattern.flags))
        except (_NoBound, re.error):
            return None
        return None if found is None or found > WIDEST_LEAD else cls(found)

    def starts(self, text: str, masks: dict[int, int], gaps: bytearray | None = None) -> dict[int, int]:
        """`masks` ({position: mask}, fastscan.Scan.find) less the positions with no digit `reach` characters on;
        `gaps`: the text's digit_gaps (made here when not given and the positions are many)."""
        if not masks:
            return masks
        reach = self.reach
        if gaps is None and len(masks) <= FEW_STARTS:  # (a few positions: a search each)
            search = _DIGITS.search
            return {pos: mask for pos, mask in masks.items() if search(text, pos, pos + reach + 1)}
        if gaps is None:
            gaps = digit_gaps(text)
        return {pos: mask for pos, mask in masks.items() if gaps[pos] <= reach}


#: Up to this many positions a gate searches for a digit at each; past it, it reads digit_gaps (a byte a position)
FEW_STARTS = 48
_FAR = 255  # digit_gaps' value for "no digit within 255 characters"
_COUNTDOWN = memoryview(b"\xff" * ((1 << 16) - _FAR) + bytes(range(_FAR, 0, -1)))  # ..., 255, ..., 2, 1: distances
_DIGIT_RUNS = re.compile(r"\d+")


def digit_gaps(text: str) -> bytearray:
    """Per position of `text` (and one past its end), how far on the next digit (as `\\d` matches it) lies: 0 on a
    digit, _FAR when it is at least that far or there is none. Why: several gates read one text; each reads a byte a
    position, and the gaps are written a run of digits at a time (two slices), not a digit at a time."""
    gaps = bytearray(b"\xff" * (len(text) + 1))
    written = 0  # the first position not yet written
    longest = len(_COUNTDOWN)
    for run in _DIGIT_RUNS.finditer(text):
        start, end = run.span()
        lead = start - written  # positions written .. start-1: distances lead .. 1
        if lead <= longest:
            gaps[written:start] = _COUNTDOWN[longest - lead:]
        else:  # (further than _COUNTDOWN reaches: left at _FAR)
            gaps[start - longest:start] = _COUNTDOWN
        gaps[start:end] = bytes(end - start)
        written = end
    return gaps
