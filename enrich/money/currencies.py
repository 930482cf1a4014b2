"""Which currency a marker means: reviewed symbols and codes, the local yuan, dollars and pesos by country.

Why: ``元`` is CNY in Beijing but TWD in Taipei and HKD/MOP in Hong Kong and Macau; ``$`` is USD, MXN, COP or CLP
depending on the country; "pesos" also means weights. A wrong currency makes a sum incomparable, so an
ambiguous marker is left without a currency (value kept) rather than guessed. Markers are reviewed data in
enrich/data/currency_symbols.csv, the yuan regions in enrich/data/yuan_regions.csv.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from enrich.cache import table
from enrich.fastscan import Scan, search
from enrich.text import t2s

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# A bare "$" means different currencies in different countries; used only with an explicit country hint.
DOLLAR_BY_COUNTRY = {
    "US": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "TW": "TWD",
    "MX": "MXN", "CO": "COP", "CL": "CLP", "AR": "ARS", "UY": "UYU", "EC": "USD", "SV": "USD", "PR": "USD",
    # round 15: the countries whose own currency is a dollar (or the tala, which Samoa also writes as a dollar),
    # and those that price in US dollars (DR Congo, Timor-Leste, Zimbabwe, Panama, the Marshall Islands …)
    "BB": "BBD", "BZ": "BZD", "BS": "BSD", "BM": "BMD", "BN": "BND", "FJ": "FJD", "GY": "GYD", "JM": "JMD",
    "KY": "KYD", "LR": "LRD", "NA": "NAD", "SB": "SBD", "SR": "SRD", "TT": "TTD", "WS": "WST",
    "AG": "XCD", "DM": "XCD", "GD": "XCD", "KN": "XCD", "LC": "XCD", "VC": "XCD",
    "CD": "USD", "TL": "USD", "ZW": "USD", "PA": "USD", "MH": "USD", "FM": "USD", "PW": "USD",
    # r42_money: Somalia prices public contracts in US dollars ("$2.5 milyan" in Muqdisho; its shilling is "shilin")
    "SO": "USD",
}

# "pesos" names the country's peso; a bare "$" next to it is never USD. Unknown country: currency None.
PESO_BY_COUNTRY = {
    "MX": "MXN", "CO": "COP", "CL": "CLP", "AR": "ARS", "UY": "UYU", "DO": "DOP", "CU": "CUP", "PH": "PHP",
}
PESO_WORDS = frozenset({"pesos", "peso", "de pesos"})
_US_DOLLAR = re.compile(r"US\s?\$|USD|U\.S\.|US dollars?", re.IGNORECASE)
# r42_money: where "$" is the peso, "dólares" written after it names US dollars ("$ 1,2 millones de dólares" in
# Buenos Aires is USD, not ARS); in Toronto or Sydney "dollars" is the place's own dollar
_DOLARES = re.compile(r"(?<![^\W\d_])d[oó]lar(?:es)?(?![^\W\d_])", re.IGNORECASE)


def place_dollar(evidence: str, dollar: str) -> bool:
    """Is a sum written with a plain "$" (not US$, USD, "US dollars", nor "$ … de dólares" where the place's
    "$" is a peso) the place's own `dollar`?"""
    if "$" not in evidence or _US_DOLLAR.search(evidence) is not None:
        return False
    return not (dollar in PESO_BY_COUNTRY.values() and _DOLARES.search(evidence))


YUAN_SUFFIXES = frozenset({"元", "圆"})
@table()
def _yuan_region_cues() -> list[tuple[str, str]]:
    with open(DATA_DIR / "yuan_regions.csv", encoding="utf-8", newline="") as handle:
        return [(row["cue"], row["currency"]) for row in csv.DictReader(handle)]


