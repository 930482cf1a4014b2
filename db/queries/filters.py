"""One filter set for every dashboard view and export, turned into a parameterised WHERE clause here only.

The dashboard keeps a `NoticeFilters` in the URL (dashboard/filters.py) and `survtrack export --where …` can build
the same object, so a map, a table page and an export of "the current selection" always select the same notices.
Every value reaches PostgreSQL as a bound parameter; no user text is ever formatted into SQL.
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date

from psycopg import sql

NOTICE_KINDS = ("tender", "award", "disclosure", "grant", "plan", "other")
PARTY_VENDOR_ROLES = ("supplier", "mentioned")


@dataclass(frozen=True)
class NoticeFilters:
    """What the user asked to see. Empty values mean "no restriction"."""

    date_from: date | None = None
    date_to: date | None = None
    technologies: tuple[str, ...] = ()
    vendors: tuple[int, ...] = ()  # organisation ids of suppliers or vendors mentioned (brand/model strings)
    buyer: str = ""  # substring of the buyer's name as written
    country: str = ""  # ISO 3166-1 alpha-2 of the notice
    province: str = ""  # admin1 name as resolved (China: official Chinese name)
    kinds: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    designated_at_award: bool = False  # a supplier was on a watch list on the notice date
    search: str = ""  # free text over title and stored text
    surveillance_only: bool = False
    point: tuple[float, float] | None = None  # (lat, lon) of a map point: notices placed exactly there

    def with_changes(self, **changes) -> NoticeFilters:
        return replace(self, **changes)

    def is_empty(self) -> bool:
        default = NoticeFilters()
        return all(getattr(self, f.name) == getattr(default, f.name) for f in fields(self))


#: Same notices as the view supplier_designations_at_award (a supplier named by, or covered through
#: designation_coverage by, a designation in force on the notice date), written as a hashable semi-join that
#: starts from the (small) designations table: the view's `JOIN designations ON … OR d.id IN (…)` compares every
#: supplier with every designation (4 s on 100k notices). tests/dashboard/test_queries.py checks both agree.
DESIGNATED_AT_AWARD = """{n}.id IN (
    SELECT p.notice_id FROM designations d
    JOIN notice_parties p ON p.org_id = d.org_id AND p.role = 'supplier'
    JOIN notices pn ON pn.id = p.notice_id
    WHERE d.listed_on <= pn.published_on AND (d.delisted_on IS NULL OR d.delisted_on > pn.published_on)
    UNION ALL
    SELECT p.notice_id FROM designation_coverage c
    JOIN designations d ON d.id = c.designation_id
    JOIN notice_parties p ON p.org_id = c.org_id AND p.role = 'supplier'
    JOIN notices pn ON pn.id = p.notice_id
    WHERE d.listed_on <= pn.published_on AND (d.delisted_on IS NULL OR d.delisted_on > pn.published_on))"""


def like_pattern(text: str) -> str:
    """An ILIKE pattern matching `text` literally anywhere (%, _ and \\ in user text are not wildcards)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def where_clause(filters: NoticeFilters, alias: str = "n") -> tuple[sql.Composed, list]:
    """`(condition, params)` selecting notices (table alias `alias`) that match `filters`."""
    n = sql.Identifier(alias)
    conditions: list[sql.Composable] = []
    params: list = []

    def add(template: str, *values) -> None:
        conditions.append(sql.SQL(template).format(n=n))
        params.extend(values)

    if filters.date_from:
        add("{n}.published_on >= %s", filters.date_from)
    if filters.date_to:
        add("{n}.published_on <= %s", filters.date_to)
    if filters.technologies:
        add("EXISTS (SELECT 1 FROM technology_tags t WHERE t.notice_id = {n}.id AND t.taxonomy_id = ANY(%s))",
            list(filters.technologies))
    if filters.vendors:
        add("EXISTS (SELECT 1 FROM notice_parties p WHERE p.notice_id = {n}.id AND p.role = ANY(%s) "
            "AND p.org_id = ANY(%s))", list(PARTY_VENDOR_ROLES), [int(v) for v in filters.vendors])
    if filters.buyer.strip():
        add("EXISTS (SELECT 1 FROM notice_parties p WHERE p.notice_id = {n}.id AND p.role = 'buyer' "
            "AND p.raw_name ILIKE %s)", like_pattern(filters.buyer.strip()))
    if filters.country:
        add("{n}.country = %s", filters.country.upper())
    if filters.province.strip():
        add("EXISTS (SELECT 1 FROM places pl WHERE pl.notice_id = {n}.id AND pl.admin1 = %s)",
            filters.province.strip())
    if filters.kinds:
        add("{n}.kind = ANY(%s)", list(filters.kinds))
    if filters.sources:
        add("{n}.source_id = ANY(%s)", list(filters.sources))
    if filters.designated_at_award:
        add(DESIGNATED_AT_AWARD)
    if filters.search.strip():
        pattern = like_pattern(filters.search.strip())
        add("({n}.title ILIKE %s OR {n}.text ILIKE %s)", pattern, pattern)
    if filters.surveillance_only:
        add("{n}.surveillance")
    if filters.point is not None:
        lat, lon = filters.point  # URL precision is 4 decimals (~10 m); gazetteer centroids are further apart
        add("EXISTS (SELECT 1 FROM places pl WHERE pl.notice_id = {n}.id "
            "AND pl.lat BETWEEN %s AND %s AND pl.lon BETWEEN %s AND %s)",
            float(lat) - 0.00006, float(lat) + 0.00006, float(lon) - 0.00006, float(lon) + 0.00006)
    if not conditions:
        return sql.Composed([sql.SQL("TRUE")]), params
    return sql.SQL(" AND ").join(conditions), params
