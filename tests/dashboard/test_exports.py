"""Exports of a selection: every format opens in the tool it is for, carries citations, and hides contacts."""
from __future__ import annotations

import csv
import io
import json

import geopandas as gpd
import pytest
from openpyxl import load_workbook

from db.export import export_records
from db.queries.filters import NoticeFilters
from survtrack import export
from tests.dashboard.seed import IMG, SCRIPT, XSS_TITLE


def test_redaction_removes_contact_names_phones_and_emails_but_not_amounts():
    text = ("采购单位：示例市公安局\n联系人：张三 联系电话：13812345678\n项目联系人：李 四\n"
            "电话：0998-1234567 传真：(0411) 8888 6666\n预算金额：3865000元\n"
            "Contact: Jane Example, tel +44 20 7946 0000, jane@example.invalid")
    redacted = export.redact(text)
    for secret in ("张三", "李 四", "四\n", "13812345678", "0998-1234567", "8888 6666", "Jane Example", "7946",
                   "jane@example.invalid"):
        assert secret not in redacted
    assert "联系人：[redacted]" in redacted and "联系电话：[redacted]" in redacted
    assert "预算金额：3865000元" in redacted and "采购单位：示例市公安局" in redacted


@pytest.fixture
def rows(seeded, conn):
    return export_records(conn, NoticeFilters())


def test_csv_has_citations_demo_flag_and_no_contacts_by_default(rows):
    data = export.to_bytes("csv", rows)
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
    with_contacts = export.to_bytes("csv", rows, include_contacts=True).decode("utf-8-sig")
    assert "联系人：张三 联系电话：13812345678" in with_contacts


def test_spreadsheet_formulas_in_scraped_text_are_not_executed(rows):
    hostile = dict(rows[0], title="=HYPERLINK(\"http://evil.invalid\",\"click\")")
    table = list(csv.DictReader(io.StringIO(export.to_bytes("csv", [hostile]).decode("utf-8-sig"))))
    assert table[0]["title"].startswith("'=HYPERLINK")
    sheet = load_workbook(io.BytesIO(export.to_bytes("xlsx", [hostile])))["notices"]
    header = [c.value for c in sheet[1]]
    cell = sheet.cell(row=2, column=header.index("title") + 1)
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


def test_xlsx_opens_with_the_hostile_title_as_literal_text(rows):
    book = load_workbook(io.BytesIO(export.to_bytes("xlsx", rows)))
    sheet = book["notices"]
    header = [c.value for c in sheet[1]]
    titles = [sheet.cell(row=r, column=header.index("title") + 1).value for r in range(2, sheet.max_row + 1)]
    assert XSS_TITLE in titles
    assert "about" in book.sheetnames


def test_geojson_puts_points_at_the_known_place_and_keeps_unplaced_notices(rows):
    collection = json.loads(export.to_bytes("geojson", rows))
    features = {f["properties"]["title"]: f for f in collection["features"]}
    assert features["示例市公安局动态人脸识别系统中标公告"]["geometry"] == {"type": "Point",
                                                                  "coordinates": [122.235, 40.6668]}
    assert features["示例区办公家具采购"]["geometry"] is None
    assert features[XSS_TITLE]["properties"]["evidence"] == f"facial_recognition: 人脸识别{IMG}{SCRIPT}门禁终端"


def test_geopackage_opens_as_a_layer_with_citations(rows, tmp_path):
    path = tmp_path / "out.gpkg"
    path.write_bytes(export.to_bytes("gpkg", rows))
    layer = gpd.read_file(path, layer="notices")
    assert len(layer) == 6 and layer.crs.to_epsg() == 4326
    assert {"source_url", "archive_sha256", "evidence", "demo"} <= set(layer.columns)
    placed = layer[layer["title"] == "ANPR camera contract (fictional)"].iloc[0]
    assert (round(placed.geometry.x, 4), round(placed.geometry.y, 4)) == (-1.5478, 53.7965)
    assert "+44 20 7946 0000" not in placed["text"]


def test_followthemoney_entities_link_buyers_contracts_and_suppliers(rows):
    entities = [json.loads(line) for line in export.to_bytes("ftm", rows).decode().splitlines()]
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
    award = next(e for e in entities
                 if e["schema"] == "ContractAward" and e["properties"]["contract"] == [contract["id"]])
    supplier = by_id[award["properties"]["supplier"][0]]
    assert supplier["schema"] == "Company" and supplier["properties"]["name"] == ["示例视觉科技股份有限公司"]
    assert "demo_entity_list since 2020-01-15" in award["properties"]["summary"][0]
    tender = next(e for e in entities if e["schema"] == "CallForTenders"
                  and e["properties"]["title"] == ["示例县视频监控补点项目招标公告"])
    assert tender["properties"]["publicationDate"] == ["2019-06-01"]
    for entity in entities:
        assert all(isinstance(v, str) for values in entity["properties"].values() for v in values)


def test_filters_narrow_the_export(seeded, conn):
    rows = export_records(conn, NoticeFilters(technologies=("vehicle_recognition",)))
    assert [r["title"] for r in rows] == ["ANPR camera contract (fictional)"]
    assert rows[0]["location"]["precision"] == "city"


# --- one export path: the CLI and the dashboard write the same file --------------------------------------------

