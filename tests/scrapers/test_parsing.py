"""Parse tests: each spider's callbacks on fixtures in the real formats (fictional content)."""
from __future__ import annotations

from datetime import date

import pytest
from scrapy.http import Request, TextResponse

from scrapers.base import SpiderArgumentError
from scrapers.items import NoticeItem, SeenItem
from scrapers.middlewares import best_encoding
from scrapers.parsing.safexml import UnsafeXmlError, parse_xml
from tests.scrapers.conftest import FIXTURES, response_for


def run_listing(spider, response, ctx):
    response.request.meta.update({"ctx": ctx, "listing": True})
    return list(spider.on_listing(response))


def test_ccgp_listing_reads_links_hidden_in_ohtmlurls(make_spider):
    spider = make_spider("china_ccgp")
    page = FIXTURES / "china_ccgp/base/search/bxsearch/人脸识别_1.html"
    response = response_for(page, "http://127.0.0.1:9/china_ccgp/search/bxsearch?kw=x", html=True)
    assert b"ohtmlurls" in page.read_bytes() and b'href="javascript:void(0)"' in page.read_bytes()
    out = run_listing(spider, response, {"kw": "人脸识别", "page": 1})
    details = [r for r in out if isinstance(r, Request)]
    assert details and all(r.url.startswith("http://127.0.0.1:9/china_ccgp/www/cggg/") for r in details)
    assert {r.meta["notice_id"] for r in details} == {s.source_notice_id for s in out if isinstance(s, SeenItem)}


def test_ccgp_detail_new_layout_keeps_labelled_lines_and_winner(make_spider):
    spider = make_spider("china_ccgp")
    files = sorted((FIXTURES / "china_ccgp/base/www/cggg/dfgg/zbgg").rglob("*.htm"))
    new = next(f for f in files if b"vF_detail_content" in f.read_bytes())
    url = "http://127.0.0.1:9/china_ccgp/www/cggg/dfgg/zbgg/" + "/".join(new.parts[-2:])
    request = Request(url, meta={"notice_id": new.stem})
    item = next(spider.on_detail(response_for(new, url, request, html=True)))
    assert isinstance(item, NoticeItem) and item.kind == "award" and item.country == "CN"
    assert "采购单位：" in item.body and "行政区域：" in item.body and "中标供应商：" in item.body
    assert "总中标金额：￥" in item.body and "万元" in item.body
    assert item.url.startswith("http://www.ccgp.gov.cn/cggg/")  # the public URL, not the local one


def test_ccgp_old_gbk_layout_decodes_even_when_header_claims_utf8(make_spider):
    spider = make_spider("china_ccgp")
    old = next(f for f in sorted((FIXTURES / "china_ccgp/base/www").rglob("*.htm"))
               if b"vT_detail_content" in f.read_bytes())
    raw = old.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert best_encoding(raw, "utf-8") == "gb18030"
    response = response_for(old, "http://127.0.0.1:9/china_ccgp/www/x.htm",
                            Request("http://127.0.0.1:9/china_ccgp/www/x.htm", meta={"notice_id": old.stem}),
                            html=True, encoding="gb18030")
    item = next(spider.on_detail(response))
    assert "采购人：" in item.body and "\ufffd" not in item.body


def test_latin1_header_on_utf8_body_is_corrected():
    assert best_encoding("Café Ü".encode(), "iso-8859-1") == "utf-8"
    assert best_encoding("Café".encode("iso-8859-1"), "utf-8") not in ("utf-8",)


def test_ted_listing_and_eforms_detail(make_spider):
    spider = make_spider("eu_ted")
    listing = FIXTURES / "eu_ted/base/api/v3/notices/search/null.json"
    out = run_listing(spider, response_for(listing, "http://127.0.0.1:9/eu_ted/api/v3/notices/search"), {})
    details = [r for r in out if isinstance(r, Request)]
    assert details and details[0].url.endswith("/xml") and "/eu_ted/web/en/notice/" in details[0].url
    number = details[0].meta["notice_id"]
    xml = FIXTURES / f"eu_ted/base/web/en/notice/{number}/xml"
    item = next(spider.on_detail(response_for(xml, details[0].url, details[0])))
    assert item.url == f"https://ted.europa.eu/en/notice/{number}"
    assert "Buyer: " in item.body and "Country: " in item.body and "CPV: " in item.body
    if item.kind == "award":
        assert "Winner: " in item.body and " EUR" in item.body


