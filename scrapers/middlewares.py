"""Downloader and spider middlewares: archive first, fix charsets, recognise block pages, back off politely.

Why here and not in spiders: these rules hold for every source. On the way back from the downloader a response
passes ArchiveMiddleware (raw bytes stored, content-addressed, before anything parses them) → CharsetMiddleware
(headers that lie about GBK/GB18030/ISO-8859-1) → BlockPageMiddleware (anti-bot and rate-limit pages are
recorded as 'blocked' errors and retried after a wait, never parsed as data) → BackoffRetryMiddleware (500/503,
timeouts, truncated bodies: exponential backoff honouring Retry-After). ParseErrorMiddleware turns a callback
exception into an error row, so one bad document never crashes a crawl.
"""
from __future__ import annotations

import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

from scrapy.downloadermiddlewares.retry import RetryMiddleware, get_retry_request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import TextResponse
from scrapy.utils.defer import maybe_deferred_to_future

from enrich.documents import best_encoding
from scrapers.items import ErrorItem
from scrapers.store import StoreComponent, crawl_spider

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)


async def pause(seconds: float) -> None:
    """Wait without blocking the reactor (other hosts keep crawling)."""
    if seconds <= 0:
        return
    from twisted.internet import reactor
    from twisted.internet.task import deferLater

    await maybe_deferred_to_future(deferLater(reactor, seconds, lambda: None))


def retry_after_seconds(response: Response) -> float | None:
    """Retry-After as seconds (delta-seconds or an HTTP date), or None when absent/unreadable."""
    raw = response.headers.get(b"Retry-After")
    if not raw:
        return None
    value = raw.decode("latin-1").strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class ArchiveMiddleware(StoreComponent):
    """Store every response's raw bytes (and what was asked) before any parser sees them."""

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        if request.url.endswith("/robots.txt"):
            return response
        spider = crawl_spider(self.crawler)
        headers = {k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()}
        content_type = headers.get("Content-Type")
        try:
            doc = self.store.archive(spider, url=request.url, status=response.status, content_type=content_type,
                                     body=response.body, request_method=request.method,
                                     request_body=request.body or None, headers=headers,
                                     body_path=request.meta.get("survtrack_body_path"))
        except Exception as exc:  # the archive is the evidence: without it, nothing is parsed
            self.store.record_error(spider, url=request.url, stage="store", error=f"archive failed: {exc}",
                                    http_status=response.status)
            request.meta["survtrack_error_recorded"] = True
            raise IgnoreRequest(f"archive failed for {request.url}: {exc}") from exc
        if doc is not None:
            request.meta["document_id"] = doc.id
            request.meta["document_sha256"] = doc.sha256
        self.crawler.stats.inc_value("survtrack/archived")
        return response




