"""Distributed crawling: crawler processes sharing one Redis frontier (scrapy-redis + scrapers/frontier.py) against
the local snapshot server. Every page is fetched once, every notice stored once, the per-host delay holds across
processes (the server's arrival times), and a process killed mid-crawl loses nothing: the other one takes back
its leased requests and finishes."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from itertools import pairwise
from pathlib import Path

import psycopg
import pytest

from scrapers.runner import spider_classes
from tests.httpserver import FIXTURES, SnapshotServer

REPO = Path(__file__).resolve().parents[2]
SPIDER = "china_ccgp"
DELAY = 0.2
#: Every page of the fixture crawl: 4 keyword listings and 30 notice pages (robots.txt is each process's own).
PAGES = 34


def crawler(server: SnapshotServer, redis_url: str, **settings) -> subprocess.Popen:
    command = [sys.executable, "-m", "scrapers.runner", "crawl", SPIDER]
    for key, value in spider_classes()[SPIDER].snapshot_arguments(server.url).items():
        command += ["-a", f"{key}={value}"]
    settings = {"DOWNLOAD_DELAY": DELAY, "AUTOTHROTTLE_ENABLED": False, "CONCURRENT_REQUESTS_PER_DOMAIN": 4,
                "LOG_LEVEL": "WARNING", "SURVTRACK_RETRY_BASE_WAIT": 0.1, "SURVTRACK_FRONTIER": redis_url,
                "SURVTRACK_FRONTIER_WORKER_TTL": 2,
                "DOWNLOAD_TIMEOUT": 300,  # answers are held until every process is crawling (started_together)
                **settings}
    for key, value in settings.items():
        command += ["-s", f"{key}={value if isinstance(value, str) else json.dumps(value)}"]
    return subprocess.Popen(command, cwd=REPO, env=os.environ.copy(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def finish(process: subprocess.Popen) -> dict:
    out, err = process.communicate(timeout=180)
    assert process.returncode == 0, err[-3000:]
    return json.loads(out.strip().splitlines()[-1])[SPIDER]


def pages(server: SnapshotServer) -> list[str]:
    return [r.path for r in server.requests if not r.path.endswith("/robots.txt")]


def assert_polite(server: SnapshotServer) -> None:
    """Requests reached the host the delay apart, whichever process sent them. The crawlers space their sends; what
    the server sees also carries each request's own transit and scheduling jitter (tens of ms on a busy machine),
    so no two arrivals may be closer than half the delay (two processes not sharing the slot send together, ~0 s
    apart, up to four at a time), and on average they are the delay apart."""
    arrivals = sorted(r.at for r in server.requests)
    gaps = [later - earlier for earlier, later in pairwise(arrivals)]
    assert min(gaps) >= DELAY * 0.5, sorted(gaps)[:5]
    assert (arrivals[-1] - arrivals[0]) / len(gaps) >= DELAY * 0.95, sorted(gaps)[:5]


def stored(url: str) -> tuple[int, int]:
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT count(*), count(DISTINCT source_notice_id) FROM notices WHERE source_id = %s",
                            (SPIDER,)).fetchone()


def job_keys(redis_url: str) -> list[bytes]:
    import redis

    return sorted(redis.Redis.from_url(redis_url).keys(f"survtrack:{SPIDER}:*"))


def leases_of(redis_url: str, job: str, pid: int) -> int:
    """Requests the crawl process `pid` holds in the shared job (its worker id is host:pid:random)."""
    import redis

    leases = redis.Redis.from_url(redis_url).hkeys(f"survtrack:{SPIDER}:{job}:leases")
    return sum(1 for lease in leases if lease.decode().split("|")[0].split(":")[1:2] == [str(pid)])


def started_together(server: SnapshotServer, redis_url: str, *processes: subprocess.Popen) -> None:
    """Hold every answer until all `processes` are crawling - registered in the job and done queuing their first
    requests, which a process does once its engine runs: on a loaded machine one process can take longer to start
    than the other takes to crawl everything, and then there is nothing to share."""
    import redis

    client, deadline = redis.Redis.from_url(redis_url), time.monotonic() + 240

    def crawling() -> int:
        seconds, micros = client.time()
        now_ms = seconds * 1000 + micros // 1000
        live = sum(client.zcount(key, now_ms, "+inf") for key in client.keys(f"survtrack:{SPIDER}:*:workers"))
        seeding = sum(client.scard(key) for key in client.keys(f"survtrack:{SPIDER}:*:seeding"))
        return live if not seeding else 0

    with server.holding():
        while crawling() < len(processes):
            assert all(p.poll() is None for p in processes) and time.monotonic() < deadline
            time.sleep(0.05)


def test_two_crawlers_fetch_every_page_once(database_url, redis_url):
    with SnapshotServer(FIXTURES) as server:
        first, second = crawler(server, redis_url), crawler(server, redis_url, SURVTRACK_WORKERS=1)
        started_together(server, redis_url, first, second)
        stats = [finish(first), finish(second)]
        fetched = pages(server)
        twice = [(page, n) for page, n in Counter(fetched).items() if n > 1]
        assert len(fetched) == PAGES and not twice, twice
        assert_polite(server)
    assert stored(database_url) == (30, 30)
    assert sum(s.get("survtrack/notices/inserted", 0) for s in stats) == 30
    assert all(s.get("downloader/response_count", 0) > 1 for s in stats), "one process did all the work"
    assert [key.rsplit(b":", 1)[1] for key in job_keys(redis_url)] == [b"done"]  # the last one out cleaned up


def test_a_killed_crawler_loses_nothing(database_url, redis_url):
    with SnapshotServer(FIXTURES) as server:
        doomed, survivor = crawler(server, redis_url, SURVTRACK_FRONTIER_JOB="kill"), \
            crawler(server, redis_url, SURVTRACK_FRONTIER_JOB="kill", SURVTRACK_WORKERS=1)
        started_together(server, redis_url, doomed, survivor)
        deadline = time.monotonic() + 120
        # mid-crawl, and while the doomed process holds a request (on a loaded machine it can sit between two)
        while len(pages(server)) < 12 or not leases_of(redis_url, "kill", doomed.pid):
            assert doomed.poll() is None and time.monotonic() < deadline
            time.sleep(0.01)
        doomed.send_signal(signal.SIGKILL)
        doomed.communicate(timeout=30)  # its enrichment workers went with it (the pipe closed)
        held = leases_of(redis_url, "kill", doomed.pid)
        stats = finish(survivor)
        fetched = pages(server)
        assert len(set(fetched)) == PAGES, "pages lost with the killed process"
        assert_polite(server)
    assert stored(database_url) == (30, 30)
    assert held >= 1 and stats.get("survtrack/frontier/reclaimed", 0) >= held  # what it held was taken back


def test_frontier_delay_slots_are_shared(redis_url):
    """Reservations from two clients (two processes' worth) at once come out `delay` apart on Redis's clock.

    Judged on the moments Redis reserved, not on this machine's clock after each call returns: a loaded machine
    delays a thread between the reservation and its reading of the clock, which is scheduling, not the slots."""
    import redis

    from scrapers.politeness import SharedSlots

    moments: list[float] = []
    lock = threading.Lock()

    def reserve(slots: SharedSlots) -> None:
        for _ in range(5):
            _wait, moment = slots.reserve_moment("slots.test", 0.05)
            with lock:
                moments.append(moment)

    clients = [SharedSlots(redis.Redis.from_url(redis_url), prefix="test:politeness") for _ in range(2)]
    threads = [threading.Thread(target=reserve, args=(slots,)) for slots in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    moments.sort()
    assert len(moments) == 10 and min(b - a for a, b in pairwise(moments)) >= 0.05 - 1e-6
    assert clients[0].reserve("other.host", 0.05) == 0  # hosts do not wait for each other
    assert clients[0].reserve("slots.test", 0) == 0  # no delay, no wait


class _RecordingHandler:
    """Inner download handler that records when (on Redis's clock) each request would have gone out."""

    sent: list[float] = []

    def __init__(self, crawler) -> None:
        import redis

        self.redis = redis.Redis.from_url(crawler.settings.get("SURVTRACK_FRONTIER"))

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def download_request(self, request):
        from scrapy.http import Response

        seconds, micros = self.redis.time()
        self.sent.append(seconds + micros / 1_000_000)
        return Response(request.url)

    async def close(self) -> None:
        pass


def test_a_late_waking_sender_takes_a_new_moment(redis_url, monkeypatch):
    """A process scheduled late after its wait (a loaded machine) would send right next to whoever holds the
    following moment; it reserves again instead, so its send still comes the delay after the other's."""
    import asyncio

    import redis
    from scrapy import Request
    from scrapy.utils.test import get_crawler

    import scrapers.politeness as politeness

    delay = 0.2
    other = politeness.SharedSlots(redis.Redis.from_url(redis_url))
    other_moments: list[float] = []
    calls: list[float] = []

    async def oversleeping_pause(seconds: float) -> None:
        calls.append(seconds)
        if len(calls) == 1:  # meanwhile another process reserves the following moment and sends on time
            other_moments.append(other.reserve_moment("late.test", delay)[1])
            time.sleep(seconds + delay)  # and this process wakes a whole delay late
        else:
            time.sleep(seconds)

    monkeypatch.setattr(politeness, "pause", oversleeping_pause)
    crawler = get_crawler(settings_dict={
        "SURVTRACK_FRONTIER": redis_url, "SURVTRACK_FRONTIER_DELAY": delay,
        "SURVTRACK_FRONTIER_INNER_HANDLER": f"{__name__}._RecordingHandler"})
    crawler.stats.open_spider()
    handler = politeness.SharedDelayHandler(crawler)
    other.reserve_moment("late.test", delay)  # the slot is busy: this process must wait
    _RecordingHandler.sent.clear()
    asyncio.run(handler.download_request(Request("http://late.test/page")))
    assert crawler.stats.get_value("survtrack/frontier/politeness_late_wakes") == 1
    assert len(calls) == 2, calls  # a second reservation, and a second wait
    assert _RecordingHandler.sent[0] >= other_moments[0] + delay - 1e-3


def test_frontier_url_errors_are_one_line(database_url, capsys):
    from survtrack.cli import main

    assert main(["crawl", SPIDER, "--frontier", "http://127.0.0.1:1/"]) == 1
    assert "--frontier must be a Redis URL" in capsys.readouterr().err
    assert main(["crawl", SPIDER, "--frontier", "redis://127.0.0.1:1/0"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("survtrack: error: cannot use the frontier at redis://127.0.0.1:1/0") and err.count("\n") == 1


@pytest.mark.parametrize("frontier, dropped", [("", ["gone"]), ("redis://127.0.0.1:1/0", [])])
def test_takedowns_by_absence_need_the_whole_listing(frontier, dropped):
    """A shared crawl's process reads part of the listings: absence from them proves nothing."""
    from scrapy.utils.test import get_crawler

    from scrapers.pipelines import LedgerPipeline

    cls = spider_classes()[SPIDER]
    crawler = get_crawler(cls, {"SURVTRACK_STORE": False, "SURVTRACK_FRONTIER": frontier})
    spider = cls.from_crawler(crawler, base_url="http://127.0.0.1:9/china_ccgp")
    crawler.spider = spider
    ledger = LedgerPipeline(crawler)
    ledger.open_spider()
    spider.known = {"gone": object()}
    ledger.state.signature = spider.query_signature
    assert ledger.dropped_from_listing(spider, "finished") == dropped
