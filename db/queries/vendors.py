"""Vendor dossiers: names in every script, corporate links, designations, deployments and totals."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from psycopg.rows import dict_row

from db.queries.filters import PARTY_VENDOR_ROLES

if TYPE_CHECKING:
    import psycopg



def vendor_choices(conn: psycopg.Connection, *, limit: int = 2000) -> list[dict[str, Any]]:
    """Vendors worth offering in a picker: registry vendors and organisations seen as suppliers, busiest first."""
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            """SELECT o.id, o.canonical_name, o.vendor_id, count(DISTINCT p.notice_id) AS notices
               FROM organisations o LEFT JOIN notice_parties p ON p.org_id = o.id AND p.role = ANY(%s)
               WHERE o.is_vendor
               GROUP BY o.id ORDER BY count(DISTINCT p.notice_id) DESC, o.canonical_name LIMIT %s""",
            (list(PARTY_VENDOR_ROLES), limit)).fetchall()


def vendor_options(conn: psycopg.Connection, include: list[int] | tuple[int, ...] = ()) -> list[dict[str, Any]]:
    """Vendors for the filter picker: registry vendors (reviewed), plus any organisation asked for by id
    (a shared link may name a supplier that is not in the registry). Cheap: no counting."""
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            """SELECT id, canonical_name FROM organisations
               WHERE vendor_id IS NOT NULL OR id = ANY(%s) ORDER BY canonical_name""",
            ([int(i) for i in include],)).fetchall()


def organisation(conn: psycopg.Connection, org_id: int) -> dict[str, Any] | None:
    """The organisation with names, identifiers, parents/children and designations (with citations)."""
    with conn.cursor(row_factory=dict_row) as cur:
        org = cur.execute("SELECT * FROM organisations WHERE id = %s", (org_id,)).fetchone()
        if org is None:
            return None
        org["names"] = cur.execute(
            "SELECT name, name_type, lang, source FROM organisation_names WHERE org_id = %s ORDER BY name_type, name",
            (org_id,)).fetchall()
        org["identifiers"] = cur.execute(
            "SELECT scheme, value, citation FROM organisation_identifiers WHERE org_id = %s ORDER BY scheme",
            (org_id,)).fetchall()
        org["children"] = cur.execute(
            """SELECT l.relation, c.id, c.canonical_name, l.citation FROM organisation_links l
               JOIN organisations c ON c.id = l.child_id WHERE l.parent_id = %s ORDER BY c.canonical_name""",
            (org_id,)).fetchall()
        org["parents"] = cur.execute(
            """SELECT l.relation, p.id, p.canonical_name, l.citation FROM organisation_links l
               JOIN organisations p ON p.id = l.parent_id WHERE l.child_id = %s ORDER BY p.canonical_name""",
            (org_id,)).fetchall()
        org["designations"] = cur.execute(
            """SELECT d.list_id, w.name AS list_name, w.authority, d.program, d.entity_name, d.listed_on,
                      d.delisted_on, d.citation, d.source_url, d.match_method, d.match_score, doc.sha256
               FROM designations d JOIN watchlists w ON w.id = d.list_id
               LEFT JOIN documents doc ON doc.id = d.document_id
               WHERE d.org_id = %s ORDER BY d.listed_on NULLS LAST, d.list_id""", (org_id,)).fetchall()
    return org


def totals_by_year_and_technology(conn: psycopg.Connection, org_id: int) -> list[dict[str, Any]]:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            """SELECT extract(year FROM n.published_on)::int AS year, t.taxonomy_id,
                      count(DISTINCT n.id) AS notices
               FROM notices n JOIN technology_tags t ON t.notice_id = n.id
               WHERE EXISTS (SELECT 1 FROM notice_parties p WHERE p.notice_id = n.id AND p.org_id = %s
                             AND p.role = ANY(%s))
               GROUP BY 1, 2 ORDER BY 1, 2""", (org_id, list(PARTY_VENDOR_ROLES))).fetchall()


def top_buyers(conn: psycopg.Connection, org_id: int, *, limit: int = 20) -> list[dict[str, Any]]:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            """SELECT b.raw_name AS buyer, b.org_id, count(DISTINCT b.notice_id) AS notices,
                      min(n.published_on) AS first, max(n.published_on) AS last
               FROM notice_parties b JOIN notices n ON n.id = b.notice_id
               WHERE b.role = 'buyer' AND EXISTS (SELECT 1 FROM notice_parties p WHERE p.notice_id = b.notice_id
                                                  AND p.org_id = %s AND p.role = ANY(%s))
               GROUP BY b.raw_name, b.org_id ORDER BY notices DESC, buyer LIMIT %s""",
            (org_id, list(PARTY_VENDOR_ROLES), limit)).fetchall()


def top_countries(conn: psycopg.Connection, org_id: int) -> list[dict[str, Any]]:
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(
            """SELECT n.country, count(*) AS notices FROM notices n
               WHERE EXISTS (SELECT 1 FROM notice_parties p WHERE p.notice_id = n.id AND p.org_id = %s
                             AND p.role = ANY(%s))
               GROUP BY n.country ORDER BY notices DESC""", (org_id, list(PARTY_VENDOR_ROLES))).fetchall()
