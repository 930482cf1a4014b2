"""The classifier's matcher: the first-character index must give exactly what plain `re` alternation gives.

enrich/classify/firstchars.py reads regex text itself (instead of Python's private ``re._parser``) to index cues
by the characters they can start with. A character missing from that index would silently lose matches, so
these tests compare the indexed matcher with plain ``re`` over every cue and the labelled evaluation texts.
"""
from __future__ import annotations

import re

import pytest

from enrich.classify import _rules
from enrich.classify.firstchars import first_chars
from enrich.classify.matcher import Indexed, scan, trim
from enrich.classify.patterns import compile_cue
from enrich.text import fold
from tests.enrich.identity import eval_texts, within


@pytest.mark.parametrize("pattern, expected", [
    ("abc", {"a"}),
    ("a|b|c", {"a", "b", "c"}),
    ("(?:x)?y", {"x", "y"}),
    ("(?:x|)y", {"x", "y"}),
    ("x*y+", {"x", "y"}),
    ("x{0,2}y", {"x", "y"}),
    ("x{2}y", {"x"}),
    ("x{,3}y", {"x", "y"}),
    ("[a-c]z", {"a", "b", "c"}),
    ("[-a]", {"-", "a"}),
    ("[]a]", {"]", "a"}),
    (r"[\u4e00-\u4e02]", {"\u4e00", "\u4e01", "\u4e02"}),
    (r"\.x", {"."}),
    (r"\tx", {"\t"}),
    (r"\x41", {"A"}),
    ("(?<![a-z])(?:cctv)", {"c"}),
    ("(?=a)ab", {"a"}),
    ("^$a", {"a"}),
    (r"\bword", {"w"}),
    ("(?P<c0>人脸)", {"人"}),
    ("(?i:a)b", {"a", "A"}),
    ("(?#note)q", {"q"}),
    ("x{a}", {"x"}),  # a brace that is no quantifier is a literal
    ("(?:ab)+c", {"a"}),
])
def test_first_characters_of_regex_constructs(pattern, expected):
    assert first_chars(pattern) == frozenset(expected)


@pytest.mark.parametrize("pattern", [
    r"\wx", ".x", "[^a]x", r"[\w]x", r"\Sx", "a?", "(?:)", r"(a)\1", "(?(1)a|b)", "[\u0000-\uffff]",
])
def test_unbounded_or_nullable_patterns_are_tried_everywhere(pattern):
    assert first_chars(pattern) is None


def test_digits_and_spaces_are_small_sets():
    spaces = first_chars(r"\s{0,2}x")
    assert {" ", "\t", "\n", "\u3000", "x"} <= spaces and "a" not in spaces
    digits = first_chars(r"[\d.]+元")
    assert {"0", "9", "٣", "."} <= digits and "a" not in digits


def _texts() -> list[str]:
    return [fold(text) for text in eval_texts()]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts()


def _cue_sources() -> list[list[str]]:
    """Compiled cue sources of each taxonomy id, in file order."""
    return [[compile_cue(cue.source) for cue in id_rules.cues] for id_rules in _rules().by_id]


def test_every_cue_match_starts_with_an_indexed_character(texts):
    """On a third of the development texts (the three corpus checks here each take another third), at most ~75,000
    characters of it (`within`: the suite stays inside its time as sets are added; the full identity check,
    `python -m tests.enrich.identity --check`, reads every text)."""
    texts = within(texts[1::3], 75_000)
    for sources in _cue_sources():
        for source in sources:
            firsts = first_chars(source)
            if firsts is None:
                continue
            for text in texts:
                for m in re.finditer(source, text):
                    if m.end() > m.start():
                        assert text[m.start()] in firsts, (source, m.group())


def test_indexed_alternation_equals_plain_alternation(texts):
    texts = within(texts[2::3], 75_000)  # see test_every_cue_match_starts_with_an_indexed_character
    for sources in _cue_sources():
        indexed = Indexed(sources)
        plain = re.compile("|".join(f"(?:{s})" for s in sources))
        for text in texts:
            expected = [(m.start(), m.end()) for m in plain.finditer(text) if m.end() > m.start()]
            assert indexed.spans(text) == expected


def test_the_scan_of_unconditional_cues_equals_one_finditer_per_id(texts):
    """Every third development text, from the first (the plain alternations run at ~16 k characters/s, and the
    whole corpus took over three minutes; the full identity check reads every text)."""
    rules = _rules()
    plains = []
    for id_rules in rules.by_id:
        members = [n for n, cue in enumerate(id_rules.cues) if cue.requires is None and cue.unless is None]
        plains.append((id_rules, re.compile(
            "|".join(f"(?P<c{n}>{compile_cue(id_rules.cues[n].source)})" for n in members))))
    for text in within(texts[::3], 75_000):
        scanned = scan(text, rules)  # once per text: it answers for every id
        for id_rules, plain in plains:
            expected = [trim(text, m, id_rules)[:3] for m in plain.finditer(text) if m.end() > m.start()]
            got = [m for m in scanned[id_rules.taxonomy_id] if m[2].requires is None and m[2].unless is None]
            assert got == expected, (id_rules.taxonomy_id, text[:80])


@pytest.mark.parametrize("text", [
    "xxabz ab c abc", "2400路视频监控点位", "the cat sat", "a.c abc .c", "", "zzz", "ab" * 50,
])
def test_unindexed_patterns_keep_alternation_order(text):
    # patterns whose first character is unknown (\w, .) are tried at every position, in their listed order
    sources = [r"\w+z", "ab", ".c", r"(?:\d+|[千万])\s{0,2}路(?:视频|监控)", "监控点位", "视频监控"]
    plain = re.compile("|".join(f"(?:{s})" for s in sources))
    expected = [(m.start(), m.end()) for m in plain.finditer(text) if m.end() > m.start()]
    assert Indexed(sources).spans(text) == expected


def test_every_cue_has_literal_prefixes():
    """A cue whose first characters cannot be bounded ("{w}*zentrale") makes the candidate scan give up on every
    cue of every notice: classification fell to a third of its speed on 16 KB texts when two such cues came in.
    Write a word-inner start as an infix cue instead ("*zentrale")."""
    from enrich.fastscan import prefixes

    rules = _rules()
    unbounded = [f"{r.taxonomy_id}: {r.cues[n].source}" for r in rules.by_id for lane in r.lanes for n in lane.members
                 if prefixes(re.compile(compile_cue(r.cues[n].source))) is None]
    assert not unbounded
    assert rules.members["cues"] not in rules.candidates.unbounded
