"""Several commands started at the same moment on a brand-new SURVTRACK_HOME (issue 12.6): one embedded server,
one database, each migration applied once, every command succeeds."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import psutil

#: Imports first, then wait for the shared start time, then run the CLI: the processes reach the database in
#: the same few milliseconds, as two cron jobs or a crawl and `make run` would.
AT_ONCE = ("import sys, time\n"
           "from survtrack.cli import main\n"
           "time.sleep(max(0.0, float(sys.argv[1]) - time.time()))\n"
           "sys.exit(main(sys.argv[2:]))\n")


def test_commands_started_together_on_a_fresh_home_all_succeed(embedded_home):
    home = embedded_home / "fresh"
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | {"SURVTRACK_HOME": str(home)}
    start = time.time() + 4.0
    commands = [["db", "init"], ["db", "migrate"], ["db", "init"], ["db", "status", "--json"], ["db", "init"]]
    running = [subprocess.Popen([sys.executable, "-c", AT_ONCE, str(start), *command], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for command in commands]
    results = [(process.wait(timeout=180), *process.communicate()) for process in running]
    for command, (code, _out, err) in zip(commands, results, strict=True):
        assert code == 0, f"{command}: {err}"
        assert "Traceback" not in err and "already exists" not in err
    status = subprocess.run([sys.executable, "-m", "survtrack.cli", "db", "status", "--json"], env=env,
                            capture_output=True, text=True, timeout=120)
    report = json.loads(status.stdout)
    assert report["schema_version"] == report["latest_version"] and report["pending"] == 0
    check = subprocess.run(
        [sys.executable, "-c", "import psycopg; from db import server; from db.server import _embedded_server;"
         "srv = _embedded_server(server.embedded_pgdata());"
         "c = psycopg.connect(srv.get_uri(), autocommit=True);"
         "print(c.execute(\"SELECT count(*) FROM pg_database WHERE datname = 'survtrack'\").fetchone()[0]);"
         "d = psycopg.connect(server.database_url());"
         "print(d.execute('SELECT count(*) = count(DISTINCT version) FROM schema_migrations').fetchone()[0])"],
        env=env, capture_output=True, text=True, timeout=120)
    assert check.stdout.split() == ["1", "True"], check.stderr
    pidfile = home / "pgdata" / "postmaster.pid"
    deadline = time.time() + 20
    while pidfile.exists() and psutil.pid_exists(int(pidfile.read_text().split()[0])) and time.time() < deadline:
        time.sleep(0.2)
    assert not pidfile.exists() or not psutil.pid_exists(int(pidfile.read_text().split()[0]))
