"""End to end in a real browser: a live `survtrack serve --port N` on the seeded corpus, driven by Debian's
chromium through Playwright. Open the map, filter through the UI, open a notice, download files, open a shared
link, and probe for XSS in the table, the detail view, a map tooltip and an export.

Screenshots go to test-artifacts/ (gitignored). These tests never skip: without chromium they fail and say how
to install it.
"""
from __future__ import annotations

import contextlib
import copy
import csv
import hashlib
import io
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from db import store
from tests.conftest import copy_of_template, drop_database
from tests.dashboard.seed import IMG, PIXEL, SCRIPT, XSS_BUYER, XSS_SUPPLIER, XSS_TITLE, _notice

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path(os.environ.get("SURVTRACK_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def serving(env: dict[str, str], log: Path) -> Iterator[str]:
    """A live `survtrack serve --port N` with `env` (DATABASE_URL, SURVTRACK_HOME): its base URL once healthy."""
    port = _free_port()
    # The user's way in: `survtrack serve` (which runs `streamlit run dashboard/app.py` on 127.0.0.1).
    survtrack = Path(sys.executable).with_name("survtrack")
    with log.open("wb") as out:
        process = subprocess.Popen([str(survtrack), "serve", "--port", str(port)], cwd=ROOT, env=env,
                                   stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the dashboard did not start:\n{log.read_text(errors='replace')[-3000:]}")
            time.sleep(0.3)
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)  # survtrack and the streamlit process it started
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


@pytest.fixture
def live_dashboard(seeded, database_url, survtrack_home):
    """A dashboard of this test's own on its own copy of the seeded corpus: for tests that change the data."""
    with serving(dict(os.environ), survtrack_home / "streamlit.log") as base:
        yield base, seeded


@pytest.fixture(scope="module")
def shared_dashboard(seeded_template, pg_admin_url, tmp_path_factory):
    """One dashboard for a module's tests that only read the seeded corpus (one server start, not one per test):
    its own copy of the seeded template and of its archive files, which no test writes to."""
    name, seeded_home, ids = seeded_template
    home = tmp_path_factory.mktemp("shared-dashboard")
    shutil.copytree(seeded_home / "archive", home / "archive")
    url = copy_of_template(pg_admin_url, name)
    try:
        with serving({**os.environ, "DATABASE_URL": url, "SURVTRACK_HOME": str(home)}, home / "streamlit.log") as base:
            yield base, copy.deepcopy(ids)
    finally:
        drop_database(pg_admin_url, url)


@pytest.fixture(scope="module")
def browser():
    """One chromium for a module's tests; each test gets its own context (page), so nothing carries over."""
    if not CHROMIUM.exists():
        pytest.fail(f"chromium is missing ({CHROMIUM}): install the Debian package with "
                    "`apt-get install -y chromium` (or run `make browser`); browser tests never skip")
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    context.set_default_timeout(30_000)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    yield tab
    context.close()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def wait_idle(page) -> None:
    """Wait until Streamlit has finished the current script run."""
    page.wait_for_timeout(300)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " || !document.querySelector('[data-testid=\"stStatusWidget\"]').innerText.includes('Running')")
    page.wait_for_timeout(300)


def caption_with(page, text: str):
    return page.get_by_test_id("stCaptionContainer").filter(has_text=text)


def map_tooltip(page, wanted: str, offsets=((0, 0), (2, 2), (-2, -2), (4, 0), (0, 4))) -> str:
    """Hover around the centre of the map's canvas until a deck.gl tooltip containing ``wanted`` shows; its text
    (the last tooltip seen, or "", when none did)."""
    canvas = page.locator("[data-testid='stDeckGlJsonChart'] canvas").first
    canvas.wait_for()
    wait_idle(page)
    page.wait_for_timeout(1500)
    box = canvas.bounding_box()
    tooltip = page.locator(".deck-tooltip")
    tip = ""
    for dx, dy in offsets:
        page.mouse.move(box["x"] + box["width"] / 2 + dx, box["y"] + box["height"] / 2 + dy)
        page.wait_for_timeout(400)
        if tooltip.count():
            tip = tooltip.first.inner_text()
            if wanted in tip:
                break
    return tip


def test_reporter_workflow(shared_dashboard, page):
    base, seeded = shared_dashboard
    external = []
    page.on("request", lambda request: None if request.url.startswith(base) or request.url.startswith("data:")
            or request.url.startswith("blob:") else external.append(request.url))
    # 1. The map opens offline, with the demo banner and a WebGL canvas.
    page.goto(f"{base}/")
    page.get_by_text("Demo data: fictional buyers").first.wait_for()
    page.locator("canvas").first.wait_for()
    caption_with(page, "6 notices match").wait_for()
    wait_idle(page)
    page.wait_for_timeout(1000)
    shot(page, "01-map.png")
    assert external == [], f"the map must not touch the network: {external}"

    # 1b. Picking a place lists the notices behind it and puts the selection in the URL.
    pick = page.get_by_test_id("stSelectbox").filter(has_text="Or pick a place or country")
    pick.locator("input").click()
    page.keyboard.type("疏附县")
    page.keyboard.press("Enter")
    page.get_by_text("Notices behind the selection").wait_for()
    caption_with(page, "1 notices match").wait_for()
    wait_idle(page)
    assert "at=39.3750%2C75.8630" in page.url or "at=39.3750,75.8630" in page.url
    shot(page, "02-map-place-picked.png")

    # 2. Filter through the UI: search the text from the sidebar on the Notices page.
    page.goto(f"{base}/notices")
    caption_with(page, "6 notices match").wait_for()
    search = page.get_by_role("textbox", name="Search title and text")
    search.fill("人脸识别")
    search.press("Enter")
    caption_with(page, "3 notices match").wait_for()
    wait_idle(page)
    assert "q=%E4%BA%BA%E8%84%B8%E8%AF%86%E5%88%AB" in page.url
    shot(page, "03-notices-filtered.png")

    # 3. Download an export of the filtered selection.
    page.get_by_text("Export this selection").click()
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download 3 notices as CSV").click()
    exported = Path(download_info.value.path()).read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(exported)))
    assert len(rows) == 3 and all(len(r["archive_sha256"]) == 64 and r["demo"] == "True" for r in rows)
    assert "13812345678" not in exported

    # 4. Open a notice and its archived copy.
    page.goto(f"{base}/notices?notice={seeded.notices['city-brain']}")
    page.locator("mark", has_text="城市大脑平台").first.wait_for()
    assert page.locator(".tag-label", has_text="surveillance_platform").count() >= 1
    page.get_by_text("Removed from the source on 2024-07-01").wait_for()
    sha_line = page.get_by_text("SHA-256: ").first.inner_text()
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download archived raw copy").click()
    raw = Path(download_info.value.path()).read_bytes()
    assert hashlib.sha256(raw).hexdigest() in sha_line
    shot(page, "04-notice-detail.png")

    # 5. A shared link reopens the same view, sidebar included.
    page.goto(f"{base}/notices?tech=cctv&country=CN")
    caption_with(page, "1 notices match").wait_for()
    # the context's 30 s, not expect()'s own 5 s: on a loaded machine the sidebar's filters render later
    expect(page.get_by_test_id("stSidebar")).to_contain_text("Video surveillance (CCTV) (cctv)", timeout=30_000)
    shot(page, "05-shared-link.png")

    # 6. Vendor dossier and source health render.
    page.goto(f"{base}/vendors?org={seeded.vendor_org}")
    page.get_by_text("Watch-list designations").wait_for()
    page.get_by_text("Demo Entity List (fictional)").first.wait_for(state="attached")
    wait_idle(page)
    shot(page, "06-vendor.png")
    page.goto(f"{base}/sources")
    page.get_by_text("Takedown ledger: notices removed from their source").wait_for()
    wait_idle(page)
    shot(page, "07-sources.png")


