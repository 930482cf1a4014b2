"""`survtrack ingest`, `export` and `reprocess` against the real database, as a user runs them."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import psycopg

from survtrack.cli import main

NOTICE_ZH = {
    "url": "https://demo.example/ccgp/1",
    "title": "疏附县明湖社区服务中心视频监控及人脸识别系统采购项目中标公告",
    "body": "采购单位：疏附县明湖社区服务中心\n行政区域：新疆维吾尔自治区喀什地区疏附县\n"
            "中标供应商：杭州海康威视数字技术股份有限公司\n总中标金额：386.5万元\n联系人：张**  电话：0998-*******",
    "published": "2019-03-05", "kind": "award", "language": "zh",
}
NOTICE_EN = {
    "url": "https://demo.example/ocds/2",
    "title": "Automated license plate reader cameras for the Example Valley transit authority",
    "body": "Buyer: Example Valley Transit Authority\nSupplier: Flock Safety\nAward value: $1,250,000.00\n"
            "The contract covers ALPR cameras at 40 park-and-ride lots.",
    "published": "2024-02-01", "kind": "award", "language": "en",
}


def write_jsonl(path: Path, items: list, extra_lines: list[str] = ()) -> Path:
    lines = [json.dumps(i, ensure_ascii=False) for i in items] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def count(url: str, table: str) -> int:
    with psycopg.connect(url) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_ingest_twice_updates_never_duplicates(database_url, tmp_path, capsys):
    path = write_jsonl(tmp_path / "notices.jsonl", [NOTICE_ZH, NOTICE_EN])
    assert main(["ingest", str(path)]) == 0
    assert "2 inserted" in capsys.readouterr().out
    assert main(["ingest", str(path)]) == 0
    assert "2 unchanged" in capsys.readouterr().out
    assert count(database_url, "notices") == 2
    changed = dict(NOTICE_EN, body=NOTICE_EN["body"] + "\nAmendment 1: adds 10 more cameras.")
    write_jsonl(path, [NOTICE_ZH, changed])
    assert main(["ingest", str(path)]) == 0
    assert "1 updated" in capsys.readouterr().out
    assert count(database_url, "notices") == 2
    assert count(database_url, "notice_versions") == 3


def test_ingested_file_is_archived_before_parsing(database_url, survtrack_home, tmp_path):
    path = write_jsonl(tmp_path / "notices.jsonl", [NOTICE_ZH])
    main(["ingest", str(path)])
    with psycopg.connect(database_url) as conn:
        sha, rel, url = conn.execute("SELECT sha256, archive_path, url FROM documents").fetchone()
    import hashlib

    assert (survtrack_home / rel).read_bytes() == path.read_bytes()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == sha
    assert url == path.resolve().as_uri()


def test_bad_lines_are_named_and_good_lines_kept(database_url, tmp_path, capsys):
    path = write_jsonl(tmp_path / "mixed.jsonl", [NOTICE_ZH], extra_lines=[
        '{"title": "no url"}', "{not json", json.dumps(dict(NOTICE_EN, published="05/03/2019")), "[1, 2]"])
    assert main(["ingest", str(path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert any(f"{path}:2: field 'url' is required" in line for line in err)
    assert any(f"{path}:3: invalid JSON" in line for line in err)
    assert any(f"{path}:4: field 'published' must be YYYY-MM-DD" in line for line in err)
    assert any(f"{path}:5: expected a JSON object" in line for line in err)
    assert count(database_url, "notices") == 1
    assert count(database_url, "crawl_errors") == 4


def test_binary_and_empty_files_fail_clearly_and_lose_nothing(database_url, tmp_path, capsys):
    good = write_jsonl(tmp_path / "good.jsonl", [NOTICE_EN])
    assert main(["ingest", str(good)]) == 0
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    empty = tmp_path / "empty.html"
    empty.write_text("", encoding="utf-8")
    corrupt = tmp_path / "broken.pdf"
    corrupt.write_bytes(b"%PDF-1.4\n this is not really a pdf")
    capsys.readouterr()
    assert main(["ingest", str(binary), str(empty), str(corrupt)]) == 1
    err = capsys.readouterr().err
    assert f"{binary}: binary content" in err
    assert f"{empty}: empty document" in err
    assert f"{corrupt}:" in err and "PDF" in err
    assert count(database_url, "notices") == 1


def test_large_text_file_is_refused_with_its_size(database_url, tmp_path, capsys):
    big = tmp_path / "huge.txt"
    big.write_bytes(b"a" * (50 * 1024 * 1024))
    assert main(["ingest", str(big)]) == 1
    assert "larger than the" in capsys.readouterr().err


def test_html_and_text_files_are_ingested(database_url, tmp_path):
    html = tmp_path / "notice.html"
    html.write_text("<html><head><meta charset='gbk'><script>alert(1)</script></head><body>"
                    "<h1>Videoüberwachung am Beispielplatz</h1><p>Auftraggeber: Stadtwerke Beispielstadt</p>"
                    "</body></html>", encoding="gbk")
    txt = tmp_path / "notice.txt"
    txt.write_text("Sistema de videovigilancia\nEntidad contratante: Alcaldía de Ejemplo\n", encoding="utf-8")
    assert main(["ingest", str(tmp_path)]) == 0
    with psycopg.connect(database_url) as conn:
        titles = sorted(r[0] for r in conn.execute("SELECT title FROM notices"))
        assert titles == ["Sistema de videovigilancia", "Videoüberwachung am Beispielplatz"]
        assert "alert(1)" not in conn.execute("SELECT string_agg(text, ' ') FROM notices").fetchone()[0]


def test_export_jsonl_follows_the_contract(database_url, tmp_path, capsys):
    main(["ingest", str(write_jsonl(tmp_path / "n.jsonl", [NOTICE_ZH, NOTICE_EN]))])
    capsys.readouterr()
    assert main(["export", "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == 2
    expected_keys = {"id", "url", "source", "kind", "title", "published", "language", "surveillance",
                     "technologies", "buyer", "suppliers", "amount", "location", "archive", "classifier_version",
                     "demo"}
    for record in records:
        assert expected_keys <= set(record)
    zh = next(r for r in records if r["url"] == NOTICE_ZH["url"])
    assert zh["published"] == "2019-03-05" and zh["kind"] == "award" and zh["source"] == "import"
    assert zh["surveillance"] is True
    assert {"cctv", "facial_recognition"} <= {t["id"] for t in zh["technologies"]}
    with psycopg.connect(database_url) as conn:
        text = conn.execute("SELECT text FROM notices WHERE url = %s", (NOTICE_ZH["url"],)).fetchone()[0]
    for tag in zh["technologies"]:
        assert text[tag["start"]:tag["end"]] == tag["evidence"]
    assert zh["buyer"]["name"] == "疏附县明湖社区服务中心"
    assert zh["suppliers"][0]["vendor_id"] == "hikvision"
    fx = {k: zh["amount"][k] for k in ("value_usd", "value_eur", "fx_rate", "fx_date")}
    assert zh["amount"] == {"value": 3865000, "currency": "CNY", "kind": "award", "lot": None,
                            "evidence": zh["amount"]["evidence"], **fx}
    assert fx["fx_date"] == "2019-03-05" and abs(fx["value_usd"] - 3865000 * fx["fx_rate"]) < 0.01
    assert zh["location"]["adcode"] == "653121" and zh["location"]["admin2"] == "喀什地区"
    assert len(zh["archive"]["sha256"]) == 64 and zh["archive"]["retrieved_at"].endswith("Z")


def test_export_filters_and_csv_citations(database_url, tmp_path, capsys):
    main(["ingest", str(write_jsonl(tmp_path / "n.jsonl", [NOTICE_ZH, NOTICE_EN]))])
    capsys.readouterr()
    assert main(["export", "--format", "csv", "--where", "country=CN"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out.removeprefix("\ufeff"))))
    assert [r["source_url"] for r in rows] == [NOTICE_ZH["url"]]
    assert len(rows[0]["archive_sha256"]) == 64 and "人脸识别" in rows[0]["evidence"]
    assert "联系人:[redacted]" in rows[0]["text"] and rows[0]["contacts_redacted"] == "True"  # NFKC-stored text
    assert main(["export", "--where", "technology=vehicle_recognition"]) == 0
    assert [json.loads(line)["url"] for line in capsys.readouterr().out.splitlines()] == [NOTICE_EN["url"]]
    assert main(["export", "--where", "since=2030-01-01"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["export", "--where", "colour=red"]) == 1
    assert "unknown filter 'colour'" in capsys.readouterr().err
    assert main(["export", "--where", "text=Example Valley Transit"]) == 0  # the title counts as text too
    assert [json.loads(line)["url"] for line in capsys.readouterr().out.splitlines()] == [NOTICE_EN["url"]]
    assert main(["export", "--where", "adcode=65"]) == 0  # a province prefix selects the county inside it
    assert [json.loads(line)["url"] for line in capsys.readouterr().out.splitlines()] == [NOTICE_ZH["url"]]
    assert main(["export", "--where", "kind=auction"]) == 1
    assert "--where kind: expected tender, award" in capsys.readouterr().err


def test_reprocess_reports_nothing_changed_on_the_same_rules(database_url, tmp_path, capsys):
    main(["ingest", str(write_jsonl(tmp_path / "n.jsonl", [NOTICE_ZH, NOTICE_EN]))])
    capsys.readouterr()
    assert main(["reprocess"]) == 0
    out = capsys.readouterr().out
    assert "reprocessed 2 notice(s)" in out and "; 0 changed" in out
    with psycopg.connect(database_url) as conn:
        conn.execute("UPDATE enrichment_snapshots SET enrichment = jsonb_set(enrichment, '{tags}', '[]')")
        conn.execute("DELETE FROM technology_tags")
    assert main(["reprocess"]) == 0
    assert "2 changed" in capsys.readouterr().out
    assert count(database_url, "technology_tags") > 0
    assert count(database_url, "enrichment_history") == 2


def test_cli_entry_point_runs_as_a_program(database_url):
    result = subprocess.run([sys.executable, "-m", "survtrack.cli", "db", "status", "--json"],
                            capture_output=True, text=True, env=dict(os.environ), timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["schema_version"] >= 2
