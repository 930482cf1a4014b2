"""Block pages are backed off for a bounded time: a spider's long default wait yields to the command line (tests,
the demo), Retry-After is honoured, and a Retry-After longer than the cap gives up at once instead of stalling."""
from __future__ import annotations

import asyncio
import time

import pytest
from scrapy.crawler import AsyncCrawlerRunner, CrawlerRunner
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.reactor import is_reactor_installed
from scrapy.utils.test import get_reactor_settings

from scrapers.middlewares import BlockPageMiddleware
from scrapers.runner import _settings, spider_classes

URL = "http://127.0.0.1:9/uk_contracts_finder/api/Published/Notices/OCDS/Search"


def middleware(name: str, **command_line) -> BlockPageMiddleware:
    """The middleware as `survtrack crawl NAME -s KEY=VALUE…` builds it (settings at command-line priority)."""
    settings = _settings({"SURVTRACK_STORE": False, **get_reactor_settings(), **command_line})
    runner = CrawlerRunner(settings) if is_reactor_installed() else AsyncCrawlerRunner(settings)
    crawler = runner.create_crawler(spider_classes()[name])
    crawler._apply_settings()  # as scrapy.utils.test.get_crawler does, but with command-line priority
    crawler.spider = crawler._create_spider(base_url="http://127.0.0.1:9/" + name)
    return BlockPageMiddleware.from_crawler(crawler)


def forbidden(headers: dict | None = None, status: int = 403) -> HtmlResponse:
    return HtmlResponse(URL, status=status, headers=headers or {}, body=b"<html>Access denied</html>",
                        request=Request(URL))


def test_spider_default_wait_yields_to_the_command_line():
    assert middleware("uk_contracts_finder").default_wait == 300.0  # the source asks for a 5-minute pause
    assert middleware("uk_contracts_finder", SURVTRACK_BLOCKED_WAIT=0.2).default_wait == 0.2
    assert middleware("china_ccgp", SURVTRACK_BLOCKED_WAIT=0.5).default_wait == 0.5


def test_block_page_is_retried_after_retry_after():
    blocks = middleware("uk_contracts_finder", SURVTRACK_BLOCKED_WAIT=300)
    started = time.monotonic()
    retry = asyncio.run(blocks.process_response(Request(URL, meta={"listing": True}),
                                                forbidden({"Retry-After": "0"})))
    assert isinstance(retry, Request) and retry.meta["blocked_times"] == 1 and retry.dont_filter
    assert time.monotonic() - started < 5, "waited the default instead of the server's Retry-After"


def test_retries_are_bounded():
    blocks = middleware("uk_contracts_finder", SURVTRACK_BLOCKED_RETRIES=2)
    request = Request(URL, meta={"blocked_times": 2})
    with pytest.raises(IgnoreRequest, match="giving up after 2 retries"):
        asyncio.run(blocks.process_response(request, forbidden({"Retry-After": "0"}, status=429)))
    assert request.meta["survtrack_error_recorded"]


def test_retry_after_beyond_the_cap_gives_up_at_once():
    blocks = middleware("uk_contracts_finder", SURVTRACK_BLOCKED_MAX_WAIT=60)
    started = time.monotonic()
    with pytest.raises(IgnoreRequest, match="Retry-After 86400 s is more than"):
        asyncio.run(blocks.process_response(Request(URL), forbidden({"Retry-After": "86400"}, status=429)))
    assert time.monotonic() - started < 5
