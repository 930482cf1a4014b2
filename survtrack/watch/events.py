"""Finding each watch's events: parse its filter, look at what was recorded since its watermark, record the events.

Why per watch in one transaction: the events a run finds and the watermark it moves to are committed together,
so a crash leaves either both or neither; and the ledger's unique key makes a rerun over the same facts harmless.
The filter is parsed by the same function as `survtrack export --where` at every run, so a watch means what an
export with the same items means today.
"""
from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from db import watch_events, watches
from db.queries.watches import Silence, source_silence
from survtrack.errors import SurvtrackError

if TYPE_CHECKING:
    from datetime import datetime

    import psycopg
    from psycopg import sql

    from db.watches import Watch

TEXT_DIFF_LINES = 10


@dataclass
class Evaluation:
    watch: Watch
    counts: Counter[str] = field(default_factory=Counter)
    error: str | None = None

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def parse_filter(where_items: list[str]) -> Any:
    """The watch's filter through the `--where` parser of `survtrack export` (survtrack.commands.parse_where is
    this same function, re-exported from the filter model's module, imported from there to avoid a cycle)."""
    from db.queries.filters import parse_where

    return parse_where(list(where_items))


def evaluate_all(conn: psycopg.Connection) -> list[Evaluation]:
    """Evaluate every watch; one failing watch (a filter key no longer known, a query error) does not stop the
    others: its error is recorded on the watch and returned."""
    silences = source_silence(conn)
    conn.commit()
    # (notice, version) → payload: the same amendment is described once per run
    amendments: dict[tuple[int, int], dict[str, Any] | None] = {}
    return [evaluate(conn, watch, silences, amendments) for watch in watches.list_watches(conn)]


def evaluate(conn: psycopg.Connection, watch: Watch, silences: list[Silence],
             amendments: dict[tuple[int, int], dict[str, Any] | None] | None = None) -> Evaluation:
    result = Evaluation(watch)
    try:
        where, params = watch_events.where_sql(parse_filter(watch.where_items))
    except SurvtrackError as exc:
        return _failed(conn, result, f"its filter is no longer valid: {exc}")
    horizon = watches.safe_horizon(conn)
    conn.commit()  # the horizon is read before (and outside) the transaction that reads the facts
    after = watch.scan_after()
    try:
        with conn.transaction():
            counts = result.counts
            news = watch_events.news_since(conn, after)
            if news["notices"]:
                counts["new"] = watch_events.detect_new(conn, watch.id, after, where, params)
            if news["versions"]:
                counts["amended"] = _detect_amended(conn, watch, after, where, params,
                                                    {} if amendments is None else amendments)
            if news["removals"]:
                counts["taken_down"] = watch_events.detect_taken_down(conn, watch.id, after, where, params)
            if news["notices"] or news["designations"]:
                counts["designated_supplier"] = watch_events.detect_designated_supplier(
                    conn, watch.id, after, watch.created_at, where, params, new_notices=news["notices"],
                    new_designations=news["designations"])
            if news["designations"]:
                counts["newly_designated"] = watch_events.detect_newly_designated(
                    conn, watch.id, after, watch.created_at, where, params)
            counts["source_silent"] = _detect_silent(conn, watch, silences, where, params)
            watches.mark_evaluated(conn, watch.id, horizon, None)
    except Exception as exc:  # noqa: BLE001 - recorded on the watch and reported; the other watches go on
        conn.rollback()
        result.counts.clear()
        first_line = (str(exc).strip().splitlines() or [""])[0]
        return _failed(conn, result, f"{type(exc).__name__}: {first_line}")
    result.counts = +result.counts
    return result


def _failed(conn: psycopg.Connection, result: Evaluation, message: str) -> Evaluation:
    result.error = message
    watches.mark_evaluated(conn, result.watch.id, None, message)
    conn.commit()
    return result


def _detect_silent(conn: psycopg.Connection[Any], watch: Watch, silences: list[Silence], where: sql.Composable,
                   params: list[Any]) -> int:
    if not silences:
        return 0
    in_scope = watch_events.sources_in_scope(conn, sorted({s.source for s in silences}), where, params)
    recorded = 0
    for silence in silences:
        if silence.source not in in_scope:
            continue
        source = {"id": silence.source, "reason": silence.reason, "since": silence.since.isoformat(),
                  "detail": silence.detail}
        recorded += watches.record_event(
            conn, watch.id, key=f"source_silent:{silence.source}:{silence.reason}:{silence.episode}",
            kind="source_silent", notice_id=None, source_id=silence.source, occurred_at=silence.since,
            payload={"notice": None, "source": source, "evidence": source})
    return recorded


