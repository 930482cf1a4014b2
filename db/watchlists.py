"""Watch lists and designations: the write path for list files, and the at-award-date questions.

Why one module: "did this buyer acquire from a vendor that was already on a list, and when?" depends on three
rules that must hold everywhere. (1) Designations come from the list files: an entry is upserted by
(list, the list's own entry id) and keeps its first_seen/last_seen and the archived file it was read from.
(2) Nothing is deleted: an end date in the list or an OpenSanctions DEL sets delisted_on; an entry that is merely
missing from a new full file gets missing_since (and delisted_on only for lists whose publisher documents that
absence means removal). Every change is a designation_events row. (3) A designation is in force on day D when
listed_on <= D < delisted_on, and it applies to the organisation it names, plus subsidiaries only where the list
itself says so (designation_coverage).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from psycopg.types.json import Jsonb

from db.fetch import one

if TYPE_CHECKING:
    import psycopg

    from enrich.lists import DeltaOp, ListEntry, Watchlist
    from enrich.vendors import Registry


@dataclass
class ListStoreResult:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    delisted: int = 0
    missing: int = 0
    matched: int = 0
    matched_vendors: set[str] = field(default_factory=set)

    def as_stats(self) -> dict[str, Any]:
        return {"inserted": self.inserted, "updated": self.updated, "unchanged": self.unchanged,
                "delisted": self.delisted, "missing": self.missing, "matched": self.matched,
                "matched_vendors": sorted(self.matched_vendors)}


# --- lists --------------------------------------------------------------------------------------------------------

def ensure_watchlist(conn: psycopg.Connection, watchlist: Watchlist) -> None:
    conn.execute(
        """INSERT INTO watchlists (id, name, authority, url, absence_is_delisting) VALUES (%s, %s, %s, %s, %s)
           ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, authority = COALESCE(EXCLUDED.authority,
               watchlists.authority), url = COALESCE(EXCLUDED.url, watchlists.url),
               absence_is_delisting = EXCLUDED.absence_is_delisting""",
        (watchlist.id, watchlist.name, watchlist.authority, watchlist.url, watchlist.absence_is_delisting),
    )


def sync_watchlists(conn: psycopg.Connection) -> None:
    """Load the reviewed list of lists (enrich/data/watchlists.csv)."""
    from enrich.lists import known_watchlists

    for watchlist in known_watchlists().values():
        ensure_watchlist(conn, watchlist)


def _ensure_lists(conn: psycopg.Connection, list_ids: Iterable[str], new: dict[str, Watchlist] | None) -> None:
    from enrich.lists import Watchlist, known_watchlists

    known = known_watchlists()
    for list_id in sorted(set(list_ids)):
        if list_id in known:
            ensure_watchlist(conn, known[list_id])
        elif new and list_id in new:
            ensure_watchlist(conn, new[list_id])
        elif list_id.startswith("os_"):
            ensure_watchlist(conn, Watchlist(id=list_id, name=f"OpenSanctions dataset {list_id[3:]}",
                                             authority="OpenSanctions (aggregated from the publisher)",
                                             url=f"https://www.opensanctions.org/datasets/{list_id[3:]}/"))
        else:
            ensure_watchlist(conn, Watchlist(id=list_id, name=list_id, authority=None, url=None))


# --- organisations for entries ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class OrgMatch:
    org_id: int
    method: str
    score: float
    matched_name: str


def _vendor_org(conn: psycopg.Connection, vendor_id: str) -> int | None:
    row = conn.execute("SELECT id FROM organisations WHERE vendor_id = %s", (vendor_id,)).fetchone()
    return row[0] if row else None


def _org_country(conn: psycopg.Connection, org_id: int) -> str | None:
    country: str | None = one(conn.execute("SELECT country FROM organisations WHERE id = %s", (org_id,)))[0]
    return country


def match_organisation(conn: psycopg.Connection, entry: ListEntry, registry: Registry | None = None
                       ) -> tuple[OrgMatch | None, str | None]:
    """(organisation, vendor id) a list entry names: registry vendors first, then organisations already known by
    exactly that name (same country when both are known). Individuals are never matched."""
    from db.store import ensure_subsidiary_org, normalised_name
    from enrich.lists import match_entry

    if entry.entity_type in ("individual", "vessel", "aircraft"):
        return None, None
    match = match_entry(entry, registry)
    if match is not None:
        vendor_org = _vendor_org(conn, match.vendor_id)
        if vendor_org is not None:
            if not match.subsidiary_name:
                return OrgMatch(vendor_org, match.method, match.score, match.matched_name), match.vendor_id
            # The list names a subsidiary the registry files under its parent: the designation belongs to the
            # subsidiary, so it gets its own organisation linked to the parent (never the parent itself).
            sub_org = ensure_subsidiary_org(conn, vendor_org, match.subsidiary_name,
                                            country=_org_country(conn, vendor_org), source="list")
            return OrgMatch(sub_org, f"{match.method}+registry_subsidiary", match.score, match.matched_name), \
                match.vendor_id
    names = entry.names()
    keys = [normalised_name(n) for n in names]
    rows = conn.execute(
        """SELECT DISTINCT ON (o.id) o.id, o.country, n.name
           FROM organisation_names n JOIN organisations o ON o.id = n.org_id
           WHERE lower(btrim(regexp_replace(normalize(n.name, NFKC), '\\s+', ' ', 'g'))) = ANY(%s)""",
        (keys,),
    ).fetchall()
    candidates = [r for r in rows if not (entry.country and r[1] and r[1].strip().upper() != entry.country)]
    if len(candidates) == 1:
        org_id, _, name = candidates[0]
        return OrgMatch(org_id, "org_name_exact", 0.9, name), None
    return None, None


# --- storing list files -----------------------------------------------------------------------------------------

_UPSERT_SQL = """
INSERT INTO designations (list_id, source_entry_id, program, entity_name, entity_country, listed_on, delisted_on,
                          citation, source_url, document_id, raw, first_seen, last_seen, covers_subsidiaries,
                          alt_names)
