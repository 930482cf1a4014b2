"""List spiders end to end: real Scrapy engine, local HTTP server (and file://), real database."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from scrapers.lists import ListFileSpider
from scrapers.runner import spider_classes
from tests.httpserver import FIXTURES, Fault, fixture_server

ROOT = Path(__file__).resolve().parents[2]
LIST_SPIDERS = sorted(name for name, cls in spider_classes().items() if issubclass(cls, ListFileSpider))
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=false", "-s", "SURVTRACK_RETRY_BASE_WAIT=0.1",
        "-s", "LOG_LEVEL=WARNING", "-s", "ROBOTSTXT_OBEY=false"]


def crawl(spider: str, *args: str) -> tuple[int, dict, str]:
    command = [sys.executable, "-m", "scrapers.runner", "crawl", spider, *FAST]
    for arg in args:
        command += ["-a", arg]
    done = subprocess.run(command, cwd=ROOT, env=dict(os.environ), capture_output=True, text=True, timeout=300)
    stats = json.loads(done.stdout.strip().splitlines()[-1]) if done.stdout.strip() else {}
    return done.returncode, stats.get(spider, {}), done.stderr


def test_csl_over_http_archived_stored_and_rerun_unchanged(conn):
    with fixture_server() as server:
        code, stats, err = crawl("usa_consolidated_screening_list",
                                 f"base_url={server.url}/usa_consolidated_screening_list", "min_entries=1")
        assert code == 0, err
        assert stats["survtrack/lists/inserted"] == 6
        assert stats["survtrack/lists/matched_vendors"] == ["dahua", "hikvision"]
        code, stats, err = crawl("usa_consolidated_screening_list",
                                 f"base_url={server.url}/usa_consolidated_screening_list", "min_entries=1")
        assert code == 0, err
        assert stats["survtrack/lists/unchanged"] == 6
    row = conn.execute(
        """SELECT d.listed_on, d.citation, doc.sha256 IS NOT NULL, s.kind FROM designations d
           JOIN documents doc ON doc.id = d.document_id JOIN sources s ON s.id = 'usa_consolidated_screening_list'
           WHERE d.source_entry_id = 'fx-el-0001'""").fetchone()
    assert row == (date(2019, 10, 9), "84 FR 54002", True, "watchlist")
    assert conn.execute("SELECT status FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()[0] == "finished"


def test_csl_from_file_url_with_unknown_column(conn, tmp_path):
    source = (FIXTURES / "usa_consolidated_screening_list/base/downloadable_consolidated_screening_list/v1"
              / "consolidated.csv")
    lines = source.read_text(encoding="utf-8").splitlines()
    changed = [lines[0] + ",risk_score"] + [line + ",7" for line in lines[1:]]
    local = tmp_path / "consolidated.csv"
    local.write_text("\n".join(changed) + "\n", encoding="utf-8")
    code, stats, err = crawl("usa_consolidated_screening_list", f"url={local.as_uri()}", "min_entries=6")
    assert code == 0, err
    assert stats["survtrack/lists/inserted"] == 6
    assert any("unknown column 'risk_score'" in w for w in stats["survtrack/lists/warnings"])
    raw = conn.execute("SELECT raw FROM designations WHERE source_entry_id = 'fx-el-0002'").fetchone()[0]
    assert raw["risk_score"] == "7"


def test_broken_csl_is_an_error_row_and_nothing_stored(conn, tmp_path):
    local = tmp_path / "consolidated.csv"
    local.write_text("_id,source,title\nx,Entity List (EL) - Bureau of Industry and Security,t\n", encoding="utf-8")
    code, stats, err = crawl("usa_consolidated_screening_list", f"url={local.as_uri()}")
    errors = conn.execute("SELECT stage, error FROM crawl_errors").fetchall()
    assert any(stage == "parse" and "'name'" in error for stage, error in errors), errors
    assert conn.execute("SELECT count(*) FROM designations").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1  # the bad file is archived


def test_fcc_page_over_http_with_a_retry(conn):
    with fixture_server() as server:
        server.add_fault("coveredlist", Fault(status=503, headers={"Retry-After": "0"}))
        code, stats, err = crawl("usa_fcc_covered_list", f"base_url={server.url}/usa_fcc_covered_list")
        assert code == 0, err
    assert stats["survtrack/lists/inserted"] == 6
    rows = conn.execute("""SELECT o.vendor_id, d.listed_on, d.covers_subsidiaries FROM designations d
                           JOIN organisations o ON o.id = d.org_id ORDER BY o.vendor_id""").fetchall()
    assert rows == [(v, date(2021, 3, 12), True) for v in ("dahua", "hikvision", "huawei", "hytera", "zte")]


def test_opensanctions_export_then_delta(conn):
    with fixture_server() as server:
        base = f"{server.url}/opensanctions"
        code, stats, err = crawl("opensanctions", f"url={base}/datasets/latest/us_trade_csl/entities.ftm.json")
        assert code == 0, err
        assert stats["survtrack/lists/inserted"] == 4
        code, stats, err = crawl("opensanctions", f"url={base}/artifacts/20240528014702-pfh/entities.delta.json")
        assert code == 0, err
        assert stats["survtrack/lists/delisted"] == 1
    assert conn.execute("SELECT delisted_on FROM designations WHERE source_entry_id = 'NK-fx1NorthwindOptics'"
                        ).fetchone()[0] == date(2024, 5, 28)
    assert conn.execute("SELECT count(*) FROM designations").fetchone()[0] == 5


def test_list_spider_arguments_are_checked():
    import pytest
    from scrapy.utils.test import get_crawler

    from scrapers.base import SpiderArgumentError
    from scrapers.spiders.opensanctions import Opensanctions
    from scrapers.spiders.usa_consolidated_screening_list import UsaConsolidatedScreeningList

    with pytest.raises(SpiderArgumentError, match="needs -a url"):
        Opensanctions.from_crawler(get_crawler(Opensanctions))
    with pytest.raises(SpiderArgumentError, match="must start with"):
        UsaConsolidatedScreeningList.from_crawler(get_crawler(UsaConsolidatedScreeningList), url="ftp://x/y.csv")
    with pytest.raises(SpiderArgumentError, match="schemas"):
        Opensanctions.from_crawler(get_crawler(Opensanctions), url="file:///x.json", schemas="Vessel")
    spider = UsaConsolidatedScreeningList.from_crawler(get_crawler(UsaConsolidatedScreeningList))
    assert spider.file_url == "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv"


def test_demo_list_slice_loads_and_matches_demo_suppliers(conn):
    from scrapers.demo.lists import ROOT
    from scrapers.localserver import SnapshotServer
    from scrapers.runner import demo_plan

    with SnapshotServer(ROOT).start() as server:
        plan = demo_plan(server.url, lists=True)
        assert {name for name, _ in plan} == {"usa_consolidated_screening_list", "usa_fcc_covered_list",
                                              "opensanctions"}
        # All three in one engine, concurrently, as `survtrack demo` crawls them.
        done = subprocess.run([sys.executable, "-m", "scrapers.runner", "plan", json.dumps(plan), *FAST], cwd=ROOT,
                              env=dict(os.environ), capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        stats = json.loads(done.stdout.strip().splitlines()[-1])
        assert all(stats[spider]["survtrack/lists/inserted"] > 0 for spider, _ in plan), stats
    vendors = {r[0] for r in conn.execute("""SELECT o.vendor_id FROM designations d
                                             JOIN organisations o ON o.id = d.org_id WHERE o.vendor_id IS NOT NULL""")}
    assert {"hikvision", "dahua", "iflytek", "megvii", "sensetime", "yitu", "huawei", "zte", "hytera"} <= vendors
    assert conn.execute("SELECT count(*) FROM crawl_runs WHERE demo").fetchone()[0] == 3


@pytest.mark.parametrize("spider", LIST_SPIDERS)
def test_every_list_spider_reads_its_test_snapshot_and_checks_its_count(spider, conn):
    """Coverage by registration: each list spider, with its own demo arguments, over tests/fixtures/<spider>/;
    the same file under a minimum it does not reach is an error row, and nothing is stored."""
    cls = spider_classes()[spider]
    assert cls.min_entries >= 1, f"{spider}: set min_entries (how few entries a real file never has)"
    with fixture_server() as server:
        args = cls.snapshot_arguments(server.url)
        code, stats, err = crawl(spider, *[f"{k}={v}" for k, v in args.items()])
        assert code == 0, err
        entries = stats["survtrack/lists/entries_in_file"]
        assert entries > 0 and stats["survtrack/lists/inserted"] > 0
        assert conn.execute("SELECT count(*) FROM crawl_errors").fetchone()[0] == 0
        code, stats, err = crawl(spider, *[f"{k}={v}" for k, v in {**args, "min_entries": entries + 1}.items()])
    errors = conn.execute("SELECT stage, error FROM crawl_errors").fetchall()
    assert [stage for stage, _ in errors] == ["parse"] and "(min_entries)" in errors[0][1]
    assert stats.get("survtrack/lists/unchanged") is None  # the small file was not stored
