"""Writes that survive lock contention between concurrent writers.

Several writers share one database: the spiders of one crawl (one writer thread each), ingest and reprocess
shards. Two notices that name the same organisations or belong to one procurement lock the same rows, and two
writers may take them in opposite orders; PostgreSQL then aborts one statement as the deadlock's victim. The
victim must release what it already holds before it tries again (otherwise the other writer is still waiting on
it), so the retry commits the work done so far — every earlier write in the batch is complete and savepointed —
then repeats the one write that lost.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

import psycopg
from psycopg import errors
from psycopg.pq import TransactionStatus

T = TypeVar("T")

#: Attempts at one write before its error is reported (each after a short, growing pause).
ATTEMPTS = 6
CONTENTION = (errors.DeadlockDetected, errors.SerializationFailure, errors.LockNotAvailable)


def in_savepoint(conn: psycopg.Connection, write: Callable[[], T], *, attempts: int = ATTEMPTS) -> T:
    """Run `write` in a savepoint of the connection's current transaction; if it loses a deadlock, commit what
    the transaction holds, wait a moment and run it again. Any other error propagates (its savepoint rolled back,
    the transaction still usable)."""
    for attempt in range(attempts):
        if conn.info.transaction_status == TransactionStatus.IDLE:
            conn.execute("SELECT 1")  # open the outer transaction: the block below must be a savepoint
        try:
            with conn.transaction():
                return write()
        except CONTENTION:
            if attempt == attempts - 1:
                raise
            conn.commit()
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")
