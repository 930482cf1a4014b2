"""When a list entry got its organisation: designations.matched_at and designation_coverage.created_at move when
the organisation or the coverage changes (a first match, a re-match to another organisation, a new subsidiary),
and stay put when a re-match or a new copy of the list finds what was already there. Watches rely on this to
report the pairs a re-match creates, and only those."""
from __future__ import annotations

from datetime import date

from db import watchlists
from enrich.lists import ListEntry
from scrapers.parsing.watchlists import parse_fcc_covered_list
from tests.lists.test_store_lists import FCC, award, store_csl, supplier_org


def _times(conn, designation_id: int) -> tuple:
    return conn.execute("SELECT org_id, matched_at FROM designations WHERE id = %s", (designation_id,)).fetchone()


def _entry(source_entry_id: str, name: str) -> ListEntry:
    return ListEntry(list_id="test_match_times", source_entry_id=source_entry_id, entity_name=name,
                     entity_type="entity", listed_on=date(2020, 6, 1))


def test_matched_at_moves_only_when_the_organisation_changes(conn):
    store_csl(conn)
    hik_entry = conn.execute("SELECT id FROM designations WHERE source_entry_id = 'fx-el-0001'").fetchone()[0]
    org, first = _times(conn, hik_entry)
    assert org is not None and first is not None  # matched when read
    watchlists.store_list(conn, [_entry("MT-1", "示例未知感知科技有限公司")], on=date.today())
    conn.commit()
    unmatched = conn.execute("SELECT id FROM designations WHERE source_entry_id = 'MT-1'").fetchone()[0]
    assert _times(conn, unmatched) == (None, None)

    watchlists.rematch_all(conn)
    store_csl(conn, on=date(2024, 1, 3))  # the same file again
    conn.commit()
    assert _times(conn, hik_entry) == (org, first)
    assert _times(conn, unmatched) == (None, None)

    notice = award(conn, "mt-1", "示例未知感知科技有限公司", date(2024, 3, 1))  # the name becomes known
    conn.commit()
    watchlists.rematch_all(conn)
    conn.commit()
    linked, linked_at = _times(conn, unmatched)
    assert linked == supplier_org(conn, notice) and linked_at > first
    watchlists.rematch_all(conn)
    conn.commit()
    assert _times(conn, unmatched) == (linked, linked_at)


def test_coverage_rows_keep_their_time_and_new_subsidiaries_get_theirs(conn):
    parsed = parse_fcc_covered_list(FCC.read_bytes())
    watchlists.store_list(conn, parsed.entries, on=date(2024, 1, 2), complete_lists=parsed.complete_lists)
    conn.commit()
    hik = conn.execute("SELECT id FROM organisations WHERE vendor_id = 'hikvision'").fetchone()[0]
    children = []
    for name in ("示例海康子公司甲", "示例海康子公司乙"):  # FICTIONAL subsidiaries
        child = conn.execute("""INSERT INTO organisations (match_key, canonical_name, country, is_vendor)
                                VALUES (%s, %s, 'CN', true) RETURNING id""", (f"name:CN:{name}", name)).fetchone()[0]
        children.append(child)
    conn.execute("INSERT INTO organisation_links (parent_id, child_id, relation) VALUES (%s, %s, 'subsidiary')",
                 (hik, children[0]))
    conn.commit()
    watchlists.rematch_all(conn)
    conn.commit()
    query = "SELECT org_id, created_at FROM designation_coverage ORDER BY org_id"
    first = conn.execute(query).fetchall()
    assert [r[0] for r in first] == [children[0]]
    watchlists.rematch_all(conn)
    conn.commit()
    assert conn.execute(query).fetchall() == first

    conn.execute("INSERT INTO organisation_links (parent_id, child_id, relation) VALUES (%s, %s, 'subsidiary')",
                 (hik, children[1]))
    conn.commit()
    watchlists.rematch_all(conn)
    conn.commit()
    second = conn.execute(query).fetchall()
    assert second[0] == first[0] and second[1][0] == children[1] and second[1][1] > first[0][1]

    conn.execute("DELETE FROM organisation_links WHERE child_id = %s", (children[0],))
    conn.commit()
    watchlists.rematch_all(conn)
    conn.commit()
    assert conn.execute(query).fetchall() == [second[1]]
