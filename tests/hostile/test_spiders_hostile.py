"""The hostile corpus through the spiders that read files (`survtrack crawl SPIDER -a url=file://…`): each bad input
ends the crawl non-zero with exactly one `survtrack: error:` line, every bad line is an error row naming it, and
the good lines around it are stored (issue 12.2, 12.3)."""
from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import psycopg

from tests.hostile.corpus import LIMITS, spider_cases

CASES = spider_cases()
ISSUE_CASES = {"crawl_truncated", "crawl_not_ocds", "crawl_deep", "csl_no_name", "csl_empty"}


def _crawl(case, path, env) -> subprocess.CompletedProcess:
    small = ["-a", "min_entries=0"] if case.spider != "ocds" else []  # a real list file holds hundreds of entries
    return subprocess.run([sys.executable, "-m", "survtrack.cli", "crawl", case.spider, "-a", f"url={path.as_uri()}",
                           *small], env=env, capture_output=True, text=True, timeout=300)


def _stored(conn, case, url) -> list[tuple]:
    if case.spider == "ocds":
        return conn.execute("SELECT url, title, text FROM notices WHERE url LIKE %s ORDER BY url",
                            (url + "#%",)).fetchall()
    return conn.execute("""SELECT d.source_entry_id, d.entity_name, d.raw::text FROM designations d
                           JOIN documents doc ON doc.id = d.document_id WHERE doc.url = %s""", (url,)).fetchall()


def test_the_issue_inputs_are_covered():
    assert ISSUE_CASES <= {case.name for case in CASES}


def test_every_hostile_file_through_its_spider(database_url, tmp_path):
    env = os.environ.copy() | LIMITS
    paths = {}
    for case in CASES:
        paths[case.name] = tmp_path / case.filename
        paths[case.name].write_bytes(case.data)
    with ThreadPoolExecutor(max_workers=4) as pool:
        done = dict(zip((c.name for c in CASES), pool.map(lambda c: _crawl(c, paths[c.name], env), CASES)))
    problems = []
    with psycopg.connect(database_url) as conn:
        for case in CASES:
            result, url = done[case.name], paths[case.name].as_uri()
            lines = [line for line in result.stderr.splitlines() if line.startswith("survtrack: error:")]
            if "Traceback" in result.stderr:
                problems.append(f"{case.name}: a traceback")
            if result.returncode != case.exit_code:
                problems.append(f"{case.name} ({case.kind}): exit {result.returncode}, expected {case.exit_code}: "
                                f"{lines}")
            expected_lines = 1 if case.errors else 0
            if len(lines) != expected_lines or (lines and not lines[0].startswith(f"survtrack: error: {case.spider}:")):
                problems.append(f"{case.name}: error lines {lines}, expected {expected_lines}")
            errors = [row[0] for row in conn.execute(
                """SELECT e.error FROM crawl_errors e JOIN crawl_runs r ON r.id = e.run_id
                   WHERE r.args ->> 'url' = %s ORDER BY e.id""", (url,))]
            if len(errors) != case.errors:
                problems.append(f"{case.name} ({case.kind}): {len(errors)} error rows, expected {case.errors}: "
                                f"{errors}")
            for mention in case.mentions:
                if not any(mention in error for error in errors):
                    problems.append(f"{case.name}: no error row mentions {mention!r}: {errors}")
            stored = _stored(conn, case, url)
            if len(stored) != case.stored:
                problems.append(f"{case.name} ({case.kind}): {len(stored)} stored, expected {case.stored}")
            if case.check and stored and (message := case.check(stored)):
                problems.append(f"{case.name}: {message}")
        runs = conn.execute("SELECT status, count(*) FROM crawl_runs GROUP BY 1").fetchall()
    assert not problems, "\n".join(problems)
    assert "running" not in dict(runs)  # every run closed
