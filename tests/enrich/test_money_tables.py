"""Amounts as real pages print them (issue 10 item 6): units in labels and column headers, qualified award
prices, and HTML tables whose labels and values sit in neighbouring cells or under a header row.

The pages in tests/fixtures/money_tables/ are fictional, in the shapes of Chinese public-resource trading-centre
result pages, ccgp tables and an English award table; they go through `survtrack ingest` (the path saved pages
take) and the amounts stored in PostgreSQL are checked. The unit tests below run on text.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import psycopg
import pytest

from enrich.money import extract_amounts, largest_amount

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "money_tables"


def _read(text: str, language: str | None = "zh") -> list[tuple]:
    amounts = extract_amounts(text, language)
    for amount in amounts:
        assert text[amount.evidence.start:amount.evidence.end] == amount.evidence.text
    return [(amount.value, amount.currency, amount.kind, amount.evidence.text) for amount in amounts]


# ----------------------------------------------------------------------------- units and qualifiers in labels

@pytest.mark.parametrize("text, expected", [
    ("中标价(元): 8865005.32", (Decimal("8865005.32"), "CNY", "award", "8865005.32")),
    ("中标价(万元)：886.5", (Decimal("8865000"), "CNY", "award", "886.5")),
    ("成交金额（含税，元）：1234567.00", (Decimal("1234567"), "CNY", "award", "1234567.00")),
    ("预算金额(单位：万元) 386.5", (Decimal("3865000"), "CNY", "budget", "386.5")),
    ("中标价(报价承诺)：8865005.32元", (Decimal("8865005.32"), "CNY", "award", "8865005.32元")),
    ("中标价(报价承诺)(元)：8865005.32", (Decimal("8865005.32"), "CNY", "award", "8865005.32")),
    ("成交金额(含税)：1,234,567.00元", (Decimal("1234567"), "CNY", "award", "1,234,567.00元")),
    ("中标金额（不含保证金）：¥56,000.00", (Decimal("56000"), "CNY", "award", "¥56,000.00")),
    ("总价形式报价:569800.00(元)", (Decimal("569800"), "CNY", "other", "569800.00(元)")),
    ("中标价：886.5（万元）", (Decimal("8865000"), "CNY", "award", "886.5（万元）")),
    ("Contract amount (USD): 1,234,567.00", (Decimal("1234567"), "USD", "award", "1,234,567.00")),
    ("Estimated value (in EUR): 250,000", (Decimal("250000"), "EUR", "budget", "250,000")),
])
def test_unit_and_qualifier_in_the_label(text, expected):
    language = "en" if text.isascii() else "zh"
    assert _read(text, language) == [expected]


def test_a_qualifier_never_turns_a_deposit_into_an_award():
    assert [a[2] for a in _read("投标保证金（中标金额的2%）：2万元")] == ["other"]


@pytest.mark.parametrize("text", [
    "单价（元/台）：5390",       # a unit price
    "硬盘录像机(NVR)：16",       # an acronym, not a currency
    "工期(日历天)：180",
    "预算金额（万元）：12台",     # a count
])
def test_brackets_that_are_no_money_unit(text):
    assert _read(text) == []


def test_dollars_and_pesos_take_the_currency_of_the_notices_place():
    from enrich.money import with_local_currency

    text = "La inversión prevista es de $ 58.700.000 pesos. Budget : 310 000 $."
    amounts = extract_amounts(text, "es")
    assert [a.currency for a in amounts] == [None, None]
    assert [a.currency for a in with_local_currency(amounts, "AR")] == ["ARS", "ARS"]
    assert [a.currency for a in with_local_currency(amounts, "CA")] == [None, "CAD"]  # pesos are no CAD
    assert with_local_currency(extract_amounts("Budget: EUR 1,000,000", "en"), "AR")[0].currency == "EUR"


def test_ocds_json_pasted_as_text_and_credit_lines():
    text = '{"tender": {"title": "Hosting", "value": {"amount": 2400000, "currency": "USD"}}}'
    assert [(a.value, a.currency, a.kind) for a in extract_amounts(text, "en")] == [
        (Decimal("2400000"), "USD", "budget")]
    credit = extract_amounts("otorgará una línea de crédito de 2.000 millones de pesos", "es")
    assert largest_amount(credit, text="otorgará una línea de crédito de 2.000 millones de pesos") is None


# ----------------------------------------------------------------------------- grids in text

def test_grid_header_gives_unit_and_kind_to_its_column_only():
    text = ("序号\t中标人名称\t中标价(元)\t投标保证金(元)\t工期\n"
            "1\t某某科技有限公司\t8865005.32\t50000.00\t90日历天")
    assert _read(text) == [
        (Decimal("8865005.32"), "CNY", "award", "8865005.32"),
        (Decimal("50000"), "CNY", "other", "50000.00"),
    ]


def test_wan_yuan_column_over_several_rows_and_the_lot_column():
    text = ("包号\t预算金额（万元）\t最高限价（万元）\n"
            "1\t386.5\t380\n"
            "2\t120\t118.5")
    amounts = extract_amounts(text, "zh")
    assert [(a.value, a.kind, a.lot) for a in amounts] == [
        (Decimal("3865000"), "budget", "包号 1"), (Decimal("3800000"), "budget", "包号 1"),
        (Decimal("1200000"), "budget", "包号 2"), (Decimal("1185000"), "budget", "包号 2"),
    ]
    headline = largest_amount(amounts, text=text)
    assert (headline.value, headline.lot) == (Decimal("5065000"), "包号 1+包号 2")


def test_a_grid_header_never_lends_its_unit_to_the_first_cell_below():
    # "最高限价（万元）" ends the header line; "1" starting the next line is a lot number, not 10,000 yuan
    assert all(a.value != Decimal("10000") for a in extract_amounts("包号\t最高限价（万元）\n1\t380", "zh"))


def test_first_ranked_bid_in_a_candidate_grid_is_the_prospective_award():
    text = ("排名\t中标候选人名称\t投标报价(元)\n"
            "1\t甲示范公司\t11,936,500.00\n"
            "2\t乙示范公司\t12,105,000.00")
    assert [a[2] for a in _read(text)] == ["award", "other"]


def test_total_row_is_the_stated_total_and_wins_over_the_lot_sum():
    text = ("包号\t成交供应商\t成交金额（含税，元）\n"
            "1\t甲\t1,286,400.00\n2\t乙\t742,800.00\n合计\t\t2,029,200.00")
    amounts = extract_amounts(text, "zh")
    assert [a.lot for a in amounts] == ["包号 1", "包号 2", None]
    assert largest_amount(amounts, text=text).value == Decimal("2029200")


def test_rows_of_a_different_width_end_the_grid():
    text = "序号\t供应商\t中标价(元)\n1\t甲\t100.00\n备注：报价 200.00 为参考"
    assert [a[0] for a in _read(text)] == [Decimal("100")]


# ----------------------------------------------------------------------------- saved pages, stored amounts

def _stored(database_url: str) -> dict[str, list[tuple]]:
    with psycopg.connect(database_url) as conn:
        rows = conn.execute(
            "SELECT n.title, a.value, a.currency, a.kind, a.lot, a.is_headline, a.evidence, "
            "substr(n.text, a.start_offset + 1, a.end_offset - a.start_offset) "
            "FROM amounts a JOIN notices n ON n.id = a.notice_id ORDER BY n.title, a.start_offset").fetchall()
    stored: dict[str, list[tuple]] = {}
    for title, value, currency, kind, lot, headline, evidence, quoted in rows:
        assert quoted == evidence  # evidence integrity in the database
        page = title.split("-")[0]  # saved portal titles end with "-<site name>"
        stored.setdefault(page, []).append((value, currency, kind, lot, headline, evidence))
    return stored


def test_trading_centre_pages_store_their_award_and_budget_amounts(database_url):
    from survtrack.cli import main

    pages = sorted(str(path) for path in FIXTURES.glob("*.html"))
    assert main(["ingest", *pages]) == 0
    stored = _stored(database_url)
    d = Decimal
    assert stored["东湖示范县城区治安视频监控提升工程中标结果公示"] == [
        (d("8865005.32"), "CNY", "award", None, True, "8865005.32")]
    assert stored["西岭示范市雪亮工程视频汇聚平台建设项目中标候选人公示"] == [
        (d("12800000.00"), "CNY", "budget", None, False, "12,800,000.00"),
        (d("11936500.00"), "CNY", "award", None, True, "11,936,500.00"),
        (d("12105000.00"), "CNY", "other", None, False, "12,105,000.00"),
        (d("12240880.00"), "CNY", "other", None, False, "12,240,880.00")]
    vertical = stored["南湖示范区道路交通安全设施及电子监控工程中标结果公告"]
    assert vertical[0][:5] == (d("2345678.90"), "CNY", "award", None, True)
    assert vertical[1][:3] == (d("40000.00"), "CNY", "other")  # 投标保证金(元) in a six-cell row
    assert [r[:5] for r in stored["北原示范县公安局2025年1月至6月政府采购意向"]] == [
        (d("965000.00"), "CNY", "budget", None, False), (d("480000.00"), "CNY", "budget", None, False),
        (d("1203500.00"), "CNY", "budget", None, True)]
    assert [r[:5] for r in stored["东岗示范区智慧安防小区建设项目成交结果公告"]] == [
        (d("1286400.00"), "CNY", "award", "包号 1", False), (d("742800.00"), "CNY", "award", "包号 2", False),
        (d("2029200.00"), "CNY", "award", None, True)]
    rowspan = stored["平川示范县天网工程三期中标候选人公示"]  # the 标段 cell spans its candidates' rows
    assert [r[:4] for r in rowspan if not r[4]] == [
        (d("3865000.00"), "CNY", "award", "第一标段"), (d("3912000.00"), "CNY", "other", "第一标段"),
        (d("1200000.00"), "CNY", "award", "第二标段"), (d("1248000.00"), "CNY", "other", "第二标段")]
    assert [r[:4] for r in rowspan if r[4]] == [(d("5065000.00"), "CNY", "award", "第一标段+第二标段")]
    usd = stored["Contract award: Safe City command centre and cameras"]
    assert [r[:4] for r in usd if not r[4]] == [
        (d("1234567.00"), "USD", "other", "Lot 1"), (d("865000.00"), "USD", "other", "Lot 2")]
    assert [r[:4] for r in usd if r[4]] == [(d("2099567.00"), "USD", "other", "Lot 1+Lot 2")]
