"""Detecting a watch's events from what the database already records (the SQL behind `survtrack watch run`).

Each detector selects the facts recorded after the watch's scan time (`after`) about notices its filter selects,
and inserts them into the ledger as pending events with their evidence; ON CONFLICT drops facts the watch
already has. The facts, and why each is evidence:
- new: notices.first_seen; the technology clauses that tagged it.
- amended: notice_versions (version > 1); the differences are computed by the caller from `version_pair`.
- taken_down: notice_events 'removed' (the takedown ledger), with the archived response that showed it.
- designated_supplier: a supplier party resolved to an organisation a designation names (or covers, where the
  list says so: designation_coverage) in force on the notice date — the rule of supplier_designations_at_award.
- newly_designated: a designation first read after the watch existed, about an organisation the watch already
  had awards for: every earlier award to it, in force on its date or not (in_force_at_award says which).
A pair (notice, designation) is reported once, as one of the two: newly_designated when the designation arrived
after both the watch and the notice, designated_supplier otherwise. A pair becomes known when the later of three
facts is recorded: the notice first seen, the designation first read, and the link between the designation and the
supplier's organisation (designations.matched_at, or designation_coverage.created_at for a covered subsidiary). The
link can come last: a re-match (`survtrack update`, `survtrack reprocess`) may link an entry read long ago to an
organisation that won awards the watch has already looked at. Such a pair is found when the link is recorded, and
classified as if the link had existed from the start (by when the notice and the entry were first read), so a late
link changes when a pair is reported, never what it is reported as.
Disclosures are left out of both: a company's own filing names it as supplier, which is not a purchase.
"""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from psycopg import sql
from psycopg.rows import dict_row

from db.fetch import one

if TYPE_CHECKING:
    import psycopg


def where_sql(filters: Any) -> tuple[sql.Composable, list[Any]]:
    """The parameterised condition on notices `n` for a parsed `--where` filter (db.export.ExportFilter, or the
    unified db.queries.filters.NoticeFilters): whichever model `survtrack.commands.parse_where` returns."""
    if hasattr(filters, "where"):
        clause: tuple[sql.Composable, list[Any]] = filters.where()
        return clause
    from db.queries.filters import where_clause

    return where_clause(filters, alias="n")


NOTICE_JSON = """jsonb_build_object(
    'id', n.id, 'url', n.url, 'title', n.title, 'source', n.source_id, 'kind', n.kind,
    'published', n.published_on, 'status', n.status, 'version', n.version, 'first_seen', n.first_seen,
    'demo', n.demo, 'archive_sha256', doc.sha256, 'archive_retrieved_at', doc.last_fetched_at,
    'archive_url', doc.url)"""

_INSERT = "INSERT INTO watch_events (watch_id, event_key, kind, notice_id, source_id, occurred_at, payload)\n"
_CONFLICT = "\nON CONFLICT (watch_id, event_key) DO NOTHING"

_NEW = _INSERT + """
SELECT %s, 'new:' || n.id, 'new', n.id, n.source_id, n.first_seen,
       jsonb_build_object('notice', {notice}, 'evidence', jsonb_build_object(
           'first_seen', n.first_seen,
           'technologies', coalesce((SELECT jsonb_agg(jsonb_build_object('id', t.taxonomy_id,
                                                                      'evidence', t.evidence,
                                                                      'start', t.start_offset,
                                                                      'end', t.end_offset)
                                                   ORDER BY t.start_offset, t.id)
                                     FROM (SELECT * FROM technology_tags t0 WHERE t0.notice_id = n.id
                                           ORDER BY t0.start_offset, t0.id LIMIT 5) t), '[]'::jsonb)))
FROM notices n
LEFT JOIN documents doc ON doc.id = n.document_id
WHERE n.first_seen > %s AND {where}
ORDER BY n.first_seen, n.id""" + _CONFLICT

