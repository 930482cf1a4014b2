"""Text normalisation for storage and length-preserving folding for matching.

Two different jobs, kept apart on purpose:

* `normalize_stored_text` runs ONCE, before a notice's text is stored (spiders and `survtrack ingest`).
  It may change the length of the text (NFKC, line endings, control characters); every offset that
  enrichment produces later indexes the text as stored, so normalising afterwards would break evidence.
* `fold` runs at match time. It returns a string of exactly the same length where every character is
  replaced by a single "matching" character (lower case, full-width ASCII to ASCII, accents stripped,
  traditional Chinese to simplified). A match found in ``fold(text)`` at ``[start:end]`` therefore
  quotes ``text[start:end]`` exactly — users see the words of the notice, not our folded form.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache
from typing import Any

from enrich.cache import table


def _opencc(conversion: str) -> Any:  # an opencc.OpenCC (untyped)
    import opencc

    converter = opencc.OpenCC(conversion)
    converter.convert("")  # its first conversion loads the dictionaries again: done here, once, before caching
    return converter


@table()
def t2s() -> Any:
    """OpenCC's traditional → simplified converter, dictionaries loaded (enrich/cache.py keeps it between
    processes: parsing the dictionaries cost ~20 ms per converter and process)."""
    return _opencc("t2s")


@table()
def s2t() -> Any:
    """OpenCC's simplified → traditional converter, dictionaries loaded."""
    return _opencc("s2t")


@table()
def s2hk() -> Any:
    """Simplified → Hong Kong traditional (華為, not OpenCC's standard 華爲): how HK filings write vendor names."""
    return _opencc("s2hk")


@table()
def s2tw() -> Any:
    """Simplified → Taiwan traditional, for the same reason (Taiwanese notices)."""
    return _opencc("s2tw")

# Invisible characters that only break matching ("Video\u00adüberwachung", BOMs, zero-width spaces).
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_LINE_BREAK_RE = re.compile("\r\n|[\r\f\v\x85\u2028\u2029]")
_CONTROL_RE = re.compile(
    "[" + "".join(chr(c) for c in range(0x20) if chr(c) not in "\n\t") + "\x7f-\x9f" + _INVISIBLE + "]"
)


def normalize_stored_text(s: str) -> str:
    """Normalise scraped text once, before it is stored: NFKC, ``\\n`` line endings, no control characters.

    NFKC turns full-width letters/digits and compatibility forms (ligatures, circled numbers, the
    ideographic space) into their plain forms, so the same notice fetched twice stores the same text.
    """
    if not s:
        return ""
    text = unicodedata.normalize("NFKC", s)
    # Every line-break convention becomes "\n": CRLF, CR, form feed (PDF page breaks), vertical tab,
    # NEL and the Unicode line/paragraph separators, so pages and lines stay apart once controls go.
    text = _LINE_BREAK_RE.sub("\n", text)
    return _CONTROL_RE.sub("", text)


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x2FA1F


@lru_cache(maxsize=65536)
def fold_char(ch: str) -> str:
    """The single character used to match `ch`; always exactly one character long."""
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:  # full-width ASCII
        ch = chr(code - 0xFEE0)
    elif code == 0x3000:  # ideographic space
        return " "
    if code < 0x2000 and not ch.isascii():
        # Strip accents only when the decomposition is base + combining marks (é -> e, й -> и, č -> c).
        decomposed = unicodedata.normalize("NFD", ch)
        if len(decomposed) > 1 and all(unicodedata.category(c) == "Mn" for c in decomposed[1:]):
            ch = decomposed[0]
    lowered = ch.lower()
    if len(lowered) == 1:
        ch = lowered
    if _is_cjk(ch):
        simplified = t2s().convert(ch)
        if len(simplified) == 1:
            ch = simplified
    return ch


_TABLE_SIZE = 0x30000  # every character above folds to itself: no case, no accents, no ideographs in _is_cjk


@table()
def _fold_blob() -> str:
    """`fold_char` of every code point below _TABLE_SIZE, as one string (cached by enrich/cache.py: building it
    converts 90,000 ideographs one by one)."""
    return "".join(fold_char(chr(code)) if not 0xD800 <= code <= 0xDFFF else chr(code) for code in range(_TABLE_SIZE))


@lru_cache(maxsize=1)
def _fold_list() -> list[str]:
    """The blob as a list: str.translate looks a list up by index, several times faster than a dict."""
    return list(_fold_blob())


@lru_cache(maxsize=1)
def _fold_codes() -> Any:  # a numpy.ndarray of uint32 (numpy is imported only when a long text is folded)
    """The blob as an array of code points: a long text is folded by indexing it with the text's code points.

    Why: str.translate looks every character up in a list of 196,608 one-character strings; on a notice of mixed
    scripts most look-ups miss the CPU caches (a 16 KB notice took 1.3 ms inside enrichment, 6 % of its time).
    One array index per character, in C, takes a tenth of that. (numpy is there already: fastText, pandas.)"""
    import numpy

    return numpy.frombuffer(_fold_blob().encode("utf-32-le", "surrogatepass"), dtype="<u4")


def warm() -> None:
    """Make the array long texts are folded with (enrich.warm)."""
    _fold_codes()


def map_code_points(text: str, table: Any) -> str | None:
    """``text`` with every character replaced by ``table[code point]`` (a numpy uint32 array, one look-up per
    character in C), or None when a character lies past the table's end (the caller's slower path then decides)."""
    import numpy

    codes = numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    if not codes.size:
        return None
    try:  # numpy checks every index itself: no pass for the largest code point first (~1 % of a short notice);
        mapped = table.take(codes)  # take, not table[codes]: 2.5 times faster on a 16 KB text
    except IndexError:
        return None
    return str(codecs.utf_32_le_decode(mapped.tobytes(), "surrogatepass", True)[0])  # (no codec lookup, no wrapper)


def _fold_long(text: str) -> str:
    """`fold` of a long non-ASCII text: the same characters as ``text.translate(_fold_list())``."""
    folded = map_code_points(text, _fold_codes())
    # characters past the table fold to themselves: the list path keeps them
    return text.translate(_fold_list()) if folded is None else folded


_SHORT = 1024  # characters: a shorter text is translated through the blob itself (see `fold`)
_last_fold: tuple[str, str] = ("", "")  # the last long text folded and its fold


def fold(text: str) -> str:
    """Fold `text` for matching without changing its length: ``len(fold(t)) == len(t)`` always.

    Exactly "".join(map(fold_char, text)), as one str.translate over a table of every character's fold
    (characters past the table's end have no mapping and stay, as fold_char leaves them); a long text as one
    array look-up (`_fold_long`). A short text is
    translated through the blob string (str[i] is its i-th character, an IndexError leaves a character as it is):
    a little slower per character than the list, but a process that only enriches a few short notices never
    builds the list (10-20 ms). The last long text's fold is kept: the classifier and the integrity flags fold the
    same notice."""
    global _last_fold
    if text.isascii():
        return text.lower()
    if len(text) < _SHORT:
        return text.translate(_fold_blob())
    if _last_fold[0] is text:
        return _last_fold[1]
    folded = _fold_long(text)
    _last_fold = (text, folded)
    return folded
