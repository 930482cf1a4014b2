"""Round 41 (issue 15, fast matching): a pre-filter that must change no result.

enrich/places/named_nothing.py: a phrase the gazetteer has nothing for is skipped before the region after it is
read; the look-up must find exactly what it found without the skip (both ways: a skipped phrase would have found
no candidate at any weight, and place reading is the same with the skip switched off).
"""
from __future__ import annotations

import pytest

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
