"""Round 34 speed work (task speed34): the classifier's lane loop in compiled code (enrich/_scanhits.pyx
`scan_candidates`) tries the same cues at the same positions as the pure Python loop (classify.matcher
`_scan_candidates`): the same matches, in the same order, for real notice text in several scripts; and the cues'
longer prefixes (regexfactors.LongerBits) still start every match."""
from __future__ import annotations

import re

import pytest

from enrich import fastscan, native_scan
from enrich.classify import _rules, matcher
from enrich.classify.clause_map import Clauses
from enrich.regexfactors import LongerBits
from enrich.text import fold

NOTICES = [
    "视频监控系统采购项目中标公告\n采购单位：某某县公安局\n中标金额：386.5万元\n人脸识别摄像机 46台，视频监控平台"
    "升级改造项目（道路监控），人像大数据平台、城市大脑、重点人员管控",
    "CCTV cameras for the Eastbrook Police Department\nThe City of Eastbrook awarded a contract for automated license "
    "plate readers (ALPR), a video management system and facial recognition software to Example Systems Ltd. "
    "Predictive analytics and a real-time crime center are not part of this purchase.",
    "Le ministère a attribué le marché de vidéosurveillance urbaine (caméras intelligentes) à la société Exemple SAS "
    "pour un montant de 2 450 000,00 EUR HT. Lot 2 : reconnaissance faciale d'après leur apparence.",
    "Predmet: Nabavka sistema video nadzora sa kamerama za prepoznavanje lica i tablica; "
    "Außenvideoüberwachung, Gesichtserkennungssoftware; видеонаблюдение и распознавание лиц \U0001F600 İstanbul",
]


def _matches(text: str) -> dict[str, list[tuple[int, int, int]]]:
    rules = _rules()
    doc = Clauses(text, rules)
    starts, masks = doc.starts("cues"), doc.masks("cues")
    assert starts is not None and masks is not None
    found: dict[str, list[tuple[int, int, object, int]]] = {r.taxonomy_id: [] for r in rules.by_id}
    matcher._scan_candidates(doc.folded, starts, rules, masks, found)
    return {key: [(start, end, index) for start, end, _, index in value] for key, value in found.items()}


@pytest.mark.skipif(native_scan.compiled is None, reason="the compiled scan pass is not built (make install)")
def test_compiled_lane_loop_tries_what_the_python_loop_tries(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = native_scan.compiled
    for text in NOTICES + ["\n\n".join(NOTICES) * 5]:
        monkeypatch.setattr(native_scan, "compiled", None)
        pure = _matches(text)
        monkeypatch.setattr(native_scan, "compiled", compiled)
        assert _matches(text) == pure
    assert sum(map(len, _matches(NOTICES[0]).values())) > 3  # the cues do match


@pytest.mark.skipif(native_scan.compiled is None, reason="the compiled scan pass is not built (make install)")
def test_compiled_loop_keeps_the_lanes_picked_afresh() -> None:
    """The compiled loop's entries kept per (word start, character, lanes) are the lanes a fresh pick selects."""
    rules = _rules()
    matcher._NATIVE_CHOSEN = (None, {})
    for text in NOTICES:
        _matches(text)
    cached = matcher._chosen_for(rules, native=True)
    assert cached
    for (word_start, ch, lanes), entries in cached.items():
        table = rules.char_table if word_start else rules.inside_table
        fresh = [(pattern.match, free_key, id_rules.taxonomy_id, id_rules)
                 for id_rules, lane, pattern, free_key in table[ch] if lanes >> lane & 1]
        assert entries == fresh


def test_a_word_inside_another_is_no_word_start() -> None:
    """A cue with a left word boundary matches at "cctv", not inside "xcctv" (the compiled loop reads the
    character before from its own table)."""
    assert _matches("CCTV cameras")["cctv"]
    assert not any(start == 1 for start, _, _ in _matches("xcctvx cameras")["cctv"])


def test_longer_prefixes_find_the_same_matches_at_fewer_places() -> None:
    """A cue's prefixes lengthened (regexfactors.LongerBits: "predicti", not "pred") still start every match, and
    a Serbian "predmet" or "preduzece" is no longer a place to try "predictive policing" at."""
    cues = [re.compile(r"(?<![a-z])predictive (?:policing|analytics)"), re.compile(r"(?<![a-z])video ?analytics?")]
    text = fold("Predmet: nabavka; Preduzece Gradsko zelenilo; video nadzor. Predictive policing and video analytics "
                "software; PREDICTIVE ANALYTICS.")
    short = fastscan.Scan([fastscan.Bits([(cue, 1 << i) for i, cue in enumerate(cues)])]).find(text)[0]
    longer = fastscan.Scan([LongerBits([(cue, 1 << i) for i, cue in enumerate(cues)])]).find(text)[0]
    assert set(longer) < set(short)
    assert all(short[pos] & longer[pos] == longer[pos] for pos in longer)
    for i, cue in enumerate(cues):
        starts = [m.start() for m in cue.finditer(text)]
        assert starts and all(longer.get(pos, 0) >> i & 1 for pos in starts)
    assert min(map(len, LongerBits.read_prefixes(cues[0], 4) or ())) == 8
