"""`survtrack` command line (the verbs and their options: README "Command line"; they are a public contract,
extended, never broken).

Every failure prints one line starting with "survtrack: error:" and exits non-zero: layers below raise
survtrack.errors.SurvtrackError (or their own error, translated by the verb) and this module prints it.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
from contextlib import AbstractContextManager
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

from survtrack.errors import CommandError, SurvtrackError

if TYPE_CHECKING:
    import psycopg

    from db.migrate import Migration

__all__ = ["CommandError", "build_parser", "main"]

EXIT_USAGE = 2
EXIT_FAILURE = 1


def _connect(autocommit: bool = False) -> AbstractContextManager[psycopg.Connection[Any]]:
    from db.connection import connect

    return connect(autocommit=autocommit)


def _migrate_quietly() -> list[Migration]:
    from survtrack.schema import ensure_schema

    return ensure_schema()


# --- db -----------------------------------------------------------------------------------------------------------

def cmd_db(args: argparse.Namespace) -> int:
    from db import server
    from db.status import status

    if args.db_command == "url":
        print(server.database_url())
        return 0
    if args.db_command in ("init", "migrate"):
        applied = _migrate_quietly()
        with _connect() as conn:
            version = status(conn)["schema_version"]
        names = ", ".join(f"{m.version:04d}_{m.name}" for m in applied) or "nothing to apply"
        print(f"schema version {version} ({names}) at {server.describe(server.database_url())}")
        return 0
    with _connect() as conn:
        report = status(conn)
        if not report["pending"]:  # like every other verb: runs of processes that died are closed first
            from survtrack.runs import mark_dead_runs

            mark_dead_runs(conn)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"database: {server.describe(server.database_url())}")
    print(f"schema version: {report['schema_version']} (latest {report['latest_version']}"
          + (f", {report['pending']} pending: run 'survtrack db migrate')" if report["pending"] else ")"))
    for table, count in report["tables"].items():
        print(f"  {table:<28} {count:>10,}")
    return 0


# --- serve ----------------------------------------------------------------------------------------------------------

#: Seconds the dashboard server gets to stop after SIGTERM/SIGINT before it is killed.
SERVE_STOP_GRACE = 20.0
#: Seconds the dashboard server gets to answer on its port (it takes 1–5 s); a server that never answers is
#: stopped with one error line rather than left hanging with no banner.
SERVE_START_TIMEOUT = 120.0


def _listen_port(host: str, raw: str) -> int:
    """The port to serve on: `raw` checked (0–65535) and free on `host`; 0 picks a free one. One-line errors."""
    import socket

    try:
        port = int(str(raw).strip())
    except ValueError:
        raise CommandError(f"--port must be a number from 0 to 65535 (0: any free port), got {raw!r}") from None
    if not 0 <= port <= 65535:
        raise CommandError(f"--port must be a number from 0 to 65535 (0: any free port), got {port}")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise CommandError(f"--host {host!r} cannot be listened on: {exc.strerror}") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the dashboard's own server does
        try:
            probe.bind(address)
        except OSError as exc:
            if port:
                raise CommandError(f"port {port} on {host} is in use or not allowed ({exc.strerror}): stop what "
                                   "holds it, or choose another with --port N (--port 0: any free port)") from None
            raise CommandError(f"cannot listen on {host}: {exc.strerror}") from None
        bound: int = probe.getsockname()[1]  # (host, port[, flowinfo, scope_id]) for both IPv4 and IPv6
        return bound


def _wait_until_listening(child: subprocess.Popen[bytes], host: str, port: int,
                          timeout: float = SERVE_START_TIMEOUT) -> bool:
    """True once the dashboard accepts connections; False when its process ended first. CommandError when it
    neither answers nor ends within `timeout` seconds (the caller stops it)."""
    import socket
    import time

    probe_host = {"0.0.0.0": "127.0.0.1", "": "127.0.0.1", "::": "::1"}.get(host, host)
    deadline = time.monotonic() + timeout
    while child.poll() is None:
        try:
            with socket.create_connection((probe_host, port), timeout=1):
                return True
        except OSError:
            if time.monotonic() > deadline:
                raise CommandError(f"the dashboard did not answer on {host}:{port} within {timeout:.0f} s, "
                                   "so it was stopped") from None
            time.sleep(0.2)
    return False


def cmd_serve(args: argparse.Namespace) -> int:
    """Run the dashboard in a child process and own it: the port is checked before anything starts (one-line
    errors; --port 0 picks a free port and the banner shows the real one, once the dashboard answers), and
    SIGTERM/SIGINT/SIGHUP (a service manager, Ctrl-C, a closed terminal) are passed on to the child as SIGTERM and
    waited for, so the port is freed and the embedded database stops when its last user has gone."""
    import signal
    import time

    from db import server

    port = _listen_port(args.host, args.port)
    _migrate_quietly()
    entry = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
    if not entry.exists():
        raise CommandError(f"the dashboard is not installed ({entry} is missing)")
    server.database_url()  # start (or join) the embedded server before the dashboard process joins it
    env = dict(os.environ)
    from survtrack.watch.feed_server import start_feed_server  # the watches' Atom feeds, beside the dashboard

    feeds = start_feed_server(args.host, port + 100 if args.feeds_port is None else args.feeds_port)
    if feeds is not None:
        env.setdefault("SURVTRACK_FEEDS_URL", feeds.url)  # a preset public URL (behind a proxy) wins
        print(f"survtrack watch feeds on {feeds.url}/NAME.xml", flush=True)
    cmd = [sys.executable, "-m", "streamlit", "run", str(entry), "--server.address", args.host,
           "--server.port", str(port), "--server.headless", "true",
           "--browser.gatherUsageStats", "false", "--global.developmentMode", "false",
           "--client.toolbarMode", "viewer", "--server.fileWatcherType", "none"]  # a service: no reload on edits
    stopping: list[float] = []
    # Its own process group: a terminal's Ctrl-C reaches only this process, which stops the child in order.
    child = subprocess.Popen(cmd, env=env, process_group=0)

    def forward(_signum: int, _frame: FrameType | None) -> None:
        # SIGTERM whatever arrived: Streamlit stops cleanly on it, while a SIGINT that reaches it in its first
        # moments (asyncio's own KeyboardInterrupt handler) ends it with three tracebacks on the terminal.
        stopping.append(time.monotonic())
        if child.poll() is None:
            child.send_signal(signal.SIGTERM)

    previous = {sig: signal.signal(sig, forward) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    try:
        if _wait_until_listening(child, args.host, port):
            print(f"survtrack dashboard on http://{args.host}:{port}/  (Ctrl-C to stop)", flush=True)
        while True:
            try:
                code = child.wait(timeout=0.5)
                break
            except subprocess.TimeoutExpired:
                if stopping and time.monotonic() - stopping[0] > SERVE_STOP_GRACE:
                    child.kill()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if child.poll() is None:
            child.kill()
            child.wait()
        server.prune_handles()  # a child that was killed cannot remove itself from the database's users
    if stopping:
        return 0  # stopped on request
    if code != 0:
        raise CommandError(f"the dashboard server exited with status {code}")
    return 0


# --- parser ---------------------------------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="survtrack", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    verbs = parser.add_subparsers(dest="command", required=True, metavar="VERB")

    db = verbs.add_parser("db", help="create/upgrade the schema, show status, print the connection URL")
    db.add_argument("db_command", choices=["init", "migrate", "status", "url"])
    db.add_argument("--json", action="store_true", help="status as JSON")
    db.set_defaults(func=cmd_db)

    serve = verbs.add_parser("serve", help="run the dashboard on 127.0.0.1")
    serve.add_argument("--port", default="8501", help="0-65535; 0 picks a free port (the real one is printed)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--feeds-port", type=int, help="port serving the watches' Atom feeds (default: --port + 100)")
    serve.set_defaults(func=cmd_serve)

    from survtrack import commands

    commands.register(verbs)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    from db.migrate import MigrationError
    from db.server import DatabaseUnavailable

    try:
        code: int = args.func(args)  # every verb's func (set_defaults) is a cmd_*(Namespace) -> int
        return code
    except (SurvtrackError, DatabaseUnavailable, MigrationError) as exc:
        print(f"survtrack: error: {' '.join(str(exc).split())}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("survtrack: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except Exception as exc:  # noqa: BLE001 - no traceback reaches a user unless asked for with -v
        if args.verbose:
            raise
        message = " ".join(str(exc).split())  # one line, whatever the exception's text holds
        import psycopg

        if isinstance(exc, psycopg.OperationalError):  # the server went away mid-command (killed, restarted)
            print(f"survtrack: error: the database connection failed ({message}): what was already stored is "
                  "kept; run the command again", file=sys.stderr)
            return EXIT_FAILURE
        print(f"survtrack: error: {type(exc).__name__}: {message} (run with -v for the details)", file=sys.stderr)
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
