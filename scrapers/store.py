"""The crawl's link to the database: one connection and one run row per spider, shared by middlewares and pipelines.

Why one object: the archive middleware, the error pipeline, the store pipeline and the ledger pipeline all write
under the same `crawl_runs` row; opening it lazily (on first use) lets whichever component runs first start it,
and the spider_closed signal closes it with the crawl's stats. Writes go through survtrack.pipeline; the SQL
is in db/.
"""
from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self, cast

from scrapy import signals

if TYPE_CHECKING:
    from psycopg import Connection
    from scrapy import Spider
    from scrapy.crawler import Crawler

    from scrapers.base import BaseSpider

logger = logging.getLogger(__name__)


def _json_safe(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_json_safe(v) for v in value]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def crawl_spider(crawler: Crawler) -> BaseSpider:
    """The crawler's spider. Scrapy types it `Spider | None`; every spider of this project is a BaseSpider, and
    middlewares and pipelines only run while it crawls."""
    return cast("BaseSpider", crawler.spider)


class CrawlStore:
    """Lazily opened DB connection + crawl run for one crawler. Disabled (no-op) when SURVTRACK_STORE is off."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.enabled = crawler.settings.getbool("SURVTRACK_STORE", True)
        self.demo = crawler.settings.getbool("SURVTRACK_DEMO", False)
        self.conn: Connection | None = None
        self.run_id: int | None = None
        self.source_id: str | None = None
        self.error_count = 0
        self._stack = ExitStack()
        self._closed = False
        #: Called with the close reason before the run row is closed (the ledger's end-of-crawl work).
        self.before_close: list = []
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    def ensure_open(self, spider: Spider) -> None:
        if not self.enabled or self.conn is not None or self._closed:
            return
        from db.connection import connect
        from survtrack.pipeline import open_run
        from survtrack.schema import ensure_schema

        ensure_schema()  # a crawl into a fresh SURVTRACK_HOME creates the schema like every other verb
        self.source_id = getattr(spider, "source_id", spider.name)
        self.demo = self.demo or bool(getattr(spider, "demo", False))
        conn = self.conn = self._stack.enter_context(connect())
        self.run_id = open_run(conn, self.source, args=_json_safe(getattr(spider, "run_args", {})), demo=self.demo)
        conn.commit()
        logger.info("crawl run %s opened for %s", self.run_id, self.source_id)

    @property
    def connection(self) -> Connection:
        """The open connection (after `ensure_open` on an enabled store; anything else is a bug, said so)."""
        if self.conn is None:
            raise RuntimeError("the crawl store is not open: call ensure_open first")
        return self.conn

    @property
    def source(self) -> str:
        """The source id of the open run."""
        if self.source_id is None:
            raise RuntimeError("the crawl store is not open: call ensure_open first")
        return self.source_id

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """The open connection for one write: committed when the block ends, rolled back when it raises (the
        error goes on to the caller, which records it its own way)."""
        conn = self.connection
        try:
            yield conn
            conn.commit()
        except Exception:
            conn.rollback()
            raise

    def heartbeat(self) -> None:
        """Record the stats so far on the run row (what the run is left with if its process is killed)."""
        if self.conn is None or self._closed or self.run_id is None:
            return
        from survtrack.runs import Heartbeat

        Heartbeat(self.conn, self.run_id, lambda: _json_safe(self.crawler.stats.get_stats())).beat(force=True)

    # -- writes, each committed on its own so one failure loses nothing else -------------------------------
    def archive(self, spider: Spider, *, url: str, status: int, content_type: str | None, body: bytes,
                request_method: str, request_body: bytes | None, headers: dict | None,
                body_path: str | None = None):
        """Archive a response's bytes; `body_path`: a streamed file:// body, copied from disk in chunks."""
        if not self.enabled:
            return None
        self.ensure_open(spider)
        from survtrack.pipeline import archive_file, archive_response

        with self.transaction() as conn:
            if body_path is not None:
                doc = archive_file(conn, url=url, path=body_path, status=status, content_type=content_type,
                                   fetched_at=datetime.now(UTC), run_id=self.run_id,
                                   source_id=self.source_id, headers=headers)
            else:
                doc = archive_response(conn, url=url, status=status, content_type=content_type, body=body,
                                       fetched_at=datetime.now(UTC), run_id=self.run_id,
                                       source_id=self.source_id, request_method=request_method,
                                       request_body=request_body, headers=headers)
        return doc

    def record_error(self, spider: Spider, *, url: str, stage: str, error: str, document_id: int | None = None,
                     http_status: int | None = None) -> None:
        self.error_count += 1
        self.crawler.stats.inc_value(f"survtrack/errors/{stage}")
        if self.error_count == 1:  # the crawl's closing error line quotes it (survtrack/commands.py)
            self.crawler.stats.set_value("survtrack/first_error", " ".join(f"{stage} error: {error}".split())[:300])
        logger.warning("%s error on %s: %s", stage, url, error)
        if not self.enabled:
            return
        self.ensure_open(spider)
        from survtrack.pipeline import record_error

        with self.transaction() as conn:
            record_error(conn, self.run_id, url=url, stage=stage, error=error[:4000],
                         document_id=document_id, http_status=http_status)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        for hook in self.before_close:
            try:
                hook(reason)
            except Exception:
                logger.exception("end-of-crawl step failed")
                self.error_count += 1
        if self.conn is None or self._closed or self.run_id is None:
            self._closed = True
            return
        from survtrack.pipeline import close_run, refresh_procurements

        try:  # procurement links and cross-notice red flags of what this crawl stored (or of every award: lists)
            refresh_procurements(self.conn, designations_changed=getattr(spider, "source_kind", "") == "watchlist")
        except Exception:
            self.conn.rollback()
            logger.exception("recomputing procurement red flags failed")
            self.error_count += 1

        if reason == "finished":
            status = "partial" if self.error_count else "finished"
        elif reason in ("shutdown", "cancelled") or reason.startswith("closespider"):
            status = "partial"
        else:
            status = "failed"
        stats = _json_safe(self.crawler.stats.get_stats())
        stats["close_reason"] = reason
        try:
            close_run(self.conn, self.run_id, status=status, stats=stats)
            self.conn.commit()
        finally:
            self._closed = True
            self._stack.close()
            self.conn = None


