"""A large alternation that can be tried with only some of its alternatives (see `Alternation`)."""
from __future__ import annotations

import re
from collections.abc import Iterable

#: Heads `Alternation` accepts: look-behinds (without nested groups) and named groups' openings, each with one way
#: to match at a position.
_ONE_WAY_HEAD = re.compile(r"(?:\(\?<[!=](?:[^()\\]|\\.)*\)|\(\?P<\w+>)*")


class Alternation:
    """``head (?:alt0|alt1|…) tail`` compiled with `flags`, that can also be tried with only some alternatives.

    Why: a large alternation is slow to try even where it can match, because `re` tries its alternatives one by one.
    A `Scan` (enrich/fastscan.py) tells, per position, which alternatives can start a match there (their own
    prefixes); `match(mask, …)` tries only those - it matches exactly where and what the whole pattern matches at
    that position, since the others cannot match there. Named groups keep their names (their numbers may differ:
    use names).

    The chosen alternatives are tried one by one, each as its own compiled pattern (`parts`), in their order, and
    the first match wins. That is what `re` does with the alternation itself, because the head has only one way to
    match (look-behinds, a group's opening): `re` tries alternative i with every way of the tail before i + 1.
    Compiling a pattern of only the chosen alternatives instead costs milliseconds per distinct choice - more than
    a process saves on a few thousand notices."""

    def __init__(self, head: str, alternatives: list[str], tail: str = "", flags: int = 0) -> None:
        if not _ONE_WAY_HEAD.fullmatch(head):
            raise ValueError(f"an Alternation head must have one way to match (look-behinds, a group): {head!r}")
        self.head, self.alternatives, self.tail, self.flags = head, list(alternatives), tail, flags
        self.pattern = re.compile(self._source(range(len(self.alternatives))), flags)
        self.parts = [re.compile(self._source([i]), flags) for i in range(len(self.alternatives))]
        self._chosen: dict[int, list[re.Pattern[str]]] = {}

    def _source(self, indexes: Iterable[int]) -> str:
        return f"{self.head}(?:{'|'.join(f'(?:{self.alternatives[i]})' for i in indexes)}){self.tail}"

    def at(self, mask: int) -> list[re.Pattern[str]]:
        """The parts of the alternatives whose bits are set in `mask`, in their order."""
        found = self._chosen.get(mask)
        if found is None:
            if len(self._chosen) >= 4096:  # bounded, whatever a text throws at it
                self._chosen.clear()
            found = self._chosen[mask] = [part for i, part in enumerate(self.parts) if mask >> i & 1]
        return found

    def match(self, mask: int, text: str, pos: int, endpos: int | None = None) -> re.Match[str] | None:
        """``pattern.match(text, pos, endpos)`` where only the alternatives in `mask` can match at `pos`."""
        endpos = len(text) if endpos is None else endpos
        for part in self.at(mask):
            m = part.match(text, pos, endpos)
            if m is not None:
                return m
        return None


def split_union(pattern: re.Pattern[str]) -> Alternation | None:
    """The union ``(?:a)|(?:b)|…`` (as enrich/classify/patterns.union writes it) as an Alternation of a, b, …; None
    when the pattern is not such a union.

    Why: a large union searched at the positions where its automaton's prefixes stand tries every alternative there
    (~1.3 µs a position for a union of ~100 cues: ~2.6 ms of a 64 KB notice for the headline block's two body
    searches); an Alternation tries only those whose own prefixes start there (enrich/fastscan.py)."""
    parts = top_level_parts(pattern.pattern)
    if len(parts) < 2 or not all(p.startswith("(?:") and p.endswith(")") for p in parts):
        return None
    try:
        made = Alternation("", [p[3:-1] for p in parts], flags=pattern.flags & ~re.UNICODE)
    except re.error:
        return None
    return made if made.pattern.flags == pattern.flags and made.pattern.groups == pattern.groups else None


def top_level_parts(source: str) -> list[str]:
    """`source` cut at its "|" outside groups and character classes."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            i += 1
            if i < len(source) and source[i] == "^":
                i += 1
            if i < len(source) and source[i] == "]":  # "[]…]", "[^]…]": a literal "]"
                i += 1
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts
