"""Input size limits: one set of numbers for every input path, each settable in the environment (README).

Why the same limit per line as per file: a 20 MB line of JSON lines is the same risk as a 20 MB page (memory, and
enrichment time that grows faster than the text), so one document is bounded the same way whatever carries it:
a file read whole (.txt, .html, .pdf, .xml, a list file), one line of JSON lines (contract JSONL, OCDS, FtM), one
release or record of an OCDS package, one member of a TED package. Bulk files themselves are streamed and bounded
only by MAX_BULK_BYTES. What a notice keeps is bounded too: its title is cut at MAX_TITLE_CHARS and its text at
MAX_NOTICE_CHARS, the same way on every path (survtrack.pipeline.stored_text); the archived bytes stay whole.

| variable | default | what |
|---|---|---|
| SURVTRACK_MAX_DOCUMENT_BYTES | 20 MiB | one document, line, release/record or package member; larger is an error row |
| SURVTRACK_MAX_BULK_BYTES | 4 GiB | one bulk file streamed by `ingest` or a spider (OCDS, JSON lines, TED packages) |
| SURVTRACK_MAX_NOTICE_CHARS | 2,000,000 | a notice's stored text; longer text is cut, with a closing line saying so |
| SURVTRACK_MAX_TITLE_CHARS | 500 | a notice's title; longer titles are cut at a word boundary and end with "…" |
"""
from __future__ import annotations

import os

DEFAULTS = {
    "SURVTRACK_MAX_DOCUMENT_BYTES": 20 * 1024 * 1024,
    "SURVTRACK_MAX_BULK_BYTES": 4 * 1024 * 1024 * 1024,
    "SURVTRACK_MAX_NOTICE_CHARS": 2_000_000,
    "SURVTRACK_MAX_TITLE_CHARS": 500,
}
#: What ends a notice text cut at MAX_NOTICE_CHARS.
CUT_MARK = "\n[text cut at {limit:,} characters (SURVTRACK_MAX_NOTICE_CHARS); the archived document holds the rest]"


class LimitError(ValueError):
    """An input is larger than a limit; the message names the limit and the variable that sets it."""


def _setting(name: str) -> int:
    raw = os.environ.get(name, "").strip().replace("_", "")
    if not raw:
        return DEFAULTS[name]
    try:
        value = int(raw)
    except ValueError:
        raise LimitError(f"{name}={os.environ[name]!r} is not a whole number") from None
    if value <= 0:
        raise LimitError(f"{name}={value} must be positive")
    return value


def max_document_bytes() -> int:
    return _setting("SURVTRACK_MAX_DOCUMENT_BYTES")


def max_bulk_bytes() -> int:
    return _setting("SURVTRACK_MAX_BULK_BYTES")


def max_notice_chars() -> int:
    return _setting("SURVTRACK_MAX_NOTICE_CHARS")


def max_title_chars() -> int:
    return _setting("SURVTRACK_MAX_TITLE_CHARS")


def too_large(what: str, size: int, limit: int, variable: str = "SURVTRACK_MAX_DOCUMENT_BYTES") -> str:
    """The one wording of a size error: '<what>: N bytes is larger than the M-byte limit (VARIABLE)'."""
    return f"{what}: {size:,} bytes is larger than the {limit:,}-byte limit ({variable})"


def check_document(what: str, size: int, limit: int | None = None) -> None:
    """Raise LimitError when one document (file, line, release, member) is over the document limit."""
    limit = limit or max_document_bytes()
    if size > limit:
        raise LimitError(too_large(what, size, limit))


def cut_title(title: str, limit: int | None = None) -> str:
    """A title of at most `limit` characters: cut at the last space in its final fifth, ending with '…'."""
    limit = limit or max_title_chars()
    if len(title) <= limit:
        return title
    head = title[:limit - 1]
    space = head.rfind(" ")
    if space >= limit * 4 // 5:
        head = head[:space]
    return head.rstrip() + "…"


def cut_body(body: str, title_length: int, limit: int | None = None) -> str:
    """A body such that title + newline + body stays within the notice-text limit, its end marked when cut."""
    limit = limit or max_notice_chars()
    room = limit - title_length - 1
    if len(body) <= room:
        return body
    mark = CUT_MARK.format(limit=limit)
    head = body[:max(0, room - len(mark))]
    newline = head.rfind("\n")
    if newline >= len(head) * 9 // 10:
        head = head[:newline]
    return head + mark
