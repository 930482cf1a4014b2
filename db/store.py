"""The write path: runs, archived documents, errors, notices with versions, enrichment rows, organisations.

Every function takes an open psycopg connection and leaves transaction control to the caller, except where a
docstring says otherwise. Upserts are keyed by (source, source notice id): the same input twice changes nothing,
changed content adds a version and keeps the old one, and replaced enrichment is kept in enrichment_history.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING, Any, Iterable

from psycopg.types.json import Jsonb

from db.copy import copy_rows

if TYPE_CHECKING:
    import psycopg

    from enrich.model import Enrichment


# --- sources, runs, documents, errors ---------------------------------------------------------------------------

def ensure_source(conn: psycopg.Connection, source_id: str, *, kind: str = "procurement",
                  title: str | None = None, homepage: str | None = None) -> None:
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


def open_run(conn: psycopg.Connection, source_id: str, *, args: dict, demo: bool,
             kind: str = "procurement") -> int:
    ensure_source(conn, source_id, kind=kind)
    pid, host = this_process()
    return conn.execute(
        """INSERT INTO crawl_runs (source_id, args, demo, pid, host, heartbeat_at)
           VALUES (%s, %s, %s, %s, %s, now()) RETURNING id""",
        (source_id, Jsonb(args), demo, pid, host),
    ).fetchone()[0]


def close_run(conn: psycopg.Connection, run_id: int, *, status: str, stats: dict) -> None:
    conn.execute(
        "UPDATE crawl_runs SET finished_at = now(), status = %s, stats = %s WHERE id = %s",
        (status, Jsonb(_jsonable(stats)), run_id),
    )


def heartbeat_run(conn: psycopg.Connection, run_id: int, stats: dict) -> None:
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
                    headers: dict | None = None) -> DocumentRef:
    """Record archived bytes fetched from `url`; re-fetching identical bytes only bumps last_fetched_at."""
    if source_id:
        ensure_source(conn, source_id)
    row = conn.execute(
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
    ).fetchone()
    return DocumentRef(row[0], sha256, archive_path)


def record_error(conn: psycopg.Connection, run_id: int | None, *, url: str | None, stage: str, error: str,
                 source_id: str | None = None, document_id: int | None = None,
                 http_status: int | None = None) -> None:
    if source_id is None and run_id is not None:
        source_id = conn.execute("SELECT source_id FROM crawl_runs WHERE id = %s", (run_id,)).fetchone()[0]
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
    facts: dict = field(default_factory=dict)

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
    seen_at = seen_at or datetime.now(timezone.utc)
    sha = fields.content_sha256
    ensure_source(conn, fields.source_id)
    existing = conn.execute(
        """SELECT id, content_sha256, version, status FROM notices
           WHERE source_id = %s AND source_notice_id = %s FOR UPDATE""",
        (fields.source_id, fields.source_notice_id),
    ).fetchone()
    country = fields.country or (enrichment.place.country if enrichment.place else None)
    if existing is None:
        notice_id = conn.execute(
            """INSERT INTO notices (source_id, source_notice_id, url, kind, title, text, published_on, language,
                                    country, first_seen, last_seen, content_sha256, document_id, demo,
                                    surveillance, classifier_version, enriched_at, facts)
               VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, now(), %s)
               RETURNING id""",
            (fields.source_id, fields.source_notice_id, fields.url, fields.kind, fields.title, fields.text,
             fields.published, enrichment.language or fields.language, country, seen_at, seen_at, sha,
             fields.document_id, fields.demo, enrichment.surveillance, enrichment.classifier_version,
             Jsonb(_jsonable(fields.facts))),
        ).fetchone()[0]
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


def _insert_version(conn, notice_id: int, version: int, fields: NoticeFields, sha: str, seen_at: datetime) -> None:
    conn.execute(
        """INSERT INTO notice_versions (notice_id, version, title, text, url, kind, published_on, content_sha256,
                                        document_id, seen_at, facts)
           VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)""",
        (notice_id, version, fields.title, fields.text, fields.url, fields.kind, fields.published, sha,
         fields.document_id, seen_at, Jsonb(_jsonable(fields.facts))),
    )


def _add_event(conn, notice_id: int, event: str, on: date, *, reason: str | None = None,
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
    def span(s):
        return None if s is None else {"start": s.start, "end": s.end, "text": s.text}

    place = enrichment.place
    return {
        "classifier_version": enrichment.classifier_version,
        "language": enrichment.language,
        "tags": [{"id": t.taxonomy_id, "rule": t.rule_id, **span(t.evidence)} for t in enrichment.tags],
        "parties": [{"role": p.role, "name": p.name, "vendor_id": p.vendor_id, "method": p.match_method,
                     "score": p.match_score, "subsidiary": p.subsidiary, **span(p.evidence),
                     **({"identifiers": _identifiers_json(p)} if getattr(p, "identifiers", ()) else {})}
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
    }


def _fx_json(fx) -> dict[str, Any]:
    if fx is None:
        return {}
    return {"usd": None if fx.usd is None else str(fx.usd), "eur": None if fx.eur is None else str(fx.eur),
            "fx_date": fx.rate_date.isoformat() if fx.rate_date else None, "fx_note": fx.note}


def _stored_enrichment(conn, notice_id: int) -> dict[str, Any] | None:
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
        version = replaced_version or conn.execute(
            "SELECT version FROM notices WHERE id = %s", (notice_id,)).fetchone()[0]
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
        copy_rows(cur, "technology_tags",
                  ("notice_id", "taxonomy_id", "evidence", "start_offset", "end_offset", "rule_id",
                   "classifier_version"),
                  [(notice_id, t.taxonomy_id, t.evidence.text, t.evidence.start, t.evidence.end, t.rule_id,
                    version) for t in enrichment.tags])
        country = enrichment.place.country if enrichment.place else None
        party_rows = []
        for party in enrichment.parties:
            org_id, method = resolve_party_org(conn, party, country, notice_id=notice_id)
            party_rows.append((notice_id, party.role, party.name, org_id, method, party.match_score,
                               party.evidence.start, party.evidence.end, version,
                               json.dumps(_identifiers_json(party), ensure_ascii=False)))
        copy_rows(cur, "notice_parties",
                  ("notice_id", "role", "raw_name", "org_id", "match_method", "match_score", "start_offset",
                   "end_offset", "classifier_version", "identifiers"),
                  party_rows)
        headline = enrichment.headline_amount
        rows = [(a, a == headline) for a in enrichment.amounts]
        if headline is not None and not any(is_headline for _, is_headline in rows):
            rows.append((headline, True))  # a sum of lots: stored as its own row, citing the lot amounts
        copy_rows(cur, "amounts",
                  ("notice_id", "value", "currency", "kind", "lot", "is_headline", "evidence", "start_offset",
                   "end_offset", "classifier_version", *FX_COLUMNS),
                  [(notice_id, a.value, a.currency, a.kind, a.lot, is_headline, a.evidence.text,
                    a.evidence.start, a.evidence.end, version, *_fx_row(a.fx)) for a, is_headline in rows])
    place = enrichment.place
    if place is not None:
        ev = place.evidence
        conn.execute(
            """INSERT INTO places (notice_id, country, admin1, admin1_code, admin2, admin2_code, admin3,
                                   admin3_code, adcode, city, lat, lon, precision, method, evidence,
                                   start_offset, end_offset, classifier_version)
               VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)""",
            (notice_id, place.country, place.admin1, place.admin1_code, place.admin2, place.admin2_code,
             place.admin3, place.admin3_code, place.adcode, place.city, place.lat, place.lon, place.precision,
             place.method, ev.text if ev else None, ev.start if ev else None, ev.end if ev else None, version),
        )
    from db.integrity import write_notice_flags
    from db.procurements import write_link

    if enrichment.procurement is not None:
        write_link(conn, notice_id, enrichment.procurement, version)
    write_notice_flags(conn, notice_id, enrichment.flags, version)
    if fresh:
        return True
    conn.execute(
        """UPDATE notices SET surveillance = %s, classifier_version = %s, enriched_at = now(),
                              language = COALESCE(language, %s),
                              country = COALESCE(country, %s)
           WHERE id = %s""",
        (enrichment.surveillance, version, enrichment.language,
         enrichment.place.country if enrichment.place else None, notice_id),
    )
    return True


# --- organisations ---------------------------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")


def normalised_name(name: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", name)).strip().casefold()


def _identifiers_json(party) -> list[dict[str, Any]]:
    return [{"scheme": i.scheme, "value": i.value, "start": i.evidence.start if i.evidence else None,
             "end": i.evidence.end if i.evidence else None} for i in getattr(party, "identifiers", ())]


def resolve_party_org(conn: psycopg.Connection, party, country: str | None, *,
                      notice_id: int | None = None) -> tuple[int, str]:
    """The organisation a party refers to: the one that holds an identifier the notice states for it (PRC unified
    social credit code, VAT, Companies House, UEI … - enrich/identifiers.py), else a registry vendor when resolved,
    else one keyed by its name. The party's identifiers are then recorded on that organisation (citing the
    notice), so that the next notice printing them resolves to it whatever name it writes."""
    identifiers = [(i.scheme, i.value) for i in getattr(party, "identifiers", ())]
    if identifiers and party.role != "mentioned":
        row = conn.execute(
            """SELECT org_id FROM organisation_identifiers
               WHERE (scheme, value) IN (SELECT * FROM unnest(%s::text[], %s::text[]))
               ORDER BY (source = 'registry') DESC, id LIMIT 1""",
            ([s for s, _ in identifiers], [v for _, v in identifiers])).fetchone()
        if row:
            return row[0], "identifier"
    org_id, method = _resolve_party_org_by_name(conn, party, country)
    if identifiers and party.role != "mentioned":
        conn.execute(
            """INSERT INTO organisation_identifiers (org_id, scheme, value, citation, source)
               SELECT %s, s, v, %s, 'notice' FROM unnest(%s::text[], %s::text[]) AS t(s, v)
               WHERE NOT EXISTS (SELECT 1 FROM organisation_identifiers o WHERE o.scheme = t.s AND o.value = t.v)
               ON CONFLICT DO NOTHING""",
            (org_id, f"notice {notice_id}" if notice_id else "notice",
             [s for s, _ in identifiers], [v for _, v in identifiers]))
    return org_id, method


def _resolve_party_org_by_name(conn: psycopg.Connection, party, country: str | None) -> tuple[int, str]:
    if party.vendor_id:
        row = conn.execute("SELECT id, country FROM organisations WHERE vendor_id = %s",
                           (party.vendor_id,)).fetchone()
        if row and getattr(party, "subsidiary", None):
            # A subsidiary or brand is its own organisation under the vendor: designations of the parent reach it
            # only where the list says so (designation_coverage).
            org_id = ensure_subsidiary_org(conn, row[0], party.subsidiary, country=row[1])
            return org_id, f"{party.match_method or 'exact_alias'}+registry_subsidiary"
        if row:
            return row[0], party.match_method or "exact_alias"
    org_id = ensure_named_org(conn, party.name, country=country if party.role == "buyer" else None,
                              is_vendor=party.role != "buyer")
    return org_id, party.match_method or "new"


def ensure_named_org(conn: psycopg.Connection, name: str, *, country: str | None, is_vendor: bool,
                     source: str = "notice") -> int:
    key = f"name:{country or ''}:{normalised_name(name)}"
    row = conn.execute(
        """INSERT INTO organisations (match_key, canonical_name, country, is_vendor) VALUES (%s, %s, %s, %s)
           ON CONFLICT (match_key) DO UPDATE SET is_vendor = organisations.is_vendor OR EXCLUDED.is_vendor
           RETURNING id""",
        (key, name.strip(), country, is_vendor),
    ).fetchone()
    conn.execute(
        """INSERT INTO organisation_names (org_id, name, name_type, source) VALUES (%s, %s, 'as_written', %s)
           ON CONFLICT (org_id, name) DO NOTHING""",
        (row[0], name.strip(), source),
    )
    return row[0]


def ensure_subsidiary_org(conn: psycopg.Connection, parent_org_id: int, name: str, *, country: str | None,
                          source: str = "registry", relation: str = "subsidiary") -> int:
    """The organisation for a registry subsidiary/brand name, linked to its parent vendor's organisation."""
    org_id = ensure_named_org(conn, name, country=country, is_vendor=True, source=source)
    conn.execute(
        """INSERT INTO organisation_links (parent_id, child_id, relation, citation)
           VALUES (%s, %s, %s, 'vendor registry (enrich/data/vendors.yaml)') ON CONFLICT DO NOTHING""",
        (parent_org_id, org_id, _relation(relation)),
    )
    conn.execute("UPDATE organisations SET parent_id = COALESCE(parent_id, %s) WHERE id = %s AND id <> %s",
                 (parent_org_id, org_id, parent_org_id))
    return org_id


