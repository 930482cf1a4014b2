"""`survtrack update`: due sources crawled from a 127.0.0.1 snapshot, watch lists refreshed, watches run, one lock,
a summary, and an exit status a scheduler can act on."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import time

import psycopg

from db.watches import UPDATE_LOCK
from tests.fast_settings import fast_settings_env
from tests.watch.conftest import REPO, SURVTRACK, survtrack


def _arguments(server_url: str, list_url: str) -> str:
    from scrapers.runner import spider_classes

    classes = spider_classes()
    usaspending = {**classes["usa_usaspending"].snapshot_arguments(server_url), "demo": "false", "sample": "3"}
    fcc = {**classes["usa_fcc_covered_list"].snapshot_arguments(list_url), "demo": "false"}
    return json.dumps({"usa_usaspending": usaspending, "usa_fcc_covered_list": fcc})


def test_update_crawls_what_is_due_runs_the_watches_and_then_waits_for_the_cadence(database_url, tmp_path):
    from scrapers.demo import lists as demo_lists
    from scrapers.localserver import SnapshotServer
    from scrapers.runner import DEMO_ROOT

    assert survtrack("watch", "add", "all").returncode == 0
    with SnapshotServer(DEMO_ROOT) as server, SnapshotServer(demo_lists.ROOT) as list_server:
        env = {"SURVTRACK_UPDATE_SOURCES": "*=off,usa_usaspending=1d,usa_fcc_covered_list=7d",
               "SURVTRACK_UPDATE_ARGS": _arguments(server.url, list_server.url),
               **fast_settings_env(tmp_path)}  # no politeness delays between a local server's pages
        first = survtrack("update", env=env, timeout=600)
        assert first.returncode == 0, first.stderr[-3000:]
        assert "update: crawling usa_fcc_covered_list, usa_usaspending" in first.stdout
        assert "update: 2 source(s) crawled, 0 failed" in first.stdout
        assert "watch all: 3 new event(s) (3 new)" in first.stdout
        second = survtrack("update", env=env, timeout=600)
    assert second.returncode == 0, second.stderr[-3000:]
    assert "usa_usaspending: not due until" in second.stdout and "0 source(s) crawled" in second.stdout
    with psycopg.connect(database_url) as conn:
        runs = dict(conn.execute("SELECT source_id, count(*) FROM crawl_runs GROUP BY 1").fetchall())
        events = conn.execute("SELECT count(*) FROM watch_events WHERE delivered_at IS NOT NULL").fetchone()[0]
    assert runs == {"usa_usaspending": 1, "usa_fcc_covered_list": 1} and events == 3


def test_update_exits_1_when_a_source_fails(database_url, tmp_path):
    env = {"SURVTRACK_UPDATE_SOURCES": "*=off,usa_fcc_covered_list=1d",
           "SURVTRACK_UPDATE_ARGS": json.dumps({"usa_fcc_covered_list": {"url": (tmp_path / "gone.html").as_uri()}}),
           **fast_settings_env(tmp_path)}  # no politeness delays or back-off before the error
    done = survtrack("update", env=env, timeout=600)
    assert done.returncode == 1
    assert "survtrack: error: usa_fcc_covered_list:" in done.stderr
    assert "1 failed (usa_fcc_covered_list)" in done.stdout


def test_a_second_update_says_so_in_one_line_and_does_nothing(database_url):
    with psycopg.connect(database_url, autocommit=True) as holder:
        assert holder.execute("SELECT pg_try_advisory_lock(%s)", (UPDATE_LOCK,)).fetchone()[0]
        done = survtrack("update", env={"SURVTRACK_UPDATE_SOURCES": "*=1d"})
    assert done.returncode == 75
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("survtrack: update already running (database session ")
    with psycopg.connect(database_url) as conn:
        assert conn.execute("SELECT count(*) FROM crawl_runs").fetchone()[0] == 0


def test_bad_update_configuration_is_one_line(database_url):
    for env, message in [({"SURVTRACK_UPDATE_SOURCES": "china_ccgp=often"}, "SURVTRACK_UPDATE_SOURCES"),
                         ({"SURVTRACK_UPDATE_ARGS": "{not json"}, "SURVTRACK_UPDATE_ARGS"),
                         ({"SURVTRACK_UPDATE_SOURCES": "nosuchspider=1d"}, "unknown spider(s): nosuchspider")]:
        done = survtrack("update", env=env)
        lines = done.stderr.strip().splitlines()
        assert done.returncode == 1 and len(lines) == 1 and message in lines[0], done.stderr


def test_two_overlapping_updates_never_collide(seeded_watch, database_url, tmp_path):
    """A real update, held for seconds while it delivers its watch's events, and a second one started meanwhile:
    the second names the first's process and host, exits 75 and crawls nothing, though a source was due."""
    first = subprocess.Popen([SURVTRACK, "update"], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env={**os.environ, "SURVTRACK_UPDATE_SOURCES": "*=off",
                                             "SURVTRACK_WATCH_TEST_DELAY": "8"})
    try:
        with psycopg.connect(database_url, autocommit=True) as conn:
            deadline = time.monotonic() + 120
            while not conn.execute("SELECT count(*) FROM pg_stat_activity "
                                   "WHERE application_name LIKE 'survtrack update pid %'").fetchone()[0]:
                assert first.poll() is None and time.monotonic() < deadline, first.communicate()
                time.sleep(0.1)
            runs_before = conn.execute("SELECT count(*) FROM crawl_runs").fetchone()[0]
            due = {"SURVTRACK_UPDATE_SOURCES": "*=off,usa_fcc_covered_list=1d",
                   "SURVTRACK_UPDATE_ARGS": json.dumps({"usa_fcc_covered_list": {"url": (tmp_path / "x").as_uri()}})}
            second = survtrack("update", env=due)
            assert first.poll() is None  # the first was still running all along
            out, err = first.communicate(timeout=300)
            assert conn.execute("SELECT count(*) FROM crawl_runs").fetchone()[0] == runs_before
    finally:
        if first.poll() is None:
            first.kill()
    assert second.returncode == 75 and second.stdout == ""
    lines = second.stderr.strip().splitlines()
    assert len(lines) == 1, second.stderr
    assert lines[0].startswith(f"survtrack: update already running (pid {first.pid} on {socket.gethostname()}, "
                               "since "), lines[0]
    assert first.returncode == 0, err
    assert "watch all: 9 new event(s)" in out and "0 source(s) crawled, 0 failed" in out
