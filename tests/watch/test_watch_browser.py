"""The Watches page in a real browser (Debian chromium through Playwright, the fixtures of
tests/dashboard/test_browser.py): each watch, its events linking to the notice page, its feed URL served by
`survtrack serve`; an event whose notice title carries HTML and a Markdown image shows them as text, runs nothing
and fetches nothing off 127.0.0.1. Plus the page and the Sources page's "silent since" through AppTest."""
from __future__ import annotations

import urllib.request
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.dashboard.seed import IMG, PIXEL, XSS_SUPPLIER, _notice, seed
from tests.dashboard.test_browser import browser, live_dashboard, page, shot, wait_idle  # noqa: F401 - fixtures
from tests.watch.conftest import survtrack
from tests.watch.test_source_silence import _history

HOSTILE_TITLE = f"示例人脸识别终端采购{IMG}{PIXEL}"
APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app.py")


@pytest.fixture
def seeded(conn):
    """The dashboard corpus plus a notice whose title is hostile, and a watch that has reported all of it."""
    seeded = seed(conn)
    run_id = conn.execute("SELECT max(id) FROM crawl_runs").fetchone()[0]
    seeded.notices["hostile-title"] = _notice(
        conn, seeded, "hostile-title", title=HOSTILE_TITLE, body="采购内容：人脸识别终端", kind="tender",
        published=date(2024, 2, 2), country="CN", tags=[("facial_recognition", "人脸识别终端")], buyer=None,
        run_id=run_id, seen=datetime(2024, 5, 2, tzinfo=UTC))
    # The probe's hostile supplier goes on the list: its designated_supplier event carries that name as evidence
    # text (the event's caption), not only as a title.
    supplier_org = conn.execute("SELECT org_id FROM notice_parties WHERE notice_id = %s AND role = 'supplier'",
                                (seeded.notices["xss-probe"],)).fetchone()[0]
    assert supplier_org is not None
    conn.execute("""INSERT INTO designations (list_id, source_entry_id, program, entity_name, entity_country, org_id,
                                              match_method, match_score, listed_on, citation, source_url)
                    VALUES ('demo_entity_list', 'E-XSS', 'Demo program', %s, 'CN', %s, 'exact_alias', 1.0,
                            '2020-01-15', '99 Demo Reg. 12346', 'https://demo.survtrack.invalid/list/e-xss')""",
                 (XSS_SUPPLIER, supplier_org))
    _history(conn, "silent_src", [10, 9, 8, 7, 6, 5])  # ran daily, then nothing for five days: silent
    conn.commit()
    assert survtrack("watch", "add", "all", "--backfill").returncode == 0
    assert survtrack("watch", "run").returncode == 0
    return seeded


@pytest.mark.browser
def test_watches_page_lists_events_links_notices_and_serves_the_feed(live_dashboard, page):  # noqa: F811 - fixtures
    import feedparser

    base, seeded = live_dashboard
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{base}/watches?watch=all")
    page.get_by_text("Latest events (13)").wait_for()
    wait_idle(page)
    label = page.get_by_text(f"New: {HOSTILE_TITLE}", exact=True)
    label.wait_for()  # the title as its characters: neither an <img> element nor a Markdown image
    # Evidence text too: the designated supplier's name (a Markdown image, code and a link) as its characters.
    page.get_by_text(f"Supplier {XSS_SUPPLIER} — demo_entity_list since 2020-01-15; "
                     "award date 2023-04-02 (in force then)", exact=True).wait_for()
    page.get_by_text("Source silent: silent_src").wait_for()
    assert page.locator("a[href*='203.0.113.9']").count() == 0  # nor a link (GFM autolinks bare URLs)
    assert page.evaluate("() => window.__xss") is None
    assert page.locator("img[src='x']").count() == 0 and page.locator("img[src*='203.0.113.9']").count() == 0
    feed_line = page.get_by_text("Atom feed: http://127.0.0.1:").inner_text()
    shot(page, "watches-01-page.png")
    off_host = [u for u in requested if not u.startswith((base, "data:", "blob:"))]
    assert off_host == [], f"the Watches page must not touch the network: {off_host}"

    feed_url = feed_line.split("Atom feed: ", 1)[1].strip()
    with urllib.request.urlopen(feed_url, timeout=10) as response:
        assert response.headers["Content-Type"].startswith("application/atom+xml")
        feed = feedparser.parse(response.read())
    assert not feed.bozo and len(feed.entries) == 13

    label.click()  # the event links to the notice page
    page.wait_for_url(f"**/notices?notice={seeded.notices['hostile-title']}")
    page.get_by_text("Text with evidence").wait_for()
    assert page.evaluate("() => window.__xss") is None
    shot(page, "watches-02-notice.png")


def test_watches_and_sources_pages_render(seeded):
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("app_pages/watches.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert "Latest events (13)" in [s.value for s in at.subheader]
    at.switch_page("app_pages/sources.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    health = at.dataframe[0].value.set_index("source")["silent_since"]
    # its last run, five days ago (compared as times, not dates: a run near midnight must not change the day)
    since = datetime.strptime(health["silent_src"][:16], "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
    assert abs(since - (datetime.now(UTC) - timedelta(days=5))) < timedelta(hours=2), health["silent_src"]
    assert health["silent_src"].endswith("(no_successful_run)")
    assert health["demo_ccgp"] == ""  # one run: too little history to call it silent


def test_watches_page_without_watches_says_how_to_add_one(database_url):
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("app_pages/watches.py")
    at.run()
    assert not at.exception and "survtrack watch add" in at.info[0].value
