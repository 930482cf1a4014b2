"""`survtrack update`: the unattended job — crawl the sources that are due, refresh the watch lists, run the
watches — under one lock, with a summary and an exit status a scheduler can act on.

Sources: every spider `survtrack crawl --all` runs (those that need no `-a url=`), plus any spider that
SURVTRACK_UPDATE_ARGS gives a `url`, minus those whose cadence is `off`.
Cadence (SURVTRACK_UPDATE_SOURCES, e.g. `*=1d,china_ccgp=12h,usa_sec_edgar=off`; default `*=1d`): a source is
due when its last successful run (demo runs aside) started at least its cadence ago, less CADENCE_SLACK of it, so
a daily timer that fires a minute early still crawls.
Incremental: a spider with a date window starts OVERLAP_DAYS before its last successful run's start.
SURVTRACK_UPDATE_ARGS (JSON, {"spider": {"argument": "value"}}) adds or overrides spider arguments.
Watch-list refresh: the list spiders are sources like the others; after the crawl every designation is matched
again, so a supplier first named by today's notices is found on the lists read earlier.
Exit status: 0; 1 when a source failed or a watch could not be evaluated or delivered; 75 (EX_TEMPFAIL) when
another `survtrack update` holds the lock — it then does nothing.
"""
from __future__ import annotations

import json
import os
import re
import socket
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from survtrack.errors import CommandError

