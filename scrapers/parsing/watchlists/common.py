"""What the three watch-list file parsers share: the result type, the error, and text, date and country readers.

List files are hostile input like any other: text is NFKC-normalised with collapsed whitespace, dates come in
several spellings, and a bad line is one error naming the file and line while the other lines are read.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from enrich.lists import ListEntry, Watchlist


class ListFormatError(ValueError):
    """A list file cannot be read as the format it claims to be; the message names the column, line or field."""


@dataclass
class ParsedList:
    entries: list[ListEntry]
    warnings: list[str] = field(default_factory=list)
    #: Lists the file is a complete snapshot of (absence from it is meaningful for these lists only).
    complete_lists: set[str] = field(default_factory=set)
    #: Watch lists the file introduced that the reviewed data file does not know (created on store).
    new_watchlists: dict[str, Watchlist] = field(default_factory=dict)
    #: Lines that could not be read (each names its line); the other lines are read. A file with unreadable
    #: lines is not a complete snapshot of anything: an entry on a bad line must not look delisted.
    errors: list[str] = field(default_factory=list)

    def incomplete_if_errors(self, where: str) -> None:
        if self.errors and self.complete_lists:
            self.warnings.append(f"{where}: {len(self.errors)} unreadable line(s): the file is not treated as a "
                                 "complete snapshot (no entry is flagged missing)")
            self.complete_lists = set()


def clean_text(value: str | None) -> str:
    """NFKC, collapsed whitespace; list files are hostile input like any other."""
    if value is None:
        return ""
    return " ".join(unicodedata.normalize("NFKC", str(value)).split())


def parse_list_date(value: str | None, *, where: str) -> date | None:
    """ISO dates (also with a time part), US month-name dates and M/D/YYYY; empty → None; else a clear error."""
    text = clean_text(value)
    if not text:
        return None
    candidates = [text[:10], text]
    for candidate in candidates:
        try:
            return date.fromisoformat(candidate)
        except ValueError:
            pass
    for fmt in ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%m/%d/%Y", "%d %B %Y", "%Y/%m/%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ListFormatError(f"{where}: {value!r} is not a date")


def decode_text(data: bytes | str, *, where: str) -> str:
    if isinstance(data, str):
        return data
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ListFormatError(f"{where}: not UTF-8 or Windows-1252 text")
