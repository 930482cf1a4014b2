"""The vendor role model vetoes supplier links the cue rules make where the words around a
name say it supplied nothing here, keeps clear suppliers, and says when it decided."""
from __future__ import annotations

import hashlib
import json

import pytest

from enrich import vendor_role_model
from enrich.parties import extract_parties
from enrich.tag_model.training import BLIND, SETS_DIR, labelled_sets
from enrich.vendor_role_model.training import META_PATH, SNIPPETS_PATH

# (the shipped model gives Dahua 0.04 and Uniview 0.03 here, under VETO_BELOW: a test of the veto and how it is
# recorded, not of the model's recall, which tests/eval/README.md measures leave-one-set-out)
EXPORTS = ("Camera exports charted\nThe report charts cameras made by Dahua and Uniview that were exported to eighty"
           " countries.")


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vendor_role_model, "ENABLED", False)


@pytest.fixture
def model_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The model switched on, as it ships: these tests hold whatever `ENABLED` says."""
    monkeypatch.setattr(vendor_role_model, "ENABLED", True)


def _vendor_roles(text: str) -> list[tuple[str, str, str | None]]:
    return [(p.role, p.name, p.decided_by) for p in extract_parties(text) if p.vendor_id]


def test_the_rules_alone_make_the_makers_of_charted_exports_suppliers(rules_only: None) -> None:
    assert _vendor_roles(EXPORTS) == [("supplier", "Dahua", None), ("supplier", "Uniview", None)]


def test_the_model_makes_them_mentioned_and_says_so(model_on: None) -> None:
    parties = [p for p in extract_parties(EXPORTS) if p.vendor_id]
    assert [(p.role, p.name) for p in parties] == [("mentioned", "Dahua"), ("mentioned", "Uniview")]
    for party in parties:
        assert party.decided_by is not None and party.decided_by.startswith("model/mentioned/")
        assert float(party.decided_by.rsplit("/", 1)[1]) < vendor_role_model.VETO_BELOW
        assert EXPORTS[party.evidence.start:party.evidence.end] == party.name  # the name as written


@pytest.mark.parametrize("text, name", [
    ("Contract for Glenford\nGlenford awarded a $2 million contract to Axon for body-worn cameras.", "Axon"),
    ("Kits for Fernhill police\nFernhill Police bought twelve phone extraction kits from Cellebrite for £240,000.",
     "Cellebrite"),
])
def test_a_clear_supplier_stays_a_supplier_with_the_rules_decision(model_on: None, text: str, name: str) -> None:
    assert _vendor_roles(text) == [("supplier", name, None)]


def test_the_model_reads_roles_not_brands() -> None:
    """The name and the other vendors' names are masked: two brands in the same sentence read the same."""
    one = "Glenford bought 40 cameras from Dahua and storage from Axis."
    two = "Glenford bought 40 cameras from Hanwha and storage from Axis."
    line = vendor_role_model.features(one, one.index("Dahua"), one.index("Dahua") + 5, [(one.index("Axis"),
                                      one.index("Axis") + 4)], "award")
    assert line == vendor_role_model.features(two, two.index("Hanwha"), two.index("Hanwha") + 6,
                                              [(two.index("Axis"), two.index("Axis") + 4)], "award")
    assert "dahua" not in line and "axis" not in line and "qqstageawardqq" in line
    assert "qlfrom" in line and "qrqqbrandqq" in line  # the neighbours, marked by side, other brands masked


def test_the_shipped_model_was_trained_on_the_labelled_sets_as_they_are_now() -> None:
    """A label fixed or a set added after training: run `make vendor-role-model` and commit the model with it."""
    meta = json.loads(META_PATH.read_text(encoding="utf-8"))
    assert meta["model_sha256"] == hashlib.sha256(vendor_role_model.MODEL_PATH.read_bytes()).hexdigest()
    assert meta["snippets_sha256"] == hashlib.sha256(SNIPPETS_PATH.read_bytes()).hexdigest()
    assert set(meta["sets"]) == {path.name for path in labelled_sets()}
    for name, digest in meta["sets"].items():
        assert hashlib.sha256((SETS_DIR / name).read_bytes()).hexdigest() == digest, f"{name} changed since training"


def test_a_blind_set_is_never_trained_on() -> None:
    meta = json.loads(META_PATH.read_text(encoding="utf-8"))
    assert not BLIND & set(meta["sets"])

