"""Every release of an OCDS input of any size, read as a stream: JSON lines line by line, one large document
element by element; a bad line or element is one error naming it, and the rest are read.
"""
from __future__ import annotations

import io as _io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from scrapers.parsing.ocds.packages import OcdsFormatError, iter_releases, notice_key


@dataclass
class OcdsPart:
    """One release (`notice_id`, `release`) of a streamed input, or one `error`; `where` names the file and line or
    element ("…/a.jsonl:12", "…/pkg.json: releases item 7") so that an error row can say which."""

    where: str
    notice_id: str | None = None
    release: dict | None = None
    error: str | None = None
    #: the enclosing package's publisher.uri, when the package was read whole (a line, a small file)
    publisher_uri: str | None = None


class OcdsReader:
    """Every release of an OCDS input — JSON lines, or one package/release/record document of any size — read as
    a stream: each line (or element of a package's `releases`/`records`, or of a top-level array) is bounded by
    `limit` bytes, parsed on its own, and a bad one is one OcdsPart with an error while the rest are read.
    `next_links` collects each document's links.next (release/record packages' paging) as they are read.

    Releases and records are recognised exactly as `iter_releases` does, element by element. One difference: a
    single huge document is read top-level key by key, so a record (top-level "ocid") whose "releases" array
    comes before its "ocid" key would be read as a release package; records put "ocid" first in practice. Where
    `iter_releases` skips an item of a package's `releases` that is not a release (a string, a number, an object
    without "ocid" or "tag"), the reader gives an error naming it: garbage in a package is never silently nothing."""

    PEEK_LINES = 4

    def __init__(self, stream, where: str, *, limit: int, encoding: str = "utf-8", max_errors: int = 1000):
        self.stream, self.where, self.limit, self.encoding = stream, where, limit, encoding
        self.max_errors = max_errors
        self.next_links: list[str] = []
        self.errors = 0
        self.mode: str | None = None
        try:
            self._start: int | None = stream.tell() if stream.seekable() else None
        except (AttributeError, OSError):
            self._start = None

    def __iter__(self) -> Iterator[OcdsPart]:
        for part in self._parts():
            if part.error is not None:
                self.errors += 1
                if self.errors > self.max_errors:
                    continue
                if self.errors == self.max_errors:
                    part.error += f" (error {self.max_errors:,}: later errors in this input are only counted)"
            yield part

    # -- which shape --------------------------------------------------------------------------------------------
    def _parts(self) -> Iterator[OcdsPart]:
        import io

        from enrich.jsonstream import JsonError, decode, loads

        head: list[bytes] = []
        peeked: list[tuple[bytes, bool]] = []  # (line content, fits the limit) of the first non-blank lines
        while len(peeked) < self.PEEK_LINES:
            raw = self.stream.readline(self.limit + 1)
            if not raw:
                break
            head.append(raw)
            fits = not (len(raw) > self.limit and not raw.endswith(b"\n"))
            if not fits:
                peeked.append((b"", False))
                break  # an over-long line: read on as a stream, never hold it
            if raw.strip():
                peeked.append((raw.strip(), True))
        stream = io.BufferedReader(_Replay(b"".join(head), self.stream), buffer_size=1 << 16)
        if not peeked:
            self.mode = "empty"
            yield OcdsPart(self.where, error="empty (no JSON)")
            return
        first, first_fits = peeked[0]
        parsed_first = None
        if first_fits:
            try:
                parsed_first = loads(decode(first, self.encoding), self.where)
            except JsonError:
                parsed_first = None
        if parsed_first is not None and len(peeked) == 1:
            self.mode = "document"
            yield from self._document_parts(self.where, parsed_first)
            return
        if parsed_first is not None or (first_fits and first not in (b"[", b"{") and any(
                fits and _is_json_container(line, self.encoding) for line, fits in peeked[1:])):
            self.mode = "lines"
            yield from self._lines(stream)
            return
        self.mode = "stream"
        start = self._start
        for number, part in enumerate(self._stream(stream)):
            if number == 0 and part.error is not None and part.error.startswith("invalid JSON") \
                    and self._json_lines_after_all(start):
                self.mode = "lines"  # JSON lines whose first lines are all bad: read line by line after all
                yield from self._lines(io.BufferedReader(_Replay(b"", self.stream), buffer_size=1 << 16))
                return
            yield part

    def _json_lines_after_all(self, start: int | None, lines: int = 1000) -> bool:
        """Whether a (seekable) input that is not one JSON document has whole JSON objects on lines of their
        own among its first `lines` lines; the stream is left at `start` when it does."""
        from enrich.jsonstream import read_lines

        if start is None:
            return False
        self.stream.seek(start)
        for line in read_lines(self.stream, self.limit):
            if line.number > lines:
                break
            if line.data is not None and _is_json_container(line.data.strip(), self.encoding):
                self.stream.seek(start)
                return True
        return False

    def _lines(self, stream) -> Iterator[OcdsPart]:
        from enrich.jsonstream import JsonError, parse_lines

        for number, value in parse_lines(stream, self.where, limit=self.limit, encoding=self.encoding):
            where = f"{self.where}:{number}"
            if isinstance(value, JsonError):
                yield OcdsPart(where, error=str(value).removeprefix(f"{where}: "))
            else:
                yield from self._document_parts(where, value)

    def _stream(self, stream) -> Iterator[OcdsPart]:
        from enrich.jsonstream import STREAMED, stream_document

        publisher: list[str | None] = [None]  # the package's publisher.uri, when it comes before its releases

        def split(key: str, top: dict) -> bool:
            streamed = key in ("releases", "records") and "ocid" not in top and "releases" not in top
            if streamed:
                publisher[0] = publisher_uri_of(top)
            return streamed

        for member in stream_document(stream, limit=self.limit, split=split, encoding=self.encoding):
            document = f"document {member.document}: " if member.document > 1 else ""
            if member.kind == "error":
                yield OcdsPart(f"{self.where}: {document}".rstrip(": "), error=member.error)
                continue
            if member.kind == "element":
                where = f"{self.where}: {document}{member.key + ' ' if member.key else ''}item {member.index}"
                if member.error is not None:
                    yield OcdsPart(where, error=member.error)
                elif member.key == "releases":
                    release = member.value
                    if isinstance(release, dict) and "tag" in release and "ocid" in release:
                        yield OcdsPart(where, notice_key(release), release, publisher_uri=publisher[0])
                    else:  # garbage in a package is an error row, not silently nothing
                        yield OcdsPart(where, error=_not_a_release(release))
                else:  # a record of a record package, or an element of a top-level array
                    yield from self._document_parts(where, member.value, publisher[0])
                continue
            top = member.value
            if isinstance(top, dict) and any(value is STREAMED for value in top.values()):
                self._note_links(top)
            else:
                yield from self._document_parts(f"{self.where}: {document}".rstrip(": "), top)

    # -- one parsed document (a line, a small file, an element) ------------------------------------------------
    def _document_parts(self, where: str, document: Any, publisher_uri: str | None = None) -> Iterator[OcdsPart]:
        """iter_releases(document), but a record package's records and a list's items one by one, so one bad
        record is one error and the others are read."""
        uri = publisher_uri_of(document) or publisher_uri
        if isinstance(document, dict):
            self._note_links(document)
        if isinstance(document, dict) and "ocid" not in document and "releases" not in document \
                and isinstance(document.get("records"), list):
            parts = [(f"{where}: records item {n}", record) for n, record in enumerate(document["records"], 1)]
        elif isinstance(document, dict) and "ocid" not in document and isinstance(document.get("releases"), list):
            for n, release in enumerate(document["releases"], 1):  # a release package: one error per bad item
                if isinstance(release, dict) and "tag" in release and "ocid" in release:
                    yield OcdsPart(f"{where}: releases item {n}", notice_key(release), release, publisher_uri=uri)
                else:
                    yield OcdsPart(f"{where}: releases item {n}", error=_not_a_release(release))
            return
        elif isinstance(document, list):
            parts = [(f"{where}: item {n}", item) for n, item in enumerate(document, 1)]
        else:
            parts = [(where, document)]
        for part_where, part in parts:
            try:
                for notice_id, release in iter_releases(part):
                    yield OcdsPart(part_where, notice_id, release, publisher_uri=uri)
            except OcdsFormatError as exc:
                yield OcdsPart(part_where, error=str(exc))

    def _note_links(self, document: dict) -> None:
        links = document.get("links")
        link = links.get("next") if isinstance(links, dict) else None
        if isinstance(link, str) and link:
            self.next_links.append(link)


