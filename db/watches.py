"""Watches (saved searches) and their delivery ledger: the write path of `survtrack watch`.

Why the ledger looks like this: every event must reach each channel once, even when `watch run` is killed.
Detection inserts the event as pending in the same transaction that finds it (UNIQUE (watch, event_key): a fact
is never recorded twice for one watch); a channel's success is recorded right after it (watch_deliveries); an
event is delivered when every channel configured for the run has it; the next run retries what is pending.
What is left to chance is only the instant between a channel accepting an event and its row being committed: a
crash there repeats that one event on that channel, with the same event id, so receivers can drop the repeat.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from uuid import UUID

from psycopg.rows import class_row

from db.fetch import one

if TYPE_CHECKING:
    import psycopg

NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
#: pg_advisory_lock keys (per database): one `watch run` at a time; one `survtrack update` at a time.
WATCH_RUN_LOCK = 724_118_206
UPDATE_LOCK = 724_118_207
#: How far before the last watermark a run looks again. Facts carry the time their writer computed, which can be
#: a little earlier than the moment they become visible (a transaction commits after it wrote its timestamps);
#: looking back a margin catches them, and the ledger drops what was already reported.
RECHECK_MARGIN = timedelta(minutes=10)
#: events_since of a watch added with --backfill: before anything survtrack can have recorded (a finite time, so
#: that every client can read it back as a datetime, whatever its time zone).
BACKFILL_SINCE = datetime(1900, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Watch:
    id: int
    name: str
    where_items: list[str]
    feed_uuid: UUID
    created_at: datetime
    events_since: datetime
    checked_until: datetime | None
    last_run_at: datetime | None
    last_error: str | None

    def scan_after(self) -> datetime:
        """Facts recorded after this time are (re)evaluated by the next run."""
        if self.checked_until is None:
            return self.events_since
        return max(self.events_since, self.checked_until - RECHECK_MARGIN)


@dataclass(frozen=True)
class WatchEvent:
    id: int
    watch_id: int
    event_uuid: UUID
    event_key: str
    kind: str
    notice_id: int | None
    source_id: str | None
    occurred_at: datetime
    detected_at: datetime
    payload: dict[str, Any]
    delivered_at: datetime | None


_WATCH_COLUMNS = ("id, name, where_items, feed_uuid, created_at, events_since, checked_until, last_run_at, "
                  "last_error")
_EVENT_COLUMNS = ("id, watch_id, event_uuid, event_key, kind, notice_id, source_id, occurred_at, detected_at, "
                  "payload, delivered_at")


# --- watches --------------------------------------------------------------------------------------------------------

def add_watch(conn: psycopg.Connection, name: str, where_items: Iterable[str], *, backfill: bool = False) -> Watch:
    """Insert a watch (caller commits). With backfill, facts recorded before it existed are reported too."""
    with conn.cursor(row_factory=class_row(Watch)) as cur:
        return one(cur.execute(
            f"""INSERT INTO watches (name, where_items, events_since)
                VALUES (%s, %s, CASE WHEN %s THEN %s ELSE now() END)
                RETURNING {_WATCH_COLUMNS}""",  # noqa: S608 - fixed column list
            (name, list(where_items), backfill, BACKFILL_SINCE)))


def get_watch(conn: psycopg.Connection, name: str) -> Watch | None:
    with conn.cursor(row_factory=class_row(Watch)) as cur:
        return cur.execute(f"SELECT {_WATCH_COLUMNS} FROM watches WHERE name = %s",  # noqa: S608
                           (name,)).fetchone()


def list_watches(conn: psycopg.Connection) -> list[Watch]:
    with conn.cursor(row_factory=class_row(Watch)) as cur:
        return cur.execute(f"SELECT {_WATCH_COLUMNS} FROM watches ORDER BY name").fetchall()  # noqa: S608


def remove_watch(conn: psycopg.Connection, name: str) -> bool:
    """Delete a watch and its ledger (caller commits). True when it existed."""
    return conn.execute("DELETE FROM watches WHERE name = %s", (name,)).rowcount > 0


def event_counts(conn: psycopg.Connection) -> dict[int, dict[str, int]]:
    """Per watch id: events recorded, still pending, and per kind."""
    counts: dict[int, dict[str, int]] = {}
    for watch_id, kind, total, pending in conn.execute(
            """SELECT watch_id, kind, count(*), count(*) FILTER (WHERE delivered_at IS NULL)
               FROM watch_events GROUP BY watch_id, kind"""):
        entry = counts.setdefault(watch_id, {"events": 0, "pending": 0})
        entry["events"] += total
        entry["pending"] += pending
        entry[kind] = total
    return counts


# --- evaluation bookkeeping ---------------------------------------------------------------------------------------

def lock_watch_runs(conn: psycopg.Connection) -> None:
    """Wait until no other `watch run` works on this database (session lock: released when `conn` closes, also
    when its process is killed)."""
    conn.execute("SELECT pg_advisory_lock(%s)", (WATCH_RUN_LOCK,))


def try_lock(conn: psycopg.Connection, key: int) -> bool:
    return bool(one(conn.execute("SELECT pg_try_advisory_lock(%s)", (key,)))[0])


def label_session(conn: psycopg.Connection, label: str) -> None:
    """Name this database session (application_name) so that whoever finds its lock taken can say who holds it."""
    conn.execute("SELECT set_config('application_name', %s, false)", (label[:63],))


def lock_holder(conn: psycopg.Connection, key: int) -> tuple[int, datetime, str] | None:
    """(server pid, backend start, application_name) of the session holding advisory lock `key`, when this role
    may see it."""
    return conn.execute(
        """SELECT a.pid, a.backend_start, coalesce(a.application_name, '')
           FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
           WHERE l.locktype = 'advisory' AND l.granted AND l.objid = %s::oid AND l.database =
                 (SELECT oid FROM pg_database WHERE datname = current_database())""",
        (key & 0xFFFFFFFF,)).fetchone()


def safe_horizon(conn: psycopg.Connection) -> datetime:
    """A time before which every fact that will ever be recorded is already visible, give or take the margin:
    now, or the start of the oldest transaction still open in this database (whatever it writes later carries
    a time at or after its start). Taken in its own statement, before the evaluation reads anything."""
    horizon: datetime = one(conn.execute(
        """SELECT least(now(), (SELECT min(xact_start) FROM pg_stat_activity
                                 WHERE datname = current_database() AND pid <> pg_backend_pid()
                                   AND xact_start IS NOT NULL))"""))[0]
    return horizon


def mark_evaluated(conn: psycopg.Connection, watch_id: int, horizon: datetime | None, error: str | None) -> None:
    """Record a finished evaluation: the new watermark (unchanged when it failed) and the error, if any."""
    conn.execute(
        """UPDATE watches SET checked_until = CASE WHEN %s::text IS NULL THEN %s ELSE checked_until END,
                              last_run_at = now(), last_error = %s
           WHERE id = %s""",
        (error, horizon, error, watch_id))


def record_event(conn: psycopg.Connection, watch_id: int, *, key: str, kind: str, notice_id: int | None,
                 source_id: str | None, occurred_at: datetime, payload: dict[str, Any]) -> bool:
    """Insert one event unless the watch already has it; True when inserted (caller commits)."""
    from psycopg.types.json import Jsonb

    return conn.execute(
        """INSERT INTO watch_events (watch_id, event_key, kind, notice_id, source_id, occurred_at, payload)
           VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (watch_id, event_key) DO NOTHING""",
        (watch_id, key, kind, notice_id, source_id, occurred_at, Jsonb(payload))).rowcount > 0


def known_keys(conn: psycopg.Connection, watch_id: int, keys: list[str]) -> set[str]:
    rows = conn.execute("SELECT event_key FROM watch_events WHERE watch_id = %s AND event_key = ANY(%s)",
                        (watch_id, keys)).fetchall()
    return {r[0] for r in rows}


# --- delivery -------------------------------------------------------------------------------------------------------

def pending_watch_ids(conn: psycopg.Connection, channel: str) -> list[int]:
    """Watches with pending events that `channel` has not delivered yet."""
    return [r[0] for r in conn.execute(
        """SELECT DISTINCT e.watch_id FROM watch_events e
           WHERE e.delivered_at IS NULL
             AND NOT EXISTS (SELECT 1 FROM watch_deliveries w WHERE w.event_id = e.id AND w.channel = %s
                             AND w.delivered_at IS NOT NULL)
           ORDER BY 1""", (channel,))]


def pending_events(conn: psycopg.Connection, channel: str, watch_id: int, limit: int) -> list[WatchEvent]:
    """The watch's oldest pending events (in detection order) that `channel` has not delivered yet."""
    with conn.cursor(row_factory=class_row(WatchEvent)) as cur:
        return cur.execute(
            f"""SELECT {_EVENT_COLUMNS} FROM watch_events e
                WHERE e.watch_id = %s AND e.delivered_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM watch_deliveries w WHERE w.event_id = e.id AND w.channel = %s
                                  AND w.delivered_at IS NOT NULL)
                ORDER BY e.id LIMIT %s""",  # noqa: S608 - fixed column list
            (watch_id, channel, limit)).fetchall()


