"""AnyGuarded answers what the alternation of its parts answers (regexfactors.AnyGuarded, vendor_links)."""
from __future__ import annotations

import re

import yaml

from enrich import vendor_links
from enrich.regexfactors import AnyGuarded
from tests.enrich.identity import eval_texts


def test_any_guarded_answers_like_the_alternation():
    parts = yaml.safe_load(vendor_links.CUES_PATH.read_text(encoding="utf-8"))["negative_after"]
    union = re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)
    guarded = AnyGuarded([re.compile(p, re.IGNORECASE) for p in parts])
    strings = ["Hikvision or equivalent", "海康威视或同等品牌", " 等兼容设备", "'s competitors", ", a rival of",
               "Dahua Technology, 00 or another brand", "ou similaire", "或同档次"]
    for text in eval_texts():
        # 160-character windows every 263 characters (prime: starts fall at every offset of a sentence). The
        # reference, the plain alternation, backtracks through "(?:\s*[\w./-]+){0,4}?" at every start: ~0.7 ms a
        # window, so ~6,000 windows (4 s) rather than every 89th (18,000; 13 s of CPU, 70 s on a loaded worker)
        strings += [text[i:i + 160] for i in range(0, len(text), 263)]
    assert sum(bool(union.match(s)) for s in strings) > 8  # the cases above and some of the texts' own
    for string in strings:
        assert guarded.matches(string) == bool(union.match(string)), string
