"""Per-host delays kept across every crawl process that shares a frontier (scrapers/frontier.py).

Why: Scrapy's DOWNLOAD_DELAY and AutoThrottle pace one process; N processes crawling one host would hit it N
times as often. scrapy-redis shares the queue, not the pacing. Here each host has one Redis key holding the
next moment a request may go to it: before sending, a process reserves the next free moment (an atomic script on
Redis's own clock, so machines' clocks never matter), moves the key on by the delay, and waits until then.

Why in the download handler, not a downloader middleware: a middleware runs before Scrapy's per-host slot queue,
so a request could wait there after its reservation and go out later than reserved, closer to another process's
request than the delay. The handler runs when the request is about to be sent: reserve, wait, send. A process that
wakes well after its moment (a loaded machine schedules it late) would send right next to the process holding the
following moment, so it reserves again instead of sending late (at most `MAX_LATE_RETRIES` times).

The delay is the spider's (DOWNLOAD_DELAY, custom_settings or `-s`; SURVTRACK_FRONTIER_DELAY overrides it):
between any two requests to one host from all processes together. Each process still applies its own delay and
concurrency limits on top, as when it crawls alone.
"""
from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from scrapy.core.downloader.handlers.base import BaseDownloadHandler
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler, load_object

from scrapers.middlewares import pause

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)

#: Reserve the next free moment for a host; returns how many microseconds to wait for it and the moment itself
#: (microseconds on Redis's clock).
RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local free = tonumber(redis.call('GET', KEYS[1]) or '0')
local at = math.max(now, free)
local delay = tonumber(ARGV[1])
redis.call('SET', KEYS[1], string.format('%d', at + delay), 'PX', math.floor(delay / 1000) + 60000)
return {at - now, at}
"""
#: A send this share of the delay or more after its reserved moment takes a new moment instead.
LATE_SHARE = 0.25
MAX_LATE_RETRIES = 3
INNER_HANDLER = "scrapy.core.downloader.handlers.http11.HTTP11DownloadHandler"


class SharedSlots:
    """Reservations of per-host send times in Redis."""

    def __init__(self, server, prefix: str = "survtrack:politeness") -> None:
        self.server = server
        self.prefix = prefix
        self.reserve_script = server.register_script(RESERVE)

    def reserve(self, host: str, delay: float) -> float:
        """Seconds to wait before sending to `host` so that sends from every process are `delay` apart."""
        return self.reserve_moment(host, delay)[0]

    def reserve_moment(self, host: str, delay: float) -> tuple[float, float]:
        """(seconds to wait, the reserved moment in seconds on Redis's clock) for the next send to `host`."""
        if delay <= 0:
            return 0.0, 0.0
        waited, at = self.reserve_script(keys=[f"{self.prefix}:{host}"], args=[int(delay * 1_000_000)])
        return int(waited) / 1_000_000, int(at) / 1_000_000


class SharedDelayHandler(BaseDownloadHandler):
    """HTTP(S) downloads through Scrapy's own handler, each sent no sooner than the host's shared slot allows."""

    lazy = False

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        from scrapers.frontier import redis_client

        settings = crawler.settings
        self.inner = build_from_crawler(load_object(settings.get("SURVTRACK_FRONTIER_INNER_HANDLER")
                                                    or INNER_HANDLER), crawler)
        self.slots = SharedSlots(redis_client(settings.get("SURVTRACK_FRONTIER")))
        given = settings.get("SURVTRACK_FRONTIER_DELAY")
        self.configured = float(given) if given not in (None, "") else None

    def delay(self) -> float:
        if self.configured is not None:
            return self.configured
        spider_delay = getattr(self.crawler.spider, "download_delay", None)
        return float(spider_delay if spider_delay is not None else self.crawler.settings.getfloat("DOWNLOAD_DELAY"))

    async def download_request(self, request: Request) -> Response:
        host = request.meta.get("download_slot") or urlparse_cached(request).hostname or ""
        delay = self.delay()
        for attempt in range(MAX_LATE_RETRIES + 1):
            asked = time.monotonic()
            wait = self.slots.reserve(host, delay)
            if wait <= 0:
                break
            self.crawler.stats.inc_value("survtrack/frontier/politeness_waits")
            await pause(wait)
            if time.monotonic() - (asked + wait) < delay * LATE_SHARE or attempt == MAX_LATE_RETRIES:
                break
            self.crawler.stats.inc_value("survtrack/frontier/politeness_late_wakes")
        return await self.inner.download_request(request)

    async def close(self) -> None:
        await self.inner.close()
