"""Words for events: one-line titles, plain-text summaries, the public JSON shape, chat-safe text.

Everything an event says about a notice was written by a third party. These functions return plain text with
control characters removed (a terminal would obey an escape sequence in a notice title); each channel then
escapes for its own format: XML by ElementTree (atom.py), JSON by json.dumps, chat markup by `chat_safe` here,
HTML and Markdown by the dashboard's render module.
"""
from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlsplit

if TYPE_CHECKING:
    from db.watches import WatchEvent

_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff\ud800-\udfff]")
_SPACES = re.compile(r"\s+")
_C1_IN_JSON = re.compile(r"[\x7f-\x9f\u2028\u2029]")

KIND_LABELS = {
    "new": "New", "amended": "Amended", "taken_down": "Taken down", "designated_supplier": "Designated supplier",
    "newly_designated": "Newly designated", "source_silent": "Source silent",
}


def plain(value: Any, limit: int | None = None) -> str:
    """`value` as one line of text without control characters, cut to `limit` characters."""
    text = _SPACES.sub(" ", _CONTROLS.sub(" ", "" if value is None else str(value))).strip()
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def json_line(data: Any) -> str:
    """One JSON line; C1 control characters escaped too (json.dumps leaves them raw, and some terminals obey them)."""
    text = json.dumps(data, ensure_ascii=False, default=str, separators=(",", ":"))
    return _C1_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def event_json(event: WatchEvent, watch_name: str) -> dict[str, Any]:
    """The event as `watch run --json`, webhooks and the e-mail attachment give it."""
    payload = event.payload or {}
    return {"id": str(event.event_uuid), "key": event.event_key, "watch": watch_name, "event": event.kind,
            "occurred_at": event.occurred_at.isoformat(), "detected_at": event.detected_at.isoformat(),
            "notice": payload.get("notice"), "source": payload.get("source"), "evidence": payload.get("evidence")}


def _notice_title(payload: dict[str, Any]) -> str:
    notice = payload.get("notice") or {}
    return plain(notice.get("title") or f"notice {notice.get('id')}", 160)


def title(event: WatchEvent) -> str:
    """One line saying what happened, e.g. "Taken down (http_404): <title>"."""
    payload, evidence = event.payload or {}, (event.payload or {}).get("evidence") or {}
    label = KIND_LABELS.get(event.kind, event.kind)
    if event.kind == "amended":
        changed = ", ".join(sorted((evidence.get("changes") or {}).keys())) or "text"
        return plain(f"{label} (version {evidence.get('version')}; {changed}): {_notice_title(payload)}", 300)
    if event.kind == "taken_down":
        return plain(f"{label} ({evidence.get('reason') or 'removed'}): {_notice_title(payload)}", 300)
    if event.kind in ("designated_supplier", "newly_designated"):
        who = plain(evidence.get("supplier"), 80)
        on = f"{evidence.get('list')} since {evidence.get('listed_on')}"
        return plain(f"{label}: {who} ({on}): {_notice_title(payload)}", 300)
    if event.kind == "source_silent":
        source = payload.get("source") or {}
        return plain(f"{label}: {source.get('id')} ({source.get('reason')} since {source.get('since')})", 300)
    return plain(f"{label}: {_notice_title(payload)}", 300)


def _change_lines(changes: dict[str, Any]) -> list[str]:
    lines = []
    for name, change in sorted(changes.items()):
        if name == "text":
            for line in change.get("removed", [])[:5]:
                lines.append(f"  text removed: {plain(line, 200)}")
            for line in change.get("added", [])[:5]:
                lines.append(f"  text added: {plain(line, 200)}")
        elif name == "facts":
            for key, values in sorted(change.items())[:10]:
                lines.append(f"  {plain(key, 60)}: {plain(values.get('old'), 120)} → {plain(values.get('new'), 120)}")
        else:
            lines.append(f"  {name}: {plain(change.get('old'), 200)} → {plain(change.get('new'), 200)}")
    return lines


