"""Which characters can a regular expression's match start with?

Why: the classifier applies about a thousand cue patterns to every notice. Trying them all at every position
is slow, so cues are indexed by the characters they can start with (see `matcher`): at a position only the
cues that can begin with the character found there are tried. The index must never leave out a character
a cue can really start with — that would silently lose matches — but it may be larger than necessary
(that only costs time).

Python does not expose its regex parser (``re._parser`` is private and changed name in 3.11), so this module
reads the pattern text itself. It understands the syntax the reviewed cue files use (literals, escapes,
character classes, groups, look-arounds, alternation, quantifiers) and answers "unknown" (None) for anything
it cannot bound — ``\\w``, ``.``, a negated or very large class, a back-reference, a conditional group — so
the cue is then tried everywhere (``\\d`` and ``\\s`` are small sets and are indexed). Tests compare the index
with plain ``re`` matching on the evaluation texts.
"""
from __future__ import annotations

import sys
from functools import lru_cache

MAX_CLASS_CHARS = 4000  # a larger range (a whole script) is cheaper to try everywhere than to index

_CATEGORY_ESCAPES = frozenset("dDwWsS")
_UNBOUNDED_CATEGORIES = frozenset("DwWS")  # \d and \s are small sets (660 and 29 characters), the rest are not
_ZERO_WIDTH_ESCAPES = frozenset("bBAZ")
_CONTROL_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_FLAGS = frozenset("aiLmsux-")