SELECTIONS = [
    ([], NoticeFilters()),
    (["country=CN", "technology=facial_recognition,cctv"],
     NoticeFilters(countries=("CN",), technologies=("facial_recognition", "cctv"))),
    (["vendor=demo_example_vision"], NoticeFilters(vendors=("demo_example_vision",))),
    (["text=城市大脑", "status=removed"], NoticeFilters(search="城市大脑", status=("removed",))),
]


@pytest.fixture
def reader_pool(seeded, database_url):
    from db.connection import reader_pool
    from db.server import reader_url

    pool = reader_pool(reader_url(database_url), max_size=1)
    yield pool
    pool.close()


def cli_export(tmp_path, fmt: str, where: list[str], *extra: str) -> bytes:
    from survtrack.cli import main

    path = tmp_path / f"cli.{fmt}"
    arguments = ["export", "--format", fmt, "-o", str(path), *extra]
    for item in where:
        arguments += ["--where", item]
    assert main(arguments) == 0
    return path.read_bytes()


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson", "ftm"])
@pytest.mark.parametrize("where,filters", SELECTIONS, ids=["all", "country+tech", "vendor", "text+status"])
def test_cli_and_dashboard_write_byte_identical_files(fmt, where, filters, reader_pool, tmp_path):
    from dashboard.data_access import export_file
    from db.queries.filters import parse_where

    assert parse_where(where) == filters  # the --where items and the dashboard's filters are one model
    dashboard = export_file(reader_pool, filters, fmt)
    assert dashboard == cli_export(tmp_path, fmt, where)
    assert export_file(reader_pool, filters, fmt, include_contacts=True) == \
        cli_export(tmp_path, fmt, where, "--include-contacts")


def test_cli_and_dashboard_binary_formats_hold_the_same_content(reader_pool, tmp_path):
    from dashboard.data_access import export_file

    def sheet_rows(data: bytes) -> list[tuple]:
        return [tuple(c.value for c in row) for row in load_workbook(io.BytesIO(data))["notices"].iter_rows()]

    assert sheet_rows(export_file(reader_pool, NoticeFilters(), "xlsx")) == sheet_rows(cli_export(tmp_path, "xlsx", []))
    (tmp_path / "dashboard.gpkg").write_bytes(export_file(reader_pool, NoticeFilters(), "gpkg"))
    dashboard = gpd.read_file(tmp_path / "dashboard.gpkg", layer="notices")
    (tmp_path / "cli.gpkg").write_bytes(cli_export(tmp_path, "gpkg", []))
    cli = gpd.read_file(tmp_path / "cli.gpkg", layer="notices")
    assert len(cli) == 6 and cli.equals(dashboard)


SECRETS = ("张三", "13812345678", "李四", "0998-1234567", "Jane Example", "+44 20 7946 0000", "王五", "13900001111")


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson", "ftm", "xlsx", "gpkg"])
def test_contact_details_are_redacted_in_every_format(fmt, rows, tmp_path):
    def readable(data: bytes) -> str:
        if fmt == "xlsx":
            sheet = load_workbook(io.BytesIO(data))["notices"]
            return "\n".join(str(c.value) for row in sheet.iter_rows() for c in row)
        if fmt == "gpkg":
            (tmp_path / "x.gpkg").write_bytes(data)
            return gpd.read_file(tmp_path / "x.gpkg", layer="notices").to_csv()
        return data.decode("utf-8")

    redacted = readable(export.to_bytes(fmt, rows))
    kept = readable(export.to_bytes(fmt, rows, include_contacts=True))
    for secret in SECRETS:
        assert secret not in redacted, f"{fmt}: {secret!r} not redacted"
    if fmt != "ftm":  # FollowTheMoney carries no free text, only titles and evidence
        assert "[redacted]" in redacted and "13812345678" in kept


def test_redacted_fields_are_the_same_in_every_format(rows):
    """Every writer reads the records through one `prepare`: the redacted title/text/evidence are identical."""
    jsonl = [json.loads(line) for line in export.to_bytes("jsonl", rows).decode().splitlines()]
    table = list(csv.DictReader(io.StringIO(export.to_bytes("csv", rows).decode("utf-8-sig"))))
    features = json.loads(export.to_bytes("geojson", rows))["features"]
    for record, row, feature in zip(jsonl, table, features, strict=True):
        assert record["contacts_redacted"] is True and row["contacts_redacted"] == "True"
        assert row["text"] == feature["properties"]["text"] == record["text"]
        assert row["title"].lstrip("'") == feature["properties"]["title"] == record["title"]
        assert row["evidence"] == feature["properties"]["evidence"] == " | ".join(
            f"{t['id']}: {t['evidence']}" for t in record["technologies"])


def test_jsonl_records_keep_the_contract_fields(rows):
    record = json.loads(export.to_bytes("jsonl", rows).decode().splitlines()[0])
    assert {"id", "url", "source", "kind", "title", "published", "language", "surveillance", "technologies",
            "buyer", "suppliers", "parties", "amount", "procurement_id", "red_flags", "location", "archive",
            "classifier_version", "demo"} <= set(record)
    amount_keys = {"value", "currency", "kind", "lot", "evidence", "value_usd", "value_eur", "fx_rate", "fx_date"}
    assert set(record["amount"] or dict.fromkeys(amount_keys)) == amount_keys
