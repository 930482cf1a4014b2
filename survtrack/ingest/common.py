"""What every ingest reader shares: the run it writes into, its error type, and the one way fields become a record.

Why one `notice_record`: whichever format a notice came in (a page, a PDF, an OCDS release, a TED notice), it
must reach the pipeline with the same defaults — a kind inferred from its words when its format gives none,
the parser's structured facts passed through, and the same title length limit.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from survtrack.ingest.kinds import infer_kind
from survtrack.pipeline import NoticeRecord, archive_response

if TYPE_CHECKING:
    import psycopg

DEFAULT_SOURCE = "import"
TITLE_LIMIT = 500


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

    def notice_record(self, fields: dict, *, source_id: str, notice_id: str, url: str,
                      document_id: int) -> NoticeRecord:
        """A NoticeRecord from a parser's fields (title, body, kind, published, language, country, facts)."""
        title, body = (fields.get("title") or "").strip(), fields.get("body") or ""
        return NoticeRecord(
            source_id=source_id, source_notice_id=notice_id, url=url, title=title[:TITLE_LIMIT], body=body,
            kind=fields.get("kind") or infer_kind(title, body), published=fields.get("published"),
            language=fields.get("language"), country=fields.get("country"), facts=fields.get("facts") or None,
            demo=self.demo, document_id=document_id, run_id=self.run_id)
