"""Money in notice text: every sum with its currency, kind (budget/award/other), lot and evidence.

Why this module exists: reporters compare what a buyer planned to spend with what a supplier was paid, so
we must tell a budget from an award, keep each lot, and never invent a value. A masked amount
(``********元``) is stored with ``value=None`` - unknown, never zero.

How it works:
* A candidate is a number (or a masked run of ``*``) next to a currency marker - a prefix (``￥``, ``US$``,
  ``EUR``) or a suffix (``元``, ``万元``, ``руб.``, ``zł``) - or a number right after a label whose column
  header names the unit (``预算金额（万元）：386.5``). Bare numbers are never money, so phone numbers, dates,
  project codes, CPV codes, percentages and quantities (台, 套, 个) are not picked up.
* Chinese numerals (``壹佰贰拾万元整``) are read with cn2an after removing ``人民币``.
* Thousands/decimal separators are read by the notice's language (``1.234.567,89`` in de/es/pt/sr,
  ``1 234 567,89`` in fr/ru, ``1,234,567.89`` in en/zh). A single separator followed by exactly three digits
  is the only ambiguous case; it is settled by the language, or - when the language is unknown - by the
  currency's usual convention (EUR/BRL/RUB… comma-decimal; CNY/USD/GBP dot-decimal).
* The kind comes from the nearest label before the amount on its line (or on the line above, for flattened
  label/value tables); the cue lists are reviewed data in ``enrich/data/money_kind_cues.csv``, currency
  markers in ``enrich/data/currency_symbols.csv``.
* A bare ``$`` (and "dollars") is USD only for English or unknown-language text, or when ``country_hint``
  names a dollar/peso country; Latin American pesos also use ``$``, so otherwise the currency stays None.
"""
from __future__ import annotations

import csv
import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from enrich.model import Amount, Span

DATA_DIR = Path(__file__).with_name("data")

COMMA_DECIMAL_LANGUAGES = frozenset(
    "de es pt sr hr bs it fr ru uk be pl cs sk sl nl ro tr el da sv fi no nb nn hu bg mk id lt lv et ca gl eu kk".split()
)
COMMA_DECIMAL_CURRENCIES = frozenset("EUR BRL RUB RSD PLN CZK HRK UAH DKK SEK NOK HUF RON TRY ARS CLP COP KZT BYN".split())
SPACE_GROUPING_OFF = frozenset({"zh", "ja", "ko"})

# A bare "$" means different currencies in different countries; used only with an explicit country hint.
DOLLAR_BY_COUNTRY = {
    "US": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "TW": "TWD",
    "MX": "MXN", "CO": "COP", "CL": "CLP", "AR": "ARS", "UY": "UYU", "EC": "USD", "SV": "USD", "PR": "USD",
}

MULTIPLIERS = {
    "万": Decimal(10) ** 4, "萬": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "億": Decimal(10) ** 8,
    "千": Decimal(10) ** 3,
    "million": Decimal(10) ** 6, "millions": Decimal(10) ** 6, "mln": Decimal(10) ** 6, "mio": Decimal(10) ** 6,
    "millones": Decimal(10) ** 6, "millón": Decimal(10) ** 6, "milhões": Decimal(10) ** 6,
    "milhão": Decimal(10) ** 6, "milioni": Decimal(10) ** 6, "milione": Decimal(10) ** 6,
    "millionen": Decimal(10) ** 6, "miliona": Decimal(10) ** 6, "milion": Decimal(10) ** 6,
    "млн": Decimal(10) ** 6, "тыс": Decimal(10) ** 3, "тысяч": Decimal(10) ** 3, "mil": Decimal(10) ** 3,
    "billion": Decimal(10) ** 9, "bn": Decimal(10) ** 9, "млрд": Decimal(10) ** 9, "mrd": Decimal(10) ** 9,
}
_MULT_RE = (
    r"(?P<mult>万|萬|亿|億|千(?=元)|(?:millions?|millones|millón|milhões|milhão|milioni|milione|millionen|miliona|milion"
    r"|mln|mio|млн|тыс|тысяч|mil|billion|bn|млрд|mrd)(?![^\W\d_])\.?)"
)

