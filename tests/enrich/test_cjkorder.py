"""enrich/cjkorder.py: the automaton ordered for Chinese text finds exactly what the Latin-ordered one does."""
from __future__ import annotations

import re

from enrich import cjkorder
from enrich.fastscan import Scan


def _scan() -> Scan:
    # more root children than cjkorder.MIN_ROOT: ideographs, Latin letters and digits opening prefixes
    ideographs = [chr(code) for code in range(0x4E00, 0x4E00 + cjkorder.MIN_ROOT)]
    words = [re.compile(f"{ch}[视监]") for ch in ideographs] + [re.compile(r"camera|\d+万元"), re.compile("采购")]
    return Scan(words)


def test_the_chinese_automaton_finds_the_same_positions():
    scan = _scan()
    assert scan.cjk_automata  # built for the large root
    text = ("某某县公安局视频监控采购项目，预算金额386.5万元。一视二监丁视\uffff采\uffff购camera " * 30)
    assert cjkorder.mostly_ideographs(text, 0, len(text))
    found, window = scan.find(text), scan.find(text, 17, 700)
    chinese = scan.cjk_automata
    scan.cjk_automata = {}  # the Latin-ordered automaton alone
    try:
        assert scan.find(text) == found and len(found) == scan.size
        assert scan.find(text, 17, 700) == window
    finally:
        scan.cjk_automata = chinese
    assert found[0] and found[-2] and found[-1] and window[-1]  # 一视, camera and 386.5万元, 采购


def test_a_latin_text_keeps_the_latin_automaton():
    assert not cjkorder.mostly_ideographs("CCTV cameras for the police, 386.5万元", 0, 40)