def record_delivered_pending(conn: psycopg.Connection, watch_id: int, channel: str) -> int:
    """`channel` now holds every pending event of the watch (the feed, rewritten from the ledger); how many."""
    return conn.execute(
        """INSERT INTO watch_deliveries (event_id, channel, attempts, last_attempt_at, delivered_at)
           SELECT e.id, %s, 1, now(), now() FROM watch_events e WHERE e.watch_id = %s AND e.delivered_at IS NULL
           ON CONFLICT (event_id, channel) DO UPDATE
           SET attempts = watch_deliveries.attempts + 1, last_attempt_at = now(), last_error = NULL,
               delivered_at = now()
           WHERE watch_deliveries.delivered_at IS NULL""",
        (channel, watch_id)).rowcount


def record_delivered(conn: psycopg.Connection, event_ids: list[int], channel: str) -> None:
    """Channel `channel` accepted these events (caller commits at once)."""
    conn.execute(
        """INSERT INTO watch_deliveries (event_id, channel, attempts, last_attempt_at, delivered_at)
           SELECT unnest(%s::bigint[]), %s, 1, now(), now()
           ON CONFLICT (event_id, channel) DO UPDATE
           SET attempts = watch_deliveries.attempts + 1, last_attempt_at = now(), last_error = NULL,
               delivered_at = now()""",
        (event_ids, channel))


