"""`survtrack watch add/list/show/remove/run/feed` on the seeded corpus, through the real command and database."""
from __future__ import annotations

from collections import Counter
from datetime import UTC

import psycopg

from tests.watch.conftest import json_events, survtrack, survtrack_here


def test_add_list_show_remove_and_one_line_errors(database_url, survtrack_home, capsys):
    """add and remove through the command (a subprocess); the refused adds, list and show in-process."""
    added = survtrack("watch", "add", "hik-cn", "--where", "vendor=hikvision", "--where", "country=CN")
    assert added.returncode == 0, added.stderr
    assert (survtrack_home / "feeds" / "hik-cn.xml").is_file()  # an empty feed exists from the start
    for args, message in [
        (("watch", "add", "hik-cn"), "a watch named 'hik-cn' already exists"),
        (("watch", "add", "other", "--where", "colour=red"), "unknown filter 'colour'"),
        (("watch", "add", "other", "--where", "since=yesterday"), "expected YYYY-MM-DD"),
        (("watch", "add", "other", "--where", "technology"), "expected KEY=VALUE"),
        (("watch", "add", "Other Name"), "watch name 'Other Name'"),
        (("watch", "add", "other", "--where", "designated=maybe"), "expected true or false"),
        # ids nothing could ever match: an export would just be empty, a watch would stay silent for ever
        (("watch", "add", "other", "--where", "technology=facial_recogniton"),
         "unknown taxonomy id 'facial_recogniton' (did you mean facial_recognition?)"),
        (("watch", "add", "other", "--where", "vendor=Hikvision"),
         "unknown registry vendor id 'Hikvision' (did you mean hikvision?)"),
        (("watch", "add", "other", "--where", "vendor=hikvision,no_such_vendor"), "'no_such_vendor'"),
        (("watch", "show", "missing"), "no watch named 'missing'"),
        (("watch", "remove", "missing"), "no watch named 'missing'"),
    ]:
        done = survtrack_here(capsys, *args)
        assert done.returncode != 0, args
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("survtrack: error: ") and message in lines[0], done.stderr
    listing = survtrack_here(capsys, "watch", "list")
    assert "other" not in listing.stdout  # nothing was stored by a refused add
    assert listing.returncode == 0 and "hik-cn" in listing.stdout and "vendor=hikvision country=CN" in listing.stdout
    shown = survtrack_here(capsys, "watch", "show", "hik-cn")
    assert shown.returncode == 0 and "filter: vendor=hikvision country=CN" in shown.stdout
    removed = survtrack("watch", "remove", "hik-cn")
    assert removed.returncode == 0 and not (survtrack_home / "feeds" / "hik-cn.xml").exists()
    with psycopg.connect(database_url) as conn:
        assert conn.execute("SELECT count(*) FROM watches").fetchone()[0] == 0


def test_backfilled_watch_reports_the_recorded_history_once(seeded_watch, database_url, capsys):
    first = survtrack("watch", "run", "--json")
    assert first.returncode == 0, first.stderr
    events = json_events(first.stdout)
    notices = seeded_watch.notices
    kinds = Counter(e["event"] for e in events)
    assert kinds == {"new": len(notices), "amended": 1, "taken_down": 1, "designated_supplier": 1}
    by_kind = {e["event"]: e for e in events}
    assert by_kind["amended"]["notice"]["id"] == notices["city-brain"]
    assert by_kind["amended"]["evidence"]["changes"]["text"]["added"] == ["变更：增加人脸识别卡口"]
    assert by_kind["amended"]["evidence"]["changes"]["technologies"]["new"] == ["facial_recognition",
                                                                                 "surveillance_platform"]
    assert by_kind["taken_down"]["evidence"]["reason"] == "http_404"
    designated = by_kind["designated_supplier"]
    assert designated["notice"]["id"] == notices["facial-award"]
    assert designated["evidence"]["list"] == "demo_entity_list"
    assert designated["evidence"]["in_force_at_award"] is True
    for event in events:  # every event points at its evidence: the notice URL and the archived copy's hash
        assert event["notice"]["url"].startswith("https://demo.survtrack.invalid/")
        assert len(event["notice"]["archive_sha256"]) == 64 and event["evidence"]
    assert len({e["id"] for e in events}) == len(events)

    again = survtrack_here(capsys, "watch", "run", "--json")
    assert again.returncode == 0 and again.stdout == "" and again.stderr == ""
    plain = survtrack_here(capsys, "watch", "run")
    assert plain.returncode == 0 and plain.stdout == ""
    with psycopg.connect(database_url) as conn:
        total, pending = conn.execute(
            "SELECT count(*), count(*) FILTER (WHERE delivered_at IS NULL) FROM watch_events").fetchone()
    assert (total, pending) == (len(events), 0)


def test_a_watch_reports_only_what_its_filter_selects_and_only_from_its_creation(seeded_watch, conn, capsys):
    assert survtrack_here(capsys, "watch", "add", "gb", "--where", "country=GB", "--backfill").returncode == 0
    assert survtrack_here(capsys, "watch", "add", "later").returncode == 0  # no backfill: history is not news
    events = json_events(survtrack_here(capsys, "watch", "run", "--json").stdout)
    gb = [e for e in events if e["watch"] == "gb"]
    assert {e["notice"]["id"] for e in gb} == {seeded_watch.notices["anpr-award"]}
    assert [e for e in events if e["watch"] == "later"] == []
    # A notice recorded after `later` was added is news to it.
    from tests.dashboard.seed import Seeded, _notice

    run_id = conn.execute("SELECT max(id) FROM crawl_runs").fetchone()[0]
    from datetime import date, datetime

    _notice(conn, Seeded(), "late", title="示例县人脸识别门禁采购", body="采购内容：人脸识别门禁终端", kind="tender",
            published=date(2025, 1, 2), country="CN", tags=[("facial_recognition", "人脸识别门禁终端")], buyer=None,
            run_id=run_id, seen=datetime.now(UTC))
    conn.commit()
    events = json_events(survtrack_here(capsys, "watch", "run", "--json").stdout)
    assert sorted((e["watch"], e["event"]) for e in events) == [("all", "new"), ("later", "new")]


def test_feed_verb_prints_the_atom_feed(seeded_watch, capsys):
    import feedparser

    assert survtrack_here(capsys, "watch", "run").returncode == 0
    done = survtrack("watch", "feed", "all")
    assert done.returncode == 0
    feed = feedparser.parse(done.stdout)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.id.startswith("urn:uuid:") and feed.feed.title == "survtrack watch: all" and feed.feed.updated
    assert len(feed.entries) == 9
