"""Round 16 speed work (issue 15): the same answers, found faster.

Document-scope conditions and the asked-whether pattern are tried only where the classifier's one automaton pass
found their prefixes; two patterns open with a character class instead of a repeat of it. Each check compares the
fast path with the plain one on sentences written for this test, and a few classify outcomes that depend on them.
"""
from __future__ import annotations

import re

import pytest

from enrich.classify import _rules, classify
from enrich.classify.negation import ASKED, Document
from enrich.classify.rules import condition_key, document_conditions

SENTENCES = [
    "The city bought cameras for the depot. A video analytics platform will watch the feeds next year.",
    "Cameras were installed in the studio for the broadcast of council meetings.",
    "The police asked whether the cameras would record faces; the vendor said it is not part of the offer.",
    "Councillors wondered if the new lamps include sensors. They were told no.",
    "县公安局采购高清网络摄像机120台，用于城区治安监控。",
    "林业局采购监控摄像机用于森林防火瞭望，覆盖重点林区。",
    "",
    "asked whether" * 3,
    "Il a demandé si les caméras seraient reliées au commissariat.",
    "Журналист спросил, будут ли камеры подключены к полиции.",
]


def test_every_document_condition_is_a_member_of_the_candidate_pass() -> None:
    rules = _rules()
    patterns = document_conditions(rules)
    assert patterns, "the cue file has document-scope conditions"
    for pattern in patterns:
        assert condition_key(pattern) in rules.members
    assert "asked" in rules.members


@pytest.mark.parametrize("text", SENTENCES)
def test_document_conditions_found_as_a_plain_search_finds_them(text: str) -> None:
    rules = _rules()
    doc = Document(text, rules, None)
    for pattern in document_conditions(rules):
        fast = doc.search(condition_key(pattern), pattern)
        plain = pattern.search(doc.folded)
        assert (fast and fast.span()) == (plain and plain.span()), pattern.pattern[:80]


@pytest.mark.parametrize("text", SENTENCES)
def test_asked_ends_are_the_plain_scans(text: str) -> None:
    doc = Document(text, _rules(), None)
    assert doc._asked_ends == [m.end() for m in ASKED.finditer(doc.folded)]


def test_asked_ends_found_and_not_found() -> None:
    assert Document("They asked whether the cameras record.", _rules(), None)._asked_ends
    assert not Document("The cameras record the square.", _rules(), None)._asked_ends


def test_document_scope_conditions_still_decide() -> None:
    # the document-scope `requires` of English "cameras": video analytics anywhere in the notice
    with_analytics = ("The council orders twelve cameras for the bus depot.\n" + "Lorem ipsum dolor. " * 40
                      + "A video analytics platform reviews the footage.")
    assert "cctv" in {t.taxonomy_id for t in classify(with_analytics, "en")}
    without = "The council orders twelve cameras for the bus depot.\n" + "Lorem ipsum dolor. " * 40
    assert "cctv" not in {t.taxonomy_id for t in classify(without, "en")}
    # the document-scope `unless` of Chinese surveillance cameras: fire lookout anywhere drops them
    assert "cctv" in {t.taxonomy_id for t in classify("城管局采购监控摄像机40台，安装于主要路口。", "zh")}
    assert "cctv" not in {t.taxonomy_id for t in classify(
        "林场采购监控摄像机40台，安装于主要路口。" + "。" * 50 + "用于森林防火瞭望。", "zh")}


@pytest.mark.parametrize(("old", "new"), [
    (r"[\u3040-\u30ff]{2}", r"[\u3040-\u30ff][\u3040-\u30ff]"),
])
def test_kana_pattern_unchanged(old: str, new: str) -> None:
    from enrich.places import _KANA

    assert _KANA.pattern == new
    for text in ("東京都の監視カメラ", "北海道警察", "カ", "视频监控系统", "ひらがなカタカナ"):
        assert [m.span() for m in re.finditer(old, text)] == [m.span() for m in _KANA.finditer(text)]


def test_chinese_numeral_runs_unchanged() -> None:
    from enrich.money.numbers import _CN_DIGITS, _CN_RUN

    old = re.compile(rf"[{_CN_DIGITS}]{{2,}}\s?(?:元|圆)")
    for text in ("合同金额：叁拾万元整", "一元", "伍佰 元", "三百五十万圆整，另付二十元", "无金额", "十元十元"):
        assert [m.span() for m in old.finditer(text)] == [m.span() for m in _CN_RUN.finditer(text)]
    assert _CN_RUN.search("合同金额：叁拾万元整") is not None
    assert _CN_RUN.search("一元") is None


RUNS_TEXTS = ["CCTV Cameras for the NYPD, 24/7 ANPR", "Überwachung der Straße mit Kameras", "视频监控系统采购 2024年",
              "ÉCOLE: vidéoprotection", "", "123 456", "snake_case and_more", "Ελληνικά και русский ТЕКСТ"]


@pytest.mark.parametrize(("name", "old"), [
    ("_LETTERS_RE", r"[^\W\d_]+"), ("_CJK_RE", r"[\u3400-\u9fff\uf900-\ufaff]+"), ("_CAPITALS_RE", r"[A-Z]+"),
    ("_LATIN_RE", r"[A-Za-z]+"),
])
def test_language_runs_unchanged(name: str, old: str) -> None:
    from enrich import language

    new = getattr(language, name)
    assert new.pattern != old  # written with the class first, so that `re` can skip to it
    for text in RUNS_TEXTS:
        assert re.findall(old, text) == new.findall(text)


def test_ideograph_runs_unchanged() -> None:
    from enrich.cjkorder import _IDEOGRAPHS

    for text in RUNS_TEXTS:
        assert re.findall(r"[\u3400-\u9fff\uf900-\ufaff]+", text) == _IDEOGRAPHS.findall(text)
