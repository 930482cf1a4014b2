"""Export rows: one dict per notice in the shape of the data contract's JSONL export, plus citation fields.

`survtrack export` and the dashboard's download buttons both call `export_rows`/`iter_export_rows`, and the
format writers in dashboard/exports.py turn the rows into CSV, XLSX, GeoJSON, GeoPackage or FollowTheMoney.
Nested parts are assembled by PostgreSQL (json_agg), one round trip per batch; a named server-side cursor keeps
memory flat for big exports.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from psycopg import sql
from psycopg.rows import dict_row

from db.queries.filters import NoticeFilters, where_clause

if TYPE_CHECKING:
    import psycopg

_EXPORT_SQL = """
SELECT n.id::text AS id, n.url, n.source_id AS source, n.kind, n.title, n.published_on AS published,
       n.language, n.surveillance,
       coalesce((SELECT json_agg(json_build_object('id', t.taxonomy_id, 'evidence', t.evidence,
                                                  'start', t.start_offset, 'end', t.end_offset)
                                 ORDER BY t.start_offset, t.id)
                 FROM technology_tags t WHERE t.notice_id = n.id), '[]'::json) AS technologies,
       (SELECT json_build_object('name', p.raw_name, 'org_id', p.org_id::text)
        FROM notice_parties p WHERE p.notice_id = n.id AND p.role = 'buyer' ORDER BY p.id LIMIT 1) AS buyer,
       coalesce((SELECT json_agg(json_build_object(
                     'name', p.raw_name, 'vendor_id', o.vendor_id, 'org_id', p.org_id::text,
                     'watchlists', coalesce((SELECT json_agg(json_build_object('list', s.list_id,
                                                                               'listed_on', s.listed_on,
                                                                               'citation', s.citation)
                                                             ORDER BY s.listed_on)
                                             FROM supplier_designations_at_award s
                                             WHERE s.party_id = p.id), '[]'::json))
                     ORDER BY p.id)
                 FROM notice_parties p LEFT JOIN organisations o ON o.id = p.org_id
                 WHERE p.notice_id = n.id AND p.role = 'supplier'), '[]'::json) AS suppliers,
       (SELECT json_build_object('value', a.value, 'currency', a.currency, 'kind', a.kind,
                                 'evidence', a.evidence)
        FROM amounts a WHERE a.notice_id = n.id AND a.is_headline LIMIT 1) AS amount,
       (SELECT json_build_object('country', coalesce(pl.country, n.country), 'admin1', pl.admin1,
                                 'admin2', pl.admin2, 'admin3', pl.admin3, 'city', pl.city, 'adcode', pl.adcode,
                                 'lat', pl.lat, 'lon', pl.lon, 'precision', pl.precision)
        FROM places pl WHERE pl.notice_id = n.id) AS location,
       n.country,
       (SELECT json_build_object('sha256', d.sha256, 'retrieved_at', d.last_fetched_at,
                                 'first_retrieved_at', d.first_fetched_at, 'path', d.archive_path)
        FROM documents d WHERE d.id = n.document_id) AS archive,
       n.classifier_version, n.demo, n.status, n.removed_on, n.first_seen, n.last_seen, n.text
FROM notices n
WHERE {where}
ORDER BY n.published_on DESC NULLS LAST, n.id DESC
"""


def _finish(row: dict) -> dict:
    if row["published"] is not None:
        row["published"] = row["published"].isoformat()
    if row["location"] is None:
        row["location"] = {"country": row["country"], "admin1": None, "admin2": None, "admin3": None,
                           "city": None, "adcode": None, "lat": None, "lon": None,
                           "precision": "country" if row["country"] else None}
    row.pop("country", None)
    if row["amount"] is not None and row["amount"].get("value") is not None:
        value = row["amount"]["value"]
        row["amount"]["value"] = int(value) if float(value).is_integer() else float(value)
    for key in ("removed_on", "first_seen", "last_seen"):
        if row[key] is not None:
            row[key] = row[key].isoformat()
    return row


def iter_export_rows(conn: psycopg.Connection, filters: NoticeFilters, *, limit: int | None = None,
                     batch: int = 2000) -> Iterator[dict]:
    """Matching notices as export dicts, streamed through a server-side cursor."""
    where, params = where_clause(filters)
    query = sql.SQL(_EXPORT_SQL).format(where=where)
    if limit is not None:
        query = query + sql.SQL(" LIMIT %s")
        params = [*params, int(limit)]
    with conn.cursor(name="survtrack_export", row_factory=dict_row) as cur:
        cur.itersize = batch
        cur.execute(query, params)
        for row in cur:
            yield _finish(row)


def export_rows(conn: psycopg.Connection, filters: NoticeFilters, *, limit: int | None = None) -> list[dict]:
    """Matching notices as a list of export dicts (see iter_export_rows for big exports)."""
    if conn.autocommit:
        # Named cursors need a transaction; pools hand out autocommit read-only connections.
        with conn.transaction():
            return list(iter_export_rows(conn, filters, limit=limit))
    return list(iter_export_rows(conn, filters, limit=limit))
