"""Procurement links and red flags over real-format fixtures (tests/fixtures/procurements/): OCDS releases sharing
an ocid, eForms notices sharing a contract folder, ccgp call and award sharing a 项目编号, a USAspending award with
its modifications. Every flag must fire on the notices built to raise it and on no control.
"""
from __future__ import annotations

import pytest

from tests.procurements.labels import notices

#: notice label → the flags it must carry (exactly). Controls carry none.
EXPECTED = {
    # OCDS (ocid 001: tender, award, contract amendment; 002: the same, all clean; 003: direct award; 004: control)
    "EMB-2023-001-tender": {"short_tender_period"},
    "EMB-2023-001-award": {"single_bid", "award_above_estimate"},
    "EMB-2023-001-amendment-1": {"contract_inflated"},
    "EMB-2023-002-tender": set(),
    "EMB-2023-002-award": set(),
    "EMB-2023-002-amendment-1": set(),
    "EMB-2023-003-award": {"non_open_procedure", "award_without_tender"},
    "EMB-2023-004-award": set(),
    # eForms (one contract folder: call, award with BT-759 = 1, modification; and a control award)
    "eforms_cn_short_period": {"short_tender_period"},
    "eforms_can_single_bid": {"single_bid", "award_to_designated_vendor"},
    "eforms_can_modif_inflated": {"contract_inflated", "award_to_designated_vendor"},
    "eforms_can_control": set(),
    # ccgp (call + award sharing 项目编号 and buyer; a clean call; three single-source awards in 12 months + one later)
    "t20230504_tender_brand_short": {"short_tender_period", "brand_locked_spec"},
    "t20230601_award_above_estimate": {"award_above_estimate", "award_to_designated_vendor"},
    "t20230703_tender_control": set(),
    "t20230210_single_source_2023_01": {"non_open_procedure", "award_without_tender", "repeat_direct_awards"},
    "t20230615_single_source_2023_02": {"non_open_procedure", "award_without_tender", "repeat_direct_awards"},
    "t20231120_single_source_2023_03": {"non_open_procedure", "award_without_tender", "repeat_direct_awards"},
    "t20250301_single_source_2025_01": {"non_open_procedure", "award_without_tender"},
    "t20180501_award_before_listing": set(),
    # USAspending (award 42: +50 % by modifications; award 77: +8 %)
    "usa-42": {"contract_inflated"}, "usa-42/0": set(), "usa-42/P00001": set(), "usa-42/P00002": set(),
    "usa-77": set(), "usa-77/0": set(), "usa-77/P00001": set(),
    # a notice in a currency the ECB does not publish
    "FICT-2024-77": set(),
}


def test_every_fixture_notice_is_loaded_and_linked_once(db):
    found = notices(db)
    assert set(found) == set(EXPECTED)
    assert all(n["procurement"] is not None for n in found.values())  # every notice is in exactly one procurement
    assert db.execute("SELECT count(*) FROM procurement_notices").fetchone()[0] == len(EXPECTED)


@pytest.mark.parametrize("members, method", [
    (["EMB-2023-001-tender", "EMB-2023-001-award", "EMB-2023-001-amendment-1"], "ocds_ocid"),
    (["EMB-2023-002-tender", "EMB-2023-002-award", "EMB-2023-002-amendment-1"], "ocds_ocid"),
    (["eforms_cn_short_period", "eforms_can_single_bid", "eforms_can_modif_inflated"], "eforms_contract_folder"),
    (["t20230504_tender_brand_short", "t20230601_award_above_estimate"], "ccgp_project_number"),
    (["usa-42", "usa-42/0", "usa-42/P00001", "usa-42/P00002"], "usaspending_award"),
    (["usa-77", "usa-77/0", "usa-77/P00001"], "usaspending_award"),
])
def test_notices_of_one_process_share_one_procurement(db, members, method):
    found = notices(db)
    procurement = {found[m]["procurement"] for m in members}
    assert len(procurement) == 1
    assert {found[m]["method"] for m in members} == {method}
    others = {n["procurement"] for label_, n in found.items() if label_ not in members}
    assert procurement.isdisjoint(others)  # and nothing else joined it
    row = db.execute("SELECT notices, key FROM procurements WHERE id = %s", (procurement.pop(),)).fetchone()
    assert row[0] == len(members) and row[1]


