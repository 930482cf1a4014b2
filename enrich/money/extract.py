"""Every sum in a notice: candidate passes, then kinds, lots and de-duplication.

Why in passes: each way a notice writes money has its own reader — Chinese numerals (壹佰万元整), the
structured lines our parsers write ("Value: 135630400.00 PYG"), a number next to a currency marker, a bare
number in a grid column whose header states the unit ("中标价(元)" over "8865005.32", see `tables`), a number
after a label whose unit is in brackets (预算金额（万元）：386.5, Amount (USD): 1,234,567), a number followed by
its bracketed unit (569800.00(元)), and OCDS-style JSON pasted as text ({"amount": 2400000, "currency": "USD"}).
The passes run in that order and a later pass never takes text an earlier one claimed, so the most explicit
reading wins. A sum in a grid's money column takes its kind and lot from the column header and the row.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache

from enrich.fastscan import finditer
from enrich.language import base_language
from enrich.model import Amount, Span
from enrich.money.compound import crore_sums, leading_magnitude_sums, myriad_sums
from enrich.money.currencies import (
    DOLLAR_BY_COUNTRY,
    PESO_BY_COUNTRY,
    PESO_WORDS,
    YUAN_SUFFIXES,
    context_currency,
    context_only_markers,
    iso_currencies,
    local_currency_word,
    local_yuan,
    marker_currency,
    marker_local_currency,
    multiplier_only_prefixes,
    place_dollar,
    resolve_currency,
)
from enrich.money.dispatch_code import dispatch_code
from enrich.money.grouped_sum import grouped_sum
from enrich.money.labels import labelled_kind, lot_for, lot_places
from enrich.money.numbers import (
    ABBREVIATED_MULTIPLIERS,
    ABBREVIATION_BY_CURRENCY,
    CN_HAS_DIGIT,
    CN_PREFIX_CURRENCY,
    MULTIPLIERS,
    POINT_DECIMAL_CURRENCIES,
    SPACE_GROUPING_OFF,
    SUFFIX_SCALE,
    chinese_numeral_value,
    cn_amounts,
    fold_fullwidth,
    parse_number,
    tidy,
)
from enrich.money.ocds_text import Sum, flat_path_sums, json_sums
from enrich.money.patterns import BRACKETED_UNIT, STRUCTURED_AMOUNT, header_regex, marked_in, unit_after_regex
from enrich.money.tables import UNIT_SCALE, GridCell, cell_at, grid_cells, unit_currency
from enrich.money.words import word_sums


@dataclass(frozen=True)
class FoundAmount(Amount):
    """An extracted Amount that also remembers whether a label before it qualified it (``labelled``).

    Unlabelled sums (running prose: "signed a £95,000 pilot") are stored as kind ``other`` but may still
    headline a notice that labels nothing as award or budget; labelled ``other`` (deposits, bids) never do.
    """

    labelled: bool = True
    marker: str | None = field(default=None, compare=False, repr=False)  # the currency marker as written ("lei")


@dataclass(frozen=True)
class Candidate:
    """A sum found by one pass, before its kind and lot are read. Offsets index the stored text."""

    start: int
    end: int
    value: Decimal | None  # None: masked (********元), unknown, never zero
    currency: str | None
    kind: str | None = None  # set when the pass itself knows the kind (a JSON object's path)
    marker: str | None = None  # the currency prefix or suffix as written, for `with_local_currency`


@dataclass
class _Context:
    """What every pass needs: the text with full-width digits folded, how to read separators, the local yuan,
    the money cells of its grids, and the spans earlier passes claimed."""

    text: str
    lang: str | None
    space_grouping: bool
    yuan: Callable[[], str]
    taken: list[tuple[int, int]]
    cells: list[GridCell]
    cell_starts: list[int]
    _starts: list[int] = field(default_factory=list)  # the taken spans sorted by start, and their ends
    _ends: list[int] = field(default_factory=list)
    _longest: int = 0

    def cell(self, start: int, end: int) -> GridCell | None:
        return cell_at(self.cells, self.cell_starts, start, end) if self.cells else None

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a taken span: only spans starting within the longest span's length
        before `start` can (a search, not a scan of every span: a long notice has thousands)."""
        starts, ends = self._starts, self._ends
        i = bisect_left(starts, end) - 1
        while i >= 0 and starts[i] > start - self._longest:
            if ends[i] > start and starts[i] < end:
                return True
            i -= 1
        return False

    def take(self, start: int, end: int) -> None:
        self.taken.append((start, end))
        i = bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        self._longest = max(self._longest, end - start)

    def claim(self, candidate: Candidate) -> Candidate:
        self.take(candidate.start, candidate.end)
        return candidate


