"""Bounded resources: peak memory, time and log size of `survtrack crawl ocds` over a large generated file.

Why: the `ocds` spider used to read a bulk file whole (200 MB of JSON lines → 1.72 GB peak RSS, 142 MB of log).
It now streams (line by line, package element by element; scrapers/filehandler.py keeps file:// bodies on
disk). This generates an OCDS JSON-lines file of fictional releases of realistic size (about 12 KB each, like
the file of the report), crawls it through the real CLI in a child process into a throwaway SURVTRACK_HOME (or
DATABASE_URL when set; the database is created first, outside the measurement), samples the crawl process's
resident memory twice a second (not the PostgreSQL server's), and reports per file:
notices stored, seconds, notices/s, peak RSS, RSS once the first tenth was read and at the end (flat memory:
they stay close, and the same for the 200 MB and the 1 GB file), and bytes written to stderr.

    python -m bench.memory                 # 200 MB
    python -m bench.memory --gb            # 200 MB and 1 GB (about 12 minutes more: enrichment is the cost)
    python -m bench.memory --mb 50 --json  # another size; JSON on stdout
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

import psutil

MB = 1_000_000
WORDS = ("maintenance of public buildings and grounds including repairs, cleaning, inspections, reporting, spare "
         "parts, labour, travel, insurance, training, documentation and quarterly service reviews for the "
         "council estate under the framework agreement").split()


def release(n: int, rng: random.Random) -> dict:
    """About 12 KB of JSON, like a real publisher's release: most of it documents, milestones and contact
    details that are kept in the archive but not rendered into the notice text (so enrichment, not the parser,
    sets the pace, as on real data)."""
    def prose(count: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(count))

    ocid = f"ocds-bench-{n:08d}"
    buyer = {"id": f"GB-BENCH-{n % 97}", "name": f"Example Borough Council {n % 97}", "roles": ["buyer"],
             "address": {"streetAddress": f"{n % 300} High Street", "locality": "Eastbrook",
                         "postalCode": "EB1 2CD", "countryName": "United Kingdom"},
             "contactPoint": {"name": "Procurement team", "email": "procurement@example.invalid",
                              "telephone": "+44 1632 960000", "url": "https://example.invalid/procurement"}}
    documents = [{"id": f"D{i}", "documentType": "tenderNotice", "title": f"Document {i} {prose(4)}",
                  "description": prose(30), "url": f"https://example.invalid/docs/{ocid}/{i}.pdf",
                  "datePublished": "2024-03-01T09:00:00Z", "format": "application/pdf", "language": "en"}
                 for i in range(1, 19)]
    milestones = [{"id": f"M{i}", "title": prose(5), "type": "delivery", "dueDate": "2025-01-01T00:00:00Z",
                   "status": "scheduled"} for i in range(1, 11)]
    cue = ("CCTV cameras", "ANPR units", "video management software", "grounds maintenance")[n % 4]
    return {"ocid": ocid, "id": f"{ocid}-tender-{n % 3}", "date": f"2024-{1 + n % 12:02d}-{1 + n % 28:02d}T09:00:00Z",
            "tag": ["tender"], "initiationType": "tender", "language": "en",
            "parties": [buyer], "buyer": {"id": buyer["id"], "name": buyer["name"]},
            "tender": {"id": f"T-{n}", "title": f"Bench lot {n}: {cue}", "description": f"{prose(60)} {cue}.",
                       "value": {"amount": rng.randint(10_000, 5_000_000), "currency": "GBP"},
                       "procurementMethod": "open", "documents": documents, "milestones": milestones,
                       "items": [{"id": "1", "description": cue, "quantity": rng.randint(1, 50),
                                  "classification": {"scheme": "CPV", "id": "35125300"}}],
                       "tenderPeriod": {"endDate": "2024-12-31T12:00:00Z"}}}


def generate(path: Path, size: int, seed: int = 12) -> int:
    """Write JSON lines of fictional releases until the file reaches `size` bytes; returns the release count."""
    rng, count, written = random.Random(seed), 0, 0
    with path.open("w", encoding="utf-8") as out:
        while written < size:
            line = json.dumps(release(count, rng)) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            count += 1
    return count


def crawl(path: Path, home: Path) -> dict:
    """Run `survtrack crawl ocds -a url=file://…` in a child process, sampling its RSS (and its children's)."""
    env = dict(os.environ, SURVTRACK_HOME=str(home))
    log = home / f"{path.stem}.stderr"
    subprocess.run([sys.executable, "-m", "survtrack.cli", "db", "init"], env=env, check=True,
                   capture_output=True)  # a database ready beforehand: initdb is not what is measured
    started = time.perf_counter()
    with log.open("wb") as stderr:
        child = subprocess.Popen([sys.executable, "-m", "survtrack.cli", "crawl", "ocds", "-a",
                                  f"url={path.as_uri()}"], env=env, stdout=subprocess.PIPE, stderr=stderr)
        samples: list[tuple[float, int]] = []
        process = psutil.Process(child.pid)
        while child.poll() is None:
            try:  # the crawl's own process (the embedded PostgreSQL is a separate server process)
                samples.append((time.perf_counter() - started, process.memory_info().rss))
            except psutil.Error:
                pass
            time.sleep(0.5)
        out = child.stdout.read().decode("utf-8", "replace")
    seconds = time.perf_counter() - started
    summary = next((line for line in out.splitlines() if line.startswith("ocds:")), out.strip()[-300:])
    stored = sum(int(word) for word, kind in pairwise(summary.split())
                 if kind.rstrip(",") in ("inserted", "updated", "unchanged") and word.isdigit())
    rss = [value for _, value in samples] or [0]
    tenth = next((value for moment, value in samples if moment >= seconds / 10), rss[0])
    return {"file_mb": round(path.stat().st_size / MB, 1), "exit_code": child.returncode, "notices": stored,
            "seconds": round(seconds, 1), "notices_per_s": round(stored / seconds, 1) if seconds else None,
            "peak_rss_mb": round(max(rss) / MB, 1), "rss_at_10pct_mb": round(tenth / MB, 1),
            "rss_at_end_mb": round(rss[-1] / MB, 1), "stderr_bytes": log.stat().st_size, "summary": summary}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.memory", description=__doc__.splitlines()[0])
    parser.add_argument("--gb", action="store_true", help="also a 1 GB file")
    parser.add_argument("--mb", type=int, action="append", help="file size(s) in MB instead of 200")
    parser.add_argument("--json", action="store_true", help="JSON on stdout")
    parser.add_argument("--keep", action="store_true", help="keep the generated files and database")
    options = parser.parse_args(argv)
    sizes = options.mb or [200]
    if options.gb:
        sizes.append(1000)
    work = Path(tempfile.mkdtemp(prefix="survtrack-bench-memory-", dir="/tmp"))
    results = []
    try:
        for size in sizes:
            path = work / f"releases-{size}mb.jsonl"
            count = generate(path, size * MB)
            home = work / f"home-{size}"
            home.mkdir()
            result = crawl(path, home)
            result["releases_in_file"] = count
            results.append(result)
            if not options.json:
                print(f"{result['file_mb']:>7} MB  {count:>7} releases  {result['notices']:>7} stored  "
                      f"{result['seconds']:>7} s  {result['notices_per_s']:>6}/s  peak RSS "
                      f"{result['peak_rss_mb']:>6} MB (at 10 %: {result['rss_at_10pct_mb']} MB, end: "
                      f"{result['rss_at_end_mb']} MB)  stderr {result['stderr_bytes']:,} bytes  "
                      f"exit {result['exit_code']}", flush=True)
            path.unlink()
    finally:
        if not options.keep:
            import shutil

            shutil.rmtree(work, ignore_errors=True)
    if options.json:
        print(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
