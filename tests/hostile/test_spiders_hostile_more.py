"""Hostile bodies through the spiders that read from a server (issue 12, Proof): china_cninfo, uk_contracts_finder,
uk_find_a_tender, usa_legistar, usa_sec_edgar and usa_usaspending, each through the real Scrapy engine against
the local snapshot server (127.0.0.1) serving its fixture snapshot with one listing/search response and one
detail response (for the OCDS spiders, whose releases are complete in the listing: one release of a package)
replaced by a hostile body: deep JSON nesting, truncated JSON, binary garbage, an HTML block page answered with
status 200, a 5xx. Each bad response must be exactly one error row naming the spider and the URL, every good
notice must be stored, and no run may be left `running`. usa_legistar goes through `survtrack crawl` itself:
exit 1, one `survtrack: error: usa_legistar: N error(s) …` line and no traceback.

Everything runs once for the module (one database, one server, two processes started together); the tests read
what that left behind.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from scrapers.runner import spider_classes
from tests.conftest import copy_of_template, drop_database
from tests.disclosures.pdfs import text_pdf
from tests.fast_settings import fast_settings_env
from tests.httpserver import FIXTURES, SnapshotServer
from tests.scrapers.test_e2e import FAST

REPO = Path(__file__).resolve().parents[2]
DEEP = b"[" * 100_000 + b"]" * 100_000
GARBAGE = b"\x89PNG\r\n\x1a\n\x00\xff\xfe" + bytes(range(256)) * 16
BLOCK_PAGE = (b"<!DOCTYPE html><html><head><title>Access denied</title></head><body><h1>Request blocked</h1>"
              b"<p>Your request looks automated. Please enable JavaScript and cookies, then try again.</p>"
              b"<p>Reference #18.2f3c1b17.1711111111.5a0f</p></body></html>")
REPORT = [["示例视界科技股份有限公司", "2023年年度报告"],
          ["公司持续服务平安城市、雪亮工程等项目，为公安客户提供", "人脸识别与视频监控解决方案。"]]
CLI_SPIDER = "usa_legistar"  # through `survtrack crawl`; the others run in one `scrapers.runner plan`
PAGE_ONE = ("award", "tender", "award", "tender", "award")  # the releases of the OCDS spiders' first pages


@dataclass(frozen=True)
class Plan:
    """A spider's hostile snapshot: its arguments, what is replaced, and what a clean handling leaves."""

    args: dict[str, str]
    stored: frozenset[str]  # the good notices (source_notice_id) that must be stored
    errors: tuple[str, ...]  # one error row per bad response: a fragment of its URL
    mentions: tuple[str, ...] = ()  # what the error rows must say (the bad element of a package)


PLANS = {
    "china_cninfo": Plan(  # listing page 3: deep JSON; report 1299999903: a block page instead of the PDF
        {"stocks": "009999", "categories": "annual", "since": "2019-01-01", "until": "2023-12-31"},
        frozenset({"1299999901", "1299999902", "1299999904", "1299999905"}),
        ("/hisAnnouncement/query", "/1299999903.PDF")),
    "usa_sec_edgar": Plan(  # search page 2: truncated JSON; the 8-K: binary garbage
        {"terms": "biometric", "since": "2022-01-01", "until": "2024-12-31"},
        frozenset({"0009999001-24-000001:exca-20231231.htm"}),
        ("/search-index?", "/exca-8k.htm")),
    "usa_legistar": Plan(  # lakeview's matters: a block page (200); harborcity matter 6000's attachments: deep JSON
        {"since": "2018-01-01", "until": "2026-06-30", "clients": "lakeview,harborcity"},
        frozenset({"harborcity:6001"}),
        ("/v1/lakeview/matters?", "/v1/harborcity/matters/6000/attachments")),
    "usa_usaspending": Plan(  # the grants search: binary garbage; the IDV search: HTTP 503 on every attempt
        {"since": "2018-01-01", "until": "2026-06-30", "window_days": "4000"},
        frozenset(f"CONT_AWD_DEMO0000{n}_9700_-NONE-_-NONE-" for n in (0, 1, 2, 3, 5, 6, 7, 8)),
        ("/spending_by_award/", "/spending_by_award/"), ("JSONDecodeError", "HTTP 503")),
    "uk_contracts_finder": Plan(  # page 2: HTTP 503 on every attempt; page 1: one release 100,000 levels deep
        {"since": "2018-01-01", "until": "2026-06-30"},
        frozenset(f"ocds-b5fd17-00000{n}-{kind}-1" for n, kind in enumerate(PAGE_ONE)),
        ("/Search?", "/Search?cursor=2"), ("releases item 3", "HTTP 503")),
    "uk_find_a_tender": Plan(  # page 2: a block page (200); page 1: one "release" that is binary garbage
        {"since": "2021-01-01", "until": "2026-06-30"},
        frozenset(f"ocds-h6vhtk-00000{n}-{kind}-1" for n, kind in enumerate(PAGE_ONE)),
        ("/ocdsReleasePackages?", "/ocdsReleasePackages?cursor=2"), ("releases item 3: not a release",)),
}