_CN_DIGITS = "零壹贰叁肆伍陆柒捌玖拾佰仟万萬亿億〇一二三四五六七八九十百千两貳參陸"
_CN_SMALL = "零壹贰叁肆伍陆柒捌玖一二三四五六七八九貳參陸"
_CN_AMOUNT_RE = re.compile(
    rf"(?P<pre>人民币|RMB|￥|¥)?\s{{0,2}}(?P<int>[{_CN_DIGITS}]{{2,}})\s?(?:元|圆)"
    rf"(?P<jiao>[{_CN_SMALL}]角)?(?P<fen>[{_CN_SMALL}]分)?(?P<zheng>整|正)?"
)

_CN_HAS_DIGIT = re.compile(r"[零壹贰叁肆伍陆柒捌玖〇一二三四五六七八九两貳參陸]")
_LOT_RE = re.compile(
    r"(?:第\s*[0-9一二三四五六七八九十]+\s*(?:包|标段|标包|分标|批次)"
    r"|(?:采购包|包组|标包|分包|标段|包)\s*[:：]?\s*(?:[0-9]+|[一二三四五六七八九十]+|[A-Z](?![A-Za-z]))"
    r"|(?<![^\W\d_])(?:Lot|LOT|Lote|LOTE|Los|Lotto|Partija|Partie|Лот|лот)\s*(?:No\.?|N[°º]\.?|n[°º]\.?|Nr\.?|№|#)?\s*"
    r"(?:[0-9]+|[A-Z](?![A-Za-z])))"
)
_UNIT_PRICE_AFTER = re.compile(r"\s*/\s*(?:台|套|个|件|年|月|天|日|人|次|平方米|米|m|unit|pcs|Stück|шт)")


