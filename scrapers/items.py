"""Validated item models that spiders yield and pipelines consume.

Why dataclasses with `__post_init__` checks: a spider bug (empty id, a date string where a date belongs, an
unknown notice kind) must fail at the item, with a message naming the field, not later inside SQL.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from survtrack.pipeline import NOTICE_KINDS, NoticeRecord

KINDS = frozenset(NOTICE_KINDS)
ERROR_STAGES = frozenset({"fetch", "blocked", "parse", "enrich", "store"})
REMOVAL_REASONS = frozenset({"http_404", "http_410", "dropped_from_listing", "content_replaced"})


class InvalidItem(ValueError):
    """An item failed validation; the message names the item type and field."""


def _require_text(item: object, name: str) -> None:
    value = getattr(item, name)
    if not isinstance(value, str) or not value.strip():
        raise InvalidItem(f"{type(item).__name__}.{name} must be a non-empty string, got {value!r}")


@dataclass
class NoticeItem(NoticeRecord):
    """One notice, parsed to plain text with structured fields rendered as labelled lines in `body`: the pipeline's
    NoticeRecord (its fields, `facts` included), checked strictly; StorePipeline fills in the source and run."""

    #: Structured fields read from the source as they were published (survtrack.pipeline.NoticeRecord.facts).
    facts: dict = field(default_factory=dict)
    #: What the listing said about this notice; an unchanged fingerprint lets the next crawl skip the detail page.
    listing_fingerprint: str | None = None

    def __post_init__(self) -> None:
        for name in ("source_notice_id", "url", "title", "body"):
            _require_text(self, name)
        if not self.url.lower().startswith(("http://", "https://", "file://")):  # never javascript:, data:…
            raise InvalidItem(f"NoticeItem.url must be an http(s):// or file:// URL, got {self.url[:80]!r}")
        if self.kind is not None and self.kind not in KINDS:
            raise InvalidItem(f"NoticeItem.kind must be one of {sorted(KINDS)}, got {self.kind!r}")
        if self.published is not None and not isinstance(self.published, date):
            raise InvalidItem(f"NoticeItem.published must be a date, got {self.published!r}")
        if self.country is not None and (len(self.country) != 2 or not self.country.isalpha()):
            raise InvalidItem(f"NoticeItem.country must be ISO 3166-1 alpha-2, got {self.country!r}")
        if "<" in self.body and ("</" in self.body or "/>" in self.body) and "<html" in self.body.lower():
            raise InvalidItem("NoticeItem.body must be plain text, got HTML")


@dataclass
class SeenItem:
    """A listing entry: the notice is still published (keeps last_seen; absence may mean a takedown)."""

    source_notice_id: str
    published: date | None = None

    def __post_init__(self) -> None:
        _require_text(self, "source_notice_id")


@dataclass
class RemovalItem:
    """A notice that vanished from its source: the takedown ledger entry."""

    source_notice_id: str
    reason: str
    on: date
    document_id: int | None = None

    def __post_init__(self) -> None:
        _require_text(self, "source_notice_id")
        if self.reason not in REMOVAL_REASONS:
            raise InvalidItem(f"RemovalItem.reason must be one of {sorted(REMOVAL_REASONS)}, got {self.reason!r}")


@dataclass
class ErrorItem:
    """A per-document failure: stored as an error row of the crawl run, never a crashed crawl."""

    url: str
    stage: str
    error: str
    document_id: int | None = None
    http_status: int | None = None
    extra: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        _require_text(self, "url")
        _require_text(self, "error")
        if self.stage not in ERROR_STAGES:
            raise InvalidItem(f"ErrorItem.stage must be one of {sorted(ERROR_STAGES)}, got {self.stage!r}")
