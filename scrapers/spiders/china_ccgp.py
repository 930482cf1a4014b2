"""
Source
    China Government Procurement Network (中国政府采购网, ccgp.gov.cn): full-text search listing
    (search.ccgp.gov.cn/bxsearch) for surveillance keyword sets, then each tender/award notice page.
Arguments
    since, until: publication date range (start_time/end_time, timeType=6). keywords: comma-separated search terms
    (default 人脸识别, 步态识别, 视频监控, 雪亮工程, 天网, 电子围栏, 人像比对, 车辆卡口, 虹膜, 声纹, 城市大脑,
    重点人员管控).
    sample, base_url, demo: see the common arguments.
Caveats
    Newer listings hide links in the JS variable ohtmlurls (read in <li> order). Older notices are GBK with the
    vT_detail_content layout. Amounts mix 万元 and 元 (converted by enrichment). Notices are often deleted after
    publication: 404/410 or a 撤销 page on a notice we hold is recorded as a takedown. A notice's detail page is not
    re-fetched while its listing title/date/type are unchanged.
Rate limits
    Anti-bot cookie challenge (/_bot_sbu/sbu_fpc.js) and a 频繁访问 block page: recognised, recorded as 'blocked' and
    retried after 120 s; 1 request at a time with a 3 s delay. robots.txt is obeyed.
"""
from __future__ import annotations

from urllib.parse import urlencode

from scrapers.base import ListingEntry, PagedSpider, fingerprint
from scrapers.parsing import ccgp

KEYWORDS = "人脸识别,步态识别,视频监控,雪亮工程,天网,电子围栏,人像比对,车辆卡口,虹膜,声纹,城市大脑,重点人员管控"


class ChinaCcgp(PagedSpider):
    name = "china_ccgp"
    demo_args = {"since": "2018-01-01", "until": "2026-06-30", "keywords": "人脸识别,视频监控,雪亮工程,电子围栏"}
    snapshot_takedowns = frozenset({"dropped_from_listing", "http_404", "content_replaced"})
    upstreams = {"search": "https://search.ccgp.gov.cn", "www": "http://www.ccgp.gov.cn"}
    default_country, language, listing_format, page_size = "CN", "zh", "html", 20
    block_markers = ("频繁访问".encode(), b"_bot_sbu/sbu_fpc.js", "访问过于频繁".encode())
    withdrawn_markers = ("该公告已撤销", "该公告已被删除", "公告已撤回")
    arguments = {"keywords": "comma-separated search terms"}
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 3.0, "SURVTRACK_BLOCKED_WAIT": 120.0}

    def contexts(self):
        for keyword in self.option_list("keywords", KEYWORDS.split(",")):
            yield {"kw": keyword}

    def page_request(self, ctx):
        query = {"searchtype": 2, "page_index": ctx["page"], "bidSort": 0, "pinMu": 0, "bidType": 0,
                 "dbselect": "bidx", "kw": ctx["kw"], "start_time": self.since.strftime("%Y:%m:%d"),
                 "end_time": self.until.strftime("%Y:%m:%d"), "timeType": 6, "pppStatus": 0}
        return self.get(self.url_for("search", "/bxsearch?" + urlencode(query)), ctx)

    def has_next(self, response, data, ctx):
        return ccgp.has_next_page(response)

    def entries(self, response, data, ctx):
        for row in ccgp.listing_rows(response):
            sid = ccgp.notice_id(row.url)
            yield ListingEntry(sid, fingerprint(row.title, row.published, row.notice_type), row.published,
                               detail=self.detail_request(row.url, sid))

    def parse_detail(self, response):
        fields = ccgp.parse_detail(response)
        yield self.notice(source_notice_id=response.meta["notice_id"], url=response.url, **fields)
