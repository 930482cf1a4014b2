"""
Source
    Tenders Electronic Daily (TED, the EU's procurement journal): Search API v3 (POST /v3/notices/search, expert
    query on surveillance CPV codes plus full-text terms), then each notice's eForms XML for buyer, winners, values.
Arguments
    since, until: publication-date range. terms: comma-separated full-text phrases (default: facial recognition,
    video surveillance, vidéoprotection, videovigilancia, Videoüberwachung, ANPR). sample, base_url, demo.
Caveats
    ITERATION pagination (iterationNextToken) avoids the ~15,000-result cap of page numbers. The full-text (FT)
    syntax should be checked with checkQuerySyntax after API changes. Search fields are multilingual objects and
    per-lot arrays; the XML is the record of truth. A notice's XML is eForms (from late 2022) or legacy TED_EXPORT
    (R2.0.7–R2.0.9, 2008–2023): scrapers.parsing.ted reads both into the same labelled lines and facts; any other
    XML (an error page, a new schema) is recorded as a parse error naming its root element. XML is parsed without
    entities (XXE/entity bombs are rejected as errors).
Rate limits
    Anonymous API; 429/503 honour Retry-After. 2 requests at a time.
"""
from __future__ import annotations

from scrapers.base import LinksSpider, ListingEntry, fingerprint
from scrapers.parsing.codes import cpv_codes
from scrapers.parsing.ted import parse_ted_xml

TERMS = "facial recognition,video surveillance,vidéoprotection,videovigilancia,Videoüberwachung,ANPR"
FIELDS = ["publication-number", "notice-version", "notice-type", "publication-date", "title-proc", "buyer-country"]


class EuTed(LinksSpider):
    name = "eu_ted"
    demo_args = {"since": "2018-01-01", "until": "2026-06-30"}
    snapshot_takedowns = frozenset({"dropped_from_listing", "http_410"})
    listing_shape = ("notices",)
    upstreams = {"api": "https://api.ted.europa.eu", "web": "https://ted.europa.eu"}
    arguments = {"terms": "comma-separated full-text phrases"}

    def query(self):
        terms = " OR ".join(f'"{t}"' for t in self.option_list("terms", TERMS.split(",")))
        cpv = " ".join(cpv_codes())
        return (f"(classification-cpv IN ({cpv}) OR FT~({terms})) AND publication-date>={self.since:%Y%m%d}"
                f" AND publication-date<={self.until:%Y%m%d} SORT BY publication-number DESC")

    def search(self, token, ctx):
        payload = {"query": self.query(), "fields": FIELDS, "limit": 100, "scope": "ALL",
                   "paginationMode": "ITERATION", "iterationNextToken": token, "onlyLatestVersions": False}
        return self.post_json(self.url_for("api", "/v3/notices/search"), payload, ctx)

    def listing_request(self, ctx):
        return self.search(None, ctx)

    def next_request(self, response, data, ctx):
        return self.search(data["iterationNextToken"], ctx) if data.get("iterationNextToken") else None

    def entries(self, response, data, ctx):
        for notice in data["notices"]:
            number = notice["publication-number"]
            xml = self.url_for("web", f"/en/notice/{number}/xml")
            yield ListingEntry(number, fingerprint(notice.get("notice-version"), notice.get("publication-date")),
                               None, detail=self.detail_request(xml, number))

    def parse_detail(self, response):
        fields = parse_ted_xml(response.body)
        url = self.publicize(self.url_for("web", f"/en/notice/{response.meta['notice_id']}"))
        yield self.notice(source_notice_id=response.meta["notice_id"], url=url, **fields)
