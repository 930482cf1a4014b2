"""Sums written in words before their currency: "deux cent cinquante mille euros", "quinientos mil pesos",
"ciento veinte millones de guaraníes", "two hundred thousand dollars", "zwei Millionen Euro", "four point seven
million pounds", "2 millions trois cent mille euros".

Why: press reports, council minutes and legal notices write sums out in words - alone, or in brackets after the
figures - and a notice that only does so had no amount at all. The number words are read by the maintained
`text2num` library (French, Spanish, Portuguese, English, Italian, German, Dutch, Danish), not by tables of our own;
this module only finds where a run of number words ends at a currency word and what may stand around it.

Rules, so that words that are not a sum stay out:
* the run must end at a currency word (the reviewed suffixes of enrich/data/currency_symbols.csv, plus "pounds"),
  optionally joined by "de", "d'", "di", "of" ("millions d'euros", "milhões de reais");
* a run that opens on a bare magnitude word is a quantity, not a sum ("millions d'euros", "several thousand
  dollars", "Millionen Euro"), except the Romance words that mean one hundred or one thousand on their own
  ("cent mille euros", "mil reais"); English "a"/"an" and German "eine" before a magnitude word are one;
* a run of words that is glued to a figure before it is read with that figure ("2 millions trois cent mille
  euros"), or left to the figure's own reader ("1,2 million d'euros" is read in `extract`);
* sums under 1,000 are left out (a price per inhabitant, "trois euros", is not what a notice is summarised by).
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Any

from enrich.cache import table
from enrich.money.currencies import currency_markers
from enrich.money.numbers import MULTIPLIERS, parse_number, tidy

#: The languages `text2num` reads.
LANGUAGES = frozenset({"fr", "es", "pt", "en", "it", "de", "nl", "da"})
#: Words that join number words inside one number ("quarenta e oito", "vingt et un", "y medio", "and fifty").
_CONNECTORS = frozenset({"et", "y", "e", "and", "und", "en", "og", "-"})
#: Words between the number and its currency ("millions d'euros", "milhões de reais", "milioni di euro").
_JOINERS = frozenset({"de", "di", "of", "d'", "d’", "del"})
#: The decimal point written out ("four point seven million", "cuatro coma dos millones").
_POINTS = frozenset({"point", "virgule", "coma", "punto", "vírgula", "virgola", "komma"})
#: A half after a magnitude word ("deux millions et demi", "tres millones y medio", "two and a half million").
_HALVES = ("et demi", "y medio", "e meio", "e mezzo", "and a half", "und ein halb")
#: Articles that stand for one before a magnitude word ("a million dollars", "eine Million Euro").
_ONE = {"en": {"a": "one", "an": "one"}, "de": {"eine": "ein", "einer": "ein", "einem": "ein"}, "it": {"un": "un"}}
#: Bare magnitude words that mean one hundred or one thousand on their own in Romance languages.
_ALONE_IS_ONE = frozenset({"cent", "mille", "cien", "ciento", "mil", "cem", "cento"})
#: Currency words read here besides the reviewed suffixes: "pounds" is a weight as a suffix of figures, but a
#: sum written out in words ("four point seven million pounds") is money; its country decides which pound.
_EXTRA_CURRENCY_WORDS = ("pounds sterling", "pounds")
_MIN_VALUE = Decimal(1000)
# The last word before a currency word, past a joiner ("millions d'", "milhões de "), and whether a figure stands
# right before it ("1,2 million d'euros").
_LAST_WORD = re.compile(r"(?P<figure>\d[ \t\u00a0]?)?(?P<word>[^\W\d_]+)[ \t\u00a0'’]+"
                        r"(?:(?:de|di|of|del|d)[ \t\u00a0'’]+)?$", re.IGNORECASE)
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+(?:[.,]\d+)*|[-,]")


@table()
def _currency_words() -> tuple[str, ...]:
    """Currency words a written-out sum may end at: the reviewed suffix markers made only of letters, longest
    first (so "pesos colombianos" wins over "pesos")."""
    words = {token for token, _, _ in currency_markers()["suffix"]
             if len(token) >= 4 and all(ch.isalpha() or ch in " '’" for ch in token)}
    words.update(_EXTRA_CURRENCY_WORDS)
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _currency_regex() -> re.Pattern[str]:
    """A currency word right after a word: the only places a written-out sum can end."""
    alternation = "|".join(re.escape(word) for word in _currency_words())
    return re.compile(rf"(?<=[^\W\d_][ \t\u00a0'’])(?:{alternation})(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _word_value(token: str, lang: str) -> int | None:
    """The value of one number word in `lang` ("quinientos" 500, "trecentomila" 300000), else None. Italian
    magnitude words are read only after a count ("un milione", "due milioni", "trecento mila"): alone, as one."""
    from text_to_num import text2num

    for words, share in ((token, 1), (f"un {token}", 1), (f"due {token}", 2)) if lang == "it" else ((token, 1),):
        try:
            return int(text2num(words, lang)) // share
        except (ValueError, TypeError):
            continue
    return None


def _is_number_token(token: str, lang: str) -> bool:
    lowered = token.lower()
    return (lowered in _CONNECTORS or lowered in _POINTS or lowered == "," or lowered in _ONE.get(lang, {})
            or lowered[0].isdigit()
            or _word_value(lowered, lang) is not None or lowered in ("demi", "medio", "meio", "mezzo", "half", "halb"))


@table()
def _currency_automaton() -> Any:  # an ahocorasick.Automaton (untyped)
    """The currency words in lower case in one Aho-Corasick automaton (word → its length)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word in _currency_words():
        automaton.add_word(word.lower(), len(word))
    automaton.make_automaton()
    return automaton


