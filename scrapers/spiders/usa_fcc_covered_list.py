"""
Source
    FCC Covered List (Secure and Trusted Communications Networks Act of 2019): the one HTML table at
    https://www.fcc.gov/supplychain/coveredlist, "Covered Equipment or Services" with its "Date of Inclusion".
Arguments
    url: the page to read, http(s):// or file:// (default: the FCC page). min_entries: the fewest entries the
    table may hold (default 5: fewer is an error row and nothing is stored). demo.
Caveats
    A row can name several companies ("produced by Hytera …, Hikvision …, or Dahua …"); each becomes its own
    designation with the row's date and wording (the wording is the program: e.g. limited to public-safety and
    critical-infrastructure uses). Rows that extend to "any subsidiary or affiliate of such entities" cover the
    registry subsidiaries of the named company (designation_coverage). A row without a readable company name is
    stored under its description and named in the run's warnings. A page without the table fails with an error.
Rate limits
    One page per crawl; the project's polite defaults apply.
"""
from __future__ import annotations

from scrapers.lists import ListFileItem, ListFileSpider, response_date


class UsaFccCoveredList(ListFileSpider):
    name = "usa_fcc_covered_list"
    min_entries = 5  # the real page lists about a dozen companies
    demo_args = {"url": "{base}/supplychain/coveredlist.html"}
    default_url = "https://www.fcc.gov/supplychain/coveredlist"
    upstreams = {"file": "https://www.fcc.gov"}
    listing_format = "html"

    def parse_file(self, response):
        from scrapers.parsing.watchlists import parse_fcc_covered_list

        parsed = parse_fcc_covered_list(response.body, source_url=self.publicize(response.url))
        return ListFileItem(url=response.url, on=response_date(response), entries=parsed.entries,
                            complete_lists=parsed.complete_lists, warnings=parsed.warnings)
