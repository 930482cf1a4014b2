"""Read queries for procurements and red flags: a notice's timeline and flags, flag counts and USD totals.

Counting procurements, not notices: a call and its award are two notices of one procurement, so counts and
totals here group by procurement (a notice stored before links existed counts as a procurement of its own) and a
procurement's value is its largest headline amount in USD (the award or the value after modification, never the
call's estimate added to the award). A withdrawn notice's amount (a cancelled tender's budget) is no value:
db/queries/money.py.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from psycopg.rows import dict_row

from db.fetch import one
from db.queries.filters import PARTY_VENDOR_ROLES
from db.queries.money import bought

if TYPE_CHECKING:
    import psycopg

    from db.queries.filters import NoticeFilters

#: The procurement a notice counts under: its own id negated when it has no link yet (never equal to a real id).
PROCUREMENT_OF = "coalesce(pn.procurement_id, -n.id)"


def timeline(conn: psycopg.Connection, notice_id: int) -> list[dict[str, Any]]:
    """Every notice of the notice's procurement, oldest first: stage, how it was linked, its current flags."""
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            """SELECT n.id, n.published_on, pn.stage, n.kind, n.title, n.source_id, n.status, pn.method, pn.evidence,
                      pn.procurement_id, p.key, n.id = %(id)s AS this_notice,
                      (SELECT string_agg(f.indicator_id, ', ' ORDER BY f.indicator_id) FROM notice_flags f
                       WHERE f.notice_id = n.id AND f.cleared_at IS NULL) AS flags
               FROM procurement_notices me
               JOIN procurement_notices pn ON pn.procurement_id = me.procurement_id
               JOIN procurements p ON p.id = pn.procurement_id
               JOIN notices n ON n.id = pn.notice_id
               WHERE me.notice_id = %(id)s
               ORDER BY n.published_on NULLS LAST, n.id""", {"id": notice_id}).fetchall()


def notice_flags(conn: psycopg.Connection, notice_id: int) -> list[dict[str, Any]]:
    """The notice's flags, current first, then those a recomputation cleared (the history)."""
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            """SELECT f.indicator_id, i.name, f.evidence, f.start_offset, f.end_offset, f.fields, f.computed_by,
                      i.source, f.raised_at, f.cleared_at
               FROM notice_flags f JOIN integrity_indicators i ON i.id = f.indicator_id
               WHERE f.notice_id = %s ORDER BY f.cleared_at IS NOT NULL, f.cleared_at DESC, f.indicator_id""",
            (notice_id,)).fetchall()


def vendor_flag_counts(conn: psycopg.Connection, org_id: int,
                       roles: tuple[str, ...] = PARTY_VENDOR_ROLES) -> list[dict[str, Any]]:
    """Per indicator: notices and procurements naming the organisation in one of ``roles`` (by default as vendor:
    supplier or brand) that raise it."""
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            f"""SELECT f.indicator_id, i.name, count(DISTINCT n.id) AS notices,
                       count(DISTINCT {PROCUREMENT_OF}) AS procurements
                FROM notice_flags f
                JOIN integrity_indicators i ON i.id = f.indicator_id
                JOIN notices n ON n.id = f.notice_id
                LEFT JOIN procurement_notices pn ON pn.notice_id = n.id
                WHERE f.cleared_at IS NULL
                  AND EXISTS (SELECT 1 FROM notice_parties p WHERE p.notice_id = n.id AND p.org_id = %s
                              AND p.role = ANY(%s))
                GROUP BY f.indicator_id, i.name ORDER BY notices DESC, f.indicator_id""",
            (org_id, list(roles))).fetchall()


def vendor_totals_usd(conn: psycopg.Connection, org_id: int, role: str = "supplier") -> dict[str, Any]:
    """Procurements naming the organisation in ``role`` (by default as supplier), and their value in USD (each
    procurement's largest headline amount), with how many procurements have an amount that could not be
    converted."""
    with conn.cursor(row_factory=dict_row) as cur:
        return one(cur.execute(
            f"""WITH per AS (
                    SELECT {PROCUREMENT_OF} AS procurement, max(a.usd_value) AS usd,
                           bool_or(a.value IS NOT NULL AND a.usd_value IS NULL) AS unconverted
                    FROM notices n
                    LEFT JOIN procurement_notices pn ON pn.notice_id = n.id
                    LEFT JOIN amounts a ON a.notice_id = n.id AND {bought()}
                    WHERE EXISTS (SELECT 1 FROM notice_parties p WHERE p.notice_id = n.id AND p.org_id = %s
                                  AND p.role = %s)
                    GROUP BY 1)
                SELECT count(*) AS procurements, coalesce(sum(usd), 0) AS value_usd,
                       count(*) FILTER (WHERE unconverted AND usd IS NULL) AS unconverted
                FROM per""", (org_id, role)))


def buyer_summary(conn: psycopg.Connection, org_id: int) -> dict[str, Any]:
    """The organisation as a buyer: the totals and flag counts of the vendor figures, over the procurements naming
    it as buyer. Read by the dashboard's organisation page (a buyer has no vendor figures)."""
    return {**vendor_totals_usd(conn, org_id, "buyer"), "flags": vendor_flag_counts(conn, org_id, ("buyer",))}


def buyer_totals_usd(conn: psycopg.Connection, org_id: int, *, limit: int = 20) -> list[dict[str, Any]]:
    """The vendor's buyers: procurements, value in USD and red flags raised on them."""
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            f"""WITH theirs AS (
                    SELECT n.id, {PROCUREMENT_OF} AS procurement, b.raw_name AS buyer, b.org_id
                    FROM notices n
                    LEFT JOIN procurement_notices pn ON pn.notice_id = n.id
                    JOIN notice_parties b ON b.notice_id = n.id AND b.role = 'buyer'
                    WHERE EXISTS (SELECT 1 FROM notice_parties p WHERE p.notice_id = n.id AND p.org_id = %s
                                  AND p.role = ANY(%s))),
                per AS (
                    SELECT t.buyer, t.org_id, t.procurement, max(a.usd_value) AS usd
                    FROM theirs t LEFT JOIN amounts a ON a.notice_id = t.id AND {bought()}
                    GROUP BY 1, 2, 3)
                SELECT per.buyer, per.org_id, count(*) AS procurements, coalesce(sum(per.usd), 0) AS value_usd,
                       (SELECT count(*) FROM notice_flags f JOIN theirs t ON t.id = f.notice_id
                        WHERE f.cleared_at IS NULL AND t.org_id IS NOT DISTINCT FROM per.org_id
                          AND t.buyer = per.buyer) AS red_flags
                FROM per GROUP BY per.buyer, per.org_id
                ORDER BY procurements DESC, per.buyer LIMIT %s""", (org_id, list(PARTY_VENDOR_ROLES), limit)).fetchall()


def procurement_count(conn: psycopg.Connection, filters: NoticeFilters) -> int:
    """How many procurements the matching notices belong to (each counted once)."""
    from psycopg import sql

    from db.queries.filters import where_clause

    where, params = where_clause(filters)
    query = sql.SQL(f"""SELECT count(DISTINCT {PROCUREMENT_OF}) FROM notices n
                        LEFT JOIN procurement_notices pn ON pn.notice_id = n.id WHERE {{}}""").format(where)
    count: int = one(conn.execute(query, params))[0]
    return count
