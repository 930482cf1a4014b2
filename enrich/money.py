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
  A written-out currency after the number wins over a bare ``$`` ("$1.234.567 MXN"); "pesos" is the hinted
  country's peso, or None when the country is unknown - the value is kept either way.
* Magnitude words are read in any case (million, Mio., Mrd., млн, milhões, crore, lakh, juta, miliar, milyon);
  the short letters (``£3.2m``, ``$1.5bn``, ``€250k``, ``₹4.5 Cr``) only right after a currency prefix.
  Indian digit grouping (``3,50,00,000``) is read as one number.
"""
from __future__ import annotations

import csv
import re
from decimal import Decimal, InvalidOperation
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from enrich.model import Amount, Span

DATA_DIR = Path(__file__).with_name("data")


@dataclass(frozen=True)
class FoundAmount(Amount):
    """An extracted Amount that also remembers whether a label before it qualified it (``labelled``).

    Unlabelled sums (running prose: "signed a £95,000 pilot") are stored as kind ``other`` but may still
    headline a notice that labels nothing as award or budget; labelled ``other`` (deposits, bids) never do.
    """

    labelled: bool = True

COMMA_DECIMAL_LANGUAGES = frozenset(
    "de es pt sr hr bs it fr ru uk be pl cs sk sl nl ro tr el da sv fi no nb nn hu bg mk id lt lv et ca gl eu kk".split()
)
COMMA_DECIMAL_CURRENCIES = frozenset(
    "EUR BRL RUB RSD PLN CZK HRK UAH DKK SEK NOK HUF RON TRY ARS CLP COP KZT BYN IDR UYU PYG VND".split()
)
SPACE_GROUPING_OFF = frozenset({"zh", "ja", "ko"})

# A bare "$" means different currencies in different countries; used only with an explicit country hint.
DOLLAR_BY_COUNTRY = {
    "US": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "TW": "TWD",
    "MX": "MXN", "CO": "COP", "CL": "CLP", "AR": "ARS", "UY": "UYU", "EC": "USD", "SV": "USD", "PR": "USD",
}

# "pesos" names the country's peso; a bare "$" next to it is never USD. Unknown country: currency None.
PESO_BY_COUNTRY = {
    "MX": "MXN", "CO": "COP", "CL": "CLP", "AR": "ARS", "UY": "UYU", "DO": "DOP", "CU": "CUP", "PH": "PHP",
}
_PESO_WORDS = frozenset({"pesos", "peso", "de pesos"})

MULTIPLIERS = {
    "万": Decimal(10) ** 4, "萬": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "億": Decimal(10) ** 8,
    "千": Decimal(10) ** 3,
    "million": Decimal(10) ** 6, "millions": Decimal(10) ** 6, "mln": Decimal(10) ** 6, "mio": Decimal(10) ** 6,
    "millones": Decimal(10) ** 6, "millón": Decimal(10) ** 6, "milhões": Decimal(10) ** 6,
    "milhão": Decimal(10) ** 6, "milioni": Decimal(10) ** 6, "milione": Decimal(10) ** 6,
    "millionen": Decimal(10) ** 6, "miliona": Decimal(10) ** 6, "milion": Decimal(10) ** 6,
    "млн": Decimal(10) ** 6, "тыс": Decimal(10) ** 3, "тысяч": Decimal(10) ** 3, "mil": Decimal(10) ** 3,
    "billion": Decimal(10) ** 9, "bn": Decimal(10) ** 9, "млрд": Decimal(10) ** 9, "mrd": Decimal(10) ** 9,
    "mil millones": Decimal(10) ** 9, "milliard": Decimal(10) ** 9, "milliards": Decimal(10) ** 9,
    "milliarde": Decimal(10) ** 9, "milliarden": Decimal(10) ** 9, "miliardi": Decimal(10) ** 9,
    "miliardo": Decimal(10) ** 9, "milijarda": Decimal(10) ** 9, "milijarde": Decimal(10) ** 9,
    "milijardi": Decimal(10) ** 9, "miliard": Decimal(10) ** 9, "miliardy": Decimal(10) ** 9,
    "miliardów": Decimal(10) ** 9, "bilhão": Decimal(10) ** 9, "bilhões": Decimal(10) ** 9,
    "миллиарда": Decimal(10) ** 9, "миллиардов": Decimal(10) ** 9, "миллиард": Decimal(10) ** 9,
    "миллиона": Decimal(10) ** 6, "миллионов": Decimal(10) ** 6, "миллион": Decimal(10) ** 6,
    "miliony": Decimal(10) ** 6, "milionów": Decimal(10) ** 6,
    "milijuna": Decimal(10) ** 6, "miljoen": Decimal(10) ** 6, "thousand": Decimal(10) ** 3,
    # Indian English: 1 lakh = 10^5, 1 crore = 10^7 ("Rs 4.5 crore", "₹12 lakh")
    "lakh": Decimal(10) ** 5, "lakhs": Decimal(10) ** 5, "lac": Decimal(10) ** 5, "lacs": Decimal(10) ** 5,
    "crore": Decimal(10) ** 7, "crores": Decimal(10) ** 7,
    # Turkish and Indonesian
    "milyon": Decimal(10) ** 6, "milyar": Decimal(10) ** 9, "miliar": Decimal(10) ** 9,
    "juta": Decimal(10) ** 6, "ribu": Decimal(10) ** 3, "triliun": Decimal(10) ** 12,
    "tys": Decimal(10) ** 3, "mld": Decimal(10) ** 9,  # Polish tys. zł / mld zł, Italian mld di euro
}
# Abbreviations read only right after a currency prefix (see _MULT_RE).
ABBREVIATED_MULTIPLIERS = {
    "k": Decimal(10) ** 3, "m": Decimal(10) ** 6, "mn": Decimal(10) ** 6, "mm": Decimal(10) ** 6,
    "b": Decimal(10) ** 9, "bn": Decimal(10) ** 9, "cr": Decimal(10) ** 7,
    "jt": Decimal(10) ** 6, "mi": Decimal(10) ** 6, "bi": Decimal(10) ** 9,  # Indonesian juta; pt milhões/bilhões
}
# Indonesian notices write miliar as "M" ("Rp 1,2 M" = 1.2 × 10^9) and juta as "jt".
_ABBREVIATION_BY_CURRENCY = {("IDR", "M"): Decimal(10) ** 9}
# Word multipliers are read in any letter case ("Millionen", "MIO.", "Mrd."); the short abbreviations of English,
# Indian and Latin American notices ("£3.2m", "$1.5bn", "€250k", "AUD 1.2M", "₹4.5 Cr", "$1,5 MM") only directly
# after a currency prefix, where they cannot be a metre, a kilo or a model suffix.
_MULT_RE = (
    r"(?:(?P<mult>万|萬|亿|億|千(?=元)|(?i:(?:mil millones|milliards?|milliarden?|miliardi|miliardo|milijard[aei]|miliardy"
    r"|miliardów|miliard|bilhões|bilhão|миллиард(?:а|ов)?|миллион(?:а|ов)?|millions?|millones|millón|milhões|milhão"
    r"|milioni|milione|millionen|miliona|miliony|milionów|milion|milijuna|miljoen|thousand|crores?|lakhs?|lacs?"
    r"|milyon|milyar|miliar|milyar|triliun|juta|ribu"
    r"|mil|billion|тысяч)(?![^\W\d_])|(?:mln|mio|млн|тыс|tys|mld|bn|млрд|mrd)(?![^\W\d_])\.?))"
    r"|(?(pre)(?P<abbr>(?:bn|mn|MM|[Cc]r|jt|mi|bi|[mMkKbB])(?![^\W\d_]|[²³]))|(?!)))"
)

_CN_DIGITS = "零壹贰叁肆伍陆柒捌玖拾佰仟万萬亿億〇一二三四五六七八九十百千两兩貳參陸"
_CN_SMALL = "零壹贰叁肆伍陆柒捌玖一二三四五六七八九貳參陸"
_CN_AMOUNT_RE = re.compile(
    rf"(?P<pre>人民币|人民幣|RMB|￥|¥|新臺幣|新台幣|臺幣|台幣|港幣|港币|港元|澳門元|澳门元|澳門幣)?\s{{0,2}}(?P<int>[{_CN_DIGITS}]{{2,}})\s?(?:元|圆)"
    rf"(?P<jiao>[{_CN_SMALL}]角)?(?P<fen>[{_CN_SMALL}]分)?(?P<zheng>整|正)?"
)

_CN_HAS_DIGIT = re.compile(r"[零壹贰叁肆伍陆柒捌玖〇一二三四五六七八九两貳參陸]")
_LOT_RE = re.compile(
    r"(?:第\s*[0-9一二三四五六七八九十]+\s*(?:包|标段|标包|分标|批次)"
    r"|(?:采购包|包组|标包|分包|标段|包)\s*[:：]?\s*(?:[0-9]+|[一二三四五六七八九十]+|[A-Z](?![A-Za-z]))"
    r"|(?<![^\W\d_])(?:Lot|LOT|Lote|LOTE|Los|Lotto|Partija|Partie|Лот|лот)\s*(?:No\.?|N[°º]\.?|n[°º]\.?|Nr\.?|№|#)?\s*"
    r"(?:[0-9]+|[A-Z](?![A-Za-z])))"
)
_CN_PREFIX_CURRENCY = {
    "人民币": "CNY", "人民幣": "CNY", "RMB": "CNY", "￥": "CNY", "¥": "CNY", "新臺幣": "TWD", "新台幣": "TWD",
    "臺幣": "TWD", "台幣": "TWD", "港幣": "HKD", "港币": "HKD", "港元": "HKD", "澳門元": "MOP", "澳门元": "MOP",
    "澳門幣": "MOP",
}
_YUAN_SUFFIXES = frozenset({"元", "圆"})
# A stated total ("合计中标金额", "Total value") belongs to no lot even when it follows the last lot's lines.
_TOTAL_LABEL = re.compile(
    r"(?:合计|合計|总计|總計|总金额|總金額|共计|共計|(?<![^\W\d_])(?:total|totale|totaal|gesamt\w*|итого|всего|ukupno"
    r"|ukupna|łącznie|razem)(?![^\W\d_]))",
    re.IGNORECASE,
)
# The offer of the first-ranked candidate is the prospective award (中标候选人公示 lists every bidder's offer).
_FIRST_RANKED = re.compile(r"第一(?:中标|成交|中標|得標)?候选人|第一(?:中標|得標)?候選人|排名第一|第一名")
_BID_CUES = frozenset({"报价", "投标报价"})
_FULLWIDTH_DIGITS = {chr(0xFF10 + i): str(i) for i in range(10)}


def _fold_fullwidth(text: str) -> str:
    """Full-width digits and letters as ASCII, same length, so offsets into the fold index the original.

    ``４１３，６００．００元`` reads as ``413,600.00元``; a full-width comma or full stop becomes a separator only
    between two full-width digits, since elsewhere it is Chinese punctuation ("10，单价5元" is two numbers).
    """
    if not re.search("[\uff10-\uff5a]", text):
        return text
    chars = list(text)
    for i, char in enumerate(chars):
        code = ord(char)
        if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
            chars[i] = chr(code - 0xFEE0)
        elif char in "，．" and 0 < i < len(text) - 1 and text[i - 1] in _FULLWIDTH_DIGITS and text[i + 1] in _FULLWIDTH_DIGITS:
            chars[i] = "," if char == "，" else "."
    return "".join(chars)


@lru_cache(maxsize=1)
def _yuan_region_cues() -> list[tuple[str, str]]:
    with open(DATA_DIR / "yuan_regions.csv", encoding="utf-8", newline="") as handle:
        return [(row["cue"], row["currency"]) for row in csv.DictReader(handle)]


def _is_traditional_script(text: str) -> bool:
    """True when the Han text is written in traditional characters (Taiwan, Hong Kong, Macau)."""
    han = "".join(re.findall(r"[\u4e00-\u9fff]", text[:3000]))
    if len(han) < 8:
        return False
    simplified = _t2s().convert(han)
    changed = sum(1 for a, b in zip(han, simplified) if a != b)
    return changed >= 3 and changed >= 0.04 * len(han)


@lru_cache(maxsize=1)
def _t2s():
    from opencc import OpenCC  # lazy: loads its dictionaries on first use

    return OpenCC("t2s")


def _local_yuan(text: str, country_hint: str | None) -> str:
    """The currency a bare 元 means in this notice: CNY unless a traditional-script notice places itself in
    Taiwan, Hong Kong or Macau (reviewed cues in enrich/data/yuan_regions.csv; the earliest cue wins)."""
    hint = (country_hint or "").upper()
    if hint in ("TW", "HK", "MO"):
        return {"TW": "TWD", "HK": "HKD", "MO": "MOP"}[hint]
    if hint == "CN" or not _is_traditional_script(text):
        return "CNY"
    best: tuple[int, str] | None = None
    for cue, currency in _yuan_region_cues():
        at = text.find(cue)
        if at != -1 and (best is None or at < best[0]):
            best = (at, currency)
    return best[1] if best else "CNY"


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
    """Reviewed (cue in lower case, kind) pairs from money_kind_cues.csv: labels written before the amount."""
    return [(cue, kind) for cue, kind, position in _all_kind_cues() if position == "before"]


@lru_cache(maxsize=1)
def kind_cues_after() -> list[str]:
    """Reviewed cues written right after a sum that make it not a purchase ("$75 million credit facility")."""
    return [cue for cue, kind, position in _all_kind_cues() if position == "after" and kind == "other"]


@lru_cache(maxsize=1)
def _all_kind_cues() -> list[tuple[str, str, str]]:
    with open(DATA_DIR / "money_kind_cues.csv", encoding="utf-8", newline="") as handle:
        return [(row["cue"].lower(), row["kind"], (row.get("position") or "before").strip())
                for row in csv.DictReader(handle)]


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
    # Indian grouping ("3,50,00,000", "12,34,567.50": lakh and crore places) is tried first; it cannot match a
    # western 1,234,567, whose groups all have three digits.
    indian = r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"
    plain = rf"{indian}|\d{{1,3}}(?:{group_sep}\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
    # Right after a currency prefix ("Rs.12,34,567") the number needs no separator check behind it.
    number = rf"(?(pre)|(?<![\d.,]))(?:{plain})(?![\d])"
    if not space_grouping:
        # OCR of scanned Chinese notices spaces every character: "4 5 . 8 万 元" (read only with a unit after it;
        # tried first, so the run is never cut into a tail "8 万 元").
        spaced = r"\d(?: \d)+(?: ?\. ?\d(?: \d)*)?(?= ?(?:万|萬|亿|億|元))"
        number = rf"(?(pre)|(?<![\d.,]))(?:{spaced}|{plain})(?![\d])"
    masked = r"[*＊]+(?:[.,][*＊]+)?"
    first_chars = re.escape("".join(sorted({t[0] for t, _, _ in markers["prefix"]})))
    return re.compile(
        rf"(?=[\d*＊{first_chars}])(?:(?P<pre>{prefix})[ \t\u00a0]{{0,2}}(?:约|約|approx\.|ca\.)?[ \t\u00a0]{{0,2}})?(?:(?P<num>{number})|(?P<mask>{masked}))"
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
    if token.lower() in _PESO_WORDS:
        return PESO_BY_COUNTRY.get((country_hint or "").upper())
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


# cn2an reads simplified numerals only: 參 → 叁, 貳 → 贰, 陸 → 陆, 萬 → 万, 億 → 亿, 兩 → 两
_TRADITIONAL_NUMERALS = str.maketrans("參貳陸萬億兩", "叁贰陆万亿两")


def _chinese_numeral_value(match: re.Match[str]) -> Decimal | None:
    import cn2an  # lazy: cn2an loads its tables on import

    try:
        yuan = Decimal(str(cn2an.cn2an(match.group("int").translate(_TRADITIONAL_NUMERALS), "smart")))
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


_CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")


def _nearest_cue(context: str) -> tuple[int, str] | None:
    """The label closest before the amount; when labels overlap ("начальная (максимальная) цена контракта"
    holds "цена контракта"), the phrase that starts first is the head and wins."""
    lowered = context.lower()
    if " " in lowered:  # OCR-spaced Chinese labels ("预 算：") read as written unspaced
        lowered = _CJK_SPACE.sub("", lowered)
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


# A label of the amount's own line that is no kind cue ("Value:", "Wert:"): the line above must not lend its
# kind ("Estimated value: 85,000 GBP" above "Value: 75,000 GBP" does not make the second an estimate).
_OWN_LABEL = re.compile(r"[A-Za-z\u00C0-\u024F\u0400-\u04FF]{2,}\s*[:：]\s*$")


# "Label: 135630400.00 PYG" — how parsers render structured source values (scrapers.parsing.codes.money): a
# plain decimal with two places and an ISO 4217 code ending a labelled line is money for every ISO code, even
# codes that are prefix-only in prose because they double as acronyms.
_STRUCTURED_AMOUNT = re.compile(r"(?m)[:：] ?(?P<num>-?\d+\.\d{2}) (?P<iso>[A-Z]{3})[ \t]*$")


@lru_cache(maxsize=1)
def iso_currencies() -> frozenset[str]:
    """Every active ISO 4217 code (pycountry's copy of the standard)."""
    import pycountry

    return frozenset(currency.alpha_3 for currency in pycountry.currencies)


def _labelled_kind(text: str, start: int, end: int) -> str | None:
    """The kind a label before the amount gives it; None when nothing labels the amount (a sum in running
    prose: "adjudicou por 1.895.000,00 €"). Unit prices and explicit deposits/bids/capital are "other"."""
    if _UNIT_PRICE_AFTER.match(text, end):
        return "other"
    line_start, _ = _line_bounds(text, start)
    context = text[max(line_start, start - 120):start]
    found = _nearest_cue(context)
    if found is not None and found[1] == "other" and _FIRST_RANKED.search(context):
        cue_text = _CJK_SPACE.sub("", context.lower())[:found[0]]
        if any(cue_text.endswith(cue) for cue in _BID_CUES):
            return "award"  # 第一中标候选人 … 投标报价：the prospective award
    if found is None and len(context.strip()) <= 12 and line_start > 0 and not _OWN_LABEL.search(context):
        prev_end = line_start - 1
        while prev_end > 0 and text[prev_end - 1] == "\n":
            prev_end -= 1
        prev_start, _ = _line_bounds(text, max(prev_end - 1, 0))
        found = _nearest_cue(text[max(prev_start, prev_end - 120):prev_end])
    if found is None:
        _, line_end = _line_bounds(text, end)
        after = text[end:min(line_end, end + 40)].lower()
        if any(cue in after for cue in kind_cues_after()):
            return "other"
    return found[1] if found else None


def _lot_for(text: str, start: int) -> str | None:
    line_start, _ = _line_bounds(text, start)
    if _TOTAL_LABEL.search(text, max(line_start, start - 60), start):
        return None  # "合计中标金额：…" after the lots is the stated total, not the last lot's amount
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
    original, text = text, _fold_fullwidth(text)
    lang = _base_language(language)
    if lang is None:
        space_grouping = not re.search(r"[\u4e00-\u9fff]", text[:5000])
    else:
        space_grouping = lang not in SPACE_GROUPING_OFF

    found: list[tuple[int, int, Decimal | None, str | None]] = []  # start, end, value, currency

    @lru_cache(maxsize=1)
    def yuan() -> str:
        return _local_yuan(text, country_hint)

    for match in _CN_AMOUNT_RE.finditer(text):
        if not _CN_HAS_DIGIT.search(match.group("int")):
            continue  # 千万元/百万元 alone ("数千万元") is an order of magnitude, not an amount
        value = _chinese_numeral_value(match)
        if value is None:
            continue
        pre = match.group("pre")
        start = match.start("int") if pre in (None, "人民币", "人民幣") else match.start()
        found.append((start, match.end(), value, _CN_PREFIX_CURRENCY[pre] if pre else yuan()))

    for match in _STRUCTURED_AMOUNT.finditer(text):
        if match.group("iso") in iso_currencies():
            found.append((match.start("num"), match.end("iso"), _tidy(Decimal(match.group("num"))), match.group("iso")))
    taken = [(s, e) for s, e, _, _ in found]

    def overlaps(start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in taken)

    for match in _amount_regex(space_grouping).finditer(text):
        pre, suf = match.group("pre"), match.group("suf")
        if pre is None and suf is None:
            continue
        if pre is None and match.group("mult") and not suf:
            continue
        if pre is None and suf and suf.lower() in _PESO_WORDS and not match.group("mult"):
            continue  # "pesos" is also "weights" (es/pt: "3 pesos de 5 kg"): money only as "$ … pesos" or "… millones de pesos"
        if overlaps(match.start(), match.end()):
            continue
        pre_iso = _resolve_currency(pre, _marker_currency(pre, "prefix"), lang, country_hint)
        suf_iso = _resolve_currency(suf, _marker_currency(suf, "suffix"), lang, country_hint)
        if suf in _YUAN_SUFFIXES and pre is None:
            suf_iso = yuan()
        if pre == "$" and suf is not None:
            # "$1.234.567 MXN", "$ 1.234.567 pesos": the written-out currency says which dollar/peso "$" is
            currency = suf_iso
        else:
            currency = pre_iso or suf_iso
        value: Decimal | None = None
        if match.group("num"):
            value = parse_number(match.group("num"), lang, currency)
            if value is None:
                continue
            if match.group("mult") and match.group("mult").lower() == "mil" and lang == "en":
                continue  # "$3 mil" is colloquial English for a million, "mil" elsewhere a thousand: unreadable
            if match.group("mult"):
                value *= MULTIPLIERS[match.group("mult").rstrip(".").lower()]
            elif match.group("abbr"):
                abbr = match.group("abbr")
                value *= _ABBREVIATION_BY_CURRENCY.get((currency, abbr), ABBREVIATED_MULTIPLIERS[abbr.lower()])
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
        currency = {"万元": yuan(), "亿元": yuan(), "元": yuan(), "€": "EUR", "£": "GBP", "US$": "USD", "R$": "BRL"}.get(unit)
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
    text = original  # evidence, kinds and lots read the text as written; the fold kept every offset
    amounts: list[Amount] = []
    for start, end, value, currency in found:
        labelled_kind = _labelled_kind(text, start, end)
        kind = labelled_kind or "other"
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
                    amounts[-1] = FoundAmount(previous.value, previous.currency, kind, previous.evidence, previous.lot)
                continue
        amounts.append(FoundAmount(value, currency, kind, Span(start, end, text[start:end]), lot,
                                   labelled=labelled_kind is not None))
    return amounts


def _is_labelled(amount: Amount, text: str | None) -> bool:
    if isinstance(amount, FoundAmount):
        return amount.labelled
    if text is None:
        return True  # an Amount built elsewhere: without the text we cannot tell, so it does not headline
    return _labelled_kind(text, amount.evidence.start, amount.evidence.end) is not None


def largest_amount(amounts: list[Amount], prefer: str = "award", text: str | None = None) -> Amount | None:
    """The headline amount for the export.

    Choice (documented for users): take amounts of the preferred kind (award by default), else the other of
    award/budget; amounts of kind ``other`` (bids, deposits, unit prices) and masked amounts never headline.
    Within the chosen kind, keep the currency of its first amount. When two or more distinct lots are stated,
    the headline is the sum of each lot's largest amount - unless an unlabelled amount (a stated total) is
    larger, which then wins. Otherwise the largest single amount. A lot sum is returned with
    ``lot="包1+包2"``-style label and, when ``text`` is given, evidence spanning the first to the last lot
    amount; without ``text`` its evidence is the largest lot amount's.

    When no amount is labelled award or budget, a sum that no label qualifies at all (a
    contract value in running prose: "signed a £95,000 pilot", "ao custo de R$ 1.190.000,00") headlines with
    kind ``other``; amounts a label marks as something else (deposits, bids, unit prices, revenue, capital)
    still never do.
    """
    fallback = {"award": "budget", "budget": "award"}.get(prefer, "award")
    for kind in (prefer, fallback, None):
        if kind is None:
            pool = [a for a in amounts if a.kind == "other" and a.value is not None and not _is_labelled(a, text)]
            kind = "other"
        else:
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
