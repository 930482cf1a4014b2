"""The offline demo (`survtrack demo`): the bundled snapshot crawled through the real spiders into the real
database, with the watch-list slice, everything flagged demo. Checks what a first-time user would see."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import psycopg

REPO = Path(__file__).resolve().parents[2]


def test_demo_crawls_corpus_and_watch_lists(database_url, survtrack_home):
    done = subprocess.run([sys.executable, "-m", "scrapers.runner", "demo"], cwd=REPO, env=os.environ.copy(),
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    stats = json.loads(done.stdout)
    runs = [run for value in stats.values() for run in (value if isinstance(value, list) else [value])]
    assert not [run["error"] for run in runs if run.get("error")]
    assert {"usa_consolidated_screening_list", "usa_fcc_covered_list", "opensanctions"} <= stats.keys()
    with psycopg.connect(database_url) as conn:
        total, countries, not_demo = conn.execute(
            "SELECT count(*), count(DISTINCT country), count(*) FILTER (WHERE NOT demo) FROM notices").fetchone()
        removed = conn.execute("SELECT count(*) FROM notices WHERE status = 'removed'").fetchone()[0]
        amended = conn.execute("SELECT count(*) FROM notices WHERE version > 1").fetchone()[0]
        at_award = conn.execute("SELECT count(DISTINCT notice_id), count(DISTINCT party_id)"
                                " FROM supplier_designations_at_award").fetchone()
    assert total >= 300 and countries >= 6 and not_demo == 0
    assert removed > 0 and amended > 0
    assert at_award[0] > 0 and at_award[1] >= 2, "no demo supplier was on a watch list at its award date"
