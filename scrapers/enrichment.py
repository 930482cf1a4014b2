"""Enrichment off the reactor: the crawl's notices go to worker processes, and are stored by one writer thread.

Why: enrichment takes milliseconds to seconds per notice (long texts), and Scrapy runs item pipelines in its
reactor thread: enriching there stalls every download in flight (timeouts, retries). StorePipeline hands each
notice to `PooledStore.store`, which returns at once to the reactor and resolves when the notice is stored:

* the pure half (survtrack.pipeline.prepare_notice) runs in the process pool (survtrack/parallel.py: forked once
  per crawl process, shared by every spider it runs, reference data loaded once before the fork);
* the database half runs in one writer thread with its own connection, in the order notices arrived (a
  single-thread executor), each committed on its own as before;
* back-pressure: at most `max_pending` notices are in flight; the next item waits (without blocking the
  reactor), Scrapy's scraper then holds its responses, and the downloader stops taking new requests.

A worker process that dies (killed, out of memory) loses nothing: the notice is enriched again in the writer
thread, and so is every later one of the crawl.
"""
from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from survtrack.parallel import EnrichPool
    from survtrack.pipeline import NoticeRecord

logger = logging.getLogger(__name__)

_shared: dict[int, EnrichPool] = {}
_lock = threading.Lock()


def shared_pool(workers: int) -> EnrichPool:
    """One pool per crawl process (`survtrack crawl --all` runs many spiders in one reactor)."""
    from survtrack.parallel import EnrichPool

    with _lock:
        if workers not in _shared:
            _shared[workers] = EnrichPool(workers)
        return _shared[workers]


def _as_deferred(future: Future):
    """A Twisted Deferred firing (in the reactor thread) with a concurrent future's outcome."""
    from twisted.internet import reactor
    from twisted.internet.defer import Deferred
    from twisted.python.failure import Failure

    deferred: Deferred = Deferred()

    def fire(done: Future) -> None:
        error = done.exception()
        if error is None:
            deferred.callback(done.result())
        else:
            deferred.errback(Failure(error))

    future.add_done_callback(lambda done: reactor.callFromThread(fire, done))
    return deferred


class PooledStore:
    """Enrich in the pool, store in the writer thread, in arrival order; `store` is awaited by the pipeline."""

    def __init__(self, pool: EnrichPool, *, max_pending: int) -> None:
        from twisted.internet.defer import DeferredSemaphore

        self.pool = pool
        self.slots = DeferredSemaphore(max_pending)
        self.writer = ThreadPoolExecutor(1, thread_name_prefix="survtrack-writer")
        self._stack = ExitStack()
        self._conn = None
        self.fallback = False  # the pool died: enrich in the writer thread from now on

    async def store(self, record: NoticeRecord) -> str:
        """'inserted', 'updated' or 'unchanged' once the notice is stored and committed; its exception if not."""
        from scrapy.utils.defer import maybe_deferred_to_future

        await maybe_deferred_to_future(self.slots.acquire())
        try:
            enriched = None
            if not self.fallback:
                from survtrack.parallel import WorkerDied
                from survtrack.pipeline import prepare_notice

                try:
                    enriched = self.pool.submit(prepare_notice, record)
                except WorkerDied:
                    self._lost_pool()
            written = self.writer.submit(self._write, record, enriched)
            return await maybe_deferred_to_future(_as_deferred(written))
        finally:
            self.slots.release()

    def _lost_pool(self) -> None:
        if not self.fallback:
            self.fallback = True
            logger.error("an enrichment worker process died; this crawl enriches in its writer thread from now on")

    def _write(self, record: NoticeRecord, enriched: Future | None) -> str:
        """Writer thread: wait for the notice's enrichment, store it, commit."""
        from survtrack.parallel import WorkerDied, result_of
        from survtrack.pipeline import prepare_notice, store_prepared

        prepared = None
        if enriched is not None:
            try:
                prepared = result_of(enriched)
            except WorkerDied:
                self._lost_pool()
        if prepared is None:
            prepared = prepare_notice(record)
        conn = self._connection()
        try:
            outcome = store_prepared(conn, prepared)
            conn.commit()
            return outcome
        except Exception:
            conn.rollback()
            raise

    def _connection(self):
        if self._conn is None:
            from db.connection import connect

            self._conn = self._stack.enter_context(connect())
        return self._conn

    def close(self) -> None:
        """After the last item (the spider is closing): finish pending writes, close the writer's connection."""
        self.writer.submit(self._stack.close).result()
        self.writer.shutdown(wait=True)
