"""Map aggregations, computed in PostgreSQL: notices per country, and per most-precise known place.

Values are sums of each notice's headline amount in its own currency; currencies are never mixed into one
number without a conversion (`usd_value` when enrichment set one), so a point lists the currencies it sums.
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from psycopg import sql
from psycopg.rows import dict_row

from db.queries.filters import NoticeFilters, where_clause

if TYPE_CHECKING:
    import psycopg
    from psycopg_pool import ConnectionPool


# Joining headline amounts costs about as much as the rest of an aggregation, so values are summed only when
# the map is coloured by value.
_VALUE_JOIN = "LEFT JOIN amounts a ON a.notice_id = n.id AND a.is_headline"
_NO_VALUE_JOIN = "LEFT JOIN (SELECT NULL::numeric AS value, NULL::numeric AS usd_value, NULL::text AS currency) a ON false"


def country_totals(conn: psycopg.Connection, filters: NoticeFilters, *, with_values: bool = True) -> list[dict]:
    """One row per country: notices, surveillance notices, demo flag, summed headline values (when asked)."""
    where, params = where_clause(filters)
    query = sql.SQL("""
        SELECT n.country, count(*) AS notices, count(*) FILTER (WHERE n.surveillance) AS surveillance_notices,
               bool_or(n.demo) AS demo, sum(a.usd_value) AS value_usd,
               sum(a.value) FILTER (WHERE a.currency = 'CNY') AS value_cny
        FROM notices n {join}
        WHERE n.country IS NOT NULL AND {where}
        GROUP BY n.country ORDER BY notices DESC
    """).format(where=where, join=sql.SQL(_VALUE_JOIN if with_values else _NO_VALUE_JOIN))
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(query, params).fetchall()


def place_points(conn: psycopg.Connection, filters: NoticeFilters, *, limit: int = 5000,
                 with_values: bool = True) -> list[dict]:
    """One row per distinct place with coordinates: the most precise level known for each notice.

    Places are gazetteer centroids, so notices at one place share exact coordinates and are grouped on them;
    labels and an example title are looked up after grouping (per point, not per notice). The notices table
    (wide: it holds the text) is only consulted when a filter needs it.
    """
    where, params = where_clause(filters)
    restrict = sql.SQL("") if filters.is_empty() else sql.SQL(
        "AND EXISTS (SELECT 1 FROM notices n WHERE n.id = pl.notice_id AND {where})").format(where=where)
    join = sql.SQL("LEFT JOIN amounts a ON a.notice_id = pl.notice_id AND a.is_headline" if with_values else
                   "LEFT JOIN (SELECT NULL::numeric AS value, NULL::numeric AS usd_value, NULL::text AS currency) a "
                   "ON false")
    query = sql.SQL("""
        WITH grouped AS (
            SELECT pl.lat, pl.lon, count(*) AS notices, min(pl.id) AS place_id, max(pl.notice_id) AS example_notice,
                   sum(a.value) AS value, min(a.currency) AS min_currency, max(a.currency) AS max_currency,
                   sum(a.usd_value) AS value_usd
            FROM places pl {join}
            WHERE pl.lat IS NOT NULL AND pl.lon IS NOT NULL {restrict}
            GROUP BY pl.lat, pl.lon ORDER BY notices DESC LIMIT %s
        )
        SELECT g.lat, g.lon, pl.country, concat_ws(' / ', pl.admin1, pl.admin2, pl.admin3, pl.city) AS place,
               pl.precision, g.notices, ex.demo, g.value, g.value_usd,
               CASE WHEN g.min_currency = g.max_currency THEN g.min_currency
                    ELSE g.min_currency || '…' || g.max_currency END AS currencies,
               ex.title AS example_title
        FROM grouped g JOIN places pl ON pl.id = g.place_id JOIN notices ex ON ex.id = g.example_notice
        ORDER BY g.notices DESC
    """).format(join=join, restrict=restrict)
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(query, [*(params if not filters.is_empty() else []), limit]).fetchall()


def map_layers(pool: ConnectionPool, filters: NoticeFilters, *, with_values: bool = False) -> tuple[list, list]:
    """(country totals, place points), computed at the same time on two pooled connections."""
    def run(function):
        with pool.connection() as conn:
            return function(conn, filters, with_values=with_values)

    with ThreadPoolExecutor(max_workers=2) as executor:
        totals = executor.submit(run, country_totals)
        points = executor.submit(run, place_points)
        return totals.result(), points.result()


def countries(conn: psycopg.Connection) -> list[str]:
    """Countries present on notices, by a loose index scan (one index probe per country, not a full scan)."""
    rows = conn.execute("""
        WITH RECURSIVE present AS (
            (SELECT country FROM notices WHERE country IS NOT NULL ORDER BY country LIMIT 1)
            UNION ALL
            SELECT (SELECT n.country FROM notices n WHERE n.country > present.country ORDER BY n.country LIMIT 1)
            FROM present WHERE present.country IS NOT NULL
        )
        SELECT country FROM present WHERE country IS NOT NULL""").fetchall()
    return [r[0] for r in rows]


def provinces(conn: psycopg.Connection, country: str | None = None) -> list[str]:
    """admin1 names present in the data (for the province filter)."""
    if country:
        rows = conn.execute("SELECT DISTINCT admin1 FROM places WHERE admin1 IS NOT NULL AND country = %s "
                            "ORDER BY 1", (country,)).fetchall()
    else:
        rows = conn.execute("SELECT DISTINCT admin1 FROM places WHERE admin1 IS NOT NULL ORDER BY 1").fetchall()
    return [r[0] for r in rows]
