"""A list entry linked to an organisation only by a later re-match (`rematch_all`, run by `survtrack update` and
`survtrack reprocess`): the (award, designation) pairs it creates are reported once per watch, whenever the
re-match happens, and a re-match that changes nothing reports nothing.

Time is moved on by shifting every recorded time in the database an hour back (`_an_hour_passes`), so each step
lies well outside the recheck margin of the run before it, as on a real daily schedule. Every name is fictional.
`survtrack watch add/run` run in-process here (survtrack.cli.main); tests/watch/test_watch_cli.py runs them as
processes.
"""
from __future__ import annotations

from datetime import date

import psycopg
from psycopg import sql

from db import watchlists
from enrich.lists import ListEntry
from tests.lists.test_store_lists import award, supplier_org
from tests.watch.conftest import json_events, survtrack_here

SUPPLIER = "示例星河感知科技有限公司"
ALIAS = "Example Xinghe Perception Technology Co., Ltd."
LISTED = date(2020, 6, 1)
AWARDED = date(2024, 3, 1)


def _entry(name: str) -> ListEntry:
    return ListEntry(list_id="test_rematch_list", source_entry_id="TR-1", entity_name=name, entity_type="entity",
                     listed_on=LISTED, citation="Test Reg. 7")


def _store(conn: psycopg.Connection, name: str) -> int:
    watchlists.store_list(conn, [_entry(name)], on=date.today())
    conn.commit()
    designation_id, org_id = conn.execute(
        "SELECT id, org_id FROM designations WHERE list_id = 'test_rematch_list'").fetchone()
    assert org_id is None, "the entry must not match any organisation when it is read"
    return int(designation_id)


def _an_hour_passes(conn: psycopg.Connection) -> None:
    """Every time the database recorded moves one hour back: what happened so far happened an hour ago."""
    columns = conn.execute(
        """SELECT c.table_name, c.column_name FROM information_schema.columns c
           JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
           WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
             AND c.data_type = 'timestamp with time zone'""").fetchall()
    for table, column in columns:
        conn.execute(sql.SQL("UPDATE {t} SET {c} = {c} - interval '1 hour' WHERE {c} IS NOT NULL").format(
            t=sql.Identifier(table), c=sql.Identifier(column)))
    conn.commit()


def _rematch(conn: psycopg.Connection) -> None:
    watchlists.rematch_all(conn)
    conn.commit()


def _events(capsys) -> list[dict]:
    """The events of one `watch run --json`, without the silent-source notices of the fixture's sources."""
    done = survtrack_here(capsys, "watch", "run", "--json")
    assert done.returncode == 0, done.stderr
    return [e for e in json_events(done.stdout) if e["event"] != "source_silent"]


def _run(capsys) -> list[tuple[str, str, str]]:
    return sorted((e["watch"], e["event"], e["key"]) for e in _events(capsys))


def _watch(capsys, name: str) -> None:
    done = survtrack_here(capsys, "watch", "add", name)
    assert done.returncode == 0, done.stderr


def test_an_award_linked_to_a_list_entry_by_a_later_rematch_is_a_designated_supplier_once(conn, capsys):
    designation = _store(conn, SUPPLIER)  # the list entry first: no organisation of that name exists yet
    _watch(capsys, "all")
    notice = award(conn, "TR-A1", SUPPLIER, AWARDED)
    conn.commit()
    _an_hour_passes(conn)
    assert _run(capsys) == [("all", "new", f"new:{notice}")]
    _an_hour_passes(conn)

    _rematch(conn)  # e.g. `survtrack reprocess`, an hour after the watch processed the award
    org = supplier_org(conn, notice)
    assert conn.execute("SELECT org_id FROM designations WHERE id = %s", (designation,)).fetchone()[0] == org
    events = _events(capsys)
    assert [(e["watch"], e["event"], e["key"]) for e in events] == [
        ("all", "designated_supplier", f"designated_supplier:{notice}:{designation}")]
    evidence = events[0]["evidence"]
    assert (evidence["list"], evidence["supplier"], evidence["citation"]) == ("test_rematch_list", SUPPLIER,
                                                                              "Test Reg. 7")
    assert evidence["in_force_at_award"] is True and evidence["listed_on"] == LISTED.isoformat()
    assert events[0]["notice"]["id"] == notice
    assert _run(capsys) == []

    # A watch added now sees nothing of these older facts; a re-match that changes nothing reports nothing to
    # either watch, an hour later or at once.
    _watch(capsys, "later")
    assert _run(capsys) == []
    _an_hour_passes(conn)
    _rematch(conn)
    assert _run(capsys) == []
    _rematch(conn)
    assert _run(capsys) == []
    with psycopg.connect(conn.info.dsn) as check:
        assert check.execute("SELECT kind, count(*) FROM watch_events GROUP BY kind ORDER BY kind").fetchall() == [
            ("designated_supplier", 1), ("new", 1)]


