"""Map aggregations, computed in PostgreSQL: notices per country, and per most-precise known place.

Values are sums of each notice's headline amount in its own currency; currencies are never mixed into one
number without a conversion (`usd_value` when enrichment set one), so a point lists the currencies it sums.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from psycopg import sql
from psycopg.rows import dict_row

from db.queries.filters import NoticeFilters, where_clause

if TYPE_CHECKING:
    import psycopg


def country_totals(conn: psycopg.Connection, filters: NoticeFilters) -> list[dict]:
    """One row per country: notices, surveillance notices, demo flag, summed headline values."""
    where, params = where_clause(filters)
    query = sql.SQL("""
        SELECT n.country, count(*) AS notices, count(*) FILTER (WHERE n.surveillance) AS surveillance_notices,
               bool_or(n.demo) AS demo, sum(a.usd_value) AS value_usd,
               sum(a.value) FILTER (WHERE a.currency = 'CNY') AS value_cny
        FROM notices n LEFT JOIN amounts a ON a.notice_id = n.id AND a.is_headline
        WHERE n.country IS NOT NULL AND {where}
        GROUP BY n.country ORDER BY notices DESC
    """).format(where=where)
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(query, params).fetchall()


def place_points(conn: psycopg.Connection, filters: NoticeFilters, *, limit: int = 5000) -> list[dict]:
    """One row per distinct place with coordinates: the most precise level known for each notice."""
    where, params = where_clause(filters)
    query = sql.SQL("""
        SELECT round(pl.lat::numeric, 4)::float8 AS lat, round(pl.lon::numeric, 4)::float8 AS lon,
               min(pl.country) AS country,
               min(concat_ws(' / ', pl.admin1, pl.admin2, pl.admin3, pl.city)) AS place,
               min(pl.precision) AS precision,
               count(*) AS notices, bool_or(n.demo) AS demo,
               sum(a.value) AS value, string_agg(DISTINCT a.currency, ', ') AS currencies,
               sum(a.usd_value) AS value_usd
        FROM notices n
        JOIN places pl ON pl.notice_id = n.id
        LEFT JOIN amounts a ON a.notice_id = n.id AND a.is_headline
        WHERE pl.lat IS NOT NULL AND pl.lon IS NOT NULL AND {where}
        GROUP BY 1, 2 ORDER BY notices DESC LIMIT %s
    """).format(where=where)
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(query, [*params, limit]).fetchall()


def provinces(conn: psycopg.Connection, country: str | None = None) -> list[str]:
    """admin1 names present in the data (for the province filter)."""
    if country:
        rows = conn.execute("SELECT DISTINCT admin1 FROM places WHERE admin1 IS NOT NULL AND country = %s "
                            "ORDER BY 1", (country,)).fetchall()
    else:
        rows = conn.execute("SELECT DISTINCT admin1 FROM places WHERE admin1 IS NOT NULL ORDER BY 1").fetchall()
    return [r[0] for r in rows]