def test_xxe_and_entity_bomb_are_rejected():
    for name in ("xxe.xml", "bomb.xml"):
        with pytest.raises(UnsafeXmlError, match="entity"):
            parse_xml((FIXTURES / "eu_ted/bad" / name).read_bytes())


@pytest.mark.parametrize("name,path", [
    ("uk_find_a_tender", "uk_find_a_tender/base/api/api/1.0/ocdsReleasePackages/null.json"),
    ("uk_contracts_finder", "uk_contracts_finder/base/api/Published/Notices/OCDS/Search/null.json"),
])
def test_uk_ocds_packages(make_spider, name, path):
    spider = make_spider(name)
    raw = (FIXTURES / path).read_bytes()
    response = TextResponse("http://127.0.0.1:9/x", body=raw, encoding=best_encoding(raw, "utf-8"),
                            request=Request("http://127.0.0.1:9/x"))
    out = run_listing(spider, response, {})
    items = [i for i in out if isinstance(i, NoticeItem)]
    assert items and all(i.country == "GB" for i in items)
    assert any("Winner: " in i.body and "GBP" in i.body for i in items)
    assert any(isinstance(r, Request) for r in out)  # links.next followed


def test_generic_ocds_json_lines(make_spider):
    spider = make_spider("ocds", url="file:///dev/null")
    path = FIXTURES / "ocds/base/feeds/latam.jsonl"
    items = [i for i in run_listing(spider, response_for(path, "file://" + str(path)), {}) if isinstance(i, NoticeItem)]
    assert len(items) == len(path.read_text().splitlines())
    assert {i.country for i in items} <= {"BR", "MX", "CO"} and len({i.country for i in items}) >= 2


def test_usaspending_results(make_spider):
    spider = make_spider("usa_usaspending")
    path = FIXTURES / "usa_usaspending/base/api/api/v2/search/spending_by_award/A_facial recognition_1.json"
    items = [i for i in run_listing(spider, response_for(path, "http://127.0.0.1:9/x"),
                                    {"group": "contracts", "page": 1}) if isinstance(i, NoticeItem)]
    assert items and all("Recipient: " in i.body and "Awarding Agency: " in i.body for i in items)
    assert any("PSC: 6350" in i.body and "NAICS: 561621" in i.body for i in items)


def test_legistar_matter_with_attachments(make_spider):
    spider = make_spider("usa_legistar")
    path = FIXTURES / "usa_legistar/base/api/v1/lakeview/matters/0.json"
    out = run_listing(spider, response_for(path, "http://127.0.0.1:9/x"), {"client": "lakeview", "page": 0})
    request = next(r for r in out if isinstance(r, Request))
    matter = request.url.split("/matters/")[1]
    attachments = FIXTURES / f"usa_legistar/base/api/v1/lakeview/matters/{matter}.json"
    item = next(spider.on_detail(response_for(attachments, request.url, request)))
    assert "Attachment: " in item.body and item.url.startswith("https://lakeview.legistar.com/")


@pytest.mark.parametrize("args,message", [({"since": "2024-13-01"}, "YYYY-MM-DD"), ({"sample": "many"}, "sample"),
                                          ({"sinse": "2024-01-01"}, "unknown argument"),
                                          ({"since": "2025-01-01", "until": "2024-01-01"}, "after")])
def test_bad_arguments_are_clear(make_spider, args, message):
    with pytest.raises(SpiderArgumentError, match=message):
        make_spider("eu_ted", **args)


def test_ocds_requires_url(make_spider):
    with pytest.raises(SpiderArgumentError, match="url"):
        make_spider("ocds")


def test_sample_and_dates_parsed_once(make_spider):
    spider = make_spider("china_ccgp", since="2024-01-01", sample="true")
    assert spider.since == date(2024, 1, 1) and spider.sample == 10
