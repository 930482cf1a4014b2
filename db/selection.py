"""Which stored notices a reprocess reads: one source, one shard (id % count = index), or those never
enriched — a batch at a time by keyset pagination, so memory stays flat whatever the table's size."""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from db.fetch import one

if TYPE_CHECKING:
    import psycopg

_SELECTION = """(%(s)s::text IS NULL OR source_id = %(s)s)
                 AND (%(n)s::int IS NULL OR id %% %(n)s = %(i)s)
                 AND (NOT %(u)s OR classifier_version IS NULL)"""


def notice_id_batches(conn: psycopg.Connection, source: str | None = None, *, shard: tuple[int, int] | None = None,
                      only_unenriched: bool = False, batch: int = 200) -> Iterator[list[int]]:
    """Ids of stored notices (of one source; of one shard (index, count): id % count = index; never enriched),
    in id order, `batch` at a time. Keyset pagination: memory stays flat whatever the table's size, and the
    caller may commit between batches."""
    index, count = shard or (None, None)
    last = 0
    while True:
        ids = [row[0] for row in conn.execute(
            f"SELECT id FROM notices WHERE id > %(last)s AND {_SELECTION} ORDER BY id LIMIT %(b)s",  # noqa: S608
            {"last": last, "s": source, "n": count, "i": index, "u": only_unenriched, "b": batch})]
        if not ids:
            return
        yield ids
        last = ids[-1]


def count_notices(conn: psycopg.Connection, source: str | None = None, *, shard: tuple[int, int] | None = None,
                  only_unenriched: bool = False) -> int:
    """How many notices notice_id_batches gives for the same selection."""
    index, count = shard or (None, None)
    total: int = one(conn.execute(f"SELECT count(*) FROM notices WHERE {_SELECTION}",  # noqa: S608 - fixed text
                                  {"s": source, "n": count, "i": index, "u": only_unenriched}))[0]
    return total
