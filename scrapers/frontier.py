"""A crawl frontier shared through Redis (`survtrack crawl SPIDER --frontier redis://HOST:PORT/DB`).

Why: one crawl of a large source spread over several processes and machines, each with its own reactor,
enrichment pool and database connection, fetching every page once. Built on scrapy-redis (its priority queue,
request serialisation and duplicate filter), plus what a survtrack crawl needs on top:

* **one crawl, named by its arguments.** Processes started with the same spider and `-a` arguments join one job
  (keys `survtrack:SPIDER:JOB:*`; `-s SURVTRACK_FRONTIER_JOB=NAME` names it yourself). Every process yields the
  spider's first requests; listing requests then go through the shared duplicate filter like detail pages (they
  are `dont_filter` when alone), so each is fetched once. Requests carry callbacks by name and their meta
  (pickled by scrapy-redis), so any process continues any listing → detail chain.
* **nothing lost when a process dies.** A request taken from the queue is *leased* to its process (atomically,
  in Redis) until the engine is done with it: downloaded, parsed, its items stored and committed, its follow-up
  requests queued. A process that is killed stops renewing its registration (SURVTRACK_FRONTIER_WORKER_TTL
  seconds); any other process then puts its leases back in the queue. Storing is idempotent, so a page done
  twice stores its notices once.
* **the crawl ends when all of it is done**: a process with nothing to do waits while others still hold leases
  or are still yielding first requests; the last one out removes the job's keys and leaves a `done` mark for
  SURVTRACK_FRONTIER_LINGER seconds, so a process started late does not crawl everything again.
* **per-host politeness across processes**: scrapers/politeness.py.

Takedowns by absence (`dropped_from_listing`) need one process to see a whole listing, so a shared crawl does
not record them; 404/410 and withdrawn pages are recorded as usual. Redis must be private to the crawlers: queued
requests are pickles, which whoever can write to Redis could forge.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import secrets
import socket
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.core.scheduler import BaseScheduler
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Request

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

#: Redis scripts: each step that must not be cut in two by a crash is one atomic script.
_NOW = "local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) "
POP = """
local r = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #r == 0 then return false end
redis.call('ZREM', KEYS[1], r[1])
redis.call('HSET', KEYS[2], ARGV[1], r[1])
redis.call('HSET', KEYS[3], ARGV[1], r[2])
return r[1]
"""
RETURN = """
local m = redis.call('HGET', KEYS[2], ARGV[1])
if not m then return 0 end
redis.call('ZADD', KEYS[1], redis.call('HGET', KEYS[3], ARGV[1]), m)
redis.call('HDEL', KEYS[2], ARGV[1])
redis.call('HDEL', KEYS[3], ARGV[1])
return 1
"""
RECLAIM = _NOW + """
local n = 0
for _, f in ipairs(redis.call('HKEYS', KEYS[2])) do
  local worker = string.match(f, '^(.*)|')
  local expires = redis.call('ZSCORE', KEYS[4], worker)
  if (not expires) or tonumber(expires) < now then
    redis.call('ZADD', KEYS[1], redis.call('HGET', KEYS[3], f), redis.call('HGET', KEYS[2], f))
    redis.call('HDEL', KEYS[2], f)
    redis.call('HDEL', KEYS[3], f)
    n = n + 1
  end
end
for _, w in ipairs(redis.call('ZRANGEBYSCORE', KEYS[4], '-inf', now)) do
  redis.call('SREM', KEYS[5], w)
end
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now)
return n
"""
STATUS = _NOW + """
local others, seeding = 0, 0
for _, w in ipairs(redis.call('ZRANGEBYSCORE', KEYS[3], now, '+inf')) do
  if w ~= ARGV[1] then others = others + 1 end
  if redis.call('SISMEMBER', KEYS[4], w) == 1 then seeding = seeding + 1 end
end
return {redis.call('ZCARD', KEYS[1]), redis.call('HLEN', KEYS[2]), others, seeding}
"""
HEARTBEAT = _NOW + """
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
for i = 1, #KEYS do redis.call('PEXPIRE', KEYS[i], ARGV[3]) end
return now
"""
JOIN = _NOW + """
local done = redis.call('GET', KEYS[3])
if done then return now - tonumber(done) end
redis.call('SADD', KEYS[2], ARGV[1])
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
return -1
"""
FINISH = _NOW + """
redis.call('ZREM', KEYS[5], ARGV[1])
redis.call('SREM', KEYS[6], ARGV[1])
if redis.call('ZCARD', KEYS[1]) > 0 or redis.call('HLEN', KEYS[3]) > 0
   or #redis.call('ZRANGEBYSCORE', KEYS[5], now, '+inf') > 0 then
  return 0
