"""One input file → NoticeRecords (or InputErrors): what the file is, decided from its first bytes, then its reader.

Why sniff the content: downloads arrive as `notices.json` that are JSON lines, `.xml` that are HTML, `export.bin`
bulk packages; the extension is only the fallback for content that says nothing (plain text, empty files).
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from enrich.documents import DocumentError, decode_bytes, pdf_to_text
from scrapers.parsing.ted import is_ted_xml
from survtrack.ingest import bulk
from survtrack.ingest.common import IngestRun, InputError
from survtrack.ingest.contract_jsonl import contract_records
from survtrack.ingest.html_page import read_page
from survtrack.limits import max_bulk_bytes, max_document_bytes, too_large
from survtrack.pipeline import NoticeRecord

SNIFF_BYTES = 64 * 1024
#: Formats read as a stream (line by line, element by element) and archived by streaming copy: bounded by
#: SURVTRACK_MAX_BULK_BYTES; every other file is one document, read whole, bounded by SURVTRACK_MAX_DOCUMENT_BYTES.
STREAMED = ("ocds", "contract_jsonl")
BY_SUFFIX = {".jsonl": "contract_jsonl", ".ndjson": "contract_jsonl", ".json": "ocds", ".pdf": "pdf",
             ".html": "html", ".htm": "html", ".txt": "text", ".xml": "ted_xml", ".gz": "ted_package",
             ".tgz": "ted_package", ".tar": "ted_package"}
SUPPORTED = set(BY_SUFFIX)
CONTENT_TYPES = {"contract_jsonl": "application/jsonl", "ocds": "application/json", "pdf": "application/pdf",
                 "html": "text/html", "text": "text/plain", "ted_xml": "application/xml"}
_OCDS_KEY = re.compile(rb'"(?:ocid|releases|records)"\s*:')
_HTML_MARK = re.compile(rb"<(?:!doctype\s+html|html|head|body)\b", re.I)


def sniff(head: bytes, suffix: str) -> str | None:
    """The input format from the first bytes; the suffix decides only when the content does not."""
    start = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if start.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x1f\x8b") or head[257:262] == b"ustar":
        return "ted_package"
    if start[:1] in (b"{", b"["):
        return _json_format(start)
    if start[:1] == b"<":
        if _HTML_MARK.search(start):
            return "html"
        if start.startswith(b"<?xml") or is_ted_xml(start):
            return "ted_xml"
        return BY_SUFFIX.get(suffix) or "html"  # an HTML fragment (<p>…), unless the name says otherwise
    return BY_SUFFIX.get(suffix)


def _json_format(start: bytes) -> str:
    """OCDS (packages, releases, records, lines of them) or the contract's JSONL (objects with a url)."""
    for line in start.splitlines()[:20]:
        if not line.strip():
            continue
        try:
            document = json.loads(line)
        except (ValueError, RecursionError):
            break  # a pretty-printed, very long or hostile document: look for OCDS keys instead
        first = document[0] if isinstance(document, list) and document else document
        is_ocds = isinstance(first, dict) and any(key in first for key in ("ocid", "releases", "records"))
        return "ocds" if is_ocds else "contract_jsonl"
    return "ocds" if _OCDS_KEY.search(start) else "contract_jsonl"


def records_from_file(run: IngestRun, path: Path) -> Iterator[NoticeRecord | InputError]:
    """Archive the file's bytes (a package: each member's), then read it; bad items become InputErrors."""
    if not path.exists():
        yield InputError(f"{path}: no such file")
        return
    with path.open("rb") as handle:
        head = handle.read(SNIFF_BYTES)
    suffix = path.suffix.lower()
    fmt = sniff(head, suffix)
    if fmt is None:
        yield InputError(f"{path}: unsupported file type {suffix or '(none)'} (use .jsonl, .json, .xml, .tar.gz, "
                         ".pdf, .html or .txt)")
        return
    if fmt == "ted_package":
        yield from bulk.ted_package_records(run, path)
        return
    size = path.stat().st_size
    limit, variable = ((max_bulk_bytes(), "SURVTRACK_MAX_BULK_BYTES") if fmt in STREAMED
                       else (max_document_bytes(), "SURVTRACK_MAX_DOCUMENT_BYTES"))
    if size > limit:
        yield InputError(too_large(str(path), size, limit, variable))
        return
    source_id = run.source_for({"ocds": bulk.OCDS_SOURCE, "ted_xml": bulk.TED_SOURCE}.get(fmt, run.source))
    if fmt in STREAMED:
        document_id = run.archive_path(path.resolve().as_uri(), path, CONTENT_TYPES[fmt], source_id)
        with path.open("rb") as handle:
            reader = contract_records if fmt == "contract_jsonl" else bulk.ocds_records
            yield from reader(run, path, handle, document_id)
        return
    body = path.read_bytes()
    document_id = run.archive(path.resolve().as_uri(), body, CONTENT_TYPES[fmt], source_id)
    if fmt == "ted_xml":
        yield from bulk.ted_records(run, path, body, document_id)
    else:
        yield from _document_records(run, path, body, document_id, fmt)


def _document_records(run: IngestRun, path: Path, body: bytes, document_id: int,
                      fmt: str) -> Iterator[NoticeRecord | InputError]:
    """A PDF, HTML page or text file: one notice, identified by the file's URL."""
    url = path.resolve().as_uri()
    try:
        if fmt == "pdf":
            document = pdf_to_text(body)
            if document.status == "failed":
                raise DocumentError("; ".join(document.problems))
            fields = _first_line_title(document.text)
        elif fmt == "html":
            fields = read_page(decode_bytes(body), url)
        else:
            fields = _first_line_title(decode_bytes(body))
    except DocumentError as exc:
        yield InputError(f"{path}: {exc}")
        return
    if not (fields["title"].strip() or fields["body"].strip()):
        yield InputError(f"{path}: empty document")
        return
    yield run.notice_record(fields, source_id=run.source, notice_id=url, url=url, document_id=document_id,
                            where=str(path))


def _first_line_title(text: str) -> dict[str, str]:
    title, _, body = text.strip().partition("\n")
    return {"title": title, "body": body}