def test_hostile_notice_renders_as_text_everywhere(shared_dashboard, page):
    base, seeded = shared_dashboard
    xss_id = seeded.notices["xss-probe"]
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    # Detail view: title, buyer and evidence are visible as literal text, and nothing ran.
    page.goto(f"{base}/notices?notice={xss_id}")
    page.locator("mark").first.wait_for()
    wait_idle(page)
    body = page.locator("body").inner_text()
    assert XSS_TITLE in body
    assert XSS_BUYER in body
    assert XSS_SUPPLIER in body  # the supplier's link label shows its Markdown as typed
    # The vendor page of that supplier: its name in the heading and in link labels stays literal too.
    page.get_by_text(XSS_SUPPLIER).first.click()
    wait_idle(page)
    page.wait_for_function("(name) => document.body.innerText.includes(name)", arg=XSS_SUPPLIER)
    page.goto(f"{base}/notices?notice={xss_id}")
    page.locator("mark").first.wait_for()
    wait_idle(page)
    assert page.locator("img[src*='203.0.113.9'], a[href*='203.0.113.9']").count() == 0
    assert f"人脸识别{IMG}{SCRIPT}门禁终端" in body
    assert page.evaluate("() => window.__xss") is None
    assert page.locator("img[src='x']").count() == 0
    shot(page, "08-xss-detail.png")

    # Table: the grid shows the literal title (the grid keeps an accessible copy of visible cells in the DOM).
    page.goto(f"{base}/notices?q=%E7%A4%BA%E4%BE%8B%E4%BA%BA%E8%84%B8%E8%AF%86%E5%88%AB%E9%87%87%E8%B4%AD")
    caption_with(page, "1 notices match").wait_for()
    wait_idle(page)
    page.wait_for_function("(title) => document.body.innerText.includes(title)"
                           " || [...document.querySelectorAll('td,[role=gridcell]')]"
                           ".some(c => c.textContent.includes(title))",
                           arg=XSS_TITLE)
    assert page.evaluate("() => window.__xss") is None
    shot(page, "09-xss-table.png")

    # Map tooltip: with only the hostile notice's place selected, its point sits at the centre of the map.
    page.goto(f"{base}/?at=38.9140,121.6147")
    caption_with(page, "1 notices match").wait_for()
    tip = map_tooltip(page, "example:")
    assert f"example: {XSS_TITLE}" in tip and "&lt;" not in tip  # literal text, escaped exactly once
    assert page.evaluate("() => window.__xss") is None
    shot(page, "10-xss-tooltip.png")
    # Not one request left the app: no pixel, no link prefetch, no font or script from elsewhere.
    outside = {urlsplit(url).hostname for url in requested if urlsplit(url).scheme in ("http", "https", "ws", "wss")}
    assert outside <= {"127.0.0.1", "localhost"}, sorted(outside)


