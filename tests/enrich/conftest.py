"""Fixtures shared by the enrichment tests."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

import enrich.tag_model as tag_model
import enrich.vendor_role_model as role_model
from enrich import enrich


@pytest.fixture()
def tag_rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cue rules alone: the tag model proposes and vetoes nothing (a test of a rule must not pass on the model)."""
    monkeypatch.setattr(tag_model, "THRESHOLD", 2.0)
    monkeypatch.setattr(tag_model, "NONE_CERTAIN", 2.0)


@pytest.fixture(params=["model", "rules"])
def mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Each vendor-role case twice: with the role model on (the default) and with the cue rules alone."""
    if request.param == "rules":
        monkeypatch.setattr(role_model, "ENABLED", False)
    yield request.param


def vendor_roles(title: str, body: str) -> dict[str, set[str]]:
    """The roles each registry vendor gets in a notice, buyers aside (a vendor may be named twice in two roles)."""
    roles: dict[str, set[str]] = {}
    for party in enrich(title, body).parties:
        if party.vendor_id and party.role != "buyer":
            roles.setdefault(party.vendor_id, set()).add(party.role)
    return roles
