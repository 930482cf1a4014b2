"""
Source
    SEC EDGAR full-text search (efts.sec.gov/LATEST/search-index, Elasticsearch-shaped JSON) for surveillance
    vendor names and terms in 10-K, 20-F, 6-K and 8-K filings; each hit's document from www.sec.gov/Archives.
Arguments
    terms: comma list of search terms (default: Hikvision, Dahua, facial recognition, license plate recognition,
    video surveillance); a term with spaces is searched as a phrase. forms: comma list (default 10-K,20-F,6-K,8-K).
    since, until: filing dates. sample, base_url, demo.
Caveats
    One notice per hit document (accession:file), kind 'disclosure', holding the passages that name the term or
    pair a technology with a customer/region cue. The filer is stated as supplier only when it is a registry
    vendor; otherwise as filer. Registry vendors in the passages become parties: supplier only where the filing says
    they deliver the system to the filer's customers (a named project, consortium or subcontract), mentioned as
    partners, resellers, component or cloud providers, customers, competitors or risks. Hikvision and Dahua are not
    SEC filers: hits are integrators, resellers, investors and 20-F risk factors.
Rate limits
    SEC fair access: at most 10 requests/s and a User-Agent with a contact (set SURVTRACK_CONTACT); the project
    defaults stay far below that.
"""
from __future__ import annotations

import re
from datetime import date

from scrapers.base import ListingEntry, PagedSpider, fingerprint
from scrapers.disclosures import DisclosureMixin, registry_legal_name

TERMS = "Hikvision,Dahua,facial recognition,license plate recognition,video surveillance"


class UsaSecEdgar(DisclosureMixin, PagedSpider):
    name = "usa_sec_edgar"
    listing_shape = ("hits/hits",)
    upstreams = {"efts": "https://efts.sec.gov", "www": "https://www.sec.gov"}
    language, paging, page_size = "en", "offset", 100
    arguments = {"terms": "comma list of search terms", "forms": "comma list of form types"}

    def contexts(self):
        for term in self.option_list("terms", TERMS.split(",")):
            yield {"term": term}

    def page_request(self, ctx):
        term = f'"{ctx["term"]}"' if " " in ctx["term"] else ctx["term"]
        query = {"q": term, "forms": ",".join(self.option_list("forms", ["10-K", "20-F", "6-K", "8-K"])),
                 "dateRange": "custom", "startdt": str(self.since), "enddt": str(self.until), "from": ctx["page"]}
        from urllib.parse import urlencode

        return self.get(self.url_for("efts", "/LATEST/search-index?" + urlencode(query)), ctx)

    def next_request(self, response, data, ctx):
        hits = data.get("hits") or {}
        following = ctx["page"] + len(hits.get("hits") or [])  # `from` is an offset; pages may be short
        if hits.get("hits") and following < int((hits.get("total") or {}).get("value") or 0):
            return self.page_request({**ctx, "page": following})
        return None

    def entries(self, response, data, ctx):
        for hit in (data.get("hits") or {}).get("hits") or []:
            adsh, _, filename = hit["_id"].partition(":")
            source = hit.get("_source") or {}
            cik = str(int((source.get("ciks") or ["0"])[0]))
            url = f"https://www.sec.gov/Archives/edgar/data/{cik}/{adsh.replace('-', '')}/{filename}"
            published = date.fromisoformat(source["file_date"]) if source.get("file_date") else None
            yield ListingEntry(hit["_id"], fingerprint(source.get("file_date"), source.get("form"), filename),
                               published, detail=self.detail_request(url, hit["_id"], ctx, hit=source))

    def parse_detail(self, response):
        hit, term = response.meta["hit"], response.meta["ctx"]["term"]
        filer = re.sub(r"\s*\((?:[A-Z0-9.\-, ]+|CIK \d+)\)", "", (hit.get("display_names") or [""])[0]).strip()
        yield from self.disclosure_notice(
            response, source_notice_id=response.meta["notice_id"], language="en", filer=filer or None,
            supplier=registry_legal_name(name=filer) if filer else None, terms=(term,),
            title=f"{filer or 'SEC filing'}: {hit.get('form')} {hit.get('file_date')}",
            source_label=f"{hit.get('form')} filed {hit.get('file_date')} (accession {hit.get('adsh')}), "
                         f"EDGAR full-text search for {term!r}")
