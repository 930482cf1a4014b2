"""Bulk files a user downloaded: OCDS JSON (packages, releases, records, JSON lines) and TED XML (one notice, or a
.tar.gz package of them), read by the same parsers as the ocds and eu_ted spiders.

Why member by member and line by line: a TED daily package holds thousands of notices and an OCDS dump thousands
of releases; one broken member, line or record must become one error row while the rest load. A package is
streamed (tarfile "r|*") and never extracted to disk; each XML member is bounded in size and archived on its own
before it is parsed, so every stored notice points at the exact bytes it was read from.
"""
from __future__ import annotations

import re
import tarfile
import zlib
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote

from lxml import etree

from enrich.documents import MAX_TEXT_BYTES, DocumentError, decode_bytes
from scrapers.parsing.ocds import OcdsFormatError, iter_json_documents, iter_releases, release_notice
from scrapers.parsing.ted import is_ted_xml, parse_ted_xml
from survtrack.ingest.common import InputError, IngestRun
from survtrack.pipeline import NoticeRecord

OCDS_SOURCE, TED_SOURCE = "import_ocds", "import_ted"
MAX_MEMBER_BYTES = MAX_TEXT_BYTES
TED_NOTICE_URL = "https://ted.europa.eu/en/notice/{number}"
_PUBLICATION_NUMBER = re.compile(rb"<(?:\w+:)?NoticePublicationID\b[^>]*>\s*(\d{1,8}-\d{4})\s*<"
                                 rb"|<(?:\w+:)?TED_EXPORT\b[^>]*\bDOC_ID\s*=\s*[\"'](\d{1,8}-\d{4})[\"']")
_RELEASE_ERRORS = (ValueError, TypeError, AttributeError, KeyError)

Result = Iterator[NoticeRecord | InputError]


# --- OCDS ----------------------------------------------------------------------------------------------------------

def ocds_records(run: IngestRun, path: Path, body: bytes, document_id: int) -> Result:
    """Every release (or record's compiled release) in a package, a single release/record, or JSON lines."""
    source_id, file_url = run.source_for(OCDS_SOURCE), path.resolve().as_uri()
    try:
        text = decode_bytes(body).lstrip("\ufeff")
    except DocumentError as exc:
        yield InputError(f"{path}: {exc}")
        return
    for where, document in _json_documents(path, text):
        if isinstance(document, InputError):
            yield document
            continue
        for part_where, part in _package_parts(where, document):
            try:
                releases = list(iter_releases(part))
            except OcdsFormatError as exc:
                yield InputError(f"{part_where}: {exc}", file_url)
                continue
            for notice_id, release in releases:
                try:
                    fields = release_notice(release)
                    yield run.notice_record(fields, source_id=source_id, notice_id=notice_id,
                                            url=f"{file_url}#{notice_id}", document_id=document_id)
                except _RELEASE_ERRORS as exc:
                    yield InputError(f"{part_where}: release {notice_id}: {type(exc).__name__}: {exc}",
                                     f"{file_url}#{notice_id}")


def _json_documents(path: Path, text: str) -> Iterator[tuple[str, Any]]:
    """(where, document) for one JSON document, or per line of JSON lines (a bad line is an InputError)."""
    if not any(_is_json_container(line) for line in _opening_lines(text)):  # one, maybe pretty-printed, document
        try:
            yield str(path), next(iter_json_documents(text))
        except OcdsFormatError as exc:
            yield str(path), InputError(f"{path}: {exc}")
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                yield f"{path}:{number}", next(iter_json_documents(line))
            except OcdsFormatError as exc:
                yield f"{path}:{number}", InputError(f"{path}:{number}: {exc}")


def _opening_lines(text: str, count: int = 3) -> list[str]:
    """The first non-empty lines, when there is more than one (without splitting a huge document)."""
    lines, start = [], 0
    while len(lines) <= count and start < len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        if text[start:end].strip():
            lines.append(text[start:end])
        start = end + 1
    return lines[:count] if len(lines) > 1 else []


def _is_json_container(line: str) -> bool:
    """A whole JSON object or array on one line: the mark of JSON lines (pretty-printed lines are fragments)."""
    line = line.strip()
    if not (line[:1] in "{[" and line[-1:] in "}]"):
        return False
    try:
        next(iter_json_documents(line))
        return True
    except OcdsFormatError:
        return False


def _package_parts(where: str, document: Any) -> Iterator[tuple[str, Any]]:
    """A record package's records (or a JSON array's items) one by one, so one bad record spares the others."""
    if isinstance(document, dict) and "ocid" not in document and isinstance(document.get("records"), list):
        for number, record in enumerate(document["records"], start=1):
            yield f"{where}: record {number}", record
    elif isinstance(document, list):
        for number, item in enumerate(document, start=1):
            yield f"{where}: item {number}", item
    else:
        yield where, document


# --- TED -----------------------------------------------------------------------------------------------------------

def publication_number(data: bytes) -> str | None:
    """The OJ S publication number the XML states (eForms NoticePublicationID, legacy TED_EXPORT DOC_ID)."""
    match = _PUBLICATION_NUMBER.search(data)
    return (match[1] or match[2]).decode("ascii") if match else None


def ted_records(run: IngestRun, path: Path, body: bytes, document_id: int, *, where: str | None = None,
                url: str | None = None) -> Result:
    """One TED notice: its notice page URL when the XML states its number, else the file (and member) URL."""
    where, url = where or str(path), url or path.resolve().as_uri()
    try:
        if not is_ted_xml(body):
            raise ValueError("not a TED notice (eForms or legacy TED_EXPORT XML)")
        fields = parse_ted_xml(body)
    except (ValueError, etree.LxmlError) as exc:
        yield InputError(f"{where}: {' '.join(str(exc).split())}", url)
        return
    facts = fields.get("facts") or {}
    number = facts.get("publication_number") or facts.get("notice_number") or publication_number(body)
    notice_url = TED_NOTICE_URL.format(number=number) if number else url
    try:
        yield run.notice_record(fields, source_id=run.source_for(TED_SOURCE), notice_id=number or url,
                                url=notice_url, document_id=document_id)
    except ValueError as exc:
        yield InputError(f"{where}: {exc}", url)


def ted_package_records(run: IngestRun, path: Path) -> Result:
    """Every XML member of a TED bulk package (.tar.gz / .tar), streamed; other members are skipped."""
    source_id, package_url, last = run.source_for(TED_SOURCE), path.resolve().as_uri(), None
    try:
        with tarfile.open(path, mode="r|*") as package:
            for member in package:
                if not member.isfile() or not member.name.lower().endswith(".xml"):
                    continue
                where, url = f"{path}: {member.name}", f"{package_url}#{quote(member.name)}"
                if member.size > MAX_MEMBER_BYTES:
                    yield InputError(f"{where}: {member.size:,} bytes is larger than the {MAX_MEMBER_BYTES:,}-byte "
                                     "limit for one notice", url)
                    continue
                data = package.extractfile(member).read()
                last = member.name
                document_id = run.archive(url, data, "application/xml", source_id)
                yield from ted_records(run, path, data, document_id, where=where, url=url)
    except (tarfile.TarError, EOFError, OSError, zlib.error) as exc:
        after = f" after member {last}" if last else ""
        yield InputError(f"{path}: unreadable TED package{after} ({type(exc).__name__}: {exc})", package_url)
