"""Scrapy settings for survtrack's spiders.

Why this file looks the way it does: politeness is part of correctness (each spider's rate limits are in its
docstring and in README "Sources"). Every line that changes a Scrapy default says what the default was, so a
reviewer can see exactly how we differ.
"""
from __future__ import annotations

import os

from survtrack import limits as _limits

BOT_NAME = "survtrack"  # default "scrapybot"
SPIDER_MODULES = ["scrapers.spiders"]  # default []
NEWSPIDER_MODULE = "scrapers.spiders"  # default ""

#: Who to contact about this crawler; shown in the User-Agent. Set SURVTRACK_CONTACT in the environment.
SURVTRACK_CONTACT = os.environ.get("SURVTRACK_CONTACT", "unset")
# default "Scrapy/VERSION (+https://scrapy.org)": identify the project and a contact address.
USER_AGENT = (
    "survtrack/0.1 (+https://github.com/survtrack/survtrack; contact: " + SURVTRACK_CONTACT + ")"
)

ROBOTSTXT_OBEY = True  # default False; a spider that must differ says why in its docstring

# Politeness: one host at a time, adaptive delays.
CONCURRENT_REQUESTS = 8  # default 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2  # default 8
DOWNLOAD_DELAY = 1.0  # default 0 (seconds between requests to one host; AutoThrottle adapts from here)
AUTOTHROTTLE_ENABLED = True  # default False
AUTOTHROTTLE_START_DELAY = 2.0  # default 5.0
AUTOTHROTTLE_MAX_DELAY = 60.0  # default 60.0 (unchanged, stated for clarity)
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0  # default 1.0 (unchanged, stated for clarity)
DOWNLOAD_TIMEOUT = 60  # default 180: a stuck government server should not hold a slot for 3 minutes

# Huge bodies: refuse anything above 64 MiB (default 1 GiB) and warn above 16 MiB (default 32 MiB).
DOWNLOAD_MAXSIZE = 64 * 1024 * 1024
DOWNLOAD_WARNSIZE = 16 * 1024 * 1024
# default: Scrapy's file handler, which reads any file whole. Ours applies DOWNLOAD_MAXSIZE to file:// too and
# leaves bulk files (OCDS, JSON lines) on disk for the spider to stream (scrapers/filehandler.py).
DOWNLOAD_HANDLERS = {"file": "scrapers.filehandler.FileDownloadHandler"}
#: Input limits (ours; survtrack/limits.py, README "Limits"): one document, line or release, and one streamed
#: bulk file. The environment variables of the same names set them; `-s NAME=…` overrides per crawl.
SURVTRACK_MAX_DOCUMENT_BYTES = _limits.max_document_bytes()
SURVTRACK_MAX_BULK_BYTES = _limits.max_bulk_bytes()

# Retries are done by scrapers.middlewares.BackoffRetryMiddleware, which waits (exponential backoff, honouring
# Retry-After) before retrying; Scrapy's own RetryMiddleware retries immediately, so it is disabled.
RETRY_ENABLED = True  # default True (unchanged)
RETRY_TIMES = 4  # default 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]  # default (unchanged, stated for clarity)
#: First backoff wait in seconds; doubles on each retry up to SURVTRACK_RETRY_MAX_WAIT (ours).
SURVTRACK_RETRY_BASE_WAIT = 2.0
SURVTRACK_RETRY_MAX_WAIT = 600.0
#: How long to wait after a block page when the server gives no Retry-After (a spider may override).
SURVTRACK_BLOCKED_WAIT = 60.0
#: A block page whose Retry-After asks for longer than this is given up at once (an error row), not waited out.
SURVTRACK_BLOCKED_MAX_WAIT = 900.0
#: How many times a blocked request is retried before it becomes a 'blocked' error row.
SURVTRACK_BLOCKED_RETRIES = 3

HTTPCACHE_ENABLED = False  # default False (unchanged): we archive every response ourselves, see ArchiveMiddleware
COOKIES_ENABLED = True  # default True (unchanged): ccgp's cookie challenge needs a cookie jar
TELNETCONSOLE_ENABLED = False  # default True: no listening ports we do not need
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"  # default "2.7" in current Scrapy; pinned so fingerprints stay stable
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"  # default (unchanged, stated)
FEED_EXPORT_ENCODING = "utf-8"  # default None
LOG_LEVEL = "INFO"  # default "DEBUG": a crawl log a person can read

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,  # replaced by BackoffRetryMiddleware
    "scrapers.middlewares.BackoffRetryMiddleware": 550,
    "scrapers.middlewares.BlockPageMiddleware": 560,
    "scrapers.middlewares.CharsetMiddleware": 570,
    "scrapers.middlewares.ArchiveMiddleware": 585,  # runs first on the way back (after decompression at 590)
}
ITEM_PIPELINES = {
    "scrapers.pipelines.ValidatePipeline": 100,
    "scrapers.pipelines.ErrorPipeline": 200,
    "scrapers.pipelines.StorePipeline": 300,
    "scrapers.pipelines.LedgerPipeline": 400,
}
EXTENSIONS = {
    "scrapers.store.RunExtension": 100,  # opens/closes the crawl run row and the DB connection
}

#: Where each spider fetches from, by spider name (tests and the demo point these at 127.0.0.1).
SURVTRACK_BASE_URLS: dict[str, str] = {}
#: Flag every notice and run as demo data (the offline demo corpus).
SURVTRACK_DEMO = False
#: Write to the database. Off only for `scrapy parse`-style debugging; the archive then is skipped too.
SURVTRACK_STORE = True
#: Enrichment worker processes (ours; `survtrack crawl --workers N`): 0 = every core, 1 = in the reactor thread
#: (scrapers/enrichment.py says why more is the default).
SURVTRACK_WORKERS = 0
#: Shared crawl frontier (ours; `survtrack crawl --frontier redis://HOST:PORT/DB`): empty = this process alone.
#: When set, scrapers.runner switches the scheduler, duplicate filter and per-host delays to Redis
#: (scrapers/frontier.py, scrapers/politeness.py).
SURVTRACK_FRONTIER = ""
#: A shared crawl's tunables (ours; environment variables of the same names, or `-s`): seconds a process may go
#: silent before others take back its requests; seconds the finished mark keeps late starters from recrawling;
#: days an abandoned crawl's keys are kept (a restart resumes it); a name for the job (default: a digest of the
#: spider and its arguments); the delay between requests to one host across processes (default: DOWNLOAD_DELAY).
SURVTRACK_FRONTIER_WORKER_TTL = float(os.environ.get("SURVTRACK_FRONTIER_WORKER_TTL") or 30.0)
SURVTRACK_FRONTIER_LINGER = float(os.environ.get("SURVTRACK_FRONTIER_LINGER") or 60.0)
SURVTRACK_FRONTIER_KEEP_DAYS = float(os.environ.get("SURVTRACK_FRONTIER_KEEP_DAYS") or 7.0)
SURVTRACK_FRONTIER_JOB = os.environ.get("SURVTRACK_FRONTIER_JOB") or None
SURVTRACK_FRONTIER_DELAY = os.environ.get("SURVTRACK_FRONTIER_DELAY") or None
SPIDER_MIDDLEWARES = {
    "scrapers.middlewares.ParseErrorMiddleware": 45,  # below HttpErrorMiddleware (50): sees callback exceptions
}
LOG_FORMATTER = "scrapers.logformatter.QuietDrops"  # default scrapy.logformatter.LogFormatter (drops at WARNING)
