"""Organisations on the write path: resolving a party (by identifier first, then registry vendor, then name),
the organisations and links made from notices, and the vendor registry loaded into organisations.

Split from db/store.py by job; db/store.py re-exports every public name. Every function takes an open psycopg
connection and leaves transaction control to the caller.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from psycopg.types.json import Jsonb

from db.fetch import one

if TYPE_CHECKING:
    import psycopg

    from enrich.model import Party


_SPACES = re.compile(r"\s+")


def normalised_name(name: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", name)).strip().casefold()


def _identifiers_json(party: Party) -> list[dict[str, Any]]:
    return [{"scheme": i.scheme, "value": i.value, "start": i.evidence.start if i.evidence else None,
             "end": i.evidence.end if i.evidence else None} for i in getattr(party, "identifiers", ())]


def resolve_party_org(conn: psycopg.Connection, party: Party, country: str | None, *,
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


def _resolve_party_org_by_name(conn: psycopg.Connection, party: Party, country: str | None) -> tuple[int, str]:
    if party.vendor_id:
        row = conn.execute("SELECT id, country FROM organisations WHERE vendor_id = %s",
                           (party.vendor_id,)).fetchone()
        subsidiary: str | None = getattr(party, "subsidiary", None)
        if row and subsidiary:
            # A subsidiary or brand is its own organisation under the vendor: designations of the parent reach it
            # only where the list says so (designation_coverage).
            org_id = ensure_subsidiary_org(conn, row[0], subsidiary, country=row[1])
            return org_id, f"{party.match_method or 'exact_alias'}+registry_subsidiary"
        if row:
            return row[0], party.match_method or "exact_alias"
    org_id = ensure_named_org(conn, party.name, country=country if party.role == "buyer" else None,
                              is_vendor=party.role != "buyer")
    return org_id, party.match_method or "new"


def ensure_named_org(conn: psycopg.Connection, name: str, *, country: str | None, is_vendor: bool,
                     source: str = "notice") -> int:
    key = f"name:{country or ''}:{normalised_name(name)}"
    # Read first: most names recur (the same buyer on every notice), and an upsert rewrites and locks the row
    # each time - WAL per notice, and concurrent writers (reprocess shards, crawlers) queueing on one buyer.
    row = conn.execute("SELECT id, is_vendor FROM organisations WHERE match_key = %s", (key,)).fetchone()
    if row is None or (is_vendor and not row[1]):
        row = one(conn.execute(
            """INSERT INTO organisations (match_key, canonical_name, country, is_vendor) VALUES (%s, %s, %s, %s)
               ON CONFLICT (match_key) DO UPDATE SET is_vendor = organisations.is_vendor OR EXCLUDED.is_vendor
               RETURNING id""",
            (key, name.strip(), country, is_vendor),
        ))
    conn.execute(
        """INSERT INTO organisation_names (org_id, name, name_type, source) VALUES (%s, %s, 'as_written', %s)
           ON CONFLICT (org_id, name) DO NOTHING""",
        (row[0], name.strip(), source),
    )
    org_id: int = row[0]
    return org_id


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
        ids[vendor.id] = one(conn.execute(
            """INSERT INTO organisations (match_key, vendor_id, canonical_name, country, is_vendor, citations,
                                          updated_at)
               VALUES (%s, %s, %s, %s, true, %s, now())
               ON CONFLICT (match_key) DO UPDATE SET canonical_name = EXCLUDED.canonical_name,
                   country = EXCLUDED.country, citations = EXCLUDED.citations, is_vendor = true,
                   updated_at = now()
               RETURNING id""",
            (f"vendor:{vendor.id}", vendor.id, vendor.canonical_name, vendor.country,
             Jsonb(list(vendor.citations))),
        ))[0]
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


def _relation(value: str | None) -> str:
    return value if value in ("subsidiary", "brand", "division") else "subsidiary"
