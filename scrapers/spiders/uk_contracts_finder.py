"""
Source
    UK Contracts Finder (below-threshold and older UK notices): OCDS release packages from
    /Published/Notices/OCDS/Search.
Arguments
    since, until: publishedFrom/publishedTo. sample, base_url, demo.
Caveats
    Cursor pagination through links.next. Responses are sometimes ISO-8859-1 whatever the header says (detected
    and corrected). There is no public per-notice URL derivable from the release, so the notice URL is the
    search URL plus #release-id; the archived package is the evidence.
Rate limits
    Over the limit the service answers 403 with an HTML page and expects a 5-minute pause: recognised as a block,
    recorded, retried after 300 s. One request at a time, 2 s apart.
"""
from __future__ import annotations

from scrapers.base import LinksSpider, OcdsMixin


class UkContractsFinder(OcdsMixin, LinksSpider):
    name = "uk_contracts_finder"
    demo_args = {"since": "2018-01-01", "until": "2026-06-30"}
    snapshot_takedowns = frozenset({"dropped_from_listing"})
    upstreams = {"api": "https://www.contractsfinder.service.gov.uk"}
    default_country, language = "GB", "en"
    blocked_statuses = frozenset({403, 429})
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 2.0, "SURVTRACK_BLOCKED_WAIT": 300.0}

    def first_url(self, ctx):
        return self.url_for("api", f"/Published/Notices/OCDS/Search?publishedFrom={self.since}"
                                   f"&publishedTo={self.until}&size=100&order=asc")
