"""In the real browser: one country selected draws its first-level regions, and a hostile admin-1 name in a region
tooltip shows as text and runs nothing (the XSS probe of test_browser.py, on the region layer)."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.dashboard.seed import IMG, SCRIPT
from tests.dashboard.test_browser import (  # noqa: F401
    browser,
    caption_with,
    live_dashboard,
    map_tooltip,
    page,
    shot,
    wait_idle,
)

pytestmark = pytest.mark.browser

#: Only the XSS probe notice matches this search (its title): its place is Dalian, in Liaoning.
PROBE_QUERY = "q=%E7%A4%BA%E4%BE%8B%E4%BA%BA%E8%84%B8%E8%AF%86%E5%88%AB%E9%87%87%E8%B4%AD"
HOSTILE_PROVINCE = f"辽宁省{IMG}{SCRIPT}"


def test_one_country_shows_its_regions_and_a_hostile_region_name_stays_text(live_dashboard, page, conn):  # noqa: F811
    base, seeded = live_dashboard
    conn.execute("UPDATE places SET admin1 = %s WHERE notice_id = %s", (HOSTILE_PROVINCE, seeded.notices["xss-probe"]))
    conn.commit()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))

    # The world view: no region layer, no region legend.
    page.goto(f"{base}/?{PROBE_QUERY}")
    caption_with(page, "1 notices match").wait_for()
    wait_idle(page)
    assert caption_with(page, "Regions of").count() == 0

    # One country selected: the region legend counts where the notices are, and the map centres on Liaoning.
    page.goto(f"{base}/?country=CN&{PROBE_QUERY}")
    caption_with(page, "1 notices match").wait_for()
    legend = caption_with(page, "Regions of CN")
    legend.wait_for()
    assert "1 notices sit in a drawn region" in legend.inner_text()
    tip = map_tooltip(page, "Liaoning",
                      ((0, 0), (10, 10), (-10, 10), (20, -10), (-20, -20), (30, 0), (0, -30)))
    shot(page, "12-map-regions-cn.png")
    assert "Liaoning (CN-LN)" in tip and "1 notices" in tip
    assert f"written in notices as: {HOSTILE_PROVINCE}" in tip and "&lt;" not in tip  # escaped exactly once
    assert page.evaluate("() => window.__xss") is None
    assert page.locator("img[src='x']").count() == 0
    outside = {urlsplit(url).hostname for url in requested if urlsplit(url).scheme in ("http", "https", "ws", "wss")}
    assert outside <= {"127.0.0.1", "localhost"}, sorted(outside)
