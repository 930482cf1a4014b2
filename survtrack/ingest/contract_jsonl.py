"""The documented ingest format (shared/docs/data-contract.md): one JSON object per line with url, title, body…

Validation names the file, line and field of every bad line; the good lines are stored regardless. The file is
read line by line (never whole), each line bounded by SURVTRACK_MAX_DOCUMENT_BYTES and parsed on its own: a line
that is not JSON, nested 100,000 deep or too long is one error, and the next line is read as usual.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO

from enrich.documents import DocumentError
from enrich.jsonstream import JsonError, loads, read_lines
from survtrack.ingest.common import IngestRun, InputError, check_notice_url
from survtrack.ingest.html_page import visible_text
from survtrack.limits import max_document_bytes, too_large
from survtrack.pipeline import NOTICE_KINDS, NoticeRecord

STRING_FIELDS = ("title", "body", "published", "kind", "language", "source")
_SURROGATE = re.compile("[\ud800-\udfff]")


def contract_records(run: IngestRun, path: Path, handle: IO[bytes],
                     document_id: int) -> Iterator[NoticeRecord | InputError]:
    limit, lines = max_document_bytes(), 0
    for line in read_lines(handle, limit):
        where = f"{path}:{line.number}"
        if line.data is None:
            lines += 1
            yield InputError(too_large(where, line.size, limit))
            continue
        data = line.data.removeprefix(b"\xef\xbb\xbf") if line.number == 1 else line.data
        if not data.strip():
            continue
        lines += 1
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield InputError(f"{where}: not UTF-8 text ({exc.reason} at byte {exc.start + 1} of the line)")
            continue
        try:
            yield _record(run, text, where, document_id)
        except InputError as exc:
            yield exc
    if not lines:
        yield InputError(f"{path}: empty document (no JSON lines)")


def _record(run: IngestRun, line: str, where: str, document_id: int) -> NoticeRecord:
    try:
        item = loads(line, where)
    except JsonError as exc:
        raise InputError(str(exc)) from None
    if not isinstance(item, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(item).__name__}")
    url = item.get("url")
    if not isinstance(url, str) or not url.strip():
        raise InputError(f"{where}: field 'url' is required")
    url = check_notice_url(url, where)
    for key in STRING_FIELDS:
        if item.get(key) is not None and not isinstance(item[key], str):
            raise InputError(f"{where}: field '{key}' must be a string")
    for key in ("url", *STRING_FIELDS):
        found = _SURROGATE.search(item.get(key) or "")
        if found:
            raise InputError(f"{where}: field '{key}' holds a lone surrogate (\\u{ord(found[0]):04x} at character "
                             f"{found.start() + 1}), which is not text: check how the file was written")
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
    return run.notice_record(fields, source_id=item.get("source") or run.source, notice_id=url, url=url,
                             document_id=document_id, where=where)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith("<") and any(tag in head for tag in ("<html", "<p", "<div", "<table", "<br", "<body"))
