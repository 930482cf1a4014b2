"""Item pipelines, one job each: validate → record errors → store notices → keep the takedown ledger.

Why this order: the raw bytes were archived by ArchiveMiddleware before the spider parsed them, so by the time a
NoticeItem arrives here it carries the id of its archived document. StorePipeline hands it to the shared ingest
(`survtrack.pipeline.process_notice`), which enriches and stores it exactly like `survtrack ingest` does.
LedgerPipeline keeps first/last seen and writes removals (404/410, content replaced, dropped from a listing).
"""
from __future__ import annotations

import logging
from dataclasses import fields, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import DropItem

from scrapers.base import today
from scrapers.items import ErrorItem, InvalidItem, NoticeItem, RemovalItem, SeenItem
from scrapers.store import ListingState, StoreComponent, crawl_spider
from survtrack.pipeline import NoticeRecord

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler

    from scrapers.base import BaseSpider
    from scrapers.enrichment import PooledStore

logger = logging.getLogger(__name__)


class ValidatePipeline(StoreComponent):
    """Items are validated when built; this re-checks items mutated after construction (ids, fingerprints)."""

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if not isinstance(item, (NoticeItem, SeenItem, RemovalItem, ErrorItem)):
            raise DropItem(f"unexpected item type {type(item).__name__}")
        try:
            item.__post_init__()
        except InvalidItem as exc:
            url = getattr(item, "url", None) or getattr(item, "source_notice_id", "?")
            self.store.record_error(crawl_spider(self.crawler), url=str(url), stage="parse", error=str(exc),
                                    document_id=getattr(item, "document_id", None))
            raise DropItem(str(exc)) from exc
        return item


class ErrorPipeline(StoreComponent):
    """ErrorItem → an error row of this run."""

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if isinstance(item, ErrorItem):
            self.store.record_error(crawl_spider(self.crawler), url=item.url, stage=item.stage, error=item.error,
                                    document_id=item.document_id, http_status=item.http_status)
            raise DropItem(f"recorded {item.stage} error for {item.url}")
        return item


class StorePipeline(StoreComponent):
    """NoticeItem (a NoticeRecord) + source and run → enrichment + idempotent store (survtrack.pipeline).

    SURVTRACK_WORKERS (`survtrack crawl --workers N`; 0: every core) > 1: enrichment runs in worker processes and
    the store in a writer thread (scrapers/enrichment.py), so the reactor never waits on either; 1: both here, in
    the reactor thread (process_notice), as before."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.pooled: PooledStore | None = None

    def open_spider(self, spider: Spider | None = None) -> None:
        """Load the enrichment models and the vendor registry before the first request goes out.

        Why: enrichment's first call loads models (≈1–2 s, more on a busy machine). Doing that while downloads are
        in flight stalls the reactor long enough for DOWNLOAD_TIMEOUT to fire on responses that had already
        arrived (spurious timeouts and retries). With worker processes, the pool is forked here, warm, before any
        download starts."""
        if not self.store.enabled:
            return
        self.store.ensure_open(crawl_spider(self.crawler))
        from enrich import enrich
        from survtrack.parallel import worker_count
        from survtrack.pipeline import ensure_reference_data

        try:
            with self.store.transaction() as conn:
                ensure_reference_data(conn)
        except Exception:  # process_notice retries it and records a store error per notice if it still fails
            logger.exception("loading the vendor registry failed")
        workers = worker_count(self.crawler.settings.getint("SURVTRACK_WORKERS", 0))
        if workers > 1:
            from scrapers.enrichment import PooledStore, shared_pool

            self.pooled = PooledStore(shared_pool(workers), max_pending=workers * 4)
            self.crawler.stats.set_value("survtrack/workers", workers)
        else:
            enrich("CCTV video surveillance", "人脸识别 视频监控", language=None, published=None, country=None,
                   source=self.store.source)

    def close_spider(self, spider: Spider | None = None) -> None:
        if self.pooled is not None:
            self.pooled.close()

    async def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        if not isinstance(item, NoticeItem):
            return item
        spider = crawl_spider(self.crawler)
        stats = self.crawler.stats
        if not self.store.enabled:
            stats.inc_value("survtrack/notices/not_stored")
            return item
        self.store.ensure_open(spider)
        record = replace(item, source_id=self.store.source, demo=self.store.demo, run_id=self.store.run_id)
        if self.pooled is not None:
            try:
                outcome = await self.pooled.store(_plain_record(record))
            except Exception as exc:
                self.store.record_error(spider, url=item.url, stage="store", error=f"{type(exc).__name__}: {exc}",
                                        document_id=item.document_id)
                raise DropItem(f"store failed for {item.url}: {exc}") from exc
        else:
            outcome = self._store_here(spider, item, record)
        stats.inc_value(f"survtrack/notices/{outcome}")
        item.outcome = outcome  # type: ignore[attr-defined]
        return item

    def _store_here(self, spider: Spider, item: NoticeItem, record: NoticeItem) -> str:
        from db.retry import in_savepoint
        from survtrack.pipeline import prepare_notice, store_prepared

        try:
            with self.store.transaction() as conn:
                prepared = prepare_notice(record)
                outcome = in_savepoint(conn, lambda: store_prepared(conn, prepared))
        except Exception as exc:
            self.store.record_error(spider, url=item.url, stage="store", error=f"{type(exc).__name__}: {exc}",
                                    document_id=item.document_id)
            raise DropItem(f"store failed for {item.url}: {exc}") from exc
        return outcome


def _plain_record(item: NoticeItem) -> NoticeRecord:
    """The item's NoticeRecord fields only: what a worker process needs, without Scrapy-side state."""
    return NoticeRecord(**{f.name: getattr(item, f.name) for f in fields(NoticeRecord)})


