"""The write path: runs, archived documents, errors, notices with versions, enrichment rows, organisations.

Every function takes an open psycopg connection and leaves transaction control to the caller, except where a
docstring says otherwise. Upserts are keyed by (source, source notice id): the same input twice changes nothing,
changed content adds a version and keeps the old one, and replaced enrichment is kept in enrichment_history.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, overload

from psycopg.types.json import Jsonb

from db.copy import copy_rows
from db.fetch import one

# Organisations live in db/organisations.py; re-exported (`name as name`: explicit for type checkers) because
# db.registry, db.watchlists and tests import them here.
from db.organisations import _identifiers_json as _identifiers_json
from db.organisations import ensure_named_org as ensure_named_org
from db.organisations import ensure_subsidiary_org as ensure_subsidiary_org
from db.organisations import normalised_name as normalised_name
from db.organisations import resolve_party_org as resolve_party_org
from db.organisations import sync_vendor_registry as sync_vendor_registry

# Derived rows (db/rows.py) and the reprocess selection (db/selection.py) are re-exported: callers know them here.
from db.rows import AMOUNT_COLUMNS as AMOUNT_COLUMNS
from db.rows import FX_COLUMNS as FX_COLUMNS
from db.rows import PARTY_COLUMNS as PARTY_COLUMNS
from db.rows import PLACE_COLUMNS as PLACE_COLUMNS
from db.rows import TAG_COLUMNS as TAG_COLUMNS
from db.rows import amount_rows as amount_rows
from db.rows import party_rows as party_rows
from db.rows import place_row as place_row
from db.rows import tag_rows as tag_rows
from db.selection import count_notices as count_notices
from db.selection import notice_id_batches as notice_id_batches

if TYPE_CHECKING:
    import psycopg

    from enrich.model import Enrichment, Fx, Span


# --- sources, runs, documents, errors ---------------------------------------------------------------------------

#: (backend pid, database, source id) of sources a connection found committed: ensure_source skips them.
_SOURCES_SEEN: set[tuple[int, str, str]] = set()


def ensure_source(conn: psycopg.Connection, source_id: str, *, kind: str = "procurement",
                  title: str | None = None, homepage: str | None = None) -> None:
    if title is None and homepage is None:
        # Every notice and document calls this: DO NOTHING neither rewrites the row nor locks it (concurrent
        # writers of one source - a crawl's writer thread, its archive, other crawlers - never wait on it), and
        # once a connection has seen the row committed it does not ask again (sources are never deleted).
        key = (conn.info.backend_pid, conn.info.dbname, source_id)
        if key in _SOURCES_SEEN:
            return
        inserted = conn.execute("INSERT INTO sources (id, kind) VALUES (%s, %s) ON CONFLICT (id) DO NOTHING "
                                "RETURNING id", (source_id, kind)).fetchone()
        if inserted is None:  # it was there already (committed): safe to remember
            _SOURCES_SEEN.add(key)
        return
    conn.execute(
        """INSERT INTO sources (id, kind, title, homepage) VALUES (%s, %s, %s, %s)
           ON CONFLICT (id) DO UPDATE SET title = COALESCE(EXCLUDED.title, sources.title),
                                          homepage = COALESCE(EXCLUDED.homepage, sources.homepage)""",
        (source_id, kind, title, homepage),
    )


def this_process() -> tuple[int, str]:
    """(pid, host name) recorded with a run, so that a later command can tell whether its process still lives."""
    import os
    import socket

    return os.getpid(), socket.gethostname()


def open_run(conn: psycopg.Connection, source_id: str, *, args: dict[str, Any], demo: bool,
             kind: str = "procurement") -> int:
    ensure_source(conn, source_id, kind=kind)
    pid, host = this_process()
    run_id: int = one(conn.execute(
        """INSERT INTO crawl_runs (source_id, args, demo, pid, host, heartbeat_at)
           VALUES (%s, %s, %s, %s, %s, now()) RETURNING id""",
        (source_id, Jsonb(args), demo, pid, host),
    ))[0]
    return run_id


def close_run(conn: psycopg.Connection, run_id: int, *, status: str, stats: dict[str, Any]) -> None:
    conn.execute(
        "UPDATE crawl_runs SET finished_at = now(), status = %s, stats = %s WHERE id = %s",
        (status, Jsonb(_jsonable(stats)), run_id),
    )


def heartbeat_run(conn: psycopg.Connection, run_id: int, stats: dict[str, Any]) -> None:
    """A running run's progress so far (what an interrupted run is left with). A run that a concurrent command
    wrongly marked interrupted (its process was alive after all) is running again."""
    conn.execute(
        """UPDATE crawl_runs SET heartbeat_at = now(), stats = %s, status = 'running', finished_at = NULL
           WHERE id = %s AND status IN ('running', 'interrupted')""",
        (Jsonb(_jsonable(stats)), run_id),
    )


def running_runs(conn: psycopg.Connection, host: str) -> list[tuple[int, int | None, datetime]]:
    """(run id, pid, started_at) of the runs this host's processes left 'running'."""
    return conn.execute(
        "SELECT id, pid, started_at FROM crawl_runs WHERE status = 'running' AND host = %s ORDER BY id",
        (host,)).fetchall()