_TAKEN_DOWN = _INSERT + """
SELECT %s, 'taken_down:' || n.id || ':' || e.id, 'taken_down', n.id, n.source_id, e.recorded_at,
       jsonb_build_object('notice', {notice}, 'evidence', jsonb_build_object(
           'ledger_event_id', e.id, 'reason', e.reason, 'removed_on', e.occurred_on, 'version', e.version,
           'recorded_at', e.recorded_at, 'response_url', ev.url, 'response_sha256', ev.sha256,
           'response_http_status', ev.http_status, 'response_retrieved_at', ev.last_fetched_at))
FROM notice_events e
JOIN notices n ON n.id = e.notice_id
LEFT JOIN documents doc ON doc.id = n.document_id
LEFT JOIN documents ev ON ev.id = e.document_id
WHERE e.event = 'removed' AND e.recorded_at > %s AND {where}
ORDER BY e.recorded_at, e.id""" + _CONFLICT

#: Supplier parties linked to a designation: named by it, or covered by it where the list says so, with the time the
#: link was recorded (linked_at). {named} and {covered} limit them to new notices (designated_supplier) or to
#: designations read or linked anew (both detectors), so a run reads only what is new.
_LINKS = """
WITH links AS (
    SELECT p.notice_id, p.raw_name, p.org_id, p.start_offset, p.end_offset, d.id AS designation_id,
           false AS via_parent, d.matched_at AS linked_at
    FROM designations d JOIN notice_parties p ON p.org_id = d.org_id AND p.role = 'supplier'
    WHERE {named}
    UNION ALL
    SELECT p.notice_id, p.raw_name, p.org_id, p.start_offset, p.end_offset, d.id, true, c.created_at
    FROM designations d
    JOIN designation_coverage c ON c.designation_id = d.id
    JOIN notice_parties p ON p.org_id = c.org_id AND p.role = 'supplier'
    WHERE d.org_id IS DISTINCT FROM p.org_id AND {covered}
)
"""
#: (condition on the named leg, condition on the covered leg); each takes one time parameter per %s.
_NEW_NOTICES = ("p.notice_id IN (SELECT id FROM notices WHERE first_seen > %s)",
                "p.notice_id IN (SELECT id FROM notices WHERE first_seen > %s)")
_NEW_DESIGNATIONS = ("(d.first_seen > %s OR d.matched_at > %s)", "(d.first_seen > %s OR c.created_at > %s)")

_IN_FORCE = ("(n.published_on IS NOT NULL AND d.listed_on IS NOT NULL AND d.listed_on <= n.published_on "
             "AND (d.delisted_on IS NULL OR d.delisted_on > n.published_on))")

_DESIGNATION_JSON = """jsonb_build_object('notice', {notice}, 'evidence', jsonb_build_object(
    'designation_id', d.id, 'list', d.list_id, 'list_name', w.name, 'authority', w.authority,
    'entity_name', d.entity_name, 'program', d.program, 'listed_on', d.listed_on, 'delisted_on', d.delisted_on,
    'citation', d.citation, 'list_source_url', d.source_url, 'list_sha256', ld.sha256,
    'designation_first_seen', d.first_seen, 'supplier_linked_at', l.linked_at, 'supplier', l.raw_name,
    'supplier_org_id', l.org_id, 'supplier_start', l.start_offset, 'supplier_end', l.end_offset,
    'via_parent', l.via_parent,
    'award_date', n.published_on, 'in_force_at_award', coalesce(""" + _IN_FORCE + """, false)))"""

_DESIGNATION_FROM = """
FROM links l
JOIN designations d ON d.id = l.designation_id
JOIN notices n ON n.id = l.notice_id
LEFT JOIN documents doc ON doc.id = n.document_id
LEFT JOIN watchlists w ON w.id = d.list_id
LEFT JOIN documents ld ON ld.id = d.document_id
WHERE n.kind <> 'disclosure' AND """

_DESIGNATED_SUPPLIER = _LINKS + _INSERT + """
SELECT DISTINCT ON (n.id, d.id) %s, 'designated_supplier:' || n.id || ':' || d.id, 'designated_supplier', n.id,
       n.source_id, greatest(n.first_seen, d.first_seen, l.linked_at), """ + _DESIGNATION_JSON + \
    _DESIGNATION_FROM + _IN_FORCE + """
  AND (n.first_seen > %s OR d.first_seen > %s OR l.linked_at > %s)
  AND NOT (d.first_seen > %s AND d.first_seen > n.first_seen)
  AND {where}
ORDER BY n.id, d.id, l.via_parent, l.start_offset""" + _CONFLICT

