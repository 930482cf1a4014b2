"""Serving the watches' Atom files at a stable URL while `survtrack serve` runs: http://HOST:PORT/feeds/NAME.xml.

Why a small stdlib server next to Streamlit rather than Streamlit's static serving: that serves only a `static/`
folder beside the app's code (not SURVTRACK_HOME, which differs per installation) and sends XML as text/plain.
This one serves exactly SURVTRACK_HOME/feeds/<watch name>.xml as application/atom+xml and nothing else.
"""
from __future__ import annotations

import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

_FEED_PATH = re.compile(r"^/feeds/([a-z0-9][a-z0-9_-]{0,63})\.xml$")


class _FeedHandler(BaseHTTPRequestHandler):
    feeds: Path

    def log_message(self, format: str, *args: Any) -> None:  # quiet: the dashboard's console is for the dashboard
        pass

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def _answer(self, *, send_body: bool) -> None:
        match = _FEED_PATH.match(self.path.split("?", 1)[0])
        path = self.feeds / f"{match.group(1)}.xml" if match else None
        if path is None or not path.is_file():
            body, status, content_type = b"no such feed\n", 404, "text/plain; charset=utf-8"
        else:
            body, status, content_type = path.read_bytes(), 200, "application/atom+xml; charset=utf-8"
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if send_body:
            self.wfile.write(body)


class FeedServer:
    def __init__(self, host: str, port: int, feeds: Path) -> None:
        handler = type("Handler", (_FeedHandler,), {"feeds": feeds})
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.httpd.daemon_threads = True
        bound_host, bound_port = self.httpd.server_address[:2]
        bound_host = bound_host if isinstance(bound_host, str) else bytes(bound_host).decode()  # AF_INET: a str
        self.url = f"http://{bound_host}:{bound_port}/feeds"

    def start(self) -> FeedServer:
        threading.Thread(target=self.httpd.serve_forever, name="survtrack-feeds", daemon=True).start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def start_feed_server(host: str, port: int) -> FeedServer | None:
    """Serve the feeds on host:port in a background thread; None (with a one-line warning) when the port is
    taken, so the dashboard still starts."""
    import sys

    from survtrack.watch.atom import feeds_dir

    try:
        return FeedServer(host, port, feeds_dir()).start()
    except (OSError, OverflowError) as exc:
        print(f"survtrack: warning: watch feeds not served (port {port}: {getattr(exc, 'strerror', None) or exc}); "
              "use --feeds-port", file=sys.stderr)
        return None