def mark_interrupted(conn: psycopg.Connection, run_id: int, reason: str) -> bool:
    """Close a run whose process died: status 'interrupted', finished_at = its last sign of life, the stats it
    last reported kept (how far it got) plus when and why it was found dead. False when it closed meanwhile."""
    return conn.execute(
        """UPDATE crawl_runs
           SET status = 'interrupted', finished_at = coalesce(heartbeat_at, started_at),
               stats = stats || jsonb_build_object('interrupted',
                                                   jsonb_build_object('detected_at', now(), 'reason', %s::text))
           WHERE id = %s AND status = 'running'""",
        (reason, run_id)).rowcount == 1


@dataclass(frozen=True)
class DocumentRef:
    id: int
    sha256: str
    path: str


def record_document(conn: psycopg.Connection, *, url: str, sha256: str, archive_path: str, byte_size: int,
                    fetched_at: datetime, source_id: str | None = None, run_id: int | None = None,
                    http_status: int | None = None, content_type: str | None = None,
                    request_method: str = "GET", request_body: str | None = None,
                    headers: dict[str, Any] | None = None) -> DocumentRef:
    """Record archived bytes fetched from `url`; re-fetching identical bytes only bumps last_fetched_at."""
    if source_id:
        ensure_source(conn, source_id)
    row = one(conn.execute(
        """INSERT INTO documents (source_id, url, request_method, request_body, http_status, content_type,
                                  byte_size, sha256, archive_path, headers, first_fetched_at, last_fetched_at,
                                  first_run_id)
           VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
           ON CONFLICT (url, request_method, sha256) DO UPDATE
               SET last_fetched_at = GREATEST(documents.last_fetched_at, EXCLUDED.last_fetched_at),
                   fetch_count = documents.fetch_count + 1
           RETURNING id""",
        (source_id, url, request_method, request_body, http_status, content_type, byte_size, sha256,
         archive_path, Jsonb(headers or {}), fetched_at, fetched_at, run_id),
    ))
    return DocumentRef(row[0], sha256, archive_path)


def record_error(conn: psycopg.Connection, run_id: int | None, *, url: str | None, stage: str, error: str,
                 source_id: str | None = None, document_id: int | None = None,
                 http_status: int | None = None) -> None:
    if source_id is None and run_id is not None:
        source_id = one(conn.execute("SELECT source_id FROM crawl_runs WHERE id = %s", (run_id,)))[0]
    conn.execute(
        """INSERT INTO crawl_errors (run_id, source_id, url, stage, http_status, error, document_id)
           VALUES (%s, %s, %s, %s, %s, %s, %s)""",
        (run_id, source_id, url, stage, http_status, error[:2000], document_id),
    )


