"""Run spiders in-process (for `survtrack crawl` and `survtrack demo`) and report per-spider stats.

Why a runner of our own: the CLI needs stats back as data, `crawl --all` must skip spiders that need a URL, and
the demo needs two passes (a first crawl, then the snapshot's second phase with amended/removed notices) in one
process — Twisted's reactor cannot be restarted, so passes are chained inside one reactor run.
Also a command line for subprocess use: `python -m scrapers.runner crawl NAME [-a k=v] [-s K=V]`,
`python -m scrapers.runner plan '[["NAME", {"k": "v"}], …]' [-s K=V]` (per-spider arguments) and `… demo`.
"""
from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from scrapers.base import BaseSpider

DEMO_ROOT = Path(__file__).resolve().parent / "demo" / "corpus"


def _settings(overrides: dict | None):
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "scrapers.settings")
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    settings.setdict(overrides or {}, priority="cmdline")
    if settings.get("SURVTRACK_FRONTIER"):  # a member of a crawl shared through Redis (scrapers/frontier.py)
        from scrapers.frontier import frontier_settings

        settings.setdict(frontier_settings(settings), priority="cmdline")
    return settings


def spider_classes() -> dict[str, type[BaseSpider]]:
    from scrapy.spiderloader import SpiderLoader

    loader = SpiderLoader.from_settings(_settings(None))
    return {name: cast("type[BaseSpider]", loader.load(name)) for name in loader.list()}  # all are BaseSpiders


def all_spider_names() -> list[str]:
    """Every spider `crawl --all` runs (those needing `-a url=` are skipped)."""
    return [name for name, cls in sorted(spider_classes().items()) if not getattr(cls, "requires_url", False)]


def _summary(stats: dict) -> dict:
    from scrapers.store import _json_safe

    return _json_safe(stats)


def _execute(passes: list[tuple[list[tuple[str, dict]], Callable[[], None] | None]],
             settings_overrides: dict | None) -> dict[str, Any]:
    """Run each pass's crawls concurrently, passes one after another; returns {name: stats or [stats per pass]}."""
    settings = _settings(settings_overrides)
    from scrapy.crawler import CrawlerRunner
    from scrapy.utils.log import configure_logging
    from scrapy.utils.reactor import install_reactor

    install_reactor(settings["TWISTED_REACTOR"])
    import logging

    for handler in list(logging.root.handlers):  # the CLI's basicConfig handler: one handler, one line each
        logging.root.removeHandler(handler)
    configure_logging(settings)
    from twisted.internet import defer, reactor

    runner = CrawlerRunner(settings)
    results: dict[str, list[dict]] = {}

    @defer.inlineCallbacks
    def go():
        try:
            for crawls, before in passes:
                if before is not None:
                    before()
                started = []
                for name, args in crawls:
                    crawler = runner.create_crawler(name)
                    started.append((name, crawler, runner.crawl(crawler, **args)))
                outcomes = yield defer.DeferredList([d for _, _, d in started], consumeErrors=True)
                for (name, crawler, _), (ok, value) in zip(started, outcomes, strict=True):
                    try:
                        stats = _summary(crawler.stats.get_stats())
                    except RuntimeError:  # the crawl failed before it started (no stats collector yet)
                        stats = {}
                    if not ok:
                        stats["error"] = f"{value.type.__name__}: {value.getErrorMessage()}"
                    results.setdefault(name, []).append(stats)
        finally:
            reactor.stop()

    reactor.callWhenRunning(go)
    reactor.run(installSignalHandlers=True)  # type: ignore[misc,call-arg]  # the reactor module is typed as IReactorCore
    return {name: runs[0] if len(runs) == 1 else runs for name, runs in results.items()}


class RunnerError(Exception):
    """Nothing was crawled: an unknown spider or a wrong spider argument. The message is one line
    ("spider: argument: what is wrong"); `survtrack crawl` reports it as its own error."""


def check_spider_names(names: list[str]) -> None:
    """Raise RunnerError naming every unknown spider (and the known ones)."""
    known = spider_classes()
    unknown = [name for name in names if name not in known]
    if unknown:
        raise RunnerError(f"unknown spider(s): {', '.join(unknown)}; available: {', '.join(sorted(known))}")


def check_spider_arguments(names: list[str], spider_args: dict[str, str],
                           settings_overrides: dict | None = None) -> None:
    """Parse every spider's arguments before anything starts, so a typo stops the command with one clear line
    instead of a crawl that fails inside the reactor. Raises RunnerError ("spider: argument: what is wrong")."""
    from scrapers.base import SpiderArgumentError

    check_spider_names(names)
    settings = _settings(settings_overrides)
    classes = spider_classes()
    for name in names:
        spider = classes[name](**spider_args)
        try:
            spider.parse_arguments(settings)
        except SpiderArgumentError as exc:
            message = str(exc)
            raise RunnerError(message if message.startswith(f"{name}:") else f"{name}: {message}") from exc


def run_crawl(spider_names: list[str], spider_args: dict[str, str],
              settings_overrides: dict | None = None) -> dict[str, Any]:
    """Crawl the named spiders (concurrently, each polite per host) through the full pipeline; stats per spider.

    Unknown spiders and wrong arguments raise RunnerError before anything is crawled; a crawl that fails later
    appears with an "error" key in its stats."""
    names = all_spider_names() if spider_names in (["--all"], ["all"]) else spider_names
    return run_plan([(name, dict(spider_args)) for name in names], settings_overrides)


