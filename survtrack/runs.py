"""Runs whose process died: found by the next command, closed as 'interrupted' with how far they got.

Why pid + host + heartbeat: a crawl killed with SIGKILL (or by the out-of-memory killer, or a reboot) cannot close
its own run row. Each run records the process running it and, every HEARTBEAT_SECONDS, its stats so far; any
later command on the same host checks whether that process still exists (and is the same process: a pid reused
after a reboot belongs to a process started after the run) and, if not, marks the run interrupted at its last
heartbeat. Runs on other hosts are left alone: only their own host can tell. A run wrongly taken for dead reopens
at its next heartbeat and closes as usual.
"""
from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from datetime import datetime

    import psycopg

log = logging.getLogger(__name__)


class Progress(Protocol):
    """What a long run reports its items to as it goes: a tqdm bar or survtrack.progress's log lines."""

    def update(self, n: int = 1) -> object: ...

#: Seconds between progress reports of a running run (SURVTRACK_HEARTBEAT_SECONDS overrides it, for tests).
HEARTBEAT_SECONDS = float(os.environ.get("SURVTRACK_HEARTBEAT_SECONDS") or 10.0)
#: Clock slack between the database's started_at and the process's own start time.
START_SLACK_SECONDS = 5.0


def process_alive(pid: int | None, started_at: datetime) -> bool:
    """Whether the process that opened a run at `started_at` still runs under `pid`."""
    import psutil

    if pid is None:
        return True  # unknown: never guess a run dead
    try:
        process = psutil.Process(pid)
        if process.status() == psutil.STATUS_ZOMBIE:
            return False
        return process.create_time() <= started_at.timestamp() + START_SLACK_SECONDS
    except psutil.NoSuchProcess:
        return False
    except psutil.Error:  # exists, but we may not look at it (another user): assume it is the run's
        return True


def mark_dead_runs(conn: psycopg.Connection) -> list[int]:
    """Mark this host's runs whose process is gone 'interrupted'; returns their ids. Commits."""
    from db import store

    pid, host = store.this_process()
    marked = []
    for run_id, run_pid, started_at in store.running_runs(conn, host):
        if run_pid == pid or process_alive(run_pid, started_at):
            continue
        if store.mark_interrupted(conn, run_id, f"process {run_pid} on {host} ended without closing the run"):
            marked.append(run_id)
    conn.commit()
    if marked:
        log.warning("marked %d run(s) of ended processes as interrupted: %s", len(marked),
                    ", ".join(map(str, marked)))
    return marked


class Heartbeat:
    """Writes a run's stats so far at most every `every` seconds (call `beat` as often as you like).

    Through a connection of its own, in autocommit: the caller's connection may be in the middle of a batch
    (ingest commits every few hundred notices), and a progress report must neither wait for that batch nor
    commit half of it. `conn` is the caller's connection (unused; kept for the call sites' symmetry)."""

    def __init__(self, conn: psycopg.Connection | None, run_id: int, stats: Callable[[], dict[str, Any]], *,
                 every: float = HEARTBEAT_SECONDS) -> None:
        self.run_id, self.stats, self.every = run_id, stats, every
        self.last = time.monotonic()

    def beat(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.last < self.every:
            return
        self.last = now
        from db import store
        from db.connection import connect

        try:
            with connect(autocommit=True) as conn:
                store.heartbeat_run(conn, self.run_id, self.stats())
        except Exception as exc:  # progress reports are best effort; the run itself goes on
            log.warning("could not record the run's progress: %s", exc)
