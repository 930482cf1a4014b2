"""Sums written with a sign that is money only in some countries ("Br 64 million", "K4.6 million", "P 21 million",
"D 9 million"), read once the notice's place is known.

Why: such a sign (enrich/data/currency_symbols.csv positions prefix_ctx, suffix_ctx) is a bare letter or a word
elsewhere ("K9 unit", "N95 masks", "Br" a bromine), so extraction keeps it only where the source's country or the cues
of enrich/data/currency_context_cues.csv (the country's name, demonym, capital, currency word) place the notice in a
country that writes it so. A notice placed by other words - a dateline town ("BAHIR DAR —", "ADAMA —"), a region
("Oromia Regional Police"), a district - lost its only sum, though the place engine found the country. The place
found for the notice is the same evidence a cue is: with it, the sign's reading in that country (the rows of
currency_context_cues.csv, the one table extraction reads) decides the currency. A sign the place's country does
not write (K in Ethiopia, P in Zambia) stays no money, as before; without a place nothing is guessed.
"""
from __future__ import annotations

import csv
import re

from enrich.cache import table
from enrich.model import Amount
from enrich.money.currencies import DATA_DIR, context_only_markers


@table()
def _signs_by_country() -> dict[str, tuple[frozenset[str], re.Pattern[str]]]:
    """country → (its context-only signs in lower case, a pattern finding any of them next to a digit)."""
    context_only = context_only_markers()
    signs: dict[str, set[str]] = {}
    with open(DATA_DIR / "currency_context_cues.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for token in context_only:
                if token.rstrip(".") == row["token"].lower():  # "Sh." is read by the cues of "Sh"
                    signs.setdefault(row["country"], set()).add(token)
    out = {}
    for country, tokens in signs.items():
        alternatives = "|".join(re.escape(t) for t in sorted(tokens, key=len, reverse=True))
        near = rf"(?i)(?<![^\W\d_])(?:{alternatives})[ \u00a0]?\d|\d[ \u00a0]?(?:{alternatives})(?![^\W\d_])"
        out[country] = (frozenset(tokens), re.compile(near))
    return out


def with_placed_signs(amounts: list[Amount], text: str, language: str | None, country: str | None) -> list[Amount]:
    """`amounts` with the sums whose context-only sign the notice's place (`country`) writes as its currency and that
    extraction left out for want of a cue; unchanged when there are none."""
    if not country:
        return amounts
    entry = _signs_by_country().get(country.upper())
    if entry is None or entry[1].search(text) is None:
        return amounts
    from enrich.money.extract import extract_amounts  # (extract imports this package's tables)

    signs = entry[0]
    taken = [(a.evidence.start, a.evidence.end) for a in amounts]
    added = [a for a in extract_amounts(text, language, country_hint=country)
             if (getattr(a, "marker", None) or "").lower() in signs and a.currency is not None
             and not any(a.evidence.start < end and start < a.evidence.end for start, end in taken)]
    if not added:
        return amounts
    return sorted([*amounts, *added], key=lambda a: a.evidence.start)