def test_clicking_a_point_on_the_map_lists_its_notices(shared_dashboard, page):
    base, _ = shared_dashboard
    # Only the hostile notice matches, so its one point sits at the centre of the map; nothing is selected yet.
    page.goto(f"{base}/?q=%E7%A4%BA%E4%BE%8B%E4%BA%BA%E8%84%B8%E8%AF%86%E5%88%AB%E9%87%87%E8%B4%AD")
    caption_with(page, "1 notices match").wait_for()
    canvas = page.locator("[data-testid='stDeckGlJsonChart'] canvas").first
    canvas.wait_for()
    wait_idle(page)
    page.wait_for_timeout(1500)
    assert page.get_by_text("Notices behind the selection").count() == 0
    listed = page.get_by_text("Notices behind the selection")
    for attempt in range(5):  # on a loaded machine the map may not have drawn its point yet when first clicked
        box = canvas.bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_timeout(400)
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        try:
            listed.wait_for(timeout=10_000)
            break
        except PlaywrightTimeout:
            assert attempt < 4, "clicking the map's only point never listed its notices"
            wait_idle(page)
    wait_idle(page)
    assert "at=38.9140%2C121.6147" in page.url or "at=38.9140,121.6147" in page.url
    shot(page, "11-map-point-clicked.png")


#: Markdown and HTML that would fetch (an image, an autolink prefetch) or point (a link) at a third party's
#: address, and a backtick that would break out of our own `code` markup: issue 12.1's payloads, in every field.
EVERYWHERE = f"{PIXEL}`tick`[link](http://203.0.113.9/l)<http://203.0.113.9/a>{IMG}"


def _pointing_outside(page) -> list[str]:
    """Images and links on the page whose address is the payloads' host (links within the app may carry the
    payloads in their query string, as text)."""
    return page.evaluate("""() => [...document.querySelectorAll('img[src], a[href], link[href], iframe[src]')]
        .filter(e => new URL(e.getAttribute('src') || e.getAttribute('href'), location.href).hostname === '203.0.113.9')
        .map(e => e.outerHTML)""")


