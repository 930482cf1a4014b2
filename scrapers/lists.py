"""List spiders' shared parts: fetch one bulk list file, parse it, store its entries as designations.

Why a separate path from notices: a list file is not a notice. Its entries become rows of `designations`
(db/watchlists.py), matched to organisations, with delistings kept. The file is still fetched through the same
Scrapy stack, so it is archived (ArchiveMiddleware) before it is parsed, errors become error rows, and the crawl
run is recorded. `-a url=` reads a mirror or a local copy (file:// included), as the data contract requires.

ListFileSpider subclasses set `default_url` and implement `parse_file(body, url) -> ListFile`. The
WatchlistPipeline (added in front of the project pipelines by `LIST_SETTINGS`) writes a ListFileItem in one
transaction: a file that fails to store leaves the database as it was.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any, ClassVar

from scrapy.exceptions import DropItem
from scrapy.http import Request

from scrapers.base import BaseSpider, SpiderArgumentError, today
from scrapers.settings import ITEM_PIPELINES
from scrapers.store import StoreComponent, crawl_spider

if TYPE_CHECKING:
    from scrapy.http import Response

    from enrich.lists import DeltaOp, ListEntry, Watchlist

logger = logging.getLogger(__name__)


@dataclass
class ListFileItem:
    """One list file, parsed: a full snapshot (entries + the lists it completely covers) or a delta (ops)."""

    url: str
    on: date
    entries: list[ListEntry] = field(default_factory=list)
    complete_lists: set[str] = field(default_factory=set)
    new_watchlists: dict[str, Watchlist] = field(default_factory=dict)
    delta: list[DeltaOp] | None = None
    warnings: list[str] = field(default_factory=list)
    document_id: int | None = None
    #: Lines that could not be read (each names its line): error rows of the run; the good lines are stored.
    errors: list[str] = field(default_factory=list)


class WatchlistPipeline(StoreComponent):
    """ListFileItem → designations (db/watchlists.py), committed as one transaction; errors become error rows."""

    def open_spider(self, spider: Any = None) -> None:
        spider = crawl_spider(self.crawler)
        self.files_read = 0
        self.store.before_close.append(self.check_something_was_read)
        if self.store.enabled:
            from db.watchlists import mark_source_kind

            self.store.ensure_open(spider)
            with self.store.transaction() as conn:
                mark_source_kind(conn, self.store.source, getattr(spider, "source_kind", "watchlist"))

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if not isinstance(item, ListFileItem):
            return item
        spider = crawl_spider(self.crawler)
        stats = self.crawler.stats
        for warning in item.warnings:
            logger.warning("%s", warning)
        item.entries = [_without_nul(entry) for entry in item.entries]
        if item.delta is not None:
            item.delta = [_without_nul(op) for op in item.delta]
        for number, error in enumerate(item.errors, start=1):
            if number > MAX_ERROR_ROWS:
                self.store.record_error(spider, url=item.url, stage="parse", document_id=item.document_id,
                                        error=f"{len(item.errors) - MAX_ERROR_ROWS:,} more unreadable line(s) "
                                              "not recorded one by one")
                break
            self.store.record_error(spider, url=item.url, stage="parse", error=error, document_id=item.document_id)
        stats.set_value("survtrack/lists/warnings", item.warnings[:50])
        entries = len(item.entries) if item.delta is None else sum(len(op.entries) for op in item.delta)
        stats.set_value("survtrack/lists/entries_in_file", entries)
        self.files_read += 1
        minimum = getattr(spider, "min_entries", 0)
        if item.delta is None and entries < minimum:
            self.store.record_error(
                spider, url=item.url, stage="parse", document_id=item.document_id,
                error=f"{spider.name}: {entries} entries in the list file, fewer than the {minimum} expected "
                      "(min_entries): a truncated, emptied or changed file? Nothing was stored; "
                      "-a min_entries=N accepts a smaller file")
            raise DropItem(f"list file has {entries} entries, fewer than {minimum}")
        if not self.store.enabled:
            raise DropItem("list file parsed (store disabled)")
        from db import watchlists

        self.store.ensure_open(spider)
        try:
            with self.store.transaction() as conn:
                if item.delta is not None:
                    result = watchlists.apply_delta(conn, item.delta, on=item.on, document_id=item.document_id)
                else:
                    result = watchlists.store_list(conn, item.entries, on=item.on, document_id=item.document_id,
                                                   complete_lists=item.complete_lists,
                                                   new_watchlists=item.new_watchlists)
        except Exception as exc:
            self.store.record_error(spider, url=item.url, stage="store", error=f"{type(exc).__name__}: {exc}",
                                    document_id=item.document_id)
            raise DropItem(f"list file not stored: {exc}") from exc
        for key, value in result.as_stats().items():
            stats.set_value(f"survtrack/lists/{key}", value)
        logger.info("%s: %s", item.url, result.as_stats())
        raise DropItem("list file stored")

    def check_something_was_read(self, reason: str) -> None:
        """At close: a list spider that read no file and recorded no error has failed silently; say so."""
        spider = crawl_spider(self.crawler)
        if isinstance(spider, ListFileSpider) and not self.files_read and not self.store.error_count:
            self.store.record_error(spider, url=spider.file_url, stage="parse",
                                    error=f"{spider.name}: no list file was read (crawl ended: {reason})")


def _without_nul(value: Any) -> Any:
    """NUL characters removed from every string of an entry (or delta op), its raw data included: they carry no
    meaning in a name or citation, and PostgreSQL refuses them in text and jsonb — one NUL in one cell must not
    make the whole list file fail to store."""
    import dataclasses

    if isinstance(value, str):
        return value.replace("\x00", "") if "\x00" in value else value
    if isinstance(value, dict):
        return {_without_nul(k): _without_nul(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_nul(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: _without_nul(getattr(value, f.name))
                                             for f in dataclasses.fields(value) if f.init})
    return value


#: Error rows recorded one by one for one list file (the rest are counted in one more row).
MAX_ERROR_ROWS = 1000

#: Project settings plus the watch-list pipeline in front (ValidatePipeline would drop a ListFileItem).
LIST_SETTINGS: dict[str, Any] = {
    "ITEM_PIPELINES": {**ITEM_PIPELINES, "scrapers.lists.WatchlistPipeline": 50},
}


def response_date(response: Response) -> date:
    """The list file's date: its Last-Modified header when the server gives one, else the crawl date."""
    raw = response.headers.get(b"Last-Modified")
    if raw:
        try:
            return parsedate_to_datetime(raw.decode("latin-1")).date()
        except (TypeError, ValueError):
            pass
    return today()


