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
from datetime import datetime, timedelta, timezone

from scrapy.http import FormRequest

from scrapers.base import ListingEntry, PagedSpider, fingerprint
from scrapers.disclosures import DisclosureMixin

CATEGORIES = {"annual": "category_ndbg_szsh", "half": "category_bndbg_szsh", "q1": "category_yjdbg_szsh",
              "q3": "category_sjdbg_szsh"}
SHANGHAI = timezone(timedelta(hours=8))
SKIP_TITLES = re.compile(r"摘要|英文|取消|Summary|English", re.IGNORECASE)


class ChinaCninfo(DisclosureMixin, PagedSpider):
    name = "china_cninfo"
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
                yield {"code": code, "org": org, "category": CATEGORIES[category]}

    def page_request(self, ctx):
        form = {"pageNum": str(ctx["page"]), "pageSize": str(self.page_size), "tabName": "fulltext",
                "column": "sse" if ctx["code"].startswith("6") else "szse", "stock": f"{ctx['code']},{ctx['org']}",
                "category": ctx["category"], "seDate": f"{self.since}~{self.until}", "searchkey": "", "secid": "",
                "plate": "", "trade": "", "sortName": "", "sortType": "", "isHLtitle": "true"}
        headers = {"X-Requested-With": "XMLHttpRequest", "Referer": "http://www.cninfo.com.cn/new/disclosure"}
        return FormRequest(self.url_for("www", "/new/hisAnnouncement/query"), formdata=form, headers=headers,
                           callback=self.on_listing, errback=self.on_error, dont_filter=True,
                           meta={"ctx": ctx, "listing": True})

    def has_next(self, response, data, ctx):
        return bool(data.get("announcements")) and bool(data.get("hasMore"))

    def entries(self, response, data, ctx):
        for ann in data.get("announcements") or []:  # null past the last page
            title = re.sub(r"</?em>", "", ann.get("announcementTitle") or "")
            if SKIP_TITLES.search(title) or not ann.get("adjunctUrl"):
                continue
            published = datetime.fromtimestamp(ann["announcementTime"] / 1000, SHANGHAI).date()
            sid = str(ann["announcementId"])
            url = f"http://static.cninfo.com.cn/{ann['adjunctUrl'].lstrip('/')}"
            yield ListingEntry(sid, fingerprint(title, ann["announcementTime"], ann["adjunctUrl"]), published,
                               detail=self.detail_request(url, sid, ctx, announcement={**ann, "title": title}))

    def parse_detail(self, response):
        from enrich.disclosures import (company_name_from_cover, disclosure_body, extract_passages, legal_name,
                                        vendor_by_ticker)

        ann = response.meta["announcement"]
        document = self.document_text(response)
        if document is None:
            return
        code = str(ann.get("secCode") or "")
        vendor = vendor_by_ticker("SH" if code.startswith("6") else "SZ", code)
        body, _ = disclosure_body(
            supplier=legal_name(vendor, "zh") if vendor else company_name_from_cover(document) or ann.get("secName"),
            filer=None, language="zh",
            source_label=f"{ann.get('secName')}（{code}）{ann['title']}，巨潮资讯网公告 {ann['announcementId']}",
            passages=extract_passages(document, "zh"), problems=document.problems)
        yield self.notice(source_notice_id=str(ann["announcementId"]), url=response.url, kind="disclosure",
                          title=ann["title"] if ann["title"].startswith(str(ann.get("secName"))) else
                          f"{ann.get('secName')}：{ann['title']}", body=body)
