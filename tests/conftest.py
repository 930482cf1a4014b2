"""Shared test fixtures: a real PostgreSQL for every test (embedded by default, DATABASE_URL when set).

One server per test session; each test gets a fresh database cloned from a migrated template (fast), and its own
SURVTRACK_HOME for the archive. DATABASE_URL and SURVTRACK_HOME are exported so subprocesses (scrapy, the CLI,
the dashboard) use the same database.
"""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import uuid
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

EXTERNAL_URL = os.environ.get("DATABASE_URL")
#: Durability the session's embedded server does without (its data lives in a temporary folder and is deleted at
#: exit; a crash of the machine loses nothing a test needs): without them each DROP DATABASE after a test waits
#: ~0.3 s for a flushed checkpoint, and every commit for a WAL flush. Still the same PostgreSQL, queries and
#: transactions. Tests of crash and restart run their own server (embedded_home), with the defaults.
NO_FSYNC = {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}


def embedded_home_dir(prefix: str = "survtrack-test-") -> Path:
    """A folder for an embedded server's data, outside pytest's tmp root.

    The server runs as another system user and needs to traverse every parent folder; pytest resets its own
    tmp root to mode 0700 whenever a pytest session starts, which would cut a running server off its files.
    """
    home = Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp"))
    atexit.register(shutil.rmtree, home, True)  # registered first, so it runs after the server has stopped
    return home


@pytest.fixture(scope="session")
def pg_admin_url() -> str:
    """A URL to a maintenance database on the test server (may create and drop databases)."""
    if EXTERNAL_URL:
        return EXTERNAL_URL
    from db import server

    srv = server._embedded_server(embedded_home_dir() / "pgdata")
    url: str = srv.get_uri()
    with psycopg.connect(url, autocommit=True) as admin:  # the session's own throwaway server: see NO_FSYNC
        for setting, value in NO_FSYNC.items():
            admin.execute(sql.SQL("ALTER SYSTEM SET {} = {}").format(sql.Identifier(setting), sql.Literal(value)))
        admin.execute("SELECT pg_reload_conf()")
    return url


