"""
Source
    cninfo.com.cn (巨潮资讯, the CSRC-designated disclosure site): announcements of A-share listed surveillance
    vendors via the `hisAnnouncement/query` form API; report PDFs from static.cninfo.com.cn.
Arguments
    stocks: comma list of stock codes, optionally CODE:orgId (default: every registry vendor with a Shenzhen or
    Shanghai ticker, e.g. Hikvision 002415, Dahua 002236, iFlytek 002230). categories: annual,half (default both;
    also q1,q3). since, until: announcement dates. sample, base_url, demo.
Caveats
    orgId is derived as gssz0/gssh0 + code, which holds for main-board stocks; STAR/ChiNext listings may need
    CODE:orgId. `announcements` is null past the last page. Times are epoch ms, dated in Asia/Shanghai. Summaries
    (摘要), English versions and cancelled reports are skipped. Each report becomes one disclosure notice: the
    company as supplier, then the passages about surveillance projects, customers and regions with their pages.
    Encrypted, corrupt or scanned PDFs are error rows (the PDF stays archived); long reports are read to 400 pages.
Rate limits
    Undocumented; the project defaults (1 s delay, AutoThrottle, 2 per host) are slower than common practice.
"""
from __future__ import annotations

import re
from datetime import datetime

from scrapy.http import FormRequest

from scrapers.base import ListingEntry, PagedSpider, fingerprint
from scrapers.disclosures import (
    CHINA_TIME,
    CNINFO_CATEGORIES,
    CNINFO_HEADERS,
    CNINFO_SKIP_TITLES,
    DisclosureMixin,
    registry_legal_name,
)


class ChinaCninfo(DisclosureMixin, PagedSpider):
    name = "china_cninfo"
    listing_shape = ("announcements",)
    upstreams = {"www": "http://www.cninfo.com.cn", "static": "http://static.cninfo.com.cn"}
    language, page_size = "zh", 30
    arguments = {"stocks": "comma list of CODE or CODE:orgId", "categories": "annual,half,q1,q3"}

    def contexts(self):
        from enrich.disclosures import cninfo_stocks

        default = [f"{code}:gs{ex.lower()}0{code}" for ex, code in cninfo_stocks()]
        for stock in self.option_list("stocks", default):
            code, _, org = stock.partition(":")
            org = org or f"gs{'sh' if code.startswith('6') else 'sz'}0{code}"
            for category in self.option_list("categories", ["annual", "half"]):
                yield {"code": code, "org": org, "category": CNINFO_CATEGORIES[category]}

    def page_request(self, ctx):
        form = {"pageNum": str(ctx["page"]), "pageSize": str(self.page_size), "tabName": "fulltext",
                "column": "sse" if ctx["code"].startswith("6") else "szse", "stock": f"{ctx['code']},{ctx['org']}",
                "category": ctx["category"], "seDate": f"{self.since}~{self.until}", "isHLtitle": "true",
                **dict.fromkeys(("searchkey", "secid", "plate", "trade", "sortName", "sortType"), "")}
        return FormRequest(self.url_for("www", "/new/hisAnnouncement/query"), formdata=form, headers=CNINFO_HEADERS,
                           callback=self.on_listing, errback=self.on_error, dont_filter=True,
                           meta={"ctx": ctx, "listing": True})

    def has_next(self, response, data, ctx):
        return bool(data.get("announcements")) and bool(data.get("hasMore"))

    def entries(self, response, data, ctx):
        for ann in data.get("announcements") or []:  # null past the last page
            title = re.sub(r"</?em>", "", ann.get("announcementTitle") or "")
            if CNINFO_SKIP_TITLES.search(title) or not ann.get("adjunctUrl"):
                continue
            published = datetime.fromtimestamp(ann["announcementTime"] / 1000, CHINA_TIME).date()
            sid = str(ann["announcementId"])
            url = f"http://static.cninfo.com.cn/{ann['adjunctUrl'].lstrip('/')}"
            yield ListingEntry(sid, fingerprint(title, ann["announcementTime"], ann["adjunctUrl"]), published,
                               detail=self.detail_request(url, sid, ctx, announcement={**ann, "title": title}))

    def parse_detail(self, response):
        ann = response.meta["announcement"]
        code, name, title = str(ann.get("secCode") or ""), str(ann.get("secName") or ""), ann["title"]
        supplier = registry_legal_name(ticker=("SH" if code.startswith("6") else "SZ", code), language="zh")
        yield from self.disclosure_notice(
            response, source_notice_id=str(ann["announcementId"]), language="zh", supplier=supplier,
            supplier_from_cover=True, title=title if title.startswith(name) else f"{name}：{title}",
            source_label=f"{name}（{code}）{title}，巨潮资讯网公告 {ann['announcementId']}")
