"""BaseSpider: what every source has in common (arguments, URL mapping, listing → detail scheduling, takedowns,
error items), and the errors a spider raises.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, ClassVar, cast

import scrapy
from scrapy.http import JsonRequest, Request

from enrich.ids import fingerprint
from scrapers.items import ErrorItem, NoticeItem, RemovalItem, SeenItem

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response, TextResponse
    from twisted.python.failure import Failure

    from scrapers.store import ListingState

DEMO_PUBLIC_BASE = "https://demo.survtrack.invalid"


class ResponseShapeError(ValueError):
    """A listing is valid JSON but not the shape this spider reads (another endpoint, an error object, an API
    change): recorded as an error row naming the spider, the URL and what is missing, never read as 'no notices'."""


class SpiderArgumentError(ValueError):
    """A `-a name=value` argument is missing, unknown or malformed; the message says which and how to fix it."""


def today() -> date:
    return datetime.now(UTC).date()


@dataclass
class ListingEntry:
    """One notice as seen in a listing: either a detail request to make, or the complete item already."""

    source_notice_id: str
    fingerprint: str
    published: date | None = None
    detail: Request | None = None
    item: NoticeItem | None = None


def _keys_of(data: Any) -> str:
    if isinstance(data, dict):
        return f" (the response has keys: {', '.join(sorted(map(str, data))[:8]) or 'none'})"
    return ""


def _parse_date(name: str, value: str) -> date:
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise SpiderArgumentError(f"{name}: expected YYYY-MM-DD (e.g. {name}=2024-01-31), got {value!r}") from None


class BaseSpider(scrapy.Spider):
    """Shared behaviour; subclasses set the class attributes below and implement `contexts`/`entries`/`parse_detail`."""

    # -- BaseSpider attributes -----------------------------------------------------------------------------------
    #: Production origins by key, e.g. {"search": "https://search.ccgp.gov.cn"}; `-a base_url=` maps each key to
    #: base_url/key so a local server can stand in for every host.
    upstreams: ClassVar[dict[str, str]] = {}
    #: Country hint (ISO alpha-2) for notices that do not say; language hint (ISO 639-1).
    default_country: ClassVar[str | None] = None
    language: ClassVar[str | None] = None
    #: Earliest date crawled when no `since` is given.
    default_since: ClassVar[date] = date(2019, 1, 1)
    #: `listing` pages are HTML/XML ("html") or JSON ("json").
    listing_format: ClassVar[str] = "json"
    #: The shape of a JSON listing: `list` for a bare array, or the keys an object must hold (a path "a/b" for
    #: nested ones). Checked before `entries`, so a wrong endpoint or an API change is an error, not silence.
    listing_shape: ClassVar[type | tuple[str, ...]] = ()
    #: Bytes that mark a block page (anti-bot challenge, rate-limit page) rather than data.
    block_markers: ClassVar[tuple[bytes, ...]] = ()
    #: Statuses that mean "you are being rate limited/blocked": back off, never parse.
    blocked_statuses: ClassVar[frozenset[int]] = frozenset({429})
    # The wait after a block page without Retry-After is the SURVTRACK_BLOCKED_WAIT setting: a spider that needs a
    # longer one sets it in `custom_settings`, so the command line (tests, the demo) can still override it.
    #: Text in a detail page meaning the notice was withdrawn/replaced (takedown: content_replaced).
    withdrawn_markers: ClassVar[tuple[str, ...]] = ()
    #: Whether the listing is the whole source for the crawled window, so absence means removal.
    listing_complete: ClassVar[bool] = True
    #: The spider cannot run without `-a url=…` (skipped by `crawl --all`).
    requires_url: ClassVar[bool] = False
    #: The spider's own arguments: name → one-line help (documented in its docstring too).
    arguments: ClassVar[dict[str, str]] = {}

    # -- coverage: how `survtrack demo` and the parametrised tests run this spider (no list of spiders anywhere) --
    #: Arguments that make the spider read a local snapshot (its folder of the demo corpus, of tests/fixtures/)
    #: as one listing walk; "{base}" stands for the snapshot server's URL of this spider. `base_url={base}` is
    #: added unless the arguments name a `url`. None: the spider has no such snapshot (it is then neither in the
    #: demo nor in tests/scrapers/test_e2e.py, and tests/scrapers/test_registry.py asks why).
    demo_args: ClassVar[dict[str, str] | None] = None
    #: Takedown reasons (RemovalItem.reason) the phase-2 test snapshot (tests/fixtures/<name>/phase2) exercises;
    #: the end-to-end test expects exactly these.
    snapshot_takedowns: ClassVar[frozenset[str]] = frozenset()

    common_arguments: ClassVar[dict[str, str]] = {
        "since": "earliest publication/update date, YYYY-MM-DD",
        "until": "latest publication/update date, YYYY-MM-DD (default: today)",
        "sample": "stop after N notices (a number, or 'true' for 10)",
        "base_url": "fetch from this base URL instead of the production hosts (tests, mirrors, the demo)",
        "demo": "flag everything stored as demo data (true/false)",
        "recheck": "re-fetch detail pages of notices already held (to catch takedowns), true/false",
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.raw_arguments = {k: v for k, v in kwargs.items() if k not in ("name",)}
        super().__init__(*args, **kwargs)
        self.known: dict[str, Any] = {}  # filled by LedgerPipeline from the database
        self.listing_state: ListingState | None = None  # set by LedgerPipeline
        self.listed: dict[str, date | None] = {}
        self.listing_failed = False
        self._scheduled_details: set[str] = set()

    @classmethod
    def snapshot_arguments(cls, server_url: str) -> dict[str, str]:
        """`demo_args` for a snapshot server at `server_url` (serving <spider>/… folders), flagged demo."""
        base = f"{server_url.rstrip('/')}/{cls.name}"
        args = {key: value.replace("{base}", base) for key, value in (cls.demo_args or {}).items()}
        if "url" not in args:
            args["base_url"] = base
        return {**args, "demo": "true"}

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> BaseSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.parse_arguments(crawler.settings)
        return spider

    # -- arguments ---------------------------------------------------------------------------------------------
    def parse_arguments(self, settings: Any) -> None:
        raw = dict(self.raw_arguments)
        allowed_extra = {**getattr(self, "window_arguments", {}), **self.arguments}
        unknown = sorted(set(raw) - set(self.common_arguments) - set(allowed_extra))
        if unknown:
            allowed = ", ".join(sorted({*self.common_arguments, *allowed_extra}))
            raise SpiderArgumentError(f"{self.name}: unknown argument(s) {', '.join(unknown)}; allowed: {allowed}")
        self.until = _parse_date("until", raw["until"]) if raw.get("until") else today()
        self.since = _parse_date("since", raw["since"]) if raw.get("since") else self.default_since
        self.window_given = bool(raw.get("since") or raw.get("until"))
        if self.since > self.until:
            raise SpiderArgumentError(f"since={self.since} is after until={self.until}")
        sample = str(raw.get("sample", "")).strip().lower()
        if sample in ("", "false", "0", "no"):
            self.sample = None
        elif sample == "true":
            self.sample = 10
        elif sample.isdigit():
            self.sample = int(sample)
        else:
            raise SpiderArgumentError(f"sample: expected a positive number or 'true', got {raw['sample']!r}")
        demo_raw = str(raw.get("demo", "")).strip().lower()
        if demo_raw not in ("", "true", "false", "1", "0", "yes", "no"):
            raise SpiderArgumentError(f"demo={raw['demo']!r} must be true or false")
        self.demo = demo_raw in ("true", "1", "yes") or settings.getbool("SURVTRACK_DEMO", False)
        base = raw.get("base_url") or (settings.getdict("SURVTRACK_BASE_URLS") or {}).get(self.name)
        if base and not str(base).startswith(("http://", "https://", "file://")):
            raise SpiderArgumentError(f"base_url={base!r} must start with http://, https:// or file://")
        self.base_url = base.rstrip("/") if base else None
        self.bases = {k: (f"{self.base_url}/{k}" if self.base_url else v.rstrip("/"))
                      for k, v in self.upstreams.items()}
        self.public_bases = {k: (f"{DEMO_PUBLIC_BASE}/{self.name}/{k}" if self.demo else v.rstrip("/"))
                             for k, v in self.upstreams.items()}
        self.recheck = str(raw.get("recheck", "")).strip().lower() in ("true", "1", "yes")
        self.options = {k: raw[k] for k in self.arguments if k in raw}
        self.check_arguments()
        self.run_args = {"since": self.since, "until": self.until, "sample": self.sample,
                         "base_url": self.base_url, **self.options}

    def check_arguments(self) -> None:
        """Spider-specific checks; raise SpiderArgumentError."""

    def option_list(self, name: str, default: Iterable[str]) -> list[str]:
        value = self.options.get(name)
        return [v.strip() for v in value.split(",") if v.strip()] if value else list(default)

    @property
    def query_signature(self) -> str:
        """Identifies what was asked for (minus the date window): a different query means a different listing."""
        return fingerprint(self.name, sorted(self.options.items()))

    # -- URLs ----------------------------------------------------------------------------------------------------
    def url_for(self, key: str, path: str = "") -> str:
        return self.bases[key] + path

    def localize(self, url: str) -> str:
        """Map a production URL found in content to where this crawl fetches it from."""
        for key, origin in self.upstreams.items():
            bare = origin.split("://", 1)[1].rstrip("/")
            for scheme in ("https://", "http://"):
                if url.startswith(scheme + bare):
                    return self.bases[key] + url[len(scheme + bare):]
        return url

    def publicize(self, url: str) -> str:
        """The URL to record for a notice: the production URL (or the demo's fictional host)."""
        for key, base in self.bases.items():
            if url.startswith(base):
                return self.public_bases[key] + url[len(base):]
        return url

    # -- requests ------------------------------------------------------------------------------------------------
    async def start(self):  # Scrapy ≥ 2.13 entry point
        for request in self.first_requests():
            yield request

    def first_requests(self) -> Iterator[Request]:
        for ctx in self.queries():
            yield self.listing_request(ctx)

    def queries(self) -> Iterator[dict]:
        """Every listing walk of this crawl (contexts × date windows for DateWindowSpider)."""
        yield from self.contexts()

    def contexts(self) -> Iterator[dict]:
        """One context dict per listing to walk (keyword, award group, client, …); override in spiders."""
        yield {}

    def listing_request(self, ctx: dict) -> Request:
        raise NotImplementedError

    def get(self, url: str, ctx: dict, *, listing: bool = True, **meta: Any) -> Request:
        callback = self.on_listing if listing else self.on_detail
        return Request(url, callback=callback, errback=self.on_error, dont_filter=listing,
                       meta={"ctx": ctx, "listing": listing, **meta})

    def post_json(self, url: str, payload: dict, ctx: dict, *, listing: bool = True, **meta: Any) -> Request:
        callback = self.on_listing if listing else self.on_detail
        return JsonRequest(url, data=payload, callback=callback, errback=self.on_error, dont_filter=listing,
                           meta={"ctx": ctx, "listing": listing, **meta})

    def detail_request(self, url: str, source_notice_id: str, ctx: dict | None = None, **meta: Any) -> Request:
        return self.get(self.localize(url), ctx or {}, listing=False, notice_id=source_notice_id, **meta)

    # -- callbacks -----------------------------------------------------------------------------------------------
    def decode(self, response: Response) -> Any:
        # a JSON listing arrives as a TextResponse (Scrapy picks the class from the Content-Type)
        return cast("TextResponse", response).json() if self.listing_format == "json" else response

    def check_shape(self, response: Response, data: Any) -> None:
        """Raise ResponseShapeError when a JSON listing lacks what `listing_shape` says it holds."""
        shape = self.listing_shape
        if shape is list:
            if not isinstance(data, list):
                raise ResponseShapeError(f"{self.name}: {response.url}: expected a JSON array, got "
                                         f"{type(data).__name__}{_keys_of(data)}")
            return
        for path in shape:  # type: ignore[union-attr]
            node = data
            for key in path.split("/"):
                if not isinstance(node, dict) or key not in node:
                    raise ResponseShapeError(f"{self.name}: {response.url}: missing key '{path}'{_keys_of(data)}")
                node = node[key]

    def on_listing(self, response: Response) -> Iterator[Any]:
        data = self.decode(response)
        if self.listing_format == "json":
            self.check_shape(response, data)
        ctx = response.meta.get("ctx", {})
        entries = list(self.entries(response, data, ctx))
        for entry in entries:
            if self.sample_reached():
                break
            yield from self.handle_entry(entry, response)
        if entries and not self.sample_reached():
            following = self.next_request(response, data, ctx)
            if following is not None:
                yield following

    def handle_entry(self, entry: ListingEntry, response: Response) -> Iterator[Any]:
        sid = entry.source_notice_id
        first_time_this_crawl = sid not in self.listed
        self.listed[sid] = entry.published
        yield SeenItem(source_notice_id=sid, published=entry.published)
        if entry.item is not None and first_time_this_crawl:
            entry.item.listing_fingerprint = entry.fingerprint
            entry.item.document_id = entry.item.document_id or response.meta.get("document_id")
            yield entry.item
        if entry.item is not None:
            return
        if not first_time_this_crawl or sid in self._scheduled_details or entry.detail is None:
            return  # already handled in this crawl (e.g. found by two keywords)
        if not self.needs_detail(sid, entry.fingerprint):
            self.crawler.stats.inc_value("survtrack/details_skipped")
            return
        self._scheduled_details.add(sid)
        if getattr(self, "crawler", None) is not None:  # unit tests call callbacks on a spider without a crawler
            self.crawler.stats.inc_value("survtrack/details_requested")
        entry.detail.meta["listing_fingerprint"] = entry.fingerprint
        entry.detail.meta["published"] = entry.published
        yield entry.detail

    def needs_detail(self, source_notice_id: str, listing_fingerprint: str) -> bool:
        held = self.known.get(source_notice_id)
        if held is None or self.recheck or "removed" in str(getattr(held, "status", "") or ""):
            return True
        state = self.listing_state
        return state is None or state.fingerprints.get(source_notice_id) != listing_fingerprint

    def sample_reached(self) -> bool:
        return self.sample is not None and len(self.listed) >= self.sample

    def on_detail(self, response: Response) -> Iterator[Any]:
        sid = response.meta["notice_id"]
        text_for_markers = response.text if self.withdrawn_markers else ""
        if any(marker in text_for_markers for marker in self.withdrawn_markers):
            if sid in self.known:
                yield RemovalItem(source_notice_id=sid, reason="content_replaced", on=today(),
                                  document_id=response.meta.get("document_id"))
            return
        for item in self.parse_detail(response):
            item.listing_fingerprint = response.meta.get("listing_fingerprint")
            item.document_id = item.document_id or response.meta.get("document_id")
            if item.published is None:
                item.published = response.meta.get("published")
            yield item

    def on_error(self, failure: Failure) -> Iterator[Any]:
        request = failure.request  # type: ignore[attr-defined]  # Scrapy attaches the request to the failure
        response = getattr(failure.value, "response", None)
        status = getattr(response, "status", None)
        sid = request.meta.get("notice_id")
        if request.meta.get("listing"):
            self.listing_failed = True
        if sid and status in (404, 410) and sid in self.known:
            yield RemovalItem(source_notice_id=sid, reason=f"http_{status}", on=today(),
                              document_id=request.meta.get("document_id"))
            return
        if request.meta.get("survtrack_error_recorded"):
            return
        message = f"HTTP {status}" if status else f"{failure.type.__name__}: {failure.getErrorMessage()}"
        yield ErrorItem(url=request.url, stage="fetch", error=message, http_status=status,
                        document_id=request.meta.get("document_id"))

    # -- to implement -----------------------------------------------------------------------------------------
    def entries(self, response: Response, data: Any, ctx: dict) -> Iterator[ListingEntry]:
        raise NotImplementedError

    def next_request(self, response: Response, data: Any, ctx: dict) -> Request | None:
        return None

    def parse_detail(self, response: Response) -> Iterator[NoticeItem]:
        raise NotImplementedError

    def notice(self, **fields: Any) -> NoticeItem:
        """A NoticeItem with this spider's defaults (country, language) and a public URL."""
        fields.setdefault("country", self.default_country)
        fields.setdefault("language", self.language)
        fields["url"] = self.publicize(fields["url"])
        return NoticeItem(**fields)