class LedgerPipeline(StoreComponent):
    """first_seen/last_seen and the takedown ledger; also tells the spider what the database already holds."""

    def open_spider(self, spider: Spider | None = None) -> None:
        spider = crawl_spider(self.crawler)
        self.seen: set[str] = set()
        self.stored: set[str] = set()
        source_id = getattr(spider, "source_id", spider.name)
        self.state = ListingState(source_id, enabled=self.store.enabled)
        spider.listing_state = self.state
        self.store.before_close.append(self.finish)
        if self.store.enabled:
            self.store.ensure_open(spider)
            from survtrack.pipeline import known_notices

            with self.store.transaction() as conn:
                spider.known = dict(known_notices(conn, self.store.source))

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        spider = crawl_spider(self.crawler)
        if isinstance(item, SeenItem):
            self.seen.add(item.source_notice_id)
            if item.published is not None:
                self.state.published[item.source_notice_id] = item.published.isoformat()
            raise DropItem("seen")  # nothing further to do with a listing entry
        if isinstance(item, NoticeItem):
            self.seen.add(item.source_notice_id)
            if item.listing_fingerprint:
                self.state.fingerprints[item.source_notice_id] = item.listing_fingerprint
            if item.published is not None:
                self.state.published[item.source_notice_id] = item.published.isoformat()
            return item
        if isinstance(item, RemovalItem):
            self.mark_removed(spider, item.source_notice_id, item.reason, item.on, item.document_id)
        return item

    def mark_removed(self, spider: Spider, source_notice_id: str, reason: str, on: Any,
                     document_id: int | None = None) -> None:
        self.crawler.stats.inc_value(f"survtrack/removed/{reason}")
        self.state.fingerprints.pop(source_notice_id, None)
        logger.info("takedown: %s %s (%s)", self.store.source_id, source_notice_id, reason)
        if not self.store.enabled:
            return
        from survtrack.pipeline import mark_removed

        try:
            with self.store.transaction() as conn:
                mark_removed(conn, self.store.source, source_notice_id, reason=reason, on=on, document_id=document_id)
        except Exception as exc:
            self.store.record_error(spider, url=source_notice_id, stage="store", error=f"mark_removed: {exc}")

    def dropped_from_listing(self, spider: BaseSpider, reason: str) -> list[str]:
        """Known notices the complete listing no longer shows (only when the listing was complete and unsampled,
        and read by this process alone: in a shared crawl, scrapers/frontier.py, other processes read parts)."""
        if (not getattr(spider, "listing_complete", False) or spider.sample is not None or spider.listing_failed
                or reason != "finished" or self.crawler.settings.get("SURVTRACK_FRONTIER")):
            return []
        previous_signature = getattr(self.state, "signature", None)
        if previous_signature != spider.query_signature:  # different (or unknown) query: absence proves nothing
            return []
        dropped = []
        for sid, held in spider.known.items():
            if sid in self.seen or "removed" in str(getattr(held, "status", "") or ""):
                continue
            published = self.state.published.get(sid)
            if spider.window_given:
                if published is None or not (spider.since.isoformat() <= published <= spider.until.isoformat()):
                    continue
            dropped.append(sid)
        return dropped

    def finish(self, reason: str) -> None:
        """End of crawl (called by the store with the close reason, before the run row is closed)."""
        spider = crawl_spider(self.crawler)
        for sid in self.dropped_from_listing(spider, reason):
            self.mark_removed(spider, sid, "dropped_from_listing", today())
        if self.store.enabled and self.seen and self.store.conn is not None:
            from survtrack.pipeline import mark_seen

            try:
                with self.store.transaction() as conn:
                    mark_seen(conn, self.store.source, sorted(self.seen), datetime.now(UTC))
            except Exception as exc:
                self.store.record_error(spider, url=self.store.source, stage="store", error=f"mark_seen: {exc}")
        self.crawler.stats.set_value("survtrack/listed", len(self.seen))
        if reason == "finished" and spider.sample is None and not spider.listing_failed:
            self.state.signature = spider.query_signature
        self.state.save()