def _detect_amended(conn: psycopg.Connection[Any], watch: Watch, after: datetime, where: sql.Composable,
                    params: list[Any], described: dict[tuple[int, int], dict[str, Any] | None]) -> int:
    recorded = 0
    for notice_id, version, seen_at in watch_events.amended_candidates(conn, watch.id, after, where, params):
        if (notice_id, version) not in described:
            described[(notice_id, version)] = _amendment(conn, notice_id, version, seen_at)
        payload = described[(notice_id, version)]
        if payload is None:
            continue  # a version renumbered by a repair migration: nothing to compare
        recorded += watches.record_event(
            conn, watch.id, key=f"amended:{notice_id}:{version}", kind="amended", notice_id=notice_id,
            source_id=payload["notice"]["source"], occurred_at=seen_at, payload=payload)
    return recorded


def _amendment(conn: psycopg.Connection[Any], notice_id: int, version: int,
               seen_at: datetime) -> dict[str, Any] | None:
    pair = watch_events.version_pair(conn, notice_id, version)
    if pair["old"] is None or pair["new"] is None:
        return None
    evidence = {"version": version, "previous_version": version - 1, "seen_at": seen_at.isoformat(),
                "version_sha256": pair["new"]["archive_sha256"], "previous_sha256": pair["old"]["archive_sha256"],
                "changes": changes(pair)}
    return {"notice": watch_events.notice_json(conn, notice_id), "evidence": evidence}


# --- what an amendment changed --------------------------------------------------------------------------------------

def changes(pair: dict[str, Any]) -> dict[str, Any]:
    """What differs between two versions: title, URL, kind, date, structured facts, the text's changed lines, and
    (where the enrichment changed with the version) the headline amount, the suppliers and the technologies."""
    old, new = pair["old"], pair["new"]
    found: dict[str, Any] = {}
    for name, column in (("title", "title"), ("url", "url"), ("kind", "kind"), ("published", "published_on")):
        if old[column] != new[column]:
            found[name] = {"old": _jsonable(old[column]), "new": _jsonable(new[column])}
    facts = _fact_changes(old.get("facts") or {}, new.get("facts") or {})
    if facts:
        found["facts"] = facts
    text = _text_changes(old["text"], new["text"])
    if text:
        found["text"] = text
    before, after = pair["enrichment_before"], pair["enrichment_after"]
    if before is not None and after is not None:
        for name, extract in (("amount", _headline_amount), ("suppliers", _suppliers),
                              ("technologies", _technologies)):
            if extract(before) != extract(after):
                found[name] = {"old": extract(before), "new": extract(after)}
    return found


def _jsonable(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _fact_changes(old: dict[str, Any], new: dict[str, Any]) -> dict[str, dict[str, Any]]:
    keys = sorted(set(old) | set(new))
    return {k: {"old": old.get(k), "new": new.get(k)} for k in keys if old.get(k) != new.get(k)}


def _text_changes(old: str, new: str) -> dict[str, list[str]]:
    removed: list[str] = []
    added: list[str] = []
    for line in difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0):
        if line.startswith(("---", "+++", "@@")):
            continue
        if line.startswith("-") and len(removed) < TEXT_DIFF_LINES:
            removed.append(line[1:])
        elif line.startswith("+") and len(added) < TEXT_DIFF_LINES:
            added.append(line[1:])
    return {"removed": removed, "added": added} if removed or added else {}


def _headline_amount(enrichment: dict[str, Any]) -> str | None:
    amounts = enrichment.get("amounts") or []
    headline = next((a for a in amounts if a.get("headline")), None)
    if headline is None:
        return None
    return f"{headline.get('value')} {headline.get('currency') or ''} ({headline.get('kind')})".replace("  ", " ")


def _suppliers(enrichment: dict[str, Any]) -> list[str]:
    return sorted({p.get("name") or "" for p in enrichment.get("parties") or [] if p.get("role") == "supplier"})


def _technologies(enrichment: dict[str, Any]) -> list[str]:
    return sorted({t.get("id") or "" for t in enrichment.get("tags") or []})
