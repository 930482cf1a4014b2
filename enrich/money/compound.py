"""Sums written in two magnitude units, read as one amount.

Why a module of its own: East Asian notices write 3億4,650万円 (a count of 10^8 and a count of 10^4) and South Asian
ones ৪ কোটি ২০ লাখ টাকা or रु. ४ करोड ६० लाखमा (crores and lakhs, or arabs and crores); read unit by unit, each
would be a separate, wrong amount. These readers return the spans and values; enrich/money/extract.py names the
currency from the marks they found.
"""
from __future__ import annotations

import re
from decimal import Decimal

from enrich.fastscan import finditer
from enrich.money.numbers import tidy

# "3億4,650万円", "12억 3,500만 원", "1亿2000万元", "31억 5천만 원" (5천만: 5 thousand 만)
# r41_money: or after its currency's name, with no unit after ("判給金額澳門元1億2,600萬", "新臺幣3億2,000萬"):
# read unit by unit, 澳門元1億 alone headlined a tenth less than the award
_CURRENCY_BEFORE = {"澳門元": "MOP", "澳门元": "MOP", "港元": "HKD", "港幣": "HKD", "港币": "HKD", "新臺幣": "TWD",
                    "新台幣": "TWD", "新台币": "TWD", "人民币": "CNY", "人民幣": "CNY", "日元": "JPY", "美元": "USD"}
_COMPOUND_MYRIADS = re.compile(
    r"(?:(?P<pre>" + "|".join(_CURRENCY_BEFORE) + r")\s?)?"
    r"(?<![\d.,])(?P<hi>\d{1,4}(?:,\d{3})?)\s?(?:億|亿|억)\s?(?P<lo>\d{1,4}(?:,\d{3})?)(?P<thousands>천|千)?\s?(?:万|萬|만)"
    r"(?:\s?(?P<unit>円|元|원)|(?(pre)(?![\d円元원])|(?!)))"
)
_MYRIAD_UNIT = {"円": "JPY", "원": "KRW"}
_HUNDRED_MILLION = re.compile("[億亿억]")
# `hi` is at most 8 characters ("1234,567") and a space, after a currency name of at most 3 and a space: a match
# starts at most 13 before its 億
_MYRIAD_REACH = 13


def myriad_sums(text: str) -> list[tuple[int, int, Decimal, str | None]]:
    """(start, end, value, currency; None for 元, whose currency depends on the notice's place)."""
    # tried only just before each 億/亿/억 (fastscan.finditer: the same matches as a scan of every position)
    starts = sorted({start for unit in _HUNDRED_MILLION.finditer(text)
                     for start in range(max(0, unit.start() - _MYRIAD_REACH), unit.start())})
    found = []
    for match in finditer(_COMPOUND_MYRIADS, text, starts):
        hi, lo = (Decimal(match.group(g).replace(",", "")) for g in ("hi", "lo"))
        if match.group("thousands"):
            lo *= 1000
        value = tidy(hi * 10 ** 8 + lo * 10 ** 4)
        currency = _MYRIAD_UNIT.get(match.group("unit")) or _CURRENCY_BEFORE.get(match.group("pre") or "")
        found.append((match.start(), match.end(), value, currency))
    return found


# Crore (10^7) and lakh (10^5), or arab (10^9) and crore, in Devanagari (Hindi with ड़ precomposed or ड + nukta,
# Nepali and Marathi spellings), Bengali, Urdu (۲ کروڑ ۴۰ لاکھ روپے, r39_money) and English.
_CROREISH = ("\u0915\u0930\u094b\u095c", "\u0915\u0930\u094b\u0921\u093c", "करोड")
_BIG_UNITS = {**dict.fromkeys(_CROREISH, 7), "कोटी": 7, "কোটি": 7, "crore": 7, "ارب": 9, "अरब": 9, "کروڑ": 7}
_SMALL_UNITS = {**dict.fromkeys(_CROREISH, 7), "लाख": 5, "লাখ": 5, "লক্ষ": 5, "lakh": 5, "کروڑ": 7, "لاکھ": 5}
_COMPOUND_CRORES = re.compile(
    r"(?:(?P<pre>रु\.?|रू\.?|₹|Rs\.?|৳|Tk\.?)\s?)?(?<![\d.,])(?P<hi>\d{1,4}(?:\.\d{1,2})?)\s?"
    rf"(?P<big>{'|'.join(sorted(_BIG_UNITS, key=len, reverse=True))})\s(?P<lo>\d{{1,2}})\s?"
    rf"(?P<small>{'|'.join(sorted(_SMALL_UNITS, key=len, reverse=True))})\S{{0,3}}?"
    r"(?:\s?(?P<suf>টাকা|روپے|रुपये|rupees|taka))?", re.IGNORECASE)
