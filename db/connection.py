"""Connections and pools for the app (read-write) and the dashboard (read-only role)."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from psycopg_pool import ConnectionPool

from db import server
from db.fetch import one


@contextmanager
def connect(url: str | None = None, *, autocommit: bool = False) -> Iterator[psycopg.Connection]:
    """A connection to the configured database (DATABASE_URL or the embedded server)."""
    target = url or server.database_url()
    try:
        conn = psycopg.connect(target, autocommit=autocommit)
    except psycopg.OperationalError as exc:
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise server.DatabaseUnavailable(f"cannot connect to {server.describe(target)}: {first_line}") from exc
    with conn:
        yield conn


#: The dashboard's statement timeout (SURVTRACK_READER_STATEMENT_TIMEOUT overrides it; migration 0007 sets the
#: same default on the survtrack_reader role).
READER_STATEMENT_TIMEOUT = "30s"


class ReaderSessionError(RuntimeError):
    """A dashboard connection is not as restricted as it must be (writable, or without a statement timeout)."""


def pin_reader_session(conn: psycopg.Connection) -> None:
    """Make a dashboard session read-only with a statement timeout, then check that both hold: the role's own
    defaults (migration 0007) are settings a session could change, so the dashboard sets and verifies them on
    every connection it opens instead of trusting them."""
    import os

    timeout = os.environ.get("SURVTRACK_READER_STATEMENT_TIMEOUT", "").strip() or READER_STATEMENT_TIMEOUT
    conn.read_only = True
    conn.autocommit = True
    conn.execute("SELECT set_config('default_transaction_read_only', 'on', false)")
    try:
        conn.execute("SELECT set_config('statement_timeout', %s, false)", (timeout,))
    except psycopg.DataError as exc:
        raise ReaderSessionError(f"SURVTRACK_READER_STATEMENT_TIMEOUT={timeout!r} is not a duration: {exc}") from exc
    milliseconds, read_only = one(conn.execute(
        """SELECT (SELECT setting::bigint FROM pg_settings WHERE name = 'statement_timeout'),
                  current_setting('default_transaction_read_only')"""))
    if not milliseconds or read_only != "on":
        raise ReaderSessionError(f"the dashboard's connection as {conn.info.user} is not restricted "
                                 f"(statement_timeout {milliseconds} ms, read-only {read_only})")


def reader_pool(url: str | None = None, *, max_size: int = 4) -> ConnectionPool:
    """A pool of read-only connections for the dashboard; every session is read-only at the server too, with a
    statement timeout that is set and checked on every connection (pin_reader_session) when it is opened and
    again each time it is given back: a session that lifted its own timeout (`SET statement_timeout = 0`) is
    pinned again before the next page uses it, or discarded."""
    target = url or server.reader_url()
    return ConnectionPool(target, min_size=1, max_size=max_size, configure=pin_reader_session,
                          reset=pin_reader_session, open=True, timeout=20)
