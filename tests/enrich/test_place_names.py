"""Cues that open with a name before a bracket or comma, tried only at the capitals places/names.py lists, find
what `re` finds trying every position."""
from __future__ import annotations

from enrich.fastscan import finditer
from enrich.places.names import OpeningStarts, closing
from enrich.places.prose import _cues
from tests.enrich.identity import eval_texts


def test_opening_cues_match_like_a_full_scan():
    cues = [cue for cue in _cues() if closing(cue.pattern)]
    assert cues  # "{NAME} (…)", "{NAME}, {NAME2}" in place_cues.csv
    texts = eval_texts() + ["St. Louis (MO), Ft. Worth, Texas (USA) - Ayuntamiento de Zapopan (Jalisco), Mt. Vernon,"]
    for text in texts:
        window = text[:4000]
        opening = OpeningStarts(window)
        for cue in cues:
            expected = [m.span() for m in cue.pattern.finditer(window)]
            got = [m.span() for m in finditer(cue.pattern, window, opening(closing(cue.pattern) or ""))]
            assert got == expected, cue.pattern.pattern[-60:]
