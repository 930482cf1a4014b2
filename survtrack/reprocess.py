"""`survtrack reprocess`: re-run enrichment over every stored notice after a taxonomy or registry change.

The stored text is what was parsed from the archived raw document, so enrichment is repeated on exactly the text
the evidence offsets index. The previous result of every changed notice is kept in enrichment_history.

Scale: notices are read a batch at a time (keyset pagination), enriched in worker processes (`workers`,
survtrack/parallel.py) and written by this process in id order, so N workers write what one writes. `shard`
(I of N: id % N = I) lets N processes, on any hosts, share one database; the steps that read across notices —
re-matching watch-list entries and the procurement links and red flags that compare notices — then wait for
`finalize`, run once after the last shard (a sharded run alone would compute them from a half-updated
database, and N runs would repeat them N times).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg

    from enrich.model import Enrichment
    from survtrack.runs import Progress
    from survtrack.shards import Shard

PARTS = ("tags", "parties", "amounts", "place", "language", "flags", "procurement", "purchase_state")


def _enrich_row(row: tuple[Any, ...]) -> Enrichment:
    """What a worker computes for one stored notice (module level: workers find it by name)."""
    from enrich import enrich

    title, text, language, published, country, source_id, facts, kind = row
    _, _, body = text.partition("\n")
    return enrich(title, body, language=language, published=published, country=country, source=source_id,
                  facts=facts, kind=kind)


def _arguments(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """A stored notice's row as _enrich_row needs it: without its id and current snapshot (never sent)."""
    _notice_id, title, text, language, published, country, source_id, _before, facts, kind = row
    return title, text, language, published, country, source_id, facts, kind


def reprocess(conn: psycopg.Connection, *, source: str | None = None, progress: Progress | None = None,
              batch_size: int = 200, only_unenriched: bool = False, workers: int | None = 1,
              shard: Shard | None = None) -> Counter[str]:
    """Re-enrich notices; returns counts: notices, changed, and per-part changes (tags, parties, ...). Without
    `shard`, ends with `finalize`'s cross-notice steps (links and flags of the procurements it touched, or of
    all when it reprocessed everything)."""
    from db import store
    from db.selection import notice_id_batches
    from db.watchlists import rematch_all
    from survtrack.parallel import EnrichPool, ordered
    from survtrack.pipeline import ensure_reference_data

    ensure_reference_data(conn)
    if shard is None:
        rematch_all(conn)  # list entries follow registry changes too (new names, subsidiaries)
    conn.commit()
    counts: Counter[str] = Counter()

    def rows() -> Iterator[tuple[Any, ...]]:
        for ids in notice_id_batches(conn, source, shard=(shard.index, shard.count) if shard else None,
                                           only_unenriched=only_unenriched, batch=batch_size):
            yield from store.notices_to_enrich(conn, ids)

    with EnrichPool(workers) as pool:
        for row, result in ordered(pool, rows(), _enrich_row, arg=_arguments):
            notice_id, before = row[0], row[7]
            if isinstance(result, BaseException):
                raise result  # as in one process: an enrichment that fails stops the reprocess
            if _write(conn, notice_id, result):
                after = store.enrichment_json(result)
                counts["changed"] += 1
                for part in PARTS:
                    if (before or {}).get(part) != after.get(part):
                        counts[f"changed_{part}"] += 1
            counts["notices"] += 1
            if counts["notices"] % batch_size == 0:
                conn.commit()
            if progress is not None:
                progress.update(1)
    conn.commit()
    if shard is None:
        from db.procurements import refresh

        refresh(conn, full=source is None and not only_unenriched)  # links and flags across notices
        conn.commit()
    return counts


def _write(conn: psycopg.Connection, notice_id: int, result: Enrichment) -> bool:
    """Write one notice's enrichment in a savepoint; shards running at once may lock the same organisations and
    procurements in different orders, so a deadlock's victim commits and writes again (db/retry.py)."""
    from db import store
    from db.retry import in_savepoint

    return in_savepoint(conn, lambda: store.write_enrichment(conn, notice_id, result, keep_history=True))


def finalize(conn: psycopg.Connection) -> dict[str, Any]:
    """After the last shard: re-match watch-list entries (registry changes) and recompute every procurement's
    links, summaries and cross-notice red flags — what an unsharded reprocess does at its start and end."""
    from db.procurements import refresh
    from db.watchlists import rematch_all
    from survtrack.pipeline import ensure_reference_data

    ensure_reference_data(conn)
    rematch_all(conn)
    conn.commit()
    counts = refresh(conn, full=True)
    conn.commit()
    return counts
