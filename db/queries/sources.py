"""Source health and the takedown ledger: what each spider did last, what failed, what disappeared."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from psycopg.rows import dict_row

if TYPE_CHECKING:
    import psycopg


def source_health(conn: psycopg.Connection) -> list[dict[str, Any]]:
    """Per source: last run and its status, notices collected, errors and blocked pages, removed notices.

    One pass over notices and one over crawl_errors, grouped by source (not a count per source and column).
    """
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            """WITH notice_counts AS (
                   SELECT source_id, count(*) AS notices, count(*) FILTER (WHERE surveillance) AS surveillance_notices,
                          count(*) FILTER (WHERE demo) AS demo_notices,
                          count(*) FILTER (WHERE status = 'removed') AS removed_notices,
                          min(published_on) AS earliest, max(published_on) AS latest
                   FROM notices GROUP BY source_id),
               error_counts AS (
                   SELECT source_id, count(*) FILTER (WHERE stage <> 'blocked') AS errors,
                          count(*) FILTER (WHERE stage = 'blocked') AS blocked_pages
                   FROM crawl_errors GROUP BY source_id)
               SELECT s.id AS source, s.kind, s.title,
                      r.started_at AS last_run_started, r.finished_at AS last_run_finished,
                      r.status AS last_run_status, r.stats AS last_run_stats,
                      coalesce(nc.notices, 0) AS notices, coalesce(nc.surveillance_notices, 0) AS surveillance_notices,
                      coalesce(nc.demo_notices, 0) AS demo_notices, coalesce(ec.errors, 0) AS errors,
                      coalesce(ec.blocked_pages, 0) AS blocked_pages,
                      coalesce(nc.removed_notices, 0) AS removed_notices,
                      nc.earliest, nc.latest
               FROM sources s
               LEFT JOIN notice_counts nc ON nc.source_id = s.id
               LEFT JOIN error_counts ec ON ec.source_id = s.id
               LEFT JOIN LATERAL (SELECT * FROM crawl_runs r WHERE r.source_id = s.id
                                  ORDER BY r.started_at DESC LIMIT 1) r ON true
               ORDER BY s.id""").fetchall()


def recent_errors(conn: psycopg.Connection, source: str | None = None, *, limit: int = 200) -> list[dict[str, Any]]:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            """SELECT e.occurred_at, e.source_id AS source, e.stage, e.http_status, e.url, e.error, e.run_id
               FROM crawl_errors e WHERE (%s::text IS NULL OR e.source_id = %s)
               ORDER BY e.occurred_at DESC LIMIT %s""", (source, source, limit)).fetchall()


def takedown_ledger(conn: psycopg.Connection, source: str | None = None) -> list[dict[str, Any]]:
    """Every removal observed (and reappearances), with the notice's URL and archived copy to cite."""
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            """SELECT e.occurred_on, e.event, e.reason, n.id AS notice_id, n.source_id AS source, n.title, n.url,
                      n.published_on, n.first_seen, n.last_seen, n.status AS current_status,
                      d.sha256 AS archive_sha256, d.last_fetched_at AS archived_at,
                      ev.sha256 AS evidence_sha256, n.demo
               FROM notice_events e
               JOIN notices n ON n.id = e.notice_id
               LEFT JOIN documents d ON d.id = n.document_id
               LEFT JOIN documents ev ON ev.id = e.document_id
               WHERE e.event IN ('removed', 'reappeared') AND (%s::text IS NULL OR n.source_id = %s)
               ORDER BY e.occurred_on DESC, e.id DESC""", (source, source)).fetchall()


def source_ids(conn: psycopg.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT id FROM sources ORDER BY id")]


def interrupted_runs(conn: psycopg.Connection, source: str | None = None, *, limit: int = 50) -> list[dict[str, Any]]:
    """Runs whose process died before closing them (survtrack/runs.py): when they started, their last sign of
    life, when they were found dead, the process, and how far they got (from the stats they last reported)."""
    with conn.cursor(row_factory=dict_row) as cur:
        rows = cur.execute(
            """SELECT r.id AS run, r.source_id AS source, r.started_at, r.finished_at AS last_sign_of_life,
                      r.stats -> 'interrupted' ->> 'detected_at' AS found_at,
                      r.stats -> 'interrupted' ->> 'reason' AS reason, r.pid, r.host, r.stats, r.demo
               FROM crawl_runs r
               WHERE r.status = 'interrupted' AND (%s::text IS NULL OR r.source_id = %s)
               ORDER BY r.started_at DESC LIMIT %s""", (source, source, limit)).fetchall()
    for row in rows:
        row["progress"] = run_progress(row.pop("stats") or {})
    return rows


def run_progress(stats: dict[str, Any]) -> str:
    """'120 responses, 3,400 notices (3,000 new), 2 errors' from a crawl's or an ingest's stats."""
    def number(key: str) -> int:
        value = stats.get(key)
        return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 0

    new = number("survtrack/notices/inserted") + number("inserted")
    stored = new + sum(number(f"{prefix}{outcome}") for prefix in ("survtrack/notices/", "")
                       for outcome in ("updated", "unchanged"))
    errors = number("errors") + sum(number(k) for k in stats if k.startswith("survtrack/errors/"))
    parts = [f"{number('downloader/response_count'):,} responses"] if "downloader/response_count" in stats else []
    if "files" in stats:
        parts.append(f"{number('files'):,} files")
    parts.append(f"{stored:,} notices ({new:,} new)")
    parts.append(f"{errors:,} errors")
    return ", ".join(parts)
