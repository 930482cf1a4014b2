"""Exports of a selection: every format opens in the tool it is for, carries citations, and hides contacts."""
from __future__ import annotations

import csv
import io
import json

import geopandas as gpd
import pytest
from openpyxl import load_workbook

from dashboard import exports
from db.queries.export import export_rows
from db.queries.filters import NoticeFilters
from tests.dashboard.seed import IMG, SCRIPT, XSS_TITLE


def test_redaction_removes_contact_names_phones_and_emails_but_not_amounts():
    text = ("采购单位：示例市公安局\n联系人：张三 联系电话：13812345678\n项目联系人：李 四\n"
            "电话：0998-1234567 传真：(0411) 8888 6666\n预算金额：3865000元\n"
            "Contact: Jane Example, tel +44 20 7946 0000, jane@example.invalid")
    redacted = exports.redact(text)
    for secret in ("张三", "李 四", "四\n", "13812345678", "0998-1234567", "8888 6666", "Jane Example", "7946",
                   "jane@example.invalid"):
        assert secret not in redacted
    assert "联系人：[redacted]" in redacted and "联系电话：[redacted]" in redacted
    assert "预算金额：3865000元" in redacted and "采购单位：示例市公安局" in redacted


@pytest.fixture
def rows(seeded, conn):
    return export_rows(conn, NoticeFilters())


def test_csv_has_citations_demo_flag_and_no_contacts_by_default(rows):
    data = exports.to_csv(rows)
    assert data.startswith("\ufeff".encode())
    table = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(table) == 6
    award = next(r for r in table if r["title"] == "示例市公安局动态人脸识别系统中标公告")
    assert award["source_url"] == "https://demo.survtrack.invalid/demo_ccgp/facial-award"
    assert len(award["archive_sha256"]) == 64
    assert award["evidence"] == "facial_recognition: 动态人脸识别系统"
    assert award["watchlists_at_award"] == "示例视觉科技股份有限公司: demo_entity_list since 2020-01-15"
    assert award["demo"] == "True" and award["contacts_redacted"] == "True"
    assert "13812345678" not in data.decode("utf-8-sig") and "张三" not in data.decode("utf-8-sig")
    with_contacts = exports.to_csv(rows, include_contacts=True).decode("utf-8-sig")
    assert "联系人：张三 联系电话：13812345678" in with_contacts


def test_spreadsheet_formulas_in_scraped_text_are_not_executed(rows):
    hostile = dict(rows[0], title="=HYPERLINK(\"http://evil.invalid\",\"click\")")
    table = list(csv.DictReader(io.StringIO(exports.to_csv([hostile]).decode("utf-8-sig"))))
    assert table[0]["title"].startswith("'=HYPERLINK")
    sheet = load_workbook(io.BytesIO(exports.to_xlsx([hostile])))["notices"]
    header = [c.value for c in sheet[1]]
    cell = sheet.cell(row=2, column=header.index("title") + 1)
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


def test_xlsx_opens_with_the_hostile_title_as_literal_text(rows):
    book = load_workbook(io.BytesIO(exports.to_xlsx(rows)))
    sheet = book["notices"]
    header = [c.value for c in sheet[1]]
    titles = [sheet.cell(row=r, column=header.index("title") + 1).value for r in range(2, sheet.max_row + 1)]
    assert XSS_TITLE in titles
    assert "about" in book.sheetnames


def test_geojson_puts_points_at_the_known_place_and_keeps_unplaced_notices(rows):
    collection = json.loads(exports.to_geojson(rows))
    features = {f["properties"]["title"]: f for f in collection["features"]}
    assert features["示例市公安局动态人脸识别系统中标公告"]["geometry"] == {"type": "Point",
                                                                  "coordinates": [122.235, 40.6668]}
    assert features["示例区办公家具采购"]["geometry"] is None
    assert features[XSS_TITLE]["properties"]["evidence"] == f"facial_recognition: 人脸识别{IMG}{SCRIPT}门禁终端"


def test_geopackage_opens_as_a_layer_with_citations(rows, tmp_path):
    path = tmp_path / "out.gpkg"
    path.write_bytes(exports.to_gpkg(rows))
    layer = gpd.read_file(path, layer="notices")
    assert len(layer) == 6 and layer.crs.to_epsg() == 4326
    assert {"source_url", "archive_sha256", "evidence", "demo"} <= set(layer.columns)
    placed = layer[layer["title"] == "ANPR camera contract (fictional)"].iloc[0]
    assert (round(placed.geometry.x, 4), round(placed.geometry.y, 4)) == (-1.5478, 53.7965)
    assert "+44 20 7946 0000" not in placed["text"]


def test_followthemoney_entities_link_buyers_contracts_and_suppliers(rows):
    entities = [json.loads(line) for line in exports.to_ftm(rows).decode().splitlines()]
    by_id = {e["id"]: e for e in entities}
    contract = next(e for e in entities if e["schema"] == "Contract"
                    and e["properties"]["title"] == ["示例市公安局动态人脸识别系统中标公告"])
    props = contract["properties"]
    assert by_id[props["authority"][0]]["schema"] == "PublicBody"
    assert by_id[props["authority"][0]]["properties"]["name"] == ["示例市公安局"]
    assert props["amount"] == ["3865000"] and props["currency"] == ["CNY"] and props["contractDate"] == ["2021-03-05"]
    assert props["sourceUrl"] == ["https://demo.survtrack.invalid/demo_ccgp/facial-award"]
    assert any(note.startswith("DEMO DATA") for note in props["notes"])
    assert any(note.startswith("archive sha256 ") for note in props["notes"])
    award = next(e for e in entities if e["schema"] == "ContractAward" and e["properties"]["contract"] == [contract["id"]])
    supplier = by_id[award["properties"]["supplier"][0]]
    assert supplier["schema"] == "Company" and supplier["properties"]["name"] == ["示例视觉科技股份有限公司"]
    assert "demo_entity_list since 2020-01-15" in award["properties"]["summary"][0]
    tender = next(e for e in entities if e["schema"] == "CallForTenders"
                  and e["properties"]["title"] == ["示例县视频监控补点项目招标公告"])
    assert tender["properties"]["publicationDate"] == ["2019-06-01"]
    for entity in entities:
        assert all(isinstance(v, str) for values in entity["properties"].values() for v in values)


def test_filters_narrow_the_export(seeded, conn):
    rows = export_rows(conn, NoticeFilters(technologies=("vehicle_recognition",)))
    assert [r["title"] for r in rows] == ["ANPR camera contract (fictional)"]
    assert rows[0]["location"]["precision"] == "city"


def test_writers_accept_the_cli_export_records(seeded, conn):
    """`survtrack export --format xlsx|gpkg|ftm` hands db/export.py records to these writers."""
    from db.export import iter_notices

    with conn.transaction():
        records = list(iter_notices(conn))
    assert len(records) == 6
    assert load_workbook(io.BytesIO(exports.to_xlsx(records)))["notices"].max_row == 7
    assert exports.to_gpkg(records)[:16] == b"SQLite format 3\x00"
    schemas = {json.loads(line)["schema"] for line in exports.to_ftm(records).decode().splitlines()}
    assert {"Contract", "CallForTenders", "ContractAward", "PublicBody", "Company"} <= schemas