def extract_amounts(text: str, language: str | None = None, *, country_hint: str | None = None) -> list[Amount]:
    """Every amount of money in ``text`` (the stored notice text), in order of appearance.

    ``language`` is an ISO 639-1 code (``de``, ``pt-BR`` …) used to read separators; ``country_hint`` (ISO
    alpha-2 of the source) lets a bare ``$`` be read as that country's dollar/peso.
    """
    if not text:
        return []
    folded = fold_fullwidth(text)
    lang = base_language(language)
    if lang is None:
        space_grouping = not re.search(r"[\u4e00-\u9fff]", folded[:5000])
    else:
        space_grouping = lang not in SPACE_GROUPING_OFF

    @lru_cache(maxsize=1)
    def yuan() -> str:
        return local_yuan(folded, country_hint)

    cells = grid_cells(folded) if "\t" in folded or "|" in folded else []  # r43_money: pipe tables too
    ctx = _Context(folded, lang, space_grouping, yuan, [], cells, [cell.start for cell in cells])
    found = _chinese_numerals(ctx) + _structured(ctx) + _compound_myriads(ctx) + _compound_crores(ctx, country_hint)
    for c in found:
        ctx.take(c.start, c.end)
    found += _marked(ctx, country_hint)
    found += _in_words(ctx, country_hint)
    found += _in_unit_columns(ctx)
    found += _under_unit_labels(ctx)
    found += _unit_after(ctx)
    if '"amount"' in folded:  # OCDS pasted as JSON
        found += _ocds_sums(ctx, json_sums(ctx.text, iso_currencies()))
    if ".amount" in folded:  # round 22: OCDS flattened to dotted paths
        found += _ocds_sums(ctx, flat_path_sums(folded, iso_currencies()))
    found.sort(key=lambda c: c.start)
    # evidence, kinds and lots read the text as written; the fold kept every offset
    return _amounts(text, found, ctx)


def _chinese_numerals(ctx: _Context) -> list[Candidate]:
    """壹佰贰拾万元整, 人民币叁仟元: read with cn2an (see numbers.chinese_numeral_value)."""
    found = []
    for match in cn_amounts(ctx.text):
        if not CN_HAS_DIGIT.search(match.group("int")):
            continue  # 千万元/百万元 alone ("数千万元") is an order of magnitude, not an amount
        value = chinese_numeral_value(match)
        if value is None:
            continue
        pre = match.group("pre")
        start = match.start("int") if pre in (None, "人民币", "人民幣") else match.start()
        currency = "JPY" if match.group("unit") == "円" else CN_PREFIX_CURRENCY[pre] if pre else ctx.yuan()
        found.append(Candidate(start, match.end(), value, currency))
    return found


def _compound_myriads(ctx: _Context) -> list[Candidate]:
    """A sum written in two myriad units, 億 and 万 (ja/zh) or 억 and 만 (ko), before its currency."""
    return [Candidate(start, end, value, currency or ctx.yuan())
            for start, end, value, currency in myriad_sums(ctx.text)] + [
        Candidate(start, end, value, currency) for start, end, value, currency in leading_magnitude_sums(ctx.text)]


def _compound_crores(ctx: _Context, country_hint: str | None) -> list[Candidate]:
    """A sum written in crores and lakhs (or arabs and crores), read as one amount."""
    found = []
    for start, end, value, pre, suf in crore_sums(ctx.text):
        currency = _marked_currency(pre, suf, ctx, country_hint)
        marker = pre or suf
        if currency is None and marker is not None:
            placed, local = context_currency(marker, ctx.text, country_hint)
            currency = local if placed else None
        found.append(Candidate(start, end, value, currency, marker=marker))
    return found


