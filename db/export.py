"""Notices in the export shape of the data contract (shared/docs/data-contract.md, "Export output").

One SQL statement assembles each notice with its tags, parties (with the designations in force on the notice
date), headline amount, place and archive reference; filters are parameters, never spliced text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timezone
from typing import TYPE_CHECKING, Any, Iterator

from psycopg import sql

if TYPE_CHECKING:
    import psycopg


@dataclass
class ExportFilter:
    """The filters `survtrack export --where key=value` and the dashboard share."""

    technologies: list[str] = field(default_factory=list)
    vendors: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    adcode_prefix: str | None = None
    sources: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    since: date | None = None
    until: date | None = None
    surveillance: bool | None = None
    demo: bool | None = None
    status: list[str] = field(default_factory=list)
    text: str | None = None
    buyer: str | None = None
    designated_at_award: bool = False

    def where(self) -> tuple[sql.Composable, list[Any]]:
        clauses: list[sql.Composable] = [sql.SQL("TRUE")]
        params: list[Any] = []

        def add(clause: str, *values: Any) -> None:
            clauses.append(sql.SQL(clause))
            params.extend(values)

        if self.technologies:
            add("EXISTS (SELECT 1 FROM technology_tags t WHERE t.notice_id = n.id AND t.taxonomy_id = ANY(%s))",
                self.technologies)
        if self.vendors:
            add("""EXISTS (SELECT 1 FROM notice_parties p JOIN organisations o ON o.id = p.org_id
                          LEFT JOIN organisations parent ON parent.id = o.parent_id
                          WHERE p.notice_id = n.id AND p.role IN ('supplier', 'mentioned')
                            AND (o.vendor_id = ANY(%s) OR parent.vendor_id = ANY(%s)))""",
                self.vendors, self.vendors)
        if self.countries:
            add("n.country = ANY(%s)", [c.upper() for c in self.countries])
        if self.adcode_prefix:
            add("EXISTS (SELECT 1 FROM places pl WHERE pl.notice_id = n.id AND pl.adcode LIKE %s)",
                self.adcode_prefix.rstrip("0") + "%")
        if self.sources:
            add("n.source_id = ANY(%s)", self.sources)
        if self.kinds:
            add("n.kind = ANY(%s)", self.kinds)
        if self.since:
            add("n.published_on >= %s", self.since)
        if self.until:
            add("n.published_on <= %s", self.until)
        if self.surveillance is not None:
            add("n.surveillance = %s", self.surveillance)
        if self.demo is not None:
            add("n.demo = %s", self.demo)
        if self.status:
            add("n.status = ANY(%s)", self.status)
        if self.text:
            add("(n.text ILIKE %s)", f"%{_escape_like(self.text)}%")
        if self.buyer:
            add("""EXISTS (SELECT 1 FROM notice_parties p WHERE p.notice_id = n.id AND p.role = 'buyer'
                          AND p.raw_name ILIKE %s)""", f"%{_escape_like(self.buyer)}%")
        if self.designated_at_award:
            add("EXISTS (SELECT 1 FROM supplier_designations_at_award s WHERE s.notice_id = n.id)")
        return sql.SQL(" AND ").join(clauses), params


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


EXPORT_SQL = """
SELECT n.id, n.url, n.source_id, n.kind, n.title, n.published_on, n.language, n.surveillance, n.demo,
       n.status, n.removed_on, n.first_seen, n.last_seen, n.classifier_version,
       (SELECT coalesce(json_agg(json_build_object('id', t.taxonomy_id, 'evidence', t.evidence,
                                                   'start', t.start_offset, 'end', t.end_offset)
                                 ORDER BY t.start_offset), '[]'::json)
          FROM technology_tags t WHERE t.notice_id = n.id) AS technologies,
       (SELECT json_build_object('name', p.raw_name, 'org_id', p.org_id::text)
          FROM notice_parties p WHERE p.notice_id = n.id AND p.role = 'buyer'
          ORDER BY p.start_offset LIMIT 1) AS buyer,
       (SELECT coalesce(json_agg(json_build_object(
                   'name', p.raw_name, 'vendor_id', coalesce(o.vendor_id, parent.vendor_id),
                   'org_id', p.org_id::text, 'match_method', p.match_method, 'match_score', p.match_score,
                   'watchlists', (SELECT coalesce(json_agg(json_build_object(
                                          'list', s.list_id, 'listed_on', s.listed_on, 'program', s.program,
                                          'citation', s.citation) ORDER BY s.listed_on), '[]'::json)
                                  FROM supplier_designations_at_award s WHERE s.party_id = p.id))
                 ORDER BY p.start_offset), '[]'::json)
          FROM notice_parties p LEFT JOIN organisations o ON o.id = p.org_id
          LEFT JOIN organisations parent ON parent.id = o.parent_id
          WHERE p.notice_id = n.id AND p.role = 'supplier') AS suppliers,
       (SELECT json_build_object('value', a.value, 'currency', a.currency, 'kind', a.kind, 'lot', a.lot,
                                 'evidence', a.evidence)
          FROM amounts a WHERE a.notice_id = n.id AND a.is_headline LIMIT 1) AS amount,
       (SELECT json_build_object('country', pl.country, 'admin1', pl.admin1, 'admin2', pl.admin2,
                                 'admin3', pl.admin3, 'city', pl.city, 'adcode', pl.adcode, 'lat', pl.lat,
                                 'lon', pl.lon, 'precision', pl.precision, 'method', pl.method)
          FROM places pl WHERE pl.notice_id = n.id) AS location,
       d.sha256 AS archive_sha256, d.last_fetched_at AS archive_retrieved_at, d.url AS archive_url
FROM notices n
LEFT JOIN documents d ON d.id = n.document_id
WHERE {where}
ORDER BY n.published_on DESC NULLS LAST, n.id
"""


def iter_notices(conn: psycopg.Connection, filters: ExportFilter | None = None,
                 limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Notices in the export shape, streamed with a server-side cursor (exports can be large)."""
    where, params = (filters or ExportFilter()).where()
    query = sql.SQL(EXPORT_SQL).format(where=where)
    if limit is not None:
        query = query + sql.SQL(" LIMIT {}").format(sql.Literal(int(limit)))
    with conn.cursor(name="survtrack_export") as cur:
        cur.itersize = 500
        cur.execute(query, params)
        columns = [c.name for c in cur.description]
        for row in cur:
            yield export_record(dict(zip(columns, row)))


def export_record(row: dict[str, Any]) -> dict[str, Any]:
    amount = row["amount"]
    if amount and amount.get("value") is not None:
        value = float(amount["value"])
        amount["value"] = int(value) if value.is_integer() else value
    retrieved = row["archive_retrieved_at"]
    return {
        "id": str(row["id"]), "url": row["url"], "source": row["source_id"], "kind": row["kind"],
        "title": row["title"],
        "published": row["published_on"].isoformat() if row["published_on"] else None,
        "language": row["language"], "surveillance": row["surveillance"],
        "technologies": row["technologies"], "buyer": row["buyer"], "suppliers": row["suppliers"],
        "amount": amount, "location": row["location"],
        "archive": {"sha256": row["archive_sha256"],
                    "retrieved_at": retrieved.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
                    if retrieved else None}
        if row["archive_sha256"] else None,
        "status": row["status"],
        "removed_on": row["removed_on"].isoformat() if row["removed_on"] else None,
        "classifier_version": row["classifier_version"], "demo": row["demo"],
    }
