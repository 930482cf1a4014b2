"""Delivering pending events to every channel, each once: the Atom feed, `--json` on stdout, webhooks, e-mail.

Why in this order and this granularity: the feed is rewritten whole from the ledger (repeating it is harmless);
`--json` prints and records one event at a time, so a kill loses nothing and repeats at most the line being
printed; webhooks and e-mail send batches per watch and record each batch when it was accepted. A channel that
fails leaves its events pending (the others are not repeated) and the next run tries again.
"""
from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

from db import watches
from survtrack.watch import atom, mail, render, webhook
from survtrack.watch.webhook import DeliveryError

if TYPE_CHECKING:
    import psycopg

    from db.watches import Watch, WatchEvent

#: Fault injection for the crash tests: seconds to sleep before delivering each event or batch.
DELAY_ENV = "SURVTRACK_WATCH_TEST_DELAY"
#: Events read from the ledger at a time (a backfill can hold hundreds of thousands).
CHUNK = 500


@dataclass
class Channel:
    name: str
    #: Delivers one batch of one watch's events; raises DeliveryError.
    send: Callable[[Watch, list[WatchEvent]], None]
    batch: int


@dataclass
class DeliveryReport:
    delivered: Counter[str] = field(default_factory=Counter)  # channel → events
    failures: list[str] = field(default_factory=list)
    completed: int = 0


def channels(json_out: TextIO | None) -> list[Channel]:
    """The channels configured for this run: always the feed; stdout with --json; webhooks and e-mail when the
    environment configures them (CommandError when it does so incompletely)."""
    found = [Channel("feed", lambda watch, events: None, batch=0)]
    if json_out is not None:
        def print_json(watch: Watch, events: list[WatchEvent]) -> None:
            for event in events:
                json_out.write(render.json_line(render.event_json(event, watch.name)) + "\n")
            json_out.flush()
        found.append(Channel("json", print_json, batch=1))
    for hook in webhook.configured():
        def send_hook(watch: Watch, events: list[WatchEvent], hook: webhook.Webhook = hook) -> None:
            data = [render.event_json(e, watch.name) for e in events]
            text = "\n".join([f"survtrack watch {render.chat_safe(watch.name, 64)}: {len(events)} new event(s)"]
                             + [f"• {render.chat_safe(render.title(e))} {render.chat_url(_notice_url(e))}".rstrip()
                                for e in events])
            webhook.post(hook, webhook.body(watch.name, text, data), webhook.delivery_id([d["id"] for d in data]))
        found.append(Channel(hook.channel, send_hook, batch=webhook.BATCH))
    smtp = mail.configured()
    if smtp is not None:
        def send_mail(watch: Watch, events: list[WatchEvent]) -> None:
            mail.send(smtp, mail.message(smtp, watch.name, [render.summary(e) for e in events],
                                         [render.event_json(e, watch.name) for e in events]))
        found.append(Channel(smtp.channel, send_mail, batch=mail.BATCH))
    return found


def _notice_url(event: WatchEvent) -> str:
    return ((event.payload or {}).get("notice") or {}).get("url") or ""


def _pause() -> None:
    delay = float(os.environ.get(DELAY_ENV, "0") or 0)
    if delay > 0:
        time.sleep(delay)


def deliver(conn: psycopg.Connection, run_channels: list[Channel]) -> DeliveryReport:
    """Deliver every pending event on every channel of this run, then mark complete what all of them have."""
    report = DeliveryReport()
    by_id = {w.id: w for w in watches.list_watches(conn)}
    for channel in run_channels:
        for watch_id in watches.pending_watch_ids(conn, channel.name):
            watch = by_id[watch_id]
            if channel.name == "feed":
                _pause()
                atom.write_feed(watch, watches.recent_events(conn, watch.id, atom.FEED_ENTRIES))
                report.delivered[channel.name] += watches.record_delivered_pending(conn, watch.id, channel.name)
                conn.commit()
                continue
            _deliver_watch(conn, report, channel, watch)
    report.completed = watches.complete_delivered(conn, [c.name for c in run_channels])
    conn.commit()
    return report


def _deliver_watch(conn: psycopg.Connection, report: DeliveryReport, channel: Channel, watch: Watch) -> None:
    """The watch's pending events on one channel, batch by batch, until none is left or the channel fails."""
    while True:
        events = watches.pending_events(conn, channel.name, watch.id, max(channel.batch, CHUNK))
        conn.commit()
        if not events:
            return
        for start in range(0, len(events), channel.batch):
            batch = events[start:start + channel.batch]
            _pause()
            try:
                channel.send(watch, batch)
            except DeliveryError as exc:
                watches.record_failed(conn, [e.id for e in batch], channel.name, str(exc))
                conn.commit()
                report.failures.append(f"watch {watch.name}: {exc}; its undelivered events stay pending for the "
                                       "next run")
                return
            _record(conn, report, channel, batch)


def _record(conn: psycopg.Connection, report: DeliveryReport, channel: Channel, events: list[WatchEvent]) -> None:
    watches.record_delivered(conn, [e.id for e in events], channel.name)
    conn.commit()
    report.delivered[channel.name] += len(events)
