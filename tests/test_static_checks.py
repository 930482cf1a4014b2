"""The lint and type gate (issue 11): ruff and mypy, as configured in pyproject.toml, report nothing for the paths
in CHECKED (the whole tree). ruff checks every entry; mypy checks the entries inside a package of [tool.mypy]
`packages` (the modules they import are read for their types, but only CHECKED is reported:
--follow-imports=silent)."""
from __future__ import annotations

import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

import pytest

CHECKED = [
    "bench",
    "dashboard",
    "db",
    "enrich",
    "scrapers",
    "survtrack",
    "tests",
]

REPO = Path(__file__).resolve().parents[1]


def _paths() -> list[str]:
    paths: list[str] = []
    for entry in CHECKED:
        found = sorted(str(p.relative_to(REPO)) for p in REPO.glob(entry)) if "*" in entry else [entry]
        assert found and all((REPO / p).exists() for p in found), f"CHECKED names {entry!r}, which is not there"
        paths += found
    return paths


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=REPO, capture_output=True, text=True, timeout=280)


def test_ruff_is_clean():
    done = _run("ruff", "check", "--no-cache", "--output-format=concise", *_paths())
    if done.returncode:
        pytest.fail(f"ruff check (`make lint`; `ruff check --fix` fixes some):\n{done.stdout}{done.stderr}",
                    pytrace=False)


def test_mypy_is_clean():
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    packages = set(config["tool"]["mypy"]["packages"])
    typed = [p for p in _paths() if Path(p).parts[0] in packages]
    with tempfile.TemporaryDirectory() as cache:  # a cold cache (~45 MB), as on a fresh clone: 20-40 s
        done = _run("mypy", "--cache-dir", cache, "--follow-imports=silent", *typed)
    if done.returncode:
        pytest.fail(f"mypy (`make lint`):\n{done.stdout}{done.stderr}", pytrace=False)