@lru_cache(maxsize=1)
def currency_markers() -> dict[str, list[tuple[str, str | None, frozenset[str]]]]:
    """Reviewed currency markers: {'prefix': [(token, iso, languages)], 'suffix': [...]}, longest first."""
    markers: dict[str, list[tuple[str, str | None, frozenset[str]]]] = {"prefix": [], "suffix": []}
    with open(DATA_DIR / "currency_symbols.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            languages = frozenset(x.strip() for x in row["languages"].split(",") if x.strip())
            entry = (row["token"], row["currency"] or None, languages)
            if row["position"] in ("prefix", "both"):
                markers["prefix"].append(entry)
            if row["position"] in ("suffix", "both"):
                markers["suffix"].append(entry)
    for entries in markers.values():
        entries.sort(key=lambda e: -len(e[0]))
    return markers


@lru_cache(maxsize=1)
def kind_cues() -> list[tuple[str, str]]:
    """Reviewed (cue in lower case, kind) pairs from money_kind_cues.csv."""
    with open(DATA_DIR / "money_kind_cues.csv", encoding="utf-8", newline="") as handle:
        return [(row["cue"].lower(), row["kind"]) for row in csv.DictReader(handle)]


def _token_pattern(token: str) -> str:
    pattern = re.escape(token)
    if token[0].isalpha() and token[0].isascii():
        pattern = r"(?<![A-Za-z])" + pattern
    if token[-1].isalpha():
        pattern = pattern + r"(?![^\W\d_])"
    return pattern


@lru_cache(maxsize=4)
def _amount_regex(space_grouping: bool) -> re.Pattern[str]:
    markers = currency_markers()
    prefix = "|".join(_token_pattern(t) for t, _, _ in markers["prefix"])
    suffix = "|".join(_token_pattern(t) for t, _, _ in markers["suffix"])
    group_sep = r"[.,'’\u00a0\u202f\u2009 ]" if space_grouping else r"[.,'’]"
    number = rf"(?<![\d.,])(?:\d{{1,3}}(?:{group_sep}\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\d])"
    masked = r"[*＊]+(?:[.,][*＊]+)?"
    first_chars = re.escape("".join(sorted({t[0] for t, _, _ in markers["prefix"]})))
    return re.compile(
        rf"(?=[\d*＊{first_chars}])(?:(?P<pre>{prefix})[ \t\u00a0]{{0,2}})?(?:(?P<num>{number})|(?P<mask>{masked}))"
        rf"(?:[ \t\u00a0]{{0,2}}{_MULT_RE})?(?:[ \t\u00a0]{{0,2}}(?P<suf>{suffix}))?",
    )


@lru_cache(maxsize=4)
def _header_regex(space_grouping: bool) -> re.Pattern[str]:
    group_sep = r"[.,'’\u00a0\u202f\u2009 ]" if space_grouping else r"[.,'’]"
    number = rf"(?<![\d.,])(?:\d{{1,3}}(?:{group_sep}\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\d.,]*\d)"
    return re.compile(
        r"[（(]\s*(?:人民币\s*)?(?P<hunit>万元|亿元|元|EUR|€|USD|US\$|GBP|£|RUB|руб\.?|RSD|CHF|PLN|BRL|R\$)\s*[)）]"
        rf"[ \t]*[:：]?[ \t]*\n?[ \t]*(?:(?P<num>{number})|(?P<mask>[*＊]+))(?![ \t]*(?:%|％|万|元|[A-Za-z]))"
    )


def _base_language(language: str | None) -> str | None:
    if not language:
        return None
    return re.split(r"[-_]", language.strip().lower(), maxsplit=1)[0] or None


def _resolve_currency(token: str | None, iso: str | None, language: str | None, country_hint: str | None) -> str | None:
    if token is None:
        return None
    if token in ("￥", "¥"):
        return "JPY" if language == "ja" else "CNY"
    if token in ("$", "dollars"):
        if country_hint:
            return DOLLAR_BY_COUNTRY.get(country_hint.upper())
        return "USD" if language in (None, "en") else None
    return iso


def _marker_currency(token: str | None, position: str) -> str | None:
    if token is None:
        return None
    for candidate, iso, _ in currency_markers()[position]:
        if candidate.lower() == token.lower():
            return iso
    return None


def parse_number(raw: str, language: str | None = None, currency: str | None = None) -> Decimal | None:
    """Read a written number by the language's separator convention; None when it is not a number."""
    digits = re.sub(r"[\s'’\u00a0\u202f\u2009]", "", raw)
    if len(digits) > 24:
        return None  # no procurement is worth 10^20 of anything: a digit run, not money
    dots, commas = digits.count("."), digits.count(",")
    if dots and commas:
        decimal_sep = "." if digits.rfind(".") > digits.rfind(",") else ","
        thousands_sep = "," if decimal_sep == "." else "."
        digits = digits.replace(thousands_sep, "").replace(decimal_sep, ".")
    elif dots > 1 or commas > 1:
        digits = digits.replace(".", "").replace(",", "")
    elif dots or commas:
        sep = "." if dots else ","
        after = len(digits) - digits.index(sep) - 1
        if after == 3:
            comma_decimal = (
                language in COMMA_DECIMAL_LANGUAGES
                if language
                else currency in COMMA_DECIMAL_CURRENCIES
            )
            is_thousands = (sep == ".") == comma_decimal
        else:
            is_thousands = False
        digits = digits.replace(sep, "") if is_thousands else digits.replace(sep, ".")
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def _tidy(value: Decimal) -> Decimal:
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def _chinese_numeral_value(match: re.Match[str]) -> Decimal | None:
    import cn2an  # lazy: cn2an loads its tables on import

    try:
        yuan = Decimal(str(cn2an.cn2an(match.group("int"), "smart")))
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    small = {c: i for i, c in enumerate("零壹贰叁肆伍陆柒捌玖")}
    small.update({c: i for i, c in enumerate("〇一二三四五六七八九")})
    small.update({"貳": 2, "參": 3, "陸": 6})
    if match.group("jiao"):
        yuan += Decimal(small[match.group("jiao")[0]]) / 10
    if match.group("fen"):
        yuan += Decimal(small[match.group("fen")[0]]) / 100
    return _tidy(yuan)


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end == -1 else end)


