"""The table-made haystacks and folds of long texts equal the passes they replace (enrich/haystacks.py, text.fold)."""
from __future__ import annotations

import random

from enrich import haystacks
from enrich.text import _fold_list, _fold_long
from tests.enrich.identity import eval_texts


def _passes(text: str, ignore_case: bool, digits: bool, spaces: bool) -> str:
    hay = haystacks.re_fold(text) if ignore_case else text
    if spaces:
        hay = haystacks._OTHER_SPACE_RE.sub(" ", hay)
    if digits:
        hay = haystacks._OTHER_DIGIT_RE.sub("0", hay)
    return hay


def _texts() -> list[str]:
    rnd = random.Random(15)
    texts = [text for text in eval_texts() if len(text) >= 1024][:40]
    for n in range(24):  # every plane the table covers, lone surrogates and characters past its end included
        top = (0x80, 0x800, 0x10000, 0x20000, 0x110000, 0xE000)[n % 6]
        texts.append("".join(chr(rnd.randrange(0, top)) for _ in range(3000)))
    texts.append("ΣΑΣ ΟΔΟΣ. İstanbul İİ σς Σ\u3000\u00a0١٢٣ ０１２\u2028x\ud800" * 40)
    return texts


def test_a_haystack_by_table_equals_the_three_passes():
    for text in _texts():
        for how in [(i, d, s) for i in (False, True) for d in (False, True) for s in (False, True)]:
            made = haystacks.by_table(text, *how)
            assert made is None or made == _passes(text, *how), how
            assert made is not None or max(map(ord, text)) >= haystacks.END


def test_a_long_fold_equals_the_translation():
    for text in _texts():
        assert _fold_long(text) == text.translate(_fold_list())
