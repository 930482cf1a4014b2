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


# --- hardening (issue 12.8) ------------------------------------------------------------------------------------------

@pytest.fixture
def migrated_database(pg_admin_url, survtrack_home):
    """A database migrated from empty, as `survtrack db init` makes one (database-level grants are not copied
    by CREATE DATABASE … TEMPLATE, so the cloned test databases do not have them)."""
    import uuid

    from psycopg import sql

    from db.migrate import migrate

    name = f"reader_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_admin_url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = psycopg.conninfo.make_conninfo(**(psycopg.conninfo.conninfo_to_dict(pg_admin_url) | {"dbname": name}))
    with psycopg.connect(url, autocommit=True) as conn:
        migrate(conn)
    yield url
    with psycopg.connect(pg_admin_url, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def test_reader_cannot_create_temporary_tables_but_the_owner_can(migrated_database):
    with psycopg.connect(server.reader_url(migrated_database), autocommit=True) as conn:
        conn.execute("SET default_transaction_read_only = off")  # a session may lift that default itself…
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # …but not the missing privilege
            conn.execute("CREATE TEMP TABLE evil (id int)")
    with psycopg.connect(migrated_database, autocommit=True) as owner:  # migrations use temporary tables
        owner.execute("CREATE TEMP TABLE fine (id int)")


def test_reader_role_has_timeouts_and_cannot_lift_the_temp_file_limit(database_url):
    with psycopg.connect(server.reader_url(database_url), autocommit=True) as conn:
        assert conn.execute("SHOW statement_timeout").fetchone()[0] == "30s"
        assert conn.execute("SHOW idle_in_transaction_session_timeout").fetchone()[0] == "1min"
        assert conn.execute("SHOW temp_file_limit").fetchone()[0] == "1GB"
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SET temp_file_limit = -1")


def test_dashboard_connections_pin_and_check_the_statement_timeout(database_url, monkeypatch):
    from db.connection import ReaderSessionError, pin_reader_session, reader_pool

    monkeypatch.setenv("SURVTRACK_READER_STATEMENT_TIMEOUT", "200ms")
    with reader_pool(server.reader_url(database_url)) as pool, pool.connection() as conn:
        assert conn.execute("SHOW statement_timeout").fetchone()[0] == "200ms"
        with pytest.raises(psycopg.errors.QueryCanceled):
            conn.execute("SELECT pg_sleep(2)")
    monkeypatch.setenv("SURVTRACK_READER_STATEMENT_TIMEOUT", "0")  # "no timeout" is refused, not applied
    with psycopg.connect(server.reader_url(database_url)) as conn:
        with pytest.raises(ReaderSessionError, match="not restricted"):
            pin_reader_session(conn)


def test_reader_cannot_connect_to_the_embedded_servers_maintenance_databases(embedded_home):
    import json
    import os
    import subprocess
    import sys

    script = """
import json, psycopg
from db import server
url = server.database_url()
from survtrack.schema import ensure_schema
ensure_schema()
result = {}
for dbname in ("survtrack", "postgres", "template1"):
    info = psycopg.conninfo.conninfo_to_dict(server.reader_url(url)) | {"dbname": dbname}
    try:
        psycopg.connect(psycopg.conninfo.make_conninfo(**info)).close()
        result[dbname] = "connected"
    except psycopg.OperationalError as exc:
        result[dbname] = "refused" if "permission denied" in str(exc) else str(exc)
print(json.dumps(result))
"""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | {"SURVTRACK_HOME": str(embedded_home)}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {
        "survtrack": "connected", "postgres": "refused", "template1": "refused"}
