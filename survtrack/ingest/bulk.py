"""Bulk files a user downloaded: OCDS JSON (packages, releases, records, JSON lines) and TED XML (one notice, or a
.tar.gz package of them), read by the same parsers as the ocds and eu_ted spiders.

Why member by member and line by line: a TED daily package holds thousands of notices and an OCDS dump thousands
of releases; one broken member, line or record must become one error row while the rest load. A package is
streamed (tarfile "r|*") and never extracted to disk; each XML member is bounded in size and archived on its own
before it is parsed, so every stored notice points at the exact bytes it was read from. An OCDS file is archived
whole (by streaming copy) and read as a stream, line by line or element by element.
"""
from __future__ import annotations

import re
import tarfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO
from urllib.parse import quote

from lxml import etree

from scrapers.parsing.ocds import read_ocds, release_notice
from scrapers.parsing.ted import is_ted_xml, parse_ted_xml
from survtrack.ingest.common import IngestRun, InputError
from survtrack.limits import max_document_bytes, too_large
from survtrack.pipeline import NoticeRecord

OCDS_SOURCE, TED_SOURCE = "import_ocds", "import_ted"
#: Largest package member read; None: SURVTRACK_MAX_DOCUMENT_BYTES, like every other single document.
MAX_MEMBER_BYTES: int | None = None
TED_NOTICE_URL = "https://ted.europa.eu/en/notice/{number}"
_PUBLICATION_NUMBER = re.compile(rb"<(?:\w+:)?NoticePublicationID\b[^>]*>\s*(\d{1,8}-\d{4})\s*<"
                                 rb"|<(?:\w+:)?TED_EXPORT\b[^>]*\bDOC_ID\s*=\s*[\"'](\d{1,8}-\d{4})[\"']")
_RELEASE_ERRORS = (ValueError, TypeError, AttributeError, KeyError)

Result = Iterator[NoticeRecord | InputError]


# --- OCDS ----------------------------------------------------------------------------------------------------------

def ocds_records(run: IngestRun, path: Path, handle: IO[bytes], document_id: int) -> Result:
    """Every release (or record's compiled release) in a package, a single release/record, or JSON lines — read
    as a stream by the same reader as the OCDS spiders (scrapers.parsing.ocds.read_ocds): each line or package
    element on its own, bounded by SURVTRACK_MAX_DOCUMENT_BYTES; a bad one is an error naming it."""
    source_id, file_url = run.source_for(OCDS_SOURCE), path.resolve().as_uri()
    reader = read_ocds(handle, str(path))
    for part in reader:
        if part.error is not None:
            yield InputError(f"{part.where}: {part.error}", file_url)
            continue
        assert part.release is not None and part.notice_id is not None  # an OcdsPart without an error has both
        try:
            fields = release_notice(part.release, publisher_uri=part.publisher_uri)
            yield run.notice_record(fields, source_id=source_id, notice_id=part.notice_id,
                                    url=f"{file_url}#{part.notice_id}", document_id=document_id, where=part.where)
        except _RELEASE_ERRORS as exc:
            yield InputError(f"{part.where}: release {part.notice_id}: {type(exc).__name__}: {exc}",
                             f"{file_url}#{part.notice_id}")
    if reader.errors > reader.max_errors:
        yield InputError(f"{path}: {reader.errors - reader.max_errors:,} more bad lines or items, not reported one "
                         "by one", file_url)


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
                                url=notice_url, document_id=document_id, where=where)
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
                limit = MAX_MEMBER_BYTES or max_document_bytes()
                if member.size > limit:
                    yield InputError(too_large(where, member.size, limit), url)
                    continue
                member_file = package.extractfile(member)
                assert member_file is not None  # a regular file (isfile above) always has contents
                data = member_file.read()
                last = member.name
                document_id = run.archive(url, data, "application/xml", source_id)
                yield from ted_records(run, path, data, document_id, where=where, url=url)
    except (tarfile.TarError, EOFError, OSError, zlib.error) as exc:
        after = f" after member {last}" if last else ""
        yield InputError(f"{path}: unreadable TED package{after} ({type(exc).__name__}: {exc})", package_url)
