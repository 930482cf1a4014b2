"""How a listing pages: by page number or offset (PagedSpider), by a next link or cursor (LinksSpider), and split
into date windows (the DateWindowSpider mixin).
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import TYPE_CHECKING, Any, ClassVar

from scrapers.base.spider import BaseSpider, SpiderArgumentError

if TYPE_CHECKING:
    from scrapy.http import Request, Response


class PagedSpider(BaseSpider):
    """Listings walked by page number or offset until a page comes back short or the source says it is the last."""

    # -- PagedSpider attributes ----------------------------------------------------------------------------------
    first_page: ClassVar[int] = 1
    page_size: ClassVar[int] = 100
    #: "page" (1, 2, 3…) or "offset" (0, page_size, 2*page_size…)
    paging: ClassVar[str] = "page"

    def listing_request(self, ctx: dict) -> Request:
        start = self.first_page if self.paging == "page" else 0
        return self.page_request({**ctx, "page": start})

    def page_request(self, ctx: dict) -> Request:
        raise NotImplementedError

    def has_next(self, response: Response, data: Any, ctx: dict) -> bool:
        """Default: a full page means there may be more."""
        return len(list(self.entries(response, data, ctx))) >= self.page_size

    def next_request(self, response: Response, data: Any, ctx: dict) -> Request | None:
        if not self.has_next(response, data, ctx):
            return None
        step = 1 if self.paging == "page" else self.page_size
        return self.page_request({**ctx, "page": ctx["page"] + step})


class LinksSpider(BaseSpider):
    """Listings that say where the next page is (a `links.next` URL or a cursor token)."""

    # -- LinksSpider attributes ----------------------------------------------------------------------------------
    #: JSON path (slash-separated) to the next-page URL in a listing.
    next_pointer: ClassVar[str] = "links/next"

    def listing_request(self, ctx: dict) -> Request:
        return self.get(self.first_url(ctx), ctx)

    def first_url(self, ctx: dict) -> str:
        raise NotImplementedError

    def next_link(self, data: Any) -> str | None:
        for key in self.next_pointer.split("/"):
            data = data.get(key) if isinstance(data, dict) else None
        return data or None

    def next_request(self, response: Response, data: Any, ctx: dict) -> Request | None:
        link = self.next_link(data)
        return self.get(self.localize(link), ctx) if link else None


class DateWindowSpider(BaseSpider):
    """Mixin: splits since..until into windows of `window_days`, one listing walk per window (newest first)."""

    # -- DateWindowSpider attributes -----------------------------------------------------------------------------
    window_days: int = 31  # a class default; `-a window_days=` sets it per crawl
    window_arguments: ClassVar[dict[str, str]] = {"window_days": "days per date window (a positive number)"}

    def check_arguments(self) -> None:
        raw = self.raw_arguments.get("window_days")
        if raw is not None:
            if not str(raw).isdigit() or int(raw) < 1:
                raise SpiderArgumentError(f"window_days={raw!r} must be a positive number of days")
            self.window_days = int(raw)
        super().check_arguments()

    def queries(self) -> Iterator[dict]:
        end = self.until
        while end >= self.since:
            start = max(self.since, end - timedelta(days=self.window_days - 1))
            for ctx in super().queries():
                yield {**ctx, "start": start, "end": end}
            end = start - timedelta(days=1)

