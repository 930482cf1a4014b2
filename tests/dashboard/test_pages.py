"""Every page renders against a real seeded database, through the read-only role, with filters from the URL."""
from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.widgets import DEMO_BANNER
from db import store
from tests.dashboard.seed import IMG, SCRIPT, _notice

APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app.py")
PAGES = ["app_pages/map.py", "app_pages/notices.py", "app_pages/vendors.py", "app_pages/sources.py",
         "app_pages/methodology.py"]


def run_page(page: str | None = None, params: dict | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at.run()
    if page:
        at.switch_page(page)
        for key, value in (params or {}).items():
            at.query_params[key] = value
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    parts = [w.value for w in at.warning] + [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [t.value for t in at.text] + [e.value for e in at.error] + [i.value for i in at.info]
    parts += [str(h.proto.body) for h in at.get("html")]
    return "\n".join(str(p) for p in parts)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_and_shows_the_demo_banner(seeded, page):
    at = run_page(page)
    assert DEMO_BANNER in [w.value for w in at.warning]


def test_pages_render_on_an_empty_database_without_a_banner(database_url):
    for page in PAGES:
        at = run_page(page)
        assert DEMO_BANNER not in [w.value for w in at.warning]


@pytest.mark.parametrize("params, expected", [
    ({}, 6),
    ({"tech": "facial_recognition"}, 3),
    ({"tech": "facial_recognition", "country": "CN", "from": "2021-01-01"}, 2),
    ({"designated": "1"}, 1),
    ({"kind": "award", "country": "GB"}, 1),
    ({"q": "人脸识别", "surv": "1"}, 3),
    ({"buyer": "公安局"}, 2),
    ({"province": "新疆维吾尔自治区"}, 1),
    ({"source": "demo_ccgp", "to": "2019-12-31"}, 1),
    ({"at": "40.6668,122.2350"}, 1),
    ({"country": "not-a-country", "from": "yesterday"}, 6),  # bad link parts are ignored, not fatal
])
def test_filters_from_the_url_select_the_notices_in_the_table(seeded, params, expected):
    at = run_page("app_pages/notices.py", params)
    captions = " ".join(c.value for c in at.caption)
    assert f"{expected:,} notices match" in captions


def test_vendor_filter_round_trips_through_the_url(seeded):
    at = run_page("app_pages/notices.py", {"org": str(seeded.vendor_org)})
    assert "1 notices match" in " ".join(c.value for c in at.caption)
    assert at.query_params["org"] == str(seeded.vendor_org)
    legacy = run_page("app_pages/notices.py", {"vendor": str(seeded.vendor_org)})  # a link from before `org`
    assert "1 notices match" in " ".join(c.value for c in legacy.caption)
    registry = run_page("app_pages/notices.py", {"vendor": "demo_example_vision"})  # subsidiary included
    assert "2 notices match" in " ".join(c.value for c in registry.caption)
    assert registry.query_params["vendor"] == "demo_example_vision"


def test_changing_a_sidebar_filter_updates_the_url(seeded):
    at = run_page("app_pages/notices.py")
    at.sidebar.multiselect(key="f_tech").select("cctv").run()
    assert not at.exception
    assert at.query_params["tech"] == "cctv"
    assert "1 notices match" in " ".join(c.value for c in at.caption)


def test_map_page_lists_the_notices_at_a_picked_place(seeded):
    at = run_page("app_pages/map.py")
    pick = at.selectbox(key="map_pick")
    label = next(o for o in pick.options if "疏附县" in o)
    pick.set_value(label).run()
    assert not at.exception
    assert at.query_params["at"] == "39.3750,75.8630"
    assert "1 notices match" in " ".join(c.value for c in at.caption)


def test_notice_detail_shows_highlighted_evidence_archive_and_history(seeded):
    at = run_page("app_pages/notices.py", {"notice": str(seeded.notices["city-brain"])})
    html = texts(at)
    assert '<mark class="" title="surveillance_platform">城市大脑平台</mark>' in html
    assert '<span class="tag-label">facial_recognition</span>' in html
    assert "Removed from the source on 2024-07-01 (http_404)" in html
    assert "SHA-256: " in html
    assert [b.label for b in at.get("download_button")] == ["Download archived raw copy"]
    version_picker = at.selectbox(key="version_pick")
    assert version_picker.options == ["1", "2"]


def test_notice_detail_escapes_hostile_text(seeded):
    at = run_page("app_pages/notices.py", {"notice": str(seeded.notices["xss-probe"])})
    html = "\n".join(str(h.proto.body) for h in at.get("html"))
    assert IMG not in html and SCRIPT not in html
    assert "&lt;img src=x onerror=window.__xss=1&gt;" in html
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html


def test_unknown_notice_number_is_a_clear_message(seeded):
    at = run_page("app_pages/notices.py", {"notice": "999999"})
    assert "There is no notice number 999999." in [e.value for e in at.error]


def test_vendor_dossier_shows_names_links_and_designations(seeded):
    at = run_page("app_pages/vendors.py", {"org": str(seeded.vendor_org)})
    frames = [df.value for df in at.dataframe]
    names = next(f for f in frames if "name_type" in f.columns)
    assert {"示例视觉科技股份有限公司", "Example Vision Technology Co., Ltd.", "ExampleVision"} <= set(names["name"])
    designations = next(f for f in frames if "list_name" in f.columns)
    assert designations.iloc[0]["citation"] == "99 Demo Reg. 12345"
    assert any("示例视觉软件有限公司" in link.proto.label for link in at.get("page_link"))


def test_sources_page_shows_health_and_takedown_ledger(seeded):
    at = run_page("app_pages/sources.py")
    health = at.dataframe[0].value
    row = health[health["source"] == "demo_ccgp"].iloc[0]
    assert (row["notices"], row["errors"], row["blocked_pages"], row["removed_notices"]) == (6, 1, 1, 1)
    ledger = at.dataframe[1].value
    assert list(ledger["reason"]) == ["http_404"]
    assert [b.label for b in at.get("download_button")] == ["Download the takedown ledger (CSV)"]


def test_methodology_states_the_map_point_of_view(seeded):
    at = run_page("app_pages/methodology.py")
    assert "Crimea" in texts(at)
    versions = next(df.value for df in at.dataframe if "classifier_version" in df.value.columns)
    assert "test-cues-1" in set(versions["classifier_version"])


def test_searching_offers_relevance_sort_and_clearing_the_search_keeps_the_page_working(seeded):
    at = run_page("app_pages/notices.py", {"q": "视频监控"})
    assert at.selectbox(key="sort_by").value == "relevance"
    at.sidebar.text_input(key="f_search").set_value("").run()
    assert not at.exception
    assert "relevance" not in at.selectbox(key="sort_by").options
    assert "6 notices match" in " ".join(c.value for c in at.caption)


@pytest.mark.parametrize("params, expected", [
    ({"colour": "value"}, 6),
    ({"tech": "cctv", "colour": "value"}, 1),
    ({"designated": "1", "kind": "award"}, 1),
    ({"country": "GB"}, 1),
    ({"at": "53.7965,-1.5478"}, 1),
    ({"q": "<script>", "surv": "1"}, 1),
    ({"from": "2030-01-01"}, 0),  # nothing matches: the map still draws, with an empty list
])
def test_map_page_with_filters_and_colour_modes(seeded, params, expected):
    at = run_page("app_pages/map.py", params)
    assert f"{expected:,} notices match" in " ".join(c.value for c in at.caption)
    assert len(at.get("deck_gl_json_chart")) == 1


def test_a_tag_model_proposal_is_marked_as_the_model_s_on_the_notice_page(seeded, conn):
    """A reporter must tell a clause the model chose from a cue rule's match before citing it."""

    clause = "Residents with a low honesty rating will be refused business licences"
    run_id = store.open_run(conn, "demo_ccgp", args={"sample": "model"}, demo=True)
    notice_id = _notice(conn, seeded, "model-proposal", title="Honesty ratings", body=f"{clause}.", kind="tender",
                        published=date(2026, 1, 5), country="XX", tags=[("social_credit", clause)], buyer=None,
                        run_id=run_id, seen=datetime(2026, 1, 5, tzinfo=UTC), language="en")
    conn.execute("UPDATE technology_tags SET rule_id = 'model/social_credit/0.99' WHERE notice_id = %s", (notice_id,))
    conn.commit()
    html = texts(run_page("app_pages/notices.py", {"notice": str(notice_id)}))
    assert "marks a tag the tag model proposed where no cue rule matched" in html
    plain = texts(run_page("app_pages/notices.py", {"notice": str(seeded.notices["city-brain"])}))
    assert "tag model proposed" not in plain