def sync_vendor_registry(conn: psycopg.Connection, vendors: Iterable[Any], version: str) -> bool:
    """Load the reviewed vendor registry into organisations (names, identifiers, parents). True if it ran."""
    loaded = conn.execute("SELECT version FROM reference_data WHERE name = 'vendors'").fetchone()
    if loaded and loaded[0] == version:
        return False
    vendors = list(vendors)
    ids: dict[str, int] = {}
    for vendor in vendors:
        ids[vendor.id] = conn.execute(
            """INSERT INTO organisations (match_key, vendor_id, canonical_name, country, is_vendor, citations,
                                          updated_at)
               VALUES (%s, %s, %s, %s, true, %s, now())
               ON CONFLICT (match_key) DO UPDATE SET canonical_name = EXCLUDED.canonical_name,
                   country = EXCLUDED.country, citations = EXCLUDED.citations, is_vendor = true,
                   updated_at = now()
               RETURNING id""",
            (f"vendor:{vendor.id}", vendor.id, vendor.canonical_name, vendor.country,
             Jsonb(list(vendor.citations))),
        ).fetchone()[0]
    with conn.cursor() as cur:
        for vendor in vendors:
            org_id = ids[vendor.id]
            cur.executemany(
                """INSERT INTO organisation_names (org_id, name, name_type, lang, source)
                   VALUES (%s, %s, %s, %s, 'registry')
                   ON CONFLICT (org_id, name) DO UPDATE SET name_type = EXCLUDED.name_type, lang = EXCLUDED.lang""",
                [(org_id, n.name, n.type, n.lang) for n in vendor.names],
            )
            cur.executemany(
                """INSERT INTO organisation_identifiers (org_id, scheme, value, citation) VALUES (%s, %s, %s, %s)
                   ON CONFLICT (scheme, value, org_id) DO UPDATE SET citation = EXCLUDED.citation""",
                [(org_id, i["scheme"], str(i["value"]), i.get("citation") or (vendor.citations or [None])[0])
                 for i in vendor.identifiers],
            )
        for vendor in vendors:
            if vendor.parent and vendor.parent in ids:
                conn.execute("UPDATE organisations SET parent_id = %s WHERE id = %s",
                             (ids[vendor.parent], ids[vendor.id]))
                conn.execute(
                    """INSERT INTO organisation_links (parent_id, child_id, relation, citation)
                       VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING""",
                    (ids[vendor.parent], ids[vendor.id], _relation(vendor.parent_relation),
                     (vendor.citations or [None])[0]),
                )
    conn.execute(
        """INSERT INTO reference_data (name, version) VALUES ('vendors', %s)
           ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version, loaded_at = now()""",
        (version,),
    )
    return True


def _jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str))


#: The conversion of each amount (enrich/fx.py), in the order `_fx_row` gives them.
FX_COLUMNS = ("usd_value", "eur_value", "usd_rate", "eur_rate", "usd_rate_date", "fx_basis", "fx_source", "fx_note")


def _fx_row(fx) -> tuple:
    if fx is None:
        return (None,) * len(FX_COLUMNS)
    return (fx.usd, fx.eur, fx.usd_rate, fx.eur_rate, fx.rate_date, fx.basis, fx.source, fx.note)




def _relation(value: str | None) -> str:
    return value if value in ("subsidiary", "brand", "division") else "subsidiary"


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


def notices_to_enrich(conn: psycopg.Connection, ids: list[int]) -> list[tuple]:
    """(id, title, text, language, published_on, country, source_id, current enrichment snapshot, facts, kind)
    per notice."""
    return conn.execute(
        """SELECT n.id, n.title, n.text, n.language, n.published_on, n.country, n.source_id, s.enrichment,
                  n.facts, n.kind
           FROM notices n LEFT JOIN enrichment_snapshots s ON s.notice_id = n.id
           WHERE n.id = ANY(%s) ORDER BY n.id""", (ids,)).fetchall()