def get_store(crawler: Crawler) -> CrawlStore:
    store = getattr(crawler, "_survtrack_store", None)
    if store is None:
        store = CrawlStore(crawler)
        crawler._survtrack_store = store  # type: ignore[attr-defined]  # one store a crawler, kept on it
    return store


class StoreComponent:
    """Base of the middlewares, pipelines and extensions that write through the crawl's one CrawlStore: Scrapy
    builds each with `from_crawler`, and each keeps the crawler and its store."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.store = get_store(crawler)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)


class RunExtension(StoreComponent):
    """Makes sure every crawl opens its run row when the spider opens, even one that fetches nothing, and
    records its progress every few seconds (survtrack/runs.py: how far an interrupted run got)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    def spider_opened(self, spider: Spider) -> None:
        self.store.ensure_open(spider)
        if self.store.enabled:
            from twisted.internet import task

            from survtrack.runs import HEARTBEAT_SECONDS

            self.beat = task.LoopingCall(self.store.heartbeat)
            self.beat.start(HEARTBEAT_SECONDS, now=False)

    def spider_closed(self, spider: Spider) -> None:
        beat = getattr(self, "beat", None)
        if beat is not None and beat.running:
            beat.stop()


class ListingState:
    """What each listing last said about each notice (fingerprint, publication date), per source.

    Kept as a JSON file under SURVTRACK_HOME/crawl_state/ because the storage contract has no column for it; it is
    only a hint to skip a detail page: a notice is skipped only if the database also holds it, so a lost or stale
    file costs re-downloads, never data.
    """

    def __init__(self, source_id: str, enabled: bool = True) -> None:
        self.fingerprints: dict[str, str] = {}
        self.published: dict[str, str] = {}
        self.signature: str | None = None
        self.path: Path | None = None
        if enabled:
            from survtrack.config import survtrack_home

            folder = survtrack_home() / "crawl_state"
            folder.mkdir(parents=True, exist_ok=True)
            self.path = folder / f"{source_id}.json"
            if self.path.exists():
                try:
                    data = json.loads(self.path.read_text("utf-8"))
                    self.fingerprints = dict(data.get("fingerprints", {}))
                    self.published = dict(data.get("published", {}))
                    self.signature = data.get("signature")
                except (ValueError, OSError) as exc:
                    logger.warning("ignoring unreadable listing state %s: %s", self.path, exc)

    def save(self) -> None:
        if self.path is None:
            return
        tmp = self.path.with_suffix(f".{os.getpid()}.tmp")  # two crawls of one source must not share it
        tmp.write_text(json.dumps({"fingerprints": self.fingerprints, "published": self.published,
                                   "signature": self.signature},
                                  ensure_ascii=False, sort_keys=True), "utf-8")
        tmp.replace(self.path)