_NEWLY_DESIGNATED = _LINKS + _INSERT + """
SELECT DISTINCT ON (n.id, d.id) %s, 'newly_designated:' || n.id || ':' || d.id, 'newly_designated', n.id,
       n.source_id, greatest(d.first_seen, l.linked_at), """ + _DESIGNATION_JSON + _DESIGNATION_FROM + """
  d.first_seen > %s AND n.first_seen < d.first_seen AND (d.first_seen > %s OR l.linked_at > %s)
  AND {where}
ORDER BY n.id, d.id, l.via_parent, l.start_offset""" + _CONFLICT


def _run(conn: psycopg.Connection, template: str, params: list[Any], where: sql.Composable,
         window: tuple[str, str] | None = None) -> int:
    parts = {"notice": sql.SQL(NOTICE_JSON), "where": where}
    if window is not None:
        parts["named"], parts["covered"] = sql.SQL(window[0]), sql.SQL(window[1])
    return conn.execute(sql.SQL(template).format(**parts), params).rowcount


def _window_params(window: tuple[str, str], at: datetime) -> list[datetime]:
    return [at] * (window[0].count("%s") + window[1].count("%s"))


def news_since(conn: psycopg.Connection, after: datetime) -> dict[str, bool]:
    """Which kinds of fact were recorded after `after`: detectors with nothing to read are skipped, so a run with
    nothing new costs a few milliseconds per watch whatever the size of the database.

    Each test is "the latest time recorded > after" (max() reads one end of an index) rather than EXISTS (... >
    after): this statement runs once per watch with the same text, so psycopg prepares it and PostgreSQL then
    switches to a generic plan, which for EXISTS assumes a third of the rows qualify and scans the whole table
    (0.45 s per watch on 1M notices, measured by bench/watch.py)."""
    row = one(conn.execute(
        """SELECT coalesce((SELECT max(first_seen) FROM notices) > %(t)s, false),
                  coalesce((SELECT max(seen_at) FROM notice_versions WHERE version > 1) > %(t)s, false),
                  coalesce((SELECT max(recorded_at) FROM notice_events WHERE event = 'removed') > %(t)s, false),
                  coalesce(greatest((SELECT max(first_seen) FROM designations),
                                    (SELECT max(matched_at) FROM designations),
                                    (SELECT max(created_at) FROM designation_coverage)) > %(t)s, false)""",
        {"t": after}))
    return dict(zip(("notices", "versions", "removals", "designations"), row, strict=True))


def detect_new(conn: psycopg.Connection, watch_id: int, after: datetime, where: sql.Composable,
               where_params: list[Any]) -> int:
    return _run(conn, _NEW, [watch_id, after, *where_params], where)


def detect_taken_down(conn: psycopg.Connection, watch_id: int, after: datetime, where: sql.Composable,
                      where_params: list[Any]) -> int:
    return _run(conn, _TAKEN_DOWN, [watch_id, after, *where_params], where)


def detect_designated_supplier(conn: psycopg.Connection, watch_id: int, after: datetime, created_at: datetime,
                               where: sql.Composable, where_params: list[Any], *, new_notices: bool = True,
                               new_designations: bool = True) -> int:
    """Pairs that became known after `after`: new notices with any designation, then designations read or linked
    anew with any notice (the ledger drops a pair found both ways)."""
    found = 0
    for window, wanted in ((_NEW_NOTICES, new_notices), (_NEW_DESIGNATIONS, new_designations)):
        if wanted:
            found += _run(conn, _DESIGNATED_SUPPLIER,
                          [*_window_params(window, after), watch_id, after, after, after, created_at,
                           *where_params], where, window)
    return found


