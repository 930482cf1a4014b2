"""The write path: idempotent upserts, versions, takedowns, enrichment history — against the real database."""
from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from db import store
from db.store import NoticeFields
from enrich.model import Amount, Enrichment, Party, Place, Span, TechTag


def make_fields(text: str, **overrides) -> NoticeFields:
    title = text.split("\n", 1)[0]
    values = dict(source_id="test_source", source_notice_id="N-1", url="https://example.test/n/1", kind="award",
                  title=title, text=text, published=date(2024, 3, 5), language="zh", country="CN", demo=True,
                  document_id=None)
    values.update(overrides)
    return NoticeFields(**values)


def make_enrichment(text: str, *, version: str = "cues-1") -> Enrichment:
    start = text.index("人脸识别")
    buyer_at = text.index("示例县公共服务中心")
    amount_at = text.index("386.5万元")
    return Enrichment(
        text=text, language="zh", classifier_version=version,
        tags=[TechTag("facial_recognition", Span(start, start + 4, "人脸识别"), "facial_recognition/zh/人脸识别")],
        parties=[Party("buyer", "示例县公共服务中心", Span(buyer_at, buyer_at + 9, "示例县公共服务中心"))],
        amounts=[Amount(Decimal("3865000"), "CNY", "budget", Span(amount_at, amount_at + 7, "386.5万元"))],
        place=Place(country="CN", precision="admin1", method="test", admin1="辽宁省", adcode="210000"),
        headline_amount=Amount(Decimal("3865000"), "CNY", "budget", Span(amount_at, amount_at + 7, "386.5万元")),
    )


TEXT = "人脸识别门禁采购项目\n采购单位：示例县公共服务中心\n预算金额：386.5万元"


def counts(conn) -> dict[str, int]:
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("notices", "notice_versions", "technology_tags", "notice_parties", "amounts", "places",
                      "enrichment_history", "organisations")}


def test_same_input_twice_changes_nothing(conn):
    assert store.upsert_notice(conn, make_fields(TEXT), make_enrichment(TEXT)) == "inserted"
    before = counts(conn)
    assert store.upsert_notice(conn, make_fields(TEXT), make_enrichment(TEXT)) == "unchanged"
    assert counts(conn) == before
    assert before["notices"] == 1 and before["technology_tags"] == 1 and before["amounts"] == 1


def test_changed_content_adds_a_version_and_keeps_the_old_one(conn):
    store.upsert_notice(conn, make_fields(TEXT), make_enrichment(TEXT))
    amended = TEXT.replace("386.5万元", "386.5万元\n变更：增加人脸识别终端")
    assert store.upsert_notice(conn, make_fields(amended), make_enrichment(amended)) == "updated"
    notice = conn.execute("SELECT status, version, text FROM notices").fetchone()
    assert notice == ("amended", 2, amended)
    versions = conn.execute("SELECT version, text FROM notice_versions ORDER BY version").fetchall()
    assert versions == [(1, TEXT), (2, amended)]
    events = [r[0] for r in conn.execute("SELECT event FROM notice_events ORDER BY id")]
    assert events == ["first_seen", "amended"]


def test_evidence_offsets_index_the_stored_text(conn):
    store.upsert_notice(conn, make_fields(TEXT), make_enrichment(TEXT))
    rows = conn.execute(
        """SELECT substr(n.text, t.start_offset + 1, t.end_offset - t.start_offset), t.evidence
           FROM technology_tags t JOIN notices n ON n.id = t.notice_id""").fetchall()
    assert rows == [("人脸识别", "人脸识别")]


def test_reprocessing_with_new_rules_keeps_the_old_result_in_history(conn):
    store.upsert_notice(conn, make_fields(TEXT), make_enrichment(TEXT))
    notice_id = conn.execute("SELECT id FROM notices").fetchone()[0]
    assert store.write_enrichment(conn, notice_id, make_enrichment(TEXT)) is False  # same result: no history
    assert store.write_enrichment(conn, notice_id, make_enrichment(TEXT, version="cues-2")) is True
    history = conn.execute("SELECT classifier_version, enrichment->'tags'->0->>'text' FROM enrichment_history")
    assert history.fetchall() == [("cues-1", "人脸识别")]
    assert conn.execute("SELECT DISTINCT classifier_version FROM technology_tags").fetchall() == [("cues-2",)]


def test_removed_notice_keeps_its_text_and_is_in_the_ledger(conn):
    store.upsert_notice(conn, make_fields(TEXT), make_enrichment(TEXT))
    assert store.mark_removed(conn, "test_source", "N-1", reason="http_404", on=date(2024, 6, 1))
    assert not store.mark_removed(conn, "test_source", "N-1", reason="http_404", on=date(2024, 6, 2))
    row = conn.execute("SELECT status, removed_on, removed_reason, text FROM notices").fetchone()
    assert row == ("removed", date(2024, 6, 1), "http_404", TEXT)
    # It reappears: back to live, and the ledger keeps both events.
    assert store.upsert_notice(conn, make_fields(TEXT), make_enrichment(TEXT)) == "unchanged"
    events = [r[0] for r in conn.execute("SELECT event FROM notice_events ORDER BY id")]
    assert events == ["first_seen", "removed", "reappeared"]


def test_same_bytes_fetched_twice_is_one_document(conn):
    when = datetime(2024, 1, 1, tzinfo=UTC)
    args = dict(url="https://example.test/a", sha256="a" * 64, archive_path="archive/aa/aa/" + "a" * 64,
                byte_size=10, source_id="test_source", http_status=200)
    first = store.record_document(conn, fetched_at=when, **args)
    second = store.record_document(conn, fetched_at=datetime(2024, 2, 1, tzinfo=UTC), **args)
    assert first.id == second.id
    assert conn.execute("SELECT fetch_count FROM documents").fetchone()[0] == 2


def test_unresolved_supplier_is_stored_as_an_organisation(conn):
    text = TEXT + "\n中标供应商：示例智能科技有限公司"
    enrichment = make_enrichment(text)
    at = text.index("示例智能科技有限公司")
    enrichment.parties.append(Party("supplier", "示例智能科技有限公司", Span(at, at + 10, "示例智能科技有限公司")))
    store.upsert_notice(conn, make_fields(text), enrichment)
    row = conn.execute(
        """SELECT o.canonical_name, o.is_vendor, p.match_method FROM notice_parties p
           JOIN organisations o ON o.id = p.org_id WHERE p.role = 'supplier'""").fetchone()
    assert row == ("示例智能科技有限公司", True, "new")
