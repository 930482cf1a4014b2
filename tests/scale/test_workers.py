"""Enrichment on every core and sharded reprocessing write exactly what one process writes.

`--workers 2` ingest and reprocess (real CLI processes) are compared byte for byte with `--workers 1` through
the JSON-lines export; three concurrent `reprocess --shard I/3` runs plus `--finalize` with one unsharded
reprocess; and an ingest whose worker is killed with SIGKILL reports it, and its rerun completes without a
duplicate.
"""
from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import psycopg
import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "ingest"
LABELLED = REPO / "tests" / "eval" / "labelled.jsonl"
#: Fields that say when a row was written, not what it holds.
VOLATILE = ("first_seen", "last_seen")


def write_corpus(folder: Path, notices: int, *, start: int = 0, formats: bool = True) -> Path:
    """The labelled set's texts as contract JSON lines (fresh URLs), plus a bad line and (`formats`) a file of
    every other format."""
    folder.mkdir(parents=True, exist_ok=True)
    samples = [json.loads(line) for line in LABELLED.read_text("utf-8").splitlines() if line.strip()]
    with (folder / "notices.jsonl").open("w", encoding="utf-8") as out:
        for i in range(start, start + notices):
            sample = samples[i % len(samples)]
            out.write(json.dumps({"url": f"https://scale.example/{i}", "title": sample["title"],
                                  "body": sample["body"], "language": sample.get("language")},
                                 ensure_ascii=False) + "\n")
            if formats and i == start + notices // 2:
                out.write('{"url": "https://scale.example/bad", "title": 12}\n')  # an error keeps its place
    for path in FIXTURES.iterdir() if formats else ():
        shutil.copy(path, folder / path.name)
    return folder


def cli(url: str, home: Path, *args: str, check: bool = True, **popen) -> subprocess.CompletedProcess:
    env = dict(os.environ, DATABASE_URL=url, SURVTRACK_HOME=str(home))
    done = subprocess.run([sys.executable, "-m", "survtrack.cli", *args], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=240, **popen)
    if check:
        assert done.returncode in (0, 1), done.stderr[-3000:]  # 1: the corpus's bad line
    return done


def export(url: str) -> bytes:
    """`survtrack export --format jsonl` of everything, minus write times (in-process: the same code path)."""
    from db.export import iter_records
    from survtrack import export as writers

    with psycopg.connect(url) as conn:
        records = []
        for record in iter_records(conn):
            for key in VOLATILE:
                record.pop(key)
            if record["archive"]:
                record["archive"].pop("retrieved_at")
                record["archive"].pop("first_retrieved_at")
            records.append(record)
    out = io.BytesIO()
    writers.write("jsonl", iter(records), out, include_contacts=True)
    return out.getvalue()


def forget_enrichment(url: str) -> None:
    """Make every notice need its enrichment again: snapshots and tags gone, the surveillance flag wrong."""
    with psycopg.connect(url) as conn:
        conn.execute("DELETE FROM enrichment_snapshots")
        conn.execute("DELETE FROM technology_tags")
        conn.execute("UPDATE notices SET surveillance = NOT surveillance")


def test_workers_and_shards_write_what_one_process_writes(new_database, survtrack_home, tmp_path):
    corpus = write_corpus(tmp_path / "corpus", 90)
    one, two = new_database(), new_database()
    first = cli(one, survtrack_home, "ingest", str(corpus), "--workers", "1")
    second = cli(two, survtrack_home, "ingest", str(corpus), "--workers", "2")
    assert first.stdout == second.stdout and "1 error(s)" in first.stdout, (first, second)
    ingested = export(one)
    assert ingested.count(b"\n") >= 95
    assert export(two) == ingested

    forget_enrichment(one)
    forget_enrichment(two)
    sharded = new_database(template=psycopg.conninfo.conninfo_to_dict(one)["dbname"])
    assert export(one) != ingested
    cli(one, survtrack_home, "reprocess", "--workers", "1")
    cli(two, survtrack_home, "reprocess", "--workers", "2")
    reprocessed = export(one)
    assert export(two) == reprocessed
    restored = [json.loads(line) for line in reprocessed.splitlines()]
    assert [r["surveillance"] for r in restored] == [json.loads(line)["surveillance"]
                                                    for line in ingested.splitlines()]
    assert all(r["technologies"] for r in restored if r["surveillance"])

    env = dict(os.environ, DATABASE_URL=sharded, SURVTRACK_HOME=str(survtrack_home))
    shards = [subprocess.Popen([sys.executable, "-m", "survtrack.cli", "reprocess", "--shard", f"{i}/3",
                                "--workers", "1"], cwd=REPO, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True) for i in range(3)]
    outputs = [shard.communicate(timeout=240) for shard in shards]
    assert all(shard.returncode == 0 for shard in shards), [err[-2000:] for _, err in outputs]
    last_lines = [out.strip().splitlines()[-1] for out, _ in outputs]
    assert all(line.startswith("reprocessed ") for line in last_lines), last_lines
    with psycopg.connect(sharded) as conn:
        total = conn.execute("SELECT count(*) FROM notices").fetchone()[0]
    assert sum(int(line.split()[1]) for line in last_lines) == total  # disjoint and covering
    assert cli(sharded, survtrack_home, "reprocess", "--finalize").stdout.startswith("finalized:")
    assert export(sharded) == reprocessed


