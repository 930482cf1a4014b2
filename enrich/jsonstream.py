"""JSON input read without holding it whole: JSON lines line by line, one large document member by member.

Why: bulk OCDS files and FtM exports are hundreds of MB. Read whole, 200 MB of JSON lines cost 1.7 GB of memory,
and one bad line (not JSON, nested 100,000 deep, 50 MB long) lost every line after it. Here each line is read,
bounded and parsed on its own — a bad line is one error naming its line, and the next line is read as usual —
and a single large document (a release package on one line, or pretty-printed) is parsed incrementally (ijson),
one element of its big arrays at a time, each bounded in size and depth like a line.

Bytes that are not UTF-8 are read as ISO-8859-1, byte by byte (publishers mix encodings; nothing is dropped).
"""
from __future__ import annotations

import codecs
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, Any

#: Deeper nesting is an error for that line or element (OCDS needs about 8 levels; json's own recursion limit,
#: about 1,000, would otherwise end the whole read with a RecursionError).
MAX_DEPTH = 256
_SCALARS = frozenset({"null", "boolean", "integer", "double", "number", "string"})


class JsonError(ValueError):
    """One line or element is not usable JSON; the message says where and why in one line."""


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start:exc.end].decode("latin-1"), exc.end


codecs.register_error("survtrack-latin1", _latin1_fallback)


def decode(data: bytes, encoding: str = "utf-8") -> str:
    """Bytes → text: the encoding given, any byte it cannot decode read as ISO-8859-1; a UTF-8 BOM dropped."""
    return data.decode(encoding, errors="survtrack-latin1").lstrip("\ufeff")


def error_text(exc: json.JSONDecodeError) -> str:
    """'Expecting value at line 1 column 7' — json's own wording, once ('…starting at' never doubles 'at')."""
    msg = exc.msg if exc.msg.endswith(" at") else f"{exc.msg} at"
    where = f"line {exc.lineno} column {exc.colno}" if exc.lineno > 1 else f"column {exc.colno}"
    return f"{msg} {where}"


def loads(data: bytes | str, where: str, *, limit: int | None = None) -> Any:
    """One JSON value; raises JsonError naming `where` (not JSON, too large, nested too deep)."""
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "surrogatepass"))
    if limit is not None and size > limit:
        raise JsonError(f"{where}: {size:,} bytes is larger than the {limit:,}-byte limit "
                        "(SURVTRACK_MAX_DOCUMENT_BYTES)")
    text = decode(data) if isinstance(data, bytes) else data.lstrip("\ufeff")
    if not text.strip():
        raise JsonError(f"{where}: empty (no JSON)")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise JsonError(f"{where}: invalid JSON ({error_text(exc)})") from None
    except RecursionError:
        raise JsonError(f"{where}: JSON nested too deeply (more than about 1,000 levels)") from None


@dataclass
class Line:
    """One line of a JSON-lines input: its 1-based number, its bytes (None when over the limit) and size."""

    number: int
    data: bytes | None
    size: int

    @property
    def blank(self) -> bool:
        return self.data is not None and not self.data.strip()


def read_lines(stream: IO[bytes], limit: int) -> Iterator[Line]:
    """Lines of a binary stream, never more than `limit` bytes of one line in memory (longer ones are skipped
    to their end and reported with their size, data None). Lines end at b"\\n" only: U+2028 inside a JSON string
    is not a line break."""
    number = 0
    while True:
        chunk = stream.readline(limit + 1)
        if not chunk:
            return
        number += 1
        if len(chunk) > limit and not chunk.endswith(b"\n"):
            size = len(chunk)
            while True:
                rest = stream.readline(1 << 20)
                if not rest:
                    break
                size += len(rest)
                if rest.endswith(b"\n"):
                    size -= 1
                    break
            yield Line(number, None, size)
            continue
        data = chunk.rstrip(b"\r\n")
        yield Line(number, data, len(data))


def parse_lines(stream: IO[bytes], where: str, *, limit: int,
                encoding: str = "utf-8") -> Iterator[tuple[int, Any | JsonError]]:
    """(line number, value or JsonError) for every non-blank line; one bad line never stops the rest."""
    for line in read_lines(stream, limit):
        if line.blank:
            continue
        here = f"{where}:{line.number}"
        if line.data is None:
            yield line.number, JsonError(f"{here}: {line.size:,} bytes is larger than the {limit:,}-byte limit "
                                         "(SURVTRACK_MAX_DOCUMENT_BYTES)")
            continue
        try:
            yield line.number, loads(decode(line.data, encoding), here)
        except JsonError as exc:
            yield line.number, exc


# --- one large document, incrementally -----------------------------------------------------------------------------

class Utf8Reader:
    """A binary stream in any encoding, read as UTF-8 (what the incremental parser needs); counts bytes read."""

    def __init__(self, raw: IO[bytes], encoding: str = "utf-8") -> None:
        self.raw = raw
        self.decoder = codecs.getincrementaldecoder(encoding)(errors="survtrack-latin1")
        self.position = 0
        self.pending = b""
        self.first = True

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        size = 65536 if size is None or size < 0 else size
        while len(self.pending) < size:
            chunk = self.raw.read(size)
            final = not chunk
            self.position += len(chunk)
            text = self.decoder.decode(chunk, final=final)
            if self.first and text:
                text, self.first = text.lstrip("\ufeff"), False
            self.pending += text.encode("utf-8", "surrogatepass")
            if final:
                break
        out, self.pending = self.pending[:size], self.pending[size:]
        return out


