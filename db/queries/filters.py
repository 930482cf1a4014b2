"""The one filter model: which notices a map, a table, an export or a saved watch is about.

`NoticeFilters` is built three ways and means the same every time: from `--where KEY=VALUE` items
(`parse_where`, used by `survtrack export` and `survtrack watch`), from the dashboard's URL (dashboard/filters.py)
and by hand. `where_clause` is the only place it becomes SQL: every value reaches PostgreSQL as a bound parameter,
no user text is ever formatted into SQL.
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from psycopg import sql

from survtrack.errors import FilterError

NOTICE_KINDS = ("tender", "award", "disclosure", "grant", "plan", "other")
NOTICE_STATUSES = ("live", "amended", "removed")
PARTY_VENDOR_ROLES = ("supplier", "mentioned")


@dataclass(frozen=True)
class NoticeFilters:
    """What the user asked to see. Empty values mean "no restriction"; the `--where` key of each field is in
    WHERE_KEYS (the URL's key in dashboard/filters.py)."""

    date_from: date | None = None  # published on or after
    date_to: date | None = None  # published on or before
    technologies: tuple[str, ...] = ()  # taxonomy ids
    vendors: tuple[str, ...] = ()  # registry vendor ids of a supplier or a named brand (subsidiaries included)
    orgs: tuple[int, ...] = ()  # survtrack organisation ids of a supplier or a named brand
    buyer: str = ""  # substring of the buyer's name as written
    countries: tuple[str, ...] = ()  # ISO 3166-1 alpha-2 of the notice
    province: str = ""  # admin1 name as resolved (China: official Chinese name)
    adcode: str = ""  # GB/T 2260 code: the place is this division or inside it
    kinds: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    status: tuple[str, ...] = ()  # live, amended, removed
    designated_at_award: bool = False  # a supplier was on a watch list on the notice date
    flags: tuple[str, ...] = ()  # red-flag indicator ids (enrich/data/integrity_indicators.yaml): any of them raised
    search: str = ""  # free text over title and stored text (title + body)
    surveillance: bool | None = None  # tagged as surveillance (True) or not (False)
    demo: bool | None = None  # the fictional demo corpus (True) or real data (False)
    point: tuple[float, float] | None = None  # (lat, lon) of a map point: notices placed exactly there

    def with_changes(self, **changes: Any) -> NoticeFilters:
        return replace(self, **changes)

    def is_empty(self) -> bool:
        default = NoticeFilters()
        return all(getattr(self, f.name) == getattr(default, f.name) for f in fields(self))


# --- `--where KEY=VALUE` ------------------------------------------------------------------------------------------

#: `--where` key → (field, what the value is). Part of the command-line contract: extend, never rename.
WHERE_KEYS = {
    "technology": ("technologies", "taxonomy ids, comma-separated"),
    "vendor": ("vendors", "registry vendor ids (e.g. hikvision), comma-separated; subsidiaries included"),
    "org": ("orgs", "survtrack organisation numbers (the dashboard's vendor pages), comma-separated"),
    "country": ("countries", "ISO 3166-1 alpha-2 codes, comma-separated"),
    "province": ("province", "first-level region as resolved (China: official name, e.g. 新疆维吾尔自治区)"),
    "adcode": ("adcode", "GB/T 2260 code of 2, 4 or 6 digits: places in that division"),
    "source": ("sources", "spider or import labels, comma-separated"),
    "kind": ("kinds", ", ".join(NOTICE_KINDS)),
    "status": ("status", ", ".join(NOTICE_STATUSES)),
    "since": ("date_from", "YYYY-MM-DD"),
    "until": ("date_to", "YYYY-MM-DD"),
    "surveillance": ("surveillance", "true or false"),
    "demo": ("demo", "true or false"),
    "designated": ("designated_at_award", "true or false: a supplier was designated on the notice date"),
    "flag": ("flags", "red-flag ids (single_bid, short_tender_period, …), comma-separated: any of them raised"),
    "text": ("search", "words in the title or text"),
    "buyer": ("buyer", "words in the buyer's name"),
}
_TRUE, _FALSE = ("true", "1", "yes"), ("false", "0", "no")


def flag_ids() -> tuple[str, ...]:
    """The red-flag indicator ids, in the indicator file's order (enrich/data/integrity_indicators.yaml)."""
    from enrich.integrity import indicators

    return tuple(i["id"] for i in indicators()["indicators"])


def _csv(value: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(part.strip() for part in value.split(",") if part.strip()))


def _where_value(key: str, value: str) -> date | bool | str | tuple[str, ...] | tuple[int, ...]:
    """The field value of one `--where` item; FilterError names the key when the value is malformed."""
    field_name, expected = WHERE_KEYS[key]
    if key in ("since", "until"):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise FilterError(f"--where {key}: expected YYYY-MM-DD, got {value!r}") from None
    if key in ("surveillance", "demo", "designated"):
        if value.lower() not in _TRUE + _FALSE:
            raise FilterError(f"--where {key}: expected true or false, got {value!r}")
        return value.lower() in _TRUE
    if key == "adcode":
        if not value.isdigit() or len(value) not in (2, 4, 6):
            raise FilterError(f"--where adcode: expected a GB/T 2260 code of 2, 4 or 6 digits, got {value!r}")
        return value
    if key in ("text", "buyer", "province"):
        return value
    values = _csv(value)
    if key == "org":
        if not all(v.isdigit() for v in values):
            raise FilterError(f"--where org: expected organisation numbers, got {value!r}")
        return tuple(int(v) for v in values)
    if key == "country":
        if not all(len(v) == 2 and v.isalpha() for v in values):
            raise FilterError(f"--where country: expected two-letter ISO codes such as CN, got {value!r}")
        return tuple(v.upper() for v in values)
    allowed = {"kind": NOTICE_KINDS, "status": NOTICE_STATUSES, "flag": flag_ids()}.get(key)
    if allowed and not set(values) <= set(allowed):
        raise FilterError(f"--where {key}: expected {expected}, got {value!r}")
    return values


def parse_where(items: list[str] | tuple[str, ...]) -> NoticeFilters:
    """NoticeFilters from `KEY=VALUE` items (`survtrack export --where`, `survtrack watch add --where`).

    Keys are WHERE_KEYS; a list key given twice accumulates (`--where kind=award --where kind=tender`), any
    other key given twice keeps the last value. Raises FilterError (one line naming the item) on an unknown key
    or a malformed value."""
    values: dict[str, Any] = {}
    for item in items:
        key, sep, value = str(item).partition("=")
        key, value = key.strip().lower(), value.strip()
        if not sep or not key or not value:
            raise FilterError(f"--where {item!r}: expected KEY=VALUE")
        if key not in WHERE_KEYS:
            raise FilterError(f"--where: unknown filter {key!r} (known: {', '.join(WHERE_KEYS)})")
        field_name = WHERE_KEYS[key][0]
        parsed = _where_value(key, value)
        if isinstance(parsed, tuple):
            parsed = tuple(dict.fromkeys((*values.get(field_name, ()), *parsed)))
        values[field_name] = parsed
    return NoticeFilters(**values)


def to_where(filters: NoticeFilters) -> list[str]:
    """The `KEY=VALUE` items that `parse_where` turns back into `filters` (a map point has none)."""
    items = []
    default = NoticeFilters()
    for key, (field_name, _) in WHERE_KEYS.items():
        value = getattr(filters, field_name)
        if value is None or value == getattr(default, field_name):
            continue
        if isinstance(value, tuple):
            value = ",".join(str(v) for v in value)
        elif isinstance(value, bool):
            value = "true" if value else "false"
        elif isinstance(value, date):
            value = value.isoformat()
        items.append(f"{key}={value}")
    return items


# --- SQL --------------------------------------------------------------------------------------------------------

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


def adcode_prefix(code: str) -> str:
    """The leading digits a GB/T 2260 code shares with every division inside it: 650000 → 65, 650100 → 6501,
    500000 → 50 (trailing zero pairs only: Chongqing's 50 must not become 5)."""
    code = code.strip()
    while len(code) > 2 and code.endswith("00"):
        code = code[:-2]
    return code


def where_clause(filters: NoticeFilters, alias: str = "n") -> tuple[sql.Composed, list[Any]]:
    """`(condition, params)` selecting notices (table alias `alias`) that match `filters`."""
    n = sql.Identifier(alias)
    conditions: list[sql.Composable] = []
    params: list[Any] = []

    def add(template: str, *values: Any) -> None:
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
        add("EXISTS (SELECT 1 FROM notice_parties p JOIN organisations o ON o.id = p.org_id "
            "LEFT JOIN organisations parent ON parent.id = o.parent_id "
            "WHERE p.notice_id = {n}.id AND p.role = ANY(%s) "
            "AND (o.vendor_id = ANY(%s) OR parent.vendor_id = ANY(%s)))",
            list(PARTY_VENDOR_ROLES), list(filters.vendors), list(filters.vendors))
    if filters.orgs:
        add("EXISTS (SELECT 1 FROM notice_parties p WHERE p.notice_id = {n}.id AND p.role = ANY(%s) "
            "AND p.org_id = ANY(%s))", list(PARTY_VENDOR_ROLES), [int(v) for v in filters.orgs])
    if filters.buyer.strip():
        add("EXISTS (SELECT 1 FROM notice_parties p WHERE p.notice_id = {n}.id AND p.role = 'buyer' "
            "AND p.raw_name ILIKE %s)", like_pattern(filters.buyer.strip()))
    if filters.countries:
        add("{n}.country = ANY(%s)", [c.upper() for c in filters.countries])
    if filters.province.strip():
        add("EXISTS (SELECT 1 FROM places pl WHERE pl.notice_id = {n}.id AND pl.admin1 = %s)",
            filters.province.strip())
    if filters.adcode.strip():
        add("EXISTS (SELECT 1 FROM places pl WHERE pl.notice_id = {n}.id AND pl.adcode LIKE %s)",
            adcode_prefix(filters.adcode) + "%")
    if filters.kinds:
        add("{n}.kind = ANY(%s)", list(filters.kinds))
    if filters.sources:
        add("{n}.source_id = ANY(%s)", list(filters.sources))
    if filters.status:
        add("{n}.status = ANY(%s)", list(filters.status))
    if filters.designated_at_award:
        add(DESIGNATED_AT_AWARD)
    if filters.flags:
        add("EXISTS (SELECT 1 FROM notice_flags f WHERE f.notice_id = {n}.id AND f.indicator_id = ANY(%s) "
            "AND f.cleared_at IS NULL)", list(filters.flags))
    if filters.search.strip():
        pattern = like_pattern(filters.search.strip())
        add("({n}.title ILIKE %s OR {n}.text ILIKE %s)", pattern, pattern)
    if filters.surveillance is not None:
        add("{n}.surveillance = %s", filters.surveillance)
    if filters.demo is not None:
        add("{n}.demo = %s", filters.demo)
    if filters.point is not None:
        lat, lon = filters.point  # URL precision is 4 decimals (~10 m); gazetteer centroids are further apart
        add("EXISTS (SELECT 1 FROM places pl WHERE pl.notice_id = {n}.id "
            "AND pl.lat BETWEEN %s AND %s AND pl.lon BETWEEN %s AND %s)",
            float(lat) - 0.00006, float(lat) + 0.00006, float(lon) - 0.00006, float(lon) + 0.00006)
    if not conditions:
        return sql.Composed([sql.SQL("TRUE")]), params
    return sql.SQL(" AND ").join(conditions), params
