"""Every core: `survtrack ingest` and `reprocess` with one worker and with all, in the same run; a large ingest.

    python -m bench.throughput --scale                          # 1 vs all workers on 3,000 notices
    python -m bench.throughput --scale --compare 5000 --ingest 76000
    python -m bench.workers --compare 0 --ingest 76000 --json   # only the large ingest, JSON

Notices are the labelled evaluation set's texts (varied: 9 languages, short calls to long awards) repeated with
fresh URLs as contract JSON lines. Every run is the real command in a child process (`survtrack ingest FILE
--workers N`, `survtrack reprocess --workers N`), into one throwaway SURVTRACK_HOME (or DATABASE_URL), timed
from start to exit (start-up and forking included), with its process tree's memory sampled every second
(bench/proctree.py: parent RSS, and PSS summed over parent and workers, the honest total for forked workers;
the PostgreSQL server is not counted). Before each reprocess every enrichment snapshot is deleted, so every
notice is enriched *and rewritten* (the worst case, a taxonomy change that touches everything).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.proctree import run_sampled

REPO = Path(__file__).resolve().parent.parent


def generate(path: Path, notices: int, prefix: str) -> Path:
    """`notices` contract JSON lines of the labelled set's texts, URLs https://bench.invalid/PREFIX/N."""
    samples = [json.loads(line) for line in (REPO / "tests" / "eval" / "labelled.jsonl").read_text("utf-8")
               .splitlines() if line.strip()]
    with path.open("w", encoding="utf-8") as out:
        for n in range(notices):
            sample = samples[n % len(samples)]
            out.write(json.dumps({"url": f"https://bench.invalid/{prefix}/{n}", "title": sample["title"],
                                  "body": sample["body"]}, ensure_ascii=False) + "\n")
    return path


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "survtrack.cli", *args]


def timed(label: str, command: list[str], notices: int) -> dict:
    done, seconds, sampler = run_sampled(command, cwd=str(REPO))
    if done.returncode != 0:
        raise SystemExit(f"{label}: exit {done.returncode}: {done.stderr[-1500:]}")
    cpu_ms = 1000 * sampler.cpu_seconds / notices
    pg_ms = 1000 * sampler.postgres_cpu_seconds / notices if sampler.postgres_cpu_seconds is not None else None
    return {"run": label, "notices": notices, "seconds": round(seconds, 1),
            "notices_per_s": round(notices / seconds, 1), "cpu_ms_per_notice": round(cpu_ms, 2),
            "parent_cpu_ms_per_notice": round(1000 * sampler.parent_cpu_seconds / notices, 2),
            "postgres_cpu_ms_per_notice": round(pg_ms, 2) if pg_ms is not None else None,
            **sampler.summary(), "curve": sampler.curve(),
            "last_line": done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""}


def forget_snapshots() -> None:
    from db.connection import connect

    with connect() as conn:
        conn.execute("DELETE FROM enrichment_snapshots")
        conn.commit()


def compare(notices: int, work: Path, cores: int) -> list[dict]:
    """Ingest `notices` with 1 and with `cores` workers (fresh URLs each), then reprocess everything with each."""
    results = []
    for workers in (1, cores):
        path = generate(work / f"compare-{workers}.jsonl", notices, f"compare-{workers}")
        results.append({"verb": "ingest", "workers": workers, **timed(
            f"ingest --workers {workers}", _cli("ingest", str(path), "--workers", str(workers)), notices)})
    for workers in (1, cores):
        forget_snapshots()
        results.append({"verb": "reprocess", "workers": workers, **timed(
            f"reprocess --workers {workers}", _cli("reprocess", "--workers", str(workers)), notices * 2)})
    return results


def large_ingest(notices: int, work: Path) -> dict:
    path = generate(work / "large.jsonl", notices, "large")
    result = timed(f"ingest {notices:,} notices, every core", _cli("ingest", str(path)), notices)
    result["file_mb"] = round(path.stat().st_size / 1e6, 1)
    return result


def report(results: list[dict]) -> None:
    print(f"{'run':<34} {'notices':>8} {'seconds':>8} {'notices/s':>10} {'CPU ms/notice':>24} "
          f"{'parent RSS':>11} {'tree PSS':>9}")
    for r in results:
        pg = r["postgres_cpu_ms_per_notice"]
        cpu = f"{r['parent_cpu_ms_per_notice']}/{r['cpu_ms_per_notice']}" + (f" + {pg}" if pg is not None else "")
        print(f"{r['run']:<34} {r['notices']:>8,} {r['seconds']:>8} {r['notices_per_s']:>10} {cpu:>24} "
              f"{r['peak_parent_rss_mb']:>8} MB {r['peak_tree_pss_mb']:>6} MB")
    print("(CPU ms/notice: parent / parent + workers, + the PostgreSQL server; what the machine's other load "
          "does not change)")
    for verb in ("ingest", "reprocess"):
        runs = sorted((r for r in results if r.get("verb") == verb), key=lambda r: r["workers"])
        if len(runs) == 2:
            print(f"speed-up, {verb}: {runs[1]['notices_per_s'] / runs[0]['notices_per_s']:.2f}x "
                  f"with {runs[1]['workers']} workers")
    for r in results:
        if "verb" not in r:
            print(f"memory during '{r['run']}' (second: tree PSS / parent RSS, MB): "
                  + ", ".join(f"{t}s: {pss}/{parent}" for t, pss, parent in r["curve"]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.workers", description=__doc__.splitlines()[0])
    parser.add_argument("--compare", type=int, default=3000, help="notices per run of the 1-vs-all comparison")
    parser.add_argument("--ingest", type=int, default=0, help="also time one ingest of this many notices")
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="survtrack-bench-workers-", dir="/tmp"))
    if not os.environ.get("DATABASE_URL"):
        os.environ["SURVTRACK_HOME"] = str(work / "home")
    subprocess.run(_cli("db", "init"), check=True, capture_output=True, cwd=str(REPO))  # not timed
    from db import server

    server.database_url()  # join the embedded server: it keeps running between runs (and its CPU is counted)
    from survtrack.parallel import worker_count

    cores = worker_count(None)
    results = compare(options.compare, work, cores) if options.compare else []
    if options.ingest:
        results.append(large_ingest(options.ingest, work))
    if options.json:
        print(json.dumps({"cores": cores, "results": results}, indent=1))
    else:
        print(f"cores: {cores}; database: {os.environ.get('DATABASE_URL') and 'DATABASE_URL' or 'embedded'}")
        report(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
