"""Two writers that lock the same rows in opposite orders (the spiders of one crawl naming the same supplier,
two reprocess shards): PostgreSQL aborts one as a deadlock's victim; both writes must still land."""
from __future__ import annotations

import threading

import psycopg
import pytest

from db.retry import in_savepoint


def test_both_writers_of_a_deadlock_land_their_writes(database_url):
    with psycopg.connect(database_url, autocommit=True) as setup:
        setup.execute("CREATE TABLE contended (id int PRIMARY KEY, writes int NOT NULL DEFAULT 0)")
        setup.execute("INSERT INTO contended (id) VALUES (1), (2)")
    both_hold_one = threading.Barrier(2, timeout=10)
    attempts = {1: 0, 2: 0}
    failures: list[BaseException] = []

    def writer(first: int, second: int) -> None:
        with psycopg.connect(database_url) as conn:
            conn.execute("SET deadlock_timeout = '50ms'")
            conn.commit()

            def write() -> None:
                attempts[first] += 1
                conn.execute("UPDATE contended SET writes = writes + 1 WHERE id = %s", (first,))
                if attempts[first] == 1:
                    both_hold_one.wait()  # each holds its first row: the next statement deadlocks one of them
                conn.execute("UPDATE contended SET writes = writes + 1 WHERE id = %s", (second,))

            try:
                in_savepoint(conn, write)
                conn.commit()
            except BaseException as exc:  # noqa: BLE001 - reported below
                failures.append(exc)

    threads = [threading.Thread(target=writer, args=(1, 2)), threading.Thread(target=writer, args=(2, 1))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not failures
    assert sorted(attempts.values()) == [1, 2], "one writer was the deadlock's victim and wrote again"
    with psycopg.connect(database_url) as conn:
        assert conn.execute("SELECT id, writes FROM contended ORDER BY id").fetchall() == [(1, 2), (2, 2)]


def test_other_errors_propagate_and_leave_the_transaction_usable(database_url):
    with psycopg.connect(database_url) as conn:
        with pytest.raises(psycopg.errors.DivisionByZero):
            in_savepoint(conn, lambda: conn.execute("SELECT 1 / 0"))
        assert conn.execute("SELECT 2").fetchone() == (2,)