def test_markdown_payloads_in_every_field_make_no_outside_request(live_dashboard, page, conn):
    """Issue 12.1: a notice whose title, URL, buyer, supplier, evidence, amount clause, place names and crawl error
    all carry image, link, autolink, HTML and backtick payloads, and a shared link carrying them: every page that
    shows them (detail, vendor page, table, map tooltip, Sources, the link's error) shows them as typed, nothing
    runs, and the browser asks nothing of any host but the app's own."""
    base, seeded = live_dashboard
    title, buyer, supplier = f"示例标题{EVERYWHERE}", f"示例买方{EVERYWHERE}局", f"示例供应商{EVERYWHERE}公司"
    tag, amount, city = f"人脸识别{EVERYWHERE}", f"预算{EVERYWHERE}30万元", f"示例市{EVERYWHERE}"
    body = f"采购单位：{buyer}\n内容：{tag}\n{amount}\n供应商：{supplier}\n地点：{city}"
    run_id = store.open_run(conn, "demo_ccgp", args={}, demo=True)
    seen = datetime(2024, 5, 2, 8, 0, tzinfo=UTC)
    name = f"every-field`{PIXEL}`"
    notice_id = _notice(conn, seeded, name, title=title, body=body, kind="tender", published=date(2023, 5, 2),
                        country="CN", tags=[("facial_recognition", tag)], buyer=buyer, suppliers=[(supplier, None)],
                        amount=(amount, Decimal("300000"), "CNY"), run_id=run_id, seen=seen,
                        place=dict(country="CN", precision="city", admin1=f"示例省{EVERYWHERE}", city=city,
                                   lat=30.2741, lon=120.1551))
    store.record_error(conn, run_id, url=f"https://demo.survtrack.invalid/`{PIXEL}`", stage="parse",
                       error=f"no notice body found near {EVERYWHERE}")
    store.close_run(conn, run_id, status="partial", stats={})
    conn.commit()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))

    page.goto(f"{base}/notices?notice={notice_id}")
    page.locator("mark").first.wait_for()
    wait_idle(page)
    body_text = page.locator("body").inner_text()
    for shown in (title, buyer, supplier, tag, city, f"https://demo.survtrack.invalid/demo_ccgp/{name}"):
        assert shown in body_text, shown
    pointing = _pointing_outside(page)
    page.get_by_text(f"supplier: {supplier}").first.click()  # its vendor page: heading and captions
    wait_idle(page)
    page.wait_for_function("(name) => document.body.innerText.includes(name)", arg=supplier)
    shot(page, "12-markdown-vendor.png")
    pointing += _pointing_outside(page)

    page.goto(f"{base}/notices?q={quote('示例标题')}")
    caption_with(page, "1 notices match").wait_for()
    wait_idle(page)
    pointing += _pointing_outside(page)
    page.goto(f"{base}/?at=30.2741,120.1551")
    caption_with(page, "1 notices match").wait_for()
    assert f"example: {title}" in map_tooltip(page, "example:")
    pointing += _pointing_outside(page)
    page.goto(f"{base}/sources?source=demo_ccgp")
    page.get_by_text("Recent errors and blocked pages").wait_for()
    wait_idle(page)
    shot(page, "13-markdown-sources.png")
    pointing += _pointing_outside(page)
    # crafted links: the values they carry are echoed as typed, never as Markdown
    page.goto(f"{base}/notices?notice={quote(EVERYWHERE)}")
    page.get_by_text("expected a number").wait_for()
    wait_idle(page)
    assert f"notice={EVERYWHERE!r}" in page.locator("body").inner_text()
    pointing += _pointing_outside(page)
    page.goto(f"{base}/?at={quote(EVERYWHERE)}")
    page.get_by_text("Link problem").first.wait_for()
    wait_idle(page)
    assert "http://203.0.113.9/p.png" in page.locator("body").inner_text()
    pointing += _pointing_outside(page)

    assert page.evaluate("() => window.__xss") is None
    assert pointing == []  # no image or link was made of the payloads, on any page
    outside = {urlsplit(url).hostname for url in requested if urlsplit(url).scheme in ("http", "https", "ws", "wss")}
    assert outside <= {"127.0.0.1", "localhost"}, sorted(outside)
