"""bench/conformance.py: its per-format readers on the repo's own fixtures, and its flags on made-up notices.

Never on the genuine samples (../shared/realdata): that folder is not part of the repo and may be absent.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from bench.conformance import FileReport, main, notice_report, read_ccgp, read_ocds, read_sanctions, read_ted_xml

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def rows(report: FileReport, index: int = 0) -> dict:
    return {row.field: row for row in report.notices[index].rows}


def test_ocds_reader_decodes_latin1_and_puts_raw_next_to_parsed():
    report = FileReport("ocds", "package_b_latin1.json")
    read_ocds(FIXTURES / "ocds_formats" / "package_b_latin1.json", report)
    assert report.loaded == "3 notice(s)" and not report.errors
    assert [n.id for n in report.notices] == ["ocds-xmpl02-4411/01", "ocds-xmpl02-4411/02", "ocds-xmpl02-4411/03"]
    award = rows(report, 2)
    assert award["buyer"].raw == "Dirección Nacional de Tránsito Ejemplar"
    assert award["buyer"].parsed == "party: Dirección Nacional de Tránsito Ejemplar"
    assert award["values"].raw == "award 130000000.0 PYG" and "(award)" in award["values"].parsed
    assert not report.flagged


def test_ted_reader_runs_the_dispatcher_and_reads_winners_by_xpath():
    report = FileReport("ted", "legacy_f03.xml")
    read_ted_xml(FIXTURES / "ted_formats" / "legacy_f03.xml", report)
    assert "parse_ted_xml (TED_EXPORT → ted_legacy)" in report.reader and not report.errors
    found = rows(report)
    assert found["id"].raw == found["id"].parsed == "900101-2021"
    assert "Northgate Roadwatch Systems Ltd" in found["suppliers"].raw
    assert "Northgate Roadwatch Systems Ltd" in found["suppliers"].parsed
    assert found["address"].raw.startswith("country=UK") and found["address"].parsed.startswith("country GB")


def test_ccgp_reader_shows_regex_raw_values_beside_parse_detail():
    page = FIXTURES / "china_ccgp/base/www/cggg/dfgg/zbgg/201803/t20180324_90000001.htm"
    report = FileReport("ccgp", page.name)
    read_ccgp(page, report)
    found = rows(report)
    assert report.loaded == "1 notice" and report.notices[0].kind == "award"
    assert found["buyer"].raw == "深圳市社会治安综合治理中心（演示）"
    assert found["values"].raw == "award ￥318.000000 万元（人民币）"
    assert found["values"].parsed == "headline 3180000 CNY (award)"


def test_sanctions_reader_groups_entries_per_entity_and_names_what_it_skipped():
    report = FileReport("sanctions", "entities.ftm.json")
    read_sanctions(FIXTURES / "opensanctions/base/datasets/latest/us_trade_csl/entities.ftm.json", report)
    assert report.loaded.startswith("5 lines, 3 entities read as 4 list entries")
    assert any("addr-fx1 (Address)" in note for note in report.notes)
    assert rows(report, 1)["datasets"].parsed == "os_us_trade_csl; os_us_ofac_sdn"


def test_every_flag_fires_on_a_made_up_notice():
    fields = {"title": "Camera supply", "body": "Buyer: Foo Council\nEstimated value: 100.00 EUR\nWinner: Acme Ltd",
              "kind": "award", "country": None, "language": "en"}
    raw = {"buyer": "Bar Ministry", "address": {"country": "France"}, "suppliers": ["Nobody Ltd"],
           "award_values": ["50 EUR"], "values": [("award", "50 EUR")]}
    flags = {row.field: row.flag for row in notice_report(fields, raw, source="ocds").rows if row.flag}
    assert set(flags) == {"buyer", "address", "values", "suppliers"}
    assert flags["address"] == "structured address but no country"
    again = notice_report({**fields, "country": "DE"}, raw, source="ocds")
    assert "contradicts raw address country FR" in {r.field: r.flag for r in again.rows}["address"]


def test_missing_folder_is_one_line_and_exit_0(tmp_path, capsys):
    assert main(["--root", str(tmp_path / "absent")]) == 0
    assert capsys.readouterr().out.strip().count("\n") == 0


def test_json_output_over_a_folder_of_fixtures(tmp_path, capsys):
    (tmp_path / "ted").mkdir()
    shutil.copy(FIXTURES / "ted_formats" / "legacy_f20.xml", tmp_path / "ted")
    (tmp_path / "ted" / "PROVENANCE.md").write_text("not read")
    assert main(["--root", str(tmp_path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [f["file"] for f in out["files"]] == ["legacy_f20.xml"]
    assert out["summary"] == ["ted: files 1, notices 1, flagged rows 0, errors 0"]
