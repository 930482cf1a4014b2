"""Round 32 (task money32): a withdrawn notice's purchase state is stored, exported, and keeps its budget out of
money sums, against the real PostgreSQL. Every notice here is fictional (invented buyers; real towns)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import psycopg

from db import store
from db.export import export_records
from db.migrate import available, migrate
from db.queries import map as map_queries
from db.queries import notices as notice_queries
from db.queries.filters import NoticeFilters
from db.queries.procurements import buyer_summary
from db.store import NoticeFields
from enrich.model import Amount, Enrichment, Party, Place, PurchaseState, Span
from survtrack.export.flat import flatten

CANCELLED = ("某县公安局人脸识别系统采购项目废标公告\n采购人：示例县公安局\n"
             "某县公安局人脸识别系统采购项目（预算金额：260万元）因有效投标人不足三家，本项目废标，不再组织采购。")
AWARDED = "某县公安局视频监控采购项目中标公告\n采购人：示例县公安局\n中标金额：100万元"


def _fields(text: str, key: str) -> NoticeFields:
    return NoticeFields(source_id="test_source", source_notice_id=key, url=f"https://example.test/n/{key}",
                        kind="tender", title=text.split("\n", 1)[0], text=text, published=date(2024, 3, 5),
                        language="zh", country="CN", demo=True, document_id=None)


def _enrichment(text: str, money: str, value: Decimal, kind: str, *, withdrawn: bool) -> Enrichment:
    at, buyer_at = text.index(money), text.index("示例县公安局")
    amount = Amount(value, "CNY", kind, Span(at, at + len(money), money))
    clause = text.index("本项目废标") if withdrawn else 0
    return Enrichment(
        text=text, language="zh", classifier_version="money32-test",
        parties=[Party("buyer", "示例县公安局", Span(buyer_at, buyer_at + 6, "示例县公安局"))],
        amounts=[amount], headline_amount=amount,
        place=Place(country="CN", precision="admin2", method="test", admin1="新疆维吾尔自治区", admin2="和田地区",
                    lat=37.1, lon=79.9),
        purchase_state=PurchaseState("withdrawn", Span(clause, clause + 5, "本项目废标")) if withdrawn else None,
    )


def _store_both(conn: psycopg.Connection) -> tuple[int, int]:
    store.upsert_notice(conn, _fields(CANCELLED, "C-1"), _enrichment(CANCELLED, "260万元", Decimal("2600000"),
                                                                     "budget", withdrawn=True))
    store.upsert_notice(conn, _fields(AWARDED, "A-1"), _enrichment(AWARDED, "100万元", Decimal("1000000"),
                                                                   "award", withdrawn=False))
    ids = dict(conn.execute("SELECT source_notice_id, id FROM notices").fetchall())
    return ids["C-1"], ids["A-1"]


def test_migration_0011_applies_on_an_existing_database_and_keeps_its_notices(empty_database, survtrack_home):
    with psycopg.connect(empty_database, autocommit=True) as conn:
        migrate(conn, up_to=10)
        conn.execute("INSERT INTO sources (id) VALUES ('test_source')")
        conn.execute("""INSERT INTO notices (source_id, source_notice_id, url, kind, title, text, first_seen,
                                             last_seen, content_sha256)
                        VALUES ('test_source', 'old-1', 'https://example.test/old', 'tender', 'T', 'T\nx',
                                now(), now(), 'abc')""")
        applied = migrate(conn)
        assert [m.version for m in applied] == [m.version for m in available() if m.version > 10]
        assert conn.execute("SELECT purchase_state, purchase_state_evidence FROM notices").fetchall() == [
            (None, None)]  # stored before 0011: no state until `survtrack reprocess`


def test_a_withdrawn_notice_is_stored_with_its_state_and_the_clause_that_says_so(conn):
    cancelled, awarded = _store_both(conn)
    rows = dict((r[0], r[1:]) for r in conn.execute(
        """SELECT id, purchase_state, purchase_state_evidence,
                  substr(text, purchase_state_start + 1, purchase_state_end - purchase_state_start) FROM notices"""))
    assert rows[cancelled] == ("withdrawn", "本项目废标", "本项目废标")
    assert rows[awarded] == (None, None, None)
    snapshot = conn.execute("SELECT enrichment FROM enrichment_snapshots WHERE notice_id = %s",
                            (cancelled,)).fetchone()[0]
    assert snapshot["purchase_state"]["state"] == "withdrawn"
    # the budget stays a stored headline amount
    assert conn.execute("SELECT value, kind FROM amounts WHERE notice_id = %s AND is_headline",
                        (cancelled,)).fetchone() == (Decimal("2600000"), "budget")


def test_reprocessing_keeps_the_old_state_in_history(conn):
    cancelled, _ = _store_both(conn)
    plain = _enrichment(CANCELLED, "260万元", Decimal("2600000"), "budget", withdrawn=False)
    assert store.write_enrichment(conn, cancelled, plain) is True
    assert conn.execute("SELECT purchase_state FROM notices WHERE id = %s", (cancelled,)).fetchone() == (None,)
    history = conn.execute("SELECT enrichment FROM enrichment_history WHERE notice_id = %s",
                           (cancelled,)).fetchone()[0]
    assert history["purchase_state"]["evidence"]["text"] == "本项目废标"


def test_the_export_carries_the_state_as_an_additive_field(conn):
    cancelled, awarded = _store_both(conn)
    records = {r["id"]: r for r in export_records(conn, NoticeFilters())}
    assert records[str(cancelled)]["purchase_state"] == {"state": "withdrawn", "evidence": "本项目废标",
                                                         "start": CANCELLED.index("本项目废标"),
                                                         "end": CANCELLED.index("本项目废标") + 5}
    assert records[str(cancelled)]["amount"]["value"] == 2600000  # the budget is still exported, labelled
    assert records[str(awarded)]["purchase_state"] is None
    flat = flatten(records[str(cancelled)])
    assert (flat["purchase_state"], flat["purchase_state_evidence"]) == ("withdrawn", "本项目废标")


def test_the_dashboards_money_sums_leave_the_withdrawn_budget_out(conn):
    cancelled, _ = _store_both(conn)
    conn.commit()
    # map: the country's and the point's values are the award's only; both notices still count
    for unit in ("notices", "procurements"):
        (country,) = map_queries.country_totals(conn, NoticeFilters(), unit=unit)
        assert country["notices"] == 2 and country["value_cny"] == Decimal("1000000")
        assert country["unconverted"] == 1  # the award (no ECB rate in this test); the budget is no money bought
        (point,) = map_queries.place_points(conn, NoticeFilters(), unit=unit)
        assert point["notices"] == 2 and point["value"] == Decimal("1000000")
    # the buyer's "Bought" total: one procurement's award, not the cancelled tender's budget
    org_id = conn.execute("SELECT org_id FROM notice_parties WHERE notice_id = %s AND role = 'buyer'",
                          (cancelled,)).fetchone()[0]
    summary = buyer_summary(conn, org_id)
    assert (summary["procurements"], summary["value_usd"], summary["unconverted"]) == (2, 0, 1)  # the award only
    # the notices table lists the withdrawn notice, with its state for the label
    page = {r["id"]: r for r in notice_queries.page(conn, NoticeFilters())}
    assert page[cancelled]["purchase_state"] == "withdrawn" and page[cancelled]["amount"] == Decimal("2600000")
