"""The lint and type gate (issue 11): ruff and mypy, as configured in pyproject.toml, report nothing for the paths
in CHECKED (the whole tree). ruff checks every entry; mypy checks the entries inside a package of [tool.mypy]
`packages` (the modules they import are read for their types, but only CHECKED is reported:
--follow-imports=silent).

mypy with a cold cache (as on a fresh clone) takes 20-60 s of one core, so when test_mypy_is_clean is selected
tests/conftest.py starts it in the background as soon as collection ends (start_mypy), on the core the rest of
the suite leaves idle most of the time; the test then waits for that same run and reports it. Under pytest-xdist
(`make test`) no core is idle: the test starts mypy itself, and the workers take this module first."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass
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


@dataclass
class MypyRun:
    """A mypy run in progress over the typed entries of CHECKED, with a cold cache in its own temporary folder."""

    process: subprocess.Popen[str]
    cache: tempfile.TemporaryDirectory[str]

    def result(self, timeout: float = 280) -> tuple[int, str]:
        """(exit status, output) once mypy has finished; the cache folder is removed."""
        try:
            try:  # started at a lower priority while other tests ran: its turn now (root may raise it back)
                os.setpriority(os.PRIO_PROCESS, self.process.pid, 0)
            except OSError:
                pass
            out, err = self.process.communicate(timeout=timeout)
            return self.process.returncode, out + err
        finally:
            self.stop()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.cache.cleanup()


#: The run tests/conftest.py started when collection ended (None: not started, e.g. this test is not selected).
BACKGROUND: list[MypyRun] = []


def start_mypy(nice: int = 0) -> MypyRun:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    packages = set(config["tool"]["mypy"]["packages"])
    typed = [p for p in _paths() if Path(p).parts[0] in packages]
    cache = tempfile.TemporaryDirectory(prefix="survtrack-mypy-")  # a cold cache (~45 MB), as on a fresh clone
    process = subprocess.Popen([sys.executable, "-m", "mypy", "--cache-dir", cache.name, "--follow-imports=silent",
                                *typed], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=(lambda: os.nice(nice)) if nice else None)
    return MypyRun(process, cache)


def test_mypy_is_clean():
    run = BACKGROUND.pop() if BACKGROUND else start_mypy()
    status, output = run.result()
    if status:
        pytest.fail(f"mypy (`make lint`):\n{output}", pytrace=False)
