"""Log formatting: dropped items are bookkeeping here (listing entries, recorded errors), not warnings."""
from __future__ import annotations

import logging

from scrapy.logformatter import LogFormatter


class QuietDrops(LogFormatter):
    def dropped(self, item, exception, response, spider=None):  # type: ignore[override]
        entry = super().dropped(item, exception, response, spider)
        entry["level"] = logging.DEBUG
        return entry
