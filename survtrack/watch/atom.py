"""The Atom feed of a watch (RFC 4287), written to SURVTRACK_HOME/feeds/NAME.xml and printed by `watch feed`.

Why a file regenerated from the ledger: a feed reader polls, so the feed must hold the latest events whether or
not the process that found them is still running; rewriting it whole (atomically) from the ledger makes writing
it twice harmless. Entry ids are the events' stable ids, so a reader never shows one event twice.
"""
from __future__ import annotations

import os
import re
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from xml.etree import ElementTree as ET

from survtrack.watch.render import plain, summary, title

if TYPE_CHECKING:
    from db.watches import Watch, WatchEvent

ATOM = "http://www.w3.org/2005/Atom"
FEED_ENTRIES = 200
#: Where `survtrack serve` serves the feeds (it sets this for the dashboard); also used for the feed's self link.
FEEDS_URL_ENV = "SURVTRACK_FEEDS_URL"
_XML_INVALID = re.compile(r"[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def feeds_dir() -> Path:
    from survtrack.config import survtrack_home

    path = survtrack_home() / "feeds"
    path.mkdir(parents=True, exist_ok=True)
    return path


def feed_url(name: str) -> str | None:
    base = os.environ.get(FEEDS_URL_ENV, "").rstrip("/")
    return f"{base}/{name}.xml" if base else None


def _text(value: object) -> str:
    """Text XML 1.0 can carry (ElementTree escapes markup but would write forbidden control characters raw)."""
    return _XML_INVALID.sub("\ufffd", "" if value is None else str(value))


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def feed_xml(watch: Watch, events: list[WatchEvent], *, self_url: str | None = None) -> bytes:
    """The feed: id, title, updated, author, links; one entry per event (newest first) with id, title, updated,
    published, link to the notice at its source (else the text as content), category and a plain-text summary
    carrying the evidence."""
    ET.register_namespace("", ATOM)

    def add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {k: _text(v) for k, v in attributes.items()})
        if text is not None:
            element.text = _text(text)
        return element

    feed = ET.Element(f"{{{ATOM}}}feed")
    add(feed, "id", f"urn:uuid:{watch.feed_uuid}")
    add(feed, "title", f"survtrack watch: {watch.name}")
    add(feed, "subtitle", "Saved search: " + (" ".join(watch.where_items) or "every notice"))
    updated = max([e.detected_at for e in events] + [watch.created_at])
    add(feed, "updated", _stamp(updated))
    author = add(feed, "author")
    add(author, "name", "survtrack")
    add(feed, "generator", "survtrack")
    if self_url:
        add(feed, "link", rel="self", href=self_url, type="application/atom+xml")
    for event in events:
        entry = add(feed, "entry")
        add(entry, "id", f"urn:uuid:{event.event_uuid}")
        add(entry, "title", title(event))
        add(entry, "updated", _stamp(event.detected_at))
        add(entry, "published", _stamp(event.occurred_at))
        add(entry, "category", term=event.kind)
        url = plain(((event.payload or {}).get("notice") or {}).get("url"), 4000)
        text = summary(event)
        if urlsplit(url).scheme.lower() in ("http", "https"):  # never a javascript: or data: link
            add(entry, "link", rel="alternate", href=url)
        else:  # RFC 4287 4.1.2: an entry without an alternate link must have content (source_silent has no notice)
            add(entry, "content", text, type="text")
        add(entry, "summary", text, type="text")
    xml: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)  # typeshed: Any for encodings but "unicode"
    return xml


def write_feed(watch: Watch, events: list[WatchEvent]) -> Path:
    """Replace the watch's feed file atomically (a reader never sees half a file)."""
    target = feeds_dir() / f"{watch.name}.xml"
    data = feed_xml(watch, events, self_url=feed_url(watch.name))
    handle, temporary = tempfile.mkstemp(prefix=f".{watch.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def remove_feed(name: str) -> None:
    (feeds_dir() / f"{name}.xml").unlink(missing_ok=True)
