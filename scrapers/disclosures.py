"""Disclosure spiders' shared parts: a report (PDF or HTML filing) → one disclosure notice of its relevant passages.

Why: cninfo annual reports and SEC filings differ in how they are found, not in what happens to the document.
The document is archived by the usual middleware, turned into text by enrich/disclosures.py, and stored as a
notice of kind 'disclosure' whose body names the vendor as supplier, so enrichment ties it to the registry and
the at-award views treat it like any other notice. A document that cannot be read (encrypted, corrupt, scanned)
becomes an error row naming the reason and the archived bytes; a partly readable one is stored and its problems
recorded too. The crawl goes on either way.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta, timezone
from typing import TYPE_CHECKING, Any, ClassVar

from scrapers.items import ErrorItem
from scrapers.lists import LIST_SETTINGS

if TYPE_CHECKING:
    from scrapy.http import Response

    from enrich.documents import DocumentText

#: cninfo report categories by argument name; form headers its query API expects; titles not worth fetching.
CNINFO_CATEGORIES = {"annual": "category_ndbg_szsh", "half": "category_bndbg_szsh", "q1": "category_yjdbg_szsh",
                     "q3": "category_sjdbg_szsh"}
CNINFO_HEADERS = {"X-Requested-With": "XMLHttpRequest", "Referer": "http://www.cninfo.com.cn/new/disclosure"}
CNINFO_SKIP_TITLES = re.compile(r"摘要|英文|取消|Summary|English", re.IGNORECASE)
CHINA_TIME = timezone(timedelta(hours=8))  # cninfo's epoch-ms announcement times are dated in Asia/Shanghai


class DisclosureMixin:
    """For BaseSpider subclasses whose detail responses are report documents."""

    source_kind: ClassVar[str] = "disclosure"
    custom_settings: dict[str, Any] | None = LIST_SETTINGS  # adds the pipeline that records the source kind
    listing_complete = False  # a search listing is not the whole source: absence proves nothing

    def on_detail(self, response: Response) -> Iterator[Any]:
        problems: list[str] = []
        response.meta["disclosure_problems"] = problems
        yield from super().on_detail(response)  # type: ignore[misc]
        for problem in problems:
            yield ErrorItem(url=response.url, stage="parse", error=problem,
                            document_id=response.meta.get("document_id"), http_status=response.status)

    def document_text(self, response: Response) -> DocumentText | None:
        """Text of the fetched document; None (with the reason recorded) when nothing is readable."""
        from enrich.documents import DocumentText, normalise_text, pdf_to_text
        from enrich.html_text import html_to_text

        problems = response.meta.setdefault("disclosure_problems", [])
        body = response.body
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()
        if body.lstrip()[:5] == b"%PDF-" or "pdf" in content_type or response.url.lower().endswith(".pdf"):
            document = pdf_to_text(body)
        elif response.url.lower().endswith(".txt") or content_type.startswith("text/plain"):
            text = normalise_text(body.decode("utf-8", "replace"))
            document = DocumentText(text, [0], 1, "ok" if text else "failed", [] if text else ["empty document"])
        else:
            text = normalise_text(html_to_text(body))  # an HTML/iXBRL filing, NFKC-normalised
            document = DocumentText(text, [0], 1, "ok" if text else "failed", [] if text else ["no text in HTML"])
        for problem in document.problems:
            problems.append(f"{response.url}: {problem}")
        self.crawler.stats.inc_value(f"survtrack/disclosures/{document.status}")  # type: ignore[attr-defined]
        return None if document.status == "failed" else document

    def disclosure_notice(self, response: Response, *, source_notice_id: str, title: str, language: str,
                          source_label: str, supplier: str | None = None, filer: str | None = None,
                          terms: tuple[str, ...] = (), supplier_from_cover: bool = False) -> Iterator[Any]:
        """The document as one disclosure notice (none when unreadable: its reason is an error row)."""
        from enrich.disclosures import company_name_from_cover, disclosure_body, extract_passages

        document = self.document_text(response)
        if document is None:
            return
        if supplier is None and supplier_from_cover:
            supplier = company_name_from_cover(document)
        body, _ = disclosure_body(supplier=supplier, filer=filer, language=language, source_label=source_label,
                                  passages=extract_passages(document, language, terms=terms),
                                  problems=document.problems)
        yield self.notice(source_notice_id=source_notice_id, url=response.url, kind="disclosure",  # type: ignore
                          title=title, body=body, language=language)


def registry_legal_name(*, ticker: tuple[str, str] | None = None, name: str | None = None,
                        language: str = "en") -> str | None:
    """The registry vendor's own legal name, found by exchange ticker or by resolving a written name."""
    from enrich.disclosures import legal_name, vendor_by_ticker
    from enrich.vendors import load_registry

    vendor = None
    if ticker:
        vendor = vendor_by_ticker(*ticker)
    elif name:
        resolved = load_registry().resolve(name)
        vendor = load_registry().get(resolved.vendor_id) if resolved else None
    return legal_name(vendor, language) if vendor else None
