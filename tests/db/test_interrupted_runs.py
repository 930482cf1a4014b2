"""Runs of processes that died are found by the next command and closed as 'interrupted', with how far they got
(issue 12.5)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from db import store
from survtrack.runs import Heartbeat, mark_dead_runs, process_alive

NOTICES = 4000


def _write_inputs(folder) -> dict[str, list[str]]:
    """A contract JSONL and an OCDS JSON-lines file, each long enough to take several seconds to load."""
    contract, ocds = folder / "many.jsonl", folder / "many-releases.jsonl"
    with contract.open("w", encoding="utf-8") as out:
        for n in range(NOTICES):
            out.write(json.dumps({"url": f"https://eastbrook.example/n/{n}", "title": f"CCTV maintenance lot {n}",
                                  "body": "Supply and maintenance of CCTV cameras for Eastbrook."}) + "\n")
    with ocds.open("w", encoding="utf-8") as out:
        for n in range(NOTICES):
            out.write(json.dumps({"ocid": f"ocds-xmpl-{n}", "id": "01", "tag": ["tender"],
                                  "date": "2024-03-01T00:00:00Z",
                                  "tender": {"title": f"CCTV lot {n}", "description": "CCTV cameras"}}) + "\n")
    return {"ingest": ["ingest", str(contract)], "crawl": ["crawl", "ocds", "-a", f"url={ocds.as_uri()}"]}


def _latest_run(url: str) -> tuple:
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT id, status, pid, host, heartbeat_at, finished_at, stats FROM crawl_runs "
                            "ORDER BY id DESC LIMIT 1").fetchone()


@pytest.mark.parametrize("verb", ["ingest", "crawl"])
def test_a_killed_run_is_marked_interrupted_by_the_next_command(database_url, tmp_path, verb):
    command = _write_inputs(tmp_path)[verb]
    env = os.environ.copy() | {"SURVTRACK_HEARTBEAT_SECONDS": "0.5"}
    worker = subprocess.Popen([sys.executable, "-m", "survtrack.cli", *command], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 300  # generous: under heavy load the CLI's start-up alone takes tens of seconds
        progress = 0
        while time.time() < deadline and progress < 20:
            time.sleep(0.3)
            row = _latest_run(database_url) if worker.poll() is None else None
            if row is not None and row[1] == "running":
                stats = row[6] or {}
                progress = stats.get("inserted", 0) + stats.get("survtrack/notices/inserted", 0)
        assert worker.poll() is None, "the command ended before it could be killed"
        assert progress >= 20, "no progress was reported while running"
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait(timeout=10)
    finally:
        if worker.poll() is None:
            worker.kill()
    run_id, status, pid, _, heartbeat_at, _, _ = _latest_run(database_url)
    assert (status, pid) == ("running", worker.pid)  # the killed process could not close its run
    with psycopg.connect(database_url) as conn:
        stored = conn.execute("SELECT count(*) FROM notices").fetchone()[0]
    done = subprocess.run([sys.executable, "-m", "survtrack.cli", "db", "migrate"], env=os.environ.copy(),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    _, status, _, _, last_beat, finished_at, stats = _latest_run(database_url)
    assert status == "interrupted"
    assert finished_at == last_beat  # its last sign of life
    assert f"process {worker.pid}" in stats["interrupted"]["reason"]
    reported = stats.get("inserted", 0) + stats.get("survtrack/notices/inserted", 0)
    assert 20 <= reported <= stored  # how far it got, as last reported; what it stored is kept


def test_only_runs_of_ended_processes_on_this_host_are_marked(conn):
    alive = store.open_run(conn, "import", args={}, demo=False)  # this very process: alive
    pid, host = store.this_process()
    dead = store.open_run(conn, "import", args={}, demo=False)
    elsewhere = store.open_run(conn, "import", args={}, demo=False)
    reused = store.open_run(conn, "import", args={}, demo=False)
    finished = store.open_run(conn, "import", args={}, demo=False)
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    conn.execute("UPDATE crawl_runs SET pid = %s WHERE id = %s", (int(gone.stdout), dead))
    conn.execute("UPDATE crawl_runs SET host = 'another-machine', pid = 1 WHERE id = %s", (elsewhere,))
    # pid 1 exists, but started long after this run: the pid was reused (after a reboot)
    conn.execute("UPDATE crawl_runs SET pid = 1, started_at = now() - interval '200 years' WHERE id = %s", (reused,))
    store.close_run(conn, finished, status="finished", stats={})
    conn.commit()
    marked = mark_dead_runs(conn)
    assert sorted(marked) == sorted([dead, reused])
    statuses = dict(conn.execute("SELECT id, status FROM crawl_runs").fetchall())
    assert statuses == {alive: "running", dead: "interrupted", elsewhere: "running", reused: "interrupted",
                        finished: "finished"}
    assert mark_dead_runs(conn) == []  # idempotent


def test_a_heartbeat_reopens_a_run_wrongly_taken_for_dead(conn):
    run_id = store.open_run(conn, "import", args={}, demo=False)
    conn.commit()
    assert store.mark_interrupted(conn, run_id, "test")
    conn.commit()
    Heartbeat(conn, run_id, lambda: {"inserted": 5}).beat(force=True)
    status, finished_at, stats = conn.execute("SELECT status, finished_at, stats FROM crawl_runs WHERE id = %s",
                                              (run_id,)).fetchone()
    assert (status, finished_at, stats) == ("running", None, {"inserted": 5})


def test_process_alive_knows_a_reused_pid():
    now = datetime.now(UTC)
    assert process_alive(os.getpid(), now)
    assert not process_alive(1, now - timedelta(days=365 * 200))
    assert process_alive(None, now)  # unknown: never guessed dead


def test_the_sources_page_query_shows_interrupted_runs_with_their_progress(conn):
    from db.queries.sources import interrupted_runs

    run_id = store.open_run(conn, "usa_legistar", args={}, demo=False)
    store.heartbeat_run(conn, run_id, {"downloader/response_count": 12, "survtrack/notices/inserted": 30,
                                       "survtrack/notices/updated": 4, "survtrack/errors/parse": 2})
    store.mark_interrupted(conn, run_id, "process 1 on here ended without closing the run")
    conn.commit()
    (row,) = interrupted_runs(conn)
    assert row["source"] == "usa_legistar" and row["run"] == run_id
    assert row["progress"] == "12 responses, 34 notices (30 new), 2 errors"
    assert row["reason"].startswith("process 1 on here")


def test_the_sources_page_shows_interrupted_runs(database_url):
    from pathlib import Path

    from streamlit.testing.v1 import AppTest

    with psycopg.connect(database_url) as conn:
        run_id = store.open_run(conn, "usa_legistar", args={}, demo=False)
        store.heartbeat_run(conn, run_id, {"downloader/response_count": 3, "survtrack/notices/inserted": 2})
        store.mark_interrupted(conn, run_id, "process 1 on here ended without closing the run")
        conn.commit()
    at = AppTest.from_file(str(Path(__file__).resolve().parents[2] / "dashboard" / "app.py"), default_timeout=60)
    at.run()
    at.switch_page("app_pages/sources.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    frames = [df.value for df in at.dataframe]
    health = frames[0]
    assert health[health["source"] == "usa_legistar"].iloc[0]["last_run_status"] == "interrupted"
    interrupted = next(f for f in frames if "progress" in f.columns)
    assert list(interrupted["progress"]) == ["3 responses, 2 notices (2 new), 0 errors"]
    assert "Interrupted runs" in [h.value for h in at.subheader]
