"""Helpers for spider tests: build spiders without a database, and build responses from fixture files."""
from __future__ import annotations

from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request, TextResponse
from scrapy.utils.test import get_crawler

from tests.conftest import copy_of_template, drop_database

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


@pytest.fixture(scope="module")
def module_database(pg_admin_url, template_database, tmp_path_factory):
    """(database URL, SURVTRACK_HOME) shared by one test module: for tests that assert on one expensive crawl.

    Exported as DATABASE_URL/SURVTRACK_HOME for the module's duration, so crawl subprocesses write there."""
    url = copy_of_template(pg_admin_url, template_database)
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DATABASE_URL", url)
        patch.setenv("SURVTRACK_HOME", str(home))
        yield url, home
    drop_database(pg_admin_url, url)
