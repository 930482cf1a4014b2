"""Fixtures shared by the enrichment tests."""
from __future__ import annotations

import pytest

import enrich.tag_model as tag_model


@pytest.fixture()
def tag_rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cue rules alone: the tag model proposes and vetoes nothing (a test of a rule must not pass on the model)."""
    monkeypatch.setattr(tag_model, "THRESHOLD", 2.0)
    monkeypatch.setattr(tag_model, "NONE_CERTAIN", 2.0)
