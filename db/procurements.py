"""Procurements in the database: each notice's link (written with its enrichment), merges by reference, summaries.

Why here: the write path must keep "a notice belongs to at most one procurement" true on every write, and the
cross-notice indicators (db/integrity.py) need to know which procurements changed. A link names the shared key the
notice states (enrich/procurement.py); notices with the same key share a procurement, a notice with none gets one
of its own. TED notices that refer to an earlier notice (REF_NOTICE, an eForms changed-notice id) are joined to
that notice's procurement by `refresh`, which also updates the summaries and recomputes the indicators of every
procurement marked dirty. `refresh` runs after each crawl, ingest and reprocess.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from db.fetch import one

if TYPE_CHECKING:
    from decimal import Decimal

    import psycopg

    from enrich.model import Money, ProcurementLink

_LINK_COLUMNS = ("procurement_id", "method", "evidence", "stage", "own_ref", "ref", "estimate_value",
                 "estimate_currency", "estimate_evidence", "award_value", "award_currency", "award_evidence",
                 "final_value", "final_currency", "final_evidence", "direct", "call_stated", "award_date",
                 "classifier_version")


def _money(money: Money | None) -> tuple[Decimal | None, str | None, str | None]:
    return (None, None, None) if money is None else (money.value, money.currency, money.evidence)


def _procurement_for(conn: psycopg.Connection, key: str, method: str) -> int:
    """The procurement holding `key` (created if new), following merges."""
    procurement_id: int
    merged_into: int | None
    procurement_id, merged_into = one(conn.execute(
        """INSERT INTO procurements (key, method) VALUES (%s, %s)
           ON CONFLICT (key) DO UPDATE SET updated_at = now() RETURNING id, merged_into""", (key, method)))
    for _ in range(20):  # merges form chains; each hop points at an older procurement
        if merged_into is None:
            return procurement_id
        procurement_id, merged_into = one(conn.execute(
            "SELECT id, merged_into FROM procurements WHERE id = %s", (merged_into,)))
    return procurement_id


def write_link(conn: psycopg.Connection, notice_id: int, link: ProcurementLink, classifier_version: str) -> int:
    """Link a notice to its procurement (replacing its earlier link); returns the procurement id. The old and the
    new procurement are marked dirty for `refresh`."""
    current = conn.execute(
        """SELECT pn.procurement_id, p.key FROM procurement_notices pn JOIN procurements p ON p.id = pn.procurement_id
           WHERE pn.notice_id = %s""", (notice_id,)).fetchone()
    if link.key is not None:
        procurement_id = _procurement_for(conn, link.key, link.method)
    elif current is not None and current[1] is None:
        procurement_id = current[0]  # still a procurement of its own
    else:
        procurement_id = one(conn.execute(
            "INSERT INTO procurements (key, method) VALUES (NULL, 'none') RETURNING id"))[0]
    values = (procurement_id, link.method, link.evidence, link.stage, link.own_ref, link.ref, *_money(link.estimate),
              *_money(link.award), *_money(link.final), link.direct, link.call_stated, link.award_date,
              classifier_version)
    conn.execute(
        f"""INSERT INTO procurement_notices (notice_id, {", ".join(_LINK_COLUMNS)})
            VALUES (%s, {", ".join(["%s"] * len(_LINK_COLUMNS))})
            ON CONFLICT (notice_id) DO UPDATE SET {", ".join(f"{c} = EXCLUDED.{c}" for c in _LINK_COLUMNS)},
                                                  linked_at = now()""",  # noqa: S608 - fixed column names
        (notice_id, *values))
    touched = {procurement_id} | ({current[0]} if current else set())
    conn.execute("UPDATE procurements SET dirty = true, updated_at = now() WHERE id = ANY(%s)", (list(touched),))
    return procurement_id


def write_links_bulk(conn: psycopg.Connection, links: list[tuple[int, ProcurementLink]],
                     classifier_version: str) -> None:
    """Link many notices that have no link yet (a bulk load, the benchmark): procurements are created per key in
    one statement and the links are COPYed. Same result as `write_link` per notice."""
    from db.copy import copy_rows

    keyed: dict[str, str] = {}
    for _, link in links:
        if link.key is not None:
            keyed.setdefault(link.key, link.method)
    conn.execute("""INSERT INTO procurements (key, method) SELECT * FROM unnest(%s::text[], %s::text[])
                    ON CONFLICT (key) DO NOTHING""", (list(keyed), list(keyed.values())))
    ids: dict[str, int] = dict(conn.execute(
        "SELECT key, coalesce(merged_into, id) FROM procurements WHERE key = ANY(%s)", (list(keyed),)).fetchall())
    alone = [notice_id for notice_id, link in links if link.key is None]
    singles = [row[0] for row in conn.execute(
        "INSERT INTO procurements (key, method) SELECT NULL, 'none' FROM generate_series(1, %s) RETURNING id",
        (len(alone),))] if alone else []
    single_of = dict(zip(alone, singles, strict=True))
    rows = [(notice_id, ids[link.key] if link.key is not None else single_of[notice_id], link.method, link.evidence,
             link.stage, link.own_ref, link.ref, *_money(link.estimate), *_money(link.award), *_money(link.final),
             link.direct, link.call_stated, link.award_date, classifier_version) for notice_id, link in links]
    with conn.cursor() as cur:
        copy_rows(cur, "procurement_notices", ("notice_id", *_LINK_COLUMNS), rows)


def merge_by_reference(conn: psycopg.Connection, *, only_dirty: bool = True) -> int:
    """Join procurements whose notices refer to one another (a notice's `ref` is another's `own_ref`): every
    notice of the referring procurement moves to the referred one (the older id wins in a cycle). Returns how
    many procurements were merged away."""
    pairs = conn.execute(
        """SELECT DISTINCT l.procurement_id, t.procurement_id
           FROM procurement_notices l
           JOIN procurement_notices t ON t.own_ref = l.ref AND t.procurement_id <> l.procurement_id
           JOIN procurements pl ON pl.id = l.procurement_id JOIN procurements pt ON pt.id = t.procurement_id
           WHERE l.ref IS NOT NULL AND (NOT %s OR pl.dirty OR pt.dirty)""", (only_dirty,)).fetchall()
    parent: dict[int, int] = {}

    def root(node: int) -> int:
        while parent.get(node, node) != node:
            node = parent[node]
        return node

    for source, target in pairs:
        a, b = root(source), root(target)
        if a != b:
            parent[max(a, b)] = min(a, b)
    moves = {node: root(node) for node in parent if root(node) != node}
    for source, target in moves.items():
        conn.execute("UPDATE procurement_notices SET procurement_id = %s WHERE procurement_id = %s", (target, source))
        conn.execute("UPDATE procurements SET merged_into = %s, dirty = false, notices = 0, updated_at = now() "
                     "WHERE id = %s", (target, source))
        conn.execute("UPDATE procurements SET dirty = true, updated_at = now() WHERE id = %s", (target,))
    return len(moves)


def dirty_procurements(conn: psycopg.Connection) -> list[int]:
    return [row[0] for row in conn.execute("SELECT id FROM procurements WHERE dirty ORDER BY id")]


def update_summaries(conn: psycopg.Connection, procurement_ids: Iterable[int] | None) -> None:
    """Notice counts, first/last publication, title and method of the given procurements (None: all); a
    procurement left without notices (its notice moved) is deleted unless other keys point at it."""
    ids = None if procurement_ids is None else list(procurement_ids)
    conn.execute(
        """UPDATE procurements p
           SET notices = s.notices, first_published = s.first_published, last_published = s.last_published,
               title = s.title, method = s.method
           FROM (SELECT pn.procurement_id, count(*) AS notices, min(n.published_on) AS first_published,
                        max(n.published_on) AS last_published,
                        (array_agg(n.title ORDER BY n.published_on NULLS LAST, n.id))[1] AS title,
                        (array_agg(pn.method ORDER BY pn.method = 'ted_reference', n.published_on NULLS LAST,
                                   n.id))[1] AS method
                 FROM procurement_notices pn JOIN notices n ON n.id = pn.notice_id
                 WHERE %(all)s OR pn.procurement_id = ANY(%(ids)s)
                 GROUP BY pn.procurement_id) s
           WHERE p.id = s.procurement_id""", {"all": ids is None, "ids": ids or []})
    conn.execute(
        """DELETE FROM procurements p
           WHERE (%(all)s OR p.id = ANY(%(ids)s)) AND p.merged_into IS NULL
             AND NOT EXISTS (SELECT 1 FROM procurement_notices pn WHERE pn.procurement_id = p.id)
             AND NOT EXISTS (SELECT 1 FROM procurements q WHERE q.merged_into = p.id
                             AND (%(all)s OR q.merged_into = ANY(%(ids)s)))""",
        {"all": ids is None, "ids": ids or []})


#: pg_advisory_xact_lock key (per database) serialising `refresh`.
REFRESH_LOCK = 724_118_305
#: From this many procurements to recompute, `refresh` first ANALYZEs the tables its queries join: after a bulk
#: load their statistics still describe the empty tables and the planner picks nested loops. Measured over 100,000
#: bench/procurements notices: a full refresh 44.8 s (repeated direct awards alone 39.8 s) before, 7.9 s after an
#: ANALYZE of 1.1 s (ANALYZE samples a fixed number of rows, whatever the table's size).
ANALYZE_FROM = 5_000


def refresh(conn: psycopg.Connection, *, full: bool = False, designations_changed: bool = False) -> dict[str, int]:
    """After a crawl, an ingest or a reprocess: merge by reference, update summaries and recompute the
    cross-notice indicators of dirty procurements (`full`: of every procurement; `designations_changed`: also
    the designated-vendor flag of every notice, as a watch-list crawl changes it for awards of any date).
    Returns counts; the caller commits. One refresh at a time per database (a transaction-level advisory lock,
    held until the caller commits): crawlers sharing a frontier and reprocess shards end at about the same time,
    and two merges of one procurement must not interleave."""
    from db.integrity import refresh_flags

    conn.execute("SELECT pg_advisory_xact_lock(%s)", (REFRESH_LOCK,))
    if full:
        conn.execute("UPDATE procurements SET dirty = true WHERE NOT dirty AND merged_into IS NULL")
    if full or one(conn.execute("SELECT count(*) FROM procurements WHERE dirty"))[0] >= ANALYZE_FROM:
        conn.execute("ANALYZE procurements, procurement_notices, notice_flags, notice_parties, amounts")
    merged = merge_by_reference(conn, only_dirty=not full)
    dirty = None if full else dirty_procurements(conn)
    if dirty == []:
        counts = refresh_flags(conn, [], designations_changed=designations_changed)
        return {"procurements": 0, "merged": merged, **counts}
    update_summaries(conn, dirty)
    counts = refresh_flags(conn, dirty, designations_changed=designations_changed)
    # Only the procurements refreshed here: the lock does not hold back other runs' stores, and a procurement a
    # concurrent crawl (another spider of one `plan`) marked since dirty_procurements() is that run's to refresh -
    # clearing every dirty flag left its notice count at 0 (tests/procurements/test_source_links.py, under load).
    conn.execute("UPDATE procurements SET dirty = false WHERE dirty AND (%(all)s OR id = ANY(%(ids)s))",
                 {"all": dirty is None, "ids": dirty or []})
    return {"procurements": len(dirty) if dirty is not None else -1, "merged": merged, **counts}

