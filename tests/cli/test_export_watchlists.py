"""The export's suppliers[].watchlists carries exactly the designations in force on the notice date."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import psycopg

from survtrack.cli import main

CSL = (Path(__file__).resolve().parents[1] / "fixtures" / "usa_consolidated_screening_list" / "base"
       / "downloadable_consolidated_screening_list" / "v1" / "consolidated.csv")


def notice(url: str, published: str, supplier: str) -> dict:
    return {"url": url, "published": published, "kind": "award", "language": "zh",
            "title": "明湖县示范园区视频监控系统采购项目中标公告",
            "body": f"采购单位：明湖县示范园区管理服务中心\n中标供应商：{supplier}\n中标金额：120万元"}


def test_watchlists_at_award_date(database_url, tmp_path, capsys):
    crawl = subprocess.run([sys.executable, "-m", "survtrack.cli", "crawl", "usa_consolidated_screening_list",
                            "-a", f"url={CSL.as_uri()}", "-a", "min_entries=1"],  # a 6-entry excerpt
                           env=dict(os.environ), capture_output=True, text=True, timeout=300)
    assert crawl.returncode == 0, crawl.stderr[-2000:]
    items = [
        notice("https://demo.example/a", "2019-10-08", "杭州海康威视数字技术股份有限公司"),  # day before listing
        notice("https://demo.example/b", "2019-10-09", "杭州海康威视数字技术股份有限公司"),  # day of listing
        notice("https://demo.example/c", "2021-05-01", "杭州海康威视数字技术股份有限公司"),
        notice("https://demo.example/d", "2021-05-01", "杭州海康威视系统技术有限公司"),  # a subsidiary, not listed
    ]
    path = tmp_path / "n.jsonl"
    path.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n", encoding="utf-8")
    assert main(["ingest", str(path)]) == 0
    capsys.readouterr()
    assert main(["export"]) == 0
    records = {json.loads(line)["url"][-1]: json.loads(line) for line in capsys.readouterr().out.splitlines()}
    lists = {key: [(w["list"], w["listed_on"]) for s in r["suppliers"] for w in s["watchlists"]]
             for key, r in records.items()}
    assert lists["a"] == []
    assert lists["b"] == [("us_bis_entity_list", "2019-10-09")]
    assert lists["c"] == [("us_bis_entity_list", "2019-10-09")]
    assert lists["d"] == []
    assert records["d"]["suppliers"][0]["vendor_id"] == "hikvision"  # still grouped under its parent vendor
    assert main(["export", "--where", "designated=true"]) == 0
    assert sorted(json.loads(line)["url"][-1] for line in capsys.readouterr().out.splitlines()) == ["b", "c"]


def test_a_list_file_with_suspiciously_few_entries_fails_loudly(database_url):
    """The real Consolidated Screening List has over 10,000 entries; 6 means a truncated or changed file."""
    crawl = subprocess.run([sys.executable, "-m", "survtrack.cli", "crawl", "usa_consolidated_screening_list",
                            "-a", f"url={CSL.as_uri()}"], env=dict(os.environ), capture_output=True, text=True,
                           timeout=300)
    assert crawl.returncode == 1
    assert "survtrack: error: usa_consolidated_screening_list: 1 error(s)" in crawl.stderr
    with psycopg.connect(database_url) as conn:
        errors = conn.execute("SELECT stage, error FROM crawl_errors").fetchall()
        assert conn.execute("SELECT count(*) FROM designations").fetchone()[0] == 0  # nothing stored
    assert [stage for stage, _ in errors] == ["parse"]
    assert "6 entries in the list file, fewer than the 1000 expected (min_entries)" in errors[0][1]
