"""Disclosure spiders' shared parts: a report (PDF or HTML filing) → one disclosure notice of its relevant passages.

Why: cninfo annual reports and SEC filings differ in how they are found, not in what happens to the document.
The document is archived by the usual middleware, turned into text by enrich/disclosures.py, and stored as a
notice of kind 'disclosure' whose body names the vendor as supplier, so enrichment ties it to the registry and
the at-award views treat it like any other notice. A document that cannot be read (encrypted, corrupt, scanned)
becomes an error row naming the reason and the archived bytes; a partly readable one is stored and its problems
recorded too. The crawl goes on either way.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Iterator

from scrapers.items import ErrorItem
from scrapers.lists import LIST_SETTINGS

if TYPE_CHECKING:
    from scrapy.http import Response

    from enrich.disclosures import DocumentText


class DisclosureMixin:
    """For BaseSpider subclasses whose detail responses are report documents."""

    source_kind: ClassVar[str] = "disclosure"
    custom_settings = LIST_SETTINGS  # adds the pipeline that records the source kind
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
        from enrich.disclosures import DocumentText, html_to_text, pdf_to_text

        problems = response.meta.setdefault("disclosure_problems", [])
        body = response.body
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
        if body.lstrip()[:5] == b"%PDF-" or "pdf" in content_type or response.url.lower().endswith(".pdf"):
            document = pdf_to_text(body)
        elif response.url.lower().endswith(".txt") or content_type.startswith("text/plain"):
            from enrich.disclosures import normalise_text

            text = normalise_text(body.decode("utf-8", "replace"))
            document = DocumentText(text, [0], 1, "ok" if text else "failed", [] if text else ["empty document"])
        else:
            text = html_to_text(body)
            document = DocumentText(text, [0], 1, "ok" if text else "failed", [] if text else ["no text in HTML"])
        for problem in document.problems:
            problems.append(f"{response.url}: {problem}")
        self.crawler.stats.inc_value(f"survtrack/disclosures/{document.status}")  # type: ignore[attr-defined]
        return None if document.status == "failed" else document