def _workers_of(process: psutil.Process) -> list[psutil.Process]:
    return [child for child in process.children() if child.cmdline()[-4:] == process.cmdline()[-4:]]


def test_a_killed_worker_fails_the_run_and_the_rerun_completes(new_database, survtrack_home, tmp_path):
    corpus = write_corpus(tmp_path / "corpus", 1200, formats=False)
    url = new_database()
    cli(url, survtrack_home, "db", "init")
    env = dict(os.environ, DATABASE_URL=url, SURVTRACK_HOME=str(survtrack_home))
    run = subprocess.Popen([sys.executable, "-m", "survtrack.cli", "ingest", str(corpus), "--workers", "2"],
                           cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    parent = psutil.Process(run.pid)
    deadline = time.monotonic() + 120
    with psycopg.connect(url, autocommit=True) as conn:
        while conn.execute("SELECT count(*) FROM notices").fetchone()[0] < 100:
            assert run.poll() is None and time.monotonic() < deadline, run.communicate()
            time.sleep(0.1)
    workers = _workers_of(parent)
    assert len(workers) == 2, workers
    workers[0].send_signal(signal.SIGKILL)
    out, err = run.communicate(timeout=120)
    assert run.returncode == 1
    assert "worker process ended unexpectedly" in err and "rerun the same command" in err, err[-2000:]
    with psycopg.connect(url) as conn:
        stored = conn.execute("SELECT count(*) FROM notices").fetchone()[0]
        status = conn.execute("SELECT status FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert 100 <= stored < 1200 and status == "failed"

    again = cli(url, survtrack_home, "ingest", str(corpus), "--workers", "2")
    assert again.returncode == 0 and f"{stored} unchanged" in again.stdout, again.stdout
    with psycopg.connect(url) as conn:
        notices, urls, versions = conn.execute(
            "SELECT count(*), count(DISTINCT url), (SELECT count(*) FROM notice_versions) FROM notices").fetchone()
    assert notices == urls == versions == 1200, (notices, urls, versions)


def test_batched_writes_equal_notice_by_notice_writes(new_database, survtrack_home, tmp_path, monkeypatch):
    """db/batch.py (one COPY per table for new notices) stores exactly what db.store.upsert_notice stores one by
    one: the same corpus through both (the batch path disabled, so every notice takes the one-by-one path)."""
    from db import batch
    from survtrack.ingest import ingest_paths

    corpus = write_corpus(tmp_path / "corpus", 60)
    batched, one_by_one = new_database(), new_database()
    with psycopg.connect(batched) as conn:
        ingest_paths(conn, [corpus])

    def refuse(*args, **kwargs):
        raise RuntimeError("batch path disabled")

    monkeypatch.setattr(batch, "insert_new", refuse)
    with psycopg.connect(one_by_one) as conn:
        ingest_paths(conn, [corpus])
    assert export(one_by_one) == export(batched)


def test_a_wait_on_a_pool_with_a_dead_worker_ends_even_when_the_executor_never_says_so():
    """CPython 3.11's executor can stay silent about a worker killed while its call queue is full (a `make test` run
    under load hung 120 s in the test above): a wait given its pool checks the workers itself, ends with WorkerDied
    and kills the other workers, so the run ends and the process can exit."""
    from concurrent.futures import Future

    from survtrack.parallel import EnrichPool, WorkerDied, result_of

    with EnrichPool(2) as pool:
        processes = list(pool._executor._processes.values())  # type: ignore[union-attr]
        processes[0].kill()
        processes[0].join(10)
        silent: Future[int] = Future()  # a future the executor never completes, as in the hang
        started = time.monotonic()
        with pytest.raises(WorkerDied, match="ended unexpectedly"):
            result_of(silent, pool)
        assert time.monotonic() - started < 10
        processes[1].join(10)
        assert processes[1].exitcode is not None  # the other worker was ended too