VALUES (%(list_id)s, %(source_entry_id)s, %(program)s, %(entity_name)s, %(country)s, %(listed_on)s,
        %(delisted_on)s, %(citation)s, %(source_url)s, %(document_id)s, %(raw)s, %(seen_at)s, %(seen_at)s,
        %(covers)s, %(alt_names)s)
ON CONFLICT (list_id, source_entry_id) DO NOTHING
RETURNING id
"""


def _entry_params(entry: ListEntry, document_id: int | None, seen_at: datetime) -> dict[str, Any]:
    return {"list_id": entry.list_id, "source_entry_id": entry.source_entry_id, "program": entry.program,
            "entity_name": entry.entity_name, "country": entry.country, "listed_on": entry.listed_on,
            "delisted_on": entry.delisted_on, "citation": entry.citation, "source_url": entry.source_url,
            "document_id": document_id, "raw": Jsonb(_jsonable(entry.raw)), "seen_at": seen_at,
            "covers": entry.covers_subsidiaries, "alt_names": entry.alt_names}


def _jsonable(value: Any) -> Any:
    import json

    return json.loads(json.dumps(value, ensure_ascii=False, default=str))


def _event(conn: psycopg.Connection, designation_id: int, event: str, on: date, detail: dict[str, Any] | None = None,
           document_id: int | None = None) -> None:
    conn.execute(
        """INSERT INTO designation_events (designation_id, event, occurred_on, detail, document_id)
           VALUES (%s, %s, %s, %s, %s)""",
        (designation_id, event, on, Jsonb(_jsonable(detail or {})), document_id),
    )


def upsert_designation(conn: psycopg.Connection, entry: ListEntry, *, on: date, document_id: int | None = None,
                       seen_at: datetime | None = None, registry: Registry | None = None,
                       result: ListStoreResult | None = None) -> int:
    """Insert or update one entry (keyed by list + the list's entry id); returns the designation id."""
    seen_at = seen_at or datetime.now(UTC)
    result = result if result is not None else ListStoreResult()
    params = _entry_params(entry, document_id, seen_at)
    row = conn.execute(_UPSERT_SQL, params).fetchone()
    if row is not None:
        designation_id: int = row[0]
        result.inserted += 1
        _event(conn, designation_id, "listed", entry.listed_on or on,
               {"listed_on": entry.listed_on, "delisted_on": entry.delisted_on}, document_id)
        if entry.delisted_on:
            _event(conn, designation_id, "delisted", entry.delisted_on, {"basis": "end date in the list"},
                   document_id)
            result.delisted += 1
    else:
        designation_id = _update_existing(conn, entry, params, on=on, document_id=document_id, result=result)
    _attach_organisation(conn, designation_id, entry, registry, result)
    return designation_id


_COMPARED = ("program", "entity_name", "entity_country", "listed_on", "delisted_on", "citation", "covers_subsidiaries",
             "alt_names")


def _update_existing(conn: psycopg.Connection, entry: ListEntry, params: dict[str, Any], *, on: date,
                     document_id: int | None, result: ListStoreResult) -> int:
    old = one(conn.execute(
        f"""SELECT id, {', '.join(_COMPARED)}, missing_since FROM designations
            WHERE list_id = %s AND source_entry_id = %s FOR UPDATE""",  # noqa: S608 - fixed column names
        (entry.list_id, entry.source_entry_id),
    ))  # the row exists: the upsert's INSERT met it
    designation_id: int
    designation_id, *old_values, missing_since = old
    before = dict(zip(_COMPARED, old_values, strict=True))
    delisted_on = entry.delisted_on
    listed_on = entry.listed_on or before["listed_on"]
    if before["delisted_on"] and not entry.delisted_on:
        listed_again = entry.listed_on is not None and entry.listed_on > before["delisted_on"]
        if listed_again or missing_since is not None:
            # Back on the list after a delisting: the old span is kept in the ledger; the row shows the new one.
            _event(conn, designation_id, "relisted", entry.listed_on or on,
                   {"previous_listed_on": before["listed_on"], "previous_delisted_on": before["delisted_on"]},
                   document_id)
            listed_on = entry.listed_on or on
        else:
            delisted_on = before["delisted_on"]  # ended by a delta or by absence; a stale full file cannot undo it
    after = {"program": entry.program, "entity_name": entry.entity_name, "entity_country": entry.country,
             "listed_on": listed_on, "delisted_on": delisted_on, "citation": entry.citation,
             "covers_subsidiaries": entry.covers_subsidiaries, "alt_names": entry.alt_names}
    changed = {k: {"old": before[k], "new": after[k]} for k in _COMPARED
               if (before[k] or None) != (after[k] or None)}
    conn.execute(
        """UPDATE designations SET program = %s, entity_name = %s, entity_country = %s, listed_on = %s,
                                   delisted_on = %s, citation = %s, covers_subsidiaries = %s, alt_names = %s,
                                   source_url = COALESCE(%s, source_url), document_id = COALESCE(%s, document_id),
                                   raw = %s, last_seen = GREATEST(last_seen, %s), missing_since = NULL
           WHERE id = %s""",
        (entry.program, entry.entity_name, entry.country, listed_on, delisted_on, entry.citation,
         entry.covers_subsidiaries, entry.alt_names, entry.source_url, document_id, params["raw"],
         params["seen_at"], designation_id),
    )
    if missing_since is not None:
        _event(conn, designation_id, "reappeared", on, {"missing_since": missing_since}, document_id)
    if "delisted_on" in changed and delisted_on and not before["delisted_on"]:
        _event(conn, designation_id, "delisted", delisted_on, {"basis": "end date in the list"}, document_id)
        result.delisted += 1
        changed.pop("delisted_on")
    if changed:
        _event(conn, designation_id, "changed", on, changed, document_id)
        result.updated += 1
    else:
        result.unchanged += 1
    return designation_id


def _attach_organisation(conn: psycopg.Connection, designation_id: int, entry: ListEntry, registry: Registry | None,
                         result: ListStoreResult) -> None:
    """Set the organisation the entry names, and the organisations it covers where the list says so. The times of
    a change (designations.matched_at, designation_coverage.created_at) move only when the organisation or the
    coverage actually changes: watches report the (award, designation) pairs a change creates, once
    (db/watch_events.py), and a re-match that finds what was already there must report nothing."""
    match, vendor_id = match_organisation(conn, entry, registry)
    conn.execute(
        """UPDATE designations SET org_id = %(org)s, match_method = %(method)s, match_score = %(score)s,
                                   matched_name = %(name)s,
                                   matched_at = CASE WHEN org_id IS DISTINCT FROM %(org)s THEN now()
                                                     ELSE matched_at END
           WHERE id = %(id)s""",
        {"org": match.org_id if match else None, "method": match.method if match else None,
         "score": match.score if match else None, "name": match.matched_name if match else None,
         "id": designation_id},
    )
    if match is None:
        conn.execute("DELETE FROM designation_coverage WHERE designation_id = %s", (designation_id,))
        return
    result.matched += 1
    if vendor_id:
        result.matched_vendors.add(vendor_id)
    _cover_subsidiaries(conn, designation_id, match.org_id, entry)


def _cover_subsidiaries(conn: psycopg.Connection, designation_id: int, org_id: int, entry: ListEntry) -> None:
    """designation_coverage = the named organisation's subsidiaries (organisation_links, recursively) when the list
    extends the designation to them, else nothing; rows that stay keep their created_at."""
    covered: list[tuple[int, str]] = []
    basis = ""
    if entry.covers_subsidiaries:
        from enrich.lists import _SUBSIDIARY_COVERAGE_RE

        text = " ".join(str(v) for v in entry.raw.values() if isinstance(v, str))
        found = _SUBSIDIARY_COVERAGE_RE.search(text) or _SUBSIDIARY_COVERAGE_RE.search(entry.program or "")
        basis = found.group(0) if found else "the list extends the designation to subsidiaries"
        covered = [(r[0], r[1]) for r in conn.execute(
            """WITH RECURSIVE children(org_id, relation) AS (
                   SELECT child_id, relation FROM organisation_links WHERE parent_id = %(org)s
                   UNION
                   SELECT l.child_id, l.relation FROM organisation_links l JOIN children c ON l.parent_id = c.org_id
               )
               SELECT org_id, min(relation) FROM children WHERE org_id <> %(org)s GROUP BY org_id""",
            {"org": org_id}).fetchall()]
    conn.execute("DELETE FROM designation_coverage WHERE designation_id = %s AND NOT (org_id = ANY(%s))",
                 (designation_id, [org for org, _ in covered]))
    if covered:
        conn.execute(
            """INSERT INTO designation_coverage (designation_id, org_id, relation, basis)
               SELECT %s, c.org_id, c.relation, %s FROM unnest(%s::bigint[], %s::text[]) AS c(org_id, relation)
               ON CONFLICT (designation_id, org_id) DO UPDATE
               SET relation = EXCLUDED.relation, basis = EXCLUDED.basis""",
            (designation_id, basis, [org for org, _ in covered], [relation for _, relation in covered]),
        )


def store_list(conn: psycopg.Connection, entries: Iterable[ListEntry], *, on: date, document_id: int | None = None,
               complete_lists: Iterable[str] = (), new_watchlists: dict[str, Watchlist] | None = None,
               seen_at: datetime | None = None, registry: Registry | None = None) -> ListStoreResult:
    """Store one list file dated `on`. For each list in `complete_lists` (the file is a full snapshot of it),
    entries held but absent from the file get missing_since = on, and delisted_on = on only when the list
    documents that absence means removal. Caller commits."""
    from db.registry import ensure_reference_data

    ensure_reference_data(conn)  # registry vendors must exist as organisations before matching
    seen_at = seen_at or datetime.now(UTC)
    entries = list(entries)
    complete = set(complete_lists)
    _ensure_lists(conn, {e.list_id for e in entries} | complete, new_watchlists)
    result = ListStoreResult()
    present: dict[str, set[str]] = {}
    for entry in entries:
        upsert_designation(conn, entry, on=on, document_id=document_id, seen_at=seen_at, registry=registry,
                           result=result)
        present.setdefault(entry.list_id, set()).add(entry.source_entry_id)
    for list_id in sorted(complete):
        _mark_absent(conn, list_id, present.get(list_id, set()), on=on, document_id=document_id, result=result)
    return result


def _mark_absent(conn: psycopg.Connection, list_id: str, present: set[str], *, on: date, document_id: int | None,
                 result: ListStoreResult) -> None:
    absence_is_delisting = one(conn.execute(
        "SELECT absence_is_delisting FROM watchlists WHERE id = %s", (list_id,)))[0]  # _ensure_lists made it
    rows = conn.execute(
        """SELECT id, source_entry_id FROM designations
           WHERE list_id = %s AND delisted_on IS NULL AND missing_since IS NULL
             AND NOT (source_entry_id = ANY(%s))""",
        (list_id, sorted(present)),
    ).fetchall()
    for designation_id, _ in rows:
        result.missing += 1
        if absence_is_delisting:
            conn.execute("UPDATE designations SET missing_since = %s, delisted_on = %s WHERE id = %s",
                         (on, on, designation_id))
            _event(conn, designation_id, "delisted", on, {"basis": "absent from the full list file"}, document_id)
            result.delisted += 1
        else:
            conn.execute("UPDATE designations SET missing_since = %s WHERE id = %s", (on, designation_id))
            _event(conn, designation_id, "missing", on, {"basis": "absent from the full list file"}, document_id)


def apply_delta(conn: psycopg.Connection, ops: Iterable[DeltaOp], *, on: date, document_id: int | None = None,
                seen_at: datetime | None = None, registry: Registry | None = None) -> ListStoreResult:
    """Apply an OpenSanctions delta: ADD/MOD upsert, DEL sets delisted_on = the delta's date. Caller commits."""
    from db.registry import ensure_reference_data
    from enrich.lists import os_list_id

    ensure_reference_data(conn)
    result = ListStoreResult()
    ops = list(ops)
    _ensure_lists(conn, {e.list_id for op in ops for e in op.entries}, None)
    for op in ops:
        if op.op in ("ADD", "MOD"):
            for entry in op.entries:
                upsert_designation(conn, entry, on=on, document_id=document_id, seen_at=seen_at, registry=registry,
                                   result=result)
            continue
        list_ids = [os_list_id(d) for d in op.datasets]
        rows = conn.execute(
            """UPDATE designations SET delisted_on = %s, last_seen = GREATEST(last_seen, now())
               WHERE source_entry_id = %s AND delisted_on IS NULL
                 AND (list_id = ANY(%s) OR (cardinality(%s::text[]) = 0 AND list_id LIKE 'os\\_%%'))
               RETURNING id""",
            (on, op.entity_id, list_ids, list_ids),
        ).fetchall()
        for (designation_id,) in rows:
            _event(conn, designation_id, "delisted", on, {"basis": "OpenSanctions delta DEL"}, document_id)
            result.delisted += 1
    return result


def rematch_all(conn: psycopg.Connection, registry: Registry | None = None) -> ListStoreResult:
    """Re-run matching for every designation (after a vendor registry change). Caller commits."""
    from enrich.lists import ListEntry

    result = ListStoreResult()
    rows = conn.execute(
        """SELECT id, list_id, source_entry_id, entity_name, alt_names, entity_country, raw, covers_subsidiaries,
                  program FROM designations ORDER BY id""").fetchall()
    for designation_id, list_id, entry_id, name, alt_names, country, raw, covers, program in rows:
        entity_type = "individual" if str((raw or {}).get("type", "")).lower() == "individual" or \
            (raw or {}).get("schema") == "Person" else "entity"
        entry = ListEntry(list_id=list_id, source_entry_id=entry_id, entity_name=name, alt_names=list(alt_names),
                          entity_type=entity_type, country=country, program=program, covers_subsidiaries=covers,
                          raw=raw or {})
        _attach_organisation(conn, designation_id, entry, registry, result)
    return result


# --- questions ------------------------------------------------------------------------------------------------------

def designations_at(conn: psycopg.Connection, org_id: int, on: date) -> list[dict[str, Any]]:
    """Designations in force on `on` for an organisation (named, or covered as a subsidiary where the list says
    so): listed_on <= on < delisted_on. One dict per list and listing date, as the export's `watchlists`."""
    rows = conn.execute(
        """SELECT DISTINCT d.list_id, d.listed_on, d.delisted_on, d.citation, d.program, d.org_id <> %(org)s
           FROM designations d
           WHERE (d.org_id = %(org)s
                  OR d.id IN (SELECT designation_id FROM designation_coverage WHERE org_id = %(org)s))
             AND d.listed_on IS NOT NULL AND d.listed_on <= %(on)s
             AND (d.delisted_on IS NULL OR d.delisted_on > %(on)s)
           ORDER BY d.listed_on, d.list_id""",
        {"org": org_id, "on": on},
    ).fetchall()
    seen: dict[tuple[str, date], dict[str, Any]] = {}
    for list_id, listed_on, _delisted_on, citation, _program, via_parent in rows:
        key = (list_id, listed_on)
        if key in seen:
            continue
        seen[key] = {"list": list_id, "listed_on": listed_on.isoformat(), "citation": citation,
                     "via_parent": bool(via_parent)}
    return list(seen.values())


AWARDS_AFTER_LISTING_SQL = """
WITH hits AS (
    SELECT DISTINCT s.list_id, coalesce(pl.country, n.country) AS country, s.notice_id, s.org_id, s.award_date
    FROM supplier_designations_at_award s
    JOIN notices n ON n.id = s.notice_id
    LEFT JOIN places pl ON pl.notice_id = n.id
    WHERE n.kind = 'award' AND n.status <> 'removed'
      AND (%(demo)s::boolean IS NULL OR n.demo = %(demo)s::boolean)
)
SELECT h.list_id,
       h.country,
       count(DISTINCT h.notice_id) AS awards,
       count(DISTINCT h.org_id) AS suppliers,
       coalesce(array_agg(DISTINCT o.vendor_id) FILTER (WHERE o.vendor_id IS NOT NULL), '{}') AS vendor_ids,
       min(h.award_date) AS first_award,
       max(h.award_date) AS last_award,
       (SELECT sum(a.usd_value) FROM amounts a
        WHERE a.is_headline AND NOT EXISTS (SELECT 1 FROM notices withdrawn WHERE withdrawn.id = a.notice_id
                                            AND withdrawn.purchase_state IS NOT NULL)  -- money bought: queries/money.py
          AND a.notice_id IN (SELECT h2.notice_id FROM hits h2
                                                WHERE h2.list_id = h.list_id
                                                  AND h2.country IS NOT DISTINCT FROM h.country)) AS usd_value
FROM hits h
JOIN organisations o ON o.id = h.org_id
GROUP BY h.list_id, h.country
ORDER BY awards DESC, h.list_id, h.country
"""


def awards_after_listing(conn: psycopg.Connection, *, demo: bool | None = None) -> list[dict[str, Any]]:
    """Awards to listed vendors made on or after their listing (and before any delisting), by list and country."""
    cur = conn.execute(AWARDS_AFTER_LISTING_SQL, {"demo": demo})
    names = [c.name for c in cur.description or []]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def list_counts(conn: psycopg.Connection) -> list[dict[str, Any]]:
    """Per list: entries held, in force today, delisted, matched to organisations and to registry vendors."""
    cur = conn.execute(
        """SELECT w.id AS list_id, count(d.id) AS entries,
                  count(d.id) FILTER (WHERE d.delisted_on IS NULL) AS in_force,
                  count(d.id) FILTER (WHERE d.delisted_on IS NOT NULL) AS delisted,
                  count(d.org_id) AS matched,
                  count(DISTINCT o.vendor_id) AS vendors
           FROM watchlists w LEFT JOIN designations d ON d.list_id = w.id
           LEFT JOIN organisations o ON o.id = d.org_id
           GROUP BY w.id ORDER BY w.id""")
    names = [c.name for c in cur.description or []]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def mark_source_kind(conn: psycopg.Connection, source_id: str, kind: str) -> None:
    """Record what kind of source a spider is (watchlist, disclosure); the run row creates it as procurement."""
    conn.execute(
        """INSERT INTO sources (id, kind) VALUES (%s, %s) ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind""",
        (source_id, kind),
    )
