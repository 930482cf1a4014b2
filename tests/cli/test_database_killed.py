"""The embedded PostgreSQL killed (`kill -9` of the postmaster) in the middle of an ingest (issue 12: a fault the
campaign injected): the command ends with one error line and exit 1 — no traceback from the database's cleanup at
exit —, what it committed stays, the next command restarts the server and marks the run interrupted, and the rerun
stores the rest, nothing twice."""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time

import psutil
import psycopg

NOTICES = 1_500  # killed once 300 are stored: the rest (4-6 s of ingest) leaves time to kill it mid-run
#: Run as a user of the embedded server (which the last command stopped on its way out).
CHECK = """import json, psycopg
from db import server
with psycopg.connect(server.database_url()) as conn:
    notices = conn.execute("SELECT count(*), count(DISTINCT url) FROM notices").fetchone()
    runs = [row[0] for row in conn.execute("SELECT status FROM crawl_runs ORDER BY id")]
print(json.dumps({"notices": list(notices), "runs": runs}))
"""


def _count(home) -> int | None:
    """Notices stored, through a plain connection (not a user of the embedded server); None while unreachable."""
    try:
        with psycopg.connect(dbname="survtrack", user="postgres", host=str(home / "pgdata"), connect_timeout=2) as c:
            return int(c.execute("SELECT count(*) FROM notices").fetchone()[0])
    except psycopg.Error:
        return None


def test_killing_the_database_mid_ingest_is_one_line_and_loses_nothing(embedded_home, tmp_path):
    source = tmp_path / "many.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for n in range(NOTICES):
            out.write(json.dumps({"url": f"https://eastbrook.example/k/{n}", "title": f"CCTV maintenance lot {n}",
                                  "body": "Supply and maintenance of CCTV cameras for the Eastbrook depot."}) + "\n")
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | {"SURVTRACK_HOME": str(embedded_home)}
    command = [sys.executable, "-m", "survtrack.cli", "ingest", str(source), "--workers", "1"]
    ingest = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.time() + 180
        while ((_count(embedded_home) or 0) < 300 and ingest.poll() is None and time.time() < deadline):
            time.sleep(0.3)
        assert ingest.poll() is None, "the ingest ended before the database could be killed"
        postmaster = int((embedded_home / "pgdata" / "postmaster.pid").read_text().split()[0])
        os.kill(postmaster, signal.SIGKILL)
        out, err = ingest.communicate(timeout=120)
    finally:
        if ingest.poll() is None:
            ingest.kill()
    lines = [line for line in re.split(r"[\r\n]", err) if line.strip() and not line.startswith("ingest:")]
    assert ingest.returncode == 1
    assert len(lines) == 1 and lines[0].startswith("survtrack: error: the database connection failed"), err[-3000:]

    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr[-3000:]
    assert "Traceback" not in again.stderr
    check = subprocess.run([sys.executable, "-c", CHECK], env=env, capture_output=True, text=True, timeout=120)
    assert json.loads(check.stdout) == {"notices": [NOTICES, NOTICES], "runs": ["interrupted", "finished"]}, check
    pidfile = embedded_home / "pgdata" / "postmaster.pid"
    deadline = time.time() + 30  # the server stops with its last user
    while pidfile.exists() and psutil.pid_exists(int(pidfile.read_text().split()[0])) and time.time() < deadline:
        time.sleep(0.2)
    assert not pidfile.exists() or not psutil.pid_exists(int(pidfile.read_text().split()[0]))
