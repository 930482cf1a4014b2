"""URL parameters <-> filters, and evidence highlighting over hostile text (pure functions, no database)."""
from __future__ import annotations

from dataclasses import fields
from datetime import date

from dashboard.filters import from_params, sync_query_params, to_params
from dashboard.render import highlight
from db.queries.filters import NoticeFilters, like_pattern, parse_where, to_where


def test_every_filter_survives_a_round_trip_through_the_url():
    filters = NoticeFilters(date_from=date(2019, 1, 1), date_to=date(2020, 12, 31),
                            technologies=("facial_recognition", "cctv"), vendors=("hikvision",), orgs=(3, 7),
                            buyer="公安局", countries=("CN", "HK"), province="新疆维吾尔自治区", adcode="6531",
                            kinds=("award", "tender"), sources=("china_ccgp",), status=("removed",),
                            designated_at_award=True, flags=("single_bid", "brand_locked_spec"), search="人脸 识别",
                            surveillance=True, demo=False, point=(39.375, 75.863))
    assert all(getattr(filters, f.name) != getattr(NoticeFilters(), f.name) for f in fields(NoticeFilters))
    params = to_params(filters)
    assert params["tech"] == "facial_recognition,cctv" and params["at"] == "39.3750,75.8630"
    assert params["vendor"] == "hikvision" and params["org"] == "3,7" and params["demo"] == "0"
    assert from_params(params) == (filters, [])


def test_every_where_key_survives_a_round_trip():
    filters = NoticeFilters(date_from=date(2019, 1, 1), technologies=("cctv",), vendors=("hikvision", "dahua"),
                            orgs=(3,), countries=("CN",), adcode="650000", kinds=("award",), status=("live",),
                            surveillance=False, demo=True, designated_at_award=True, search="人脸识别",
                            buyer="公安局", province="新疆维吾尔自治区")
    assert parse_where(to_where(filters)) == filters
    assert parse_where(["kind=award", "kind=tender,award", "country=cn"]) == \
        NoticeFilters(kinds=("award", "tender"), countries=("CN",))


def test_links_from_before_org_existed_still_select_the_organisation():
    filters, problems = from_params({"vendor": "3,hikvision"})
    assert filters == NoticeFilters(orgs=(3,), vendors=("hikvision",)) and problems == []
    assert to_params(filters) == {"vendor": "hikvision", "org": "3"}


def test_mangled_link_parts_are_dropped_with_a_reason():
    filters, problems = from_params({"from": "2019-13-40", "org": "3,hikvision", "kind": "award,bogus",
                                     "country": "China", "at": "91,200", "q": "  camera "})
    assert filters == NoticeFilters(orgs=(3,), kinds=("award",), search="camera")
    assert len(problems) == 5 and any("org='hikvision'" in p for p in problems)


def test_sync_keeps_page_keys_and_drops_stale_filters():
    params = {"tech": "cctv", "notice": "5", "junk": "x"}
    sync_query_params(params, NoticeFilters(countries=("CN",)), keep=("notice",))
    assert params == {"notice": "5", "country": "CN"}


def test_like_pattern_treats_wildcards_in_user_text_literally():
    assert like_pattern("100%_a\\b") == "%100\\%\\_a\\\\b%"


def test_highlight_escapes_text_and_labels_each_clause():
    text = "标题\n<img src=x onerror=alert(1)>人脸识别门禁 and 视频监控"
    start = text.index("人脸识别")
    video = text.index("视频监控")
    html = highlight(text, [
        {"start_offset": start, "end_offset": start + 4, "taxonomy_id": "facial_recognition"},
        {"start_offset": start + 2, "end_offset": start + 6, "taxonomy_id": "other_biometrics"},  # overlaps
        {"start_offset": video, "end_offset": video + 4, "taxonomy_id": "cctv"},
        {"start_offset": 500, "end_offset": 510, "taxonomy_id": "stale"},  # outside the text: skipped
    ])
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert '<mark class="" title="facial_recognition">人脸</mark>' in html
    assert '<mark class="" title="facial_recognition, other_biometrics">识别</mark>' in html
    assert '<mark class="" title="cctv">视频监控</mark><span class="tag-label">cctv</span>' in html
    assert "stale" not in html


def test_hostile_labels_are_escaped_too():
    html = highlight("abc", [{"start_offset": 0, "end_offset": 1, "taxonomy_id": '"><script>x</script>'}])
    assert "<script>" not in html and "&quot;&gt;&lt;script&gt;" in html
