"""Export-control and sanctions list files → list entries (enrich.lists.ListEntry): pure functions over the bytes
of a list file. The list spiders (scrapers/spiders/) fetch and archive the files, db/watchlists.py stores the
entries, enrich.lists matches them to registry vendors.

Why these rules: analysts ask "was this supplier on a list when the buyer signed?", so every designation must
come from the list file itself (never from our memory) and keep its dates and legal citation. A line that cannot
be read is one error naming it; the others are read, and the file is then no complete snapshot of anything.

One module a format:

* `csl`: the US Consolidated Screening List (trade.gov) bulk CSV.
* `fcc`: the FCC Covered List HTML table.
* `ftm`: OpenSanctions FollowTheMoney NDJSON exports and delta files.
* `common`: the result (`ParsedList`), the error (`ListFormatError`) and the text and date readers they share.
"""
from scrapers.parsing.watchlists.common import ListFormatError, ParsedList, clean_text, parse_list_date
from scrapers.parsing.watchlists.csl import CSL_COLUMNS, csl_list_id, parse_csl_csv
from scrapers.parsing.watchlists.fcc import FCC_LIST_ID, parse_fcc_covered_list
from scrapers.parsing.watchlists.ftm import (
    FTM_DEFAULT_SCHEMAS,
    FTM_MATCHABLE_SCHEMAS,
    ParsedDelta,
    delta_date,
    ftm_entries,
    parse_ftm_delta,
    parse_ftm_entities,
    read_ftm_delta,
)

__all__ = [
    "CSL_COLUMNS", "FCC_LIST_ID", "FTM_DEFAULT_SCHEMAS", "FTM_MATCHABLE_SCHEMAS", "ListFormatError", "ParsedDelta",
    "ParsedList", "clean_text", "csl_list_id", "delta_date", "ftm_entries", "parse_csl_csv",
    "parse_fcc_covered_list", "parse_ftm_delta", "parse_ftm_entities", "parse_list_date", "read_ftm_delta",
]
