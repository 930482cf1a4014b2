"""Round 41 (issue 15, fast matching): pre-filters that must change no result.

- enrich/places/named_nothing.py: a phrase the gazetteer has nothing for is skipped before the region after it is
  read; the look-up must find exactly what it found without the skip.
- enrich/fastscan.py: scans read prefixes of up to six characters (fewer false candidates); the matches stay `re`'s.
"""
from __future__ import annotations

import re

import pytest

from enrich.fastscan import Prefixed, Scan, finditer, prefixes
from enrich.places import named_nothing, prose
from enrich.places.gazetteer import place_key

PROSE = [
    "The Board of Supervisors of Fresno County approved the purchase of body cameras for the Sheriff's Office.",
    "WINDOW ROCK, Arizona - The Navajo Nation Police Department signed a contract for license plate readers.",
    "Milwaukee Police Department awarded Great Lakes Investigative Support Inc a contract worth $340,000.",
    "La Ville de Lyon a attribué le marché de vidéoprotection à Bouygues Energies & Services.",
    "Gradska uprava Grada Beograda potpisala je ugovor za nadzorne kamere sa firmom Telekom Srbija.",
    "Die Wiener Polizei beschafft neue Bodycams; der Auftrag ging an Motorola Solutions Deutschland GmbH.",
    "Risk Factors. Our Company sells Performance Monitoring Software to Tri-Valley Regional Justice Services.",
    "Лагос State Security Trust Fund and the Ikeja Local Government procured CCTV units in Lagos State.",
]


@pytest.mark.parametrize("phrase", ["Performance", "Risk Factors", "Inc", "Springfield", "Fresno", "Cook County",
                                    "Lagos", "Wiener", "Beograda", "Caddo Parish", "Tri-Valley", "Quantico"])
@pytest.mark.parametrize("kind", ["any", "city", "county", "state"])
def test_a_phrase_that_names_nothing_finds_no_candidate_at_any_weight(phrase, kind):
    key = place_key(phrase)
    for inflecting in (False, True):
        if not named_nothing.names_nothing(key, kind, inflecting):
            continue
        for weight in (0.5, 1.0, 3.0, 4.0, 5.0, 6.0, 6.5, 9.0):
            mention = prose._Mention(0, len(phrase), weight, kind)
            assert prose._candidates_for(key, phrase, mention, inflecting) == []


def test_known_places_are_not_skipped():
    assert not named_nothing.names_nothing(place_key("Milwaukee"), "any", False)
    assert not named_nothing.names_nothing(place_key("Fresno"), "county", False)  # Fresno County, California
    assert not named_nothing.names_nothing(place_key("Wisconsin"), "state", False)
    assert named_nothing.names_nothing(place_key("Risk Factors"), "any", False)
    assert not named_nothing.names_nothing(place_key("Milwaukee"), "county", False)  # Milwaukee County, WI


@pytest.mark.parametrize("text", PROSE)
def test_place_reading_is_the_same_without_the_skip(text, monkeypatch):
    with_skip = prose.resolve_prose(text, None, None)
    monkeypatch.setattr(prose, "names_nothing", lambda key, kind, inflecting: False)
    without = prose.resolve_prose(text, None, None)
    assert with_skip == without


PATTERNS = [
    re.compile(r"(?:video\s*surveillance|surveillance\s+cameras?|cctv)", re.IGNORECASE),
    re.compile(r"(?:视频)?监控(?:系统|设备)?"),
    re.compile(r"\d{1,3}(?:[.,]\d{3})+(?:\s*(?:EUR|USD|€))"),
    re.compile(r"(?<![\w])(?:contract(?:or|ing authority)?|supplier|awarded to)\b", re.IGNORECASE),
]
TEXTS = [
    "The contracting authority awarded to Acme Ltd a contract for CCTV and video  surveillance: 1.250.000 EUR.",
    "本项目采购视频监控系统及监控设备，预算 386.5 万元；供应商：某某科技有限公司。",
    "Supplier: Surveillance Cameras Inc. CONTRACTOR - 12,500 USD, 3.400.000 € for cctv",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_longer_prefixes_find_what_re_finds(pattern):
    assert all(len(p) <= 6 for p in prefixes(pattern, 6) or ())
    for text in TEXTS:
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in Prefixed(pattern).finditer(text)] == expected
        for longest in (4, 6):
            scan = Scan([pattern], longest)
            assert [m.span() for m in finditer(pattern, text, scan.find(text)[0])] == expected
    # the longer prefixes leave fewer positions to try, never a position where a match starts
    for text in TEXTS:
        four, six = Scan([pattern], 4).find(text)[0], Scan([pattern], 6).find(text)[0]
        assert set(six) <= set(four)
        assert {m.start() for m in pattern.finditer(text)} <= set(six)