@pytest.mark.parametrize("notice, key, evidence", [
    ("EMB-2023-001-award", "ocds:ocds-fict8x-EMB-2023-001", "OCID: ocds-fict8x-EMB-2023-001"),
    ("eforms_can_single_bid", "eforms:00000000-fict-4000-8000-0000000f0808",
     "contract folder id (BT-04): 00000000-fict-4000-8000-0000000f0808"),
    ("t20230601_award_above_estimate", "ccgp:FICT-LJ-2023-0815|", "项目编号:FICT-LJ-2023-0815"),
    ("usa-42/P00001", "usaspending:CONT_AWD_70FICT21C00000042_7014_-NONE-_-NONE-",
     "Award ID: 70FICT21C00000042 (CONT_AWD_70FICT21C00000042_7014_-NONE-_-NONE-)"),
])
def test_each_link_stores_the_shared_id_it_was_made_by(db, notice, key, evidence):
    """The link's evidence quotes the id as the notice states it; ccgp keys and evidence also name the buyer."""
    stored_key, stored_evidence = db.execute(
        """SELECT p.key, pn.evidence FROM procurement_notices pn JOIN procurements p ON p.id = pn.procurement_id
           WHERE pn.notice_id = %s""", (notices(db)[notice]["id"],)).fetchone()
    assert stored_key.startswith(key) and evidence in stored_evidence
    if notice.startswith("t2023"):
        assert "采购人" in stored_evidence and stored_key.split("|", 1)[1]  # the buyer, not just the number


def test_notices_without_a_shared_id_stay_alone(db):
    found = notices(db)
    assert found["FICT-2024-77"]["method"] == "none"
    single = db.execute("SELECT notices, key FROM procurements WHERE id = %s",
                        (found["FICT-2024-77"]["procurement"],)).fetchone()
    assert single == (1, None)
    # same project-number scheme, different numbers: not joined
    first, second = found["t20230210_single_source_2023_01"], found["t20230615_single_source_2023_02"]
    assert first["procurement"] != second["procurement"]


def test_stages_follow_the_source(db):
    found = notices(db)
    assert [found[f"EMB-2023-001-{s}"]["stage"] for s in ("tender", "award", "amendment-1")] == \
        ["tender", "award", "amendment"]
    assert found["eforms_can_modif_inflated"]["stage"] == "amendment"
    assert (found["usa-42"]["stage"], found["usa-42/0"]["stage"], found["usa-42/P00001"]["stage"]) == \
        ("contract", "award", "amendment")


@pytest.mark.parametrize("notice", sorted(EXPECTED))
def test_flags_fire_on_the_right_notices_and_not_on_the_controls(db, notice):
    assert notices(db)[notice]["flags"] == EXPECTED[notice]


def test_every_indicator_is_exercised():
    from enrich.integrity import indicators

    ids = {i["id"] for i in indicators()["indicators"]}
    assert set().union(*EXPECTED.values()) == ids


def flag(db, notice: str, indicator: str) -> dict:
    notice_id = notices(db)[notice]["id"]
    row = db.execute("""SELECT f.evidence, f.start_offset, f.end_offset, f.fields, f.computed_by, n.text
                        FROM notice_flags f JOIN notices n ON n.id = f.notice_id
                        WHERE f.notice_id = %s AND f.indicator_id = %s AND f.cleared_at IS NULL""",
                     (notice_id, indicator)).fetchone()
    return dict(zip(("evidence", "start", "end", "fields", "computed_by", "text"), row, strict=True))


