"""Verbs beyond `db` and `serve`: crawl, demo, ingest, export, reprocess (registered into the CLI parser)."""
from __future__ import annotations

import argparse
import sys
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.queries.filters import parse_where  # noqa: F401 - the --where parser lives with the filter model
from survtrack.errors import CommandError
from survtrack.export import FORMATS
from survtrack.progress import progress_bar

if TYPE_CHECKING:
    import psycopg


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    crawl = verbs.add_parser("crawl", help="run spiders through the full pipeline")
    crawl.add_argument("spiders", nargs="*", metavar="SPIDER")
    crawl.add_argument("--all", action="store_true", help="every spider, politely")
    crawl.add_argument("-a", dest="spider_args", action="append", default=[], metavar="NAME=VALUE",
                       help="spider argument (since=YYYY-MM-DD, until=…, sample=N, url=…)")
    crawl.add_argument("--workers", type=int, default=None, metavar="N",
                       help="enrichment worker processes (default: every core; 1: in the crawl process)")
    crawl.add_argument("--frontier", metavar="redis://HOST:PORT/DB",
                       help="share the request queue, duplicate filter and per-host delays with every crawl of the "
                            "same spider and arguments using this Redis (scrapy-redis)")
    crawl.set_defaults(func=cmd_crawl)

    demo = verbs.add_parser("demo", help="load the bundled fictional demo corpus through the real spiders")
    demo.add_argument("--force", action="store_true", help="crawl it again even if this version is loaded")
    demo.set_defaults(func=cmd_demo)

    ingest = verbs.add_parser("ingest", help="ingest your own .jsonl/.pdf/.html/.txt files or folders")
    ingest.add_argument("paths", nargs="+", type=Path)
    ingest.add_argument("--source", default="import", help="source label for items that name none")
    ingest.add_argument("--demo", action="store_true", help="flag the ingested notices as demo data")
    _scale_arguments(ingest, shard_help="only the files of shard I of N (0-based), by a hash of each file's path "
                                        "relative to the folder given")
    ingest.set_defaults(func=cmd_ingest)

    export = verbs.add_parser("export", help="export notices with citations")
    export.add_argument("--format", choices=sorted(FORMATS), default="jsonl")
    export.add_argument("--where", action="append", default=[], metavar="KEY=VALUE",
                        help="filter (repeatable): technology, vendor (registry id), org (organisation number), "
                             "country, province, adcode, source, kind, status, since, until, surveillance, demo, "
                             "designated, flag (red-flag ids), text, buyer")
    export.add_argument("-o", "--output", type=Path, help="file to write (default: stdout for text formats)")
    export.add_argument("--include-contacts", action="store_true",
                        help="keep contact persons' names, phone numbers and e-mails (redacted by default)")
    export.set_defaults(func=cmd_export)

    reprocess = verbs.add_parser("reprocess", help="re-run enrichment over every stored notice")
    reprocess.add_argument("--source", help="only notices from this source")
    _scale_arguments(reprocess, shard_help="only shard I of N (0-based: notice id %% N = I); run "
                                           "'survtrack reprocess --finalize' once after the last shard")
    reprocess.add_argument("--finalize", action="store_true",
                           help="after sharded runs: re-match watch lists, recompute procurement links and "
                                "cross-notice red flags (no enrichment)")
    reprocess.set_defaults(func=cmd_reprocess)

    from survtrack.watch import cli as watch_cli  # watch add/list/show/remove/run/feed, update

    watch_cli.register(verbs)


#: Below this many notices (and bytes of input), `--workers` left to its default runs in this process: forking
#: warm workers takes about as long as enriching a few hundred notices.
SMALL_RUN, SMALL_RUN_BYTES = 500, 8_000_000


def _scale_arguments(parser: argparse.ArgumentParser, *, shard_help: str) -> None:
    parser.add_argument("--workers", type=int, default=None, metavar="N",
                        help="enrichment worker processes (default: every core, or 1 below 500 notices; "
                             "1: this process only)")
    parser.add_argument("--shard", metavar="I/N", help=shard_help)


def _connect() -> AbstractContextManager[psycopg.Connection[Any]]:
    from db.connection import connect
    from survtrack.schema import ensure_schema

    ensure_schema()
    return connect()


