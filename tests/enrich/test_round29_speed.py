"""Round 29 speed work (output-identical): the faster paths give exactly the answers of the plain ones."""
from __future__ import annotations

import random
import re

import pytest

from enrich.classify import _rules, classify, classify_notice
from enrich.classify.claims import ALLEGED
from enrich.classify.matcher import Indexed, LazySpans
from enrich.classify.negation import Document, _prefixed
from enrich.classify.replies import ASKED_ABOUT
from enrich.text import fold

_WORDS = ["asked", "the", "minister", "about", "cameras", "alleged", "that", "claims", "rumours", "of", "pregunto",
          "por", "sobre", "询问", "是否", "人脸识别", "fragte", "nach", ",", "no", "facial", "recognition", "\n", "  ",
          "claimed", "argued", "contended", "asserted", "questioned", "regarding", "on", "1,200", "ALLEGED"]


def _texts(seed: int, count: int = 300) -> list[str]:
    rng = random.Random(seed)
    return [fold(" ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 60)))) for _ in range(count)]


@pytest.mark.parametrize("pattern", [ASKED_ABOUT, ALLEGED], ids=["asked_about", "alleged"])
def test_prefixed_negation_scans_find_what_the_plain_pattern_finds(pattern: re.Pattern[str]) -> None:
    for text in _texts(29):
        assert [m.span() for m in _prefixed(pattern).finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_asked_about_answered_no_still_negates_the_cue() -> None:
    text = ("CCTV cameras for Main Street\nThe council buys 40 CCTV cameras. A councillor asked the police about "
            "facial recognition on the new cameras; the chief said it is not part of the contract.")
    tags = {tag.taxonomy_id for tag in classify(text, "en")}
    assert "facial_recognition" not in tags
    assert "cctv" in tags


def test_cue_spans_found_by_bisection_match_the_linear_reading() -> None:
    text = fold("The contract does not include facial recognition in the new cameras, nor licence plate readers, "
                "or social-media monitoring tools; CCTV cameras and ALPR are installed.")
    doc = Document(text, _rules(), "en")
    doc.all_cue_spans.extend([(60, 70), (4, 12), (30, 48), (30, 40), (90, 100)])
    for start in range(0, len(text), 3):
        expected = [e for s, e in doc.all_cue_spans if s == start]
        starts = doc._cue_starts()
        found = [doc.all_cue_spans[i][1] for i in range(len(starts)) if starts[i] == start]
        assert sorted(found) == sorted(expected)


def _lazy_answers(lazy: LazySpans, spans: list[tuple[int, int]], queries: list[tuple[int, int]]) -> None:
    assert bool(lazy) == bool(spans)
    for lo, hi in queries:
        assert lazy.overlaps(lo, hi) == any(s < hi and lo < e for s, e in spans), (lo, hi)


def test_lazy_spans_answer_as_the_whole_list_whatever_the_order_of_questions() -> None:
    indexed = Indexed([r"ab", r"b+c", r"(?<![a-z])cd", r"[,，](?!\d{3})|[:：|\t]"])
    rng = random.Random(7)
    for _ in range(200):
        text = "".join(rng.choice("abcd ,:1\t") for _ in range(rng.randint(0, 80)))
        spans = indexed.spans(text)
        queries = [tuple(sorted((rng.randint(0, len(text) + 2), rng.randint(0, len(text) + 2)))) for _ in range(12)]
        _lazy_answers(indexed.lazy_spans(text), spans, queries)  # the first-character scan's spans
        starts = sorted({m.start() for m in re.finditer(r"[abc,:\t]", text)})  # every position a span can start
        _lazy_answers(indexed.lazy_spans(text, starts), indexed.spans(text, starts), queries)
        _lazy_answers(indexed.lazy_spans(text, starts), spans, sorted(queries, key=lambda q: q[1]))


def test_exclusions_read_lazily_give_the_tags_of_the_whole_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    """Long notices (the benchmark's 16 KB texts, labelled bodies run together): the same tags, evidence and verdict
    whether an id's exclusions are read as far as asked or found in the whole text first."""
    from bench.throughput import varied_texts

    texts = [f"{title}\n{body}" for title, body in varied_texts(16384, 6)]
    lazy = [classify_notice(text, None) for text in texts]
    monkeypatch.setattr(Indexed, "lazy_spans",
                        lambda self, text, starts=None: LazySpans(iter(self.spans(text, starts))))
    assert [classify_notice(text, None) for text in texts] == lazy
    assert any(tags for tags, _ in lazy)


def test_soft_breaks_read_lazily_are_those_of_the_whole_text() -> None:
    """Clauses.soft_spans, asked in any order, gives the clause starts and breaks the whole list gives."""
    text = ("Lot 1: CCTV cameras, 40 units; no facial recognition, nor ALPR: the council, however, may add them.\n"
            "采购内容：视频监控摄像机，共46台，但不含人脸识别功能；另外，3,000 metres of cable | Lot 2: "
            "e awarded Z the upkeep") * 5
    doc = Document(fold(text), _rules(), "en")
    spans = _rules().soft_break.spans(doc.folded, doc.starts("soft_break"))
    ends = dict(spans)
    rng = random.Random(3)
    positions = list(range(0, len(text), 7))
    rng.shuffle(positions)
    for pos in positions:
        sentence_start = doc.sentence(pos, pos)[0]
        expected: tuple[int, int | None] = (sentence_start, None)
        for brk in reversed([s for s, _ in spans if s < pos]):
            if brk < sentence_start:
                break
            if ends[brk] <= pos:
                expected = (ends[brk], brk)
                break
        assert doc.clause_start(pos) == expected, pos
    doc.soft_spans.upto(len(doc.folded) + 1)
    assert doc.soft_spans.spans == spans  # read to the end, the lazy breaks are the whole list
