"""Delivery channels, each against a real receiver on 127.0.0.1: the Atom feed (read by feedparser), webhooks
(a server that fails twice, then accepts; the HMAC checked), e-mail (aiosmtpd); and exactly-once across kill -9."""
from __future__ import annotations

import email
import hashlib
import hmac
import json
import os
import signal
import socket
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.etree import ElementTree as ET

import psycopg

from tests.dashboard.seed import IMG, XSS_TITLE
from tests.watch.conftest import REPO, SURVTRACK, json_events, survtrack, survtrack_here

SECRET = "test-secret-not-a-real-one"
ATOM = "{http://www.w3.org/2005/Atom}"


def test_feed_file_has_the_required_atom_elements_and_hostile_text_as_text(seeded_watch, survtrack_home, capsys):
    import feedparser

    assert survtrack_here(capsys, "watch", "run").returncode == 0
    path = survtrack_home / "feeds" / "all.xml"
    feed = feedparser.parse(path.read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.id.startswith("urn:uuid:") and feed.feed.title and feed.feed.updated
    assert feed.feed.author == "survtrack"
    assert len(feed.entries) == 9
    for entry in feed.entries:
        assert entry.id.startswith("urn:uuid:") and entry.title and entry.updated and entry.summary
        assert entry.link.startswith("https://demo.survtrack.invalid/")
        assert "Archived copy SHA-256: " in entry.summary
    root = ET.fromstring(path.read_bytes())  # the exact characters, as a feed reader receives them
    titles = [e.findtext(f"{ATOM}title") for e in root.iter(f"{ATOM}entry")]
    assert any(t.endswith(XSS_TITLE) for t in titles)
    assert IMG in path.read_text(encoding="utf-8").replace("&lt;", "<").replace("&gt;", ">")
    assert IMG not in path.read_text(encoding="utf-8")  # escaped in the XML, never markup


class _Receiver(BaseHTTPRequestHandler):
    received: list
    failures_left: list

    def log_message(self, *args) -> None:
        pass

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.received.append((dict(self.headers), body))
        status = 500 if self.failures_left and self.failures_left.pop() else 200
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()


def _receiver(failures: int):
    handler = type("Receiver", (_Receiver,), {"received": [], "failures_left": [True] * failures})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, handler


def test_webhook_retries_until_accepted_and_signs_every_body(seeded_watch, database_url):
    server, handler = _receiver(failures=2)
    try:
        env = {"SURVTRACK_WEBHOOK_URL": f"http://127.0.0.1:{server.server_address[1]}/hook",
               "SURVTRACK_WEBHOOK_SECRET": SECRET, "SURVTRACK_WEBHOOK_BACKOFF": "0.05"}
        done = survtrack("watch", "run", env=env)
        assert done.returncode == 0, done.stderr
    finally:
        server.shutdown()
    assert len(handler.received) == 3  # 500, 500, then 200: one batch, retried
    ids = {headers["X-Survtrack-Delivery"] for headers, _ in handler.received}
    assert len(ids) == 1
    for headers, body in handler.received:
        expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
        assert hmac.compare_digest(headers["X-Survtrack-Signature-256"], expected)
    message = json.loads(handler.received[-1][1])
    assert message["watch"] == "all" and len(message["events"]) == 9
    assert XSS_TITLE in {e["notice"]["title"] for e in message["events"]}  # exact text in the events
    assert "<img" not in message["text"] and "＜img" in message["text"]  # chat apps get no markup
    with psycopg.connect(database_url) as conn:
        assert conn.execute("SELECT count(*) FROM watch_events WHERE delivered_at IS NULL").fetchone()[0] == 0


def test_a_failing_webhook_keeps_events_pending_without_repeating_other_channels(seeded_watch, database_url):
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        dead = sock.getsockname()[1]
    env = {"SURVTRACK_WEBHOOK_URL": f"http://127.0.0.1:{dead}/hook", "SURVTRACK_WEBHOOK_BACKOFF": "0.01"}
    failed = survtrack("watch", "run", "--json", env=env)
    assert failed.returncode == 1
    assert len(json_events(failed.stdout)) == 9
    assert "stay pending" in failed.stderr and f"{dead}" not in failed.stderr  # the URL (a secret) is never shown
    server, handler = _receiver(failures=0)
    try:
        env["SURVTRACK_WEBHOOK_URL"] = f"http://127.0.0.1:{server.server_address[1]}/hook"
        retried = survtrack("watch", "run", "--json", env=env)
    finally:
        server.shutdown()
    assert retried.returncode == 0, retried.stderr
    assert retried.stdout == ""  # printed once, in the first run
    assert len(json.loads(handler.received[0][1])["events"]) == 9


def test_email_reaches_a_local_smtp_server(seeded_watch, capsys, monkeypatch):
    """In-process runs (survtrack_here) with the SMTP settings in this process's environment."""
    from aiosmtpd.controller import Controller

    class Collect:
        def __init__(self) -> None:
            self.messages: list[bytes] = []

        async def handle_DATA(self, server, session, envelope):
            self.messages.append(envelope.content)
            return "250 OK"

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    handler = Collect()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        env = {"SURVTRACK_SMTP_HOST": "127.0.0.1", "SURVTRACK_SMTP_PORT": str(port),
               "SURVTRACK_SMTP_FROM": "survtrack@example.invalid", "SURVTRACK_SMTP_TO": "desk@example.invalid"}
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        done = survtrack_here(capsys, "watch", "run")
        assert done.returncode == 0, done.stderr
        assert survtrack_here(capsys, "watch", "run").returncode == 0  # nothing new: no second message
    finally:
        controller.stop()
    assert len(handler.messages) == 1
    message = email.message_from_bytes(handler.messages[0])
    assert message["Subject"] == "survtrack watch all: 9 new event(s)"
    assert message["To"] == "desk@example.invalid" and message["Message-ID"].endswith("@survtrack.invalid>")
    parts = {part.get_content_type(): part for part in message.walk()}
    assert "Archived copy SHA-256:" in parts["text/plain"].get_payload(decode=True).decode()
    lines = parts["application/x-ndjson"].get_payload(decode=True).decode().splitlines()
    assert len(lines) == 9 and XSS_TITLE in {json.loads(line)["notice"]["title"] for line in lines}


def _start_run(env: dict) -> subprocess.Popen:
    return subprocess.Popen([SURVTRACK, "watch", "run", "--json"], cwd=REPO, env={**os.environ, **env},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def test_kill_9_during_delivery_then_rerun_loses_and_repeats_nothing(seeded_watch, database_url):
    printed: list[dict] = []
    # 1. Killed after the evaluation committed, before any delivery (sleeping before the feed is written).
    run = _start_run({"SURVTRACK_WATCH_TEST_DELAY": "30"})
    with psycopg.connect(database_url, autocommit=True) as conn:
        deadline = time.monotonic() + 60
        while conn.execute("SELECT count(*) FROM watch_events").fetchone()[0] == 0:
            assert time.monotonic() < deadline and run.poll() is None, run.stderr.read() if run.poll() else ""
            time.sleep(0.1)
    os.killpg(run.pid, signal.SIGKILL)
    printed += json_events(run.communicate()[0])
    assert printed == []
    # 2. Killed in the middle of printing, while it waits before the third event: two out, the rest pending.
    # (Killed in the instant between printing an event and recording it, that one event would be printed again
    # by the rerun, with the same id: README "Watches" says so.)
    run = _start_run({"SURVTRACK_WATCH_TEST_DELAY": "1"})
    lines = [run.stdout.readline(), run.stdout.readline()]
    time.sleep(0.5)
    os.killpg(run.pid, signal.SIGKILL)
    rest = run.communicate()[0]
    printed += json_events("".join(lines) + rest)
    assert len(printed) >= 2
    # 3. A clean rerun delivers everything else, once.
    done = survtrack("watch", "run", "--json")
    assert done.returncode == 0, done.stderr
    printed += json_events(done.stdout)
    with psycopg.connect(database_url) as conn:
        recorded = {r[0] for r in conn.execute("SELECT event_uuid::text FROM watch_events")}
        pending = conn.execute("SELECT count(*) FROM watch_events WHERE delivered_at IS NULL").fetchone()[0]
    ids = [e["id"] for e in printed]
    assert len(ids) == len(set(ids)) == len(recorded) == 9, "an event was lost or printed twice"
    assert set(ids) == recorded and pending == 0
    assert survtrack("watch", "run", "--json").stdout == ""
