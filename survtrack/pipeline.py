"""The one path every document takes: archive the bytes, enrich the text, store the result.

Spiders (scrapers/pipelines.py) and `survtrack ingest` both call these functions, so a notice is enriched and
stored the same way whatever brought it in.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

from db import archive, store
from db.registry import ensure_reference_data
from db.store import DocumentRef, KnownNotice, NoticeFields

if TYPE_CHECKING:
    import psycopg

    from enrich.model import Enrichment

__all__ = [
    "DocumentRef", "KnownNotice", "NoticeRecord", "PreparedNotice", "archive_file", "archive_response", "close_run",
    "ensure_reference_data", "known_notices", "mark_removed", "mark_seen", "open_run", "prepare_notice",
    "process_notice", "record_error", "refresh_procurements", "store_batch", "store_prepared",
]

NOTICE_KINDS = ("tender", "award", "disclosure", "grant", "plan", "other")


@dataclass
class NoticeRecord:
    """A notice as a source presents it, before enrichment. `body` is plain text with labelled lines.

    The one notice record of every input path: spiders yield it as scrapers.items.NoticeItem (a subclass that
    validates strictly and remembers the listing's fingerprint), ingest builds it as IngestRecord. Who brought it
    in (`source_id`, `demo`, `run_id`) is filled in by the path that stores it."""

    source_notice_id: str
    url: str
    title: str
    body: str
    kind: str | None = None
    published: date | None = None
    language: str | None = None
    country: str | None = None
    document_id: int | None = None
    #: Structured fields read from the source as published (procedure, tenders received, deadlines, lot values,
    #: buyer address…): JSON-serialisable, stored in notices.facts for later indicators.
    facts: dict[str, Any] | None = None
    source_id: str = ""
    demo: bool = False
    run_id: int | None = None

    def __post_init__(self) -> None:
        if not self.source_notice_id:
            raise ValueError("notice has no source id")
        if self.kind is not None and self.kind not in NOTICE_KINDS:
            raise ValueError(f"unknown notice kind {self.kind!r} (expected one of {', '.join(NOTICE_KINDS)})")
        if not (self.title or "").strip() and not (self.body or "").strip():
            raise ValueError("notice has neither title nor body")


def stored_text(title: str, body: str) -> tuple[str, str, str]:
    """(title, body, text) normalised once; evidence offsets index `text` = title + newline + body.

    Every input path comes through here, so over-long titles and texts are cut here, the same way for all
    (survtrack/limits.py: SURVTRACK_MAX_TITLE_CHARS, SURVTRACK_MAX_NOTICE_CHARS); the archive keeps the whole."""
    from enrich.text import normalize_stored_text
    from survtrack.limits import cut_body, cut_title

    title = cut_title(" ".join(normalize_stored_text(_no_surrogates(title or "")).split()))
    body = cut_body(normalize_stored_text(_no_surrogates(body or "")).strip("\n"), len(title))
    return title, body, f"{title}\n{body}"


_SURROGATE = re.compile("[\ud800-\udfff]")


@overload
def _no_surrogates(value: str) -> str: ...
@overload
def _no_surrogates(value: dict[str, Any]) -> dict[str, Any]: ...
@overload
def _no_surrogates(value: object) -> Any: ...
def _no_surrogates(value: object) -> Any:
    """Lone surrogates ("\\ud800" in JSON) are not text and PostgreSQL refuses them: they become U+FFFD, as
    undecodable bytes do everywhere else (enrich.documents.decode_bytes). Strings, and lists/dicts of them."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value
    if isinstance(value, dict):
        return {_no_surrogates(k): _no_surrogates(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_no_surrogates(v) for v in value]
    return value


def process_notice(conn: psycopg.Connection, record: NoticeRecord, *, seen_at: datetime | None = None) -> str:
    """Enrich and store one notice; returns 'inserted', 'updated' or 'unchanged'."""
    return store_prepared(conn, prepare_notice(record), seen_at=seen_at)


@dataclass
class PreparedNotice:
    """A notice enriched and ready to store: what a worker process hands back to the one writer (picklable)."""

    fields: NoticeFields
    enrichment: Enrichment


def prepare_notice(record: NoticeRecord) -> PreparedNotice:
    """The pure half of process_notice (no database): normalise the text and enrich it. Worker processes run
    this (survtrack/parallel.py); the writer stores the results in order with `store_prepared`."""
    from enrich import enrich

    if not record.source_id:
        raise ValueError(f"notice {record.source_notice_id!r} names no source")
    title, body, text = stored_text(record.title, record.body)
    enrichment = enrich(title, body, language=record.language, published=record.published,
                        country=record.country, source=record.source_id,
                        facts=record.facts, kind=record.kind)
    published = record.published or (enrichment.published.value if enrichment.published else None)
    fields = NoticeFields(
        source_id=record.source_id, source_notice_id=_no_surrogates(record.source_notice_id),
        url=_no_surrogates(record.url),
        kind=record.kind or "other", title=title, text=text, published=published,
        language=record.language or enrichment.language, country=record.country, demo=record.demo,
        document_id=record.document_id, facts=_no_surrogates(record.facts or {}),
    )
    return PreparedNotice(fields, enrichment)


def store_prepared(conn: psycopg.Connection, prepared: PreparedNotice, *, seen_at: datetime | None = None) -> str:
    """The database half of process_notice: upsert the prepared notice; 'inserted', 'updated' or 'unchanged'."""
    ensure_reference_data(conn)
    return store.upsert_notice(conn, prepared.fields, prepared.enrichment, seen_at=seen_at)


def store_batch(conn: psycopg.Connection, batch: list[PreparedNotice | BaseException], *,
                seen_at: datetime | None = None) -> list[str | BaseException]:
    """Store prepared notices in input order; per item 'inserted', 'updated', 'unchanged' or the exception that
    kept it out (an item given as an exception — its enrichment failed — stays one). Runs of new notices go in
    together (db/batch.py: one COPY per table); a notice already stored, or a second one with the same key, is
    upserted on its own in its turn; each write is a savepoint, so one failure never takes the others with it;
    a write that loses a deadlock to another writer (the spiders of one crawl, shards) is repeated (db/retry.py)."""
    from db import batch as bulk
    from db.retry import in_savepoint

    ensure_reference_data(conn)
    seen_at = seen_at or datetime.now(UTC)
    outcomes: list[str | BaseException | None] = [None] * len(batch)
    keys = [(p.fields.source_id, p.fields.source_notice_id) for p in batch if isinstance(p, PreparedNotice)]
    held, taken = bulk.stored_keys(conn, keys), set()
    run: list[tuple[int, PreparedNotice]] = []  # new notices (index, notice), stored together by flush()

    def one(prepared: PreparedNotice) -> str | BaseException:
        try:
            return in_savepoint(conn, lambda: store.upsert_notice(conn, prepared.fields, prepared.enrichment,
                                                                  seen_at=seen_at))
        except Exception as exc:  # noqa: BLE001 - the caller records it against the notice
            return exc

    def flush() -> None:
        if not run:
            return
        try:
            with conn.transaction():
                bulk.insert_new(conn, [(prepared.fields, prepared.enrichment) for _, prepared in run], seen_at)
            for i, _ in run:
                outcomes[i] = "inserted"
        except Exception:  # noqa: BLE001 - one of them is at fault: one by one, each gets its own outcome
            for i, prepared in run:
                outcomes[i] = one(prepared)
        run.clear()

    for i, prepared in enumerate(batch):
        if not isinstance(prepared, PreparedNotice):
            outcomes[i] = prepared
            continue
        key = (prepared.fields.source_id, prepared.fields.source_notice_id)
        if key in held or key in taken:
            flush()
            outcomes[i] = one(prepared)
        else:
            run.append((i, prepared))
        taken.add(key)
    flush()
    return outcomes  # type: ignore[return-value]  # every item has its outcome by now: no None is left


def archive_response(conn: psycopg.Connection, *, url: str, status: int | None, content_type: str | None,
                     body: bytes, fetched_at: datetime | None = None, run_id: int | None = None,
                     source_id: str | None = None, request_method: str = "GET",
                     request_body: bytes | str | None = None, headers: dict[str, str] | None = None) -> DocumentRef:
    """Write the raw bytes to the archive, then record the fetch. Call before parsing anything."""
    sha256, rel = archive.write_bytes(body)
    if isinstance(request_body, bytes):
        request_body = request_body.decode("utf-8", "replace")
    return store.record_document(
        conn, url=url, sha256=sha256, archive_path=rel, byte_size=len(body),
        fetched_at=fetched_at or datetime.now(UTC), source_id=source_id, run_id=run_id,
        http_status=status, content_type=content_type, request_method=request_method,
        request_body=request_body, headers=headers,
    )


def archive_file(conn: psycopg.Connection, *, url: str, path: str | Path, status: int | None, content_type: str | None,
                 fetched_at: datetime | None = None, run_id: int | None = None, source_id: str | None = None,
                 headers: dict[str, str] | None = None) -> DocumentRef:
    """archive_response for a file too large to hold in memory: the bytes are copied into the archive in
    chunks (db.archive.write_file), then the fetch is recorded. Call before parsing anything."""
    sha256, rel, size = archive.write_file(Path(path))  # callers give a str (scrapers) or a Path (ingest)
    return store.record_document(
        conn, url=url, sha256=sha256, archive_path=rel, byte_size=size,
        fetched_at=fetched_at or datetime.now(UTC), source_id=source_id, run_id=run_id,
        http_status=status, content_type=content_type, request_method="GET", request_body=None, headers=headers,
    )


def refresh_procurements(conn: psycopg.Connection, *, designations_changed: bool = False) -> dict[str, Any]:
    """End of a run: join notices by reference and recompute the red flags that need other notices (for the
    procurements this run touched; for every award when watch lists changed). Commits."""
    from db.procurements import refresh

    counts = refresh(conn, designations_changed=designations_changed)
    conn.commit()
    return counts


def open_run(conn: psycopg.Connection, source_id: str, *, args: dict[str, Any], demo: bool,
             kind: str = "procurement") -> int:
    return store.open_run(conn, source_id, args=args, demo=demo, kind=kind)


def close_run(conn: psycopg.Connection, run_id: int, *, status: str, stats: dict[str, Any]) -> None:
    store.close_run(conn, run_id, status=status, stats=stats)


def record_error(conn: psycopg.Connection, run_id: int | None, *, url: str | None, stage: str, error: str,
                 document_id: int | None = None, http_status: int | None = None,
                 source_id: str | None = None) -> None:
    store.record_error(conn, run_id, url=url, stage=stage, error=error, document_id=document_id,
                       http_status=http_status, source_id=source_id)


def known_notices(conn: psycopg.Connection, source_id: str) -> dict[str, KnownNotice]:
    return store.known_notices(conn, source_id)


def mark_seen(conn: psycopg.Connection, source_id: str, source_notice_ids: Iterable[str], seen_at: datetime) -> int:
    return store.mark_seen(conn, source_id, source_notice_ids, seen_at)


def mark_removed(conn: psycopg.Connection, source_id: str, source_notice_id: str, *, reason: str, on: date,
                 document_id: int | None = None) -> bool:
    return store.mark_removed(conn, source_id, source_notice_id, reason=reason, on=on, document_id=document_id)
