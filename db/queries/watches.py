"""Watches as the dashboard shows them, and which sources have gone silent (the Watches and Sources pages, and
`survtrack watch run`'s source_silent events).

Silence is judged from each source's own run history (crawl_runs, demo runs excluded), never from a fixed
schedule: a source is silent when its last successful run, or its last run that brought a new notice, is older
than SILENCE_FACTOR times its usual interval (the median gap between such runs, over its last runs); its error
rate jumped when its latest run's errors per response are at least ERROR_RATE_FLOOR and ERROR_RATE_JUMP above
the median of the runs before. A source with too short a history is not judged.
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from psycopg.rows import dict_row

if TYPE_CHECKING:
    import psycopg

SUCCESSFUL = ("finished", "partial")
SILENCE_FACTOR = 1.5
MIN_SILENCE = timedelta(hours=1)
MIN_RUNS = 3  # runs needed (two intervals) before a usual interval means anything
RUN_HISTORY = 30
ERROR_RATE_FLOOR = 0.2
ERROR_RATE_JUMP = 0.15


@dataclass(frozen=True)
class Silence:
    source: str
    reason: str  # no_successful_run | no_new_notice | error_rate
    since: datetime
    episode: str  # what makes this silence one event: its start, or the run that showed the error rate
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Run:
    id: int
    started_at: datetime
    finished_at: datetime | None
    status: str
    inserted: int
    responses: int
    errors: int

    @property
    def ended(self) -> datetime:
        return self.finished_at or self.started_at

    @property
    def error_rate(self) -> float:
        if self.status in ("failed", "interrupted") and self.responses == 0:
            return 1.0
        return min(1.0, self.errors / max(self.responses, 1))


_RUNS_SQL = """
SELECT source_id, id, started_at, finished_at, status, inserted, responses,
       (SELECT count(*) FROM crawl_errors e WHERE e.run_id = r.id) AS errors
FROM (SELECT r.*, coalesce((r.stats->>'survtrack/notices/inserted')::bigint, 0) AS inserted,
             coalesce((r.stats->>'downloader/response_count')::bigint, 0) AS responses,
             row_number() OVER (PARTITION BY r.source_id ORDER BY r.started_at DESC) AS recency
      FROM crawl_runs r WHERE NOT r.demo AND r.status <> 'running') r
WHERE recency <= %s
ORDER BY source_id, started_at
"""


def source_silence(conn: psycopg.Connection, now: datetime | None = None) -> list[Silence]:
    """Every source's current silences (none for a healthy source or one with too little history)."""
    now = now or datetime.now(UTC)
    by_source: dict[str, list[_Run]] = {}
    for row in conn.execute(_RUNS_SQL, (RUN_HISTORY,)).fetchall():
        by_source.setdefault(row[0], []).append(_Run(*row[1:]))
    found: list[Silence] = []
    for source, runs in sorted(by_source.items()):
        found.extend(_silences(source, runs, now))
    return found


def _usual_interval(runs: list[_Run]) -> timedelta | None:
    if len(runs) < MIN_RUNS:
        return None
    gaps = [(b.started_at - a.started_at).total_seconds() for a, b in pairwise(runs)]
    return timedelta(seconds=statistics.median(gaps))


def _overdue(source: str, reason: str, runs: list[_Run], now: datetime) -> Silence | None:
    usual = _usual_interval(runs)
    if usual is None:
        return None
    allowed = max(usual * SILENCE_FACTOR, MIN_SILENCE)
    since = runs[-1].ended
    if now - since <= allowed:
        return None
    return Silence(source, reason, since, since.isoformat(), {
        "usual_interval_hours": round(usual.total_seconds() / 3600, 2),
        "allowed_hours": round(allowed.total_seconds() / 3600, 2),
        "silent_hours": round((now - since).total_seconds() / 3600, 2),
        "last_run_id": runs[-1].id})


