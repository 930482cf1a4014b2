"""End-to-end: the real Scrapy engine (in a subprocess) against tests/fixtures served on 127.0.0.1, into the real
database. Covers a first crawl, an unchanged second crawl (listings only), a changed snapshot (amended and removed
notices: the takedown ledger) and fault injection (5xx, 429 + Retry-After, timeouts, truncated bodies, block
pages, wrong charset header, malformed JSON, XXE) ending with zero lost and zero duplicated notices.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from scrapers.lists import ListFileSpider
from scrapers.runner import spider_classes
from tests.httpserver import FIXTURES, Fault, SnapshotServer

REPO = Path(__file__).resolve().parents[2]
CLASSES = spider_classes()
#: Every registered notice spider with a snapshot (its `demo_args`): a new spider is covered by registering it.
SPIDERS = sorted(name for name, cls in CLASSES.items()
                 if cls.demo_args is not None and not issubclass(cls, ListFileSpider))
FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "SURVTRACK_RETRY_BASE_WAIT": 0.1,
        "SURVTRACK_BLOCKED_WAIT": 0.2, "DOWNLOAD_TIMEOUT": 2, "CONCURRENT_REQUESTS_PER_DOMAIN": 4,
        "LOG_LEVEL": "WARNING", "RETRY_TIMES": 3}
#: No delay faults in the recrawl tests, so no short timeout either: all spiders crawl at once in one process, and
#: a busy reactor must not turn slow answers into retries.
FAST_NO_FAULTS = {**FAST, "DOWNLOAD_TIMEOUT": 30}


def crawl_args(server: SnapshotServer, name: str, **extra: str) -> dict[str, str]:
    return {**CLASSES[name].snapshot_arguments(server.url), **extra}


def run_runner(*arguments: str, settings: dict) -> dict:
    command = [sys.executable, "-m", "scrapers.runner", *arguments]
    for key, value in settings.items():
        command += ["-s", f"{key}={json.dumps(value)}"]
    done = subprocess.run(command, cwd=REPO, env=os.environ.copy(), capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def crawl(server: SnapshotServer, name: str, **extra: str) -> dict:
    """One spider, one subprocess (the real engine); its stats."""
    arguments = ["crawl", name]
    for key, value in crawl_args(server, name, **extra).items():
        arguments += ["-a", f"{key}={value}"]
    return run_runner(*arguments, settings=FAST)[name]


def crawl_all(server: SnapshotServer, names: list[str]) -> dict[str, dict]:
    """Every named spider concurrently in one subprocess (one reactor): {spider: stats}."""
    plan = json.dumps([[name, crawl_args(server, name)] for name in names])
    return run_runner("plan", plan, settings=FAST_NO_FAULTS)


def notices(url: str, source: str) -> dict[str, tuple]:
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT source_notice_id, status, removed_reason, version, demo, document_id"
                            " FROM notices WHERE source_id = %s", (source,)).fetchall()
    return {row[0]: row[1:] for row in rows}


def errors(url: str, source: str) -> list[tuple]:
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT stage, http_status, error, url FROM crawl_errors WHERE source_id = %s",
                            (source,)).fetchall()


def archived_paths(url: str, source: str) -> list[str]:
    with psycopg.connect(url) as conn:
        return [row[0] for row in conn.execute(
            "SELECT d.archive_path FROM notices n JOIN documents d ON d.id = n.document_id WHERE n.source_id = %s",
            (source,))]


@pytest.fixture(scope="module")
def recrawls(module_database):
    """All spiders, three passes over one snapshot server: first crawl, unchanged recrawl, changed snapshot (phase
    2: amended and removed notices). What each pass left in the database is kept per spider for the tests."""
    database_url, home = module_database
    passes = []
    with SnapshotServer(FIXTURES) as server:
        for phase in (1, 1, 2):
            server.phase = phase
            mark = len(server.requests)
            stats = crawl_all(server, SPIDERS)
            passes.append({"stats": stats, "requests": (mark, len(server.requests)),
                           "notices": {name: notices(database_url, name) for name in SPIDERS},
                           "errors": {name: errors(database_url, name) for name in SPIDERS}})
        yield {"passes": passes, "server": server, "database_url": database_url, "home": home}


@pytest.mark.parametrize("name", SPIDERS)
def test_crawl_recrawl_and_takedowns(name, recrawls):
    first, again, changed = recrawls["passes"]
    home = recrawls["home"]
    spider = CLASSES[name]
    assert (FIXTURES / name / "base").is_dir() and (FIXTURES / name / "phase2").is_dir(), \
        f"{name}: add its snapshot under tests/fixtures/{name}/base and phase2"
    held = first["notices"][name]
    assert held and first["stats"][name].get("survtrack/notices/inserted") == len(held)
    assert all(row[3] for row in held.values()), "demo flag lost"
    assert all(row[4] for row in held.values()), "notice without its archived document"
    assert not first["errors"][name]
    paths = archived_paths(recrawls["database_url"], name)
    assert paths and all((home / path).is_file() for path in paths), "raw bytes not archived"

    assert again["stats"][name].get("survtrack/details_requested", 0) == 0, \
        "second crawl re-fetched detail pages it holds"
    assert again["stats"][name].get("survtrack/notices/inserted", 0) == 0
    assert again["notices"][name].keys() == held.keys()

    after = changed["notices"][name]
    assert after.keys() == held.keys(), "notices lost or duplicated"
    assert any(row[2] > 1 for row in after.values()), "amendment not recorded as a new version"
    removed = {sid: row[1] for sid, row in after.items() if row[0] == "removed"}
    assert set(removed.values()) == spider.snapshot_takedowns, "takedowns differ from the spider's snapshot_takedowns"
    if not spider.listing_complete:  # a file is not a complete listing, so absence is not removal there
        assert "dropped_from_listing" not in spider.snapshot_takedowns


def test_faults_lose_nothing_and_duplicate_nothing(database_url, survtrack_home):
    with SnapshotServer(FIXTURES) as server:
        bad = FIXTURES / "china_ccgp/bad"
        server.add_fault("/china_ccgp/search/bxsearch", Fault(503, {"Retry-After": "1"}, b"busy"),
                         Fault(200, {"Content-Type": "text/html"}, (bad / "block_frequent.html").read_bytes()),
                         Fault(200, {"Content-Type": "text/html"}, (bad / "cookie_challenge.html").read_bytes()))
        details = sorted(p for p in (FIXTURES / "china_ccgp/base/www").rglob("*.htm"))
        paths = ["/china_ccgp/www/" + str(p.relative_to(FIXTURES / "china_ccgp/base/www")) for p in details]
        server.add_fault(paths[0], Fault(429, {"Retry-After": "1"}, b"slow down"))
        server.add_fault(paths[1], Fault(500), Fault(502))
        server.add_fault(paths[2], Fault(truncate=True))
        server.add_fault(paths[3], Fault(delay=3.5))
        gbk = next(p for p, f in zip(paths, details, strict=True) if b"vT_detail_content" in f.read_bytes())
        server.add_fault(gbk, Fault(200, {"Content-Type": "text/html; charset=utf-8"}))  # header lies
        stats = crawl(server, "china_ccgp")
        held = notices(database_url, "china_ccgp")
        listed = stats["survtrack/listed"]
        assert len(held) == listed, f"lost {listed - len(held)} notices"
        assert stats.get("survtrack/blocked", 0) >= 3
        stages = {row[0] for row in errors(database_url, "china_ccgp")}
        assert "blocked" in stages
        with psycopg.connect(database_url) as conn:
            text = conn.execute("SELECT text FROM notices WHERE source_id='china_ccgp' AND url LIKE %s",
                                ("%" + gbk.rsplit("/", 1)[1],)).fetchone()[0]
        assert "采购人" in text and "\ufffd" not in text

        xml = sorted((FIXTURES / "eu_ted/base/web/en/notice").iterdir())
        # queued once per possible attempt, so a retried request (e.g. after a timeout) still gets the bad XML
        attempts = FAST["RETRY_TIMES"] + 1
        server.add_fault(f"/eu_ted/web/en/notice/{xml[0].name}/xml",
                         *[Fault(200, {}, (FIXTURES / "eu_ted/bad/xxe.xml").read_bytes())] * attempts)
        server.add_fault(f"/eu_ted/web/en/notice/{xml[1].name}/xml",
                         *[Fault(200, {}, (FIXTURES / "eu_ted/bad/bomb.xml").read_bytes())] * attempts)
        ted = crawl(server, "eu_ted")
        server.faults.clear()
        ted_errors = errors(database_url, "eu_ted")
        assert {e[0] for e in ted_errors} == {"parse"}
        assert sum("entity" in e[2] for e in ted_errors) == 2
        assert len(notices(database_url, "eu_ted")) == len(xml) - 2 == ted["survtrack/notices/inserted"]
        server.add_fault("/eu_ted/api/v3/notices/search", Fault(200, {}, b'{"notices": [ {"publication-nu'))
        crawl(server, "eu_ted")  # malformed listing: an error row, nothing else
        assert len(errors(database_url, "eu_ted")) == 3
        crawl(server, "eu_ted")  # the next crawl picks up the two notices whose XML was bad last time
        assert len(notices(database_url, "eu_ted")) == len(xml)


def test_contracts_finder_403_block_page_is_backed_off(database_url, survtrack_home):
    with SnapshotServer(FIXTURES) as server:
        page = (FIXTURES / "uk_contracts_finder/bad/forbidden.html").read_bytes()
        server.add_fault("/uk_contracts_finder/api/Published", Fault(403, {"Content-Type": "text/html"}, page),
                         Fault(429, {"Retry-After": "1"}, b""))
        stats = crawl(server, "uk_contracts_finder")
        held = notices(database_url, "uk_contracts_finder")
        assert len(held) == stats["survtrack/listed"] > 0
        blocked = [e for e in errors(database_url, "uk_contracts_finder") if e[0] == "blocked"]
        assert {e[1] for e in blocked} == {403, 429}
