"""`survtrack reprocess`: re-run enrichment over every stored notice after a taxonomy or registry change.

The stored text is what was parsed from the archived raw document, so enrichment is repeated on exactly the text
the evidence offsets index. The previous result of every changed notice is kept in enrichment_history.
"""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import psycopg


def reprocess(conn: psycopg.Connection, *, source: str | None = None, progress=None,
              batch_size: int = 200, only_unenriched: bool = False) -> Counter:
    """Re-enrich notices; returns counts: notices, changed, and per-part changes (tags, parties, ...)."""
    from db import store
    from db.watchlists import rematch_all
    from enrich import enrich
    from survtrack.pipeline import ensure_reference_data

    ensure_reference_data(conn)
    rematch_all(conn)  # list entries follow registry changes too (new names, subsidiaries)
    conn.commit()
    counts: Counter = Counter()
    ids = store.unenriched_notice_ids(conn) if only_unenriched else store.notice_ids(conn, source)
    for offset in range(0, len(ids), batch_size):
        rows = store.notices_to_enrich(conn, ids[offset:offset + batch_size])
        for notice_id, title, text, language, published, country, source_id, before, facts, kind in rows:
            _, _, body = text.partition("\n")
            result = enrich(title, body, language=language, published=published, country=country,
                            source=source_id, facts=facts, kind=kind)
            after = store.enrichment_json(result)
            if store.write_enrichment(conn, notice_id, result, keep_history=True):
                counts["changed"] += 1
                for part in ("tags", "parties", "amounts", "place", "language", "flags", "procurement"):
                    if (before or {}).get(part) != after.get(part):
                        counts[f"changed_{part}"] += 1
            counts["notices"] += 1
            if progress is not None:
                progress.update(1)
        conn.commit()
    from db.procurements import refresh

    refresh(conn, full=source is None and not only_unenriched)  # links and flags across notices
    conn.commit()
    return counts