end
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6])
redis.call('SET', KEYS[7], now, 'PX', ARGV[2])
return 1
"""


class FrontierError(ValueError):
    """A --frontier URL that is not a Redis URL, or a Redis server that does not answer."""


def check_frontier_url(url: str) -> str:
    """The URL when it names a Redis server (redis://, rediss://, unix://); else a one-line FrontierError."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("redis", "rediss", "unix") or (parts.scheme != "unix" and not parts.hostname):
        raise FrontierError(f"--frontier must be a Redis URL such as redis://HOST:6379/0, got {url!r}")
    return url.strip()


def frontier_settings(settings: Any) -> dict[str, Any]:
    """The settings that turn a crawl into a member of a shared crawl (applied by scrapers.runner when
    SURVTRACK_FRONTIER is set): the scheduler, the start/listing middleware, the lease extension, and the
    download handlers that keep per-host delays across processes."""
    return {
        "SCHEDULER": "scrapers.frontier.SharedScheduler",
        "SPIDER_MIDDLEWARES": {**settings.getdict("SPIDER_MIDDLEWARES"),
                               "scrapers.frontier.SharedRequestsMiddleware": 950},
        "EXTENSIONS": {**settings.getdict("EXTENSIONS"), "scrapers.frontier.FrontierExtension": 110},
        "DOWNLOAD_HANDLERS": {**settings.getdict("DOWNLOAD_HANDLERS"),
                              "http": "scrapers.politeness.SharedDelayHandler",
                              "https": "scrapers.politeness.SharedDelayHandler"},
    }


def redis_client(url: str):
    try:
        import redis
        import scrapy_redis  # noqa: F401 - the queue and duplicate filter
    except ImportError as exc:
        raise FrontierError(f"--frontier needs the 'distributed' extra: pip install 'survtrack[distributed]' "
                            f"({exc.name} is missing)") from exc
    try:
        client = redis.Redis.from_url(url, socket_timeout=30, socket_connect_timeout=10, health_check_interval=30)
        client.ping()
    except (redis.RedisError, ValueError) as exc:
        raise FrontierError(f"cannot use the frontier at {url}: {' '.join(str(exc).split())}") from exc
    return client


def job_name(spider: Spider, settings: Any) -> str:
    """Processes with the same spider and arguments are one crawl (or SURVTRACK_FRONTIER_JOB names it)."""
    given = settings.get("SURVTRACK_FRONTIER_JOB")
    if given:
        return str(given)
    arguments = getattr(spider, "raw_arguments", None) or {}
    material = json.dumps([spider.name, sorted((str(k), str(v)) for k, v in arguments.items())])
    return hashlib.sha256(material.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class JobStatus:
    queued: int
    leased: int
    other_workers: int
    seeding: int

    @property
    def done(self) -> bool:
        return not (self.queued or self.leased or self.seeding)


class SharedScheduler(BaseScheduler):
    """scrapy-redis's queue and duplicate filter with leases: see the module docstring."""

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.crawler = crawler
        self.url = check_frontier_url(settings.get("SURVTRACK_FRONTIER"))
        self.server = redis_client(self.url)
        self.ttl_ms = int(settings.getfloat("SURVTRACK_FRONTIER_WORKER_TTL", 30.0) * 1000)
        self.linger_ms = int(settings.getfloat("SURVTRACK_FRONTIER_LINGER", 60.0) * 1000)
        self.keep_ms = int(settings.getfloat("SURVTRACK_FRONTIER_KEEP_DAYS", 7.0) * 86_400_000)
        self.worker = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"
        self.leases = 0
        self.finished_before: float | None = None
        self.last_reclaim = 0.0
        self.leaving = threading.Lock()  # a heartbeat (its own thread) never lands after close() has left the job
        self.left = False
        self.stopped = threading.Event()
        self.beat: threading.Thread | None = None
        self.scripts = {name: self.server.register_script(text) for name, text in
                        (("pop", POP), ("return", RETURN), ("reclaim", RECLAIM), ("status", STATUS),
                         ("heartbeat", HEARTBEAT), ("join", JOIN), ("finish", FINISH))}
        crawler._survtrack_frontier = self  # type: ignore[attr-defined]  # the middleware and the extension find it here

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedScheduler:
        return cls(crawler)

    # -- lifecycle -------------------------------------------------------------------------------------------
    def open(self, spider: Spider) -> None:
        from scrapy_redis.dupefilter import RFPDupeFilter
        from scrapy_redis.queue import PriorityQueue

        self.spider = spider
        self.prefix = f"survtrack:{spider.name}:{job_name(spider, self.crawler.settings)}"
        self.keys = {part: f"{self.prefix}:{part}" for part in
                     ("queue", "dupefilter", "leases", "scores", "workers", "seeding", "done")}
        self.queue = PriorityQueue(self.server, spider, self.keys["queue"])
        self.dupefilter = RFPDupeFilter(self.server, self.keys["dupefilter"])
        self.crawler.stats.set_value("survtrack/frontier/job", self.prefix)
        self._hook_engine()
        self.join()

    def join(self) -> None:
        """Register this process as one of the job's (seeding its first requests), or learn that the job is done:
        one atomic step, so a crawl that ends meanwhile is never joined after its keys are gone (its pages would
        be fetched again). From here a thread renews the registration until close()."""
        ago = self.scripts["join"](keys=[self.keys[k] for k in ("workers", "seeding", "done")],
                                   args=[self.worker, self.ttl_ms])
        if ago >= 0:
            self.finished_before = ago / 1000
            logger.warning("shared crawl %s finished %.0f s ago: nothing to do (a new crawl of the same job can "
                           "start after SURVTRACK_FRONTIER_LINGER)", self.prefix, self.finished_before)
            return
        self.heartbeat()
        self.beat = threading.Thread(target=self._beat, args=(max(self.ttl_ms / 3000, 0.2),),
                                     name="frontier-heartbeat", daemon=True)
        self.beat.start()
        logger.info("joined shared crawl %s as %s (%d requests queued)", self.prefix, self.worker,
                    len(self.queue))

    def _beat(self, every: float) -> None:
        """Renew the registration from a thread of its own, not from the reactor: a reactor busy for longer than
        the TTL (a first notice enriched in-process, a slow machine) must not make a live process look dead, or
        the others take back its requests and fetch them a second time. Only a process that stops (killed,
        crashed) stops beating."""
        while not self.stopped.wait(every):
            try:
                self.heartbeat()
            except Exception:  # Redis away for a moment: the next beat tries again (leases last the TTL)
                logger.exception("frontier heartbeat failed")

    def _hook_engine(self) -> None:
        """Release a request's lease once the engine is done with it (downloaded, parsed, items stored,
        follow-ups queued): Scrapy 2.19's engine slot calls remove_request then, for every outcome."""
        slot = getattr(self.crawler.engine, "_slot", None)
        original = getattr(slot, "remove_request", None)
        if original is None:  # a Scrapy without that hook: leases end when the response arrives (weaker)
            logger.warning("cannot follow requests to completion in this Scrapy version; leases end on response")
            self.crawler.signals.connect(lambda request, **_: self.request_done(request),
                                         signal=signals.request_left_downloader, weak=False)
            return

        def remove_request(request: Request) -> None:
            self.request_done(request)
            original(request)

        slot.remove_request = remove_request  # type: ignore[union-attr]  # slot holds `original`: not None

    def close(self, reason: str) -> None:
        """Leave the job: leases of requests this process did not finish go back to the queue; the last process
        of a finished crawl removes its keys."""
        with self.leaving:
            self.left = True
        self.stopped.set()
        if self.beat is not None:
            self.beat.join()
        for lease in self.server.hkeys(self.keys["leases"]):
            if lease.decode().startswith(self.worker + "|"):
                self.scripts["return"](keys=[self.keys["queue"], self.keys["leases"], self.keys["scores"]],
                                       args=[lease])
        self.server.srem(self.keys["seeding"], self.worker)
        keys = [self.keys[k] for k in ("queue", "dupefilter", "leases", "scores", "workers", "seeding", "done")]
        if reason == "finished" and self.finished_before is None:
            if self.scripts["finish"](keys=keys, args=[self.worker, self.linger_ms]):
                logger.info("shared crawl %s complete; its keys are removed", self.prefix)
                return
        self.server.zrem(self.keys["workers"], self.worker)

    # -- the shared state ------------------------------------------------------------------------------------
    def server_time_ms(self) -> int:
        seconds, micros = self.server.time()
        return seconds * 1000 + micros // 1000

    def heartbeat(self) -> None:
        keys = [self.keys[k] for k in ("workers", "queue", "dupefilter", "leases", "scores", "seeding")]
        with self.leaving:
            if not self.left:
                self.scripts["heartbeat"](keys=keys, args=[self.worker, self.ttl_ms, self.keep_ms])

    def reclaim(self) -> int:
        """Put back the leases of processes that stopped renewing their registration; how many."""
        self.last_reclaim = time.monotonic()
        keys = [self.keys[k] for k in ("queue", "leases", "scores", "workers", "seeding")]
        count = self.scripts["reclaim"](keys=keys)
        if count:
            logger.warning("took back %d request(s) from crawl processes that stopped", count)
            self.crawler.stats.inc_value("survtrack/frontier/reclaimed", count)
        return count

    def status(self) -> JobStatus:
        keys = [self.keys[k] for k in ("queue", "leases", "workers", "seeding")]
        return JobStatus(*(int(v) for v in self.scripts["status"](keys=keys, args=[self.worker])))

    def seeded(self) -> None:
        """This process has queued all its first requests (every process yields the same ones)."""
        self.server.srem(self.keys["seeding"], self.worker)

    # -- BaseScheduler ---------------------------------------------------------------------------------------
    def has_pending_requests(self) -> bool:
        return len(self.queue) > 0

    def enqueue_request(self, request: Request) -> bool:
        lease = request.meta.pop("survtrack_lease", None)  # a retry or redirect of a leased request
        try:
            if not request.dont_filter and self.dupefilter.request_seen(request):
                self.dupefilter.log(request, self.spider)
                return False
            self.queue.push(request)
            self.crawler.stats.inc_value("scheduler/enqueued/redis")
            return True
        finally:
            if lease:
                self._release(lease)  # after the push: at every moment the work is queued or leased

    def next_request(self) -> Request | None:
        if time.monotonic() - self.last_reclaim > max(self.ttl_ms / 3000, 1.0):
            self.reclaim()
        self.leases += 1
        lease = f"{self.worker}|{self.leases}"
        data = self.scripts["pop"](keys=[self.keys["queue"], self.keys["leases"], self.keys["scores"]],
                                   args=[lease])
        if data is None:
            return None
        request = self.queue._decode_request(data)
        request.meta["survtrack_lease"] = lease
        self.crawler.stats.inc_value("scheduler/dequeued/redis")
        return request

    def request_done(self, request: Request) -> None:
        lease = request.meta.pop("survtrack_lease", None)
        if lease:
            self._release(lease)

    def _release(self, lease: str) -> None:
        pipe = self.server.pipeline(transaction=True)
        pipe.hdel(self.keys["leases"], lease)
        pipe.hdel(self.keys["scores"], lease)
        pipe.execute()


def _frontier(crawler: Crawler) -> SharedScheduler | None:
    return getattr(crawler, "_survtrack_frontier", None)


class SharedRequestsMiddleware:
    """Listing requests go through the shared duplicate filter (every process yields the same first requests);
    the first requests' end is reported, so no process closes while another is still queueing them."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedRequestsMiddleware:
        return cls(crawler)

    async def process_start(self, start):
        frontier = _frontier(self.crawler)
        if frontier is not None and frontier.finished_before is not None:
            return
        async for item in start:
            yield _shared(item)
        if frontier is not None:
            frontier.seeded()

    def process_spider_output(self, response, result, spider=None):
        for item in result:
            yield _shared(item)

    async def process_spider_output_async(self, response, result, spider=None):
        async for item in result:
            yield _shared(item)


def _shared(item: Any) -> Any:
    if isinstance(item, Request):
        item.dont_filter = False
    return item


class FrontierExtension:
    """Keeps this process open while the shared crawl has work anywhere: an idle process checks the job twice a
    second, takes back dead processes' leases, and closes once the whole crawl is done. (Its registration is kept
    alive by SharedScheduler's heartbeat thread.)"""

    POLL_SECONDS = 0.5

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FrontierExtension:
        return cls(crawler)

    def spider_idle(self, spider: Spider) -> None:
        frontier = _frontier(self.crawler)
        if frontier is None:
            return
        frontier.reclaim()
        status = frontier.status()
        if status.done:
            return  # nothing queued, leased or still being seeded anywhere: the crawl is complete
        from twisted.internet import reactor

        reactor.callLater(self.POLL_SECONDS, self._poke)  # type: ignore[arg-type]  # typed as IReactorTime, self and all
        raise DontCloseSpider(f"shared crawl: {status.queued} queued, {status.leased} in progress elsewhere")

    def _poke(self) -> None:
        slot = getattr(self.crawler.engine, "_slot", None)
        if slot is not None and slot.closing is None:
            slot.nextcall.schedule()
