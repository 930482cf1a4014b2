"""The dashboard's pooled connections keep their statement timeout and read-only mode: a session that lifts its
own timeout is pinned again before the pool lends it out again (issue 12.8)."""
from __future__ import annotations

import psycopg
import pytest

from db import server
from db.connection import reader_pool


def test_a_lifted_statement_timeout_does_not_survive_the_pool(database_url, monkeypatch):
    monkeypatch.setenv("SURVTRACK_READER_STATEMENT_TIMEOUT", "300ms")
    with reader_pool(server.reader_url(database_url), max_size=1) as pool:
        with pool.connection() as conn:
            conn.execute("SET statement_timeout = 0")
            conn.execute("SET default_transaction_read_only = off")
            assert conn.execute("SHOW statement_timeout").fetchone()[0] == "0"
        with pool.connection() as conn:  # the same (only) connection, lent out again
            assert conn.execute("SHOW statement_timeout").fetchone()[0] == "300ms"
            assert conn.execute("SHOW default_transaction_read_only").fetchone()[0] == "on"
            with pytest.raises(psycopg.errors.QueryCanceled):
                conn.execute("SELECT pg_sleep(2)")
