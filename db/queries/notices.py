"""Read queries behind the Notices page: a filtered, sorted page of notices and everything about one notice.

A page is chosen first (ids only, using the notices indexes), then decorated with buyer, tags and headline
amount, so a page of 50 costs the same on 1,000 or 1,000,000 notices.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from psycopg import sql
from psycopg.rows import dict_row

from db.fetch import one
from db.queries.filters import NoticeFilters, where_clause

if TYPE_CHECKING:
    import psycopg

#: Sort keys offered to users -> the SQL expression they sort by (never user text).
SORTS = {
    "published": "n.published_on",
    "first_seen": "n.first_seen",
    "last_seen": "n.last_seen",
    "title": "n.title",
    "source": "n.source_id",
    "kind": "n.kind",
    "amount": "sort_amount.value",
    "relevance": "word_similarity(%s, n.title)",  # pg_trgm: how well the search words match the title
}


def summary(conn: psycopg.Connection, filters: NoticeFilters) -> dict[str, Any]:
    """How many notices match, and whether any of them is demo data (the banner depends on it)."""
    where, params = where_clause(filters)
    query = sql.SQL("SELECT count(*) AS notices, coalesce(bool_or(n.demo), false) AS demo "
                    "FROM notices n WHERE {}").format(where)
    with conn.cursor(row_factory=dict_row) as cur:
        return one(cur.execute(query, params))


def page(conn: psycopg.Connection, filters: NoticeFilters, *, sort: str = "published", descending: bool = True,
         limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """One page of matching notices with their buyer, technologies, headline amount and place."""
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r} (expected one of {', '.join(SORTS)})")
    where, params = where_clause(filters)
    order_params = []
    if sort == "relevance":
        if not filters.search.strip():
            sort = "published"  # nothing to be relevant to
        else:
            order_params = [filters.search.strip()]
    direction = sql.SQL("DESC NULLS LAST" if descending else "ASC NULLS LAST")
    query = sql.SQL("""
        WITH chosen AS (
            SELECT n.id, {order_expr} AS sort_value FROM notices n {sort_join} WHERE {where}
            ORDER BY 2 {direction}, n.id DESC LIMIT %s OFFSET %s
        )
        SELECT n.id, n.published_on, n.kind, n.title, n.source_id, n.country, n.status, n.demo, n.url,
               n.surveillance, n.purchase_state,
               (SELECT p.raw_name FROM notice_parties p WHERE p.notice_id = n.id AND p.role = 'buyer'
                ORDER BY p.id LIMIT 1) AS buyer,
               (SELECT string_agg(DISTINCT p.raw_name, '; ') FROM notice_parties p
                WHERE p.notice_id = n.id AND p.role = 'supplier') AS suppliers,
               (SELECT string_agg(DISTINCT t.taxonomy_id, ', ') FROM technology_tags t
                WHERE t.notice_id = n.id) AS technologies,
               a.value AS amount, a.currency,
               concat_ws(' / ', pl.admin1, pl.admin2, pl.admin3, pl.city) AS place
        FROM chosen c
        JOIN notices n ON n.id = c.id
        LEFT JOIN amounts a ON a.notice_id = n.id AND a.is_headline
        LEFT JOIN places pl ON pl.notice_id = n.id
        ORDER BY c.sort_value {direction}, n.id DESC
    """).format(order_expr=sql.SQL(SORTS[sort]), where=where, direction=direction,
               sort_join=sql.SQL("LEFT JOIN amounts sort_amount ON sort_amount.notice_id = n.id "
                                 "AND sort_amount.is_headline" if sort == "amount" else ""))
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(query, [*order_params, *params, limit, offset]).fetchall()


def detail(conn: psycopg.Connection, notice_id: int) -> dict[str, Any] | None:
    """Everything the detail view shows about one notice, or None when there is no such notice."""
    with conn.cursor(row_factory=dict_row) as cur:
        notice = cur.execute(
            """SELECT n.*, s.title AS source_title, s.homepage AS source_homepage
               FROM notices n JOIN sources s ON s.id = n.source_id WHERE n.id = %s""", (notice_id,)).fetchone()
        if notice is None:
            return None
        notice["tags"] = cur.execute(
            """SELECT t.taxonomy_id, tech.label, t.evidence, t.start_offset, t.end_offset, t.rule_id,
                      t.classifier_version
               FROM technology_tags t JOIN technologies tech ON tech.id = t.taxonomy_id
               WHERE t.notice_id = %s ORDER BY t.start_offset, t.id""", (notice_id,)).fetchall()
        notice["parties"] = cur.execute(
            """SELECT p.role, p.raw_name, p.org_id, p.match_method, p.match_score, p.start_offset, p.end_offset,
                      o.canonical_name, o.vendor_id, o.is_vendor
               FROM notice_parties p LEFT JOIN organisations o ON o.id = p.org_id
               WHERE p.notice_id = %s ORDER BY CASE p.role WHEN 'buyer' THEN 0 WHEN 'supplier' THEN 1 ELSE 2 END,
                     p.start_offset NULLS LAST, p.id""", (notice_id,)).fetchall()
        notice["amounts"] = cur.execute(
            """SELECT value, currency, kind, lot, is_headline, evidence, start_offset, end_offset, usd_value,
                      eur_value, usd_rate, usd_rate_date, fx_note
               FROM amounts WHERE notice_id = %s ORDER BY is_headline DESC, start_offset""", (notice_id,)).fetchall()
        notice["place"] = cur.execute("SELECT * FROM places WHERE notice_id = %s", (notice_id,)).fetchone()
        notice["document"] = cur.execute(
            """SELECT id, url, sha256, archive_path, byte_size, content_type, http_status, first_fetched_at,
                      last_fetched_at, fetch_count
               FROM documents WHERE id = %s""", (notice["document_id"],)).fetchone() \
            if notice["document_id"] else None
        notice["versions"] = cur.execute(
            """SELECT v.version, v.title, v.url, v.kind, v.published_on, v.content_sha256, v.seen_at,
                      d.sha256 AS document_sha256, d.archive_path
               FROM notice_versions v LEFT JOIN documents d ON d.id = v.document_id
               WHERE v.notice_id = %s ORDER BY v.version""", (notice_id,)).fetchall()
        notice["events"] = cur.execute(
            """SELECT e.event, e.occurred_on, e.reason, e.version, e.recorded_at, d.sha256 AS document_sha256
               FROM notice_events e LEFT JOIN documents d ON d.id = e.document_id
               WHERE e.notice_id = %s ORDER BY e.occurred_on, e.id""", (notice_id,)).fetchall()
        notice["designations"] = cur.execute(
            """SELECT s.org_id, o.canonical_name, s.list_id, w.name AS list_name, s.program, s.listed_on,
                      s.delisted_on, s.citation
               FROM supplier_designations_at_award s
               JOIN organisations o ON o.id = s.org_id JOIN watchlists w ON w.id = s.list_id
               WHERE s.notice_id = %s ORDER BY s.listed_on""", (notice_id,)).fetchall()
    return notice


def version_text(conn: psycopg.Connection, notice_id: int, version: int) -> str | None:
    row = conn.execute("SELECT text FROM notice_versions WHERE notice_id = %s AND version = %s",
                       (notice_id, version)).fetchone()
    return row[0] if row else None
