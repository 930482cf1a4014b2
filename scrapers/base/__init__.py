"""Base spiders: everything a source has in common, so that a new source is one short file of class attributes.

Why: kingfisher-collect showed that a procurement spider is mostly configuration (where the listing is, how it
pages, where the detail is). The shared parts live here once: argument parsing (`since`, `until`, `sample`,
`base_url`, `demo` + a spider's own arguments, all checked in `from_crawler` with a clear SpiderArgumentError),
listing → detail scheduling that skips notices already held with unchanged listing metadata, the takedown
signals (404/410 on a known notice, withdrawn content), error items instead of crashes, and URL mapping so tests
and the offline demo point any spider at 127.0.0.1.

Hierarchy: BaseSpider → PagedSpider (page/offset), LinksSpider (cursor/next link); DateWindowSpider is a mixin
that splits since..until into windows (`class X(DateWindowSpider, PagedSpider)`).

One module a job: `spider` (BaseSpider, ListingEntry, the errors), `paging` (PagedSpider, LinksSpider,
DateWindowSpider), `ocds` (OcdsMixin). Spiders import them from here.
"""
from enrich.ids import fingerprint  # re-exported for spiders: a listing's fingerprint
from scrapers.base.ocds import OcdsMixin
from scrapers.base.paging import DateWindowSpider, LinksSpider, PagedSpider
from scrapers.base.spider import (
    DEMO_PUBLIC_BASE,
    BaseSpider,
    ListingEntry,
    ResponseShapeError,
    SpiderArgumentError,
    today,
)

__all__ = ["DEMO_PUBLIC_BASE", "BaseSpider", "DateWindowSpider", "LinksSpider", "ListingEntry", "OcdsMixin",
           "PagedSpider", "ResponseShapeError", "SpiderArgumentError", "fingerprint", "today"]
