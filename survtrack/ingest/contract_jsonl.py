"""The documented ingest format (shared/docs/data-contract.md): one JSON object per line with url, title, body…

Validation names the file, line and field of every bad line; the good lines are stored regardless.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Iterator

from enrich.documents import DocumentError
from survtrack.ingest.common import InputError, IngestRun
from survtrack.ingest.html_page import visible_text
from survtrack.pipeline import NOTICE_KINDS, NoticeRecord

STRING_FIELDS = ("title", "body", "published", "kind", "language", "source")


def contract_records(run: IngestRun, path: Path, body: bytes, document_id: int) -> Iterator[NoticeRecord | InputError]:
    try:
        content = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})")
        return
    for number, line in enumerate(content.splitlines(), start=1):
        if line.strip():
            try:
                yield _record(run, line, f"{path}:{number}", document_id)
            except InputError as exc:
                yield exc


def _record(run: IngestRun, line: str, where: str, document_id: int) -> NoticeRecord:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: invalid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(item, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(item).__name__}")
    url = item.get("url")
    if not isinstance(url, str) or not url.strip():
        raise InputError(f"{where}: field 'url' is required")
    for key in STRING_FIELDS:
        if item.get(key) is not None and not isinstance(item[key], str):
            raise InputError(f"{where}: field '{key}' must be a string")
    title, raw_body = item.get("title") or "", item.get("body") or ""
    if not title.strip() and not raw_body.strip():
        raise InputError(f"{where}: field 'body' is required unless 'title' is given")
    kind = item.get("kind")
    if kind is not None and kind not in NOTICE_KINDS:
        raise InputError(f"{where}: field 'kind' must be one of {'|'.join(NOTICE_KINDS)}, got {kind!r}")
    published = None
    if item.get("published"):
        try:
            published = date.fromisoformat(item["published"])
        except ValueError:
            raise InputError(f"{where}: field 'published' must be YYYY-MM-DD, got {item['published']!r}") from None
    try:
        body = visible_text(raw_body) if _looks_like_html(raw_body) else raw_body
    except DocumentError as exc:
        raise InputError(f"{where}: field 'body': {exc}") from None
    fields = {"title": title, "body": body, "kind": kind, "published": published, "language": item.get("language")}
    return run.notice_record(fields, source_id=item.get("source") or run.source, notice_id=url.strip(),
                             url=url.strip(), document_id=document_id)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith("<") and any(tag in head for tag in ("<html", "<p", "<div", "<table", "<br", "<body"))