@pytest.fixture
def empty_database(pg_admin_url):
    """A connection string to a new, empty database (no migrations applied), dropped afterwards: for tests of
    the migrations themselves."""
    name = f"mig_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_admin_url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield psycopg.conninfo.make_conninfo(**(psycopg.conninfo.conninfo_to_dict(pg_admin_url) | {"dbname": name}))
    finally:
        with psycopg.connect(pg_admin_url, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture
def embedded_home() -> Path:
    """A fresh SURVTRACK_HOME for tests that start their own embedded server in a subprocess."""
    return embedded_home_dir()


def _with_dbname(url: str, name: str) -> str:
    info = psycopg.conninfo.conninfo_to_dict(url)
    info["dbname"] = name
    return psycopg.conninfo.make_conninfo(**info)


def copy_of_template(pg_admin_url: str, template_database: str, prefix: str = "survtrack_test") -> str:
    """The URL of a new database copied from the migrated template (CREATE DATABASE … TEMPLATE: milliseconds, not a
    migration per test); the caller drops it (or leaves it to the session's server)."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg_admin_url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
            sql.Identifier(name), sql.Identifier(template_database)))
    return _with_dbname(pg_admin_url, name)


def drop_database(pg_admin_url: str, url: str) -> None:
    """Drop the database of ``url`` (a copy made by copy_of_template), whoever is still connected."""
    name = psycopg.conninfo.conninfo_to_dict(url)["dbname"]
    with psycopg.connect(pg_admin_url, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture(scope="session")
def template_database(pg_admin_url) -> str:
    from db.migrate import migrate

    name = f"survtrack_tpl_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_admin_url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    with psycopg.connect(_with_dbname(pg_admin_url, name), autocommit=True) as conn:
        migrate(conn)
    yield name
    with psycopg.connect(pg_admin_url, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture
def survtrack_home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("SURVTRACK_HOME", str(home))
    return home


@pytest.fixture
def database_url(pg_admin_url, template_database, survtrack_home, monkeypatch) -> str:
    """A fresh, migrated database for this test; exported as DATABASE_URL."""
    url = copy_of_template(pg_admin_url, template_database)
    monkeypatch.setenv("DATABASE_URL", url)
    yield url
    drop_database(pg_admin_url, url)


@pytest.fixture
def conn(database_url):
    with psycopg.connect(database_url) as connection:
        yield connection


def _mypy_item(session):
    return next((item for item in session.items
                 if item.name == "test_mypy_is_clean" and item.path.name == "test_static_checks.py"), None)


def _xdist_worker(config) -> bool:
    return hasattr(config, "workerinput")


def pytest_collection_finish(session) -> None:
    """Start mypy in the background now when test_mypy_is_clean is to run (tests/test_static_checks.py).

    Not in a pytest-xdist worker (`make test` runs two): every worker collects every test, and the cores the
    background run would use are busy with the other worker; the test runs mypy itself there, early (see
    pytest_collection_modifyitems)."""
    if _xdist_worker(session.config):
        return
    if not session.config.option.collectonly and (item := _mypy_item(session)) is not None:
        item.module.BACKGROUND.append(item.module.start_mypy(nice=5))


def pytest_sessionfinish(session) -> None:
    if (item := _mypy_item(session)) is not None:
        while item.module.BACKGROUND:  # the test did not run (an interrupted session): stop mypy
            item.module.BACKGROUND.pop().stop()


#: Test modules (or packages) that take longest, slowest first (summed --durations of a `make test` run, December
#: 2026). Under pytest-xdist (`make test`, `--dist loadgroup`) they are handed out first, so that no long module
#: starts last while the other worker idles. Only the order changes: a module missing here runs after these.
SLOW_FIRST = [
    "tests/test_static_checks.py",  # mypy with a cold cache, in a subprocess: 20-60 s of one core
    # before test_identity: on a worker whose heap holds what 12,000 enriched notices left, the fuzz tests (many
    # small allocations, traced) took 100 s instead of 1 s
    "tests/hostile/test_fuzz.py",
    "tests/enrich/test_identity.py",  # one test: 12,629 notices enriched, 50-120 s
    "tests/watch/test_update.py",
    "tests/lists/test_list_spiders.py",
    "tests/enrich/test_any_guarded.py",
    "tests/hostile/test_spiders_hostile.py",
    "tests/cli/test_export_watchlists.py",
    "tests/dashboard/test_browser.py",
    "tests/dashboard/test_pages.py",
    "tests/enrich/test_fastscan.py",
    "tests/scale/test_workers.py",
    "tests/enrich/test_cache.py",
    "tests/cli/test_database_killed.py",
    "tests/scrapers/test_e2e.py",
    "tests/enrich/test_classify_matcher.py",
    "tests/scrapers/test_real_formats.py",
    "tests/procurements",
    "tests/db/test_embedded_server.py",
    "tests/enrich/test_fast_paths.py",
    "tests/cli/test_serve.py",
    "tests/watch/test_watch_demo.py",
]

#: Folders whose tests share a package-scoped fixture: one xdist group (one worker) each, so it is built once.
ONE_GROUP = ("tests/procurements",)


def _group_of(nodeid: str) -> str:
    """The xdist group of a test id: its package for those in ONE_GROUP, else its module."""
    module = nodeid.split("::", 1)[0]
    return next((folder for folder in ONE_GROUP if module.startswith(folder + "/")), module)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """`--dist loadgroup` (`make test`): whole groups (see _group_of) to one worker each, in collection order.

    Our own scheduler, not xdist_group marks: pytest-xdist 3.8 groups by a suffix it appends to `item._nodeid`, which
    pytest 9 no longer reads (node ids come from `item._id`), so every test was its own group - one module's tests
    ran on both workers and each built the module's fixtures (a crawl, the demo corpus, a live dashboard) again."""
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class GroupScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return _group_of(nodeid)

    return GroupScheduling(config, log)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items) -> None:
    """Under pytest-xdist: the slowest groups first (pytest_xdist_make_scheduler hands each group to one worker, so
    module-scoped fixtures are built once). Every worker collects and sorts the same way, as xdist requires."""
    if not _xdist_worker(config):
        return
    rank = {name: index for index, name in enumerate(SLOW_FIRST)}
    items.sort(key=lambda item: rank.get(_group_of(item.nodeid), len(rank)))  # stable: the rest keep their order
