"""No module over 500 lines outside tests/ and bench/ (issue 11): a module that grows past it is doing several jobs
and is split by job into a sub-package (as scrapers/base/, scrapers/parsing/ocds/ and scrapers/parsing/watchlists/
were). Every .py file below the repository root counts, tracked by git or not, except the tests, the benchmarks,
and folders that are not source (hidden ones, build output, the virtualenv, test artifacts).
"""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_LINES = 500
#: Top-level folders whose modules may be longer: the suite and the benchmarks.
EXEMPT = {"tests", "bench"}
#: Folders that hold no project source.
NOT_SOURCE = {"build", "dist", "test-artifacts", "node_modules", "__pycache__"}


def project_sources(root: Path = ROOT) -> list[Path]:
    found = []
    for folder, subfolders, files in os.walk(root):
        top = Path(folder) == root
        subfolders[:] = sorted(name for name in subfolders if not (
            name.startswith(".") or name in NOT_SOURCE or name.endswith(".egg-info") or (top and name in EXEMPT)))
        found += [Path(folder, name) for name in sorted(files) if name.endswith(".py")]
    return found


def line_count(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_the_walk_sees_the_project_and_skips_the_exempt():
    names = {path.relative_to(ROOT).as_posix() for path in project_sources()}
    assert "scrapers/base/spider.py" in names and "enrich/lists.py" in names
    assert not any(name.startswith(("tests/", "bench/", ".venv/")) for name in names)


def test_the_check_names_a_long_module(tmp_path):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "long.py").write_text("x = 1\n" * (MAX_LINES + 1), encoding="utf-8")
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "long_test.py").write_text("x = 1\n" * (MAX_LINES + 1), encoding="utf-8")
    long = [path.relative_to(tmp_path).as_posix() for path in project_sources(tmp_path)
            if line_count(path) > MAX_LINES]
    assert long == ["pkg/long.py"]


def test_no_module_over_500_lines():
    too_long = {path.relative_to(ROOT).as_posix(): line_count(path) for path in project_sources()
                if line_count(path) > MAX_LINES}
    assert not too_long, (f"modules over {MAX_LINES} lines (split each by job into a sub-package): "
                          + ", ".join(f"{name} ({lines} lines)" for name, lines in sorted(too_long.items())))