def _silences(source: str, runs: list[_Run], now: datetime) -> list[Silence]:
    found = []
    successful = [r for r in runs if r.status in SUCCESSFUL]
    no_success = _overdue(source, "no_successful_run", successful, now)
    if no_success:
        found.append(no_success)
    else:  # no new notice only matters while runs succeed
        no_news = _overdue(source, "no_new_notice", [r for r in successful if r.inserted > 0], now)
        if no_news:
            found.append(no_news)
    if len(runs) > MIN_RUNS:
        latest, previous = runs[-1], runs[-11:-1]
        baseline = statistics.median(r.error_rate for r in previous)
        if latest.error_rate >= ERROR_RATE_FLOOR and latest.error_rate >= baseline + ERROR_RATE_JUMP:
            found.append(Silence(source, "error_rate", latest.started_at, f"run{latest.id}", {
                "run_id": latest.id, "run_status": latest.status, "errors": latest.errors,
                "responses": latest.responses, "error_rate": round(latest.error_rate, 3),
                "usual_error_rate": round(baseline, 3)}))
    return found


def silent_since(conn: psycopg.Connection, now: datetime | None = None) -> dict[str, dict[str, Any]]:
    """Per silent source: since when, and why (the Sources page's "silent since" column)."""
    result: dict[str, dict[str, Any]] = {}
    for silence in source_silence(conn, now):
        current = result.get(silence.source)
        if current is None or silence.since < current["since"]:
            result[silence.source] = {"since": silence.since, "reason": silence.reason}
    return result


def last_successful_runs(conn: psycopg.Connection) -> dict[str, datetime]:
    """Per source, when its latest successful run (demo runs aside) started: `survtrack update`'s cadence clock."""
    return dict(conn.execute(
        """SELECT source_id, max(started_at) FROM crawl_runs
           WHERE NOT demo AND status = ANY(%s) GROUP BY source_id""", (list(SUCCESSFUL),)).fetchall())


def runs_since(conn: psycopg.Connection, since: datetime) -> list[dict[str, Any]]:
    """Every run started at or after `since`, with its notice counts and errors: `survtrack update`'s report."""
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            """SELECT r.source_id, r.id, r.status,
                      coalesce((r.stats->>'survtrack/notices/inserted')::bigint, 0) AS inserted,
                      coalesce((r.stats->>'survtrack/notices/updated')::bigint, 0) AS updated,
                      coalesce((r.stats->>'downloader/response_count')::bigint, 0) AS responses,
                      (SELECT count(*) FROM crawl_errors e WHERE e.run_id = r.id) AS errors
               FROM crawl_runs r WHERE r.started_at >= %s ORDER BY r.source_id, r.id""", (since,)).fetchall()


# --- the Watches page ---------------------------------------------------------------------------------------------

def watch_overview(conn: psycopg.Connection) -> list[dict[str, Any]]:
    """Every watch with its filter, last run, and how many events it holds and has pending."""
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            """SELECT w.name, array_to_string(w.where_items, ' ') AS filter, w.created_at, w.last_run_at,
                      w.last_error, count(e.id) AS events, count(e.id) FILTER (WHERE e.delivered_at IS NULL)
                      AS pending, max(e.detected_at) AS last_event_at
               FROM watches w LEFT JOIN watch_events e ON e.watch_id = w.id
               GROUP BY w.id ORDER BY w.name""").fetchall()


def recent_events(conn: psycopg.Connection, name: str, *, limit: int = 100) -> list[dict[str, Any]]:
    """A watch's latest events, newest first, with what the page shows of each (all of it text to escape)."""
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            """SELECT e.kind, e.event_key, e.detected_at, e.occurred_at, e.notice_id, e.source_id,
                      e.delivered_at, e.payload->'notice'->>'title' AS title, e.payload->'notice'->>'url' AS url,
                      e.payload->'notice'->>'archive_sha256' AS archive_sha256, e.payload->'evidence' AS evidence
               FROM watch_events e JOIN watches w ON w.id = e.watch_id
               WHERE w.name = %s ORDER BY e.detected_at DESC, e.id DESC LIMIT %s""", (name, limit)).fetchall()
