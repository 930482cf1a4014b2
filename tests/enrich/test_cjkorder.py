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


def test_hits_of_an_automaton_built_elsewhere_are_its_own():
    import ahocorasick

    made = ahocorasick.Automaton()
    words = ["人民币", "元", "US$", "EUR", "R", "Rs", "kr", "€"] + [chr(0x4E00 + n) + "元" for n in range(60)]
    words += [f"{letter}$" for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
    for word in words:
        made.add_word(word, len(word))
    made.make_automaton()
    # the second: a character past the sentinel table
    chinese = ("采购项目预算金额人民币386.5万元，一元\x01\x02二元" * 40, "预算𠀀人民币\U0003134a元" * 150)
    for text in (*chinese, "Budget EUR 1,000, US$ 20 and Rs 5 kr € R " * 40):
        assert cjkorder.mostly_ideographs(text, 0, len(text)) == (text in chinese)
        assert list(cjkorder.hits(made, text)) == list(made.iter(text))


def test_a_smaller_root_reads_chinese_text_through_a_sentinel():
    letters = [chr(code) for code in range(ord("A"), ord("Z") + 1)] + [chr(0x4E00 + n) for n in range(30)]
    scan = Scan([re.compile(f"{ch}[视监0]") for ch in letters] + [re.compile("采购")])
    assert isinstance(scan.cjk_automata[False], tuple)  # (the automaton with a sentinel, the characters it holds)
    text = "某某县公安局视频监控采购项目一视七监A0预算386.5万元\x01\x02" * 40  # (long: 1,240 characters)
    found, window = scan.find(text), scan.find(text, 5, 900)
    chinese = scan.cjk_automata
    scan.cjk_automata = {}
    try:
        assert scan.find(text) == found and scan.find(text, 5, 900) == window
    finally:
        scan.cjk_automata = chinese
    assert found[26] and found[-1] and window[-1]  # 一视, 采购