def _currency_spans(text: str) -> list[tuple[int, int]]:
    """Where `_currency_regex` matches after a magnitude word (every written-out sum of 1,000 or more holds one):
    the leftmost-longest currency word right after a word and a space or apostrophe, not glued to a letter after
    it. Found from the magnitude stems of the lower-cased text, skipping those written after a figure ("1,2
    million", read in `extract`), by the automaton over the few characters after each: the regex, tried at every
    position of a 64 KB notice, cost tens of milliseconds, the automaton over the whole text a few."""
    # "İ" is the one character whose lower case is two long ("i̇"): read as "I", so that offsets stay
    lowered = (text.replace("\u0130", "I") if "\u0130" in text else text).lower()
    best: dict[int, int] = {}
    automaton, scanned = _currency_automaton(), 0
    for stem in _MAGNITUDE_STEM.finditer(lowered):
        if _FIGURE_BEFORE.match(lowered, max(0, stem.start() - 3), stem.start()):
            continue
        lo, hi = max(stem.end(), scanned - 30), min(len(text), stem.end() + _REACH)  # (a word cut at hi: again)
        scanned = hi
        for last, length in automaton.iter(lowered, lo, hi) if lo < hi else ():
            begin, end = last - length + 1, last + 1
            if begin < 2 or text[begin - 1] not in _BEFORE_WORD or not _is_letter(text[begin - 2]):
                continue
            if end < len(text) and _is_letter(text[end]):
                continue
            best[begin] = max(best.get(begin, end), end)
    spans, free = [], 0
    for begin in sorted(best):
        if begin >= free:
            spans.append((begin, best[begin]))
            free = best[begin]
    return spans


# The stems every magnitude word of text2num's languages holds (mil, mille, mila, million, millón, milhões, miljoen,
# milliard, bilhão, billion, thousand, tausend, duizend, tusind), a figure right before one, and how far after it
# its currency word may stand ("millions de dollars américains", "mil millones de pesos colombianos").
_MAGNITUDE_STEM = re.compile(r"mil|bil|thousand|tausend|duizend|tusind")
_FIGURE_BEFORE = re.compile(r".{0,2}\d[ \t\u00a0]?$", re.DOTALL)
_REACH = 60


_BEFORE_WORD = frozenset(" \t\u00a0'’")


def _is_letter(ch: str) -> bool:
    return ch.isalpha()


def word_sums(text: str, lang: str | None) -> list[tuple[int, int, Decimal, str]]:
    """(start, end, value, currency word as written) of every sum written in words before its currency word."""
    if lang not in LANGUAGES:
        return []
    found = []
    for start, end in _currency_spans(text):
        read = _run_before(text, start, lang)
        if read is not None:
            found.append((read[0], end, read[1], text[start:end]))
    return found