EXIT_LOCKED = 75
#: application_name of the session holding the update lock: "survtrack update pid N on HOST".
UPDATE_LABEL = "survtrack update"
DEFAULT_CADENCE = timedelta(days=1)
CADENCE_SLACK = 0.1
OVERLAP_DAYS = 3
_DURATION = re.compile(r"^(\d+(?:\.\d+)?)\s*([mhdw])$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


@dataclass
class Plan:
    crawls: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    not_due: dict[str, datetime] = field(default_factory=dict)  # source → when it is next due
    off: list[str] = field(default_factory=list)


def parse_cadences(raw: str) -> tuple[dict[str, timedelta | None], timedelta | None]:
    """(per-spider cadence, default) from `*=1d,spider=12h,other=off`; None means off."""
    cadences: dict[str, timedelta | None] = {}
    default: timedelta | None = DEFAULT_CADENCE
    for item in filter(None, (part.strip() for part in raw.split(","))):
        name, sep, value = (s.strip() for s in item.partition("="))
        match = _DURATION.match(value.lower())
        if not sep or not name or (value.lower() != "off" and not match):
            raise CommandError(f"SURVTRACK_UPDATE_SOURCES: {item!r}: expected SPIDER=DURATION (30m, 12h, 1d, 1w) "
                               "or SPIDER=off; * is every other spider")
        # No match is "off" (anything else that does not match was refused above).
        cadence = None if match is None else timedelta(**{_UNITS[match[2]]: float(match[1])})
        if name == "*":
            default = cadence
        else:
            cadences[name] = cadence
    return cadences, default


def extra_arguments() -> dict[str, dict[str, str]]:
    raw = os.environ.get("SURVTRACK_UPDATE_ARGS", "").strip()
    if not raw:
        return {}
    try:
        data = json.loads(raw)
        if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
            raise ValueError("not an object of objects")
    except ValueError as exc:
        raise CommandError(
            f"SURVTRACK_UPDATE_ARGS: expected JSON like {{\"spider\": {{\"url\": \"…\"}}}} ({exc})") from exc
    return {str(k): {str(a): str(v) for a, v in args.items()} for k, args in data.items()}


def plan(last_success: dict[str, datetime], now: datetime) -> Plan:
    """Which spiders to crawl now, with which arguments."""
    from scrapers import runner
    from scrapers.lists import ListFileSpider

    cadences, default = parse_cadences(os.environ.get("SURVTRACK_UPDATE_SOURCES", ""))
    extra = extra_arguments()
    classes = runner.spider_classes()
    unknown = sorted((set(cadences) | set(extra)) - set(classes))
    if unknown:
        raise CommandError(f"SURVTRACK_UPDATE_SOURCES/ARGS name unknown spider(s): {', '.join(unknown)}")
    enabled = set(runner.all_spider_names()) | {name for name, args in extra.items() if args.get("url")}
    result = Plan()
    for name in sorted(enabled):
        cadence = cadences.get(name, default)
        if cadence is None:
            result.off.append(name)
            continue
        last = last_success.get(name)
        if last is not None and now - last < cadence * (1 - CADENCE_SLACK):
            result.not_due[name] = last + cadence * (1 - CADENCE_SLACK)
            continue
        args: dict[str, str] = {}
        if last is not None and not issubclass(classes[name], ListFileSpider):
            args["since"] = (last.date() - timedelta(days=OVERLAP_DAYS)).isoformat()
        args.update(extra.get(name, {}))
        result.crawls.append((name, args))
    return result


def _crawl(crawls: list[tuple[str, dict[str, str]]]) -> dict[str, Any]:
    from scrapers import runner

    try:
        return runner.run_plan(crawls, {"LOG_LEVEL": "WARNING"})
    except runner.RunnerError as exc:
        raise CommandError(str(exc)) from None


def _refresh_watch_lists() -> str:
    from db.connection import connect
    from db.watchlists import rematch_all

    with connect() as conn:
        result = rematch_all(conn)
        conn.commit()
    return f"watch lists: {result.matched} designation(s) matched to organisations after the crawl"


def report_crawls(stats: dict[str, Any], since: datetime) -> list[str]:
    """One line per crawled source, from the run rows the crawl wrote; returns the sources that failed (a run
    that failed or recorded errors, or a crawl that could not start), each also named on stderr."""
    from db.connection import connect
    from db.queries.watches import runs_since

    with connect() as conn:
        runs = runs_since(conn, since)
    failed = []
    for name, value in sorted((stats or {}).items()):
        crashed = [r["error"] for r in (value if isinstance(value, list) else [value]) if r.get("error")]
        mine = [r for r in runs if r["source_id"] == name]
        for run in mine:
            print(f"{name}: run {run['id']} {run['status']}, {run['responses']} responses, {run['inserted']} new, "
                  f"{run['updated']} updated, {run['errors']} error(s)")
        errors = sum(r["errors"] for r in mine)
        if crashed or errors or any(r["status"] in ("failed", "interrupted") for r in mine):
            why = crashed[0] if crashed else (f"{errors} error(s) recorded (the Sources page and crawl_errors say "
                                              "which documents and why)" if errors else "the run failed")
            print(f"survtrack: error: {name}: {why}", file=sys.stderr)
            failed.append(name)
    return failed


def _holder(conn: Any) -> str:
    """Who holds the update lock: the other update's process id and host (from its session's label), else the
    database session's."""
    from db import watches

    holder = watches.lock_holder(conn, watches.UPDATE_LOCK)
    if holder is None:
        return ""
    pid, since, label = holder
    who = label.removeprefix(UPDATE_LABEL).strip() if label.startswith(UPDATE_LABEL) else f"database session {pid}"
    return f" ({who}, since {since:%Y-%m-%d %H:%M:%S %Z})"


def update() -> int:
    """The verb: returns the exit status (see the module docstring)."""
    from db import watches
    from db.connection import connect
    from db.fetch import one
    from db.queries.watches import last_successful_runs
    from survtrack.schema import ensure_schema
    from survtrack.watch.run import report_run, run_watches

    started = time.monotonic()
    from survtrack.watch.delivery import channels

    channels(None)  # webhook/e-mail configuration errors stop the update before it crawls anything
    ensure_schema()
    with connect(autocommit=True) as lock_conn:
        if not watches.try_lock(lock_conn, watches.UPDATE_LOCK):
            print(f"survtrack: update already running{_holder(lock_conn)}; this one did nothing", file=sys.stderr)
            return EXIT_LOCKED
        watches.label_session(lock_conn, f"{UPDATE_LABEL} pid {os.getpid()} on {socket.gethostname()}")
        now = one(lock_conn.execute("SELECT now()"))[0]
        todo = plan(last_successful_runs(lock_conn), now)
        failed: list[str] = []
        if todo.crawls:
            print(f"update: crawling {', '.join(name for name, _ in todo.crawls)}", flush=True)
            failed = report_crawls(_crawl(todo.crawls), now)
            print(_refresh_watch_lists(), flush=True)
        for name, due in sorted(todo.not_due.items()):
            print(f"{name}: not due until {due:%Y-%m-%d %H:%M %Z}")
        evaluations, report = run_watches()
        watch_failed = report_run(evaluations, report, quiet=False)
        events = sum(e.total for e in evaluations)
        print(f"update: {len(todo.crawls)} source(s) crawled, {len(failed)} failed"
              + (f" ({', '.join(failed)})" if failed else "") + f", {len(todo.not_due)} not due, "
              f"{len(todo.off)} off; {events} new watch event(s); {time.monotonic() - started:.0f} s")
    return 1 if failed or watch_failed else 0
