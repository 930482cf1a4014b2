"""Helpers for spider tests: build spiders without a database, and build responses from fixture files."""
from __future__ import annotations

from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request, TextResponse
from scrapy.utils.test import get_crawler

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def make_spider():
    def make(name: str, **args):
        from scrapers.runner import spider_classes

        cls = spider_classes()[name]
        crawler = get_crawler(cls, {"SURVTRACK_STORE": False})
        spider = cls.from_crawler(crawler, base_url=args.pop("base_url", "http://127.0.0.1:9/" + name), **args)
        crawler.spider = spider
        return spider
    return make


def response_for(path: Path, url: str, request: Request | None = None, html: bool = False, encoding: str | None = None):
    body = path.read_bytes()
    cls = HtmlResponse if html else TextResponse
    kwargs = {"encoding": encoding} if encoding else {}
    return cls(url=url, body=body, request=request or Request(url), **kwargs)
