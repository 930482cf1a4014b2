"""Round 27 speed work (output-identical): each cheaper path answers exactly what the plain one did."""
from __future__ import annotations

import random
import re

import ahocorasick

from enrich import supply_statements, vendor_clauses
from enrich.fastscan import finditer, ranged
from enrich.places import prose
from enrich.places.names import OpeningStarts, before_words

_TRICKY = ("Cameras supplied by Hikvision Co. Ltd. to the city. Dahua | Uniview | ZTE.\tIn 2025 e.g. the U.S. Army "
           "bought them ! 旷视提供算法；商汤。 Mr. X said: approx. 3. The Acme Inc. deal? Yes. “Quoted.” (See A. B.) "
           "x | y\n|\nz . [note] . Lower. Upper")


def _plain_clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause as the plain scan of every mark from 300 characters before the name read it."""
    lo = max(0, start - 300)
    clause_start = lo
    for mark in vendor_clauses._CLAUSE_MARK_RE.finditer(text, lo, start):
        if not vendor_clauses._is_abbreviation(text, mark.start()):
            clause_start = mark.end()
    clause_end = min(len(text), end + 300)
    for mark in vendor_clauses._CLAUSE_MARK_RE.finditer(text, end, clause_end):
        if not vendor_clauses._is_abbreviation(text, mark.start()):
            return clause_start, mark.start()
    return clause_start, clause_end


def test_clause_read_outwards_is_the_plain_scan():
    texts = [_TRICKY * 3, ("word " * 80 + ". ") * 4, "Ltd. Co. Inc. " * 60, "a | b " * 120]
    for text in texts:
        for start in range(0, len(text), 7):
            for width in (0, 5, 23):
                end = min(len(text), start + width)
                assert vendor_clauses.clause.__wrapped__(text, start, end) == _plain_clause(text, start, end)


def _shifted(hits_and_shift):
    hits, shift = hits_and_shift
    return [(end + shift, value) for end, value in hits]


def test_ranged_automaton_reads_the_range_of_a_long_haystack():
    automaton = ahocorasick.Automaton()
    for word in ("ab", "abc", "bca", "c", "cab", "x a"):
        automaton.add_word(word, word)
    automaton.make_automaton()
    rng = random.Random(27)
    hay = "".join(rng.choice("abcx ") for _ in range(12_000))
    for _ in range(300):
        lo = rng.randrange(len(hay))
        hi = rng.randrange(lo, min(len(hay), lo + 900) + 1)
        assert _shifted(ranged(automaton, hay, lo, hi)) == list(automaton.iter(hay, lo, hi))
    assert _shifted(ranged(automaton, hay, 0, len(hay))) == list(automaton.iter(hay))


def test_bureau_cue_only_at_capitals_of_runs_holding_its_words():
    (n, cue), = [(n, cue) for n, cue in enumerate(prose._cues()) if before_words(cue.pattern)]
    scan, guards = prose._cue_scan()
    window = ("The Lakeview Police Bureau and the Port of Spain City Council & Mayor's Office met. "
              "Harris County Sheriff's Office; St. Louis Housing Authority - Lower words Office. "
              "O'Brien-Smith Trust Fund Board, Riverside.\nEast Valley Water Board\tCenter") * 3
    where = scan.find(window)
    found = [m.span() for m in finditer(cue.pattern, window, OpeningStarts(window).before(sorted(where[guards[n]])))]
    assert found == [m.span() for m in cue.pattern.finditer(window)]
    assert found  # the text names several bodies


def test_supply_statement_gates_change_nothing():
    grouped = re.compile(supply_statements._CJK_FULL_HEADS + r"|㈜|\(주\)|주식회사")
    text = "示例科技股份有限公司承建；例如株式会社が受注。예시㈜이 맡는다 (주)예시 주식회사예시 有限公司 合同会社"
    assert [m.span() for m in supply_statements._HEAD_RE.finditer(text)] == [m.span() for m in grouped.finditer(text)]
    _, after_only, _ = supply_statements._statements()
    turkish = "Örnek Güvenlik A.Ş. ile belediye arasında sözleşme imzalandı."
    assert supply_statements._spaced_ile(turkish, after_only[0])
    assert not supply_statements._spaced_ile("while the mobile file was compiled", after_only[0])
    assert supply_statements.supply_statements(turkish) == [(0, 19)]