def record_failed(conn: psycopg.Connection, event_ids: list[int], channel: str, error: str) -> None:
    """Channel `channel` refused or could not be reached; the events stay pending for the next run."""
    conn.execute(
        """INSERT INTO watch_deliveries (event_id, channel, attempts, last_attempt_at, last_error)
           SELECT unnest(%s::bigint[]), %s, 1, now(), %s
           ON CONFLICT (event_id, channel) DO UPDATE
           SET attempts = watch_deliveries.attempts + 1, last_attempt_at = now(), last_error = EXCLUDED.last_error""",
        (event_ids, channel, error[:2000]))


def complete_delivered(conn: psycopg.Connection, channels: list[str]) -> int:
    """Mark delivered every pending event that all of `channels` delivered; returns how many."""
    return conn.execute(
        """UPDATE watch_events e SET delivered_at = now()
           WHERE e.delivered_at IS NULL
             AND NOT EXISTS (SELECT 1 FROM unnest(%s::text[]) AS c(channel)
                             WHERE NOT EXISTS (SELECT 1 FROM watch_deliveries w
                                               WHERE w.event_id = e.id AND w.channel = c.channel
                                                 AND w.delivered_at IS NOT NULL))""",
        (channels,)).rowcount


def recent_events(conn: psycopg.Connection, watch_id: int, limit: int) -> list[WatchEvent]:
    """The watch's latest events, newest first (pending ones included: the feed shows what the ledger holds)."""
    with conn.cursor(row_factory=class_row(WatchEvent)) as cur:
        return cur.execute(
            f"""SELECT {_EVENT_COLUMNS} FROM watch_events WHERE watch_id = %s
                ORDER BY detected_at DESC, id DESC LIMIT %s""",  # noqa: S608 - fixed column list
            (watch_id, limit)).fetchall()
