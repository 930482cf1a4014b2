"""What `survtrack db status` reports: schema version and row counts per table."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from psycopg import sql

from db.fetch import one
from db.migrate import available, current_version

if TYPE_CHECKING:
    import psycopg


def table_counts(conn: psycopg.Connection) -> dict[str, int]:
    tables = [row[0] for row in conn.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename").fetchall()]
    return {
        table: one(conn.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))))[0]
        for table in tables
    }


def status(conn: psycopg.Connection) -> dict[str, Any]:
    latest = available()[-1].version
    version = current_version(conn)
    return {"schema_version": version, "latest_version": latest, "pending": latest - version,
            "tables": table_counts(conn) if version else {}}
