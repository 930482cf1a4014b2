"""The compiled scan pass (enrich/_scanhits.pyx, built by `make install`) finds what the pure Python pass finds:
the same {position: mask} per member, in the same order, for the engine's own scans over real notice text."""
from __future__ import annotations

import re

import pytest

from enrich import fastscan, native_scan
from enrich.alternation import Alternation

NOTICES = [
    "采购单位：某某县公安局\n中标金额：386.5万元\n人脸识别摄像机 46台，视频监控平台升级改造项目（道路监控）",
    "The City of Eastbrook Police Department awarded a contract for automated license plate readers (ALPR) and "
    "facial recognition software to Example Systems Ltd. Contract value: USD 1,250,000.00.",
    "Le ministère a attribué le marché de vidéosurveillance urbaine (caméras intelligentes) à la société Exemple SAS "
    "pour un montant de 2 450 000,00 EUR HT. Lot 2 : reconnaissance faciale.",
    "Straße ſ İstanbul \U0001F600 \x01 路 0123 4567 — ALPR/ANPR, CCTV; rozpoznávanie tváre; видеонаблюдение",
]


def _scans() -> list[fastscan.Scan]:
    words = Alternation("", ["camera", "cam(?:é|e)ras?", "video\\s*surveillance", "reconnaissance faciale", "人脸识别",
                             "监控"], flags=re.IGNORECASE)
    return [
        fastscan.Scan([words, re.compile(r"\d+(?:[.,]\d+)*\s*(?:万元|EUR|USD)"), re.compile(r"(?i)police|公安")]),
        fastscan.Scan([re.compile(r"(?i)ALPR|ANPR|license plate"), fastscan.Bits([(re.compile("路"), 1),
                                                                                  (re.compile("道路"), 2)])]),
    ]


def _found(scan: fastscan.Scan, text: str, lo: int = 0, hi: int | None = None) -> list[list[tuple[int, int]]]:
    return [list(masks.items()) for masks in scan.find(text, lo, hi)]


@pytest.mark.skipif(native_scan.compiled is None, reason="the compiled scan pass is not built (make install)")
def test_compiled_pass_finds_what_the_python_pass_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = native_scan.compiled
    for scan in _scans():
        for text in NOTICES + ["\n\n".join(NOTICES) * 30]:
            for lo, hi in ((0, None), (3, len(text) - 5), (len(text) // 2, len(text))):
                monkeypatch.setattr(native_scan, "compiled", None)
                pure = _found(scan, text, lo, hi)
                monkeypatch.setattr(native_scan, "compiled", compiled)
                assert _found(scan, text, lo, hi) == pure
    assert any(_found(_scans()[0], NOTICES[0]))  # the scans do find something


def test_tables_follow_failure_links_longest_first() -> None:
    made = native_scan.tables([("abcd", (3, 0, 0)), ("bcd", (2, 1, 0)), ("cd", (1, 2, 0))])
    alphabet, root, e_first, e_cls, e_next, fail, o_first, o_back, o_n, o_bit, general = made
    state = 0
    for ch in "abcd":
        c = alphabet.index(ch) + 1
        state = root[c] if state == 0 else next(e_next[k] for k in range(e_first[state], e_first[state + 1])
                                               if e_cls[k] == c)
    assert list(o_n[o_first[state]:o_first[state + 1]]) == [0, 1, 2]  # the longest word first, as pyahocorasick
