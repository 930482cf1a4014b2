"""`survtrack db status` is a command like the others: it closes the runs of processes that died (issue 12.5),
so the first thing a user runs after a crash already shows them `interrupted`."""
from __future__ import annotations

import subprocess
import sys

import psycopg

from db import store
from survtrack.cli import main


def test_db_status_marks_runs_of_dead_processes_interrupted(database_url, capsys):
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    with psycopg.connect(database_url) as conn:
        run_id = store.open_run(conn, "import", args={}, demo=False)
        store.heartbeat_run(conn, run_id, {"inserted": 1400})
        conn.execute("UPDATE crawl_runs SET pid = %s WHERE id = %s", (int(gone.stdout), run_id))
        conn.commit()
    assert main(["db", "status"]) == 0
    assert "schema version" in capsys.readouterr().out
    with psycopg.connect(database_url) as conn:
        status, stats = conn.execute("SELECT status, stats FROM crawl_runs WHERE id = %s", (run_id,)).fetchone()
    assert status == "interrupted"
    assert stats["inserted"] == 1400 and f"process {gone.stdout.strip()}" in stats["interrupted"]["reason"]