def test_earlier_awards_of_a_vendor_a_rematch_links_to_a_newer_entry_are_newly_designated_once(conn, capsys):
    _watch(capsys, "all")
    notice = award(conn, "TR-A2", SUPPLIER, AWARDED)
    conn.commit()
    _an_hour_passes(conn)
    assert _run(capsys) == [("all", "new", f"new:{notice}")]
    # The list entry is read after the award, under a name survtrack does not yet know the supplier by.
    designation = _store(conn, ALIAS)
    _an_hour_passes(conn)
    assert _run(capsys) == []
    _an_hour_passes(conn)

    # Later the organisation becomes known by that name too (here as a later notice would record it), and the
    # next re-match links the entry to it: its earlier award is looked at again, and reported once.
    org = supplier_org(conn, notice)
    conn.execute("INSERT INTO organisation_names (org_id, name, name_type, source) VALUES (%s, %s, 'as_written', "
                 "'notice')", (org, ALIAS))
    conn.commit()
    _rematch(conn)
    assert conn.execute("SELECT org_id FROM designations WHERE id = %s", (designation,)).fetchone()[0] == org
    events = _events(capsys)
    assert [(e["watch"], e["event"], e["key"]) for e in events] == [
        ("all", "newly_designated", f"newly_designated:{notice}:{designation}")]
    assert events[0]["evidence"]["in_force_at_award"] is True
    assert events[0]["evidence"]["supplier"] == SUPPLIER
    assert _run(capsys) == []
    _an_hour_passes(conn)
    _rematch(conn)
    assert _run(capsys) == []


def test_a_subsidiary_covered_only_after_a_rematch_is_reported_once_with_its_parents_designation(conn, capsys):
    from scrapers.parsing.watchlists import parse_fcc_covered_list
    from tests.lists.test_store_lists import FCC

    parsed = parse_fcc_covered_list(FCC.read_bytes())
    watchlists.store_list(conn, parsed.entries, on=date(2024, 1, 2), complete_lists=parsed.complete_lists)
    conn.commit()
    hik = conn.execute("SELECT id FROM organisations WHERE vendor_id = 'hikvision'").fetchone()[0]
    covering = {r[0] for r in conn.execute(
        "SELECT id FROM designations WHERE org_id = %s AND covers_subsidiaries", (hik,))}
    assert covering, "the FCC Covered List fixture extends its Hikvision entry to subsidiaries"
    _watch(capsys, "all")
    notice = award(conn, "TR-A3", SUPPLIER, AWARDED)  # a supplier no list names, not yet known as a subsidiary
    conn.commit()
    _an_hour_passes(conn)
    assert _run(capsys) == [("all", "new", f"new:{notice}")]
    _an_hour_passes(conn)

    # The registry learns that the supplier is a subsidiary; the next re-match extends the coverage to it.
    conn.execute("INSERT INTO organisation_links (parent_id, child_id, relation) VALUES (%s, %s, 'subsidiary')",
                 (hik, supplier_org(conn, notice)))
    conn.commit()
    _rematch(conn)
    events = _events(capsys)
    assert sorted(e["key"] for e in events) == sorted(f"designated_supplier:{notice}:{d}" for d in covering)
    assert all(e["evidence"]["via_parent"] is True and e["evidence"]["in_force_at_award"] is True
               and e["evidence"]["supplier"] == SUPPLIER for e in events)
    assert _run(capsys) == []
    _an_hour_passes(conn)
    _rematch(conn)
    assert _run(capsys) == []
