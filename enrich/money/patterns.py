"""The regular expressions that find candidate sums: a number next to a currency marker, a number under a
label whose unit is written in brackets, and the structured "Label: 135630400.00 PYG" lines of parsers.

Why: a bare number is never money (phone numbers, dates, codes, quantities), so every pattern here needs a
currency marker, a unit in a label, or the exact shape our own parsers write.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from enrich import cjkorder
from enrich.cache import table
from enrich.fastscan import finditer, haystack, prefixes
from enrich.money.currencies import currency_markers, token_pattern
from enrich.money.numbers import ABBREVIATION_RE, MULT_RE, MULT_WORD_RE, PREFIX_MULT_RE


def amount_regex(space_grouping: bool) -> re.Pattern[str]:
    return _amount_regexes()[space_grouping]


@table()
def _amount_regexes() -> dict[bool, re.Pattern[str]]:
    """Both amount patterns, as a table (loaded, not built: writing them out of ~1,600 currency tokens cost ~40 ms
    each, in every process's first notice)."""
    return {grouping: _amount_regex(grouping) for grouping in (False, True)}


def _amount_regex(space_grouping: bool) -> re.Pattern[str]:
    markers = currency_markers()
    prefix = _by_first_character([t for t, _, _ in markers["prefix"]])
    suffix = _by_first_character([t for t, _, _ in markers["suffix"]])
    group_sep = r"[.,'’\u00a0\u202f\u2009 ]" if space_grouping else r"[.,'’]"
    # Indian grouping ("3,50,00,000", "12,34,567.50": lakh and crore places) is tried first; it cannot match a
    # western 1,234,567, whose groups all have three digits.
    indian = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"
    plain = rf"{indian}|\d{{1,3}}(?:{group_sep}\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
    # Right after a currency prefix ("Rs.12,34,567") the number needs no separator check behind it; without one,
    # a number right after a slash is the tail of a fraction or a code ("pesos 00/100 M.N.": cents, not a sum).
    number = rf"(?(pre)|(?<![\d.,/]))(?:{plain})(?![\d])"
    if not space_grouping:
        # OCR of scanned Chinese notices spaces every character: "4 5 . 8 万 元" (read only with a unit after it;
        # tried first, so the run is never cut into a tail "8 万 元").
        spaced = r"\d(?: \d)+(?: ?\. ?\d(?: \d)*)?(?= ?(?:万|萬|亿|億|元))"
        number = rf"(?(pre)|(?<![\d.,/]))(?:{spaced}|{plain})(?![\d])"
    masked = r"[*＊]+(?:[.,][*＊]+)?"
    first_chars = re.escape("".join(sorted({t[0] for t, _, _ in markers["prefix"]})))
    # every suffix starts with one of these (either case: "Euro", "EUR"): the long alternation is tried only there
    suffix_first = re.escape("".join(sorted({c for t, _, _ in markers["suffix"]
                                             for c in (t[0].lower(), t[0].upper())})))
    # the prefix alternation is entered only at a character a prefix starts with: at a digit (most candidate
    # positions) its hundreds of alternatives are not tried one by one. A suffix may be hyphenated to a magnitude
    # word, as English compounds write a local currency: "a 96-million-dinar contract", "the 1.4-billion-tenge module"
    return re.compile(
        rf"(?=[\d*＊{first_chars}])(?:(?=[{first_chars}])(?P<pre>{prefix})"
        rf"(?:[ \t\u00a0]|&nbsp;){{0,2}}(?:约|約|approx\.|ca\.)?[ \t\u00a0]{{0,2}}"  # "¥&nbsp;4,712,300.00" (HTML)
        rf"(?:(?P<pmult>{PREFIX_MULT_RE})[ \t\u00a0]{{0,2}})?)?"
        rf"(?:(?P<num>{number})|(?P<mask>{masked}))"
        rf"(?:(?:[ \t\u00a0]{{0,2}}|-(?=[^\W\d_]{{4}})){_multiplier_guard()}{MULT_RE})?"
        rf"(?:(?:[ \t\u00a0]{{0,2}}|(?<=[^\W\d_])-)(?=[{suffix_first}])(?P<suf>{suffix}))?",
    )


def _by_first_character(tokens: list[str]) -> str:
    """``"|".join(map(token_pattern, tokens))`` with the tokens of each first character as one alternative: the
    first character, then the rest of each of its tokens in their order ("d(?:e pesos…|ollars…)|p(?:esos…)").

    Why: `re` compares an alternative's opening literal before trying it, but one by one - past the first character
    of every token (~430 suffixes) wherever a number is followed by a letter. The same matches: at a position only
    the tokens opening with its character can match, in the same order as before (token_pattern writes each token's
    first character first, escaped alone)."""
    rests: dict[str, list[str]] = {}
    for token in tokens:
        pattern, first = token_pattern(token), re.escape(token[0])
        assert pattern.startswith(first)
        rests.setdefault(first, []).append(pattern[len(first):])
    return "|".join(first + (f"(?:{'|'.join(parts)})" if len(parts) > 1 else parts[0])
                    for first, parts in rests.items())


@table()  # read from the cache folder: every case of the letters (fastscan._cases) takes ~0.1 s to list
def _multiplier_guard() -> str:
    """A look-ahead for the characters a magnitude word can start with (every case of the case-insensitive ones,
    read by fastscan.prefixes), written before MULT_RE: after most numbers nothing of the kind follows, and the
    long case-insensitive alternation, which `re` cannot skip by its first letters, is then not tried at all."""
    firsts: set[str] = set()
    for part in (MULT_WORD_RE, ABBREVIATION_RE):
        chars = prefixes(re.compile(part), longest=1)
        if chars is None:
            return ""  # a part can start with too many characters to list: no guard (the same matches, slower)
        firsts |= chars
    return "(?=[" + re.escape("".join(sorted(firsts))) + "])"


# The unit of a label or column, in brackets: (元) （万元） (人民币元) （含税，元） (单位：万元) (USD) (in EUR) (€).
# A three-letter code must be an ISO 4217 code (checked by the caller); "(元/台)" is a unit price and no match.
_QUALIFIER = r"[^（()）\n/]{0,16}?"
UNIT_IN_BRACKETS = (
    rf"[（(]\s*(?:{_QUALIFIER}[，,、;；:：\s])?(?:人民币\s*|in\s+)?"
    r"(?P<unit>万元|亿元|元|[A-Z]{3}|US\$|R\$|S/\.?|€|£|руб\.?)"  # r43_money: Peru's sol, "Monto (S/)"
    rf"(?:\s*[，,、;；]{_QUALIFIER})?\s*[)）]"
)
# After the number: not a percentage, a larger unit, a word, or a count (台, 套, 年 …)
_NOT_MONEY_AFTER = r"(?![ \t]*(?:%|％|万|元|[A-Za-z]|[台套个件年月天日人次项处路米]))"


def _plain_number(space_grouping: bool) -> str:
    """A number not glued to the digits before it. Written first-digit-first - \\d(?<![\\d.,]\\d) is
    (?<![\\d.,])\\d - so that a pattern starting with it lets `re` skip straight to digits."""
    group_sep = r"[.,'’\u00a0\u202f\u2009 ]" if space_grouping else r"[.,'’]"
    return rf"\d(?<![\d.,]\d)(?:\d{{0,2}}(?:{group_sep}\d{{3}})+(?:[.,]\d+)?|\d*(?:[.,]\d+)?)(?![\d.,]*\d)"


# r38_money: the next cell of an HTML table row, where a label cell states the unit and the value cell holds the
# number ("<td>中标金额（元）</td><td>&nbsp;732,500.00</td>", "<th>Amount (USD)</th><td>1,234,567</td>")
_NEXT_CELL = r"[ \t]*</t[dh]>[ \t]*<td(?:[ \t][^<>]{0,80})?>[ \t]*(?:&nbsp;[ \t]*)?"


@lru_cache(maxsize=4)
def header_regex(space_grouping: bool) -> re.Pattern[str]:
    """A number after a label that states its unit: "预算金额（万元）：386.5", "中标价(元): 8865005.32",
    "Amount (USD): 1,234,567"; the number may stand on the next line (a flattened two-row table)."""
    number = _plain_number(space_grouping)
    return re.compile(
        UNIT_IN_BRACKETS.replace("(?P<unit>", "(?P<hunit>")
        + rf"(?:[ \t]*[:：]?[ \t]*\n?[ \t]*|{_NEXT_CELL})(?:(?P<num>{number})|(?P<mask>[*＊]+)){_NOT_MONEY_AFTER}"
    )


_UNIT_AFTER = r"[（(]\s*(?:人民币\s*)?(?P<hunit>万元|亿元|元|[A-Z]{3})\s*[)）]"
#: The bracketed unit that ends every match of `unit_after_regex`, found alone (a cheap test of a whole text).
BRACKETED_UNIT = re.compile(_UNIT_AFTER)


@lru_cache(maxsize=4)
def unit_after_regex(space_grouping: bool) -> re.Pattern[str]:
    """A number with its unit in brackets after it: "总价形式报价:569800.00(元)", "886.5（万元）"."""
    return re.compile(rf"(?P<num>{_plain_number(space_grouping)})[ \t]{{0,2}}{_UNIT_AFTER}")


# "Label: 135630400.00 PYG" — how parsers render structured source values (scrapers.parsing.codes.money): a
# plain decimal with two places and an ISO 4217 code ending a labelled line is money for every ISO code, even
# codes that are prefix-only in prose because they double as acronyms.
STRUCTURED_AMOUNT = re.compile(r"(?m)[:：] ?(?P<num>-?\d+(?:\.\d{2})?) (?P<iso>[A-Z]{3})[ \t]*$")



# Runs of digits, and runs of mask stars, as separate runs; written to open with a character class so that `re`
# skips straight to them.
_RUNS = re.compile(r"[\d*＊](?:(?<=\d)\d*|(?<=[*＊])[*＊]*)")


_LONG = 1024  # characters: a text this long has its runs found from its haystack (`run_starts`)


def run_starts(text: str) -> list[int]:
    """``[m.start() for m in _RUNS.finditer(text)]``: where each run of digits and each run of stars starts.

    Why: a long notice's tables hold thousands of numbers, and a match object per run cost ~1 % of it. The runs
    are read from fastscan's haystack instead (every decimal digit - ``\\d`` - written "0", stars as they are; often
    made already, else one table look-up per character): a run starts where a digit or star follows a character
    of another of the three kinds (digit, star, other)."""
    if len(text) < _LONG:
        return [m.start() for m in _RUNS.finditer(text)]
    import numpy

    codes = numpy.frombuffer(haystack(text, False, True, True).encode("utf-32-le", "surrogatepass"), dtype="<u4")
    kind = (codes == 0x30).view(numpy.int8) + 2 * ((codes == 0x2A) | (codes == 0xFF0A)).view(numpy.int8)
    opens = kind != 0
    opens[1:] &= kind[1:] != kind[:-1]
    return list(numpy.flatnonzero(opens).tolist())


@lru_cache(maxsize=1)
def _prefix_tokens() -> tuple[Any, int]:  # (an ahocorasick.Automaton, untyped; reach)
    """(an automaton of the currency prefix tokens, how far before its number a match can start)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    tokens = [token for token, _, _ in currency_markers()["prefix"]]
    for token in tokens:
        automaton.add_word(token, len(token))
    automaton.make_automaton()
    # token, spaces, "approx.", spaces, a magnitude word written before the number and its spaces
    premult = max(map(len, PREFIX_MULT_RE.split("|"))) + 2
    return automaton, max(map(len, tokens)) + 2 + len("approx.") + 2 + premult


def amounts_in(text: str, space_grouping: bool) -> Iterator[re.Match[str]]:
    """amount_regex(space_grouping).finditer(text), tried only where a match can start: at a run of digits or
    stars, or at a currency token shortly before one (every match holds a number or a mask, which opens a run,
    preceded at most by a prefix, spaces and "approx.") - not at every position of the text."""
    pattern = amount_regex(space_grouping)
    runs = [m.start() for m in _RUNS.finditer(text)]
    if not runs:
        return iter(())
    automaton, reach = _prefix_tokens()
    starts = set(runs)
    for end, length in cjkorder.hits(automaton, text):
        token = end - length + 1
        i = bisect_left(runs, token + 1)
        if i < len(runs) and runs[i] <= token + reach:
            starts.add(token)
    return finditer(pattern, text, sorted(starts))


def marked_in(text: str, space_grouping: bool) -> list[re.Match[str]]:
    """The matches of `amounts_in` that hold a currency prefix or suffix (those `extract._marked` reads), in order.

    Why: most matches are bare numbers ("2024", "3.5 km"), which can never be a sum yet still end where the next
    match may start; they are matched exactly as in `amounts_in` (the same positions, the same next start) and
    only not handed on. A match holds a prefix exactly when it starts at a prefix token (no token starts with a
    digit or a star, where every other match starts), and a suffix exactly when `suf`, the pattern's last group,
    closed last (m.lastindex)."""
    pattern = amount_regex(space_grouping)
    runs = run_starts(text)
    if not runs:
        return []
    automaton, reach = _prefix_tokens()
    tokens: set[int] = set()
    for end, length in cjkorder.hits(automaton, text):
        token = end - length + 1
        i = bisect_left(runs, token + 1)
        if i < len(runs) and runs[i] <= token + reach:
            tokens.add(token)
    suffix = pattern.groupindex["suf"]
    match, found, next_free = pattern.match, [], 0
    for start in sorted(tokens.union(runs)) if tokens else runs:
        if start < next_free:
            continue
        m = match(text, start)
        if m is not None:
            next_free = m.end()  # > start: every match holds a digit or a star
            if m.lastindex == suffix or start in tokens:
                found.append(m)
    return found