def _structured(ctx: _Context) -> list[Candidate]:
    """"Label: 135630400.00 PYG" as scrapers.parsing writes structured values, for every ISO 4217 code."""
    return [
        Candidate(match.start("num"), match.end("iso"), tidy(Decimal(match.group("num"))), match.group("iso"))
        for match in STRUCTURED_AMOUNT.finditer(ctx.text)
        if match.group("iso") in iso_currencies()
    ]


def _marked(ctx: _Context, country_hint: str | None) -> list[Candidate]:
    """A number with a currency prefix (US$, €, ￥) or suffix (元, руб., zł), and its magnitude word."""
    found = []
    mult_only, context_only = multiplier_only_prefixes(), context_only_markers()
    currencies: dict[tuple[str | None, str | None], str | None] = {}  # (prefix, suffix) → currency, in this text
    for match in marked_in(ctx.text, ctx.space_grouping):  # bare numbers (no prefix, no suffix) left out
        pre, suf, mult = match.group("pre", "suf", "mult")
        magnitude = mult or match.group("abbr") or match.group("pmult")
        if pre in mult_only and not magnitude and not grouped_sum(match, ctx.text, country_hint):
            continue  # "R12", "Q 3": a road, a quarter; "R38 million" and "Q 9.800.000" are money
        if pre is None and suf and suf.lower() in PESO_WORDS and not mult:
            # "pesos" is also "weights" (es/pt: "3 pesos de 5 kg"): money only as "$ … pesos" or "… millones de pesos"
            continue
        if ctx.overlaps(match.start(), match.end()) or dispatch_code(ctx.text, match):  # "911 CAD": no sum
            continue
        if (pre, suf) not in currencies:
            currencies[pre, suf] = _marked_currency(pre, suf, ctx, country_hint)
        currency = currencies[pre, suf]
        marker = pre or suf
        if marker is not None and (currency is None or marker.lower() in context_only):
            placed, local = context_currency(marker, ctx.text, country_hint)
            if marker.lower() in context_only and not (placed and _written_as_money(match)):
                continue  # "N95 masks", "K9 unit": money only where the notice is in a country that writes it so
            currency = local if placed else currency
        coded = _CODE_AFTER.match(ctx.text, match.end())
        if coded is not None and coded.group(1) in iso_currencies():
            currency = coded.group(1)  # r33b_money33b: "B/. 3,2 millones (USD)", "1,4 million de dollars (CAD)"
        value: Decimal | None = None
        if match.group("num"):
            value = _marked_value(match, ctx.lang, currency)
            if value is None:
                continue
        end = match.end()
        while end > match.start() and ctx.text[end - 1] in " \t\u00a0":
            end -= 1
        found.append(ctx.claim(Candidate(match.start(), end, value, currency, marker=marker)))
    return found


# Round 33b: an ISO 4217 code alone in brackets right after a sum names its currency, whatever the marker would say
# ("B/. 3,2 millones (USD)" in Panama, where the balboa is at par with the dollar the writer names; "1,4 million de
# dollars (CAD)"): sets ab, x and z write it so.
_CODE_AFTER = re.compile(r"[ \t\u00a0]*[(（][ \t]*([A-Z]{3})[ \t]*[)）]")


def _in_words(ctx: _Context, country_hint: str | None) -> list[Candidate]:
    """Sums written in words before their currency word ("quinientos mil pesos"; see `words`)."""
    return [ctx.claim(Candidate(start, end, value, _marked_currency(None, word, ctx, country_hint), marker=word))
            for start, end, value, word in word_sums(ctx.text, ctx.lang) if not ctx.overlaps(start, end)]


def _written_as_money(match: re.Match[str]) -> bool:
    """A number written as a sum - grouped ("N21,740,000,000") or with a magnitude word ("K4.6 million") - right
    after a marker that is a bare letter elsewhere."""
    number = match.group("num") or ""
    return bool(match.group("mult") or match.group("abbr") or match.group("pmult")
                or re.search(r"\d[.,'’\u00a0 ]\d{3}(?!\d)", number))


