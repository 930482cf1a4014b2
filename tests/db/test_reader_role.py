"""The dashboard's role can read everything and write nothing."""
from __future__ import annotations

import psycopg
import pytest

from db import server


def test_reader_role_reads_but_cannot_write(database_url):
    url = server.reader_url(database_url)
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("SELECT current_user").fetchone()[0] == "survtrack_reader"
        assert conn.execute("SELECT count(*) FROM technologies").fetchone()[0] == 9
        for statement in (
            "INSERT INTO sources (id) VALUES ('evil')",
            "UPDATE technologies SET label = 'x'",
            "DELETE FROM technologies",
            "CREATE TABLE evil (id int)",
            "DROP TABLE notices",
        ):
            with pytest.raises(psycopg.Error):
                conn.execute(statement)


def test_reader_pool_sessions_are_read_only(database_url):
    from db.connection import reader_pool

    with reader_pool(server.reader_url(database_url)) as pool, pool.connection() as conn:
        assert conn.execute("SHOW transaction_read_only").fetchone()[0] == "on"
