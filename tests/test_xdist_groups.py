"""`make test`'s distribution (tests/conftest.py, pytest_xdist_make_scheduler): under `--dist loadgroup` every test
module runs whole on one worker, so a module-scoped fixture (a crawl, a corpus, a live dashboard) is built once.

pytest-xdist's own loadgroup (xdist_group marks) silently stopped grouping with pytest 9 (it renames item._nodeid,
which pytest no longer reads): both workers then built every such fixture. This runs a real two-worker session over
two small modules and reads which worker ran each test."""
from __future__ import annotations

import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from tests.conftest import _group_of

REPO = Path(__file__).resolve().parents[1]
MODULES = ("tests/scrapers/test_ted_parsing.py", "tests/test_conformance_report.py")


def test_each_module_runs_whole_on_one_worker():
    done = subprocess.run([sys.executable, "-m", "pytest", "-n", "2", "--dist", "loadgroup", "--no-loadscope-reorder",
                           "-p", "no:cacheprovider", "-v", *MODULES], cwd=REPO, capture_output=True, text=True,
                          timeout=280)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    workers: dict[str, set[str]] = defaultdict(set)
    for worker, module in re.findall(r"^\[(gw\d+)\] .*?PASSED (tests/\S+?\.py)::", done.stdout, re.MULTILINE):
        workers[module].add(worker)
    assert set(workers) == set(MODULES), done.stdout[-3000:]
    assert all(len(ran_on) == 1 for ran_on in workers.values()), dict(workers)


def test_a_package_in_one_group_is_one_group():
    assert _group_of("tests/procurements/test_fx.py::test_a[x]") == _group_of("tests/procurements/test_export.py::t")
    assert _group_of("tests/cli/test_serve.py::test_a[b::c]") == "tests/cli/test_serve.py"