def _run_before(text: str, end: int, lang: str) -> tuple[int, Decimal] | None:
    """(start, value) of the run of number words that ends just before `end` (a currency word), else None."""
    last = _LAST_WORD.search(text, max(0, end - 40), end)
    if last is None or not _is_number_token(last.group("word"), lang) or last.group("figure"):
        return None  # no number word just before the currency, or "1,2 million d'euros" (read in `extract`)
    window_start = max(0, end - 160)
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(text, window_start, end)]
    if tokens and tokens[-1][1].lower() in _JOINERS:
        tokens.pop()
    elif tokens and tokens[-1][1].lower() in ("d",):
        tokens.pop()  # "d'euros" tokenised as "d" before the currency word
    run: list[tuple[int, str]] = []
    for position, token in reversed(tokens):
        gap = text[position + len(token):run[0][0]] if run else text[position + len(token):end]
        if "\n" in gap or any(ch in gap for ch in "().;:"):
            break
        if not _is_number_token(token, lang):
            break
        run.insert(0, (position, token))
        if token[0].isdigit():
            break  # a figure opens the run: "2 millions trois cent mille"
    while run and run[0][1].lower() in _CONNECTORS | {","} | _POINTS:
        run.pop(0)
    if not run or all(token[0].isdigit() for _, token in run):
        return None  # figures alone are read by extract's passes
    value = _value(run, lang)
    if value is None or value < _MIN_VALUE:
        return None
    return run[0][0], value


def _value(run: list[tuple[int, str]], lang: str) -> Decimal | None:
    words = [token for _, token in run if token != ","]
    lowered = [w.lower() for w in words]
    half = Decimal(0)
    text = " ".join(lowered)
    for phrase in _HALVES:
        if text.endswith(" " + phrase) or f" {phrase} " in text:
            head, _, _tail = text.partition(" " + phrase)
            lowered = head.split() + _tail.split()
            half = Decimal("0.5")
            break
    one = _ONE.get(lang, {})
    if lowered and lowered[0] in one:
        if len(lowered) > 1 and (_word_value(lowered[1], lang) or 0) >= 100:
            lowered[0] = one[lowered[0]]  # "a million dollars", "eine Million Euro"
        else:
            lowered = lowered[1:]  # "a two hundred thousand dollar grant": the article of the noun
    if not lowered:
        return None
    if lowered[0][0].isdigit():
        return _figure_then_words(lowered, lang)
    first = _word_value(lowered[0], lang)
    if first is None:
        return None
    if _is_power_of_ten(first) and first >= 100 and lowered[0] not in _ALONE_IS_ONE:
        return None  # "millions d'euros", "several thousand dollars": a quantity, no sum
    if first >= 10 ** 6:
        return None
    if any(w in _POINTS for w in lowered):
        return _with_point(lowered, lang)
    whole = _text2num(" ".join(lowered), lang)
    if whole is None:
        return None
    number = Decimal(whole)
    if half:
        magnitude = _last_magnitude(lowered, lang)
        if magnitude is None:
            return None
        number += half * magnitude
    return tidy(number)


def _figure_then_words(lowered: list[str], lang: str) -> Decimal | None:
    """"2 millions trois cent mille" (a figure, its magnitude word, then words below that magnitude)."""
    if len(lowered) < 3:
        return None
    figure = parse_number(lowered[0], lang, None)
    magnitude = MULTIPLIERS.get(lowered[1])
    rest = [w for w in lowered[2:] if w not in _CONNECTORS]
    if figure is None or magnitude is None or not rest:
        return None
    tail = _text2num(" ".join(rest), lang)
    if tail is None or tail >= magnitude:
        return None
    return tidy(figure * magnitude + tail)


def _with_point(lowered: list[str], lang: str) -> Decimal | None:
    """"four point seven million": whole words, the point, one digit word each, then a magnitude word."""
    at = next(i for i, w in enumerate(lowered) if w in _POINTS)
    whole = _text2num(" ".join(lowered[:at]), lang)
    digits = lowered[at + 1:-1]
    magnitude = _word_value(lowered[-1], lang)
    if whole is None or not digits or magnitude is None or not _is_power_of_ten(magnitude) or magnitude < 1000:
        return None
    fraction = ""
    for word in digits:
        digit = _word_value(word, lang)
        if digit is None or digit > 9:
            return None
        fraction += str(digit)
    return tidy(Decimal(f"{whole}.{fraction}") * magnitude)


def _last_magnitude(lowered: list[str], lang: str) -> int | None:
    value = _word_value(lowered[-1], lang) if lowered else None
    return value if value is not None and _is_power_of_ten(value) and value >= 1000 else None


def _text2num(words: str, lang: str) -> int | None:
    from text_to_num import text2num

    try:
        return int(text2num(words.replace(" - ", "-"), lang))
    except (ValueError, TypeError):
        return None


def _is_power_of_ten(value: int) -> bool:
    return value > 0 and str(value).rstrip("0") == "1"
