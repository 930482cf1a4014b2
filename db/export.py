"""The export query: notices that match a NoticeFilters, each as one record in the data contract's JSONL shape.

This is the one export path. `survtrack export` and the dashboard's download button both read `iter_records`
(or `export_records`) and hand the records to the same writer per format (survtrack/export/), so the same
selection gives the same file from both.

One SQL statement fetches each notice with its tags, parties (with the designations in force on the notice
date), headline amount, place and archive reference, streamed through a named server-side cursor; filters are
bound parameters (db/queries/filters.py), never spliced text. `assemble_record` is the single place where a row
becomes a record: a new export field is a column in EXPORT_SQL plus one line there.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from psycopg import sql
from psycopg.rows import dict_row

from db.queries.filters import NoticeFilters, where_clause

if TYPE_CHECKING:
    import psycopg

EXPORT_SQL = """
SELECT n.id, n.url, n.source_id, n.kind, n.title, n.published_on, n.language, n.surveillance, n.demo,
       n.status, n.removed_on, n.first_seen, n.last_seen, n.classifier_version, n.country, n.text,
       n.purchase_state, n.purchase_state_evidence, n.purchase_state_start, n.purchase_state_end,
       (SELECT coalesce(json_agg(json_build_object('id', t.taxonomy_id, 'evidence', t.evidence,
                                                   'start', t.start_offset, 'end', t.end_offset)
                                 ORDER BY t.start_offset, t.id), '[]'::json)
          FROM technology_tags t WHERE t.notice_id = n.id) AS technologies,
       (SELECT json_build_object('name', p.raw_name, 'org_id', p.org_id::text)
          FROM notice_parties p WHERE p.notice_id = n.id AND p.role = 'buyer'
          ORDER BY p.start_offset, p.id LIMIT 1) AS buyer,
       (SELECT coalesce(json_agg(json_build_object(
                   'name', p.raw_name, 'vendor_id', coalesce(o.vendor_id, parent.vendor_id),
                   'org_id', p.org_id::text, 'match_method', p.match_method, 'match_score', p.match_score,
                   'watchlists', (SELECT coalesce(json_agg(json_build_object(
                                          'list', s.list_id, 'listed_on', s.listed_on, 'program', s.program,
                                          'citation', s.citation) ORDER BY s.listed_on, s.list_id), '[]'::json)
                                  FROM supplier_designations_at_award s WHERE s.party_id = p.id))
                 ORDER BY p.start_offset, p.id), '[]'::json)
          FROM notice_parties p LEFT JOIN organisations o ON o.id = p.org_id
          LEFT JOIN organisations parent ON parent.id = o.parent_id
          WHERE p.notice_id = n.id AND p.role = 'supplier') AS suppliers,
       (SELECT coalesce(json_agg(json_build_object(
                   'role', p.role, 'name', p.raw_name, 'vendor_id', coalesce(o.vendor_id, parent.vendor_id),
                   'org_id', p.org_id::text, 'evidence', p.raw_name, 'start', p.start_offset, 'end', p.end_offset)
                 ORDER BY p.start_offset, p.id), '[]'::json)
          FROM notice_parties p LEFT JOIN organisations o ON o.id = p.org_id
          LEFT JOIN organisations parent ON parent.id = o.parent_id
          WHERE p.notice_id = n.id) AS parties,
       a.id AS amount_id, a.value AS amount_value, a.currency AS amount_currency, a.kind AS amount_kind,
       a.lot AS amount_lot, a.evidence AS amount_evidence, a.usd_value AS amount_usd, a.eur_value AS amount_eur,
       a.usd_rate AS amount_fx_rate, a.usd_rate_date AS amount_fx_date,
       pn.procurement_id,
       (SELECT coalesce(json_agg(json_build_object('id', f.indicator_id, 'evidence', f.evidence)
                                 ORDER BY f.indicator_id, f.id), '[]'::json)
          FROM notice_flags f WHERE f.notice_id = n.id AND f.cleared_at IS NULL) AS red_flags,
       pl.id AS place_id, pl.country AS place_country, pl.admin1, pl.admin2, pl.admin3, pl.city, pl.adcode,
       pl.lat, pl.lon, pl.precision, pl.method AS place_method,
       d.sha256 AS archive_sha256, d.last_fetched_at AS archive_retrieved_at,
       d.first_fetched_at AS archive_first_retrieved_at, d.archive_path
FROM notices n
LEFT JOIN LATERAL (SELECT * FROM amounts am WHERE am.notice_id = n.id AND am.is_headline
                   ORDER BY am.id LIMIT 1) a ON true
