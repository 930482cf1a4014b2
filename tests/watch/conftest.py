"""Watch fixtures: the shared module database of the spider tests, a seeded corpus with a watch, and helpers to
run `survtrack watch …` in-process or as the user does (a subprocess)."""
from __future__ import annotations

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


def json_events(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.fixture
def seeded_watch(conn):
    """The dashboard test corpus, and a watch `all` over everything recorded (added with --backfill)."""
    seeded = seed(conn)
    done = survtrack("watch", "add", "all", "--backfill")
    assert done.returncode == 0, done.stderr
    return seeded


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives Debian chromium against a live dashboard (never skipped)")
