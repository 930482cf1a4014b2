"""Round 18 speed work (issue 15, output-identical): work done once per process or once per notice instead of
again and again.

- classify/matcher.py `_scan_candidates`: the lanes picked for a (word start, character, lanes) key are kept for the
  process (`_chosen_for`), not picked afresh in every notice; a new rules object starts a new cache.
- classify/headline.py `_spans`: one automaton scan of the headline serves its denies and its withdraws patterns.

Each check compares the fast path with the plain one on sentences written for this test.
"""
from __future__ import annotations

import pytest

from enrich import native_scan
from enrich.classify import _rules, classify, headline, matcher
from enrich.classify.negation import Document
from enrich.fastscan import Scan

SENTENCES = [
    "Council scraps facial recognition contract after protest\nThe council voted against the cameras.",
    "Police deny buying phone extraction kits\nThe ministry said no spyware was purchased, only radios.",
    "Harbour authority orders CCTV cameras and licence plate readers for the ferry terminal, 2,000 units.",
    "Stadt stoppt Gesichtserkennung am Bahnhof\nDie Videoüberwachung bleibt ohne Gesichtserkennung.",
    "La mairie renonce à la reconnaissance faciale\nLes caméras de vidéoprotection sont installées sans elle.",
    "市政府叫停人脸识别项目\n原定采购的人脸识别摄像机不再安装，视频监控系统照常建设。",
    "县公安局采购高清网络摄像机120台，用于城区治安监控，含车牌识别功能。",
    "Ministerio cancela la compra de drones de vigilancia\nNo se adquirirán cámaras con reconocimiento facial.",
    "Water board buys pumps and valves for the reservoir; no cameras, no sensors.",
    "",
]


def _fresh_entries(rules, key: tuple[bool, str, int]) -> list:
    word_start, ch, lanes = key
    table = rules.char_table if word_start else rules.inside_table
    return [entry for entry in table[ch] if lanes >> entry[1] & 1]


def test_kept_lanes_are_those_picked_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(native_scan, "compiled", None)  # the Python loop's cache (the compiled one's: test_speed34)
    rules = _rules()
    matcher._CHOSEN = (None, {})
    for text in SENTENCES:
        classify(text)
    cached = matcher._chosen_for(rules)
    assert cached, "the sentences reach the candidate loop"
    for key, entries in cached.items():
        assert entries == _fresh_entries(rules, key), key


def test_tags_the_same_with_a_warm_or_a_cold_cache() -> None:
    warm = [[(t.taxonomy_id, t.evidence.start, t.evidence.end) for t in classify(text)] for text in SENTENCES]
    cold = []
    for text in reversed(SENTENCES):
        matcher._CHOSEN = (None, {})  # as in a fresh process, for every sentence
        cold.append([(t.taxonomy_id, t.evidence.start, t.evidence.end) for t in classify(text)])
    assert warm == cold[::-1]
    assert any(warm), "some sentence is tagged"


def test_other_rules_start_a_cache_of_their_own() -> None:
    rules = _rules()
    mine = matcher._chosen_for(rules)
    mine[(True, "\x00", 0)] = []
    other = object()
    theirs = matcher._chosen_for(other)  # type: ignore[arg-type]
    assert theirs is not mine and not theirs
    assert matcher._chosen_for(rules) is not mine  # back to the loaded rules: built again, never the other's


def test_cache_starts_afresh_past_its_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    rules = _rules()
    monkeypatch.setattr(matcher, "_CHOSEN_MAX", 2)
    first = matcher._chosen_for(rules)
    first.update({(True, "a", n): [] for n in range(3)})
    assert matcher._chosen_for(rules) is not first


@pytest.mark.parametrize("text", SENTENCES)
def test_headline_spans_as_the_plain_finditer(text: str) -> None:
    rules = _rules()
    doc = Document(text, rules)
    end = headline.headline_end(doc)
    for pattern in (rules.headline_denies, rules.headline_withdraws):
        plain = [] if pattern is None else [m.span() for m in pattern.finditer(doc.folded, 0, end)]
        assert headline._spans(pattern, doc, 0, end) == plain


def test_headline_scanned_once_for_both_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    rules = _rules()
    calls: list[tuple[int, int | None]] = []
    find = Scan.find

    def counting(self: Scan, text: str, lo: int = 0, hi: int | None = None) -> list[dict[int, int]]:
        calls.append((lo, hi))
        return find(self, text, lo, hi)

    monkeypatch.setattr(Scan, "find", counting)
    doc = Document(SENTENCES[0], rules)
    end = headline.headline_end(doc)
    denies = headline._spans(rules.headline_denies, doc, 0, end)
    withdraws = headline._spans(rules.headline_withdraws, doc, 0, end)
    assert withdraws, "scraps withdraws the contract"
    assert calls == [(0, end)]
    assert denies == [m.span() for m in rules.headline_denies.finditer(doc.folded, 0, end)]
