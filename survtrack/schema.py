"""Every verb that touches the database calls `ensure_schema` first, so a fresh SURVTRACK_HOME just works.

It also closes the runs of processes that died since (survtrack/runs.py): the next command after a kill marks
them 'interrupted'.

Why more than `migrate`: a migration that repairs stored data (0005 split notices that had overwritten each
other) leaves the repaired notices without enrichment, because SQL cannot run the enrichment engine. They are
enriched here, once, right after the migration that created them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.migrate import Migration

_done: set[str] = set()


def ensure_schema() -> list[Migration]:
    """Apply pending migrations, then enrich notices that have never been enriched; returns the migrations applied."""
    from db.connection import connect
    from db.migrate import migrate
    from db.store import unenriched_notice_ids

    with connect(autocommit=True) as conn:
        key = conn.info.dsn
        if key in _done:
            return []
        applied = migrate(conn)
    with connect() as conn:
        from survtrack.runs import mark_dead_runs

        mark_dead_runs(conn)
        if unenriched_notice_ids(conn):
            from survtrack.reprocess import reprocess

            reprocess(conn, only_unenriched=True)
    _done.add(key)
    return applied
