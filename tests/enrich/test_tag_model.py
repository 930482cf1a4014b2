"""The tag model proposes what the cue rules missed, quotes a clause for it, and never overrides a negation."""
from __future__ import annotations

import hashlib
import json

import pytest

from enrich import tag_model
from enrich.classify import classify_notice
from enrich.model import Span, TechTag
from enrich.tag_model.training import BLIND, META_PATH, SETS_DIR, SNIPPETS_PATH, labelled_sets
from enrich.text import fold

# (a wording the rules do not read; the model trained with set y and round 23's tests gave the round-21 wording
# "Residents with a low honesty rating will be refused business licences …" 0.87, under THRESHOLD: it is a test of
# the proposal and its quote, not of the model's recall, which the held-out sets measure)
SCORES = ("Residents given a low honesty rating will lose business licences and government jobs under the new"
          " points scheme")


def test_a_missed_social_credit_scheme_is_proposed_with_its_clause_quoted() -> None:
    text = f"Honesty ratings\n{SCORES}. Ratings start in March."
    tags, status = classify_notice(text)
    assert status is None
    assert [t.taxonomy_id for t in tags] == ["social_credit"]
    tag = tags[0]
    assert tag.rule_id.startswith("model/social_credit/")
    assert text[tag.evidence.start:tag.evidence.end] == tag.evidence.text
    assert SCORES in tag.evidence.text and "March" not in tag.evidence.text  # the clause, not the notice


def test_what_the_rules_negate_is_never_proposed() -> None:
    text = f"{SCORES}, but not by a social credit system."
    assert tag_model.probabilities(fold(text))["social_credit"] >= tag_model.THRESHOLD  # the model alone would add it
    assert classify_notice(text) == ([], "negated")


def test_a_bank_credit_score_is_not_a_social_credit_tag() -> None:
    assert classify_notice("The bank will rank loan applicants by credit score before approving mortgages.")[0] == []


def test_prepare_spaces_chinese_characters_and_masks_digits() -> None:
    prepared = tag_model.prepare(fold("采购人脸识别系统，预算120万元 (Lot 2)"))
    assert prepared.split() == "采 购 人 脸 识 别 系 统 预 算 000 万 元 lot 0".split()
    assert "\n" not in tag_model.prepare(fold("line one\nline two"))  # fastText reads a line break as the end


def test_the_shipped_model_was_trained_on_the_labelled_sets_as_they_are_now() -> None:
    """A label fixed or a set added after training: run `make tag-model` and commit the model with it."""
    meta = json.loads(META_PATH.read_text(encoding="utf-8"))
    assert meta["model_sha256"] == hashlib.sha256(tag_model.MODEL_PATH.read_bytes()).hexdigest()
    assert meta["snippets_sha256"] == hashlib.sha256(SNIPPETS_PATH.read_bytes()).hexdigest()
    for name, digest in meta["sets"].items():
        assert hashlib.sha256((SETS_DIR / name).read_bytes()).hexdigest() == digest, f"{name} changed since training"


def test_a_blind_set_is_never_trained_on() -> None:
    meta = json.loads(META_PATH.read_text(encoding="utf-8"))
    assert not BLIND & set(meta["sets"])
    assert not BLIND & {path.name for path in labelled_sets()}


# The review's two decisions, tested on fixed model scores (the model's own scores move with every retraining; the
# held-out sets measure them): a rule tag the model all but rules out, and cctv beside plate reading alone.
PLATES = "Ring-road cameras read the plates of passing lorries for the Brackenford toll office"


def _fixed_scores(monkeypatch, scores: dict[str, float]) -> None:
    monkeypatch.setattr(tag_model, "_scores", lambda folded: dict(scores))


def _tag(taxonomy_id: str, text: str) -> TechTag:
    return TechTag(taxonomy_id, Span(0, len(text), text), f"{taxonomy_id}/test")


MONITORS = ("Alderbrook Hospital Trust: supply of twelve patient monitors for the intensive care ward, each with a"
            " bedside camera that lets the nurses on night duty see the patient from the station")


def test_rule_tags_the_model_is_all_but_certain_of_nothing_are_dropped(monkeypatch) -> None:
    rule_tags = [_tag("cctv", MONITORS)]
    _fixed_scores(monkeypatch, {"none": 0.998, "cctv": 0.004})
    assert tag_model.review(MONITORS, fold(MONITORS), rule_tags, set()) == []


@pytest.mark.parametrize(("text", "scores"), [
    (MONITORS, {"none": 0.998, "cctv": 0.02}),  # the model doubts the rule tag, but not enough
    (MONITORS, {"none": 0.97, "cctv": 0.004}),  # the model is not certain enough that nothing is bought
    ("Bedside cameras for the Alderbrook ward", {"none": 0.998, "cctv": 0.004}),  # a headline: too few words to trust
])
def test_rule_tags_stay_unless_the_model_is_certain_and_doubts_each(monkeypatch, text, scores) -> None:
    rule_tags = [_tag("cctv", text)]
    _fixed_scores(monkeypatch, scores)
    assert tag_model.review(text, fold(text), rule_tags, set()) == rule_tags


def test_a_notice_of_plate_reading_alone_gets_no_cctv_proposal(monkeypatch) -> None:
    _fixed_scores(monkeypatch, {"cctv": 0.99, "vehicle_recognition": 0.99, "none": 0.0})
    plates = [_tag("vehicle_recognition", PLATES)]
    assert tag_model.review(PLATES, fold(PLATES), plates, set()) == plates
    faces = [_tag("facial_recognition", PLATES)]  # near miss: beside another finding, cctv is still proposed
    reviewed = tag_model.review(PLATES, fold(PLATES), faces, set())
    assert [t.taxonomy_id for t in reviewed] == ["facial_recognition", "cctv", "vehicle_recognition"]