@dataclass
class Member:
    """A piece of one streamed document.

    kind "element": one element of a streamed array (`key` is the top-level key holding the array, None for a
    top-level array), `index` 1-based, `value` or `error`. kind "top": the document itself at its end, with the
    streamed arrays left out (their keys map to STREAMED); for a scalar or a small document, the whole value.
    kind "error": a document too large or too deep (skipped: the next one is read), or input that is not JSON
    from here on (the last member); elements before it stand."""

    kind: str
    value: Any = None
    key: str | None = None
    index: int = 0
    error: str | None = None
    document: int = 1  # which of several documents one after another


STREAMED = object()
#: An ijson basic_parse event: (name, value); the value is a JSON scalar, a map key or None.
_Events = Iterator[tuple[str, Any]]


class _Oversized(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _skip(events: _Events, depth: int) -> None:
    """Consume the rest of a value whose start made the nesting `depth` deep."""
    for event, _ in events:
        if event in ("start_map", "start_array"):
            depth += 1
        elif event in ("end_map", "end_array"):
            depth -= 1
            if depth == 0:
                return


def _build(event: str, value: Any, events: _Events, *, limit: int, max_depth: int) -> Any:
    """The value that starts with (event, value), built from `events` — at most `limit` bytes (approximately:
    strings, keys and punctuation counted) and `max_depth` levels; raises _Oversized after skipping past it."""
    if event in _SCALARS:
        return value
    root: Any = {} if event == "start_map" else []
    stack: list[Any] = [root]
    keys: list[Any] = [None]
    size = 2
    for event, value in events:
        if event == "map_key":
            keys[-1] = value
            size += len(value) + 4
        elif event in ("start_map", "start_array"):
            if len(stack) >= max_depth:
                _skip(events, len(stack) + 1)
                raise _Oversized(f"nested deeper than {max_depth} levels")
            child: Any = {} if event == "start_map" else []
            parent = stack[-1]
            if isinstance(parent, dict):
                parent[keys[-1]] = child
            else:
                parent.append(child)
            stack.append(child)
            keys.append(None)
            size += 2
        elif event in ("end_map", "end_array"):
            stack.pop()
            keys.pop()
            if not stack:
                return root
        else:
            parent = stack[-1]
            if isinstance(parent, dict):
                parent[keys[-1]] = value
            else:
                parent.append(value)
            size += len(value) + 3 if isinstance(value, str) else 8
        if size > limit:
            _skip(events, len(stack))
            raise _Oversized(f"more than the {limit:,}-byte limit (SURVTRACK_MAX_DOCUMENT_BYTES)")
    raise _Oversized("the input ended inside it")


def stream_document(stream: IO[bytes], *, limit: int, split: Callable[[str, dict[str, Any]], bool],
                    encoding: str = "utf-8", max_depth: int = MAX_DEPTH) -> Iterator[Member]:
    """Members of the JSON document(s) in `stream`, never holding more than one element (≤ `limit`) at a time.

    A top-level array is streamed element by element. In a top-level object, an array under a key for which
    `split(key, keys_so_far)` is true is streamed element by element; every other value is built (bounded) and
    the object is given last as a "top" member. Several documents one after another are read in turn."""
    import ijson

    reader = Utf8Reader(stream, encoding)
    events = iter(ijson.basic_parse(reader, use_float=True, multiple_values=True))
    seen = 0
    try:
        for event, value in events:
            seen += 1
            try:
                for member in _document(event, value, events, limit=limit, split=split, max_depth=max_depth):
                    member.document = seen
                    yield member
            except _Oversized as exc:  # skipped to its end: the next document (if any) is read as usual
                yield Member("error", error=f"the document is {exc.reason}", document=seen)
        if not seen:
            yield Member("error", error="empty (no JSON)")
    except ijson.JSONError as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        reason = reason[2:] if reason.startswith(("b'", 'b"')) else reason
        if not seen and "premature EOF" in reason:
            yield Member("error", error="empty (no JSON)")
        else:
            yield Member("error", error=f"invalid JSON ({reason}, at or before byte {reader.position:,})")


def _document(event: str, value: Any, events: _Events, *, limit: int, split: Callable[[str, dict[str, Any]], bool],
              max_depth: int) -> Iterator[Member]:
    if event == "start_array":
        index = 0
        for event, value in events:
            if event == "end_array":
                return
            index += 1
            yield _element(None, index, event, value, events, limit=limit, max_depth=max_depth)
        raise _Oversized("the input ended inside it")
    if event != "start_map":
        yield Member("top", value=_build(event, value, events, limit=limit, max_depth=max_depth))
        return
    top: dict[str, Any] = {}  # a JSON object: values of every JSON type
    budget = limit
    for event, value in events:
        if event == "end_map":
            yield Member("top", value=top)
            return
        key = value  # event == "map_key"
        event, value = next(events)
        if event == "start_array" and split(key, top):
            top[key] = STREAMED
            index = 0
            for event, value in events:
                if event == "end_array":
                    break
                index += 1
                yield _element(key, index, event, value, events, limit=limit, max_depth=max_depth)
            continue
        top[key] = _build(event, value, events, limit=budget, max_depth=max_depth - 1)
        budget -= len(json.dumps(top[key], default=str)) if not isinstance(top[key], (int, float)) else 8
        if budget <= 0:
            _skip(events, 1)
            raise _Oversized(f"more than the {limit:,}-byte limit (SURVTRACK_MAX_DOCUMENT_BYTES)")
    raise _Oversized("the input ended inside it")


def _element(key: str | None, index: int, event: str, value: Any, events: _Events, *, limit: int,
             max_depth: int) -> Member:
    try:
        return Member("element", key=key, index=index,
                      value=_build(event, value, events, limit=limit, max_depth=max_depth))
    except _Oversized as exc:
        return Member("element", key=key, index=index, error=exc.reason)