def _marked_currency(pre: str | None, suf: str | None, ctx: _Context, country_hint: str | None) -> str | None:
    """The currency the markers around a number name, before any cue of the text (the same for every number of
    the text with these markers)."""
    pre_iso = resolve_currency(pre, marker_currency(pre, "prefix", ctx.lang), ctx.lang, country_hint)
    suf_iso = resolve_currency(suf, marker_currency(suf, "suffix", ctx.lang), ctx.lang, country_hint)
    if suf in YUAN_SUFFIXES and pre is None:
        suf_iso = ctx.yuan()
    if pre == "$" and suf is not None and suf.lower() not in context_only_markers():
        # "$1.234.567 MXN", "$ 1.234.567 pesos": the written-out currency says which dollar/peso "$" is (a marker that
        # is money only in its country's notices, "$2 million sum", does not)
        return suf_iso
    return pre_iso or suf_iso


def _marked_value(match: re.Match[str], lang: str | None, currency: str | None) -> Decimal | None:
    num = match.group("num")
    suf = match.group("suf")
    scaled = match.group("mult") or match.group("abbr") or match.group("pmult") or (suf and suf.lower() in SUFFIX_SCALE)
    if _GROUPED_ONCE.fullmatch(num) and currency not in _THREE_DECIMALS and (
            not scaled or currency in _WHOLE_UNITS):
        # round 22: "€40,000" is never 40 euros (cents have two digits); round 28: "CLP 1,800 million", "COP 38,000
        # million" - a currency without fractions in use is not written to three decimals before a magnitude word
        num = num.replace(",", "").replace(".", "")
    value = parse_number(num, lang, currency)
    if value is None:
        return None
    mult, abbr = match.group("mult"), match.group("abbr")
    if mult and mult.lower() == "mil" and lang == "en" and currency not in _MIL_IS_MILLION:
        return None  # "$3 mil" is colloquial English for a million, "mil" elsewhere a thousand: unreadable
    if match.group("pmult"):
        value *= MULTIPLIERS[match.group("pmult")]  # "TSh bilioni 14.2", "රු. මිලියන 425"
    if mult and mult.rstrip(".").lower() == "mil" and (currency in _MIL_IS_MILLION or lang in _MIL_IS_MILLION_LANGS):
        value *= MULTIPLIERS["milion"]  # Czech/Slovak "19,8 mil. Kč": a million, not the Spanish thousand
    elif mult:
        value *= MULTIPLIERS[mult.rstrip(".").lower()]
    elif abbr:
        value *= ABBREVIATION_BY_CURRENCY.get((currency, abbr), ABBREVIATED_MULTIPLIERS[abbr.lower()])
    if suf and suf.lower() in SUFFIX_SCALE:
        value *= SUFFIX_SCALE[suf.lower()]
    return tidy(value)


_GROUPED_ONCE = re.compile(r"[1-9]\d{0,2}[.,]\d{3}")  # one separator before exactly three digits, no magnitude word
_WHOLE_UNITS = frozenset({"CLP", "COP", "IDR", "ISK", "JPY", "KRW", "PYG", "UGX", "VND", "XAF", "XOF"})
_THREE_DECIMALS = frozenset({"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"})  # where 1,500 may be one and a half


#: Currencies of the languages where "mil." abbreviates a million (cs, sk), and the ringgit: Malaysian English
#: press writes "RM7.8mil" for 7.8 million (round 15).
_MIL_IS_MILLION = frozenset({"CZK", "MYR"})
_MIL_IS_MILLION_LANGS = frozenset({"cs", "sk"})  # "1,7 mil. eur" in a Slovak notice (round 27)
_CELL_NUMBER = re.compile(r"[-+]?\d[\d.,'\u00a0 ]*|[*＊]+(?:[.,][*＊]+)?")


def _in_unit_columns(ctx: _Context) -> list[Candidate]:
    """A bare number in a grid column whose header states the unit: "中标价(元)" over "8865005.32"."""
    found = []
    for cell in ctx.cells:
        unit = cell.column.unit
        if unit is None or not _CELL_NUMBER.fullmatch(cell.text) or ctx.overlaps(cell.start, cell.end):
            continue
        candidate = _unit_candidate(ctx, cell.start, cell.end, cell.text, unit)
        if candidate is not None:
            found.append(ctx.claim(candidate))
    return found


