"""Crawl throughput from the local snapshot server: pages/s, notices/s, requests per new notice, peak memory.

Why: politeness delays make real crawls slow on purpose; this measures our own overhead (parsing, archiving,
enrichment, storage) with delays off. Writes into a throwaway SURVTRACK_HOME (or DATABASE_URL when set), never
into your own data. Run: python -m bench.crawl
"""
from __future__ import annotations

import os
import tempfile

import json
import resource
import time

from scrapers.localserver import SnapshotServer
from scrapers.runner import DEMO_ROOT, DEMO_SETTINGS, _execute, demo_plan


def main() -> None:
    if not os.environ.get("DATABASE_URL"):
        os.environ["SURVTRACK_HOME"] = tempfile.mkdtemp(prefix="survtrack-bench-crawl-", dir="/tmp")
    server = SnapshotServer(DEMO_ROOT).start()
    try:
        started = time.perf_counter()
        results = _execute([(demo_plan(server.url), None)], DEMO_SETTINGS)
        elapsed = time.perf_counter() - started
    finally:
        server.stop()
    pages = sum(r.get("downloader/response_count", 0) for r in results.values())
    new = sum(r.get("survtrack/notices/inserted", 0) for r in results.values())
    stored = sum(r.get("item_scraped_count", 0) for r in results.values())
    requests = sum(r.get("downloader/request_count", 0) for r in results.values())
    report = {"seconds": round(elapsed, 2), "pages": pages, "pages_per_s": round(pages / elapsed, 1),
              "notices": stored, "notices_per_s": round(stored / elapsed, 1), "new_notices": new,
              "requests_per_new_notice": round(requests / new, 2) if new else None,
              "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
              "per_spider": {n: {"pages": r.get("downloader/response_count", 0),
                                 "notices": r.get("item_scraped_count", 0)} for n, r in results.items()}}
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
