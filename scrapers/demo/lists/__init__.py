"""Demo slice for the watch-list spiders: list files served by the local snapshot server during `survtrack demo`.

Layout as scrapers/demo/corpus (<spider>/base/<path>). Contents: the Entity List entries of 9 October 2019
(84 FR 54002, FR Doc. 2019-22210) for the real vendors the demo notices name as suppliers, the FCC Covered List
rows of 12 March 2021, and FICTIONAL entries (Xingqiao Demo …, Yunling Demo …, 青禾示范…) so that delisting,
MEU and OpenSanctions matching have something to show. Crawl it in the demo's second pass (after the notices
exist) so name-only matches find the demo suppliers; designations apply to notices whatever the order.
"""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent

#: (spider, path under the spider's snapshot folder) — pass url=<server>/<spider>/<path>.
DEMO_FILES = [
    ("usa_consolidated_screening_list", "downloadable_consolidated_screening_list/v1/consolidated.csv"),
    ("usa_fcc_covered_list", "supplychain/coveredlist.html"),
    ("opensanctions", "datasets/latest/us_trade_csl/entities.ftm.json"),
]


def demo_crawls(server_url: str) -> list[tuple[str, dict[str, str]]]:
    """(spider, arguments) for each list file, for a SnapshotServer serving ROOT at `server_url`."""
    return [(spider, {"url": f"{server_url}/{spider}/{path}", "demo": "true"}) for spider, path in DEMO_FILES]
