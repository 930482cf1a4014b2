"""What every ingest reader shares: the run it writes into, its error type, and the one way fields become a record.

Why one `notice_record`: whichever format a notice came in (a page, a PDF, an OCDS release, a TED notice), it
must reach the pipeline with the same defaults — a kind inferred from its words when its format gives none,
the parser's structured facts passed through (titles and texts are cut in survtrack.pipeline, for every path).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from survtrack.ingest.kinds import infer_kind
from survtrack.pipeline import NoticeRecord, archive_file, archive_response

if TYPE_CHECKING:
    import psycopg

DEFAULT_SOURCE = "import"
#: Schemes a notice URL may have: a notice is a page on the web or a file (a `javascript:` or `data:` URL is
#: not a place anyone can cite, and a dashboard link to it would run or show whatever it holds).
URL_SCHEMES = ("http", "https", "file")


def check_notice_url(url: str, where: str) -> str:
    """The URL, stripped, when it is an http(s) URL with a host or a file URL; else an InputError naming it."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise InputError(f"{where}: field 'url' is not a URL ({exc}): {url[:80]!r}") from None
    scheme = parts.scheme.lower()
    if scheme not in URL_SCHEMES or (scheme != "file" and not parts.netloc) or any(c in url for c in "\r\n\t "):
        raise InputError(f"{where}: field 'url' must be an http://, https:// or file:// URL, got {url[:80]!r}")
    return url


@dataclass
class IngestRecord(NoticeRecord):
    """A NoticeRecord that remembers where it was read (file, line, member), so a failure to store it names that."""

    where: str = ""


class InputError(ValueError):
    """One bad input item; the message names the file (and line, member or record). `url` locates it."""

    def __init__(self, message: str, url: str | None = None):
        super().__init__(message)
        self.url = url


@dataclass
class IngestRun:
    conn: psycopg.Connection
    run_id: int
    source: str
    demo: bool

    def source_for(self, format_source: str) -> str:
        """The user's --source when they chose one, else the label of the format (import_ocds, import_ted)."""
        return self.source if self.source != DEFAULT_SOURCE else format_source

    def archive(self, url: str, body: bytes, content_type: str, source_id: str) -> int:
        """Archive the exact bytes (before anything parses them) and return the document id."""
        with self.conn.transaction():
            return archive_response(self.conn, url=url, status=None, content_type=content_type, body=body,
                                    run_id=self.run_id, source_id=source_id).id

    def archive_path(self, url: str, path: Path, content_type: str, source_id: str) -> int:
        """Archive a (bulk) file by streaming copy, never holding it in memory; returns the document id."""
        with self.conn.transaction():
            return archive_file(self.conn, url=url, path=path, status=None, content_type=content_type,
                                run_id=self.run_id, source_id=source_id).id

    def notice_record(self, fields: dict[str, Any], *, source_id: str, notice_id: str, url: str, document_id: int,
                      where: str = "") -> IngestRecord:
        """A record from a parser's fields (title, body, kind, published, language, country, facts). The title
        is cut like every other path's (survtrack.pipeline.stored_text); `where` names the file and line."""
        title, body = (fields.get("title") or "").strip(), fields.get("body") or ""
        return IngestRecord(
            source_id=source_id, source_notice_id=notice_id, url=url, title=title, body=body,
            kind=fields.get("kind") or infer_kind(title, body), published=fields.get("published"),
            language=fields.get("language"), country=fields.get("country"), facts=fields.get("facts") or None,
            demo=self.demo, document_id=document_id, run_id=self.run_id, where=where)