def detect_newly_designated(conn: psycopg.Connection, watch_id: int, after: datetime, created_at: datetime,
                            where: sql.Composable, where_params: list[Any]) -> int:
    """Pairs whose designation was read after the watch existed and after the notice, and was read or linked to
    the supplier after `after`: the earlier awards of a vendor that (as far as survtrack knows) was newly listed."""
    since = max(after, created_at)
    return _run(conn, _NEWLY_DESIGNATED,
                [*_window_params(_NEW_DESIGNATIONS, since), watch_id, created_at, since, since, *where_params],
                where, _NEW_DESIGNATIONS)


# --- amendments: candidates here, the differences computed by the caller ------------------------------------------

def amended_candidates(conn: psycopg.Connection, watch_id: int, after: datetime, where: sql.Composable,
                       where_params: list[Any]) -> list[tuple[int, int, datetime]]:
    """(notice id, version, seen_at) of versions after the first, seen after `after`, not yet in the ledger."""
    query = sql.SQL("""
        SELECT v.notice_id, v.version, v.seen_at FROM notice_versions v JOIN notices n ON n.id = v.notice_id
        WHERE v.version > 1 AND v.seen_at > %s AND {where}
          AND NOT EXISTS (SELECT 1 FROM watch_events e WHERE e.watch_id = %s
                          AND e.event_key = 'amended:' || v.notice_id || ':' || v.version)
        ORDER BY v.seen_at, v.id""").format(where=where)
    return [tuple(r) for r in conn.execute(query, [after, *where_params, watch_id]).fetchall()]


def notice_json(conn: psycopg.Connection, notice_id: int) -> dict[str, Any]:
    """The notice as every event shows it (URL, title, archived copy)."""
    query = sql.SQL("SELECT {notice} FROM notices n LEFT JOIN documents doc ON doc.id = n.document_id "
                    "WHERE n.id = %s").format(notice=sql.SQL(NOTICE_JSON))
    notice: dict[str, Any] = one(conn.execute(query, (notice_id,)))[0]
    return notice


def version_pair(conn: psycopg.Connection, notice_id: int, version: int) -> dict[str, Any]:
    """Versions `version - 1` and `version` of a notice (title, url, kind, date, text, facts, archived copy) and
    the enrichment in force with each: the latest kept for the old version (enrichment_history), and for the new
    one the first kept for it, else the current snapshot. An enrichment that did not change with the version left
    no history row: then `before` is None."""
    with conn.cursor(row_factory=dict_row) as cur:
        versions = cur.execute(
            """SELECT v.version, v.title, v.url, v.kind, v.published_on, v.text, v.facts, v.seen_at,
                      d.sha256 AS archive_sha256
               FROM notice_versions v LEFT JOIN documents d ON d.id = v.document_id
               WHERE v.notice_id = %s AND v.version IN (%s, %s)""",
            (notice_id, version - 1, version)).fetchall()
    by_version = {row["version"]: row for row in versions}
    before = conn.execute(
        """SELECT enrichment FROM enrichment_history WHERE notice_id = %s AND notice_version = %s
           ORDER BY replaced_at DESC, id DESC LIMIT 1""", (notice_id, version - 1)).fetchone()
    after = conn.execute(
        """SELECT enrichment FROM enrichment_history WHERE notice_id = %s AND notice_version = %s
           ORDER BY replaced_at, id LIMIT 1""", (notice_id, version)).fetchone()
    if after is None:
        after = conn.execute("SELECT enrichment FROM enrichment_snapshots WHERE notice_id = %s",
                             (notice_id,)).fetchone()
    return {"old": by_version.get(version - 1), "new": by_version.get(version),
            "enrichment_before": before[0] if before else None, "enrichment_after": after[0] if after else None}


def sources_in_scope(conn: psycopg.Connection, sources: list[str], where: sql.Composable,
                     where_params: list[Any]) -> set[str]:
    """Which of `sources` hold at least one notice the watch selects."""
    found: set[str] = set()
    query = sql.SQL("SELECT EXISTS (SELECT 1 FROM notices n WHERE n.source_id = %s AND {where})").format(where=where)
    for source in sources:
        if one(conn.execute(query, [source, *where_params]))[0]:
            found.add(source)
    return found
