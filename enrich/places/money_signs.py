"""Currency signs and words the money reader knows, as country clues, where country_cues.csv has no row for them.

Why: the money reader's table (enrich/data/currency_symbols.csv) reads the lari sign (₾ 2 million), the dram sign
(֏ 640 million), the manat sign (₼ 14 million), the tögrög sign (₮ 3.6 billion), "WS$ 300,000", "J$ 200 million",
"TT$ 4 million", "62 milionë lekë" or "12 million manat" in a Turkmen text, but the place's reviewed country clues
(enrich/data/country_cues.csv) list only the currencies notices here wrote most. A notice from Armenia, Georgia,
Mongolia, Samoa, Jamaica or Albania that named its money and nothing else was left without a country (set ar: 27
countries missing, most of them such small states). The currency a row names belongs to the countries GeoNames'
countryInfo gives it (country_signals.tsv); a sign or word written against a figure names them, as an ISO code does
(iso_money.py). Left out: rows that read only by the notice's place (prefix_ctx, suffix_ctx: "D 9 million" is a
dalasi only in The Gambia), rows with no currency of their own (Rs, manats), currencies of more than three
countries (the euro, the dollar, the CFA francs), currencies of countries that country_cues.csv gives a money row
already (₴, ₸, ¥, 元: weighed there, and ¥ is the yen too), ISO codes (iso_money.py), and rows of a language other
than the notice's.
"""
from __future__ import annotations

import re

from enrich.cache import table
from enrich.language import base_language
from enrich.model import Span
from enrich.places.gazetteer import read_table
from enrich.places.iso_money import WEIGHT, currency_countries

_MOST_COUNTRIES = 3
# the yuan's signs are the yen's too (¥) and Taiwan's and Hong Kong's texts write 元; Moldova's leu is "lei" as
# Romania's is: these name no one country (the Chinese path, enrich/places/china.py, reads Chinese money)
_SHARED_NAMES = frozenset({"CNY", "RON"})
_POSITIONS = {"prefix": (True, False), "both": (True, True), "suffix": (False, True), "prefix_mult": (True, False)}
# an ISO code that is also a word ("ALL 80 million") is read, as the money table reads it (prefix_mult), only with a
# magnitude word after the figure
_MAGNITUDES = frozenset({"million", "millions", "billion", "billions", "thousand", "mn", "bn", "m", "milion", "milionë",
                         "miliard", "miliardë", "millones", "milliards", "milhões"})
# a figure; the sign or word before it; the word after it, or after one magnitude word ("6 million manat")
_FIGURE = re.compile(r"\d(?:[\d.,'\u00a0\u202f ]{0,16}\d)?")
_BEFORE = re.compile(r"(\S{1,6})[ \u00a0]?\Z")
_AFTER = re.compile(r"[ \u00a0]?([^\W\d_][\w'’]{0,15})(?:[ \u00a0]([^\W\d_][\w'’]{0,15}))?")
_PUNCT = "([{\"'“«"


@table()
def _currency_countries() -> dict[str, tuple[str, ...]]:
    """ISO code → its countries (iso_money's table), for the currencies the rules above keep."""
    found = currency_countries()
    covered = {country for row in read_table("country_cues.csv") if row["kind"] != "legal"
               for country in row["countries"].split(",")}
    return {code: tuple(countries) for code, countries in found.items()
            if len(countries) <= _MOST_COUNTRIES and not covered.issuperset(countries) and code not in _SHARED_NAMES}


@table()
def _signs() -> tuple[dict[str, tuple[str, frozenset[str]]], dict[str, tuple[str, frozenset[str]]], frozenset[str]]:
    """(sign written before a figure, word or sign written after one) → (ISO currency, languages; empty: any), and
    the signs read only before a figure and a magnitude word."""
    before: dict[str, tuple[str, frozenset[str]]] = {}
    magnitude_only: set[str] = set()
    after: dict[str, tuple[str, frozenset[str]]] = {}
    currencies = _currency_countries()
    for row in read_table("currency_symbols.csv"):
        token, currency = row["token"], row["currency"]
        sides = _POSITIONS.get(row["position"])
        mult = row["position"] == "prefix_mult"
        if not sides or currency not in currencies or " " in token or (re.fullmatch(r"[A-Z]{3}", token) and not mult):
            continue
        if mult:
            magnitude_only.add(token)
        languages = frozenset(x for x in row["languages"].split(",") if x)
        if sides[0]:
            before.setdefault(token, (currency, languages))
        if sides[1]:
            after.setdefault(token.lower() if token[0].isalpha() else token, (currency, languages))
    return before, after, frozenset(magnitude_only)


def money_sign_clues(window: str, language: str | None, listed: re.Pattern[str]) -> list[tuple[str, float, Span]]:
    """(country, weight, where) for each currency sign or word in ``window`` written against a figure that
    ``listed`` (country_cues.csv's pattern) does not read; each currency counted once."""
    before, after, magnitude_only = _signs()
    lang = base_language(language) or "en"
    out: list[tuple[str, float, Span]] = []
    seen: set[str] = set()
    for m in _FIGURE.finditer(window):
        hits: list[tuple[str, int]] = []
        lead = _BEFORE.search(window, max(0, m.start() - 8), m.start())
        tail = _AFTER.match(window, m.end(), min(len(window), m.end() + 40))
        if lead:
            token = lead.group(1).lstrip(_PUNCT)
            if token and (token not in magnitude_only or tail and tail.group(1).lower() in _MAGNITUDES):
                hits.append((token, lead.end(1) - len(token)))
        if tail:
            for group in (1, 2):
                if tail.group(group):
                    hits.append((tail.group(group), tail.start(group)))
        for token, start in hits:
            table_ = before if start < m.start() else after
            found = table_.get(token if start < m.start() else (token.lower() if token[0].isalpha() else token))
            if found is None or (found[1] and lang not in found[1]) or found[0] in seen or listed.fullmatch(token):
                continue
            seen.add(found[0])
            countries = _currency_countries()[found[0]]
            span = Span(start, start + len(token), token)
            out += [(country, WEIGHT / len(countries), span) for country in countries]
    return out