_BIG_UNIT_SIGNS = (*_BIG_UNITS, "Crore", "CRORE")  # a sum needs one of them written (the pattern ignores case)
_BIG_UNIT_SIGN = re.compile("|".join(map(re.escape, _BIG_UNIT_SIGNS)))  # any of them
_ASCII_DIGITS = {ord(c): str(int(c)) for c in "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹०१२३४५६७८९০১২৩৪৫৬৭৮৯"}


def crore_sums(text: str) -> list[tuple[int, int, Decimal, str | None, str | None]]:
    """(start, end, value, currency mark before, currency mark after) of "৪ কোটি ২০ লাখ টাকা"-like sums; only sums
    with a currency mark, and only where the smaller unit is smaller."""
    if _BIG_UNIT_SIGN.search(text) is None:  # (one pass, where `unit in text` for each sign read the text 11 times)
        return []
    found = []
    for match in _COMPOUND_CRORES.finditer(text):
        pre, suf = match.group("pre"), match.group("suf")
        big, small = _BIG_UNITS[match.group("big").lower()], _SMALL_UNITS[match.group("small").lower()]
        if (pre is None and suf is None) or small >= big:
            continue
        hi = Decimal(match.group("hi").translate(_ASCII_DIGITS))
        lo = Decimal(match.group("lo").translate(_ASCII_DIGITS))
        found.append((match.start(), match.end(), tidy(hi * 10 ** big + lo * 10 ** small), pre, suf))
    return found


# Kinyarwanda writes the magnitude word before the number and the franc after it: "miliyari 2.4 Frw",
# "miliyoni 620 z'amafaranga y'u Rwanda" (amafaranga, "francs"; z'/y' is the linking particle). Read only with the
# franc written, so a count ("miliyoni 2 z'abaturage", two million inhabitants) is never money.
_LEADING_MAGNITUDE = re.compile(
    r"(?<![^\W\d_])(?P<mult>miliyari|miliyoni|tiriyari)\s(?P<int>\d{1,3})(?:[.,](?P<frac>\d{1,2}))?"
    r"\s(?:Frw|RWF|FRW|[zy]['’]amafaranga)(?![^\W\d_])", re.IGNORECASE)
_LEADING_SCALE = {"miliyoni": 6, "miliyari": 9, "tiriyari": 12}
# r38b_money: the franc may also come first, before the magnitude word: "ku mafaranga miliyoni 95" ("for 95 million
# francs", set an), "amafaranga miliyari 2.4". Read only with the franc written, like the order above.
_FRANC_FIRST = re.compile(
    r"(?<![^\W\d_])(?:a?mafaranga|Frw|RWF|FRW)\s(?P<mult>miliyari|miliyoni|tiriyari)\s(?P<int>\d{1,3})"
    r"(?:[.,](?P<frac>\d{1,2}))?(?![\d.,]?\d)", re.IGNORECASE)


def leading_magnitude_sums(text: str) -> list[tuple[int, int, Decimal, str]]:
    """(start, end, value, currency) of Rwandan francs written magnitude-first (see _LEADING_MAGNITUDE)."""
    if "iliy" not in text and "iriy" not in text:
        return []
    found = []
    matches = sorted([*_LEADING_MAGNITUDE.finditer(text), *_FRANC_FIRST.finditer(text)], key=lambda m: m.start())
    for match in matches:
        number = Decimal(match.group("int") + ("." + match.group("frac") if match.group("frac") else ""))
        value = tidy(number * 10 ** _LEADING_SCALE[match.group("mult").lower()])
        found.append((match.start(), match.end(), value, "RWF"))
    return found
