"""Map aggregations, computed in PostgreSQL: notices (or procurements) per country, and per most-precise place.

Money: each notice's headline amount in USD (`amounts.usd_value`, the ECB rate of its award or publication date,
enrich/fx.py), so yuan, pounds and dollars add up in one currency; amounts the ECB publishes no rate for stay out
of `value_usd` (and are counted in `unconverted`). In its own currency, a point carries `value` only when all its
amounts share one currency (named in `currencies`): never a sum of yuan and dollars.

Counting `unit="procurements"` counts each procurement once (a call and its award are one procurement; a notice
not linked yet is one of its own) and takes a procurement's largest USD amount as its value, so nothing is counted
twice. A withdrawn notice (a cancelled tender's budget, db/queries/money.py) is counted but adds no money. The
per-notice rows (`unit="notices"`) stay the default: they are what the filters and the table show.
"""
from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from psycopg import sql
from psycopg.rows import dict_row

from db.queries.filters import NoticeFilters, where_clause
from db.queries.money import bought

if TYPE_CHECKING:
    import psycopg
    from psycopg_pool import ConnectionPool

UNITS = ("notices", "procurements")

# Joining headline amounts costs about as much as the rest of an aggregation, so values are summed only when
# the map is coloured by value.
_NO_AMOUNT = ("LEFT JOIN (SELECT NULL::numeric AS value, NULL::numeric AS usd_value, NULL::text AS currency) a "
              "ON false")


def _amount_join(on: str, with_values: bool) -> sql.SQL:
    return sql.SQL(f"LEFT JOIN amounts a ON a.notice_id = {on} AND {bought('a')}" if with_values else _NO_AMOUNT)


#: One row per notice (unit "notices") or per procurement (its notices' largest amounts), for the sums below.
_PER_COUNTRY = {
    "notices": """SELECT n.country, 1 AS notices, n.surveillance, n.demo, a.usd_value AS value_usd,
                         CASE WHEN a.currency = 'CNY' THEN a.value END AS value_cny,
                         (a.value IS NOT NULL AND a.usd_value IS NULL) AS unconverted
                  FROM notices n {amounts} WHERE n.country IS NOT NULL AND {where}""",
    "procurements": """SELECT n.country, count(*) AS notices, bool_or(n.surveillance) AS surveillance,
                              bool_or(n.demo) AS demo, max(a.usd_value) AS value_usd,
                              max(a.value) FILTER (WHERE a.currency = 'CNY') AS value_cny,
                              bool_or(a.value IS NOT NULL AND a.usd_value IS NULL) AS unconverted
                       FROM notices n LEFT JOIN procurement_notices pn ON pn.notice_id = n.id {amounts}
                       WHERE n.country IS NOT NULL AND {where}
                       GROUP BY n.country, coalesce(pn.procurement_id, -n.id)""",
}
_PER_POINT = {
    "notices": """SELECT pl.lat, pl.lon, 1 AS notices, pl.id AS place_id, pl.notice_id AS example_notice,
                         a.value, a.currency AS min_currency, a.currency AS max_currency, a.usd_value AS value_usd
                  FROM places pl {amounts}
                  WHERE pl.lat IS NOT NULL AND pl.lon IS NOT NULL {restrict}""",
    "procurements": """SELECT pl.lat, pl.lon, count(*) AS notices, min(pl.id) AS place_id,
                              max(pl.notice_id) AS example_notice, max(a.value) AS value,
                              min(a.currency) AS min_currency, max(a.currency) AS max_currency,
                              max(a.usd_value) AS value_usd
                       FROM places pl LEFT JOIN procurement_notices pn ON pn.notice_id = pl.notice_id {amounts}
                       WHERE pl.lat IS NOT NULL AND pl.lon IS NOT NULL {restrict}
                       GROUP BY pl.lat, pl.lon, coalesce(pn.procurement_id, -pl.notice_id)""",
}


def _unit(unit: str) -> str:
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r} (expected one of {', '.join(UNITS)})")
    return unit


def country_totals(conn: psycopg.Connection, filters: NoticeFilters, *, with_values: bool = True,
                   unit: str = "notices") -> list[dict[str, Any]]:
    """One row per country: notices, procurements (unit "procurements"), surveillance ones, demo flag, values
    in USD and CNY (when asked) and how many amounts could not be converted."""
    where, params = where_clause(filters)
    per = sql.SQL(_PER_COUNTRY[_unit(unit)]).format(where=where, amounts=_amount_join("n.id", with_values))
    query = sql.SQL("""
        SELECT country, sum(notices)::bigint AS notices, count(*) AS units,
               count(*) FILTER (WHERE surveillance) AS surveillance_notices, bool_or(demo) AS demo,
               sum(value_usd) AS value_usd, sum(value_cny) AS value_cny,
               count(*) FILTER (WHERE unconverted) AS unconverted
        FROM ({per}) per GROUP BY country ORDER BY notices DESC
    """).format(per=per)
    with conn.cursor(row_factory=dict_row) as cur:
        rows = cur.execute(query, params).fetchall()
    for row in rows:
        row["procurements"] = row.pop("units") if unit == "procurements" else None
    return rows


