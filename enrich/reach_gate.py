"""Where a pattern that must reach a given character through a run of known characters can start (`ReachGate`).

Why: a statement such as supply_statements' "a price, then the company closing the sentence" is tried at every
number of a notice (~270 tries in a 2 KB one) and fails at almost all of them, slowly (~14 µs a try: a dozen
look-behinds, then bounded repeats of words and ~60 currency words backtracked against each other) - 6 % of a 2 KB
notice. Yet a match needs a comma right after its amount, and the amount is made only of word characters, spaces
and a few listed others. So from a position where the first character that is a comma or none of those is not a
comma, no match can start: those tries are skipped, with the same matches (a failed try changes nothing).

The characters a lead can consume are read from its parse tree (`re._parser`); a lead holding anything that could
consume an unlisted character (`.`, a negated class other than ``[^\\W…]``, a back-reference) gets no gate
(`ReachGate.made` returns None), so a cue written later can only make the gate give up, never skip a match."""
from __future__ import annotations

import re
from re import _casefix
from re import _constants as sre
from re import _parser as sre_parse
from typing import Any

_WORD_OR_SPACE = re.compile(r"[\w\s]")
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_SKIPPED = (sre.ASSERT, sre.ASSERT_NOT, sre.AT)  # consume nothing
_WIDEST_RANGE = 2048  # a class range wider than this is not enumerated: no gate


class _Unbounded(Exception):
    """The lead can consume characters outside word characters, spaces and a short list."""


def _add_literal(code: int, extra: set[str]) -> None:
    ch = chr(code)
    # IGNORECASE: every case of a listed character, and re's own extra equivalents (ι ~ U+0345, a combining mark)
    variants = {ch, ch.lower(), ch.upper(), ch.casefold()}
    variants.update(chr(other) for c in list(variants) if len(c) == 1
                    for other in _casefix._EXTRA_CASES.get(ord(c.lower()), ()))
    for variant in variants:
        for c in variant:
            if not _WORD_OR_SPACE.match(c):
                extra.add(c)


def _class_chars(items: list[tuple[Any, Any]], extra: set[str]) -> None:
    if items and items[0][0] is sre.NEGATE:
        # [^\W…] is a subset of the word characters; any other negated class can consume anything
        if (sre.CATEGORY, sre.CATEGORY_NOT_WORD) not in items[1:]:
            raise _Unbounded
        return
    for op, av in items:
        if op is sre.LITERAL:
            _add_literal(av, extra)
        elif op is sre.RANGE:
            if av[1] - av[0] > _WIDEST_RANGE:
                raise _Unbounded
            for code in range(av[0], av[1] + 1):
                _add_literal(code, extra)
        elif op is sre.CATEGORY and av in (sre.CATEGORY_WORD, sre.CATEGORY_DIGIT, sre.CATEGORY_SPACE):
            continue
        else:
            raise _Unbounded


def _consumed(parsed: Any, extra: set[str]) -> None:
    """Add to `extra` every character other than word characters and spaces that `parsed` can consume."""
    for op, av in parsed:
        if op in _SKIPPED:
            continue
        if op is sre.LITERAL:
            _add_literal(av, extra)
        elif op is sre.IN:
            _class_chars(av, extra)
        elif op is sre.SUBPATTERN:
            _consumed(av[3], extra)
        elif op is sre.ATOMIC_GROUP:
            _consumed(av, extra)
        elif op is sre.BRANCH:
            for branch in av[1]:
                _consumed(branch, extra)
        elif op in _REPEATS:
            _consumed(av[2], extra)
        else:  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, …
            raise _Unbounded


class ReachGate:
    """For a pattern ``lead`` + (spaces) + one of `targets` + …: the positions where a match can start.

    From a match's start, the lead and the spaces after it consume only word characters, spaces and the lead's
    listed others (`extra`), then a target follows. So the first character at or after the start that is a target
    or none of those must be a target; `starts` keeps only the positions where it is."""

    def __init__(self, extra: set[str], targets: str) -> None:
        listed = "".join(sorted(extra - set(targets)))
        self.targets = frozenset(targets)
        self.stops = re.compile(rf"[^\w\s{re.escape(listed)}]|[{re.escape(targets)}]")

    @classmethod
    def made(cls, lead: str, flags: int, targets: str) -> ReachGate | None:
        """The gate for `lead` (compiled with `flags`), None when its characters cannot be bounded."""
        extra: set[str] = set()
        try:
            _consumed(sre_parse.parse(lead, flags), extra)
        except (_Unbounded, re.error):
            return None
        return cls(extra, targets)

    def starts(self, text: str, masks: dict[int, int]) -> dict[int, int]:
        """`masks` ({position: mask}, fastscan.Scan.find) less the positions where no match can start."""
        if not masks:
            return masks
        first = min(masks)
        kept_here = bytearray(len(text) + 1)  # (1 where the first stop at or after is a target)
        previous = first - 1
        targets = self.targets
        for stop in self.stops.finditer(text, first):
            at = stop.start()
            if text[at] in targets:
                kept_here[previous + 1:at + 1] = b"\x01" * (at - previous)
            previous = at
        return {pos: mask for pos, mask in masks.items() if kept_here[pos]}