class _Unknown(Exception):
    """Raised inside the parser when the first characters cannot be bounded."""


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a non-empty match of `pattern` can start with, or None when that is unknown.

    None also when the pattern can match the empty string (it could "start" anywhere).
    """
    reader = _Reader(pattern)
    try:
        firsts, nullable = reader.alternation()
    except _Unknown:
        return None
    if reader.pos != len(pattern):  # an unbalanced ")" — let re report it; do not guess
        return None
    return None if nullable or firsts is None else frozenset(firsts)


class _Reader:
    """Recursive-descent reader: each method returns (first characters or None, can match empty)."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.pos = 0
        self.ignore_case = False

    def peek(self, offset: int = 0) -> str:
        at = self.pos + offset
        return self.pattern[at] if at < len(self.pattern) else ""

    def startswith(self, prefix: str | tuple[str, ...]) -> bool:
        return self.pattern.startswith(prefix, self.pos)

    # -- structure ---------------------------------------------------------------------------------------

    def alternation(self) -> tuple[set[str] | None, bool]:
        firsts, nullable = self.sequence()
        while self.peek() == "|":
            self.pos += 1
            branch_firsts, branch_nullable = self.sequence()
            firsts = None if firsts is None or branch_firsts is None else firsts | branch_firsts
            nullable = nullable or branch_nullable
        return firsts, nullable

    def sequence(self) -> tuple[set[str] | None, bool]:
        """Items in order: each adds its first characters until one of them cannot match empty."""
        firsts: set[str] | None = set()
        settled = False  # a non-nullable item was seen: later items cannot start the match
        while self.peek() not in ("", "|", ")"):
            item_firsts, item_nullable = self.quantified(self.atom())
            if settled or firsts is None:
                continue  # still read on, to find where the sequence ends
            if item_firsts is None:
                firsts = None
                continue
            firsts |= item_firsts
            settled = not item_nullable
        return firsts, not settled

    def quantified(self, item: tuple[set[str] | None, bool]) -> tuple[set[str] | None, bool]:
        firsts, nullable = item
        while True:
            char = self.peek()
            if char in ("*", "?"):
                self.pos += 1
                nullable = True
            elif char == "+":
                self.pos += 1
            elif char == "{" and (bounds := self._braces()) is not None:
                nullable = nullable or bounds == 0
            else:
                return firsts, nullable
            if self.peek() in ("?", "+"):  # lazy or possessive: same characters
                self.pos += 1

    def _braces(self) -> int | None:
        """Reads a {m,n} quantifier and returns m; None (reading nothing) when "{" is a literal brace."""
        end = self.pattern.find("}", self.pos)
        if end == -1:
            return None
        body = self.pattern[self.pos + 1:end]
        low, comma, high = body.partition(",")
        if not (low.isdigit() or (comma and not low)) or (high and not high.isdigit()) or (not comma and not low):
            return None
        self.pos = end + 1
        return int(low) if low else 0

    # -- atoms -------------------------------------------------------------------------------------------

    def atom(self) -> tuple[set[str] | None, bool]:
        char = self.peek()
        if char == "(":
            return self.group()
        if char == "[":
            return self.char_class(), False
        if char == "\\":
            return self.escape()
        self.pos += 1
        if char in ("^", "$"):
            return set(), True
        if char == ".":
            return None, False
        return self._cased({char}), False

    def group(self) -> tuple[set[str] | None, bool]:
        self.pos += 1  # "("
        zero_width = False
        saved_case = self.ignore_case
        if self.startswith("?"):
            if self.startswith("?#"):
                self.pos = self.pattern.index(")", self.pos) + 1
                return set(), True
            if self.startswith(("?=", "?!")):
                self.pos += 2
                zero_width = True
            elif self.startswith(("?<=", "?<!")):
                self.pos += 3
                zero_width = True
            elif self.startswith("?P<"):
                self.pos = self.pattern.index(">", self.pos) + 1
            elif self.startswith(("?P=", "?(")):
                raise _Unknown  # a back-reference or a conditional group
            elif self.startswith(("?:", "?>")):
                self.pos += 2
            else:  # inline flags: (?i:...) or (?i) for the whole pattern
                end = self.pos + 1
                while end < len(self.pattern) and self.pattern[end] in _FLAGS:
                    end += 1
                flags = self.pattern[self.pos + 1:end]
                on = flags.split("-", 1)[0]
                if "i" in on:
                    self.ignore_case = True
                if self.pattern[end:end + 1] == ")":  # global flags: they apply to everything after
                    self.pos = end + 1
                    return set(), True
                self.pos = end + 1  # past ":"
        firsts, nullable = self.alternation()
        if self.peek() != ")":
            raise _Unknown
        self.pos += 1
        self.ignore_case = saved_case  # scoped flags end with their group
        if zero_width:
            return set(), True
        return firsts, nullable

    def escape(self) -> tuple[set[str] | None, bool]:
        char = self.peek(1)
        if char in _ZERO_WIDTH_ESCAPES:
            self.pos += 2
            return set(), True
        literal = self._escaped_char(in_class=False)
        if literal is None:
            return None, False
        return self._cased(set(literal) if isinstance(literal, frozenset) else {literal}), False

    def _escaped_char(self, in_class: bool) -> str | frozenset[str] | None:
        """The character a backslash escape stands for, the characters of \\d or \\s, or None (unbounded)."""
        char = self.peek(1)
        if not char:
            raise _Unknown
        if char in _CATEGORY_ESCAPES:
            self.pos += 2
            if char in _UNBOUNDED_CATEGORIES:
                return None
            return _category_chars(char)
        if char in _CONTROL_ESCAPES:
            self.pos += 2
            return _CONTROL_ESCAPES[char]
        if char in "xuU":
            width = {"x": 2, "u": 4, "U": 8}[char]
            digits = self.pattern[self.pos + 2:self.pos + 2 + width]
            self.pos += 2 + width
            return chr(int(digits, 16))
        if char == "N":
            raise _Unknown  # \N{NAME}: not used by the cue files
        if char == "0" or (in_class and char.isdigit()):
            end = self.pos + 1
            while end < len(self.pattern) and end < self.pos + 4 and self.pattern[end] in "01234567":
                end += 1
            value = int(self.pattern[self.pos + 1:end], 8)
            self.pos = end
            return chr(value)
        if char.isdigit():
            raise _Unknown  # a back-reference
        if in_class and char == "b":
            self.pos += 2
            return "\b"
        self.pos += 2
        return char

    def char_class(self) -> set[str] | None:
        self.pos += 1  # "["
        negated = self.peek() == "^"
        if negated:
            self.pos += 1
        chars: set[str] = set()
        unknown = negated
        first = True
        while True:
            char = self.peek()
            if not char:
                raise _Unknown
            if char == "]" and not first:
                self.pos += 1
                break
            first = False
            low = self._class_char()
            if low is None:
                unknown = True
                continue
            if isinstance(low, frozenset):  # \d or \s inside a class
                chars |= low
                continue
            if self.peek() == "-" and self.peek(1) not in ("]", ""):
                self.pos += 1
                high = self._class_char()
                if not isinstance(high, str) or ord(high) - ord(low) >= MAX_CLASS_CHARS:
                    unknown = True
                    continue
                chars.update(chr(c) for c in range(ord(low), ord(high) + 1))
            else:
                chars.add(low)
        return None if unknown else self._cased(chars)

    def _class_char(self) -> str | frozenset[str] | None:
        if self.peek() == "\\":
            return self._escaped_char(in_class=True)
        char = self.peek()
        self.pos += 1
        return char

    def _cased(self, chars: set[str]) -> set[str]:
        if not self.ignore_case:
            return chars
        return chars | {c.lower() for c in chars} | {c.upper() for c in chars if len(c.upper()) == 1}


@lru_cache(maxsize=2)
def _category_chars(escape: str) -> frozenset[str]:
    """Every character \\d or \\s matches in a str pattern (Python uses str.isdecimal / str.isspace)."""
    test = str.isdecimal if escape == "d" else str.isspace
    return frozenset(c for c in map(chr, range(sys.maxunicode + 1)) if test(c))