LEFT JOIN places pl ON pl.notice_id = n.id
LEFT JOIN procurement_notices pn ON pn.notice_id = n.id
LEFT JOIN documents d ON d.id = n.document_id
WHERE {where}
ORDER BY n.published_on DESC NULLS LAST, n.id DESC
"""


def _utc(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if moment else None


def _number(value: Decimal | float | None) -> int | float | None:
    if value is None:
        return None
    value = float(value)
    return int(value) if value.is_integer() else value


def assemble_record(row: dict[str, Any]) -> dict[str, Any]:
    """One EXPORT_SQL row as an export record (the data contract's JSONL shape, plus citation fields).

    The single place a record is assembled: every writer (JSONL, CSV, XLSX, GeoJSON, GeoPackage, FtM) reads
    these keys. Unknown values are None or [], never guessed."""
    amount = None
    if row["amount_id"] is not None:
        amount = {"value": _number(row["amount_value"]), "currency": row["amount_currency"],
                  "kind": row["amount_kind"], "lot": row["amount_lot"], "evidence": row["amount_evidence"],
                  "value_usd": _number(row["amount_usd"]), "value_eur": _number(row["amount_eur"]),
                  "fx_rate": _number(row["amount_fx_rate"]),
                  "fx_date": row["amount_fx_date"].isoformat() if row["amount_fx_date"] else None}
    location = None
    if row["place_id"] is not None:
        location = {"country": row["place_country"] or row["country"], "admin1": row["admin1"],
                    "admin2": row["admin2"], "admin3": row["admin3"], "city": row["city"], "adcode": row["adcode"],
                    "lat": row["lat"], "lon": row["lon"], "precision": row["precision"],
                    "method": row["place_method"]}
    elif row["country"]:  # the notice's country is known, no place inside it
        location = {"country": row["country"], "admin1": None, "admin2": None, "admin3": None, "city": None,
                    "adcode": None, "lat": None, "lon": None, "precision": "country", "method": None}
    archive = None
    if row["archive_sha256"]:
        archive = {"sha256": row["archive_sha256"], "retrieved_at": _utc(row["archive_retrieved_at"]),
                   "first_retrieved_at": _utc(row["archive_first_retrieved_at"]), "path": row["archive_path"]}
    return {
        "id": str(row["id"]), "url": row["url"], "source": row["source_id"], "kind": row["kind"],
        "title": row["title"], "published": row["published_on"].isoformat() if row["published_on"] else None,
        "language": row["language"], "surveillance": row["surveillance"],
        "technologies": row["technologies"], "buyer": row["buyer"], "suppliers": row["suppliers"],
        "parties": row["parties"], "amount": amount,
        "procurement_id": str(row["procurement_id"]) if row["procurement_id"] is not None else None,
        "red_flags": row["red_flags"], "location": location, "archive": archive,
        "purchase_state": None if row["purchase_state"] is None else {  # r32_money32: additive, null if none
            "state": row["purchase_state"], "evidence": row["purchase_state_evidence"],
            "start": row["purchase_state_start"], "end": row["purchase_state_end"]},
        "status": row["status"], "removed_on": row["removed_on"].isoformat() if row["removed_on"] else None,
        "first_seen": _utc(row["first_seen"]), "last_seen": _utc(row["last_seen"]),
        "classifier_version": row["classifier_version"], "demo": row["demo"],
        "text": row["text"],
    }


def iter_records(conn: psycopg.Connection, filters: NoticeFilters | None = None, *, limit: int | None = None,
                 batch: int = 500) -> Iterator[dict[str, Any]]:
    """Matching notices as export records, newest first, streamed with a server-side cursor (exports can be
    large). Needs a transaction: on an autocommit connection use `export_records`."""
    where, params = where_clause(filters or NoticeFilters())
    query = sql.SQL(EXPORT_SQL).format(where=where)
    if limit is not None:
        query = query + sql.SQL(" LIMIT {}").format(sql.Literal(int(limit)))
    with conn.cursor(name="survtrack_export", row_factory=dict_row) as cur:
        cur.itersize = batch
        cur.execute(query, params)
        for row in cur:
            yield assemble_record(row)


def export_records(conn: psycopg.Connection, filters: NoticeFilters | None = None, *,
                   limit: int | None = None) -> list[dict[str, Any]]:
    """Matching notices as a list of export records (iter_records for big exports); works on autocommit
    connections too (the dashboard's read-only pool)."""
    if conn.autocommit:
        with conn.transaction():  # named cursors need a transaction
            return list(iter_records(conn, filters, limit=limit))
    return list(iter_records(conn, filters, limit=limit))
