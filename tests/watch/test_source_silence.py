"""source_silent: judged from each source's own run history (crawl_runs, crawl_errors), reported once per silence."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from psycopg.types.json import Jsonb

from db.queries.watches import silent_since, source_silence
from tests.dashboard.seed import Seeded, _notice
from tests.watch.conftest import json_events, survtrack_here


def _history(conn, source: str, days_ago: list[float], *, inserted: int = 5, errors_last: int = 0) -> None:
    now = datetime.now(UTC)
    conn.execute("INSERT INTO sources (id) VALUES (%s) ON CONFLICT DO NOTHING", (source,))
    for i, ago in enumerate(days_ago):
        started = now - timedelta(days=ago)
        run_id = conn.execute(
            """INSERT INTO crawl_runs (source_id, started_at, finished_at, status, stats)
               VALUES (%s, %s, %s, 'finished', %s) RETURNING id""",
            (source, started, started + timedelta(minutes=5),
             Jsonb({"survtrack/notices/inserted": inserted, "downloader/response_count": 10}))).fetchone()[0]
        if i == len(days_ago) - 1:
            for n in range(errors_last):
                conn.execute("INSERT INTO crawl_errors (run_id, source_id, url, stage, error) "
                             "VALUES (%s, %s, %s, 'fetch', 'HTTP 503')", (run_id, source, f"https://x.invalid/{n}"))
    _notice(conn, Seeded(), f"{source}-notice", title=f"{source} 人脸识别采购", body="采购内容：人脸识别终端",
            kind="tender", published=date(2024, 1, 1), country="CN", tags=[("facial_recognition", "人脸识别终端")],
            buyer=None, run_id=run_id, seen=now - timedelta(days=days_ago[-1]), source=source)


def test_silent_and_flaky_sources_are_reported_once(seeded_watch, conn, capsys):
    _history(conn, "silent_src", [10, 9, 8, 7, 6, 5])  # daily, then nothing for five days
    _history(conn, "flaky_src", [4, 3, 2, 1, 0.01], errors_last=8)  # daily and on time, but 8 errors in 10
    _history(conn, "young_src", [30])  # one run: too little history to judge
    conn.commit()
    silences = {(s.source, s.reason) for s in source_silence(conn)}
    assert silences == {("silent_src", "no_successful_run"), ("flaky_src", "error_rate")}
    assert silent_since(conn)["silent_src"]["reason"] == "no_successful_run"

    events = [e for e in json_events(survtrack_here(capsys, "watch", "run", "--json").stdout)
              if e["event"] == "source_silent"]
    assert sorted((e["source"]["id"], e["source"]["reason"]) for e in events) == [
        ("flaky_src", "error_rate"), ("silent_src", "no_successful_run")]
    flaky = next(e for e in events if e["source"]["id"] == "flaky_src")
    assert flaky["evidence"]["detail"]["error_rate"] == 0.8 and flaky["evidence"]["detail"]["usual_error_rate"] == 0
    silent = next(e for e in events if e["source"]["id"] == "silent_src")
    assert silent["evidence"]["detail"]["usual_interval_hours"] == 24.0
    assert survtrack_here(capsys, "watch", "run", "--json").stdout == ""  # the same silence is not news twice

    # A watch whose filter selects none of a source's notices does not hear about that source.
    assert survtrack_here(capsys, "watch", "add", "gb-only", "--where", "country=GB", "--backfill").returncode == 0
    events = json_events(survtrack_here(capsys, "watch", "run", "--json").stdout)
    assert [e for e in events if e["event"] == "source_silent"] == []


def test_feed_entries_without_a_notice_still_meet_rfc_4287(seeded_watch, conn, survtrack_home, capsys):
    """RFC 4287 4.1.2: an entry without an alternate link must have content: source_silent is about a source."""
    from xml.etree import ElementTree as ET

    import feedparser

    _history(conn, "silent_src", [10, 9, 8, 7, 6, 5])
    conn.commit()
    assert survtrack_here(capsys, "watch", "run").returncode == 0
    data = (survtrack_home / "feeds" / "all.xml").read_bytes()
    atom = "{http://www.w3.org/2005/Atom}"
    entries = list(ET.fromstring(data).iter(f"{atom}entry"))
    silent = [e for e in entries if e.find(f"{atom}category").get("term") == "source_silent"]
    assert len(silent) == 1 and "silent_src" in silent[0].findtext(f"{atom}content")
    for entry in entries:
        has_link = any(link.get("rel") == "alternate" for link in entry.iter(f"{atom}link"))
        assert has_link or entry.find(f"{atom}content") is not None, entry.findtext(f"{atom}title")
        assert entry.findtext(f"{atom}id") and entry.findtext(f"{atom}title") and entry.findtext(f"{atom}updated")
    feed = feedparser.parse(data)
    assert not feed.bozo and len(feed.entries) == len(entries) == 11


def test_a_source_that_runs_but_brings_nothing_new_is_silent_since_its_last_new_notice(conn):
    now = datetime.now(UTC)
    conn.execute("INSERT INTO sources (id) VALUES ('dry_src')")
    for ago, inserted in [(10, 5), (9, 5), (8, 4), (7, 3), (5, 0), (4, 0), (3, 0), (2, 0), (1, 0)]:
        started = now - timedelta(days=ago)
        conn.execute("""INSERT INTO crawl_runs (source_id, started_at, finished_at, status, stats)
                        VALUES ('dry_src', %s, %s, 'finished', %s)""",
                     (started, started + timedelta(minutes=5),
                      Jsonb({"survtrack/notices/inserted": inserted, "downloader/response_count": 10})))
    conn.commit()
    found = [s for s in source_silence(conn) if s.source == "dry_src"]
    assert [s.reason for s in found] == ["no_new_notice"]  # it runs daily and without errors, but finds nothing
    assert found[0].since == now - timedelta(days=7) + timedelta(minutes=5)  # the end of its last fruitful run
    assert found[0].detail["usual_interval_hours"] == 24.0
    assert silent_since(conn)["dry_src"]["reason"] == "no_new_notice"