def _under_unit_labels(ctx: _Context) -> list[Candidate]:
    """预算金额（万元）：386.5, 中标价(元): 8865005.32, Amount (USD): 1,234,567 — a bare number after a label
    that states its unit in brackets (on the same line, or alone on the next one)."""
    found = []
    for match in header_regex(ctx.space_grouping).finditer(ctx.text):
        span_start, span_end = match.span("num") if match.group("num") else match.span("mask")
        if ctx.overlaps(span_start, span_end):
            continue
        gap = ctx.text[match.end("hunit"):span_start]
        if "\n" in gap and "\t" in ctx.text[ctx.text.rfind("\n", 0, match.start()) + 1:match.start()]:
            continue  # the header line of a grid: its columns are read cell by cell (_in_unit_columns)
        candidate = _unit_candidate(ctx, span_start, span_end, match.group("num"), match.group("hunit"))
        if candidate is not None:
            found.append(ctx.claim(candidate))
    return found


def _unit_after(ctx: _Context) -> list[Candidate]:
    """总价形式报价:569800.00(元), 886.5（万元）: the unit in brackets right after the number."""
    found = []
    for match in finditer(unit_after_regex(ctx.space_grouping), ctx.text, _before_units(ctx.text)):
        if ctx.overlaps(match.start(), match.end()):
            continue
        candidate = _unit_candidate(ctx, match.start(), match.end(), match.group("num"), match.group("hunit"))
        if candidate is not None:
            found.append(ctx.claim(candidate))
    return found


_NUMBER_CHARS = frozenset(".,'’\u00a0\u202f\u2009 \t")  # besides digits: separators, and spaces before a unit


def _before_units(text: str) -> list[int]:
    """Where a match of unit_after_regex can start: in the run of digits, separators and spaces that ends at a
    bracketed unit, since every match is a number, at most two spaces and such a unit (tried there only, not at
    every digit of the text; no bracket opens inside a unit, so finditer finds every unit)."""
    starts = []
    for unit in BRACKETED_UNIT.finditer(text):
        at = unit.start()
        while at > 0 and (text[at - 1] in _NUMBER_CHARS or text[at - 1].isdecimal()):
            at -= 1
            starts.append(at)
    return sorted(starts)


def _ocds_sums(ctx: _Context, sums: list[Sum]) -> list[Candidate]:
    """The sums of OCDS text (enrich/money/ocds_text.py) that no earlier pass has read, claimed."""
    return [ctx.claim(Candidate(start, end, value, iso, kind)) for start, end, value, iso, kind in sums
            if not ctx.overlaps(start, end)]


def _unit_candidate(ctx: _Context, start: int, end: int, number: str | None, unit: str) -> Candidate | None:
    """The sum a number (None: masked) stands for in a stated unit; None when the unit or number is unreadable."""
    currency = unit_currency(unit, ctx.yuan())
    if currency is None:
        return None
    if number is None or not any(ch.isdigit() for ch in number):
        return Candidate(start, end, None, currency)
    value = parse_number(number, ctx.lang, currency)
    if value is None:
        return None
    return Candidate(start, end, tidy(value * UNIT_SCALE.get(unit, Decimal(1))), currency)


def _amounts(text: str, found: list[Candidate], ctx: _Context) -> list[Amount]:
    """Kinds and lots for the candidates, in text order; the same sum written twice in a row is kept once.

    A sum in a grid's money column takes its kind from the column header and its lot from the row; any
    other sum, from the label before it on its line (see labels.labelled_kind)."""
    amounts: list[Amount] = []
    places = lot_places(text) if len(found) > 2 else None  # where lot and total labels can be, for every sum
    for candidate in found:
        start, end, value, currency = candidate.start, candidate.end, candidate.value, candidate.currency
        cell = ctx.cell(start, end)
        kind_label: str | None
        if candidate.kind is not None:
            kind_label, lot = candidate.kind, lot_for(text, start, places)
        elif cell is not None:
            kind_label = cell.kind
            # the row's lot column, else a lot heading above the table (never a lot word in earlier rows)
            lot = cell.lot if cell.has_lot_column or cell.total else lot_for(text, cell.grid_start, places)
        else:
            kind_label = labelled_kind(text, start, end)
            lot = lot_for(text, start, places)
        kind = kind_label or "other"
        if amounts and _repeats(text, amounts[-1], candidate, lot):
            # The same sum written twice (大写/小写, "EUR 1,000 (one thousand euro)"): keep it once.
            previous = amounts[-1]
            if previous.kind == "other" and kind != "other":
                amounts[-1] = FoundAmount(previous.value, previous.currency, kind, previous.evidence, previous.lot,
                                          marker=getattr(previous, "marker", None))
            continue
        amounts.append(FoundAmount(value, currency, kind, Span(start, end, text[start:end]), lot,
                                   labelled=kind_label is not None, marker=candidate.marker))
    return amounts


