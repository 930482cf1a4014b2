"""Enrichment off the reactor: the crawl's notices go to worker processes, and are stored by one writer thread.

Why: enrichment takes milliseconds to seconds per notice (long texts), and Scrapy runs item pipelines in its
reactor thread: enriching there stalls every download in flight (timeouts, retries). StorePipeline hands each
notice to `PooledStore.store`, which returns at once to the reactor and resolves when the notice is stored:

* the pure half (survtrack.pipeline.prepare_notice) runs in the process pool (survtrack/parallel.py: forked once
  per crawl process, shared by every spider it runs, reference data loaded once before the fork);
* the database half runs in one writer thread with its own connection, in the order notices arrived, each in a
  savepoint, committed in small batches (at once when the writer has nothing else to do);
* back-pressure: at most `max_pending` notices are in flight; the next item waits (without blocking the
  reactor), Scrapy's scraper then holds its responses, and the downloader stops taking new requests.

A worker process that dies (killed, out of memory) loses nothing: the notice is enriched again in the writer
thread, and so is every later one of the crawl.
"""
from __future__ import annotations

import logging
import queue
import threading
from concurrent.futures import Future
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

    #: Most notices per commit. The writer commits whenever it has nothing else to do (or the next notice is still
    #: being enriched), so a quiet crawl commits each notice at once and a busy one saves a flush per notice.
    COMMIT_EVERY = 50

    def __init__(self, pool: EnrichPool, *, max_pending: int) -> None:
        from twisted.internet.defer import DeferredSemaphore

        self.pool = pool
        self.slots = DeferredSemaphore(max_pending)
        self.jobs: queue.Queue = queue.Queue()
        self._stack = ExitStack()
        self._conn = None
        self.fallback = False  # the pool died: enrich in the writer thread from now on
        self.writer = threading.Thread(target=self._run, name="survtrack-writer", daemon=True)
        self.writer.start()

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
            stored: Future = Future()
            self.jobs.put((record, enriched, stored))
            return await maybe_deferred_to_future(_as_deferred(stored))
        finally:
            self.slots.release()

    def _lost_pool(self) -> None:
        if not self.fallback:
            self.fallback = True
            logger.error("an enrichment worker process died; this crawl enriches in its writer thread from now on")

    # -- the writer thread ---------------------------------------------------------------------------------------
    def _run(self) -> None:
        """Store jobs in arrival order, each in a savepoint; a notice counts as stored once its batch commits
        (only then does the pipeline hear of it: a shared crawl releases the request's lease on that)."""
        waiting: list[tuple[Future, str | None, BaseException | None]] = []
        while True:
            job = self.jobs.get()
            if job is None:
                self._commit(waiting)
                return
            record, enriched, stored = job
            if waiting and enriched is not None and not enriched.done():
                waiting = self._commit(waiting)  # do not hold finished notices while this one is enriched
            try:
                waiting.append((stored, self._store(record, enriched), None))
            except Exception as exc:  # noqa: BLE001 - handed to the pipeline, which records it
                waiting.append((stored, None, exc))
            if self.jobs.empty() or len(waiting) >= self.COMMIT_EVERY:
                waiting = self._commit(waiting)

    def _store(self, record: NoticeRecord, enriched: Future | None) -> str:
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
        if conn.info.transaction_status == 0:  # idle: open the batch, so the block below is a savepoint in it
            conn.execute("SELECT 1")
        with conn.transaction():
            return store_prepared(conn, prepared)

    def _commit(self, waiting: list) -> list:
        if not waiting:
            return []
        error = None
        try:
            self._connection().commit()
        except Exception as exc:  # noqa: BLE001 - the whole batch failed: each notice reports it
            error = exc
            try:
                self._conn.rollback()
            except Exception:  # noqa: BLE001
                pass
        for stored, outcome, exc in waiting:
            if error is not None or exc is not None:
                stored.set_exception(error or exc)
            else:
                stored.set_result(outcome)
        return []

    def _connection(self):
        if self._conn is None:
            from db.connection import connect

            self._conn = self._stack.enter_context(connect())
        return self._conn

    def close(self) -> None:
        """After the last item (the spider is closing): finish pending writes, close the writer's connection."""
        self.jobs.put(None)
        self.writer.join()
        self._stack.close()
