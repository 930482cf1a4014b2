"""The `survtrack watch …` and `survtrack update` verbs (registered by survtrack.commands)."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from survtrack.errors import CommandError
from survtrack.watch import render

if TYPE_CHECKING:
    import psycopg

    from db.watches import Watch

WHERE_HELP = ("filter, with the keys and meaning of `survtrack export --where`: technology, vendor, country, "
              "adcode, source, kind, since, until, surveillance, demo, status, text, buyer, designated (repeatable)")


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    watch = verbs.add_parser("watch", help="saved searches and their alerts: add, list, show, remove, run, feed")
    actions = watch.add_subparsers(dest="watch_command", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="save a search under a name")
    add.add_argument("name", help="lower-case letters, digits, - and _ (also the feed's file name)")
    add.add_argument("--where", action="append", default=[], metavar="KEY=VALUE", help=WHERE_HELP)
    add.add_argument("--backfill", action="store_true",
                     help="also report what was recorded before the watch existed (default: from now on)")
    add.set_defaults(func=cmd_add)
    actions.add_parser("list", help="every watch with its filter and events").set_defaults(func=cmd_list)
    show = actions.add_parser("show", help="one watch: filter, feed, latest events")
    show.add_argument("name")
    show.set_defaults(func=cmd_show)
    remove = actions.add_parser("remove", help="delete a watch, its events and its feed file")
    remove.add_argument("name")
    remove.set_defaults(func=cmd_remove)
    run = actions.add_parser("run", help="evaluate every watch and deliver each new event once")
    run.add_argument("--json", action="store_true", help="one JSON object per delivered event on stdout")
    run.set_defaults(func=cmd_run)
    feed = actions.add_parser("feed", help="the watch's Atom feed (RFC 4287) on stdout")
    feed.add_argument("name")
    feed.set_defaults(func=cmd_feed)

    update = verbs.add_parser("update", help="unattended: crawl due sources, refresh watch lists, run the watches "
                                             "(one at a time: a second run exits with status 75)")
    update.set_defaults(func=cmd_update)


@contextmanager
def _connection() -> Iterator[psycopg.Connection[Any]]:
    from db.connection import connect
    from survtrack.schema import ensure_schema

    ensure_schema()
    with connect() as conn:
        yield conn


def _watch(conn: psycopg.Connection[Any], name: str) -> Watch:
    from db.watches import get_watch

    watch = get_watch(conn, name)
    if watch is None:
        raise CommandError(f"no watch named {name!r} (see `survtrack watch list`)")
    return watch


def cmd_add(args: argparse.Namespace) -> int:
    from db import watches
    from survtrack.watch import atom
    from survtrack.watch.events import parse_filter

    if not watches.NAME_PATTERN.match(args.name):
        raise CommandError(f"watch name {args.name!r}: use 1 to 64 lower-case letters, digits, - and _, "
                           "starting with a letter or digit")
    items = [item.strip() for item in args.where]
    _check_known_values(parse_filter(items))  # a bad key or value stops here, in one line
    with _connection() as conn:
        if watches.get_watch(conn, args.name) is not None:
            raise CommandError(f"a watch named {args.name!r} already exists (`survtrack watch show {args.name}`)")
        watch = watches.add_watch(conn, args.name, items, backfill=args.backfill)
        conn.commit()
    path = atom.write_feed(watch, [])
    since = "everything already recorded and from now on" if args.backfill else "from now on"
    print(f"added watch {watch.name} ({' '.join(items) or 'every notice'}): reports {since} at each "
          f"`survtrack watch run`; feed {path}")
    return 0


def _check_known_values(filters: Any) -> None:
    """Technology and vendor ids the taxonomy and the registry do not know: an export with them is merely empty,
    but a watch with a misspelt id would stay silent for ever, so `watch add` refuses it (one line)."""
    import difflib

    from enrich.model import TAXONOMY_IDS
    from enrich.vendors import load_registry

    known = {"technology": (tuple(getattr(filters, "technologies", ()) or ()), TAXONOMY_IDS, "taxonomy id"),
             "vendor": (tuple(getattr(filters, "vendors", ()) or ()), tuple(v.id for v in load_registry().vendors),
                        "registry vendor id")}
    for key, (given, allowed, what) in known.items():
        for value in given:
            if value in allowed:
                continue
            close = difflib.get_close_matches(value.lower(), allowed, n=1)
            hint = f"did you mean {close[0]}?" if close else f"e.g. {', '.join(allowed[:3])}"
            raise CommandError(f"--where {key}: unknown {what} {value!r} ({hint})")


def cmd_list(args: argparse.Namespace) -> int:
    from db import watches

    with _connection() as conn:
        found = watches.list_watches(conn)
        counts = watches.event_counts(conn)
    if not found:
        print("no watches (add one with `survtrack watch add NAME --where KEY=VALUE`)")
        return 0
    print(f"{'name':<24} {'events':>7} {'pending':>7}  {'last run':<20} filter")
    for watch in found:
        count = counts.get(watch.id, {})
        last = watch.last_run_at.strftime("%Y-%m-%d %H:%M:%S") if watch.last_run_at else "never"
        flag = "  (last run failed: see `watch show`)" if watch.last_error else ""
        print(f"{watch.name:<24} {count.get('events', 0):>7} {count.get('pending', 0):>7}  {last:<20} "
              f"{render.plain(' '.join(watch.where_items)) or '(every notice)'}{flag}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from db import watches
    from survtrack.watch import atom

    with _connection() as conn:
        watch = _watch(conn, args.name)
        count = watches.event_counts(conn).get(watch.id, {})
        latest = watches.recent_events(conn, watch.id, 10)
    print(f"watch: {watch.name}")
    print(f"filter: {render.plain(' '.join(watch.where_items)) or '(every notice)'}")
    print(f"created: {watch.created_at.isoformat()}; reports facts recorded after "
          f"{'(backfill) anything' if watch.events_since.year <= 1900 else watch.events_since.isoformat()}")
    print(f"last run: {watch.last_run_at.isoformat() if watch.last_run_at else 'never'}"
          + (f"; last error: {render.plain(watch.last_error)}" if watch.last_error else ""))
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(count.items()) if k not in ("events", "pending"))
    print(f"events: {count.get('events', 0)} ({kinds or 'none'}); pending delivery: {count.get('pending', 0)}")
    print(f"feed: {atom.feeds_dir() / (watch.name + '.xml')}"
          + (f" served at {atom.feed_url(watch.name)}" if atom.feed_url(watch.name) else ""))
    for event in latest:
        print(f"  {event.detected_at.strftime('%Y-%m-%d %H:%M')}  {render.title(event)}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from db import watches
    from survtrack.watch import atom

    with _connection() as conn:
        watch = _watch(conn, args.name)
        events = watches.event_counts(conn).get(watch.id, {}).get("events", 0)
        watches.remove_watch(conn, watch.name)
        conn.commit()
    atom.remove_feed(watch.name)
    print(f"removed watch {watch.name} and its {events} event(s)")
    return 0


def cmd_feed(args: argparse.Namespace) -> int:
    from db import watches
    from survtrack.watch import atom

    with _connection() as conn:
        watch = _watch(conn, args.name)
        latest = watches.recent_events(conn, watch.id, atom.FEED_ENTRIES)
    sys.stdout.write(atom.feed_xml(watch, latest, self_url=atom.feed_url(watch.name)).decode("utf-8") + "\n")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from survtrack.watch.run import report_run, run_watches

    evaluations, report = run_watches(sys.stdout if args.json else None)
    return 1 if report_run(evaluations, report, quiet=args.json) else 0


def cmd_update(args: argparse.Namespace) -> int:
    from survtrack.watch.update import update

    return update()
