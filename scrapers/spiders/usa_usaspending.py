"""
Source
    USAspending.gov (US federal awards): POST /api/v2/search/spending_by_award/ with surveillance keywords, and
    separately with surveillance PSC and NAICS codes; one award-type group (contracts, IDVs, grants) per request.
Arguments
    since, until: action-date window (split into yearly windows; `window_days` changes that). keywords,
    psc, naics: comma-separated lists overriding the defaults. groups: contracts,idvs,grants. transactions: true to
    also list every transaction (spending_by_transaction): the base award and each modification become notices of
    their own, joined to the award as one procurement. sample, base_url, demo.
Caveats
    The listing holds the whole award (no detail page), so every crawl re-reads listings only. An award found by
    several searches is stored once (generated_internal_id). USAspending only goes back to FY2008. PSC/NAICS
    defaults (PSC 5836, 6350, 6760, J063, N063; NAICS 561621, 334310, 334290) are starting points.
Rate limits
    No published limit; the project defaults (AutoThrottle, 2 per host) and Retry-After are honoured.
"""
from __future__ import annotations

from datetime import date

from scrapers.base import DateWindowSpider, ListingEntry, PagedSpider, fingerprint
from scrapers.parsing.usaspending import FIELDS, GROUPS, TRANSACTION_FIELDS, award_notice, transaction_notice

KEYWORDS = "facial recognition,license plate reader,video surveillance,cell-site simulator,biometric identification"


class UsaUsaspending(DateWindowSpider, PagedSpider):
    name = "usa_usaspending"
    demo_args = {"since": "2018-01-01", "until": "2026-06-30", "window_days": "4000"}
    snapshot_takedowns = frozenset({"dropped_from_listing"})
    listing_shape = ("results",)
    upstreams = {"api": "https://api.usaspending.gov"}
    default_country, language, window_days, default_since = "US", "en", 366, date(2019, 1, 1)
    arguments = {"keywords": "comma list", "psc": "comma list", "naics": "comma list", "groups": "comma list",
                 "transactions": "true: also read every transaction (base award and modifications)"}

    def contexts(self):
        searches = [{"keywords": self.option_list("keywords", KEYWORDS.split(","))},
                    {"psc_codes": self.option_list("psc", ["5836", "6350", "6760", "J063", "N063"])},
                    {"naics_codes": self.option_list("naics", ["561621", "334310", "334290"])}]
        levels = ["awards", "transactions"] if self.options.get("transactions", "").lower() == "true" else ["awards"]
        for group in self.option_list("groups", ["contracts", "idvs", "grants"]):
            for search in searches:
                for level in levels:
                    yield {"group": group, "search": search, "level": level}

    def page_request(self, ctx):
        filters = {"award_type_codes": GROUPS[ctx["group"]], **ctx["search"],
                   "time_period": [{"start_date": str(ctx["start"]), "end_date": str(ctx["end"])}]}
        if ctx.get("level") == "transactions":
            payload = {"filters": filters, "fields": TRANSACTION_FIELDS, "limit": self.page_size,
                       "page": ctx["page"], "sort": "Transaction Amount", "order": "desc"}
            return self.post_json(self.url_for("api", "/api/v2/search/spending_by_transaction/"), payload, ctx)
        payload = {"filters": filters, "fields": FIELDS[ctx["group"]], "limit": self.page_size,
                   "page": ctx["page"], "sort": "Award Amount", "order": "desc", "subawards": False}
        return self.post_json(self.url_for("api", "/api/v2/search/spending_by_award/"), payload, ctx)

    def has_next(self, response, data, ctx):
        return bool(data.get("page_metadata", {}).get("hasNext"))

    def entries(self, response, data, ctx):
        transactions = ctx.get("level") == "transactions"
        for award in data["results"]:
            award_sid = award["generated_internal_id"]  # a transaction's notice id adds its modification number
            sid = f"{award_sid}/{str(award.get('Mod') or '0').strip()}" if transactions else award_sid
            fields = (transaction_notice if transactions else award_notice)(award, ctx["group"])
            url = f"https://www.usaspending.gov/award/{award_sid}"
            yield ListingEntry(sid, fingerprint(award), fields["published"],
                               item=self.notice(source_notice_id=sid, url=url, **fields))