def run_plan(crawls: list[tuple[str, dict[str, str]]], settings_overrides: dict | None = None) -> dict[str, Any]:
    """Run several spiders, each with its own arguments, concurrently in one reactor (one pass); stats per spider.

    Why: the end-to-end tests and tools crawl many sources at once without paying a process start per spider."""
    check_spider_names([name for name, _ in crawls])
    for name, args in crawls:
        check_spider_arguments([name], args, settings_overrides)
    return _execute([(list(crawls), None)], settings_overrides)


DEMO_SETTINGS = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
                 "SURVTRACK_RETRY_BASE_WAIT": 0.2, "SURVTRACK_BLOCKED_WAIT": 0.5, "SURVTRACK_DEMO": True,
                 "LOG_LEVEL": "WARNING"}
def demo_plan(server_url: str, *, lists: bool = False, root: Path | None = None) -> list[tuple[str, dict[str, str]]]:
    """(spider, arguments) for every registered spider that has `demo_args` and a folder in the demo snapshot
    `root` (served at `server_url`): the notice spiders, or (lists=True) the watch-list spiders. Nothing here
    names a spider: one joins the demo with the attribute and its folder of scrapers/demo/."""
    from scrapers.demo import lists as demo_lists
    from scrapers.lists import ListFileSpider

    root = root or (demo_lists.ROOT if lists else DEMO_ROOT)
    return [(name, cls.snapshot_arguments(server_url)) for name, cls in sorted(spider_classes().items())
            if cls.demo_args is not None and issubclass(cls, ListFileSpider) == lists and (root / name).is_dir()]


def run_demo(root: Path | None = None, settings_overrides: dict | None = None,
             lists_root: Path | None = None) -> dict[str, Any]:
    """Serve the bundled demo snapshot on 127.0.0.1 and crawl every spider twice (second pass: amended and removed
    notices), everything flagged demo. The watch-list slice (scrapers/demo/lists) is served by a second local
    server and crawled in the second pass, after the notices exist, so name-only matches find the demo suppliers.
    Returns {spider: [pass-1 stats, pass-2 stats]} (list spiders: their one run's stats)."""
    from scrapers.demo import lists as demo_lists
    from scrapers.localserver import SnapshotServer

    server = SnapshotServer(root or DEMO_ROOT).start()
    list_server = SnapshotServer(lists_root or demo_lists.ROOT).start()
    try:
        plan = demo_plan(server.url, root=root)
        list_plan = demo_plan(list_server.url, lists=True, root=lists_root)

        def second_phase() -> None:
            server.phase = 2

        return _execute([(plan, None), (plan + list_plan, second_phase)],
                        {**DEMO_SETTINGS, **(settings_overrides or {})})
    finally:
        server.stop()
        list_server.stop()


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m scrapers.runner")
    sub = parser.add_subparsers(dest="verb", required=True)
    crawl = sub.add_parser("crawl")
    crawl.add_argument("spiders", nargs="+")
    crawl.add_argument("-a", dest="args", action="append", default=[], metavar="NAME=VALUE")
    crawl.add_argument("-s", dest="settings", action="append", default=[], metavar="NAME=VALUE")
    plan = sub.add_parser("plan", help="several spiders with their own arguments, concurrently")
    plan.add_argument("crawls", help='JSON list of [spider, {argument: value}] pairs')
    plan.add_argument("-s", dest="settings", action="append", default=[], metavar="NAME=VALUE")
    sub.add_parser("demo")
    options = parser.parse_args(argv)
    if options.verb == "demo":
        results = run_demo()
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return _report_failures(results)
    pairs = [item.split("=", 1) for item in getattr(options, "args", []) + options.settings]
    if any(len(p) != 2 for p in pairs):
        parser.error("arguments and settings are NAME=VALUE")
    settings = {}
    for item in options.settings:
        key, value = item.split("=", 1)
        try:
            settings[key] = json.loads(value)
        except ValueError:
            settings[key] = value
    try:
        if options.verb == "plan":
            try:
                crawls = [(str(name), {str(k): str(v) for k, v in args.items()})
                          for name, args in json.loads(options.crawls)]
            except (ValueError, TypeError, AttributeError) as exc:
                raise RunnerError(
                    f"plan: expected a JSON list of [spider, {{argument: value}}] pairs ({exc})") from None
            results = run_plan(crawls, settings)
        else:
            results = run_crawl(options.spiders, dict(item.split("=", 1) for item in options.args), settings)
    except RunnerError as exc:
        print(f"{parser.prog}: error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(results, ensure_ascii=False))
    return _report_failures(results)


def _report_failures(results: dict[str, Any]) -> int:
    """One stderr line per failed crawl; exit status 1 when any failed."""
    runs = [(name, run) for name, value in results.items() for run in (value if isinstance(value, list) else [value])]
    failed = [f"{name}: {run['error']}" for name, run in runs if isinstance(run, dict) and run.get("error")]
    for line in failed:
        print(line, file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
