"""Every verb that needs the schema creates it on a database that has none (a fresh SURVTRACK_HOME), or says in
one line what to run; no traceback reaches the user. (`crawl` into an empty database: tests/scrapers/
test_real_formats.py::test_two_packages_crawled_into_a_fresh_database_give_five_notices.)"""
from __future__ import annotations

import uuid
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from survtrack.cli import main

OCDS = Path(__file__).resolve().parents[1] / "fixtures" / "ocds_formats" / "package_a_utf8.json"


@pytest.fixture
def empty_database(pg_admin_url, survtrack_home, monkeypatch):
    """A database with no table at all, as a brand-new SURVTRACK_HOME gives."""
    name = f"survtrack_empty_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_admin_url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = psycopg.conninfo.make_conninfo(**(psycopg.conninfo.conninfo_to_dict(pg_admin_url) | {"dbname": name}))
    monkeypatch.setenv("DATABASE_URL", url)
    yield url
    with psycopg.connect(pg_admin_url, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def has_schema(url: str) -> bool:
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT to_regclass('public.notices') IS NOT NULL").fetchone()[0]


@pytest.mark.parametrize("args, out", [
    (["export", "--format", "jsonl"], ""),
    (["export", "--format", "csv"], "id,source,kind"),
    (["watch", "list"], "no watches"),
    (["watch", "run"], ""),
    (["watch", "add", "cams-gb", "--where", "country=GB"], "added watch cams-gb"),
    (["reprocess"], "reprocessed 0 notice(s)"),
    (["ingest", str(OCDS)], "2 inserted"),
])
def test_a_verb_on_a_database_without_schema_creates_it_and_succeeds(empty_database, capsys, args, out):
    assert not has_schema(empty_database)
    assert main(args) == 0
    captured = capsys.readouterr()
    assert out in captured.out
    assert "Traceback" not in captured.err and "UndefinedTable" not in captured.err
    assert has_schema(empty_database)


def test_db_status_on_a_database_without_schema_says_in_one_line_what_to_run(empty_database, capsys):
    assert main(["db", "status"]) == 0
    captured = capsys.readouterr()
    assert "pending: run 'survtrack db migrate'" in captured.out
    assert "Traceback" not in captured.err


def test_a_failing_verb_on_a_database_without_schema_is_one_error_line(empty_database, capsys):
    assert main(["watch", "remove", "nothing-here"]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "survtrack: error: no watch named 'nothing-here' (see `survtrack watch list`)"
    assert has_schema(empty_database)
