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

import re
import unicodedata
from functools import lru_cache

import opencc

_T2S = opencc.OpenCC("t2s")

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
        simplified = _T2S.convert(ch)
        if len(simplified) == 1:
            ch = simplified
    return ch


def fold(text: str) -> str:
    """Fold `text` for matching without changing its length: ``len(fold(t)) == len(t)`` always."""
    if text.isascii():
        return text.lower()
    return "".join(map(fold_char, text))
