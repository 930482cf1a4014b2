"""Schema migrations against the real PostgreSQL."""
from __future__ import annotations

import psycopg

from db.migrate import available, migrate


def test_migrate_from_empty_then_rerun_applies_nothing(empty_database, survtrack_home):
    with psycopg.connect(empty_database, autocommit=True) as conn:
        first = migrate(conn)
        assert [m.version for m in first] == [m.version for m in available()]
        assert migrate(conn) == []
        versions = [r[0] for r in conn.execute("SELECT version FROM schema_migrations ORDER BY 1")]
        assert versions == [m.version for m in available()]


def test_every_table_and_column_is_commented(conn):
    missing = conn.execute(
        """SELECT c.relname || '.' || a.attname
           FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
           JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v') AND a.attnum > 0 AND NOT a.attisdropped
             AND col_description(c.oid, a.attnum) IS NULL""").fetchall()
    assert missing == []
    uncommented_tables = conn.execute(
        """SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v') AND obj_description(c.oid) IS NULL""").fetchall()
    assert uncommented_tables == []


def test_taxonomy_ids_are_the_public_contract(conn):
    from enrich.model import TAXONOMY_IDS

    ids = {r[0] for r in conn.execute("SELECT id FROM technologies")}
    assert ids == {"cctv", "facial_recognition", "gait_recognition", "vehicle_recognition", "other_biometrics",
                   "phone_tracking", "ethnicity_analytics", "surveillance_platform", "social_credit"}
    assert ids == set(TAXONOMY_IDS)  # the database seed and the code share one contract


def test_pg_trgm_search_indexes_exist(conn):
    indexes = {r[0] for r in conn.execute("SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%gin_trgm_ops%'")}
    assert {"notices_title_trgm", "notices_text_trgm", "organisations_name_trgm"} <= indexes


def test_edited_migration_is_refused(conn):
    import pytest

    from db.migrate import MigrationError

    conn.execute("UPDATE schema_migrations SET checksum = repeat('0', 64) WHERE version = 1")
    conn.commit()
    conn.autocommit = True
    with pytest.raises(MigrationError, match="changed after it was applied"):
        migrate(conn)
