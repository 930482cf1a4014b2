"""Forward-only numbered SQL migrations (db/migrations/NNNN_name.sql), recorded in schema_migrations.

Each file runs in its own transaction under an advisory lock, so concurrent starts cannot apply one twice.
An applied file whose text changed is an error: write a new migration instead of editing an old one.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from importlib import resources

import psycopg

from db.fetch import one

MIGRATION_LOCK = 724_118_201  # arbitrary constant for pg_advisory_lock
_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


class MigrationError(RuntimeError):
    pass


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.sql.encode()).hexdigest()


def available() -> list[Migration]:
    found = []
    for entry in resources.files("db.migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    return sorted(found, key=lambda m: m.version)


def _ensure_table(conn: psycopg.Connection) -> None:
    conn.execute(
        """CREATE TABLE IF NOT EXISTS schema_migrations (
               version integer PRIMARY KEY,
               name text NOT NULL,
               checksum char(64) NOT NULL,
               applied_at timestamptz NOT NULL DEFAULT now())"""
    )
    conn.execute("COMMENT ON TABLE schema_migrations IS 'Applied schema migrations (db/migrations).'")
    for column, text in (
        ("version", "Migration number."),
        ("name", "Migration file name without number and extension."),
        ("checksum", "SHA-256 of the migration text as applied."),
        ("applied_at", "When it was applied."),
    ):
        conn.execute(f"COMMENT ON COLUMN schema_migrations.{column} IS '{text}'")


def applied(conn: psycopg.Connection) -> dict[int, str]:
    exists = one(conn.execute("SELECT to_regclass('schema_migrations') IS NOT NULL"))[0]
    if not exists:
        return {}
    return dict(conn.execute("SELECT version, checksum FROM schema_migrations").fetchall())


def current_version(conn: psycopg.Connection) -> int:
    done = applied(conn)
    return max(done) if done else 0


def migrate(conn: psycopg.Connection, *, up_to: int | None = None) -> list[Migration]:
    """Apply every pending migration (or those numbered up to `up_to`: tests of data repairs start from an old
    schema); returns those applied. The connection must be in autocommit mode."""
    conn.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
    try:
        with conn.transaction():
            _ensure_table(conn)
        done = applied(conn)
        newly = []
        for migration in available():
            if up_to is not None and migration.version > up_to:
                break
            if migration.version in done:
                if done[migration.version] != migration.checksum:
                    raise MigrationError(
                        f"migration {migration.version:04d}_{migration.name}.sql changed after it was applied; "
                        "add a new migration instead"
                    )
                continue
            with conn.transaction():
                conn.execute(migration.sql)
                conn.execute(
                    "INSERT INTO schema_migrations (version, name, checksum) VALUES (%s, %s, %s)",
                    (migration.version, migration.name, migration.checksum),
                )
            newly.append(migration)
        return newly
    finally:
        conn.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))
