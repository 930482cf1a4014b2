"""Whether a figure after a prefix that is a bare letter elsewhere ("R", "Q", "NIS", "TL") is written as a sum.

Such a prefix is money with a magnitude word after the figure ("R38 million"). Without one:
* Round 37b: a sum of a million or more written in full with its groups ("Q 9.800.000", "BOB 2.100.000",
  "R 186 450 000", "PHP 742,600,000") is money; a road, a quarter or a version number is never written with two
  digit groups.
* r38b_money: a figure with one group ("R420,000", "R 4,500") is money where the notice is placed in a country that
  writes its currency so (enrich/data/currency_context_cues.csv: "R" in South Africa; sets p, aj). A road ("R512"),
  a model ("R2") is never written with a thousands group.
"""
from __future__ import annotations

import re

from enrich.money.currencies import context_currency

_TWO_GROUPS = re.compile(r"\d[.,'’\u00a0 ]\d{3}[.,'’\u00a0 ]\d{3}(?!\d)")
_ONE_GROUP = re.compile(r"\d{1,3}[,'’\u00a0 ]\d{3}(?:\.\d{2})?(?![\d,])")


def grouped_sum(match: re.Match[str], text: str, country_hint: str | None) -> bool:
    """Whether the figure of `match` (a match of `patterns.amount_regex` with a prefix) is written as a sum."""
    number = match.group("num") or ""
    if _TWO_GROUPS.search(number):
        return True
    return bool(_ONE_GROUP.fullmatch(number)) and context_currency(match.group("pre"), text, country_hint)[0]
