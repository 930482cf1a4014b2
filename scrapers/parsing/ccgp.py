"""China Government Procurement Network (ccgp.gov.cn) pages: search listing and notice detail (new and old layouts).

Why a module of its own: ccgp's markup is the messiest of our sources. The listing hides real links in a
page-bottom JS variable (`var ohtmlurls="u1,u2,…"`, in <li> order) on newer pages; the detail page has a summary
table ("公告概要", label cells `td.title`), a free-form body (`div.vF_detail_content`, or `div.vT_detail_content` /
`table#NoticeDetail` on older GBK pages) and a winner table (`td.code-winningSupplierName`). Amounts are left as
written (万元 and 元 both occur); enrichment converts them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from scrapy.http import HtmlResponse

from enrich.html_text import element_text, html_to_text

_OHTMLURLS = re.compile(r"""var\s+ohtmlurls\s*=\s*["']([^"']*)["']""")
_PAGER = re.compile(r"Pager\(\{\s*size\s*:\s*(\d+)\s*,\s*current\s*:\s*(\d+)")
_DATE = re.compile(r"(\d{4})[.\-/年](\d{1,2})[.\-/月](\d{1,2})")
_ID = re.compile(r"/(t\d{8}_\d+)\.s?html?$")


def parse_date(text: str | None) -> date | None:
    match = _DATE.search(text or "")
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def notice_id(url: str) -> str:
    """ccgp's own id (tYYYYMMDD_NNNNNNN) from a detail URL; the path when the URL has another shape."""
    match = _ID.search(url)
    return match[1] if match else url.split("://", 1)[-1].split("/", 1)[-1]


@dataclass
class ListingRow:
    url: str
    title: str
    published: date | None
    notice_type: str
    buyer: str
    province: str


def listing_rows(response: HtmlResponse) -> list[ListingRow]:
    hidden = _OHTMLURLS.search(response.text)
    hidden_urls = [u.strip() for u in hidden[1].split(",")] if hidden else []
    rows = []
    for index, li in enumerate(response.css("ul.vT-srch-result-list-bid > li")):
        href = (li.css("a::attr(href)").get() or "").strip()
        if not href or href.startswith(("javascript", "#")) or "ccgp.gov.cn" not in response.urljoin(href) \
                and index < len(hidden_urls):
            href = hidden_urls[index] if index < len(hidden_urls) else ""
        if not href:
            continue
        meta = " ".join(" ".join(li.css("span ::text").getall()).split())
        parts = [p.strip() for p in re.split(r"[|｜]", meta)]
        buyer = next((p.split("：", 1)[1] for p in parts if p.startswith("采购人")), "")
        strongs = [s.strip() for s in li.css("span strong::text").getall()]
        rows.append(ListingRow(url=response.urljoin(href), title=" ".join(li.css("a ::text").getall()).strip(),
                               published=parse_date(meta), notice_type=strongs[0] if strongs else "",
                               buyer=buyer, province=parts[-2] if len(parts) >= 3 else ""))
    return rows


def has_next_page(response: HtmlResponse) -> bool:
    match = _PAGER.search(response.text)
    return match is not None and int(match[2]) < int(match[1])


def _kind(label: str, title: str) -> str:
    text = f"{label} {title}"
    if any(k in text for k in ("更正", "终止", "废标", "流标", "撤销")):
        return "other"
    if any(k in text for k in ("中标", "成交", "结果", "合同")):
        return "award"
    if any(k in text for k in ("意向", "需求公示")):
        return "plan"
    return "tender"


def parse_detail(response: HtmlResponse) -> dict:
    """title, body, kind, published for a detail page of either layout."""
    title = (response.css("div.vF_detail_header h2::text").get()
             or response.css("meta[name=ArticleTitle]::attr(content)").get()
             or response.css("div.vT_detail_header h2::text").get() or response.css("title::text").get() or "").strip()
    published = parse_date(response.css("meta[name=PubDate]::attr(content)").get()) or parse_date(
        response.css("#pubTime::text").get())
    channel = " ".join(response.css("a.CurrChnlCls::text").getall())
    sections = []
    summary = response.xpath("//div[contains(@class,'table')]/table")
    if summary:
        sections.append(html_to_text(summary[0].root))
    content = (response.css("div.vF_detail_content") or response.css("div.vT_detail_content")
               or response.css("table#NoticeDetail"))
    if not content:
        raise ValueError("no notice body (div.vF_detail_content / div.vT_detail_content / table#NoticeDetail)")
    sections.append(html_to_text(content[0].root))
    winners = [element_text(td.root) for td in response.css("td.code-winningSupplierName")]
    prices = [element_text(td.root) for td in response.css("td.code-summaryPrice")]
    sections.append("\n".join([f"中标供应商：{w}" for w in winners if w] + [f"中标金额：{p}" for p in prices if p]))
    body = "\n".join(s for s in sections if s.strip())
    if published is None:
        published = parse_date(body[:2000])
    return {"title": title, "body": body, "kind": _kind(channel, title), "published": published}
