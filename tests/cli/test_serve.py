"""`survtrack serve`: checked arguments with one-line errors, the real port printed, and a clean stop on the
signals a service manager or a terminal sends (issue 12.5, 12.7)."""
from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest


def survtrack(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "survtrack.cli", *args], capture_output=True, text=True,
                          timeout=120, env=env or os.environ.copy())


@pytest.mark.parametrize("port", ["-1", "70000", "eighty"])
def test_a_port_out_of_range_is_one_line(port):
    done = survtrack("serve", "--port", port)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"survtrack: error: --port must be a number from 0 to 65535 (0: any free port), got "
        f"{port if port != 'eighty' else repr(port)}"]
    assert done.stdout == ""


def test_a_port_in_use_is_one_line_before_any_banner(database_url):
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        done = survtrack("serve", "--port", str(port))
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"survtrack: error: port {port} on 127.0.0.1 is in use")
    assert done.stdout == ""  # no banner claiming success


def _postmaster_running(home: Path) -> bool:
    pidfile = home / "pgdata" / "postmaster.pid"
    return pidfile.exists() and psutil.pid_exists(int(pidfile.read_text().splitlines()[0]))


def _port_free(port: int) -> bool:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
            return True
        except OSError:
            return False


def _open_in_a_browser(port: int, handles: Path, children: list) -> bool:
    """A reader's session: the dashboard process joins the embedded database once a page is rendered. True when
    it did (its pid is among the database's users) while the page was open."""
    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("SURVTRACK_CHROMIUM", "/usr/bin/chromium")  # as tests/dashboard/test_browser.py
    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    pids = {child.pid for child in children}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=args)
        try:
            browser.new_page().goto(f"http://127.0.0.1:{port}/")
            deadline = time.time() + 60
            while time.time() < deadline:
                try:  # the wheel rewrites the list in place: a read may catch it half written
                    if pids & set(json.loads(handles.read_text() or "[]")):
                        return True
                except ValueError:
                    pass
                time.sleep(0.3)
            return False
        finally:
            browser.close()


def _where_it_waits(serve: subprocess.Popen) -> str:
    """What a serve that never printed its banner was doing: its processes and their kernel waits, and the file
    locks held (the embedded server's machine-wide lock among them). Then its Python stacks are dumped on SIGABRT
    (PYTHONFAULTHANDLER) into the output the reader collects, and what is left is killed."""
    processes = [psutil.Process(serve.pid), *psutil.Process(serve.pid).children(recursive=True)]
    lines = []
    for proc in processes:
        try:
            wchan = Path(f"/proc/{proc.pid}/wchan").read_text()
            lines.append(f"{proc.pid} {proc.status()} wchan={wchan} {' '.join(proc.cmdline())[:200]}")
        except (psutil.Error, OSError):
            pass
    lines.append("/proc/locks:\n" + Path("/proc/locks").read_text())
    os.kill(serve.pid, signal.SIGABRT)
    time.sleep(3)
    for proc in processes:
        with contextlib.suppress(psutil.Error):
            proc.kill()
    return "\n".join(lines)


def _banner_port(serve: subprocess.Popen, seen: list[str], timeout: float = 150.0) -> int:
    """The port in serve's banner. Read on a thread, so that a serve which hangs before its banner fails this test
    with what it printed and where it waited, instead of blocking the reader until pytest's timeout."""
    found: list[int] = []

    def read() -> None:
        for line in serve.stdout:
            seen.append(line)
            banner = re.match(r"survtrack dashboard on http://127\.0\.0\.1:(\d+)/", line)
            if banner:
                found.append(int(banner[1]))
                return

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout)
    if found:
        return found[0]
    if reader.is_alive():
        waits = _where_it_waits(serve)
        reader.join(10)
        raise AssertionError(f"no banner after {timeout:.0f} s:\n{''.join(seen)}\n{waits}")
    raise AssertionError(f"serve ended before its banner:\n{''.join(seen)}")


@pytest.mark.parametrize("how", ["systemd SIGTERM to the main process", "Ctrl-C in a terminal",
                                 "SIGTERM while a reader's session holds the database"])
def test_serve_stops_its_dashboard_and_the_database_on_a_signal(embedded_home, how):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | {"SURVTRACK_HOME": str(embedded_home),
                                                                         "PYTHONFAULTHANDLER": "1"}
    serve = subprocess.Popen([sys.executable, "-m", "survtrack.cli", "serve", "--port", "0"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        port = _banner_port(serve, seen := [])
        assert port != 0  # --port 0: the real port is printed, once the dashboard answers
        with socket.create_connection(("127.0.0.1", port), timeout=5):
            pass
        children = psutil.Process(serve.pid).children(recursive=True)
        assert children and _postmaster_running(embedded_home)
        if "session" in how:  # the dashboard process now uses the database too
            assert _open_in_a_browser(port, embedded_home / "pgdata" / ".handle_pids.json", children)
        if how.startswith(("systemd", "SIGTERM")):
            os.kill(serve.pid, signal.SIGTERM)  # KillMode=mixed: SIGTERM to the main process only
        else:
            os.killpg(serve.pid, signal.SIGINT)  # the terminal signals its foreground process group
        assert serve.wait(timeout=60) == 0
        said = "".join(seen) + serve.stdout.read()  # what was printed, up to the stop: no traceback, however early
        assert "Traceback" not in said and "Aborted" not in said, said[-2000:]
        gone, alive = psutil.wait_procs(children, timeout=10)
        assert not alive, f"left running: {alive}"
        assert _port_free(port)
        deadline = time.time() + 20
        while _postmaster_running(embedded_home) and time.time() < deadline:
            time.sleep(0.2)
        assert not _postmaster_running(embedded_home), "the embedded PostgreSQL outlived its last user"
    finally:
        if serve.poll() is None:
            os.killpg(serve.pid, signal.SIGKILL)


def test_a_dashboard_that_never_answers_is_one_error_not_a_silent_wait():
    from survtrack.cli import CommandError, _wait_until_listening

    with socket.socket() as spare:
        spare.bind(("127.0.0.1", 0))
        port = spare.getsockname()[1]  # bound, never listening: nothing answers there
        mute = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
        try:
            with pytest.raises(CommandError, match=rf"did not answer on 127\.0\.0\.1:{port} within 1 s"):
                _wait_until_listening(mute, "127.0.0.1", port, timeout=1.0)
        finally:
            mute.kill()
            mute.wait()
