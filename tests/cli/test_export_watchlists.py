"""The export's suppliers[].watchlists carries exactly the designations in force on the notice date."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from survtrack.cli import main

CSL = (Path(__file__).resolve().parents[1] / "fixtures" / "usa_consolidated_screening_list" / "base"
       / "downloadable_consolidated_screening_list" / "v1" / "consolidated.csv")


def notice(url: str, published: str, supplier: str) -> dict:
    return {"url": url, "published": published, "kind": "award", "language": "zh",
            "title": "明湖县示范园区视频监控系统采购项目中标公告",
            "body": f"采购单位：明湖县示范园区管理服务中心\n中标供应商：{supplier}\n中标金额：120万元"}


def test_watchlists_at_award_date(database_url, tmp_path, capsys):
    crawl = subprocess.run([sys.executable, "-m", "survtrack.cli", "crawl", "usa_consolidated_screening_list",
                            "-a", f"url={CSL.as_uri()}"], env=dict(os.environ), capture_output=True, text=True,
                           timeout=300)
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
    assert sorted(json.loads(l)["url"][-1] for l in capsys.readouterr().out.splitlines()) == ["b", "c"]