def test_flag_evidence_quotes_the_clause_it_read(db):
    single = flag(db, "eforms_can_single_bid", "single_bid")
    assert single["text"][single["start"]:single["end"]] == "Tenders received: 1"
    assert single["fields"]["procedure"] == "procedure: open"
    brand = flag(db, "t20230504_tender_brand_short", "brand_locked_spec")
    assert "指定品牌" in brand["text"][brand["start"]:brand["end"]] and "海康威视" in brand["evidence"]
    short = flag(db, "t20230504_tender_brand_short", "short_tender_period")
    assert (short["fields"]["days"], short["fields"]["minimum_days"], short["fields"]["country"]) == (8, 20, "CN")
    assert "截止时间" in short["text"][short["start"]:short["end"]]
    ocds_short = flag(db, "EMB-2023-001-tender", "short_tender_period")
    assert (ocds_short["fields"]["days"], ocds_short["fields"]["minimum_days"]) == (7, 30)
    assert ocds_short["fields"]["start_basis"] == "tenderPeriod.startDate"


def test_cross_notice_evidence_names_what_was_compared(db):
    above = flag(db, "EMB-2023-001-award", "award_above_estimate")
    assert above["computed_by"] == "procurement"
    assert "Award value: 125000.00 GBP" in above["evidence"] and "Estimated value: 100000.00 GBP" in above["evidence"]
    assert "25.0 %" in above["evidence"]
    assert above["fields"]["estimate_notice"] == notices(db)["EMB-2023-001-tender"]["id"]
    inflated = flag(db, "usa-42", "contract_inflated")
    assert "50.0 %" in inflated["evidence"] and inflated["fields"]["award_notice"] == notices(db)["usa-42/0"]["id"]
    repeat = flag(db, "t20231120_single_source_2023_03", "repeat_direct_awards")
    assert repeat["evidence"].startswith("3 direct awards by 临江市公安局交通警察支队")
    assert "2023-02-10" in repeat["evidence"]
    designated = flag(db, "eforms_can_single_bid", "award_to_designated_vendor")
    assert "us_bis_entity_list since 2019-10-09" in designated["evidence"] and "84 FR 54002" in designated["evidence"]


def test_the_indicator_table_says_what_each_flag_means(db):
    rows = dict(db.execute("SELECT id, source FROM integrity_indicators").fetchall())
    assert rows["single_bid"].startswith("Cardinal R018") and rows["short_tender_period"].startswith("Cardinal R003")
    assert "Red Flags for Integrity" in rows["non_open_procedure"]


def test_recomputation_keeps_the_history_of_a_flag(db):
    """Delisting the vendor before the award clears the designated-vendor flags (kept, with cleared_at); listing it
    again opens new ones; recomputing without a change opens nothing."""
    from db.procurements import refresh

    target = notices(db)["eforms_can_single_bid"]["id"]
    db.execute("UPDATE designations SET listed_on = DATE '2030-01-01' WHERE source_entry_id = 'FICT-EL-1'")
    refresh(db, designations_changed=True)
    assert "award_to_designated_vendor" not in notices(db)["eforms_can_single_bid"]["flags"]
    db.execute("UPDATE designations SET listed_on = DATE '2019-10-09' WHERE source_entry_id = 'FICT-EL-1'")
    refresh(db, designations_changed=True)
    refresh(db, full=True)
    history = db.execute("""SELECT cleared_at IS NOT NULL FROM notice_flags
                            WHERE notice_id = %s AND indicator_id = 'award_to_designated_vendor' ORDER BY id""",
                         (target,)).fetchall()
    assert history == [(True,), (False,)]
    db.rollback()


def test_reprocess_recomputes_without_duplicating(db):
    from survtrack.reprocess import reprocess

    before = db.execute("SELECT count(*) FROM notice_flags WHERE cleared_at IS NULL").fetchone()[0]
    counts = reprocess(db)
    assert counts["notices"] == len(EXPECTED)
    after = db.execute("SELECT count(*) FROM notice_flags WHERE cleared_at IS NULL").fetchone()[0]
    assert after == before
    assert db.execute("SELECT count(*) FROM notice_flags WHERE cleared_at IS NOT NULL").fetchone()[0] == 0
    assert {label: n["flags"] for label, n in notices(db).items()} == EXPECTED
