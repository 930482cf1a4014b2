"""`survtrack ingest`: bring your own documents (.jsonl, .pdf, .html/.htm, .txt, or folders of them).

Each file's bytes are archived like a fetched document before it is read. A bad line or file becomes an error
(row in crawl_errors and one line on stderr naming file and line); the good ones are stored; nothing already
stored is lost. Re-ingesting the same url updates the notice (new version if changed), never duplicates it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from enrich.documents import MAX_TEXT_BYTES, DocumentError, decode_bytes, html_to_text, pdf_to_text
from survtrack.pipeline import NOTICE_KINDS, NoticeRecord, archive_response, process_notice

if TYPE_CHECKING:
    import psycopg

SUPPORTED = {".jsonl", ".pdf", ".html", ".htm", ".txt"}
DEFAULT_SOURCE = "import"


@dataclass
class IngestReport:
    outcomes: dict[str, int] = field(default_factory=lambda: {"inserted": 0, "updated": 0, "unchanged": 0})
    errors: list[str] = field(default_factory=list)

    def count(self, outcome: str) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1


class InputError(ValueError):
    """One bad input item; the message names the file, line and field."""


def expand_paths(paths: list[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED)
        else:
            yield path


def ingest_paths(conn: psycopg.Connection, paths: list[Path], *, source: str = DEFAULT_SOURCE,
                 demo: bool = False, progress=None) -> IngestReport:
    from db import store

    report = IngestReport()
    run_id = store.open_run(conn, source, args={"paths": [str(p) for p in paths]}, demo=demo, kind="import")
    conn.commit()
    for path in expand_paths(paths):
        for record_or_error in _records_from_file(conn, path, source=source, demo=demo, run_id=run_id):
            if isinstance(record_or_error, InputError):
                _fail(conn, report, run_id, path, str(record_or_error))
                continue
            try:
                with conn.transaction():
                    report.count(process_notice(conn, record_or_error))
            except Exception as exc:  # one bad document never stops the run
                _fail(conn, report, run_id, path, f"{path}: {record_or_error.url}: {type(exc).__name__}: {exc}",
                      stage="store")
            if progress is not None:
                progress.update(1)
        conn.commit()
    status = "finished" if not report.errors else "partial"
    store.close_run(conn, run_id, status=status, stats={**report.outcomes, "errors": len(report.errors)})
    conn.commit()
    return report


def _fail(conn, report: IngestReport, run_id: int, path: Path, message: str, stage: str = "input") -> None:
    from db import store

    report.errors.append(message)
    store.record_error(conn, run_id, url=path.resolve().as_uri(), stage=stage, error=message)
    conn.commit()


def _records_from_file(conn, path: Path, *, source: str, demo: bool, run_id: int):
    """Yields NoticeRecords, or InputErrors for bad items; archives the file's bytes first."""
    suffix = path.suffix.lower()
    if not path.exists():
        yield InputError(f"{path}: no such file")
        return
    if suffix not in SUPPORTED:
        yield InputError(f"{path}: unsupported file type {suffix or '(none)'} (use .jsonl, .pdf, .html or .txt)")
        return
    if path.stat().st_size > MAX_TEXT_BYTES and suffix != ".jsonl":
        yield InputError(f"{path}: {path.stat().st_size:,} bytes is larger than the {MAX_TEXT_BYTES:,}-byte limit")
        return
    body = path.read_bytes()
    url = path.resolve().as_uri()
    with conn.transaction():
        doc = archive_response(conn, url=url, status=None, content_type=_content_type(suffix), body=body,
                               run_id=run_id, source_id=source)
    if suffix == ".jsonl":
        yield from _jsonl_records(path, body, source=source, demo=demo, document_id=doc.id, run_id=run_id)
        return
    try:
        if suffix == ".pdf":
            document = pdf_to_text(body)
            if document.status == "failed":
                raise DocumentError("; ".join(document.problems))
            text = document.text
        elif suffix in (".html", ".htm"):
            text = html_to_text(decode_bytes(body))
        else:
            text = decode_bytes(body)
    except DocumentError as exc:
        yield InputError(f"{path}: {exc}")
        return
    if not text.strip():
        yield InputError(f"{path}: empty document")
        return
    title, _, rest = text.strip().partition("\n")
    yield NoticeRecord(source_id=source, source_notice_id=url, url=url, title=title[:500], body=rest,
                       demo=demo, document_id=doc.id, run_id=run_id)


def _jsonl_records(path: Path, body: bytes, *, source: str, demo: bool, document_id: int, run_id: int):
    try:
        content = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        yield InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})")
        return
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            yield _jsonl_record(line, where, source=source, demo=demo, document_id=document_id, run_id=run_id)
        except InputError as exc:
            yield exc


def _jsonl_record(line: str, where: str, *, source: str, demo: bool, document_id: int, run_id: int) -> NoticeRecord:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: invalid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(item, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(item).__name__}")
    url = item.get("url")
    if not isinstance(url, str) or not url.strip():
        raise InputError(f"{where}: field 'url' is required")
    for key in ("title", "body", "published", "kind", "language", "source"):
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
    body = html_to_text(raw_body) if _looks_like_html(raw_body) else raw_body
    return NoticeRecord(source_id=item.get("source") or source, source_notice_id=url.strip(), url=url.strip(),
                        title=title, body=body, kind=kind, published=published, language=item.get("language"),
                        demo=demo, document_id=document_id, run_id=run_id)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith("<") and any(tag in head for tag in ("<html", "<p", "<div", "<table", "<br", "<body"))


def _content_type(suffix: str) -> str:
    return {".jsonl": "application/jsonl", ".pdf": "application/pdf", ".html": "text/html",
            ".htm": "text/html"}.get(suffix, "text/plain")
