"""Demo slice for the watch-list spiders: list files served by the local snapshot server during `survtrack demo`.

Layout as scrapers/demo/corpus (<spider>/base/<path>). Contents: the Entity List entries of 9 October 2019
(84 FR 54002, FR Doc. 2019-22210) for the real vendors the demo notices name as suppliers, the FCC Covered List
rows of 12 March 2021, and FICTIONAL entries (Xingqiao Demo …, Yunling Demo …, 青禾示范…) so that delisting,
MEU and OpenSanctions matching have something to show. Crawl it in the demo's second pass (after the notices
exist) so name-only matches find the demo suppliers; designations apply to notices whatever the order. Which
file each spider reads is its `demo_args` (scrapers.runner.demo_plan(url, lists=True)).
"""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent
