"""The export carries `procurement_id`, `red_flags` and the amount in USD/EUR with its rate and date (data contract),
assembled once (db/export.assemble_record) and written the same way in every format."""
from __future__ import annotations

import csv
import io
import json

import pytest

from db.export import export_records
from db.queries.filters import NoticeFilters
from survtrack import export
from tests.procurements.labels import notices


@pytest.fixture
def records(db):
    by_id = {n["id"]: label for label, n in notices(db).items()}
    return {by_id[int(r["id"])]: r for r in export_records(db, NoticeFilters())}


def test_jsonl_records_carry_procurement_flags_and_converted_amounts(db, records):
    lines = [json.loads(line) for line in export.to_bytes("jsonl", records.values()).decode().splitlines()]
    by_id = {r["id"]: r for r in lines}
    award = by_id[records["EMB-2023-001-award"]["id"]]
    assert {f["id"] for f in award["red_flags"]} == {"single_bid", "award_above_estimate"}
    assert all(set(f) == {"id", "evidence"} and f["evidence"] for f in award["red_flags"])
    family = {by_id[records[f"EMB-2023-001-{s}"]["id"]]["procurement_id"] for s in ("tender", "award", "amendment-1")}
    assert len(family) == 1 and family.pop() is not None
    assert by_id[records["EMB-2023-002-award"]["id"]]["procurement_id"] != award["procurement_id"]
    stored = db.execute("""SELECT usd_value, eur_value, usd_rate, usd_rate_date FROM amounts
                           WHERE notice_id = %s AND is_headline""", (int(award["id"]),)).fetchone()
    amount = award["amount"]
    assert (amount["value_usd"], amount["value_eur"], amount["fx_rate"], amount["fx_date"]) == (
        float(stored[0]), float(stored[1]), float(stored[2]), stored[3].isoformat())
    unconverted = by_id[records["FICT-2024-77"]["id"]]["amount"]
    assert unconverted["currency"] == "PYG" and unconverted["value_usd"] is None and unconverted["fx_date"] is None
    assert by_id[records["EMB-2023-002-award"]["id"]]["red_flags"] == []


def test_every_format_writes_the_same_fields(records):
    award = records["eforms_can_single_bid"]
    rows = list(csv.DictReader(io.StringIO(export.to_bytes("csv", [award]).decode("utf-8-sig"))))
    assert rows[0]["procurement_id"] == award["procurement_id"]
    assert rows[0]["red_flags"].split(" | ") == [f["id"] for f in award["red_flags"]]
    assert rows[0]["amount_value_usd"] == str(award["amount"]["value_usd"])
    assert rows[0]["amount_fx_date"] == award["amount"]["fx_date"] == "2024-04-25"
    feature = json.loads(export.to_bytes("geojson", [award]))["features"][0]["properties"]
    assert feature["procurement_id"] == award["procurement_id"] and "single_bid" in feature["red_flags"]
    entities = [json.loads(line) for line in export.to_bytes("ftm", [award]).decode().splitlines()]
    contract = next(e for e in entities if e["schema"] == "Contract")
    assert contract["properties"]["amountUsd"] == [str(award["amount"]["value_usd"])]
    assert any(note.startswith("red flag single_bid: ") for note in contract["properties"]["notes"])


def test_flag_evidence_is_redacted_like_every_other_clause(records):
    record = dict(records["eforms_can_single_bid"])
    record["red_flags"] = [{"id": "single_bid", "evidence": "Tenders received: 1; contact: jane.doe@example.org"}]
    redacted = json.loads(export.to_bytes("jsonl", [record]))
    assert "jane.doe@example.org" not in redacted["red_flags"][0]["evidence"]
