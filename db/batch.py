"""Many new notices written at once: one COPY per table for a batch, instead of a dozen statements per notice.

Why: with enrichment in worker processes, the one process that writes sets the pace of an ingest — and most of
its time went to round trips, a dozen or more per notice (notice, version, event, snapshot, three COPYs, place,
link, flags). Here a batch of notices that are all new (not stored yet, no key twice) gets its ids from the
sequence in input order and goes in with one COPY per table. What needs the database's answer stays per notice
and in input order — organisations resolved or created, procurements created — so ids come out exactly as
`db.store.upsert_notice` would give them one by one, and the rows are the same.
"""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from psycopg.types.json import Jsonb

from db.copy import copy_rows
from db.fetch import one
from db.rows import (
    AMOUNT_COLUMNS,
    PARTY_COLUMNS,
    PLACE_COLUMNS,
    TAG_COLUMNS,
    amount_rows,
    party_rows,
    place_row,
    tag_rows,
)

if TYPE_CHECKING:
    import psycopg

    from db.store import NoticeFields
    from enrich.model import Enrichment

NOTICE_COLUMNS = ("id", "source_id", "source_notice_id", "url", "kind", "title", "text", "published_on", "language",
                  "country", "first_seen", "last_seen", "content_sha256", "document_id", "demo", "surveillance",
                  "classifier_version", "enriched_at", "facts", "purchase_state", "purchase_state_evidence",
                  "purchase_state_start", "purchase_state_end")
VERSION_COLUMNS = ("notice_id", "version", "title", "text", "url", "kind", "published_on", "content_sha256",
                   "document_id", "seen_at", "facts")
EVENT_COLUMNS = ("notice_id", "event", "occurred_on", "version", "document_id")
FLAG_COLUMNS = ("notice_id", "indicator_id", "evidence", "start_offset", "end_offset", "fields", "computed_by",
                "rules_version")


def stored_keys(conn: psycopg.Connection, keys: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """Which (source id, source notice id) pairs are stored already."""
    if not keys:
        return set()
    rows = conn.execute(
        """SELECT source_id, source_notice_id FROM notices
           WHERE (source_id, source_notice_id) IN (SELECT * FROM unnest(%s::text[], %s::text[]))""",
        ([k[0] for k in keys], [k[1] for k in keys])).fetchall()
    return {(row[0], row[1]) for row in rows}


def insert_new(conn: psycopg.Connection, notices: list[tuple[NoticeFields, Enrichment]],
               seen_at: datetime) -> list[int]:
    """Insert notices that are all new, with their enrichment; returns their ids, in order. The caller makes
    sure none is stored and no key repeats (stored_keys), and runs it in a savepoint: any failure means "write
    these one by one" (db.store.upsert_notice), which then names the notice at fault."""
    from db.store import _jsonable, _purchase_state_row, enrichment_json, ensure_source

    if not notices:
        return []
    for source_id in dict.fromkeys(fields.source_id for fields, _ in notices):
        ensure_source(conn, source_id)
    now = one(conn.execute("SELECT now()"))[0]  # what now() gives every statement of this transaction
    ids = sorted(row[0] for row in conn.execute(
        "SELECT nextval(pg_get_serial_sequence('notices', 'id')) FROM generate_series(1, %s)", (len(notices),)))
    notice_rows, version_rows, event_rows, snapshots = [], [], [], []
    for notice_id, (fields, enrichment) in zip(ids, notices, strict=True):
        sha, facts = fields.content_sha256, Jsonb(_jsonable(fields.facts))
        country = fields.country or (enrichment.place.country if enrichment.place else None)
        notice_rows.append((notice_id, fields.source_id, fields.source_notice_id, fields.url, fields.kind,
                            fields.title, fields.text, fields.published, enrichment.language or fields.language,
                            country, seen_at, seen_at, sha, fields.document_id, fields.demo, enrichment.surveillance,
                            enrichment.classifier_version, now, facts, *_purchase_state_row(enrichment)))
        version_rows.append((notice_id, 1, fields.title, fields.text, fields.url, fields.kind, fields.published,
                             sha, fields.document_id, seen_at, facts))
        event_rows.append((notice_id, "first_seen", seen_at.date(), 1, fields.document_id))
        snapshots.append((notice_id, Jsonb(enrichment_json(enrichment))))
    with conn.cursor() as cur:
        copy_rows(cur, "notices", NOTICE_COLUMNS, notice_rows)
        copy_rows(cur, "notice_versions", VERSION_COLUMNS, version_rows)
        copy_rows(cur, "notice_events", EVENT_COLUMNS, event_rows)
        copy_rows(cur, "enrichment_snapshots", ("notice_id", "enrichment"), snapshots)
        pairs = list(zip(ids, (enrichment for _, enrichment in notices), strict=True))
        copy_rows(cur, "technology_tags", TAG_COLUMNS, [row for i, e in pairs for row in tag_rows(i, e)])
        copy_rows(cur, "notice_parties", PARTY_COLUMNS, [row for i, e in pairs for row in party_rows(conn, i, e)])
        copy_rows(cur, "amounts", AMOUNT_COLUMNS, [row for i, e in pairs for row in amount_rows(i, e)])
        copy_rows(cur, "places", PLACE_COLUMNS, [row for i, e in pairs if (row := place_row(i, e)) is not None])
        _link_new(conn, cur, pairs)
        copy_rows(cur, "notice_flags", FLAG_COLUMNS, _flag_rows(conn, pairs))
    return ids


def _link_new(conn: psycopg.Connection, cur: psycopg.Cursor, pairs: list[tuple[int, Enrichment]]) -> None:
    """db.procurements.write_link for notices without a link yet, in input order (procurement ids as one by one
    would give them); the links COPYed, the procurements marked dirty in one statement."""
    from db.procurements import _LINK_COLUMNS, _money, _procurement_for

    rows, touched = [], []
    for notice_id, enrichment in pairs:
        link = enrichment.procurement
        if link is None:
            continue
        if link.key is None:
            procurement_id = one(conn.execute(
                "INSERT INTO procurements (key, method) VALUES (NULL, 'none') RETURNING id"))[0]
        else:  # asked per notice even for a key seen in this batch: the upsert takes a sequence value each time
            procurement_id = _procurement_for(conn, link.key, link.method)
        touched.append(procurement_id)
        rows.append((notice_id, procurement_id, link.method, link.evidence, link.stage, link.own_ref, link.ref,
                     *_money(link.estimate), *_money(link.award), *_money(link.final), link.direct, link.call_stated,
                     link.award_date, enrichment.classifier_version))
    copy_rows(cur, "procurement_notices", ("notice_id", *_LINK_COLUMNS), rows)
    if touched:
        conn.execute("UPDATE procurements SET dirty = true, updated_at = now() WHERE id = ANY(%s)",
                     (sorted(set(touched)),))


def _flag_rows(conn: psycopg.Connection, pairs: list[tuple[int, Enrichment]]) -> list[tuple[Any, ...]]:
    """db.integrity.write_notice_flags for notices with no flags yet: one row per (indicator, evidence), in the
    order it keeps them."""
    from db.integrity import ensure_indicators

    ensure_indicators(conn)
    rows = []
    for notice_id, enrichment in pairs:
        wanted = {(f.indicator_id, f.summary): f for f in enrichment.flags}
        rows += [(notice_id, f.indicator_id, f.summary, f.evidence.start if f.evidence else None,
                  f.evidence.end if f.evidence else None, Jsonb(f.fields), "notice", enrichment.classifier_version)
                 for f in wanted.values()]
    return rows
