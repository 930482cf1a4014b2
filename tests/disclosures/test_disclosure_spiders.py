"""Disclosure spiders end to end: real Scrapy engine, local HTTP server, generated PDFs, real database."""
from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs

from scrapers.localserver import SnapshotServer
from tests.disclosures.pdfs import corrupt_pdf, encrypted_pdf, image_only_pdf, text_pdf
from tests.httpserver import FIXTURES
from tests.lists.test_list_spiders import crawl

REPORT = [
    ["示例视界科技股份有限公司", "2023年年度报告"],
    ["第三节 管理层讨论与分析", "报告期内，公司营业收入同比增长。"],
    ["公司持续服务平安城市、雪亮工程等项目，为公安客户提供", "人脸识别与视频监控解决方案。"],
]


class FormSnapshotServer(SnapshotServer):
    """The shared snapshot server, also routing form-encoded POST bodies (cninfo's query API is a form)."""

    def resolve(self, method, raw_path, body):
        if method == "POST" and body and not body.lstrip().startswith(b"{"):
            form = {k: v[0] for k, v in parse_qs(body.decode("utf-8"), keep_blank_values=True).items()}
            body = json.dumps(form).encode()
        return super().resolve(method, raw_path, body)


def cninfo_root(tmp_path: Path) -> Path:
    root = tmp_path / "snapshot"
    shutil.copytree(FIXTURES / "china_cninfo", root / "china_cninfo")
    static = root / "china_cninfo" / "base" / "static" / "finalpage"
    pdfs = {
        "2023-04-20/1299999901.PDF": text_pdf(REPORT),
        "2022-04-20/1299999902.PDF": encrypted_pdf(REPORT, password="secret"),
        "2021-04-20/1299999903.PDF": image_only_pdf(2),
        "2020-04-20/1299999904.PDF": text_pdf([[f"第{i}页 公司经营情况正常。"] for i in range(1, 187)]
                                              + [["公司为新疆地区公安客户建设视频监控系统。"]]
                                              + [["附注。"] for _ in range(13)]),
        "2019-04-20/1299999905.PDF": corrupt_pdf(),
    }
    for name, data in pdfs.items():
        path = static / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def test_cninfo_reports_become_disclosures_and_bad_pdfs_error_rows(conn, tmp_path):
    with FormSnapshotServer(cninfo_root(tmp_path)) as server:
        code, stats, err = crawl("china_cninfo", f"base_url={server.url}/china_cninfo", "stocks=009999",
                                 "categories=annual", "since=2019-01-01", "until=2023-12-31")
        assert code == 0, err
        pages = [r.body for r in server.requests if r.method == "POST"]
    assert len(pages) == 3  # page 3 answers announcements: null and the walk stops
    assert b"pageNum=3" in pages[-1] and b"stock=009999%2Cgssz0009999" in pages[0]
    rows = conn.execute("""SELECT source_notice_id, kind, published_on, title, url FROM notices
                           ORDER BY source_notice_id""").fetchall()
    assert [(r[0], r[1], r[2]) for r in rows] == [("1299999901", "disclosure", date(2023, 4, 20)),
                                                  ("1299999904", "disclosure", date(2020, 4, 20))], \
        conn.execute("SELECT url, error FROM crawl_errors").fetchall()
    assert rows[0][3] == "示例视界:2023年年度报告", rows
    assert rows[0][4] == "http://static.cninfo.com.cn/finalpage/2023-04-20/1299999901.PDF"
    notice_id = conn.execute("SELECT id FROM notices WHERE source_notice_id = '1299999901'").fetchone()[0]
    supplier = conn.execute("SELECT raw_name FROM notice_parties WHERE notice_id = %s AND role = 'supplier'",
                            (notice_id,)).fetchone()
    assert supplier == ("示例视界科技股份有限公司",)
    tags = conn.execute("""SELECT t.taxonomy_id, t.evidence = substr(n.text, t.start_offset + 1,
                                                                     t.end_offset - t.start_offset)
                           FROM technology_tags t JOIN notices n ON n.id = t.notice_id WHERE n.id = %s""",
                        (notice_id,)).fetchall()
    assert {"facial_recognition", "cctv"} <= {t[0] for t in tags} and all(ok for _, ok in tags)
    long_text = conn.execute("SELECT text FROM notices WHERE source_notice_id = '1299999904'").fetchone()[0]
    assert "[第187页] 公司为新疆地区公安客户建设视频监控系统。" in long_text
    errors = conn.execute("""SELECT e.url, e.error, e.document_id IS NOT NULL FROM crawl_errors e
                             WHERE e.stage = 'parse' ORDER BY e.url""").fetchall()
    reasons = {url.rsplit("/", 1)[-1]: error for url, error, _ in errors}
    assert set(reasons) == {"1299999902.PDF", "1299999903.PDF", "1299999905.PDF"}
    assert "encrypted" in reasons["1299999902.PDF"] and "no text layer" in reasons["1299999903.PDF"]
    assert "corrupt PDF" in reasons["1299999905.PDF"] and all(has_doc for _, _, has_doc in errors)
    assert conn.execute("SELECT kind FROM sources WHERE id = 'china_cninfo'").fetchone()[0] == "disclosure"
    assert not any("1299999906" in r.path for r in server.requests)  # the summary (摘要) is never fetched


def test_edgar_hits_become_disclosures_with_the_filer(conn):
    with SnapshotServer(FIXTURES).start() as server:
        code, stats, err = crawl("usa_sec_edgar", f"base_url={server.url}/usa_sec_edgar", "terms=biometric",
                                 "since=2022-01-01", "until=2024-12-31")
        assert code == 0, err
        searches = [r.path for r in server.requests if "search-index" in r.path]
    assert len(searches) == 2 and "from=2" in searches[1] and "forms=10-K%2C20-F%2C6-K%2C8-K" in searches[0]
    rows = conn.execute("SELECT source_notice_id, published_on, text FROM notices ORDER BY published_on").fetchall()
    assert [(r[0], r[1]) for r in rows] == [("0009999001-23-000009:exca-20221231.txt", date(2023, 2, 20)),
                                            ("0009999001-24-000001:exca-20231231.htm", date(2024, 2, 15))]
    text = rows[1][2]
    assert "Filer: Example Civic Analytics, Inc." in text
    assert "facial recognition software to police departments in fourteen states" in text
    assert "Revenue increased" not in text
    tags = {r[0] for r in conn.execute("SELECT taxonomy_id FROM technology_tags").fetchall()}
    assert {"facial_recognition", "other_biometrics"} <= tags
    errors = conn.execute("SELECT stage, http_status, url FROM crawl_errors").fetchall()
    assert [(e[0], e[1]) for e in errors] == [("fetch", 404)] and errors[0][2].endswith("exca-8k.htm")