def publisher_uri_of(document: Any) -> str | None:
    """A package's publisher.uri (where its releases come from: a country-code domain places them)."""
    publisher = document.get("publisher") if isinstance(document, dict) else None
    uri = publisher.get("uri") if isinstance(publisher, dict) else None
    return uri if isinstance(uri, str) else None


class _Replay(_io.RawIOBase):
    """The bytes already read (`head`), then the rest of `stream`: a raw stream for io.BufferedReader."""

    def __init__(self, head: bytes, stream) -> None:
        super().__init__()
        self.head, self.stream = memoryview(head), stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if len(self.head):
            n = min(len(buffer), len(self.head))
            buffer[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        data = self.stream.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def _not_a_release(value: Any) -> str:
    if isinstance(value, dict):
        return f"not a release: it has no 'ocid' or no 'tag' (keys: {', '.join(sorted(map(str, value))[:8]) or 'none'})"
    return f"not a release: expected a JSON object, got {type(value).__name__}"


def _is_json_container(line: bytes, encoding: str) -> bool:
    """A whole JSON object or array on one line: the mark of JSON lines (pretty-printed lines are fragments)."""
    from enrich.jsonstream import JsonError, decode, loads

    if not (line[:1] in (b"{", b"[") and line[-1:] in (b"}", b"]")):
        return False
    try:
        loads(decode(line, encoding), "line")
        return True
    except JsonError:
        return False


def read_ocds(source: bytes | Any, where: str, *, limit: int | None = None, encoding: str | None = None,
              max_errors: int = 1000) -> OcdsReader:
    """An OcdsReader over bytes in memory or a binary file object; the encoding is detected from the first
    64 KB when not given (ISO-8859-1 publishers), and bytes that do not decode are read as ISO-8859-1."""
    import io

    from enrich.documents import best_encoding
    from survtrack.limits import max_document_bytes

    stream = io.BytesIO(source) if isinstance(source, (bytes, bytearray, memoryview)) else source
    if encoding is None:
        if hasattr(stream, "peek"):
            head = stream.peek(65536)[:65536]
        else:
            position = stream.tell()
            head = stream.read(65536)
            stream.seek(position)
        encoding = "utf-8" if head.startswith(b"\xef\xbb\xbf") else best_encoding(head, "utf-8")
    return OcdsReader(stream, where, limit=limit or max_document_bytes(), encoding=encoding, max_errors=max_errors)

