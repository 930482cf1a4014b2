"""A local HTTP server that stands in for every source: the offline demo and the end-to-end tests use it.

Why: spiders must run through the real Scrapy engine with no internet. The server serves a snapshot folder laid
out as <root>/<site>/base/<path> (+ <root>/<site>/phase2/<path> overriding it once `phase` is 2, for amended and
removed notices), where <site> is the spider name and <path> what the spider asks for under its base URL. APIs
whose answer depends on the query (page numbers, cursors, JSON or form-encoded POST bodies) are mapped to files by
<root>/<site>/routes.json: {"routes": [{"path": "api/v3/notices/search", "keys": ["iterationNextToken"]}]} →
file <path>/<key values joined by _>.<ext>. A file `<name>.status` next to (or instead of) a file sets the HTTP
status (404, 410…). Faults can be queued per path for tests (see `Fault`). Only ever binds 127.0.0.1.
"""
from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

CONTENT_TYPES = {".html": "text/html", ".htm": "text/html", ".json": "application/json", ".xml": "application/xml",
                 ".jsonl": "application/x-ndjson", ".txt": "text/plain"}


@dataclass
class Fault:
    """One injected response for the next matching request (consumed in order)."""

    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None  # None: the real file's body
    delay: float = 0.0  # seconds before answering (longer than DOWNLOAD_TIMEOUT = a timeout)
    truncate: bool = False  # announce the full length, send half, close: a truncated body


@dataclass
class LoggedRequest:
    method: str
    path: str
    body: bytes
    status: int
    #: When the request arrived (time.time()): politeness tests compare the gaps between requests.
    at: float = 0.0


def _dotted(data: Any, path: str) -> Any:
    for part in path.split("."):
        if isinstance(data, list) and part.isdigit():
            data = data[int(part)] if int(part) < len(data) else None
        elif isinstance(data, dict):
            data = data.get(part)
        else:
            return None
    return data


class SnapshotServer:
    def __init__(self, root: Path | str, port: int = 0) -> None:
        self.root = Path(root)
        self.phase = 1
        self.faults: dict[str, list[Fault]] = {}
        self.requests: list[LoggedRequest] = []
        self._lock = threading.Lock()
        handler = type("Handler", (_Handler,), {"snapshot": self})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread: threading.Thread | None = None
        self.answering = threading.Event()  # cleared inside `holding()`
        self.arrivals: list[str] = []  # paths in order of arrival, answered or still held
        self.answering.set()

    def start(self) -> SnapshotServer:
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="snapshot-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> SnapshotServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def base_urls(self, sites: list[str]) -> dict[str, str]:
        return {site: f"{self.url}/{site}" for site in sites}

    @contextmanager
    def holding(self) -> Iterator[SnapshotServer]:
        """Answer no request until the block ends: requests are logged when they arrive and answered after it.
        Tests start several crawlers inside and leave once all are ready, so that none crawls alone first."""
        self.answering.clear()
        try:
            yield self
        finally:
            self.answering.set()

    def add_fault(self, path_contains: str, *faults: Fault) -> None:
        with self._lock:
            self.faults.setdefault(path_contains, []).extend(faults)

    def take_fault(self, path: str) -> Fault | None:
        with self._lock:
            for key, queue in self.faults.items():
                if key in path and queue:
                    return queue.pop(0)
        return None

    def log(self, entry: LoggedRequest) -> None:
        with self._lock:
            self.requests.append(entry)

    # -- resolution ------------------------------------------------------------------------------------------
    def resolve(self, method: str, raw_path: str, body: bytes) -> tuple[int, Path | None]:
        parts = urlsplit(raw_path)
        path = unquote(parts.path).strip("/")
        if path == "robots.txt" or "/" not in path:
            return 404, None
        site, rest = path.split("/", 1)
        site_dir = self.root / site
        if not site_dir.is_dir():
            return 404, None
        name = rest
        fallback = None
        routes_file = site_dir / "routes.json"
        if routes_file.exists():
            for route in json.loads(routes_file.read_text("utf-8")).get("routes", []):
                if re.fullmatch(route["path"], rest):
                    if method == "POST":
                        data = _post_data(body)
                        if data is None:
                            return 400, None
                        values = [_dotted(data, key) for key in route["keys"]]
                    else:
                        query = parse_qs(parts.query, keep_blank_values=True)
                        values = [query.get(key, [None])[0] for key in route["keys"]]
                    name = f"{rest}/" + "_".join("null" if v in (None, "") else str(v) for v in values)
                    fallback = f"{rest}/{route['default']}" if route.get("default") else None
                    break
        else:
            fallback = None
        overlays = [f"phase{self.phase}", "base"] if self.phase > 1 else ["base"]
        for overlay in overlays:
            folder = site_dir / overlay
            status_file = folder / f"{name}.status"
            if status_file.exists():
                return int(status_file.read_text().strip()), None
            exact = folder / name
            if exact.is_file():
                return 200, exact
            matches = sorted(p for p in folder.glob(f"{_glob_escape(name)}.*") if not p.name.endswith(".status"))
            if matches:
                return 200, matches[0]
        if fallback:
            for overlay in overlays:
                matches = sorted((site_dir / overlay).glob(f"{_glob_escape(fallback)}.*"))
                if matches:
                    return 200, matches[0]
        return 404, None


def _post_data(body: bytes) -> dict | None:
    """A POST body as a dict: JSON (TED, USAspending) or a form (cninfo's hisAnnouncement/query); None if neither.

    Told apart by content rather than the Content-Type header, which scraped-API clients do not always set."""
    try:
        data = json.loads(body or b"{}")
        return data if isinstance(data, dict) else None
    except ValueError:
        pass
    try:
        form = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=True)
    except (UnicodeDecodeError, ValueError):
        return None
    return {key: values[0] for key, values in form.items()}


def _glob_escape(name: str) -> str:
    return re.sub(r"([\[\]*?])", r"[\1]", name)


def _content_type(path: Path, body: bytes) -> str:
    if path.suffix in CONTENT_TYPES:
        return CONTENT_TYPES[path.suffix]
    head = body.lstrip()[:5]
    if head.startswith(b"<?xml") or path.name == "xml":
        return "application/xml"
    if head[:1] in (b"{", b"["):
        return "application/json"
    return "application/octet-stream"


class _Handler(BaseHTTPRequestHandler):
    snapshot: SnapshotServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        self._answer("GET", b"")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self._answer("POST", self.rfile.read(length) if length else b"")

    def _answer(self, method: str, body: bytes) -> None:
        arrived = time.time()
        snapshot = self.snapshot
        with snapshot._lock:
            snapshot.arrivals.append(self.path)
        snapshot.answering.wait()
        fault = snapshot.take_fault(self.path)
        status, path = snapshot.resolve(method, self.path, body)
        payload = path.read_bytes() if path else b""
        headers = {"Content-Type": _content_type(path, payload) if path else "text/plain"}
        truncate = False
        if fault is not None:
            time.sleep(fault.delay)
            status = fault.status
            payload = fault.body if fault.body is not None else payload
            headers.update(fault.headers)
            truncate = fault.truncate
        snapshot.log(LoggedRequest(method, self.path, body, status, arrived))
        try:
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(payload)))
            if truncate:
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(payload[: len(payload) // 2] if truncate else payload)
            self.wfile.flush()
            if truncate:
                self.close_connection = True
        except (BrokenPipeError, ConnectionResetError):
            pass
