"""Dates in notice text, read the way the notice's language writes them.

Why: the publication date orders everything a reporter sees, and a day/month swap silently moves a purchase
by months. So ambiguous numeric dates are read by the notice's language (day-first in de/ru/sr/es/pt/fr/it…)
and an explicit ``dayfirst`` hint from the source (US sources pass ``dayfirst=False``); an English or
unknown-language slash date like ``03/05/2019`` with no hint is left unread (None) rather than guessed.
Dotted dates (``05.03.2019``) are day-first unless the hint says otherwise - nobody writes US dates that way.

Chinese dates (``2019年3月5日``, ``二〇一九年三月五日``) and numeric/month-name forms are matched by regex
(dateparser handles neither labelled Chinese text nor Chinese-numeral years); dateparser is only a lazy
last resort in :func:`parse_date` for strings the regexes do not cover.

:func:`extract_published` only trusts a date that follows a publication label (reviewed list in
``enrich/data/date_labels.csv``); it never falls back to other dates in the text (deadlines, opening dates).
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from enrich.cache import table
from enrich.fastscan import Prefixed
from enrich.language import base_language
from enrich.model import DateFact, Span

DATA_DIR = Path(__file__).with_name("data")

DAY_FIRST_LANGUAGES = frozenset(
    "de ru sr hr bs es pt fr it nl pl cs sk sl uk be bg mk ro tr el da sv fi no nb hu id lt lv et ca gl".split()
)
_CN_NUM = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_CN_NUM.update({"零": 0, "○": 0, "Ｏ": 0, "O": 0, "o": 0})
_CN_NUM.update({chr(0xFF10 + i): i for i in range(10)})

_ZH_DIGITS = re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?")
_ZH_NUMERALS = re.compile(
    r"([〇零○Ｏ一二三四五六七八九０-９]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*[日号號]"
)
_ISO = re.compile(r"(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])")
_NUMERIC_DMY = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)")
_DAY_MONTH_YEAR = re.compile(
    r"(?<!\d)(\d{1,2})(?:\.|er|st|nd|rd|th|º)?\s*(?:de\s+)?([^\W\d_]{3,}\.?)\s*(?:de\s+|del\s+)?,?\s*(\d{4})(?!\d)"
)
_MONTH_DAY_YEAR = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)")
_DEADLINE_WORDS = re.compile(r"截止|截至|开标|deadline|time limit|frist|plazo|prazo|limite|срок|окончани|rok", re.I)


@table()
def month_forms() -> dict[str, list[tuple[str, int]]]:
    """{form in lower case: [(language, month)]} from the reviewed month_names.csv."""
    forms: dict[str, list[tuple[str, int]]] = {}
    with open(DATA_DIR / "month_names.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            forms.setdefault(row["form"].lower(), []).append((row["language"], int(row["month"])))
    return forms


@table()
def publication_labels() -> list[str]:
    with open(DATA_DIR / "date_labels.csv", encoding="utf-8", newline="") as handle:
        labels = [row["label"].lower() for row in csv.DictReader(handle)]
    return sorted(labels, key=len, reverse=True)


@table()
def _label_regex() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(label).replace("'", "['’]") for label in publication_labels())
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])", re.IGNORECASE)


@table()
def _label_scan() -> Prefixed:
    """_label_regex tried only where a label can start (enrich/fastscan.py)."""
    return Prefixed(_label_regex())


def _month_number(token: str, language: str | None) -> int | None:
    candidates = month_forms().get(token.rstrip(".").lower())
    if not candidates:
        return None
    if language:
        for lang, month in candidates:
            if lang == language:
                return month
    months = {month for _, month in candidates}
    return months.pop() if len(months) == 1 else None


def _make(year: int, month: int, day: int) -> date | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _chinese_number(chars: str) -> int | None:
    if all(c in _CN_NUM for c in chars):
        return int("".join(str(_CN_NUM[c]) for c in chars))
    if "十" in chars:
        tens, _, units = chars.partition("十")
        high = _CN_NUM.get(tens, -1) if tens else 1
        low = _CN_NUM.get(units, -1) if units else 0
        if high < 0 or low < 0:
            return None
        return high * 10 + low
    return None


def _numeric_order(first: int, second: int, dayfirst: bool | None) -> tuple[int, int] | None:
    """(day, month) for two numeric parts; None when it cannot be told."""
    if dayfirst is None:
        if first > 12 >= second:
            return first, second
        if second > 12 >= first:
            return second, first
        return (first, second) if first == second else None
    return (first, second) if dayfirst else (second, first)


def iter_dates(text: str, language: str | None = None, dayfirst: bool | None = None) -> Iterator[tuple[int, int, date]]:
    """Every readable date in ``text`` as (start, end, date), in order, without overlaps."""
    lang = base_language(language)
    if dayfirst is None and lang in DAY_FIRST_LANGUAGES:
        dayfirst = True
    found: list[tuple[int, int, date]] = []

    def add(start: int, end: int, value: date | None) -> None:
        if value is not None and not any(start < e and s < end for s, e, _ in found):
            found.append((start, end, value))

    for m in _ZH_DIGITS.finditer(text):
        add(m.start(), m.end(), _make(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for m in _ZH_NUMERALS.finditer(text):
        parts = [_chinese_number(g) for g in m.groups()]
        if None not in parts:
            add(m.start(), m.end(), _make(*parts))  # type: ignore[arg-type]  # None is not in parts: all ints
    for m in _ISO.finditer(text):
        add(m.start(), m.end(), _make(int(m.group(1)), int(m.group(3)), int(m.group(4))))
    for m in _NUMERIC_DMY.finditer(text):
        first, second = int(m.group(1)), int(m.group(3))
        hint = dayfirst
        if hint is None and m.group(2) == ".":
            hint = True  # dotted dates are day-first wherever they are written
        order = _numeric_order(first, second, hint)
        if order:
            add(m.start(), m.end(), _make(int(m.group(4)), order[1], order[0]))
    for m in _DAY_MONTH_YEAR.finditer(text):
        month = _month_number(m.group(2), lang)
        if month:
            end = m.end()
            tail = re.match(r"\s*(?:г\.|года|godine|r\.)", text[end:])
            add(m.start(), end + (tail.end() if tail else 0), _make(int(m.group(3)), month, int(m.group(1))))
    for m in _MONTH_DAY_YEAR.finditer(text):
        month = _month_number(m.group(1), lang)
        if month:
            add(m.start(), m.end(), _make(int(m.group(3)), month, int(m.group(2))))
    yield from sorted(found)


def parse_date(s: str, language: str | None = None, *, dayfirst: bool | None = None) -> date | None:
    """The date written in ``s`` (the first one, if several), or None when it cannot be read for sure."""
    if not s or not s.strip():
        return None
    for _, _, value in iter_dates(s, language, dayfirst):
        return value
    if len(s) > 64 or not re.search(r"\d{4}", s):
        return None
    lang = base_language(language)
    if dayfirst is None and lang not in DAY_FIRST_LANGUAGES:
        return None  # an English/unknown numeric date with no hint is ambiguous: never guess
    import dateparser  # lazy: importing dateparser costs ~0.3 s

    settings = {
        "STRICT_PARSING": True,
        "REQUIRE_PARTS": ["day", "month", "year"],
        "DATE_ORDER": "DMY" if dayfirst or lang in DAY_FIRST_LANGUAGES else "MDY",
        "PREFER_LOCALE_DATE_ORDER": False,
    }
    parsed = dateparser.parse(s, languages=[lang] if lang else None, settings=settings)
    return parsed.date() if parsed else None


def extract_published(text: str, language: str | None = None, *, dayfirst: bool | None = None) -> DateFact | None:
    """The publication date stated next to a publication label, with its evidence; None when not labelled."""
    if not text:
        return None
    for label in _label_scan().finditer(text):
        window = text[label.end():label.end() + 80]
        for start, end, value in iter_dates(window, language, dayfirst):
            gap = window[:start]
            if len(gap) > 40 or re.search(r"\d", gap) or _DEADLINE_WORDS.search(gap) or gap.count("\n") > 1:
                break
            absolute = label.end() + start
            return DateFact(value, Span(absolute, label.end() + end, text[absolute:label.end() + end]))
    return None
