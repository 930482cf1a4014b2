"""The hostile corpus through `survtrack ingest` (issue 12 proof): every bad file or line is one error line naming
it, the exit code says so, the good lines and files around it are stored, nothing twice, and the run is closed."""
from __future__ import annotations

import psycopg
import pytest

from survtrack.cli import main
from tests.hostile.corpus import LIMITS, ingest_cases

CASES = ingest_cases()


def _error_lines(err: str, path) -> list[str]:
    prefix = f"survtrack: error: {path}"
    return [line for line in err.splitlines() if line.startswith(prefix) and line[len(prefix):][:1] in (":", " ")]


def _stored(conn, case) -> list[tuple]:
    return conn.execute("SELECT url, title, text FROM notices WHERE url LIKE %s OR url LIKE %s ORDER BY url",
                        (f"%/{case.name}/%", f"%/{case.filename}%")).fetchall()


def test_every_hostile_file_is_handled_cleanly_and_good_content_is_kept(database_url, tmp_path, capsys, monkeypatch):
    for name, value in LIMITS.items():
        monkeypatch.setenv(name, value)
    paths = {}
    for case in CASES:
        paths[case.name] = tmp_path / case.filename
        paths[case.name].write_bytes(case.data)
    code = main(["ingest", *map(str, paths.values())])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    other = [line for line in err.splitlines() if line.strip() and not line.startswith(("survtrack: error: ",
                                                                                       "ingest: "))]  # progress
    assert other == []  # one line per problem, nothing else (no library warnings)
    problems = []
    with psycopg.connect(database_url) as conn:
        for case in CASES:
            lines = _error_lines(err, paths[case.name])
            stored = _stored(conn, case)
            if len(lines) != case.errors:
                problems.append(f"{case.name} ({case.kind}): {len(lines)} error lines, expected {case.errors}: {lines}")
            for mention in case.mentions:
                if not any(mention in line for line in lines):
                    problems.append(f"{case.name}: no error line mentions {mention!r}: {lines}")
            if len(stored) != case.stored:
                problems.append(f"{case.name} ({case.kind}): {len(stored)} notices stored, expected {case.stored}")
            if case.check and stored and (message := case.check(stored)):
                problems.append(f"{case.name}: {message}")
        status, stats = conn.execute("SELECT status, stats FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()
    assert not problems, "\n".join(problems)
    assert code == 1  # errors were found
    assert status == "partial" and stats["errors"] == sum(case.errors for case in CASES)
    expected = sum(case.stored for case in CASES)
    assert f"{expected} inserted" in out

    # the same corpus again: nothing new, nothing twice (re-ingesting updates, never duplicates)
    assert main(["ingest", *map(str, paths.values())]) == 1
    out, _ = capsys.readouterr()
    assert "0 inserted" in out
    with psycopg.connect(database_url) as conn:
        assert conn.execute("SELECT count(*) FROM notices").fetchone()[0] == expected
        assert conn.execute("SELECT count(*) FROM (SELECT source_id, source_notice_id FROM notices GROUP BY 1, 2 "
                            "HAVING count(*) > 1) d").fetchone()[0] == 0


@pytest.mark.parametrize("name", ["empty_jsonl", "txt_empty"])
def test_an_empty_jsonl_and_an_empty_txt_fail_alike(database_url, tmp_path, capsys, name):
    case = next(c for c in CASES if c.name == name)
    path = tmp_path / case.filename
    path.write_bytes(case.data)
    assert main(["ingest", str(path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"survtrack: error: {path}: empty document")
