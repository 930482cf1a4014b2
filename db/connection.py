"""Connections and pools for the app (read-write) and the dashboard (read-only role)."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

import psycopg
from psycopg_pool import ConnectionPool

from db import server


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


def reader_pool(url: str | None = None, *, max_size: int = 4) -> ConnectionPool:
    """A pool of read-only connections for the dashboard; every session is read-only at the server too."""
    target = url or server.reader_url()

    def configure(conn: psycopg.Connection) -> None:
        conn.read_only = True
        conn.autocommit = True

    return ConnectionPool(target, min_size=1, max_size=max_size, configure=configure, open=True, timeout=20)
