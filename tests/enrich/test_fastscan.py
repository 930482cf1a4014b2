"""enrich/fastscan.py: a pattern tried only where its prefixes occur must match exactly what `re` matches.

Random patterns over an alphabet full of case and width traps (ſ/s, ı/İ/i, K/k/Kelvin, σ/ς/Σ, full-width digits,
ideographs, spaces of every kind) are compared with plain `re` on random texts and windows; then every pattern
the engine scans this way is compared with `re` on the evaluation texts.
"""
from __future__ import annotations

import random
import re

import pytest

from enrich.fastscan import Alternation, Found, Prefixed, Scan, prefixes, re_fold
from enrich.regexfactors import Guarded, factors
from tests.enrich.identity import eval_texts, within

ATOMS = ["a", "b", "A", "ß", "ſ", "s", "S", "İ", "i", "ı", "K", "k", "\u212a", "人", "脸", r"\s", r"\d", "[ab]",
         "[^a]", ".", r"\w", " ", "1", "：", "σ", "Σ", "ς", "\t", "\n", r"\b", "$", "^"]
TEXT_CHARS = "abABßſsSİiıKk\u212a人脸 \t\n\u3000\u00a01２：σΣςx9"


def _random_pattern(rng: random.Random, depth: int = 0, nested: bool = True) -> str:
    """A random pattern; without `nested`, quantifiers apply to atoms only (no catastrophic backtracking in `re`
    itself, which an anchored tail such as \\s*\\Z provokes)."""
    r = rng.random()
    if depth > 3 or r < 0.35:
        return rng.choice(ATOMS)
    if r < 0.55:
        return _random_pattern(rng, depth + 1, nested) + _random_pattern(rng, depth + 1, nested)
    if r < 0.7:
        return f"(?:{_random_pattern(rng, depth + 1, nested)}|{_random_pattern(rng, depth + 1, nested)})"
    if r < 0.85:
        quantifier = rng.choice(["?", "*", "+", "{0,2}", "{1,3}", "{2}", "*?", "+?"])
        body = _random_pattern(rng, depth + 1, nested) if nested else rng.choice(ATOMS)
        return f"(?:{body}){quantifier}"
    if r < 0.9:
        return f"(?<![a-z]){_random_pattern(rng, depth + 1, nested)}"
    if r < 0.93:
        return f"(?-i:{_random_pattern(rng, depth + 1, nested)})"
    if r < 0.96:
        return f"(?i:{_random_pattern(rng, depth + 1, nested)})"
    return f"(?P<g>{_random_pattern(rng, depth + 1, nested)})?(?(g){_random_pattern(rng, depth + 1, nested)}|x)"


def _random_cases(seed: int, count: int):
    rng = random.Random(seed)
    while count:
        try:
            pattern = re.compile(_random_pattern(rng), rng.choice([0, re.IGNORECASE, re.MULTILINE]))
        except re.error:
            continue
        text = "".join(rng.choice(TEXT_CHARS) for _ in range(rng.randint(0, 40)))
        pos = rng.randint(0, len(text))
        yield pattern, text, pos, rng.randint(pos, len(text))
        count -= 1


def _spans(matches) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in matches]


@pytest.mark.parametrize("seed", range(8))
def test_prefixed_finditer_and_search_equal_re(seed):
    for pattern, text, pos, endpos in _random_cases(seed, 2500):
        fast = Prefixed(pattern)
        assert _spans(fast.finditer(text, pos, endpos)) == _spans(pattern.finditer(text, pos, endpos)), pattern
        expected = pattern.search(text, pos, endpos)
        got = fast.search(text, pos, endpos)
        assert (got and got.span()) == (expected and expected.span()), pattern


def test_an_alternation_head_has_one_way_to_match():
    """Alternation.match tries the chosen alternatives one by one: the same as `re` only while the head cannot
    match in several ways (`re` would try every alternative with each of them before the next)."""
    with pytest.raises(ValueError):
        Alternation(r"a*", ["b"])
    grouped = Alternation(r"(?<![\w])(?P<label>", ["ab", "a", "abb"], r")(?P<tail>b?)c", re.IGNORECASE)
    for text in ("abc", "ABBC", "xabc", "ac", " abbc abbbc"):
        assert _spans(Prefixed(grouped).finditer(text)) == _spans(grouped.pattern.finditer(text)), text


