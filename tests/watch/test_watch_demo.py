"""End to end on the demo corpus, crawled by the real spiders from a 127.0.0.1 snapshot server: watches added to
an empty database see the first pass (new notices), the second pass (amendments, takedowns, and the watch lists
arriving: every earlier award to a listed supplier, newly designated), a new award to a listed supplier
(designated_supplier), and a designation added afterwards (its earlier awards, once). Every event fires exactly
once, about the right notices, with the notice URL, the archived copy's SHA-256 and its evidence."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from datetime import date

import psycopg
import pytest

from tests.watch.conftest import REPO, json_events, survtrack, survtrack_here

WATCHES = {"everything": [], "facial": ["technology=facial_recognition"], "cn-awards": ["country=CN", "kind=award"]}
NEW_AWARD = {"url": "https://demo.survtrack.invalid/import/hik-award-2024",
             "title": "示例市公安局视频监控设备采购项目中标公告",
             "body": "采购单位：示例市公安局\n项目名称：视频监控设备采购项目\n"
                     "中标供应商：杭州海康威视数字技术股份有限公司\n"
                     "中标金额：120万元\n采购内容：高清视频监控摄像机200台",
             "published": "2024-03-01", "kind": "award"}


def _crawl(crawls: list) -> None:
    from scrapers.runner import DEMO_SETTINGS

    settings = [f"-s{key}={json.dumps(value)}" for key, value in DEMO_SETTINGS.items()]
    done = subprocess.run([sys.executable, "-m", "scrapers.runner", "plan", json.dumps(crawls), *settings],
                          cwd=REPO, env=dict(os.environ), capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]


def _run() -> list[dict]:
    done = survtrack_here(None, "watch", "run", "--json")  # in-process: the watch verbs' processes are tested in
    # test_watch_cli; here the crawls (real spiders, real engine, in subprocesses) are the point
    assert done.returncode == 0, done.stderr
    return json_events(done.stdout)


def _matching(conn, items: list[str]) -> set[int]:
    from psycopg import sql

    from db.watch_events import where_sql
    from survtrack.watch.events import parse_filter

    where, params = where_sql(parse_filter(items))
    return {r[0] for r in conn.execute(sql.SQL("SELECT n.id FROM notices n WHERE {}").format(where), params)}


def _supplier_pairs(conn, notice_ids: set[int], designations: set[int] | None = None) -> set[tuple[int, int]]:
    """(notice, designation) for supplier parties a designation names or covers, outside disclosures."""
    rows = conn.execute(
        """SELECT p.notice_id, d.id FROM notice_parties p JOIN notices n ON n.id = p.notice_id
           JOIN designations d ON d.org_id = p.org_id
              OR d.id IN (SELECT c.designation_id FROM designation_coverage c WHERE c.org_id = p.org_id)
           WHERE p.role = 'supplier' AND n.kind <> 'disclosure'""").fetchall()
    return {(n, d) for n, d in rows if n in notice_ids and (designations is None or d in designations)}


@pytest.fixture(scope="module")
def world(module_database):
    from scrapers.demo import lists as demo_lists
    from scrapers.localserver import SnapshotServer
    from scrapers.runner import DEMO_ROOT, demo_plan

    url, home = module_database
    for name, items in WATCHES.items():
        assert survtrack_here(None, "watch", "add", name, *[f"--where={i}" for i in items]).returncode == 0
    runs: dict[str, list[dict]] = {}
    expected: dict[str, dict] = {}
    with SnapshotServer(DEMO_ROOT) as server, SnapshotServer(demo_lists.ROOT) as list_server:
        _crawl(demo_plan(server.url))
        runs["first"] = _run()
        with psycopg.connect(url) as conn:
            expected["first"] = {name: _matching(conn, items) for name, items in WATCHES.items()}
        server.phase = 2
        _crawl(demo_plan(server.url) + demo_plan(list_server.url, lists=True))
        runs["second"] = _run()
    with psycopg.connect(url) as conn:
        expected["second"] = {name: _matching(conn, items) for name, items in WATCHES.items()}
        expected["designations"] = {r[0] for r in conn.execute("SELECT id FROM designations")}
    award = home / "award.jsonl"
    award.write_text(json.dumps(NEW_AWARD, ensure_ascii=False) + "\n", encoding="utf-8")
    assert survtrack("ingest", str(award)).returncode == 0
    runs["award"] = _run()
    runs["listing"], expected["listing"] = _list_an_unlisted_supplier(url), {}
    runs["nothing"] = _run()
    with psycopg.connect(url) as conn:
        expected["after"] = {name: _matching(conn, items) for name, items in WATCHES.items()}
    return {"url": url, "runs": runs, "expected": expected}


def _list_an_unlisted_supplier(url: str) -> list[dict]:
    """Put the supplier with the most awards that is on no list onto a (test) list, then run the watches."""
    from db.watchlists import store_list
    from enrich.lists import ListEntry

    with psycopg.connect(url) as conn:
        org_id, name = conn.execute(
            """SELECT p.org_id, min(p.raw_name) FROM notice_parties p JOIN notices n ON n.id = p.notice_id
               JOIN organisations o ON o.id = p.org_id
               WHERE p.role = 'supplier' AND n.kind <> 'disclosure' AND o.vendor_id IS NULL
                 AND NOT EXISTS (SELECT 1 FROM designations d WHERE d.org_id = p.org_id)
                 AND NOT EXISTS (SELECT 1 FROM designation_coverage c WHERE c.org_id = p.org_id)
               GROUP BY p.org_id ORDER BY count(DISTINCT p.notice_id) DESC, p.org_id LIMIT 1""").fetchone()
        store_list(conn, [ListEntry(list_id="test_watch_list", source_entry_id="TW-1", entity_name=name,
                                    entity_type="entity", listed_on=date(2020, 6, 1), citation="Test Reg. 1")],
                   on=date.today())
        conn.commit()
        assert conn.execute("SELECT org_id FROM designations WHERE list_id = 'test_watch_list'").fetchone()[0] == org_id
    return _run()


def _keys(events: list[dict], watch: str, kind: str) -> set[str]:
    return {e["key"] for e in events if e["watch"] == watch and e["event"] == kind}


def test_first_pass_every_matching_notice_is_new_once(world):
    first = world["runs"]["first"]
    assert {e["event"] for e in first} == {"new"}
    for name in WATCHES:
        assert _keys(first, name, "new") == {f"new:{n}" for n in world["expected"]["first"][name]}, name
    assert len(world["expected"]["first"]["facial"]) > 10 and len(world["expected"]["first"]["cn-awards"]) > 10


def test_second_pass_amendments_takedowns_and_the_lists_arriving(world):
    second = world["runs"]["second"]
    with psycopg.connect(world["url"]) as conn:
        versions = conn.execute("SELECT notice_id, version FROM notice_versions WHERE version > 1").fetchall()
        removals = conn.execute("SELECT notice_id, id FROM notice_events WHERE event = 'removed'").fetchall()
        designations = world["expected"]["designations"]  # those read by the second pass
        pairs = {name: _supplier_pairs(conn, world["expected"]["second"][name], designations) for name in WATCHES}
    assert versions and removals
    for name in WATCHES:
        matching = world["expected"]["second"][name]
        assert _keys(second, name, "amended") == {f"amended:{n}:{v}" for n, v in versions if n in matching}
        assert _keys(second, name, "taken_down") == {f"taken_down:{n}:{e}" for n, e in removals if n in matching}
        # The lists arrived after the watch and after these awards: each earlier award is newly designated.
        assert _keys(second, name, "newly_designated") == {f"newly_designated:{n}:{d}" for n, d in pairs[name]}
        assert _keys(second, name, "designated_supplier") == set()
    assert _keys(second, "everything", "newly_designated")
    facial = [e for e in second if e["watch"] == "facial" and e["event"] == "amended"]
    assert all(e["evidence"]["changes"] for e in facial)


def test_a_new_award_to_a_listed_supplier_is_a_designated_supplier_event(world):
    award = world["runs"]["award"]
    everything = [e for e in award if e["watch"] == "everything"]
    assert Counter(e["event"] for e in everything)["new"] == 1
    notice_id = everything[0]["notice"]["id"]
    designated = [e for e in everything if e["event"] == "designated_supplier"]
    assert designated and {e["notice"]["id"] for e in designated} == {notice_id}
    lists = {e["evidence"]["list"] for e in designated}
    assert "us_bis_entity_list" in lists and all(e["evidence"]["in_force_at_award"] for e in designated)
    assert all(e["evidence"]["supplier"] == "杭州海康威视数字技术股份有限公司" for e in designated)


def test_a_designation_added_later_reports_every_earlier_award_once(world):
    listing = world["runs"]["listing"]
    with psycopg.connect(world["url"]) as conn:
        designation = conn.execute("SELECT id FROM designations WHERE list_id = 'test_watch_list'").fetchone()[0]
        pairs = {name: _supplier_pairs(conn, world["expected"]["after"][name], {designation}) for name in WATCHES}
    assert pairs["everything"]
    assert {e["event"] for e in listing} == {"newly_designated"}
    for name in WATCHES:
        assert _keys(listing, name, "newly_designated") == {f"newly_designated:{n}:{d}" for n, d in pairs[name]}
    assert {e["evidence"]["in_force_at_award"] for e in listing} <= {True, False}
    assert all(e["evidence"]["citation"] == "Test Reg. 1" for e in listing)


def test_each_event_once_with_its_evidence_and_nothing_on_a_quiet_rerun(world):
    runs = world["runs"]
    assert runs["nothing"] == []
    every = [e for run in runs.values() for e in run]
    assert len({(e["watch"], e["key"]) for e in every}) == len(every) == len({e["id"] for e in every})
    with psycopg.connect(world["url"]) as conn:
        assert conn.execute("SELECT count(*) FROM watch_events").fetchone()[0] == len(every)
    for event in every:
        notice = event["notice"]
        assert notice["url"] and len(notice["archive_sha256"]) == 64 and event["evidence"], event["key"]
        if event["event"] in ("designated_supplier", "newly_designated"):
            assert event["evidence"]["listed_on"] and event["evidence"]["supplier"]
        if event["event"] == "taken_down":
            assert event["evidence"]["removed_on"] and event["evidence"]["reason"]
