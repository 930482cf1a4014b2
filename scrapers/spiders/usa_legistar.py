"""
Source
    Legistar (Granicus) council legislation for US cities and counties: OData Web API
    /v1/{client}/matters?$filter=… for surveillance terms in matter titles, then /matters/{id}/attachments.
Arguments
    clients: comma-separated Legistar client slugs (default seattle,oakland,chicago,nyc,sfgov). terms: comma
    list of title phrases (default facial recognition, license plate, surveillance, ShotSpotter, cell site
    simulator, camera). since, until: MatterLastModifiedUtc range. sample, base_url, demo.
Caveats
    One OData page is up to 1000 matters ($top/$skip). Attachments (staff reports, contracts) are listed with their
    links; the PDFs themselves are not fetched. A matter's attachments are not re-fetched while its
    MatterLastModifiedUtc is unchanged. Some clients require a token; those return 403 and are recorded as errors.
Rate limits
    No published limit; the project defaults apply (AutoThrottle, 2 per host).
"""
from __future__ import annotations

from urllib.parse import quote

from scrapers.base import ListingEntry, PagedSpider, fingerprint
from scrapers.parsing.legistar import matter_notice

TERMS = "facial recognition,license plate,surveillance,ShotSpotter,cell site simulator,camera"


class UsaLegistar(PagedSpider):
    name = "usa_legistar"
    demo_args = {"since": "2018-01-01", "until": "2026-06-30", "clients": "lakeview,harborcity"}
    listing_shape = list
    upstreams = {"api": "https://webapi.legistar.com"}
    default_country, language, paging, page_size = "US", "en", "offset", 1000
    arguments = {"clients": "comma-separated client slugs", "terms": "comma-separated title phrases"}

    def contexts(self):
        for client in self.option_list("clients", ["seattle", "oakland", "chicago", "nyc", "sfgov"]):
            yield {"client": client}

    def page_request(self, ctx):
        terms = " or ".join(f"substringof('{t}',MatterTitle)" for t in self.option_list("terms", TERMS.split(",")))
        odata = (f"MatterLastModifiedUtc ge datetime'{self.since}' and MatterLastModifiedUtc lt "
                 f"datetime'{self.until}T23:59:59' and ({terms})")
        path = f"/v1/{ctx['client']}/matters?$filter={quote(odata)}&$top={self.page_size}&$skip={ctx['page']}"
        return self.get(self.url_for("api", path), ctx)

    def entries(self, response, data, ctx):
        for matter in data:
            sid = f"{ctx['client']}:{matter['MatterId']}"
            url = self.url_for("api", f"/v1/{ctx['client']}/matters/{matter['MatterId']}/attachments")
            yield ListingEntry(sid, fingerprint(matter.get("MatterLastModifiedUtc")), None,
                               detail=self.get(url, ctx, listing=False, notice_id=sid, matter=matter))

    def parse_detail(self, response):
        fields = matter_notice(response.meta["matter"], response.json(), response.meta["ctx"]["client"])
        yield self.notice(source_notice_id=response.meta["notice_id"], **fields)
