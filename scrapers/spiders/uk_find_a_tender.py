"""
Source
    UK Find a Tender service (FTS, above-threshold UK notices since 2021): OCDS release packages from
    /api/1.0/ocdsReleasePackages, one release per notice.
Arguments
    since, until: updatedFrom/updatedTo. sample, base_url, demo.
Caveats
    Cursor pagination through links.next. The whole window is fetched (the API has no keyword filter);
    enrichment decides what is surveillance. A notice is identified by ocid + release id (FTS release ids such as
    "025013-2024" do not begin with the ocid); an amended notice is a new release. The notice link is
    /Notice/{release id}.
Rate limits
    About 12 requests per 2 minutes, then HTTP 429 with Retry-After (honoured): one request at a time, 10 s apart.
"""
from __future__ import annotations

from datetime import date

from scrapers.base import LinksSpider, OcdsMixin


class UkFindATender(OcdsMixin, LinksSpider):
    name = "uk_find_a_tender"
    demo_args = {"since": "2021-01-01", "until": "2026-06-30"}
    snapshot_takedowns = frozenset({"dropped_from_listing"})
    upstreams = {"api": "https://www.find-tender.service.gov.uk"}
    default_country, language, default_since = "GB", "en", date(2021, 1, 1)
    notice_url_template = "https://www.find-tender.service.gov.uk/Notice/{id}"
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 10.0}

    def first_url(self, ctx):
        return self.url_for("api", f"/api/1.0/ocdsReleasePackages?updatedFrom={self.since}T00:00:00"
                                   f"&updatedTo={self.until}T23:59:59&limit=100")
