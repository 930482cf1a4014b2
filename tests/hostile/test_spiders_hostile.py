"""The hostile corpus through the spiders that read files (`survtrack crawl SPIDER -a url=file://…`): each bad input
ends the crawl non-zero with exactly one `survtrack: error:` line, every bad line is an error row naming it, and
the good lines around it are stored (issue 12.2, 12.3)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import psycopg

from tests.hostile.corpus import LIMITS, spider_cases

CASES = spider_cases()
ISSUE_CASES = {"crawl_truncated", "crawl_not_ocds", "crawl_deep", "csl_no_name", "csl_empty"}
#: Through `survtrack crawl` one by one (exit code and error line checked): the issue's inputs, a file with bad
#: lines among good ones, the issue's OpenSanctions file, and a good file. The others run in one process.
CLI_CASES = ISSUE_CASES | {"crawl_bad_lines", "os_bad_line", "crawl_latin1"}


def _arguments(case, path) -> dict[str, str]:
    small = {"min_entries": "0"} if case.spider != "ocds" else {}  # real list files hold hundreds of entries
    return {"url": path.as_uri(), **small}


def _crawl(case, path, env) -> subprocess.CompletedProcess:
    args = [item for key, value in _arguments(case, path).items() for item in ("-a", f"{key}={value}")]
    return subprocess.run([sys.executable, "-m", "survtrack.cli", "crawl", case.spider, *args],
                          env=env, capture_output=True, text=True, timeout=300)


def _plan(cases, paths, env) -> subprocess.CompletedProcess:
    plan = json.dumps([[case.spider, _arguments(case, paths[case.name])] for case in cases])
    return subprocess.run([sys.executable, "-m", "scrapers.runner", "plan", plan, "-s", "LOG_LEVEL=WARNING"],
                          env=env, capture_output=True, text=True, timeout=300)


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
    by_cli = [case for case in CASES if case.name in CLI_CASES]
    in_plan = [case for case in CASES if case.name not in CLI_CASES]
    with ThreadPoolExecutor(max_workers=3) as pool:
        planned = pool.submit(_plan, in_plan, paths, env)
        crawled = pool.map(lambda c: _crawl(c, paths[c.name], env), by_cli)
        done = dict(zip((c.name for c in by_cli), crawled, strict=True))
        planned = planned.result()
    assert "Traceback" not in planned.stderr, planned.stderr[-3000:]
    problems = []
    with psycopg.connect(database_url) as conn:
        for case in CASES:
            url = paths[case.name].as_uri()
            if case.name in done:
                result = done[case.name]
                lines = [line for line in result.stderr.splitlines() if line.startswith("survtrack: error:")]
                if "Traceback" in result.stderr:
                    problems.append(f"{case.name}: a traceback")
                if result.returncode != case.exit_code:
                    problems.append(f"{case.name} ({case.kind}): exit {result.returncode}, expected "
                                    f"{case.exit_code}: {lines}")
                expected_lines = 1 if case.errors else 0
                if len(lines) != expected_lines or (
                        lines and not lines[0].startswith(f"survtrack: error: {case.spider}:")):
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
        runs = dict(conn.execute("SELECT status, count(*) FROM crawl_runs GROUP BY 1").fetchall())
    assert not problems, "\n".join(problems)
    assert "running" not in runs and sum(runs.values()) == len(CASES)  # every run closed