class ListFileSpider(BaseSpider):
    """One bulk file per crawl, from `-a url=` or the publisher's default URL."""

    # -- ListFileSpider attributes ---------------------------------------------------------------------------
    #: Where the publisher serves the file.
    default_url: ClassVar[str] = ""
    #: What sources.kind the spider's source is.
    source_kind: ClassVar[str] = "watchlist"
    #: The fewest entries a complete list file may hold. A file with fewer (truncated, emptied, an error page that
    #: parses) is an error row, makes `survtrack crawl` exit non-zero, and stores nothing: stored as a complete
    #: snapshot it would flag every entry it lacks as missing. Delta files are exempt. `-a min_entries=N` overrides.
    min_entries: int = 1  # a class default; `-a min_entries=` sets it per crawl
    listing_complete = False  # no notices: the notice takedown ledger does not apply
    custom_settings = LIST_SETTINGS
    arguments: ClassVar[dict[str, str]] = {
        "url": "list file URL (http, https or file://); default: the publisher's",
        "min_entries": "fewest entries a complete file may hold (default: the spider's min_entries; 0: no check)"}

    def check_arguments(self) -> None:
        url = self.options.get("url")
        if url and not url.startswith(("http://", "https://", "file://")):
            raise SpiderArgumentError(f"{self.name}: url={url!r} must start with http://, https:// or file://")
        if not url and not self.default_url:
            raise SpiderArgumentError(f"{self.name} needs -a url=… (http://, https:// or file://)")
        minimum = self.options.get("min_entries")
        if minimum is not None:
            if not str(minimum).isdigit():
                raise SpiderArgumentError(f"{self.name}: min_entries={minimum!r} must be a whole number (0: no check)")
            self.min_entries = int(minimum)

    @property
    def file_url(self) -> str:
        url = self.options.get("url")
        if url:
            return url
        if self.base_url:
            return f"{self.base_url}/{self.default_url.split('://', 1)[1].split('/', 1)[1]}"
        return self.default_url

    def listing_request(self, ctx: dict) -> Request:
        url = self.file_url
        return Request(url, callback=self.on_file, errback=self.on_error, dont_filter=True,
                       meta={"ctx": ctx, "listing": True, "dont_obey_robotstxt": url.startswith("file://")})

    def on_file(self, response: Response) -> Iterator[Any]:
        item = self.parse_file(response)
        item.document_id = response.meta.get("document_id")
        yield item

    def parse_file(self, response: Response) -> ListFileItem:
        raise NotImplementedError
