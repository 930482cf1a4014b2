"""One database for this package's tests holding the procurement fixtures (tests/fixtures/procurements/),
loaded the way users load them: OCDS, eForms XML and saved ccgp pages through `ingest`, USAspending through the
real spider and Scrapy engine (a subprocess) against the local snapshot server, with a watch-list designation of
a registry vendor.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from tests.conftest import copy_of_template, drop_database
from tests.httpserver import FIXTURES, SnapshotServer

REPO = Path(__file__).resolve().parents[2]
HERE = FIXTURES / "procurements"
FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING", "DOWNLOAD_TIMEOUT": 30}
#: The designation the fixtures' award_to_designated_vendor cases turn on (fictional entry, real list id).
LISTED_ON = "2019-10-09"


def crawl_usaspending(server: SnapshotServer) -> dict:
    args = {"base_url": f"{server.url}/procurements/usaspending", "since": "2021-01-01", "until": "2022-12-31",
            "window_days": "4000", "groups": "contracts", "keywords": "facial recognition", "transactions": "true"}
    command = [sys.executable, "-m", "scrapers.runner", "crawl", "usa_usaspending"]
    for key, value in args.items():
        command += ["-a", f"{key}={value}"]
    for key, value in FAST.items():
        command += ["-s", f"{key}={json.dumps(value)}"]
    done = subprocess.run(command, cwd=REPO, env=os.environ.copy(), capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])["usa_usaspending"]


def designate_hikvision(conn: psycopg.Connection) -> None:
    from db.registry import ensure_reference_data

    ensure_reference_data(conn)
    conn.execute("""INSERT INTO watchlists (id, name, authority) VALUES ('us_bis_entity_list', 'Entity List',
                    'US Department of Commerce - Bureau of Industry and Security') ON CONFLICT (id) DO NOTHING""")
    conn.execute("""INSERT INTO designations (list_id, source_entry_id, entity_name, org_id, listed_on, citation)
                    SELECT 'us_bis_entity_list', 'FICT-EL-1', 'Hangzhou Hikvision Digital Technology Co., Ltd.', id,
                           %s, '84 FR 54002' FROM organisations WHERE vendor_id = 'hikvision'""", (LISTED_ON,))
    conn.commit()


@pytest.fixture(scope="package")
def loaded(pg_admin_url, template_database, tmp_path_factory):
    """(database URL) with every procurement fixture loaded."""
    url = copy_of_template(pg_admin_url, template_database)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DATABASE_URL", url)
        patch.setenv("SURVTRACK_HOME", str(tmp_path_factory.mktemp("home")))
        from survtrack.ingest import ingest_paths

        with psycopg.connect(url) as conn:
            designate_hikvision(conn)
            report = ingest_paths(conn, [HERE / "ocds", HERE / "ted", HERE / "ccgp", HERE / "jsonl"])
            assert report.errors == [], report.errors
        with SnapshotServer(FIXTURES) as server:
            stats = crawl_usaspending(server)
        assert stats.get("survtrack/notices/inserted") == 7, stats
        yield url
    drop_database(pg_admin_url, url)


@pytest.fixture
def db(loaded):
    with psycopg.connect(loaded) as conn:
        yield conn