# --- notices -----------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class NoticeFields:
    """What the write path needs to know about one notice (the stored text is already normalised)."""

    source_id: str
    source_notice_id: str
    url: str
    kind: str
    title: str
    text: str
    published: date | None
    language: str | None
    country: str | None
    demo: bool
    document_id: int | None
    #: Structured source fields (procedure, tenders received, values per lot…) as published; not part of the
    #: content hash because every fact is also rendered as a labelled line of the text.
    facts: dict[str, Any] = field(default_factory=dict)

    @property
    def content_sha256(self) -> str:
        material = "\x1f".join([self.text, self.kind, self.published.isoformat() if self.published else ""])
        return hashlib.sha256(material.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class KnownNotice:
    id: int
    content_sha256: str
    status: str
    url: str


def upsert_notice(conn: psycopg.Connection, fields: NoticeFields, enrichment: Enrichment,
                  seen_at: datetime | None = None) -> str:
    """Insert or update one notice; returns 'inserted', 'updated' or 'unchanged'."""
    seen_at = seen_at or datetime.now(UTC)
    sha = fields.content_sha256
    ensure_source(conn, fields.source_id)
    existing = conn.execute(
        """SELECT id, content_sha256, version, status FROM notices
           WHERE source_id = %s AND source_notice_id = %s FOR UPDATE""",
        (fields.source_id, fields.source_notice_id),
    ).fetchone()
    country = fields.country or (enrichment.place.country if enrichment.place else None)
    if existing is None:
        notice_id = one(conn.execute(
            """INSERT INTO notices (source_id, source_notice_id, url, kind, title, text, published_on, language,
                                    country, first_seen, last_seen, content_sha256, document_id, demo,
                                    surveillance, classifier_version, enriched_at, facts)
               VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, now(), %s)
               RETURNING id""",
            (fields.source_id, fields.source_notice_id, fields.url, fields.kind, fields.title, fields.text,
             fields.published, enrichment.language or fields.language, country, seen_at, seen_at, sha,
             fields.document_id, fields.demo, enrichment.surveillance, enrichment.classifier_version,
             Jsonb(_jsonable(fields.facts))),
        ))[0]
        _insert_version(conn, notice_id, 1, fields, sha, seen_at)
        _add_event(conn, notice_id, "first_seen", seen_at.date(), version=1, document_id=fields.document_id)
        write_enrichment(conn, notice_id, enrichment, keep_history=False, fresh=True)
        return "inserted"

    notice_id, old_sha, version, status = existing
    if old_sha == sha:
        conn.execute(
            """UPDATE notices SET last_seen = GREATEST(last_seen, %s),
                                  status = CASE WHEN status = 'removed'
                                                THEN CASE WHEN version > 1 THEN 'amended' ELSE 'live' END
                                                ELSE status END,
                                  removed_on = NULL, removed_reason = NULL
               WHERE id = %s""",
            (seen_at, notice_id),
        )
        if status == "removed":
            _add_event(conn, notice_id, "reappeared", seen_at.date(), version=version)
        return "unchanged"

    new_version = version + 1
    conn.execute(
        """UPDATE notices SET url = %s, kind = %s, title = %s, text = %s, published_on = %s, language = %s,
                              country = %s, last_seen = GREATEST(last_seen, %s), status = 'amended',
                              removed_on = NULL, removed_reason = NULL, content_sha256 = %s, version = %s,
                              document_id = COALESCE(%s, document_id), surveillance = %s,
                              classifier_version = %s, enriched_at = now(), facts = %s
           WHERE id = %s""",
        (fields.url, fields.kind, fields.title, fields.text, fields.published,
         enrichment.language or fields.language, country, seen_at, sha, new_version, fields.document_id,
         enrichment.surveillance, enrichment.classifier_version, Jsonb(_jsonable(fields.facts)), notice_id),
    )
    _insert_version(conn, notice_id, new_version, fields, sha, seen_at)
    _add_event(conn, notice_id, "amended", seen_at.date(), version=new_version, document_id=fields.document_id)
    write_enrichment(conn, notice_id, enrichment, keep_history=True, replaced_version=version)
    return "updated"


def _insert_version(conn: psycopg.Connection, notice_id: int, version: int, fields: NoticeFields, sha: str,
                    seen_at: datetime) -> None:
    conn.execute(
        """INSERT INTO notice_versions (notice_id, version, title, text, url, kind, published_on, content_sha256,
                                        document_id, seen_at, facts)
           VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)""",
        (notice_id, version, fields.title, fields.text, fields.url, fields.kind, fields.published, sha,
         fields.document_id, seen_at, Jsonb(_jsonable(fields.facts))),
    )


def _add_event(conn: psycopg.Connection, notice_id: int, event: str, on: date, *, reason: str | None = None,
               version: int | None = None, document_id: int | None = None) -> None:
    conn.execute(
        """INSERT INTO notice_events (notice_id, event, occurred_on, reason, version, document_id)
           VALUES (%s, %s, %s, %s, %s, %s)""",
        (notice_id, event, on, reason, version, document_id),
    )


def known_notices(conn: psycopg.Connection, source_id: str) -> dict[str, KnownNotice]:
    rows = conn.execute(
        "SELECT source_notice_id, id, content_sha256, status, url FROM notices WHERE source_id = %s",
        (source_id,),
    ).fetchall()
    return {row[0]: KnownNotice(row[1], row[2], row[3], row[4]) for row in rows}


def mark_seen(conn: psycopg.Connection, source_id: str, source_notice_ids: Iterable[str],
              seen_at: datetime) -> int:
    ids = list(source_notice_ids)
    if not ids:
        return 0
    return conn.execute(
        """UPDATE notices SET last_seen = GREATEST(last_seen, %s)
           WHERE source_id = %s AND source_notice_id = ANY(%s)""",
        (seen_at, source_id, ids),
    ).rowcount


def mark_removed(conn: psycopg.Connection, source_id: str, source_notice_id: str, *, reason: str, on: date,
                 document_id: int | None = None) -> bool:
    """Mark a notice removed from its source (the takedown ledger); its text and archive stay. True if changed."""
    row = conn.execute(
        """UPDATE notices SET status = 'removed', removed_on = %s, removed_reason = %s
           WHERE source_id = %s AND source_notice_id = %s AND status <> 'removed'
           RETURNING id, version""",
        (on, reason, source_id, source_notice_id),
    ).fetchone()
    if row is None:
        return False
    _add_event(conn, row[0], "removed", on, reason=reason, version=row[1], document_id=document_id)
    return True


# --- enrichment rows -----------------------------------------------------------------------------------------

def enrichment_json(enrichment: Enrichment) -> dict[str, Any]:
    """A comparable, storable snapshot of an enrichment result."""
    @overload
    def span(s: Span) -> dict[str, int | str]: ...
    @overload
    def span(s: Span | None) -> dict[str, int | str] | None: ...
    def span(s: Span | None) -> dict[str, int | str] | None:
        return None if s is None else {"start": s.start, "end": s.end, "text": s.text}

    place = enrichment.place
    return {
        "classifier_version": enrichment.classifier_version,
        "language": enrichment.language,
        "tags": [{"id": t.taxonomy_id, "rule": t.rule_id, **span(t.evidence)} for t in enrichment.tags],
        "parties": [{"role": p.role, "name": p.name, "vendor_id": p.vendor_id, "method": p.match_method,
                     "score": p.match_score, "subsidiary": p.subsidiary, **span(p.evidence),
                     **({"identifiers": _identifiers_json(p)} if getattr(p, "identifiers", ()) else {}),
                     **({"decided_by": p.decided_by} if getattr(p, "decided_by", None) else {})}
                    for p in enrichment.parties],
        "amounts": [{"value": None if a.value is None else str(a.value), "currency": a.currency, "kind": a.kind,
                     "lot": a.lot, "headline": a == enrichment.headline_amount, **span(a.evidence), **_fx_json(a.fx)}
                    for a in enrichment.amounts],
        "flags": [{"id": f.indicator_id, "evidence": f.summary, "span": span(f.evidence)} for f in enrichment.flags],
        "procurement": None if enrichment.procurement is None else _jsonable(asdict(enrichment.procurement)),
        "place": None if place is None else {
            "country": place.country, "admin1": place.admin1, "admin2": place.admin2, "admin3": place.admin3,
            "adcode": place.adcode, "city": place.city, "lat": place.lat, "lon": place.lon,
            "precision": place.precision, "method": place.method, "evidence": span(place.evidence)},
        **({"purchase_state": {"state": state.state, "evidence": span(state.evidence)}}  # r32_money32: only when set
           if (state := getattr(enrichment, "purchase_state", None)) is not None else {}),
    }


def _fx_json(fx: Fx | None) -> dict[str, Any]:
    if fx is None:
        return {}
    return {"usd": None if fx.usd is None else str(fx.usd), "eur": None if fx.eur is None else str(fx.eur),
            "fx_date": fx.rate_date.isoformat() if fx.rate_date else None, "fx_note": fx.note}


def _stored_enrichment(conn: psycopg.Connection, notice_id: int) -> dict[str, Any] | None:
    row = conn.execute("SELECT enrichment FROM enrichment_snapshots WHERE notice_id = %s", (notice_id,)).fetchone()
    return row[0] if row else None


def write_enrichment(conn: psycopg.Connection, notice_id: int, enrichment: Enrichment, *,
                     keep_history: bool = True, replaced_version: int | None = None, fresh: bool = False) -> bool:
    """Replace the derived rows of a notice; the previous result goes to enrichment_history. True if changed.

    `fresh` says the notice was just inserted, so there is nothing to compare, keep or delete.
    """
    snapshot = enrichment_json(enrichment)
    previous = None if fresh else _stored_enrichment(conn, notice_id)
    if previous == json.loads(json.dumps(snapshot)):
        return False
    if previous is not None and keep_history:
        version = replaced_version or one(conn.execute(
            "SELECT version FROM notices WHERE id = %s", (notice_id,)))[0]
        conn.execute(
            """INSERT INTO enrichment_history (notice_id, notice_version, classifier_version, enrichment)
               VALUES (%s, %s, %s, %s)""",
            (notice_id, version, previous.get("classifier_version"), Jsonb(previous)),
        )
    for table in () if fresh else ("technology_tags", "notice_parties", "amounts", "places"):
        conn.execute(f"DELETE FROM {table} WHERE notice_id = %s", (notice_id,))  # noqa: S608 - fixed names
    conn.execute(
        """INSERT INTO enrichment_snapshots (notice_id, enrichment) VALUES (%s, %s)
           ON CONFLICT (notice_id) DO UPDATE SET enrichment = EXCLUDED.enrichment""",
        (notice_id, Jsonb(snapshot)),
    )
    version = enrichment.classifier_version
    with conn.cursor() as cur:
        copy_rows(cur, "technology_tags", TAG_COLUMNS, tag_rows(notice_id, enrichment))
        copy_rows(cur, "notice_parties", PARTY_COLUMNS, party_rows(conn, notice_id, enrichment))
        copy_rows(cur, "amounts", AMOUNT_COLUMNS, amount_rows(notice_id, enrichment))
    place = place_row(notice_id, enrichment)
    if place is not None:
        conn.execute(f"INSERT INTO places ({', '.join(PLACE_COLUMNS)}) "  # noqa: S608 - fixed names
                     f"VALUES ({', '.join(['%s'] * len(PLACE_COLUMNS))})", place)
    from db.integrity import write_notice_flags
    from db.procurements import write_link

    if enrichment.procurement is not None:
        write_link(conn, notice_id, enrichment.procurement, version)
    write_notice_flags(conn, notice_id, enrichment.flags, version)
    state = _purchase_state_row(enrichment)
    if fresh:
        if state[0] is not None:
            conn.execute("""UPDATE notices SET purchase_state = %s, purchase_state_evidence = %s,
                                               purchase_state_start = %s, purchase_state_end = %s WHERE id = %s""",
                         (*state, notice_id))
        return True
    conn.execute(
        """UPDATE notices SET surveillance = %s, classifier_version = %s, enriched_at = now(),
                              language = COALESCE(language, %s),
                              country = COALESCE(country, %s),
                              purchase_state = %s, purchase_state_evidence = %s,
                              purchase_state_start = %s, purchase_state_end = %s
           WHERE id = %s""",
        (enrichment.surveillance, version, enrichment.language,
         enrichment.place.country if enrichment.place else None, *state, notice_id),
    )
    return True


def _purchase_state_row(enrichment: Enrichment) -> tuple[str | None, str | None, int | None, int | None]:
    """notices.purchase_state and its clause (migration 0011): "withdrawn" or all null."""
    state = getattr(enrichment, "purchase_state", None)
    if state is None:
        return None, None, None, None
    evidence = state.evidence
    return (state.state, *((evidence.text, evidence.start, evidence.end) if evidence else (None, None, None)))


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str))






