"""The dashboard side over the loaded fixtures: the flags filter, counting procurements instead of notices, map
values in USD, and the notice, vendor, map and methodology pages through the read-only role."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from db.queries.filters import NoticeFilters, parse_where
from db.queries.map import country_totals, place_points
from db.queries.notices import summary
from db.queries.procurements import procurement_count, vendor_flag_counts, vendor_totals_usd
from tests.procurements.labels import notices

APP = str(Path(__file__).resolve().parents[2] / "dashboard" / "app.py")


@pytest.fixture(autouse=True)
def fresh_streamlit_caches():
    import streamlit as st

    st.cache_data.clear()
    st.cache_resource.clear()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.mark.parametrize("flags, expected", [
    (("single_bid",), {"EMB-2023-001-award", "eforms_can_single_bid"}),
    (("repeat_direct_awards",), {f"t2023{d}_single_source_2023_0{i}" for i, d in ((1, "0210"), (2, "0615"),
                                                                                   (3, "1120"))}),
    (("brand_locked_spec", "contract_inflated"), {"t20230504_tender_brand_short", "EMB-2023-001-amendment-1",
                                                  "eforms_can_modif_inflated", "usa-42"}),
])
def test_the_flags_filter_selects_notices_raising_any_of_the_flags(db, flags, expected):
    from db.export import export_records

    filters = parse_where([f"flag={','.join(flags)}"])
    assert filters == NoticeFilters(flags=flags)
    assert summary(db, filters)["notices"] == len(expected)
    by_id = {n["id"]: label for label, n in notices(db).items()}
    assert {by_id[int(r["id"])] for r in export_records(db, filters)} == expected


def test_counting_procurements_counts_a_call_and_its_award_once(db):
    by_notice = {r["country"]: r for r in country_totals(db, NoticeFilters(), with_values=True)}
    by_procurement = {r["country"]: r for r in country_totals(db, NoticeFilters(), unit="procurements")}
    assert (by_notice["GB"]["notices"], by_procurement["GB"]["procurements"]) == (8, 4)  # OCDS: 3 + 3 + 1 + 1
    assert (by_notice["FR"]["notices"], by_procurement["FR"]["procurements"]) == (4, 2)  # eForms folders
    assert by_procurement["US"]["procurements"] == 2  # two awards, each with its transactions
    assert procurement_count(db, NoticeFilters()) == sum(r["procurements"] for r in by_procurement.values()) + \
        sum(1 for r in by_notice.values() if r["country"] is None)
    assert procurement_count(db, NoticeFilters(flags=("contract_inflated",))) == 3


def test_map_values_are_sums_in_usd_across_currencies(db):
    totals = {r["country"]: r for r in country_totals(db, NoticeFilters(), with_values=True)}
    expected = dict(db.execute(
        """SELECT n.country, sum(a.usd_value) FROM notices n JOIN amounts a ON a.notice_id = n.id AND a.is_headline
           GROUP BY n.country""").fetchall())
    for country in ("CN", "GB", "FR", "US"):
        assert totals[country]["value_usd"] == expected[country] and expected[country] > 0
    # per procurement, a procurement's value is its largest amount: never the call's estimate plus the award
    per = {r["country"]: r for r in country_totals(db, NoticeFilters(), unit="procurements")}
    assert per["GB"]["value_usd"] < totals["GB"]["value_usd"]
    points = place_points(db, NoticeFilters(), unit="procurements")
    assert all(p["procurements"] <= p["notices"] for p in points)


def test_vendor_counts_and_usd_totals(db):
    hikvision = db.execute("SELECT id FROM organisations WHERE vendor_id = 'hikvision'").fetchone()[0]
    counts = {r["indicator_id"]: (r["notices"], r["procurements"]) for r in vendor_flag_counts(db, hikvision)}
    assert counts["award_to_designated_vendor"] == (3, 2)  # eForms award + modification (one procurement), ccgp
    totals = vendor_totals_usd(db, hikvision)
    assert totals["procurements"] == 3 and totals["value_usd"] > 0  # eForms, ccgp 2023, ccgp 2018


def run_page(page: str, params: dict) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=90)
    for key, value in params.items():  # a link opens on its page with these parameters from the start
        at.query_params[key] = value
    at.run()
    at.switch_page(page)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def page_text(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption] + [t.value for t in at.text]
    parts += [str(h.proto.body) for h in at.get("html")] + [str(b.proto) for b in at.get("badge")]
    return "\n".join(str(p) for p in parts)


def test_notice_page_shows_badges_evidence_and_the_timeline(db):
    notice = notices(db)["EMB-2023-001-award"]
    at = run_page("app_pages/notices.py", {"notice": str(notice["id"])})
    text = page_text(at)
    assert "Single bid received" in text and "Award above the estimate" in text
    assert "3 notices joined by ocds_ocid" in text
    frames = [f.value for f in at.dataframe]
    timeline = next(f for f in frames if "stage" in f.columns and "method" in f.columns)
    assert list(timeline["stage"]) == ["tender", "award", "amendment"]
    flags = next(f for f in frames if "indicator_id" in f.columns and "evidence" in f.columns)
    assert set(flags["indicator_id"]) == {"single_bid", "award_above_estimate"}


def test_vendor_page_counts_red_flags_and_usd(db):
    hikvision = db.execute("SELECT id FROM organisations WHERE vendor_id = 'hikvision'").fetchone()[0]
    at = run_page("app_pages/vendors.py", {"org": str(hikvision)})
    frames = [f.value for f in at.dataframe]
    flags = next(f for f in frames if "indicator_id" in f.columns and "procurements" in f.columns)
    assert "award_to_designated_vendor" in set(flags["indicator_id"])
    assert any(m.label == "Value in USD" for m in at.metric)


def test_buyer_page_counts_red_flags_and_usd(db):
    """The ccgp traffic police buyer: three single-source awards in 2023 and one in 2025 (four procurements) plus
    the notice page's link from its buyer party to its page."""
    from db.queries.procurements import buyer_summary

    buyer = db.execute("""SELECT org_id FROM notice_parties WHERE role = 'buyer' AND notice_id = %s""",
                       (notices(db)["t20231120_single_source_2023_03"]["id"],)).fetchone()[0]
    bought = buyer_summary(db, buyer)
    counts = {r["indicator_id"]: (r["notices"], r["procurements"]) for r in bought["flags"]}
    assert counts == {"non_open_procedure": (4, 4), "award_without_tender": (4, 4), "repeat_direct_awards": (3, 3)}
    expected_usd = db.execute(
        """SELECT sum(a.usd_value) FROM amounts a JOIN notice_parties b ON b.notice_id = a.notice_id
           WHERE a.is_headline AND b.role = 'buyer' AND b.org_id = %s""", (buyer,)).fetchone()[0]
    assert (bought["procurements"], bought["value_usd"]) == (4, expected_usd) and expected_usd > 0
    at = run_page("app_pages/vendors.py", {"org": str(buyer)})
    assert any(m.label == "Bought, in USD" for m in at.metric)
    frames = [f.value for f in at.dataframe]
    flags = next(f for f in frames if "indicator_id" in f.columns and "repeat_direct_awards" in set(f["indicator_id"]))
    assert dict(zip(flags["indicator_id"], flags["procurements"], strict=True))["repeat_direct_awards"] == 3
    page = run_page("app_pages/notices.py", {"notice": str(notices(db)["t20231120_single_source_2023_03"]["id"])})
    links = [(link.proto.label, link.proto.query_string) for link in page.get("page_link")]
    assert any(label.startswith("buyer") and "临江市公安局交通警察支队" in label and query == f"org={buyer}"
               for label, query in links), links


def test_map_counts_procurements_and_colours_by_usd(db):
    at = run_page("app_pages/map.py", {"unit": "procurements", "colour": "value", "flag": "non_open_procedure"})
    text = page_text(at)
    assert "5 notices match, in 5 procurements" in text
    assert at.query_params["unit"] == "procurements" and at.query_params["flag"] == "non_open_procedure"


def test_methodology_lists_the_indicators_and_the_rates(db):
    at = run_page("app_pages/methodology.py", {})
    frames = [f.value for f in at.dataframe]
    assert any("computed_by" in f.columns and "single_bid" in set(f["id"]) for f in frames)
    assert "European Central Bank reference rate" in page_text(at)
