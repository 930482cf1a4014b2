"""Enrichment off the reactor: the crawl's notices go to worker processes, and are stored by one writer thread.

Why: enrichment takes milliseconds to seconds per notice (long texts), and Scrapy runs item pipelines in its
reactor thread: enriching there stalls every download in flight (timeouts, retries). StorePipeline hands each
notice to `PooledStore.store`, which returns at once to the reactor and resolves when the notice is stored:

* the pure half (survtrack.pipeline.prepare_notice) runs in the process pool (survtrack/parallel.py: forked once
  per crawl process, shared by every spider it runs, reference data loaded once before the fork);
* the database half runs in one writer thread with its own connection, in the order notices arrived, in small
  batches (whatever is queued when the writer is free; new notices with one COPY per table), each committed;
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

    #: Most notices per write and commit. The writer takes what is queued when it is free, so a quiet crawl stores
    #: each notice at once and a busy one writes them in batches.
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
        """Store jobs in arrival order: each one with whatever else is queued already (up to COMMIT_EVERY),
        through survtrack.pipeline.store_batch (new notices with one COPY per table), then commit. A notice
        counts as stored once its batch commits: only then does the pipeline hear of it (a shared crawl
        releases the request's lease on that)."""
        closing = False
        while not closing:
            job = self.jobs.get()
            if job is None:
                return
            batch = [job]
            while len(batch) < self.COMMIT_EVERY:
                try:
                    job = self.jobs.get_nowait()
                except queue.Empty:
                    break
                if job is None:
                    closing = True
                    break
                batch.append(job)
            self._write(batch)

    def _write(self, batch: list) -> None:
        from survtrack.pipeline import store_batch

        prepared = []
        for record, enriched, _ in batch:
            try:
                prepared.append(self._prepared(record, enriched))
            except Exception as exc:  # noqa: BLE001 - this notice's enrichment failed: its error
                prepared.append(exc)
        try:
            conn = self._connection()
            outcomes = store_batch(conn, prepared)
            conn.commit()
        except Exception as exc:  # noqa: BLE001 - the whole batch failed: each notice reports it
            outcomes = [exc] * len(batch)
            if self._conn is not None:
                try:
                    self._conn.rollback()
                except Exception:  # noqa: BLE001
                    pass
        for (_, _, stored), outcome in zip(batch, outcomes, strict=False):
            if isinstance(outcome, BaseException):
                stored.set_exception(outcome)
            else:
                stored.set_result(outcome)

    def _prepared(self, record: NoticeRecord, enriched: Future | None):
        from survtrack.parallel import WorkerDied, result_of
        from survtrack.pipeline import prepare_notice

        if enriched is not None:
            try:
                return result_of(enriched)
            except WorkerDied:
                self._lost_pool()
        return prepare_notice(record)

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