def reference_version(conn: psycopg.Connection, name: str) -> str | None:
    row = conn.execute("SELECT version FROM reference_data WHERE name = %s", (name,)).fetchone()
    return row[0] if row else None


def set_reference_version(conn: psycopg.Connection, name: str, version: str) -> None:
    conn.execute(
        """INSERT INTO reference_data (name, version) VALUES (%s, %s)
           ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version, loaded_at = now()""",
        (name, version),
    )


# --- reprocessing ---------------------------------------------------------------------------------------------

def notice_ids(conn: psycopg.Connection, source: str | None = None) -> list[int]:
    """Ids of every stored notice (of one source), in id order."""
    return [row[0] for row in conn.execute(
        "SELECT id FROM notices WHERE (%(s)s::text IS NULL OR source_id = %(s)s) ORDER BY id", {"s": source})]


def unenriched_notice_ids(conn: psycopg.Connection) -> list[int]:
    """Notices never enriched (e.g. split off by the identity repair of migration 0005), in id order."""
    return [row[0] for row in conn.execute("SELECT id FROM notices WHERE classifier_version IS NULL ORDER BY id")]


def notices_to_enrich(conn: psycopg.Connection, ids: list[int]) -> list[tuple[Any, ...]]:
    """(id, title, text, language, published_on, country, source_id, current enrichment snapshot, facts, kind)
    per notice."""
    return conn.execute(
        """SELECT n.id, n.title, n.text, n.language, n.published_on, n.country, n.source_id, s.enrichment,
                  n.facts, n.kind
           FROM notices n LEFT JOIN enrichment_snapshots s ON s.notice_id = n.id
           WHERE n.id = ANY(%s) ORDER BY n.id""", (ids,)).fetchall()
