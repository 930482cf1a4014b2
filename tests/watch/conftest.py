"""Watch fixtures: the shared module database of the spider tests, a seeded corpus with a watch, and helpers to
run `survtrack watch …` in-process or as the user does (a subprocess)."""
from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.dashboard.conftest import fresh_streamlit_caches  # noqa: F401 - autouse: no cached page data leaks
from tests.dashboard.seed import seed
from tests.scrapers.conftest import module_database  # noqa: F401 - a database shared by one module

REPO = Path(__file__).resolve().parents[2]
SURVTRACK = str(Path(sys.executable).with_name("survtrack"))


def survtrack(*args: str, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """`survtrack ARGS` in a subprocess with this test's DATABASE_URL/SURVTRACK_HOME (and `env` on top)."""
    return subprocess.run([SURVTRACK, *args], cwd=REPO, env={**os.environ, **(env or {})}, capture_output=True,
                          text=True, timeout=timeout)


def survtrack_here(capsys, *args: str) -> subprocess.CompletedProcess:
    """`survtrack ARGS` in this process (survtrack.cli.main, the code path of the command) with its exit status and
    what it printed: for checks of a verb's output and messages, where the process boundary plays no part.
    `capsys`: None where no test's capsys is at hand (a module fixture); sys.stdout/stderr are swapped instead."""
    from survtrack.cli import main

    out, err = io.StringIO(), io.StringIO()
    if capsys is not None:
        capsys.readouterr()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exit:  # argparse's own errors
            code = exit.code if isinstance(exit.code, int) else 1
    return subprocess.CompletedProcess(["survtrack", *args], code, out.getvalue(), err.getvalue())


def json_events(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.fixture
def seeded_watch(conn, capsys):
    """The dashboard test corpus, and a watch `all` over everything recorded (added with --backfill, in-process:
    test_watch_cli adds one through the command)."""
    seeded = seed(conn)
    done = survtrack_here(capsys, "watch", "add", "all", "--backfill")
    assert done.returncode == 0, done.stderr
    return seeded


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives Debian chromium against a live dashboard (never skipped)")
