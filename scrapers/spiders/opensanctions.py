"""
Source
    OpenSanctions FollowTheMoney exports: `entities.ftm.json` (NDJSON, one entity per line, every property value a
    list) and delta files `entities.delta.json` ({"op": "ADD"|"MOD"|"DEL", "entity": …}) of any dataset, e.g.
    https://data.opensanctions.org/datasets/latest/us_trade_csl/entities.ftm.json.
Arguments
    url (required): the export or delta file, http(s):// or file://. datasets: comma list of dataset names to
    keep (default: every dataset an entity names). schemas: comma list of FtM schemata to keep (default Company,
    Organization, LegalEntity, PublicBody, Person). min_entries: the fewest entries a full export may hold
    (default 1; delta files are not checked). demo.
Caveats
    Each dataset is its own watch list `os_<dataset>`. listed_on is the entity's createdAt, else its first_seen
    (which one is kept in raw.listed_on_basis). A full export completes only the lists it contains; DEL in a
    delta sets delisted_on to the delta's date (from its …/YYYYMMDDhhmmss-…/ path, else the crawl date); nothing
    is deleted. Non-target entities (addresses, sanctions, ownership) are skipped. A line that is not JSON, not
    an entity, nested too deep or larger than SURVTRACK_MAX_DOCUMENT_BYTES is an error row naming its line; the
    other lines are stored (a full export with such a line completes no list). OpenSanctions data is licensed
    CC BY-NC 4.0 for non-commercial use; check the licence before crawling it.
Rate limits
    One file per crawl; the project's polite defaults apply.
"""
from __future__ import annotations

from scrapers.base import SpiderArgumentError
from scrapers.lists import ListFileItem, ListFileSpider, response_date


class Opensanctions(ListFileSpider):
    name = "opensanctions"
    demo_args = {"url": "{base}/datasets/latest/us_trade_csl/entities.ftm.json"}
    requires_url = True
    arguments = {**ListFileSpider.arguments, "datasets": "comma list of dataset names",
                 "schemas": "comma list of FtM schemata"}

    def check_arguments(self):
        super().check_arguments()
        from scrapers.parsing.watchlists import FTM_DEFAULT_SCHEMAS

        self.schemas = frozenset(self.option_list("schemas", sorted(FTM_DEFAULT_SCHEMAS)))
        self.datasets = self.option_list("datasets", []) or None
        unknown = sorted(self.schemas - {"Company", "Organization", "LegalEntity", "PublicBody", "Person"})
        if unknown:
            raise SpiderArgumentError(f"schemas: {', '.join(unknown)} are not entity schemata this spider stores")

    def parse_file(self, response):
        from scrapers.parsing.watchlists import delta_date, parse_ftm_entities, read_ftm_delta

        url = self.publicize(response.url)
        limit = self.settings.getint("SURVTRACK_MAX_DOCUMENT_BYTES") or None  # per line, as per document
        head = response.body.lstrip()[:200]
        if b'"op"' in head and b'"entity"' in head:
            delta = read_ftm_delta(response.body, source_url=url, datasets=self.datasets, schemas=self.schemas,
                                   max_line_bytes=limit)
            return ListFileItem(url=response.url, on=delta_date(response.url) or response_date(response),
                                delta=delta.ops, warnings=delta.warnings, errors=delta.errors)
        parsed = parse_ftm_entities(response.body, source_url=url, datasets=self.datasets, schemas=self.schemas,
                                    max_line_bytes=limit)
        return ListFileItem(url=response.url, on=response_date(response), entries=parsed.entries,
                            complete_lists=parsed.complete_lists, warnings=parsed.warnings, errors=parsed.errors)