# --- ingest / export / reprocess -----------------------------------------------------------------------------------

def cmd_ingest(args: argparse.Namespace) -> int:
    from survtrack.ingest import expand_paths, ingest_paths
    from survtrack.parallel import worker_count
    from survtrack.shards import parse_shard

    shard, workers = parse_shard(args.shard), worker_count(args.workers)
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        raise CommandError(f"no such file or folder: {', '.join(missing)}")
    files = list(expand_paths(args.paths, shard))
    total = sum(_count_items(p) for p in files)
    if args.workers is None and total < SMALL_RUN and sum(p.stat().st_size for p in files) < SMALL_RUN_BYTES:
        workers = 1  # starting workers costs more than they save
    with _connect() as conn, progress_bar(total, "ingest", unit="notice") as bar:
        report = ingest_paths(conn, args.paths, source=args.source, demo=args.demo, progress=bar,
                              workers=workers, shard=shard)
    for error in report.errors:
        print(f"survtrack: error: {error}", file=sys.stderr)
    outcomes = ", ".join(f"{v} {k}" for k, v in report.outcomes.items())
    print(f"ingested: {outcomes}; {len(report.errors)} error(s)")
    return 1 if report.errors else 0


def _count_items(path: Path) -> int:
    if path.suffix.lower() != ".jsonl" or not path.exists():
        return 1
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def cmd_export(args: argparse.Namespace) -> int:
    """The one export path (db/export.py → survtrack/export/), as the dashboard's download button uses it."""
    from db.export import iter_records
    from survtrack import export

    filters = parse_where(args.where)  # FilterError: one line naming the item
    if not export.FORMATS[args.format].text and not args.output:
        raise CommandError(f"--format {args.format} is binary: give a file with -o")
    with _connect() as conn:
        records = iter_records(conn, filters)
        if args.output:
            with args.output.open("wb") as out:
                count = export.write(args.format, records, out, include_contacts=args.include_contacts)
            print(f"exported {count} notice(s) to {args.output}", file=sys.stderr)
        else:
            sys.stdout.flush()
            export.write(args.format, records, sys.stdout.buffer, include_contacts=args.include_contacts)
            sys.stdout.buffer.flush()
    return 0


def cmd_reprocess(args: argparse.Namespace) -> int:
    from survtrack.parallel import worker_count
    from survtrack.reprocess import finalize, reprocess
    from survtrack.shards import parse_shard

    shard, workers = parse_shard(args.shard), worker_count(args.workers)
    if args.finalize:
        if shard is not None or args.source:
            raise CommandError("--finalize runs once over everything: give it without --shard and --source")
        with _connect() as conn:
            counts = finalize(conn)
        print(f"finalized: watch lists re-matched; {counts.get('merged', 0)} procurement(s) merged, links and "
              "cross-notice red flags recomputed for every procurement")
        return 0
    with _connect() as conn:
        from db.selection import count_notices

        total = count_notices(conn, args.source, shard=(shard.index, shard.count) if shard else None)
        if args.workers is None and total < SMALL_RUN:
            workers = 1  # starting workers costs more than they save
        with progress_bar(total, "reprocess", unit="notice") as bar:
            counts = reprocess(conn, source=args.source, progress=bar, workers=workers, shard=shard)
    from enrich import classifier_version

    parts = ", ".join(f"{k.removeprefix('changed_')}: {v}" for k, v in sorted(counts.items())
                      if k.startswith("changed_"))
    where = (f" (shard {shard}; run 'survtrack reprocess --finalize' after the last shard)" if shard else "")
    print(f"reprocessed {counts['notices']} notice(s) with {classifier_version()}; "
          f"{counts['changed']} changed" + (f" ({parts})" if parts else "") + where)
    return 0


# --- crawl / demo ----------------------------------------------------------------------------------------------------

def _spider_args(items: list[str]) -> dict[str, str]:
    result = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise CommandError(f"-a {item!r}: expected NAME=VALUE")
        result[key] = value
    return result