def with_local_currency(amounts: list[Amount], country: str | None) -> list[Amount]:
    """Amounts whose currency was left unknown because "$", "pesos", "shillings", "Rs", "FCFA", "dinar" … is
    ambiguous, read as that currency of `country` (the notice's own place, known only after extraction:
    "$ 58.700.000 pesos" in Rosario is ARS, "310 000 $" in Montréal CAD, "Rs 680 crore" in Lahore PKR; the
    reviewed table is enrich/data/currency_by_country.csv). A marker written exactly as a word of that table takes
    the place's reading even when it had a default or a reading from cues in the text: "28.450.000 lei" is RON in
    Bucharest, MDL in Chișinău. Other amounts are returned unchanged."""
    if not country:
        return amounts
    dollar, peso = DOLLAR_BY_COUNTRY.get(country.upper()), PESO_BY_COUNTRY.get(country.upper())
    out: list[Amount] = []
    for amount in amounts:
        local: str | None = marker_local_currency(getattr(amount, "marker", None), country)
        if local is not None:
            pass  # "lei" in Chișinău, "K" in Lusaka: the place's reading of the marker as written
        elif amount.currency is None and amount.value is not None:
            words = amount.evidence.text.lower()
            local = peso if "peso" in words else dollar if "$" in words or "dollar" in words else None
            if local is None:
                local = local_currency_word(words, country)
        elif amount.currency == "USD" and dollar not in (None, "USD") and place_dollar(amount.evidence.text, dollar):
            local = dollar  # "$2.1 million" in Toronto: English text read "$" as USD before the place was known
        else:
            local = None
        if amount.value is not None and local is not None:
            amount = replace(amount, currency=local, value=_point_decimal(amount.value, amount.evidence.text, local))
        out.append(amount)
    return out


_COMMA_GROUPED = re.compile(r"(?<![\d.,])(\d{1,3}),(\d{3})(?![\d.,]*\d)")


def _point_decimal(value: Decimal, evidence: str, currency: str) -> Decimal:
    """`value` re-read where the place's currency writes a decimal point (numbers.POINT_DECIMAL_CURRENCIES):
    "$1,240 millones de pesos" read as 1.24 million before the place (Monterrey) was known is 1,240 million."""
    if currency not in POINT_DECIMAL_CURRENCIES:
        return value
    match = _COMMA_GROUPED.search(evidence)
    if match is None or _COMMA_GROUPED.search(evidence, match.end()) is not None:
        return value
    scale = value / Decimal(f"{match.group(1)}.{match.group(2)}")  # the magnitude, if the comma was read as decimal
    lowered = evidence.lower()
    words = {MULTIPLIERS[w] for w in re.findall(r"[^\W\d_]+", lowered) if w in MULTIPLIERS}
    words |= {MULTIPLIERS[w] for w in ("mil millones",) if w in lowered}
    if scale in words if words else scale == 1:
        return tidy(value * 1000)
    return value  # read as grouping already (or another number): unchanged


def _repeats(text: str, previous: Amount, candidate: Candidate, lot: str | None) -> bool:
    if (candidate.value is None or previous.value != candidate.value or previous.currency != candidate.currency
            or previous.lot != lot or candidate.start - previous.evidence.end > 30):
        return False
    gap = text[previous.evidence.end:candidate.start]  # (sliced only now: the gap to an unrelated sum may be long)
    return "\n" not in gap.strip("\n")
