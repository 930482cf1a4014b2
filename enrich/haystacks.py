"""The characters fastscan looks for prefixes in: text folded like re.IGNORECASE (`re_fold`), odd spaces as " "
and decimal digits as "0" - for a long text made by one array look-up per character instead of three passes.

Why: the three passes (`re_fold`, then two `re.sub`) each cost more on non-ASCII text and with many digits (a
16 KB notice's tables are full of numbers). Every pass replaces a character by a character that depends on it alone
(re_fold's only context, a final Σ, folds to the same representative as any σ), so the three together are one
table: code point → haystack character. A long text is encoded as UTF-32, its code points index the table (numpy,
in C) and the result is decoded: the same string. The table covers the code points below `END`; a text with a
character past it is left to the passes (`by_table` returns None): nothing is assumed about the characters the
table does not list. (Here rather than in fastscan so that the table's builder imports nothing back.)
"""
from __future__ import annotations

import re
import re._casefix as _casefix  # type: ignore[import-not-found]  # private stdlib module: typeshed has no stub
from functools import lru_cache
from typing import Any

from enrich.cache import table
from enrich.text import map_code_points

END = 0x20000  # every cased letter, decimal digit and space character of Unicode lies below
_OTHER_SPACE_RE = re.compile(r"[^\S \n\t]")
_OTHER_DIGIT_RE = re.compile(r"[^\D0]")


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
        import _sre  # type: ignore[import-not-found]  # private stdlib module: typeshed has no stub

        lowered = "".join(chr(_sre.unicode_tolower(ord(ch))) for ch in text)
    return lowered.translate(table) if special.search(lowered) else lowered


@table()
def _base() -> tuple[bytes, bytes, bytes]:
    """(re_fold of every code point below END as UTF-32 code units, its odd-space flags, its digit flags): the
    flags say whether the haystack's space and digit passes replace the character (after folding)."""
    # (a lone surrogate, which no pass changes, cannot be lower-cased on its own: str.lower needs a whole string)
    folded = [chr(code) if 0xD800 <= code <= 0xDFFF else re_fold(chr(code)) for code in range(END)]
    assert all(len(ch) == 1 for ch in folded)  # re_fold keeps the length
    spaces = bytes(bool(_OTHER_SPACE_RE.match(ch)) for ch in folded)
    digits = bytes(bool(_OTHER_DIGIT_RE.match(ch)) for ch in folded)
    return "".join(folded).encode("utf-32-le", "surrogatepass"), spaces, digits


@lru_cache(maxsize=8)
def _table(ignore_case: bool, digits: bool, spaces: bool) -> Any:  # a numpy.ndarray of uint32
    """Code point → haystack code point, for the haystack(text, ignore_case, digits, spaces) of fastscan."""
    import numpy

    folded, space_flags, digit_flags = _base()
    codes = (numpy.frombuffer(folded, dtype="<u4") if ignore_case
             else numpy.arange(END, dtype="<u4"))
    if spaces:  # the passes read the folded character, the space pass first (as fastscan.haystack runs them)
        codes = numpy.where(numpy.frombuffer(space_flags, dtype=numpy.bool_), ord(" "), codes)
    if digits:
        codes = numpy.where(numpy.frombuffer(digit_flags, dtype=numpy.bool_), ord("0"), codes)
    return codes.astype("<u4")  # UTF-32-LE code units, whatever the machine's byte order


def warm() -> None:
    """Import numpy and make the tables fastscan asks for (enrich.warm: before the first long notice, and before
    worker processes fork, so that they share them)."""
    for how in ((True, True, True), (False, True, True), (True, False, False)):
        _table(*how)


def by_table(text: str, ignore_case: bool, digits: bool, spaces: bool) -> str | None:
    """fastscan.haystack(text, …) for a text whose characters all lie below END, else None."""
    return map_code_points(text, _table(ignore_case, digits, spaces))