@table()
def _t2s_changes() -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """(a class of the Han characters OpenCC's t2s changes on their own; a pattern of its phrases made only of
    other characters, 反覆 → 反复). A text with neither converts to itself - checked in microseconds, where the
    conversion (pure Python) took a millisecond and a half per notice. (A class, not a set: `re` tests a text
    against it without making a string of each of its characters.)"""
    from importlib.util import find_spec

    convert = t2s().convert
    changing = frozenset(ch for ch in map(chr, range(0x4E00, 0xA000)) if convert(ch) != ch)
    spec = find_spec("opencc")
    assert spec is not None and spec.origin is not None  # a dependency, installed as a regular package
    dictionary = Path(spec.origin).parent / "dictionary" / "TSPhrases.txt"
    phrases = [line.split("\t")[0] for line in dictionary.read_text(encoding="utf-8").splitlines() if line]
    quiet = sorted((p for p in phrases if not changing.intersection(p)), key=len, reverse=True)
    changing_class = re.compile("[" + re.escape("".join(sorted(changing))) + "]")
    return changing_class, re.compile("|".join(map(re.escape, quiet))) if quiet else None


_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")


def _han_of(head: str) -> str:
    """``_NOT_HAN.sub("", head)``: the Han characters of `head`, for a long head by one numpy selection (a
    Chinese notice's every punctuation mark and number was a match of the substitution)."""
    if len(head) < 1024 or head.isascii():
        return _NOT_HAN.sub("", head)
    import numpy

    codes = numpy.frombuffer(head.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    return str(codes[(codes >= 0x4E00) & (codes <= 0x9FFF)].tobytes().decode("utf-32-le"))


def _changing_han(text: str) -> str | None:
    """The Han characters of the text's start when t2s would change some of them (else None): what
    `_is_traditional_script` converts."""
    han = _han_of(text[:3000])
    if len(han) < 8:
        return None
    changing, quiet_phrases = _t2s_changes()
    if changing.search(han) is None and (quiet_phrases is None or quiet_phrases.search(han) is None):
        return None  # nothing t2s would change: 0 characters differ
    return han


def _is_traditional_script(text: str, han: str | None = None) -> bool:
    """True when the Han text is written in traditional characters (Taiwan, Hong Kong, Macau); `han`: the text's
    `_changing_han`, when known."""
    han = han or _changing_han(text)
    if han is None:
        return False
    simplified = t2s().convert(han)
    changed = sum(1 for a, b in zip(han, simplified, strict=False) if a != b)
    return changed >= 3 and changed >= 0.04 * len(han)


def local_yuan(text: str, country_hint: str | None) -> str:
    """The currency a bare 元 means in this notice: CNY unless a traditional-script notice places itself in
    Taiwan, Hong Kong or Macau (reviewed cues in enrich/data/yuan_regions.csv; the earliest cue wins)."""
    hint = (country_hint or "").upper()
    if hint in ("TW", "HK", "MO"):
        return {"TW": "TWD", "HK": "HKD", "MO": "MOP"}[hint]
    if hint == "CN":
        return "CNY"
    # A text whose Han characters t2s leaves alone is not traditional (a cheap test); without a region cue the
    # answer is CNY whatever the script: the script (an OpenCC conversion, pure Python, milliseconds) is read last.
    han = _changing_han(text)
    if han is None:
        return "CNY"
    best: tuple[int, str] | None = None
    for cue, currency in _yuan_region_cues():
        at = text.find(cue)
        if at != -1 and (best is None or at < best[0]):
            best = (at, currency)
    return best[1] if best and _is_traditional_script(text, han) else "CNY"


@table()
def _currency_by_country() -> dict[str, dict[str, str]]:
    """word (lower case) → {country → ISO code}: the reviewed enrich/data/currency_by_country.csv."""
    index: dict[str, dict[str, str]] = {}
    with open(DATA_DIR / "currency_by_country.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            index.setdefault(row["word"].lower(), {})[row["country"]] = row["currency"]
    return index


def local_currency_word(evidence: str, country: str) -> str | None:
    """The currency an ambiguous word of `evidence` ("shillings", "Rs", "FCFA", "دينار") means in `country`."""
    lowered = evidence.lower()
    for word, by_country in _currency_by_country().items():
        at = lowered.find(word)
        if at == -1 or country.upper() not in by_country:
            continue
        if word.isascii() and at > 0 and lowered[at - 1].isalpha():
            continue  # inside another word ("dolla-rs")
        if len(word) <= 2 and lowered[at + len(word):at + len(word) + 1].isalpha():
            continue  # "k", "n", "sh" as the start of another word ("kwacha", "naira")
        return by_country[country.upper()]
    return None


@table()
def currency_markers() -> dict[str, list[tuple[str, str | None, frozenset[str]]]]:
    """Reviewed currency markers: {'prefix': [(token, iso, languages)], 'suffix': [...]}, longest first."""
    markers: dict[str, list[tuple[str, str | None, frozenset[str]]]] = {"prefix": [], "suffix": []}
    with open(DATA_DIR / "currency_symbols.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            languages = frozenset(x.strip() for x in row["languages"].split(",") if x.strip())
            entry = (row["token"], row["currency"] or None, languages)
            if row["position"] in ("prefix", "both", "prefix_mult", "prefix_ctx"):
                markers["prefix"].append(entry)
            if row["position"] in ("suffix", "both", "suffix_ctx"):
                markers["suffix"].append(entry)
    for entries in markers.values():
        entries.sort(key=lambda e: -len(e[0]))
    return markers


@table()
def multiplier_only_prefixes() -> frozenset[str]:
    """Prefixes read as money only with a magnitude word after the number ("R38 million", "Q 14,2 millones")."""
    with open(DATA_DIR / "currency_symbols.csv", encoding="utf-8", newline="") as handle:
        return frozenset(row["token"] for row in csv.DictReader(handle) if row["position"] == "prefix_mult")


@table()
def context_only_markers() -> frozenset[str]:
    """Markers (lower case) that are money only where the notice gives them a country: "N21,740,000,000" in a
    Nigerian notice, "K4.6 million" in a Papua New Guinean or Zambian one (positions prefix_ctx, suffix_ctx)."""
    with open(DATA_DIR / "currency_symbols.csv", encoding="utf-8", newline="") as handle:
        return frozenset(row["token"].lower() for row in csv.DictReader(handle)
                         if row["position"] in ("prefix_ctx", "suffix_ctx"))


@table()
def _context_cues() -> dict[str, list[tuple[str, str, re.Pattern[str]]]]:
    """marker (lower case) → [(country, currency, cue)]: the reviewed enrich/data/currency_context_cues.csv."""
    index: dict[str, list[tuple[str, str, re.Pattern[str]]]] = {}
    with open(DATA_DIR / "currency_context_cues.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            flags = 0 if row["cue"].isupper() else re.IGNORECASE  # "PNG" the country, not "photo.png"
            cue = re.compile(rf"(?<![^\W\d_]){re.escape(row['cue'])}(?![^\W\d_])", flags)
            index.setdefault(row["token"].lower(), []).append((row["country"], row["currency"], cue))
    return index


def context_currency(token: str, text: str, country_hint: str | None) -> tuple[bool, str | None]:
    """(whether the notice places an ambiguous marker in a country that uses it, the currency it then means).

    The source's country decides when it is known; otherwise the cues of currency_context_cues.csv found in the
    text (a country's name, its demonym, its capital: "K4.6 million" with "Port Moresby" is PGK). Cues only choose
    among the countries that write the marker so; cues of two of them leave the currency None (still money)."""
    rows = _context_cues().get(token.lower().rstrip("."), [])  # "Sh." as "Sh"
    if country_hint:
        hinted = {currency for country, currency, _ in rows if country == country_hint.upper()}
        return (True, hinted.pop()) if len(hinted) == 1 else (False, None)
    found = set(_cued_currencies(token.lower().rstrip("."), text))
    return bool(found), (found.pop() if len(found) == 1 else None)


@lru_cache(maxsize=32)
def _cued_currencies(marker: str, text: str) -> frozenset[str]:
    """The currencies whose country cues `text` names, for one marker; once per notice and marker (a 64 KB notice
    writes "K" or "N" hundreds of times). Each cue is tried only where `_cue_starts` found it can start."""
    scan, first = _cue_scan()
    starts = _cue_starts(text)
    found = set()
    for n, (_, currency, cue) in enumerate(_context_cues().get(marker, []), start=first.get(marker, 0)):
        if cue.search(text) if n in scan.unbounded else search(cue, text, starts[n]):
            found.add(currency)
    return frozenset(found)


@table()
def _cue_scan() -> tuple[Scan, dict[str, int]]:
    """Every cue of `_context_cues` in one automaton (fastscan), and the number of each marker's first cue in it.
    Why: a cue is a word that may appear anywhere, and 23 searches of a long text (one per cue of "K") each read
    it whole; one pass finds where any cue can start."""
    cues: list[re.Pattern[str]] = []
    first: dict[str, int] = {}
    for marker, rows in _context_cues().items():
        first[marker] = len(cues)
        cues.extend(cue for _, _, cue in rows)
    return Scan(cues), first


@lru_cache(maxsize=2)
def _cue_starts(text: str) -> list[list[int]]:
    """Per cue of `_cue_scan`, where in `text` it can start; once per notice, for all its ambiguous markers."""
    return _cue_scan()[0].starts(text)


def marker_local_currency(marker: str | None, country: str) -> str | None:
    """The currency an ambiguous marker, written exactly as a word of currency_by_country.csv ("lei", "K", "Bs"),
    means in `country`; None when the table has no reading of it there."""
    if not marker:
        return None
    index = _currency_by_country()
    readings = index.get(marker.lower()) or index.get(marker.lower().rstrip("."), {})  # "Bs." as "Bs"
    return readings.get(country.upper())


# Scripts written without spaces between words, or with particles glued to nouns (Korean 원이다, Japanese 円で,
# Thai บาทโดย): a currency word there needs no word boundary after it.
# 元 and 圆 are read before any ideograph: "以416.8万元在城区安装" is a contract sum
_UNSPACED_SCRIPT = re.compile(r"[\u0e00-\u0e7f\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\uac00-\ud7af円元圆]")
# What a marker must not be followed by: ကျပ်သား (tical) is a weight, not kyats.
_NOT_AFTER = {"ကျပ်": "သား"}


def token_pattern(token: str) -> str:
    """The regex of a currency marker: not glued to a Latin word before it nor to a letter after it.

    The look-behind is written after the first character - X(?<![A-Za-z]X) is (?<![A-Za-z])X - so that every
    alternative of a long alternation of tokens opens with a literal, which `re` compares before trying the
    alternative at all (an alternative opening with a look-behind is tried in full at every position)."""
    pattern = re.escape(token)
    if token[0].isalpha() and token[0].isascii():
        first = re.escape(token[0])
        pattern = first + rf"(?<![A-Za-z]{first})" + re.escape(token[1:])
    if token[-1].isalpha() and not _UNSPACED_SCRIPT.match(token[-1]):
        pattern = pattern + r"(?![^\W\d_])"
    if token in _NOT_AFTER:
        pattern = pattern + f"(?!{re.escape(_NOT_AFTER[token])})"
    return pattern


def resolve_currency(token: str | None, iso: str | None, language: str | None, country_hint: str | None) -> str | None:
    if token is None:
        return None
    if token in ("￥", "¥"):
        return "JPY" if language == "ja" else "CNY"
    if token.lower() in PESO_WORDS:
        return PESO_BY_COUNTRY.get((country_hint or "").upper())
    if token in ("$", "dollars", "M$", "k$"):
        if country_hint:
            return DOLLAR_BY_COUNTRY.get(country_hint.upper())
        return "USD" if language in (None, "en") else None
    if iso is None and country_hint:
        return local_currency_word(token, country_hint)  # "Rs" in an Indian source, "FCFA" in a Senegalese one
    return iso


def marker_currency(token: str | None, position: str, language: str | None = None) -> str | None:
    """The ISO code of the reviewed marker at `position` that is `token` in any case: the row of the notice's
    language when the token has one (Persian ریال is IRR, Nepali रु. NPR), else the first row."""
    if token is None:
        return None
    readings = _markers_by_token()[position].get(token.lower())
    if not readings:
        return None
    return next((iso for iso, languages in readings if language in languages), readings[0][0])


@table()
def _markers_by_token() -> dict[str, dict[str, list[tuple[str | None, frozenset[str]]]]]:
    """position → lower-case token → its (ISO code, languages) rows in table order (a dict, not a scan per sum)."""
    index: dict[str, dict[str, list[tuple[str | None, frozenset[str]]]]] = {}
    for position, entries in currency_markers().items():
        for candidate, iso, languages in entries:
            index.setdefault(position, {}).setdefault(candidate.lower(), []).append((iso, languages))
    return index


@table()
def iso_currencies() -> frozenset[str]:
    """Every active ISO 4217 code (pycountry's copy of the standard)."""
    import pycountry

    return frozenset(currency.alpha_3 for currency in pycountry.currencies)
