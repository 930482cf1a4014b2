"""Crawl throughput from the local snapshot server: pages/s, notices/s, requests per new notice, peak memory —
with enrichment in the reactor thread (`--workers 1`) and in a pool of every core, in the same run.

Why: politeness delays make real crawls slow on purpose; this measures our own overhead (parsing, archiving,
enrichment, storage) with delays off, and what moving enrichment off the reactor buys. Each crawl is the real
runner in a child process (`python -m scrapers.runner plan …`: every demo spider at once, one reactor) into its
own throwaway SURVTRACK_HOME (the database is created first, outside the timing), its process tree's memory
sampled every second (bench/proctree.py). With DATABASE_URL set, the runs share that database, so the second
run finds the notices stored and reports them unchanged (time it on its own with --workers).
Run: python -m bench.crawl [--workers N …] [--json]
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
from scrapers.localserver import SnapshotServer
from scrapers.runner import DEMO_ROOT, DEMO_SETTINGS, demo_plan

REPO = Path(__file__).resolve().parent.parent


def crawl(plan: list, workers: int) -> dict:
    env = {}
    if not os.environ.get("DATABASE_URL"):
        env["SURVTRACK_HOME"] = tempfile.mkdtemp(prefix=f"survtrack-bench-crawl-{workers}-", dir="/tmp")
    subprocess.run([sys.executable, "-m", "survtrack.cli", "db", "init"], env={**os.environ, **env}, check=True,
                   capture_output=True, cwd=str(REPO))
    command = [sys.executable, "-m", "scrapers.runner", "plan", json.dumps(plan)]
    for key, value in {**DEMO_SETTINGS, "SURVTRACK_WORKERS": workers}.items():
        command += ["-s", f"{key}={json.dumps(value)}"]
    done, elapsed, sampler = run_sampled(command, env=env, cwd=str(REPO))
    if done.returncode != 0:
        raise SystemExit(f"crawl with {workers} worker(s) failed: {done.stderr[-2000:]}")
    results = json.loads(done.stdout.strip().splitlines()[-1])
    runs = [r for value in results.values() for r in (value if isinstance(value, list) else [value])]
    pages = sum(r.get("downloader/response_count", 0) for r in runs)
    new = sum(r.get("survtrack/notices/inserted", 0) for r in runs)
    stored = sum(r.get("item_scraped_count", 0) for r in runs)
    requests = sum(r.get("downloader/request_count", 0) for r in runs)
    return {"workers": workers, "seconds": round(elapsed, 2), "pages": pages,
            "pages_per_s": round(pages / elapsed, 1), "notices": stored, "notices_per_s": round(stored / elapsed, 1),
            "new_notices": new, "requests_per_new_notice": round(requests / new, 2) if new else None,
            **sampler.summary(),
            "per_spider": {name: {"pages": sum(r.get("downloader/response_count", 0) for r in
                                               (value if isinstance(value, list) else [value])),
                                  "notices": sum(r.get("item_scraped_count", 0) for r in
                                                 (value if isinstance(value, list) else [value]))}
                           for name, value in results.items()}}


def main(argv: list[str] | None = None) -> None:
    from survtrack.parallel import worker_count

    parser = argparse.ArgumentParser(prog="python -m bench.crawl", description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, action="append",
                        help="worker counts to run (default: 1 and every core)")
    parser.add_argument("--ocds", type=int, default=3000,
                        help="also crawl a generated OCDS JSON-lines file of this many releases (`ocds -a url=file://…`,"
                             " bench/memory.py's releases; 0: the demo corpus only)")
    parser.add_argument("--json", action="store_true", help="the full JSON report only")
    options = parser.parse_args(argv)
    counts = options.workers or sorted({1, worker_count(None)})
    report: dict = {}
    server = SnapshotServer(DEMO_ROOT).start()
    try:
        report["demo corpus, every spider"] = {"runs": [crawl(demo_plan(server.url), n) for n in counts]}
    finally:
        server.stop()
    if options.ocds:
        from bench.memory import MB, generate

        path = Path(tempfile.mkdtemp(prefix="survtrack-bench-crawl-ocds-", dir="/tmp")) / "releases.jsonl"
        size = 12_000 * options.ocds  # bench.memory writes about 12 KB per release
        generate(path, size)
        plan = [["ocds", {"url": path.as_uri()}]]
        report[f"ocds, {size / MB:.0f} MB of releases"] = {"runs": [crawl(plan, n) for n in counts]}
        path.unlink()
    for part in report.values():
        runs = part["runs"]
        if len(runs) > 1 and runs[0]["notices_per_s"]:
            part["speed_up"] = round(runs[-1]["notices_per_s"] / runs[0]["notices_per_s"], 2)
    if options.json:
        print(json.dumps(report, indent=1))
        return
    for name, part in report.items():
        print(name)
        for run in part["runs"]:
            print(f"  workers {run['workers']}: {run['seconds']} s, {run['pages']} pages ({run['pages_per_s']}/s), "
                  f"{run['notices']} notices ({run['notices_per_s']}/s), {run['requests_per_new_notice']} requests"
                  f" per new notice, peak parent RSS {run['peak_parent_rss_mb']} MB, tree PSS "
                  f"{run['peak_tree_pss_mb']} MB")
        if "speed_up" in part:
            print(f"  speed-up: {part['speed_up']}x")


if __name__ == "__main__":
    main()