def place_points(conn: psycopg.Connection, filters: NoticeFilters, *, limit: int = 5000,
                 with_values: bool = True, unit: str = "notices") -> list[dict[str, Any]]:
    """One row per distinct place with coordinates: the most precise level known for each notice.

    Places are gazetteer centroids, so notices at one place share exact coordinates and are grouped on them;
    labels and an example title are looked up after grouping (per point, not per notice). The notices table
    (wide: it holds the text) is only consulted when a filter needs it.
    """
    where, params = where_clause(filters)
    restrict = sql.SQL("") if filters.is_empty() else sql.SQL(
        "AND EXISTS (SELECT 1 FROM notices n WHERE n.id = pl.notice_id AND {where})").format(where=where)
    per = sql.SQL(_PER_POINT[_unit(unit)]).format(restrict=restrict, amounts=_amount_join("pl.notice_id", with_values))
    query = sql.SQL("""
        WITH grouped AS (
            SELECT lat, lon, sum(notices)::bigint AS notices, count(*) AS units, min(place_id) AS place_id,
                   max(example_notice) AS example_notice,
                   CASE WHEN min(min_currency) = max(max_currency) THEN sum(value) END AS value,
                   min(min_currency) AS min_currency, max(max_currency) AS max_currency,
                   sum(value_usd) AS value_usd
            FROM ({per}) per GROUP BY lat, lon ORDER BY notices DESC LIMIT %s
        )
        SELECT g.lat, g.lon, pl.country, concat_ws(' / ', pl.admin1, pl.admin2, pl.admin3, pl.city) AS place,
               pl.precision, g.notices, g.units, ex.demo, g.value, g.value_usd,
               CASE WHEN g.min_currency = g.max_currency THEN g.min_currency
                    ELSE g.min_currency || '…' || g.max_currency END AS currencies,
               ex.title AS example_title
        FROM grouped g JOIN places pl ON pl.id = g.place_id JOIN notices ex ON ex.id = g.example_notice
        ORDER BY g.notices DESC
    """).format(per=per)
    with conn.cursor(row_factory=dict_row) as cur:
        rows = cur.execute(query, [*(params if not filters.is_empty() else []), limit]).fetchall()
    for row in rows:
        row["procurements"] = row.pop("units") if unit == "procurements" else None
    return rows


#: A place's first-level region: its admin1_code (ISO 3166-2 outside China), else for Chinese places the
#: province of its GB/T 2260 adcode (210200 Dalian -> 210000 Liaoning), which every Chinese place carries.
_REGION_CODE = ("coalesce(rp.admin1_code, CASE WHEN rp.adcode ~ '^[0-9]+$' AND length(rp.adcode) = 6 "
                "THEN left(rp.adcode, 2) || '0000' END)")


def region_totals(conn: psycopg.Connection, filters: NoticeFilters, country: str, *,
                  unit: str = "notices") -> list[dict[str, Any]]:
    """One row per first-level region code of `country` in the view, and per admin1 name of places without one.

    Rows: `code` (as places store it: ISO 3166-2, or a Chinese province adcode; NULL when the place has none),
    `uncoded` (the admin1 name when `code` is NULL, else NULL; both NULL: no region at all), `names` (up to
    three admin1 names the notices use: scraped text), `notices`, `procurements` (unit "procurements": each
    procurement once per region; one spanning two regions counts in both), `surveillance_notices`, `demo`.
    Notices of `country` only, so a region never collects another country's notices."""
    where, params = where_clause(filters)
    procurement = "coalesce(pn.procurement_id, -n.id)" if _unit(unit) == "procurements" else "n.id"
    join = "LEFT JOIN procurement_notices pn ON pn.notice_id = n.id" if unit == "procurements" else ""
    query = sql.SQL(f"""
        SELECT {_REGION_CODE} AS code, CASE WHEN {_REGION_CODE} IS NULL THEN rp.admin1 END AS uncoded,
               (array_agg(DISTINCT rp.admin1 ORDER BY rp.admin1) FILTER (WHERE rp.admin1 IS NOT NULL))[1:3] AS names,
               count(*) AS notices, count(DISTINCT {procurement}) AS units,
               count(*) FILTER (WHERE n.surveillance) AS surveillance_notices, bool_or(n.demo) AS demo
        FROM notices n LEFT JOIN places rp ON rp.notice_id = n.id {join}
        WHERE n.country = %s AND {{where}}
        GROUP BY 1, 2 ORDER BY notices DESC, code, uncoded""").format(where=where)
    with conn.cursor(row_factory=dict_row) as cur:
        rows = cur.execute(query, [country.upper(), *params]).fetchall()
    for row in rows:
        row["procurements"] = row.pop("units") if unit == "procurements" else None
        row["names"] = list(row["names"] or [])
    return rows


def map_layers(pool: ConnectionPool, filters: NoticeFilters, *, with_values: bool = False,
               unit: str = "notices") -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(country totals, place points), computed at the same time on two pooled connections."""
    def run(function: Callable[..., list[dict[str, Any]]]) -> list[dict[str, Any]]:
        with pool.connection() as conn:
            return function(conn, filters, with_values=with_values, unit=unit)

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
