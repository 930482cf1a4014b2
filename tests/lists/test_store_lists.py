"""List entries into the real database: upserts keyed by list entry id, delistings kept, matching, and the
at-award-date rule (listed_on <= award date < delisted_on) at its boundary dates."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from db import watchlists
from enrich.lists import ListEntry
from scrapers.parsing.watchlists import parse_csl_csv, parse_fcc_covered_list, parse_ftm_delta, parse_ftm_entities
from survtrack.pipeline import NoticeRecord, process_notice

FIXTURES = Path(__file__).parent.parent / "fixtures"
CSL = FIXTURES / "usa_consolidated_screening_list/base/downloadable_consolidated_screening_list/v1/consolidated.csv"
FCC = FIXTURES / "usa_fcc_covered_list/base/supplychain/coveredlist.html"
FTM = FIXTURES / "opensanctions/base/datasets/latest/us_trade_csl/entities.ftm.json"
DELTA = FIXTURES / "opensanctions/base/artifacts/20240528014702-pfh/entities.delta.json"
LISTED = date(2019, 10, 9)


def award(conn, notice_id: str, supplier: str, on: date, *, buyer: str = "示例市公安局") -> int:
    """A FICTIONAL award notice naming `supplier`; returns the notice id."""
    body = (f"采购人名称：{buyer}\n中标供应商名称：{supplier}\n项目名称：视频监控系统建设项目\n"
            f"中标金额：100万元")
    process_notice(conn, NoticeRecord(source_id="test_awards", source_notice_id=notice_id,
                                      url=f"https://example.invalid/{notice_id}", title=f"测试中标公告 {notice_id}",
                                      body=body, kind="award", published=on, country="CN", demo=True))
    return conn.execute("SELECT id FROM notices WHERE source_notice_id = %s", (notice_id,)).fetchone()[0]


def supplier_org(conn, notice_id: int) -> int:
    row = conn.execute("SELECT org_id FROM notice_parties WHERE notice_id = %s AND role = 'supplier'",
                       (notice_id,)).fetchone()
    assert row is not None, "the fixture notice must name a supplier"
    return row[0]


def view_lists(conn, notice_id: int) -> list[tuple[str, date]]:
    return conn.execute(
        "SELECT list_id, listed_on FROM supplier_designations_at_award WHERE notice_id = %s ORDER BY list_id",
        (notice_id,)).fetchall()


def store_csl(conn, data: bytes | str | None = None, on: date = date(2024, 1, 2)):
    parsed = parse_csl_csv(data if data is not None else CSL.read_bytes(), source_url="file:///consolidated.csv")
    result = watchlists.store_list(conn, parsed.entries, on=on, complete_lists=parsed.complete_lists,
                                   new_watchlists=parsed.new_watchlists)
    conn.commit()
    return result


def test_csl_file_stored_and_matched(conn):
    result = store_csl(conn)
    assert result.inserted == 6 and result.matched_vendors == {"hikvision", "dahua"}
    row = conn.execute(
        """SELECT d.listed_on, d.citation, d.match_method, d.match_score, o.vendor_id FROM designations d
           JOIN organisations o ON o.id = d.org_id WHERE d.source_entry_id = 'fx-el-0001'""").fetchone()
    assert row == (LISTED, "84 FR 54002", "exact_alias", 1.0, "hikvision")
    assert conn.execute("SELECT org_id FROM designations WHERE source_entry_id = 'fx-sdn-0001'").fetchone()[0] is None
    again = store_csl(conn)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 6)
    assert conn.execute("SELECT count(*) FROM designations").fetchone()[0] == 6


@pytest.mark.parametrize(("offset", "in_force"), [(-1, False), (0, True), (1, True)])
def test_designation_in_force_from_the_listing_day(conn, offset, in_force):
    store_csl(conn)
    notice = award(conn, f"hik-{offset}", "杭州海康威视数字技术股份有限公司", LISTED + timedelta(days=offset))
    conn.commit()
    org = supplier_org(conn, notice)
    expected = [{"list": "us_bis_entity_list", "listed_on": "2019-10-09", "citation": "84 FR 54002",
                 "via_parent": False}] if in_force else []
    assert watchlists.designations_at(conn, org, LISTED + timedelta(days=offset)) == expected
    assert view_lists(conn, notice) == ([("us_bis_entity_list", LISTED)] if in_force else [])


def test_delisted_entry_not_in_force_after_its_end_date(conn):
    entry = ListEntry("us_bis_entity_list", "fx-x", "Zhejiang Dahua Technology Co., Ltd.", country="CN",
                      listed_on=date(2020, 1, 1), delisted_on=date(2021, 1, 1), citation="99 FR 1 (FICTIONAL)")
    watchlists.store_list(conn, [entry], on=date(2021, 2, 1))
    org = conn.execute("SELECT org_id FROM designations WHERE source_entry_id = 'fx-x'").fetchone()[0]
    assert watchlists.designations_at(conn, org, date(2020, 12, 31))[0]["listed_on"] == "2020-01-01"
    assert watchlists.designations_at(conn, org, date(2021, 1, 1)) == []
    assert watchlists.designations_at(conn, org, date(2022, 1, 1)) == []


def test_missing_entry_is_kept_and_flagged_not_delisted(conn):
    store_csl(conn)
    lines = CSL.read_text(encoding="utf-8").splitlines(keepends=True)
    without_dahua = "".join(line for line in lines if "fx-el-0002" not in line)
    result = store_csl(conn, without_dahua, on=date(2024, 3, 1))
    assert result.missing == 1 and result.delisted == 0
    row = conn.execute("SELECT missing_since, delisted_on FROM designations WHERE source_entry_id = 'fx-el-0002'"
                       ).fetchone()
    assert row == (date(2024, 3, 1), None)
    events = conn.execute("""SELECT e.event FROM designation_events e JOIN designations d ON d.id = e.designation_id
                             WHERE d.source_entry_id = 'fx-el-0002' ORDER BY e.id""").fetchall()
    assert [e[0] for e in events] == ["listed", "missing"]
    back = store_csl(conn, on=date(2024, 4, 1))
    assert back.missing == 0
    assert conn.execute("SELECT missing_since FROM designations WHERE source_entry_id = 'fx-el-0002'"
                        ).fetchone()[0] is None


def test_end_date_added_later_delists_and_keeps_history(conn):
    store_csl(conn)
    text = CSL.read_text(encoding="utf-8").replace("fx-meu-0001,Military", "fx-meu-0001,Military")
    text = text.replace(",2022-03-15,,", ",2022-03-15,2024-05-01,")
    result = store_csl(conn, text, on=date(2024, 5, 2))
    assert result.delisted == 1
    row = conn.execute("SELECT delisted_on FROM designations WHERE source_entry_id = 'fx-meu-0001'").fetchone()
    assert row[0] == date(2024, 5, 1)
    assert conn.execute("SELECT count(*) FROM designations").fetchone()[0] == 6


def test_fcc_coverage_extends_to_registry_subsidiaries_only_where_the_list_says_so(conn):
    parsed = parse_fcc_covered_list(FCC.read_bytes())
    watchlists.store_list(conn, parsed.entries, on=date(2024, 1, 2), complete_lists=parsed.complete_lists)
    store_csl(conn)
    hik = conn.execute("SELECT id FROM organisations WHERE vendor_id = 'hikvision'").fetchone()[0]
    child = conn.execute("""INSERT INTO organisations (match_key, canonical_name, country, is_vendor)
                            VALUES ('name:CN:示例海康子公司', '示例海康子公司（FICTIONAL）', 'CN', true) RETURNING id"""
                         ).fetchone()[0]
    conn.execute("INSERT INTO organisation_links (parent_id, child_id, relation) VALUES (%s, %s, 'subsidiary')",
                 (hik, child))
    parsed = parse_fcc_covered_list(FCC.read_bytes())
    watchlists.store_list(conn, parsed.entries, on=date(2024, 1, 3), complete_lists=parsed.complete_lists)
    on = date(2022, 1, 1)
    assert [d["list"] for d in watchlists.designations_at(conn, hik, on)] == ["us_bis_entity_list",
                                                                             "us_fcc_covered_list"]
    covered = watchlists.designations_at(conn, child, on)
    assert covered == [{"list": "us_fcc_covered_list", "listed_on": "2021-03-12",
                        "citation": "FCC Covered List, date of inclusion March 12, 2021", "via_parent": True}]
    assert watchlists.designations_at(conn, child, date(2021, 3, 11)) == []


def test_opensanctions_entities_then_delta(conn):
    notice = award(conn, "nw-1", "乐山北风光学有限公司", date(2022, 6, 1))
    conn.commit()
    parsed = parse_ftm_entities(FTM.read_bytes())
    result = watchlists.store_list(conn, parsed.entries, on=date(2024, 5, 1), complete_lists=parsed.complete_lists)
    assert result.inserted == 4
    row = conn.execute("""SELECT match_method, org_id FROM designations
                          WHERE source_entry_id = 'NK-fx1NorthwindOptics'""").fetchone()
    assert row[0] == "org_name_exact" and row[1] == supplier_org(conn, notice)
    assert view_lists(conn, notice) == [("os_us_trade_csl", date(2021, 6, 1))]
    ops, _ = parse_ftm_delta(DELTA.read_bytes())
    delta = watchlists.apply_delta(conn, ops, on=date(2024, 5, 28))
    assert (delta.inserted, delta.updated, delta.delisted) == (1, 2, 1)
    conn.commit()
    assert conn.execute("SELECT delisted_on FROM designations WHERE source_entry_id = 'NK-fx1NorthwindOptics'"
                        ).fetchone()[0] == date(2024, 5, 28)
    assert view_lists(conn, notice) == [("os_us_trade_csl", date(2021, 6, 1))]  # award before the delisting
    later = award(conn, "nw-2", "乐山北风光学有限公司", date(2024, 6, 1))
    assert view_lists(conn, later) == []
    # a stale full file that still lists the entity does not undo the DEL
    watchlists.store_list(conn, parsed.entries, on=date(2024, 5, 29))
    assert conn.execute("SELECT delisted_on FROM designations WHERE source_entry_id = 'NK-fx1NorthwindOptics'"
                        ).fetchone()[0] == date(2024, 5, 28)


def test_awards_after_listing_by_list_and_country(conn):
    store_csl(conn)
    award(conn, "before", "杭州海康威视数字技术股份有限公司", date(2019, 10, 8))
    award(conn, "after-1", "杭州海康威视数字技术股份有限公司", date(2020, 5, 1))
    award(conn, "after-2", "浙江大华技术股份有限公司", date(2021, 5, 1))
    award(conn, "other", "示例无关科技有限公司", date(2021, 5, 1))
    conn.commit()
    rows = watchlists.awards_after_listing(conn)
    assert len(rows) == 1
    row = rows[0]
    assert (row["list_id"], row["country"], row["awards"], row["suppliers"]) == ("us_bis_entity_list", "CN", 2, 2)
    assert sorted(row["vendor_ids"]) == ["dahua", "hikvision"]
    assert (row["first_award"], row["last_award"]) == (date(2020, 5, 1), date(2021, 5, 1))
    assert watchlists.awards_after_listing(conn, demo=False) == []


def test_rematch_after_registry_change_and_list_counts(conn):
    store_csl(conn)
    conn.execute("UPDATE designations SET org_id = NULL, match_method = NULL")
    result = watchlists.rematch_all(conn)
    assert result.matched_vendors == {"hikvision", "dahua"}
    counts = {r["list_id"]: r for r in watchlists.list_counts(conn)}
    assert (counts["us_bis_entity_list"]["entries"], counts["us_bis_entity_list"]["in_force"],
            counts["us_bis_entity_list"]["delisted"], counts["us_bis_entity_list"]["vendors"]) == (3, 2, 1, 2)
    assert counts["us_ofac_sdn"]["matched"] == 0  # the individual is never matched