def cmd_crawl(args: argparse.Namespace) -> int:
    from scrapers import runner

    names = runner.all_spider_names() if args.all else args.spiders
    if not names:
        raise CommandError("name a spider (see 'scrapy list') or use --all")
    settings: dict[str, int | str] = {}
    if args.workers is not None:
        from survtrack.parallel import worker_count

        settings["SURVTRACK_WORKERS"] = worker_count(args.workers)
    if args.frontier:
        from scrapers.frontier import FrontierError, check_frontier_url, redis_client

        try:
            frontier = settings["SURVTRACK_FRONTIER"] = check_frontier_url(args.frontier)
            redis_client(frontier).close()  # unreachable: one line now, not a failed crawl
        except FrontierError as exc:
            raise CommandError(str(exc)) from exc
    try:
        stats = runner.run_crawl(names, _spider_args(args.spider_args), settings or None)
    except runner.RunnerError as exc:  # unknown spider, wrong argument: nothing was crawled
        raise CommandError(str(exc)) from exc
    _print_stats(stats)
    return 1 if _failed_crawls(stats) else 0


def _failed_crawls(stats: dict[str, Any]) -> list[str]:
    """Spiders whose run failed or recorded errors, each reported as one line: a crawl that could not read its
    input, or read only part of it, must not look like a success to a script or a cron job."""
    failed = []
    for name, runs in (stats or {}).items():
        runs = runs if isinstance(runs, list) else [runs]
        crashed = [run["error"] for run in runs if isinstance(run, dict) and run.get("error")]
        errors = _totals(runs)["errors"]
        if crashed:
            print(f"survtrack: error: {name}: {crashed[0]}", file=sys.stderr)
        elif errors:
            first = next((run["survtrack/first_error"] for run in runs
                          if isinstance(run, dict) and run.get("survtrack/first_error")), None)
            print(f"survtrack: error: {name}: {errors} error(s) recorded in this run"
                  + (f", the first: {first}" if first else "")
                  + " (the crawl_errors table and the dashboard's Sources page list them all)", file=sys.stderr)
        if crashed or errors:
            failed.append(name)
    return failed


def demo_corpus_version() -> str:
    """A digest of the bundled demo corpus files: `make run` re-crawls only when they changed."""
    import hashlib

    import scrapers

    root = Path(scrapers.__file__).resolve().parent / "demo"
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def cmd_demo(args: argparse.Namespace) -> int:
    from db import store
    from scrapers import runner

    version = demo_corpus_version()
    with _connect() as conn:
        loaded = store.reference_version(conn, "demo_corpus")
    if loaded == version and not args.force:
        print(f"demo corpus {version} already loaded (use --force to crawl it again)")
        return 0
    stats = runner.run_demo()
    _print_stats(stats)
    with _connect() as conn:
        store.set_reference_version(conn, "demo_corpus", version)
    return 0


def _totals(runs: list[dict[str, Any] | None]) -> dict[str, int]:
    """Responses, notice outcomes, removals and errors summed over a spider's passes."""
    total: dict[str, int] = {}
    for run in runs:
        for key, value in (run or {}).items():
            if isinstance(value, int) and (key.startswith("survtrack/") or key == "downloader/response_count"):
                total[key] = total.get(key, 0) + value
    return {"responses": total.get("downloader/response_count", 0),
            **{k.rsplit("/", 1)[-1]: v for k, v in total.items() if k.startswith("survtrack/notices/")},
            "removed": sum(v for k, v in total.items() if k.startswith("survtrack/removed/")),
            "errors": sum(v for k, v in total.items() if k.startswith("survtrack/errors"))}


def _print_stats(stats: dict[str, Any]) -> None:
    """One line per spider: pages fetched, notices inserted/updated/unchanged, removals, errors."""
    for name, runs in (stats or {}).items():
        total = _totals(runs if isinstance(runs, list) else [runs])
        outcomes = {k: v for k, v in total.items() if k not in ("responses", "removed", "errors")}
        parts = [f"{total['responses']} responses"]
        parts += [f"{v} {k}" for k, v in sorted(outcomes.items())]
        parts += [f"{total['removed']} removed from source", f"{total['errors']} errors"]
        print(f"{name}: " + ", ".join(parts))
