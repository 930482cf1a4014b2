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
from pathlib import Path

from survtrack.errors import CommandError, SurvtrackError

__all__ = ["CommandError", "build_parser", "main"]

EXIT_USAGE = 2
EXIT_FAILURE = 1


def _connect(autocommit: bool = False):
    from db.connection import connect

    return connect(autocommit=autocommit)


def _migrate_quietly() -> list:
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

def cmd_serve(args: argparse.Namespace) -> int:
    from db import server

    _migrate_quietly()
    entry = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
    if not entry.exists():
        raise CommandError(f"the dashboard is not installed ({entry} is missing)")
    server.database_url()  # start (or join) the embedded server before the dashboard process joins it
    env = dict(os.environ)
    cmd = [sys.executable, "-m", "streamlit", "run", str(entry), "--server.address", args.host,
           "--server.port", str(args.port), "--server.headless", "true",
           "--browser.gatherUsageStats", "false", "--global.developmentMode", "false",
           "--client.toolbarMode", "viewer"]
    print(f"survtrack dashboard on http://{args.host}:{args.port}/  (Ctrl-C to stop)", flush=True)
    try:
        return subprocess.call(cmd, env=env)
    except KeyboardInterrupt:
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
    serve.add_argument("--port", type=int, default=8501)
    serve.add_argument("--host", default="127.0.0.1")
    serve.set_defaults(func=cmd_serve)

    from survtrack import commands

    commands.register(verbs)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    from db.server import DatabaseUnavailable
    from db.migrate import MigrationError

    try:
        return args.func(args)
    except (SurvtrackError, DatabaseUnavailable, MigrationError) as exc:
        print(f"survtrack: error: {exc}", file=sys.stderr)
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
        print(f"survtrack: error: {type(exc).__name__}: {exc} (run with -v for the details)", file=sys.stderr)
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