def _nearest_cue(context: str) -> tuple[int, str] | None:
    """The label closest before the amount; when labels overlap ("начальная (максимальная) цена контракта"
    holds "цена контракта"), the phrase that starts first is the head and wins."""
    lowered = context.lower()
    hits: list[tuple[int, int, str]] = []
    for cue, kind in kind_cues():
        at = lowered.rfind(cue)
        if at != -1:
            hits.append((at, at + len(cue), kind))
    if not hits:
        return None
    nearest = max(hits, key=lambda h: (h[1], h[1] - h[0]))
    overlapping = [h for h in hits if h[0] < nearest[1] and nearest[0] < h[1]]
    head = min(overlapping, key=lambda h: (h[0], -h[1]))
    return nearest[1], head[2]


def _kind_for(text: str, start: int, end: int) -> str:
    if _UNIT_PRICE_AFTER.match(text, end):
        return "other"
    line_start, _ = _line_bounds(text, start)
    context = text[max(line_start, start - 120):start]
    found = _nearest_cue(context)
    if found is None and len(context.strip()) <= 12 and line_start > 0:
        prev_end = line_start - 1
        while prev_end > 0 and text[prev_end - 1] == "\n":
            prev_end -= 1
        prev_start, _ = _line_bounds(text, max(prev_end - 1, 0))
        found = _nearest_cue(text[max(prev_start, prev_end - 120):prev_end])
    return found[1] if found else "other"


def _lot_for(text: str, start: int) -> str | None:
    window_start = max(0, start - 200)
    last = None
    for match in _LOT_RE.finditer(text, window_start, start):
        last = match
    if last is None:
        return None
    return re.sub(r"\s+", " ", last.group(0)).strip()


def extract_amounts(text: str, language: str | None = None, *, country_hint: str | None = None) -> list[Amount]:
    """Every amount of money in ``text`` (the stored notice text), in order of appearance.

    ``language`` is an ISO 639-1 code (``de``, ``pt-BR`` …) used to read separators; ``country_hint`` (ISO
    alpha-2 of the source) lets a bare ``$`` be read as that country's dollar/peso.
    """
    if not text:
        return []
    lang = _base_language(language)
    if lang is None:
        space_grouping = not re.search(r"[\u4e00-\u9fff]", text[:5000])
    else:
        space_grouping = lang not in SPACE_GROUPING_OFF

    found: list[tuple[int, int, Decimal | None, str | None]] = []  # start, end, value, currency

    for match in _CN_AMOUNT_RE.finditer(text):
        if not _CN_HAS_DIGIT.search(match.group("int")):
            continue  # 千万元/百万元 alone ("数千万元") is an order of magnitude, not an amount
        value = _chinese_numeral_value(match)
        if value is None:
            continue
        start = match.start("int") if match.group("pre") in (None, "人民币") else match.start()
        found.append((start, match.end(), value, "CNY"))

    taken = [(s, e) for s, e, _, _ in found]

    def overlaps(start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in taken)

    for match in _amount_regex(space_grouping).finditer(text):
        pre, suf = match.group("pre"), match.group("suf")
        if pre is None and suf is None:
            continue
        if pre is None and match.group("mult") and not suf:
            continue
        if overlaps(match.start(), match.end()):
            continue
        pre_iso = _resolve_currency(pre, _marker_currency(pre, "prefix"), lang, country_hint)
        suf_iso = _resolve_currency(suf, _marker_currency(suf, "suffix"), lang, country_hint)
        currency = pre_iso or suf_iso
        value: Decimal | None = None
        if match.group("num"):
            value = parse_number(match.group("num"), lang, currency)
            if value is None:
                continue
            if match.group("mult"):
                value *= MULTIPLIERS[match.group("mult").rstrip(".").lower()]
            value = _tidy(value)
        end = match.end()
        while end > match.start() and text[end - 1] in " \t\u00a0":
            end -= 1
        found.append((match.start(), end, value, currency))
        taken.append((match.start(), end))

    for match in _header_regex(space_grouping).finditer(text):
        span_start = match.start("num") if match.group("num") else match.start("mask")
        span_end = match.end("num") if match.group("num") else match.end("mask")
        if overlaps(span_start, span_end):
            continue
        unit = match.group("hunit")
        currency = {"万元": "CNY", "亿元": "CNY", "元": "CNY", "€": "EUR", "£": "GBP", "US$": "USD", "R$": "BRL"}.get(unit)
        if currency is None:
            currency = "RUB" if unit.startswith("руб") else unit
        value = None
        if match.group("num"):
            value = parse_number(match.group("num"), lang, currency)
            if value is None:
                continue
            value = _tidy(value * {"万元": Decimal(10) ** 4, "亿元": Decimal(10) ** 8}.get(unit, Decimal(1)))
        found.append((span_start, span_end, value, currency))
        taken.append((span_start, span_end))

    found.sort(key=lambda item: item[0])
    amounts: list[Amount] = []
    for start, end, value, currency in found:
        kind = _kind_for(text, start, end)
        lot = _lot_for(text, start)
        if amounts:
            previous = amounts[-1]
            gap = text[previous.evidence.end:start]
            if (
                value is not None
                and previous.value == value
                and previous.currency == currency
                and previous.lot == lot
                and len(gap) <= 30
                and "\n" not in gap.strip("\n")
            ):
                # The same sum written twice (大写/小写, "EUR 1,000 (one thousand euro)"): keep it once.
                if previous.kind == "other" and kind != "other":
                    amounts[-1] = Amount(previous.value, previous.currency, kind, previous.evidence, previous.lot)
                continue
        amounts.append(Amount(value, currency, kind, Span(start, end, text[start:end]), lot))
    return amounts


