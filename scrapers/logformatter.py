"""Log formatting: dropped items are bookkeeping here (listing entries, recorded errors), not warnings."""
from __future__ import annotations

import logging

from scrapy.logformatter import LogFormatter


class QuietDrops(LogFormatter):
    """Never an item body in the log: a crawl of a 200 MB file must not write 140 MB of stderr. Counts are in
    the run's stats; problems are error rows with one line each."""

    def scraped(self, item, response, spider=None):
        entry = super().scraped(item, response, spider)
        entry["msg"], entry["args"] = "Scraped %(kind)s from %(src)s", {
            "kind": type(item).__name__, "src": getattr(response, "url", response)}
        return entry

    def dropped(self, item, exception, response, spider=None):
        entry = super().dropped(item, exception, response, spider)
        entry["level"] = logging.DEBUG
        entry["msg"], entry["args"] = "Dropped %(kind)s: %(exception)s", {
            "kind": type(item).__name__, "exception": str(exception)[:200]}
        return entry
