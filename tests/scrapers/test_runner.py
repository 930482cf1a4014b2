"""Wrong spider arguments stop `survtrack crawl` before anything is crawled: one clear line, a non-zero exit."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SURVTRACK = str(Path(sys.executable).parent / "survtrack")  # the installed console script, as users run it


@pytest.mark.parametrize("argument,expected", [
    ("since=yesterday", "survtrack: error: usa_usaspending: since: expected YYYY-MM-DD"),
    ("sample=many", "survtrack: error: usa_usaspending: sample: expected a positive number"),
    ("sinse=2024-01-01", "survtrack: error: usa_usaspending: unknown argument(s) sinse; allowed:"),
])
def test_bad_spider_argument_exits_non_zero_with_one_line(argument, expected, database_url):
    done = subprocess.run([SURVTRACK, "crawl", "usa_usaspending", "-a", argument],
                          cwd=REPO, env=os.environ.copy(), capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(expected), done.stderr[-2000:]
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_runner_command_line_exits_non_zero_on_a_bad_argument():
    done = subprocess.run([sys.executable, "-m", "scrapers.runner", "crawl", "eu_ted", "-a", "until=2024-02-30"],
                          cwd=REPO, env=os.environ.copy(), capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip() == ("python -m scrapers.runner: error: eu_ted: until: expected YYYY-MM-DD "
                                   "(e.g. until=2024-01-31), got '2024-02-30'")
