"""The dashboard's read queries against a real seeded database, as the read-only role runs them."""
from __future__ import annotations

import psycopg
import pytest
from psycopg import sql

from db.queries import map as map_queries
from db.queries import notices
from db.queries.filters import NoticeFilters, where_clause
from db.server import reader_url
from tests.dashboard.seed import XSS_TITLE


@pytest.fixture
def reader(seeded, database_url):
    with psycopg.connect(reader_url(database_url), autocommit=True) as connection:
        yield connection


def matching_ids(conn, filters: NoticeFilters) -> set[int]:
    where, params = where_clause(filters)
    return {r[0] for r in conn.execute(sql.SQL("SELECT n.id FROM notices n WHERE {}").format(where), params)}


def test_designated_filter_agrees_with_the_view_including_coverage_of_subsidiaries(seeded, conn, database_url):
    view = "SELECT DISTINCT notice_id FROM supplier_designations_at_award"
    assert matching_ids(conn, NoticeFilters(designated_at_award=True)) == {r[0] for r in conn.execute(view)} \
        == {seeded.notices["facial-award"]}
    # The list extends the parent's designation to its subsidiary, which supplied the ANPR contract in 2022.
    conn.execute("""INSERT INTO designation_coverage (designation_id, org_id, relation, basis)
                    SELECT id, %s, 'subsidiary', 'and subsidiaries' FROM designations""", (seeded.subsidiary_org,))
    assert matching_ids(conn, NoticeFilters(designated_at_award=True)) == {r[0] for r in conn.execute(view)} \
        == {seeded.notices["facial-award"], seeded.notices["anpr-award"]}
    # Before the listing date nothing is "designated at award".
    conn.execute("UPDATE designations SET listed_on = '2023-01-01'")
    assert matching_ids(conn, NoticeFilters(designated_at_award=True)) == set()


def test_pages_sort_and_page_without_overlap(reader, seeded):
    by_amount = notices.page(reader, NoticeFilters(), sort="amount", descending=True, limit=3)
    assert [r["amount"] for r in by_amount] == sorted([r["amount"] for r in by_amount], reverse=True)
    assert by_amount[0]["title"] == "示例市城市大脑平台项目"
    first = notices.page(reader, NoticeFilters(), limit=4)
    second = notices.page(reader, NoticeFilters(), limit=4, offset=4)
    assert len(first) == 4 and len(second) == 2 and not {r["id"] for r in first} & {r["id"] for r in second}
    with pytest.raises(ValueError, match="unknown sort"):
        notices.page(reader, NoticeFilters(), sort="id; DROP TABLE notices")


def test_search_text_is_literal_not_a_pattern(reader):
    assert notices.summary(reader, NoticeFilters(search="%"))["notices"] == 0
    assert notices.summary(reader, NoticeFilters(search="人脸识别"))["notices"] == 3


def test_map_points_group_notices_at_their_most_precise_place(reader, seeded):
    points = map_queries.place_points(reader, NoticeFilters())
    by_place = {p["place"]: p for p in points}
    assert set(by_place) == {"辽宁省 / 大连市", "新疆维吾尔自治区 / 喀什地区 / 疏附县", "辽宁省 / 营口市", "辽宁省",
                             "Leeds"}
    assert by_place["辽宁省"]["precision"] == "admin1"
    assert by_place["Leeds"]["currencies"] == "GBP" and float(by_place["Leeds"]["value"]) == 250000
    point = by_place["新疆维吾尔自治区 / 喀什地区 / 疏附县"]
    assert matching_ids(reader, NoticeFilters(point=(round(point["lat"], 4), round(point["lon"], 4)))) \
        == {seeded.notices["cctv-tender"]}
    totals = {r["country"]: r for r in map_queries.country_totals(reader, NoticeFilters())}
    assert (totals["CN"]["notices"], totals["GB"]["notices"]) == (5, 1)


def test_a_point_never_sums_two_currencies(conn, seeded, database_url):
    """No exchange-rate table ships: yuan and pounds at one place give the range of currencies and no value."""
    conn.execute("UPDATE places SET lat = 40.6668, lon = 122.2350 WHERE notice_id = %s",
                 (seeded.notices["anpr-award"],))
    conn.commit()
    with psycopg.connect(reader_url(database_url), autocommit=True) as reader:
        point = next(p for p in map_queries.place_points(reader, NoticeFilters()) if p["notices"] == 2)
    assert point["currencies"] == "CNY…GBP" and point["value"] is None


def test_the_reader_role_cannot_write(reader):
    with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
        reader.execute("UPDATE notices SET title = 'x'")


def test_relevance_sort_puts_the_best_title_match_first(reader):
    rows = notices.page(reader, NoticeFilters(search="城市大脑平台"), sort="relevance")
    assert rows[0]["title"] == "示例市城市大脑平台项目"
    # Without search words, "relevance" falls back to the newest first instead of failing.
    assert notices.page(reader, NoticeFilters(), sort="relevance")[0]["title"] == XSS_TITLE