def _designation_lines(evidence: dict[str, Any]) -> list[str]:
    listing = plain(evidence.get("list_name") or evidence.get("list"))
    until = f" to {evidence.get('delisted_on')}" if evidence.get("delisted_on") else ""
    return [
        f"Supplier as written: \"{plain(evidence.get('supplier'), 200)}\" "
        f"[{evidence.get('supplier_start')}:{evidence.get('supplier_end')}]"
        + (" (covered through its parent)" if evidence.get("via_parent") else ""),
        f"Listed: {plain(evidence.get('entity_name'), 200)} on {listing} from {evidence.get('listed_on')}{until}; "
        f"citation {plain(evidence.get('citation')) or 'none'}; "
        f"list file SHA-256 {evidence.get('list_sha256') or 'none'}",
        f"Award date {evidence.get('award_date')}: "
        + ("in force at the award date" if evidence.get("in_force_at_award") else "not yet in force at the award date"),
    ]


def summary(event: WatchEvent) -> str:
    """Plain text, several lines: what happened, the notice, where its archived copy is, and the evidence."""
    payload = event.payload or {}
    notice, evidence = payload.get("notice") or {}, payload.get("evidence") or {}
    lines = [title(event)]
    if notice:
        lines.append(f"Notice {notice.get('id')} ({plain(notice.get('source'))}, {plain(notice.get('kind'))}, "
                     f"published {notice.get('published') or 'unknown'}): {plain(notice.get('url'), 500)}")
        lines.append(f"Archived copy SHA-256: {notice.get('archive_sha256') or 'none'}")
    if event.kind == "new":
        for tag in evidence.get("technologies") or []:
            lines.append(f"  {plain(tag.get('id'))}: \"{plain(tag.get('evidence'), 200)}\" "
                         f"[{tag.get('start')}:{tag.get('end')}]")
    elif event.kind == "amended":
        lines.append(f"Version {evidence.get('previous_version')} → {evidence.get('version')} "
                     f"(seen {evidence.get('seen_at')}; new copy SHA-256 {evidence.get('version_sha256') or 'none'})")
        lines.extend(_change_lines(evidence.get("changes") or {}))
    elif event.kind == "taken_down":
        lines.append(f"Removed on {evidence.get('removed_on')} ({plain(evidence.get('reason'))}); response "
                     f"{evidence.get('response_http_status') or '-'} archived as "
                     f"{evidence.get('response_sha256') or 'none'}")
    elif event.kind in ("designated_supplier", "newly_designated"):
        lines.extend(_designation_lines(evidence))
    elif event.kind == "source_silent":
        source = payload.get("source") or {}
        details = ", ".join(f"{k} {v}" for k, v in sorted((source.get("detail") or {}).items()))
        lines.append(f"Source {plain(source.get('id'))}: {plain(source.get('reason'))} since {source.get('since')}"
                     + (f" ({details})" if details else ""))
    return "\n".join(lines)


_CHAT_MARKUP = str.maketrans({"&": "＆", "<": "＜", ">": "＞", "[": "［", "]": "］", "`": "ˋ", "@": "＠",
                              "*": "∗", "_": "＿", "~": "∼", "|": "｜", "!": "！"})


def chat_safe(value: Any, limit: int = 200) -> str:
    """Text for a Slack/Mattermost `text` field: characters those apps read as markup, links, images or mentions
    become look-alikes, so a notice title can neither ping a channel nor load an image. The exact text is in the
    message's `events`."""
    return plain(value, limit).translate(_CHAT_MARKUP)


def chat_url(url: Any) -> str:
    """An http(s) URL with the characters chat markup would act on percent-encoded; anything else: ""."""
    text = plain(url, 2000)
    if urlsplit(text).scheme.lower() not in ("http", "https"):
        return ""
    return quote(text, safe=":/?=#%+,;~.-_&")  # < > ( ) [ ] ` * @ ! | and spaces are encoded
