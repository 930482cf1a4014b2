"""The currency of a shared sign ("$", "pesos", "FCFA", "Rs", "₨") when the notice's place was not found but its text
names one country that writes the sign so: "$310 millones … Carabineros" is CLP, "640 millions de FCFA … Côte
d'Ivoire" XOF, "Rs 180 million … Karachi" PKR.

Why: the place decides a shared sign (`extract.with_local_currency`); when no place is found the sum kept no
currency and could not be compared with anything. The text's own words still tell the country often enough: the
country's name, its demonym, its capital or a national body. This reading only fills a currency that is still
unknown after the place, never overrides one, and gives none when the text names two countries of one sign (a
currency is never guessed). Cues are reviewed data in enrich/data/currency_fallback_cues.csv.
"""
from __future__ import annotations

import csv
import re
from dataclasses import replace

from enrich.cache import table
from enrich.model import Amount
from enrich.money.currencies import DATA_DIR

# The sign family of an amount, from the words of its evidence (lower case): the first that appears.
_FAMILIES = (("cfa", "FCFA"), ("$", "$"), ("peso", "$"), ("₨", "Rs"), ("rs", "Rs"), ("rupee", "Rs"), ("درهم", "dirham"),
             ("dirham", "dirham"))
_RS = re.compile(r"(?<![^\W\d_])rs\b")


@table()
def _cues() -> dict[str, list[tuple[str, str]]]:
    """family → [(currency, cue)] from currency_fallback_cues.csv."""
    index: dict[str, list[tuple[str, str]]] = {}
    with open(DATA_DIR / "currency_fallback_cues.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            index.setdefault(row["family"], []).append((row["currency"], row["cue"]))
    return index


@table()
def _cue_regexes() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """family → [(currency, one regex of all its cues)], a cue only as a whole word."""
    out: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for family, rows in _cues().items():
        by_currency: dict[str, list[str]] = {}
        for currency, cue in rows:
            by_currency.setdefault(currency, []).append(re.escape(cue))
        out[family] = [(currency, re.compile(rf"(?<![^\W\d_])(?:{'|'.join(sorted(cues, key=len, reverse=True))})"
                                             r"(?![^\W\d_])")) for currency, cues in by_currency.items()]
    return out


def _family(evidence: str) -> str | None:
    lowered = evidence.lower()
    for needle, family in _FAMILIES:
        if needle == "rs":
            if _RS.search(lowered):
                return family
        elif needle in lowered:
            return family
    return None


def with_cued_currency(amounts: list[Amount], text: str) -> list[Amount]:
    """`amounts`, each still without a currency read by the one country its shared sign's cues name in `text`."""
    if all(a.currency is not None or a.value is None for a in amounts):
        return amounts
    found: dict[str, str | None] = {}
    out = []
    for amount in amounts:
        family = _family(amount.evidence.text) if amount.currency is None and amount.value is not None else None
        if family is not None:
            if family not in found:
                named = {currency for currency, cue in _cue_regexes().get(family, []) if cue.search(text)}
                found[family] = named.pop() if len(named) == 1 else None
            if found[family] is not None:
                amount = replace(amount, currency=found[family])
        out.append(amount)
    return out