def largest_amount(amounts: list[Amount], prefer: str = "award", text: str | None = None) -> Amount | None:
    """The headline amount for the export.

    Choice (documented for users): take amounts of the preferred kind (award by default), else the other of
    award/budget; amounts of kind ``other`` (bids, deposits, unit prices) and masked amounts never headline.
    Within the chosen kind, keep the currency of its first amount. When two or more distinct lots are stated,
    the headline is the sum of each lot's largest amount - unless an unlabelled amount (a stated total) is
    larger, which then wins. Otherwise the largest single amount. A lot sum is returned with
    ``lot="包1+包2"``-style label and, when ``text`` is given, evidence spanning the first to the last lot
    amount; without ``text`` its evidence is the largest lot amount's.
    """
    fallback = {"award": "budget", "budget": "award"}.get(prefer, "award")
    for kind in (prefer, fallback):
        pool = [a for a in amounts if a.kind == kind and a.value is not None]
        if not pool:
            continue
        currency = pool[0].currency
        pool = [a for a in pool if a.currency == currency]
        per_lot: dict[str, Amount] = {}
        unlabelled: list[Amount] = []
        for amount in pool:
            if amount.lot is None:
                unlabelled.append(amount)
            elif amount.lot not in per_lot or amount.value > per_lot[amount.lot].value:  # type: ignore[operator]
                per_lot[amount.lot] = amount
        best_single = max(pool, key=lambda a: a.value)  # type: ignore[arg-type,return-value]
        if len(per_lot) < 2:
            return best_single
        lots = sorted(per_lot.values(), key=lambda a: a.evidence.start)
        total = sum((a.value for a in lots), Decimal(0))  # type: ignore[misc]
        if unlabelled and max(a.value for a in unlabelled) >= total:  # type: ignore[type-var]
            return max(unlabelled, key=lambda a: a.value)  # type: ignore[arg-type,return-value]
        if text is not None:
            first, last = lots[0].evidence.start, max(a.evidence.end for a in lots)
            evidence = Span(first, last, text[first:last])
        else:
            evidence = max(lots, key=lambda a: a.value).evidence  # type: ignore[arg-type,return-value]
        return Amount(_tidy(total), currency, kind, evidence, "+".join(a.lot for a in lots if a.lot))
    return None