@pytest.mark.parametrize("seed", range(4))
def test_alternations_found_and_guarded_equal_re(seed):
    rng = random.Random(100 + seed)
    for _ in range(1500):
        alternatives = [_random_pattern(rng, 2, nested=False) for _ in range(rng.randint(1, 5))]
        flags = rng.choice([0, re.IGNORECASE])
        try:
            alternation = Alternation(r"(?<!x)", alternatives, rng.choice(["", r"\s*\Z", "b?"]), flags)
        except re.error:
            continue
        whole = alternation.pattern
        text = "".join(rng.choice(TEXT_CHARS) for _ in range(rng.randint(0, 40)))
        assert _spans(Prefixed(alternation).finditer(text)) == _spans(whole.finditer(text)), whole
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        found = Found(Scan([alternation, whole]), [alternation, whole], text)
        for member in (alternation, whole):
            expected, got = whole.search(text[a:b]), found.search(member, a, b)
            assert (got and got.span()) == (expected and expected.span()), whole
        guarded = Guarded(whole)
        assert (guarded.match(text) and guarded.match(text).span()) == (whole.match(text) and whole.match(text).span())


def test_prefixes_and_factors_of_simple_patterns():
    assert prefixes(re.compile("(?:视频)?监控")) == {"视频监控", "监控"}
    assert prefixes(re.compile(r"a{2,3}b")) == {"aab", "aaab"}
    assert prefixes(re.compile("Buyer|supplier", re.IGNORECASE)) == {"buye", "supp"}
    assert prefixes(re.compile(r"\w+元")) is None  # a match may start with any letter
    assert prefixes(re.compile(r"\d+元")) == {"0元", "00元", "000元", "0000"}  # digits are "0" in the haystack
    assert factors(re.compile(r"(?:\s*\w+){0,4}?\s*(?:or|ou)\s+(?:equal|similar)")) == {"equal", "similar"}
    assert factors(re.compile(r"x?")) is None


def test_re_fold_compares_characters_like_ignorecase():
    literals = set("abcdefghijklmnopqrstuvwxyzßẞΣσςİıKkÅåµμſ\u212a\u212b")
    cased = [chr(c) for c in range(0x110000) if chr(c).lower() != chr(c) or chr(c).upper() != chr(c)]
    for literal in literals:
        pattern = re.compile(re.escape(literal), re.IGNORECASE)
        for ch in cased:
            assert bool(pattern.fullmatch(ch)) == (re_fold(ch) == re_fold(literal)), (literal, ch)
    assert len(re_fold("İstanbul ΣΟΦΟΣ")) == len("İstanbul ΣΟΦΟΣ")


def test_the_engines_scanned_patterns_equal_re_on_the_evaluation_texts():
    from enrich.identifiers import _schemes
    from enrich.parties import _LABEL_RE, _label_scan
    from enrich.places.address import _FIELDS, _field_scan
    from enrich.places.prose import _cue_scan, _cues

    texts = within(eval_texts(), 600_000)  # see tests.enrich.identity.within
    pairs = [(_label_scan(), _LABEL_RE), (_schemes()["label_re"], _schemes()["label_re"].pattern.pattern)]
    for text in texts:
        for fast, plain in pairs:
            whole = plain if isinstance(plain, re.Pattern) else plain
            assert _spans(fast.finditer(text)) == _spans(whole.finditer(text))
        where = _field_scan().find(text)
        for n, pattern in enumerate(_FIELDS):
            assert _spans(_field_scan().finditer(where, n, text, pattern)) == _spans(pattern.finditer(text))
        window = text[:4000]
        scan, guards = _cue_scan()
        where = scan.find(window)
        for n, cue in enumerate(_cues()):
            pattern = cue.suffix if cue.suffix is not None else cue.pattern
            assert _spans(scan.finditer(where, n, window, pattern)) == _spans(pattern.finditer(window))
            if n in guards and not where[guards[n]]:  # none of its strings in the window: it matches nothing there
                assert not _spans(pattern.finditer(window))
