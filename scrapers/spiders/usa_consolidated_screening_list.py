"""
Source
    US Consolidated Screening List (International Trade Administration, data.trade.gov): the Commerce, State and
    Treasury export-control and sanctions lists in one bulk CSV, no key needed. Every sub-list becomes its own
    watch list: Entity List, Military End-User, Denied Persons, Unverified (BIS); Nonproliferation, ITAR debarred
    (State); SDN, FSE, SSI, PLC, CAPTA, NS-CMIC, NS-MBS (Treasury). See enrich/data/watchlists.csv.
Arguments
    url: the CSV (or TSV) to read, http(s):// or file:// (default: the data.trade.gov bulk file). min_entries:
    the fewest entries a complete file may hold (default 1000: fewer is an error row and nothing is stored). demo.
Caveats
    Columns are read by header name (reordered files read the same); an unknown new column is kept in each
    entry's raw data and named in the run's warnings; a missing `source` or `name` column fails the file with
    an error naming it, and so does an empty file. A line that cannot be read (a bad date, the wrong number of
    fields, unreadable CSV) is an error row naming its line; the other lines are stored, but the file is then
    not treated as a complete snapshot. Start/end dates and Federal Register citations are taken from the file.
    The file is a complete snapshot: an entry no longer in it is flagged missing_since, not delisted (the CSL
    documents no such rule); an end_date in the file delists. Individuals are stored but never matched to
    vendors.
Rate limits
    One file per crawl; the project's polite defaults apply.
"""
from __future__ import annotations

from scrapers.lists import ListFileItem, ListFileSpider, response_date


class UsaConsolidatedScreeningList(ListFileSpider):
    name = "usa_consolidated_screening_list"
    min_entries = 1000  # the real file holds over 10,000 entries
    demo_args = {"url": "{base}/downloadable_consolidated_screening_list/v1/consolidated.csv", "min_entries": "1"}
    default_url = "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv"
    upstreams = {"file": "https://data.trade.gov"}

    def parse_file(self, response):
        from scrapers.parsing.watchlists import parse_csl_csv

        parsed = parse_csl_csv(response.body, source_url=self.publicize(response.url),
                               max_line_bytes=self.settings.getint("SURVTRACK_MAX_DOCUMENT_BYTES") or None)
        return ListFileItem(url=response.url, on=response_date(response), entries=parsed.entries,
                            complete_lists=parsed.complete_lists, new_watchlists=parsed.new_watchlists,
                            warnings=parsed.warnings, errors=parsed.errors)