def _replace(site: Path, rel: str, *, body: bytes | None = None, status: int | None = None,
             suffix: str | None = None) -> None:
    """Serve `rel` (a snapshot path without or with its suffix) as `body` (saved with `suffix`) or `status`."""
    target = site / "base" / rel
    if status is not None:
        target.with_name(target.name + ".status").write_text(str(status))
        return
    assert body is not None
    if suffix is not None:
        for old in target.parent.glob(target.name + ".*"):
            old.unlink()
        target = target.with_name(target.name + suffix)
        target.parent.mkdir(parents=True, exist_ok=True)
    assert suffix is not None or target.is_file(), target
    target.write_bytes(body)


def _package_with(path: Path, element: bytes) -> bytes:
    """The release package at `path` with `element` (raw JSON) as its third release."""
    package = json.loads(path.read_text("utf-8"))
    package["releases"].insert(2, "__HOSTILE__")
    return json.dumps(package).replace('"__HOSTILE__"', element.decode("utf-8")).encode()


def hostile_snapshot(root: Path) -> Path:
    """A copy of the six spiders' fixture snapshots with their hostile responses in place."""
    for name in PLANS:
        shutil.copytree(FIXTURES / name, root / name)
    cninfo = root / "china_cninfo"
    for day, sid in (("2023-04-20", 1), ("2022-04-20", 2), ("2021-04-20", 3), ("2020-04-20", 4), ("2019-04-20", 5)):
        pdf = cninfo / "base/static/finalpage" / day / f"129999990{sid}.PDF"
        pdf.parent.mkdir(parents=True, exist_ok=True)
        pdf.write_bytes(BLOCK_PAGE if sid == 3 else text_pdf(REPORT))
    query = "www/new/hisAnnouncement/query/009999,gssz0009999_category_ndbg_szsh_3.json"
    _replace(cninfo, query, body=DEEP)

    edgar = root / "usa_sec_edgar"
    page = edgar / "base/efts/LATEST/search-index/biometric_2.json"
    _replace(edgar, "efts/LATEST/search-index/biometric_2.json", body=page.read_bytes()[: page.stat().st_size // 2])
    _replace(edgar, "www/Archives/edgar/data/9999001/000999900124000002/exca-8k", body=GARBAGE, suffix=".htm")

    legistar = root / "usa_legistar"
    _replace(legistar, "api/v1/lakeview/matters/0", body=BLOCK_PAGE, suffix=".html")
    _replace(legistar, "api/v1/harborcity/matters/6000/attachments.json", body=DEEP)

    awards = root / "usa_usaspending"
    _replace(awards, "api/api/v2/search/spending_by_award/02_facial recognition_1.json", body=GARBAGE)
    _replace(awards, "api/api/v2/search/spending_by_award/IDV_A_facial recognition_1", status=503)

    finder = root / "uk_contracts_finder"
    first = finder / "base/api/Published/Notices/OCDS/Search/null.json"
    first.write_bytes(_package_with(first, DEEP))
    _replace(finder, "api/Published/Notices/OCDS/Search/2", status=503)

    tender = root / "uk_find_a_tender"
    first = tender / "base/api/api/1.0/ocdsReleasePackages/null.json"
    first.write_bytes(_package_with(first, json.dumps(GARBAGE.decode("latin-1")).encode()))
    _replace(tender, "api/api/1.0/ocdsReleasePackages/2", body=BLOCK_PAGE, suffix=".html")
    return root


def _arguments(server: SnapshotServer, name: str) -> dict[str, str]:
    return {"base_url": f"{server.url}/{name}", **PLANS[name].args}


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def crawled(pg_admin_url, template_database, tmp_path_factory):
    """Every spider once against the hostile snapshot; the database, the CLI run and the runner run."""
    url = copy_of_template(pg_admin_url, template_database)
    tmp = tmp_path_factory.mktemp("hostile_more")
    env = {**os.environ, "DATABASE_URL": url, "SURVTRACK_HOME": str(tmp / "home")}
    (tmp / "home").mkdir()
    try:
        with SnapshotServer(hostile_snapshot(tmp / "snapshot")) as server:
            cli = [sys.executable, "-m", "survtrack.cli", "crawl", CLI_SPIDER]
            for key, value in _arguments(server, CLI_SPIDER).items():
                cli += ["-a", f"{key}={value}"]
            plan = json.dumps([[spider, _arguments(server, spider)] for spider in PLANS if spider != CLI_SPIDER])
            runner = [sys.executable, "-m", "scrapers.runner", "plan", plan]
            for key, value in FAST.items():
                runner += ["-s", f"{key}={json.dumps(value)}"]
            with ThreadPoolExecutor(max_workers=2) as pool:
                by_cli = pool.submit(_run, cli, {**env, **fast_settings_env(tmp)})
                by_runner = pool.submit(_run, runner, env)
                results = {"cli": by_cli.result(), "runner": by_runner.result()}
            yield {"url": url, **results, "server": server}
    finally:
        drop_database(pg_admin_url, url)


def test_the_six_spiders_are_real_and_served_from_127_0_0_1(crawled):
    assert set(PLANS) <= set(spider_classes())
    assert crawled["server"].url.startswith("http://127.0.0.1:")
    hosts = {request.path.split("/")[1] for request in crawled["server"].requests}
    assert set(PLANS) <= hosts, f"a spider never reached the snapshot server: {set(PLANS) - hosts}"


def test_no_traceback_in_the_runner(crawled):
    runner = crawled["runner"]  # `scrapers.runner` exits 1 only for crashed crawls; `survtrack crawl` is the CLI
    assert "Traceback" not in runner.stderr, runner.stderr[-3000:]
    assert runner.returncode == 0, (runner.returncode, runner.stderr[-3000:])


def test_crawl_cli_exits_1_with_one_error_line(crawled):
    done = crawled["cli"]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    assert done.returncode == 1, done.stderr[-3000:]
    lines = [line for line in done.stderr.splitlines() if line.startswith("survtrack: error:")]
    expected = len(PLANS[CLI_SPIDER].errors)
    assert len(lines) == 1 and lines[0].startswith(
        f"survtrack: error: {CLI_SPIDER}: {expected} error(s) recorded in this run"), done.stderr[-3000:]


@pytest.mark.parametrize("spider", sorted(PLANS))
def test_good_notices_stored_and_one_error_row_per_bad_response(crawled, spider):
    plan = PLANS[spider]
    with psycopg.connect(crawled["url"]) as conn:
        stored = {row[0] for row in conn.execute("SELECT source_notice_id FROM notices WHERE source_id = %s",
                                                 (spider,))}
        errors = conn.execute("""SELECT e.url, e.stage, e.http_status, e.error FROM crawl_errors e
                                 JOIN crawl_runs r ON r.id = e.run_id
                                 WHERE e.source_id = %s AND r.source_id = %s ORDER BY e.id""",
                              (spider, spider)).fetchall()
        runs = conn.execute("SELECT status FROM crawl_runs WHERE source_id = %s", (spider,)).fetchall()
    assert stored == plan.stored, f"lost {sorted(plan.stored - stored)}, unexpected {sorted(stored - plan.stored)}"
    assert len(errors) == len(plan.errors), errors
    prefix = f"/{spider}/"
    remaining = list(errors)
    for fragment in sorted(plan.errors, key=len, reverse=True):  # the most specific URL first
        match = next((row for row in remaining if prefix in row[0] and fragment in row[0]), None)
        assert match is not None, f"no error row for a URL with {fragment!r}: {errors}"
        remaining.remove(match)
    for mention in plan.mentions:
        assert any(mention in row[3] for row in errors), f"no error row says {mention!r}: {errors}"
    assert runs and all(status != "running" for (status,) in runs), runs
    assert len(runs) == 1, runs


def test_no_run_left_running_anywhere(crawled):
    with psycopg.connect(crawled["url"]) as conn:
        statuses = dict(conn.execute("SELECT source_id, status FROM crawl_runs").fetchall())
    assert set(statuses) == set(PLANS) and "running" not in statuses.values(), statuses
