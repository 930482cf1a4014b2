"""Round 42 (speed): compiled patterns are written to the table cache with their code packed in an array, and the
classifier's candidate scan gives the same positions with and without the compiled pass. None may change what a
user sees: the same patterns, the same matches, the same candidates, the same tags."""
from __future__ import annotations

import io
import pickle
import re
from array import array

import pytest

from enrich import cache, native_scan
from enrich.classify import _rules, classify
from enrich.classify.clause_map import Clauses

_PATTERNS = [
    re.compile(r"(?<![a-z])(?:face|facial) recogni[sz]ation(?! software update)", re.IGNORECASE),
    re.compile(r"(?P<amount>\d{1,3}(?:[ ,.]\d{3})*)\s{0,2}(?P<unit>万元|亿元|million|mln)"),
    re.compile(r"人\s{0,2}脸\s{0,2}识\s{0,2}别[^。]{0,20}?系\s{0,2}统"),
    re.compile(r"a*b+?c{2,}"),  # repeats up to re's MAXREPEAT: the widest code values
    re.compile("[\U00020000-\U0002a6df]{2,4}市"),  # astral code points in a class
    re.compile(rb"\x00\xff[^\n]{0,8}"),
]
_TEXTS = [
    "The city council approved a facial recognition pilot at the Riverside depot for 1,250,000 million.",
    "某某市公安局人脸识别系统采购项目，预算金额：386.5万元。",
    "aaabbbcccc and bccc; \U00020001\U00020002市 hosts the 2 500 000 mln camera network.",
]


@pytest.mark.parametrize("pattern", _PATTERNS, ids=lambda p: repr(p.pattern)[:30])
def test_a_pattern_written_with_packed_code_is_the_same_pattern(pattern: re.Pattern) -> None:
    buffer = io.BytesIO()
    cache._Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(pattern)
    loaded = pickle.loads(buffer.getvalue())
    assert (loaded.pattern, loaded.flags, loaded.groups, loaded.groupindex) == (
        pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex)
    for text in _TEXTS:
        subject = text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text
        assert [m.span() for m in loaded.finditer(subject)] == [m.span() for m in pattern.finditer(subject)]


def test_packed_code_is_the_narrowest_array_and_the_same_numbers() -> None:
    assert cache._packed([1, 17, 255]).typecode == "B"
    assert cache._packed([1, 256, 65535]).typecode == "H"
    assert cache._packed([1, 65536, 4294967295]).typecode == "I"
    code = cache._compiled(_PATTERNS[3])[2]
    assert isinstance(code, array) and 4294967295 in code.tolist()


def test_a_record_written_before_round_42_with_code_as_a_list_still_seeds() -> None:
    source, flags, code, groups, groupindex, indexgroup = cache._compiled(_PATTERNS[1])
    old = cache._pattern(source, flags, list(code), groups, groupindex, indexgroup)
    new = cache._pattern(source, flags, code, groups, groupindex, indexgroup)
    assert [m.groupdict() for m in old.finditer(_TEXTS[0])] == [m.groupdict() for m in new.finditer(_TEXTS[0])]


_NOTICES = [
    "Contract award: the Harbour Police Authority bought 46 ANPR cameras and a video management system "
    "from Northgate Systems Ltd. for EUR 1.2 million; body-worn cameras were not part of the lot.",
    "视频监控系统采购项目中标公告\n采购单位：某某县公安局\n中标金额：386.5万元\n人脸识别摄像机 46台，"
    "不含车牌识别设备。",
    "La mairie a lancé un appel d'offres pour la vidéoprotection urbaine : 32 caméras, un centre de supervision "
    "et la reconnaissance des plaques d'immatriculation. Aucun logiciel de reconnaissance faciale ne sera acheté.",
    "El municipio adjudicó el sistema de videovigilancia con 120 cámaras y lectores de matrículas por "
    "45 millones de pesos.",
]


@pytest.mark.skipif(native_scan.compiled is None, reason="the compiled scan pass is not built")
@pytest.mark.parametrize("text", _NOTICES, ids=range(len(_NOTICES)))
def test_the_classifier_candidates_are_the_same_without_the_compiled_pass(text: str, monkeypatch) -> None:
    rules = _rules()
    native = Clauses(text * 3, rules)._candidates
    native_tags = classify(text * 3)
    monkeypatch.setattr(native_scan, "compiled", None)
    plain = Clauses(text * 3, rules)._candidates
    assert native is not None and plain == native
    assert any(native)  # the notices hold cues: positions were found
    assert classify(text * 3) == native_tags