class CharsetMiddleware:
    """Correct the text encoding when the Content-Type header or <meta> charset lies."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CharsetMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        if not isinstance(response, TextResponse) or not response.body:
            return response
        claimed = response.encoding
        actual = best_encoding(response.body, claimed)
        if actual.replace("_", "-") != claimed.lower().replace("_", "-"):
            self.crawler.stats.inc_value("survtrack/charset_corrected")
            logger.info("charset of %s is %s, not %s as declared", request.url, actual, claimed)
            return response.replace(encoding=actual)
        return response


class BlockPageMiddleware(StoreComponent):
    """Recognise rate-limit and anti-bot pages; record them, wait, retry; give up with a 'blocked' error row.

    Bounded on purpose: at most SURVTRACK_BLOCKED_RETRIES retries per request, each after Retry-After when the
    server gives one, else SURVTRACK_BLOCKED_WAIT (a spider sets its own default through `custom_settings`, so
    `-s SURVTRACK_BLOCKED_WAIT=…` still overrides it). A Retry-After longer than SURVTRACK_BLOCKED_MAX_WAIT is not
    waited out (that would stall the crawl for hours): the request is given up at once with an error row.
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.default_wait = crawler.settings.getfloat("SURVTRACK_BLOCKED_WAIT", 60.0)
        self.max_wait = crawler.settings.getfloat("SURVTRACK_BLOCKED_MAX_WAIT", 900.0)
        self.max_blocked = crawler.settings.getint("SURVTRACK_BLOCKED_RETRIES", 3)

    def is_blocked(self, spider: Spider, response: Response) -> bool:
        if response.status in getattr(spider, "blocked_statuses", frozenset({429})):
            return True
        markers = getattr(spider, "block_markers", ())
        head = response.body[:65536]
        return any(marker in head for marker in markers)

    async def process_response(self, request: Request, response: Response,
                               spider: Spider | None = None) -> Response | Request:
        spider = crawl_spider(self.crawler)
        if not self.is_blocked(spider, response):
            return response
        times = request.meta.get("blocked_times", 0) + 1
        asked = retry_after_seconds(response)
        wait = self.default_wait if asked is None else asked
        self.crawler.stats.inc_value("survtrack/blocked")
        if times > self.max_blocked:
            verdict = f"giving up after {times - 1} retries"
        elif wait > self.max_wait:
            verdict = f"giving up: Retry-After {wait:g} s is more than SURVTRACK_BLOCKED_MAX_WAIT={self.max_wait:g}"
        else:
            verdict = ""
        message = (f"blocked (HTTP {response.status}) on attempt {times}; "
                   + (verdict or f"waiting {wait:g} s before retrying"))
        self.store.record_error(spider, url=request.url, stage="blocked", error=message,
                                document_id=request.meta.get("document_id"), http_status=response.status)
        if verdict:
            request.meta["survtrack_error_recorded"] = True  # on_error also marks a listing as incomplete
            raise IgnoreRequest(f"{request.url}: {verdict}")
        await pause(wait)
        retry = request.replace(dont_filter=True)
        retry.meta["blocked_times"] = times
        retry.meta.pop("document_id", None)
        return retry


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry rules, but waiting first: Retry-After when given, else base × 2^attempt (capped)."""

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.base_wait = settings.getfloat("SURVTRACK_RETRY_BASE_WAIT", 2.0)
        self.max_wait = settings.getfloat("SURVTRACK_RETRY_MAX_WAIT", 600.0)

    def _wait_for(self, request: Request, response: Response | None) -> float:
        given = retry_after_seconds(response) if response is not None else None
        if given is not None:
            return min(given, self.max_wait)
        return min(self.base_wait * (2 ** request.meta.get("retry_times", 0)), self.max_wait)

    async def process_response(  # type: ignore[override]  # Scrapy ≥ 2.13 awaits coroutine middleware methods
            self, request: Request, response: Response, spider: Spider | None = None) -> Request | Response:
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        retry = get_retry_request(request, spider=crawl_spider(self.crawler), reason=f"HTTP {response.status}",
                                  max_retry_times=request.meta.get("max_retry_times", self.max_retry_times))
        if retry is None:
            return response
        retry.meta.pop("document_id", None)
        await pause(self._wait_for(request, response))
        return retry

    async def process_exception(  # type: ignore[override]  # Scrapy ≥ 2.13 awaits coroutine middleware methods
            self, request: Request, exception: Exception, spider: Spider | None = None) -> Request | None:
        if request.meta.get("dont_retry") or not isinstance(exception, self.exceptions_to_retry):
            return None
        retry = get_retry_request(request, spider=crawl_spider(self.crawler), reason=exception,
                                  max_retry_times=request.meta.get("max_retry_times", self.max_retry_times))
        if retry is None:
            return None
        await pause(self._wait_for(request, None))
        return retry


class ParseErrorMiddleware:
    """A callback that raises becomes an error row (stage 'parse') naming the document; the crawl goes on."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ParseErrorMiddleware:
        return cls(crawler)

    def process_spider_exception(self, response: Response, exception: Exception,
                                 spider: Spider | None = None) -> list[ErrorItem]:
        spider = crawl_spider(self.crawler)
        if response.meta.get("listing"):
            spider.listing_failed = True
        self.crawler.stats.inc_value("survtrack/parse_errors")
        return [ErrorItem(url=response.url, stage="parse", error=f"{type(exception).__name__}: {exception}",
                          document_id=response.meta.get("document_id"), http_status=response.status)]
