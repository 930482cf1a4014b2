"""Throughput: enrichment speed per core on varied text, start-up, and enrich + store against a COPY of its rows.

    python -m bench.throughput [--notices 2000] [--batch 200]      # enrichment speed, then enrich + store
    python -m bench.throughput --enrich-only [--repeat 3]          # enrichment speed only (no database)
    python -m bench.throughput --enrich-only --baseline /tmp/old   # the same, A/B against another enrich/ tree
    python -m bench.throughput --scale [--compare 3000] [--ingest 76000]   # 1 vs all workers (bench/workers.py)

Enrichment speed (issue 15: >= 2 M characters/s per core, start-up <= 0.5 s): varied notice text is the labelled
set's bodies of one language run together to 2 KB, 16 KB and 64 KB; each size is timed after warming
(`enrich.warm()` when it exists, then every labelled text once) in a fresh child process, `--repeat` times,
medians printed. Per core is the child's CPU time (this machine is shared: wall time, printed in brackets,
includes waiting for a core). Start-up is a fresh process's import of `enrich` plus its first Chinese and first
English notice, with the reference tables in enrich's cache folder (enrich/cache.py) as in every process after
the first one since an install or a change to enrich/. `--baseline DIR` runs the same children with DIR first on
PYTHONPATH (a copy of an older `enrich/`), interleaved with the current tree's, so both see the same machine load.

Enrich + store: the labelled set's texts (repeated with fresh ids) go through survtrack/pipeline.process_notice
(the path spiders and ingest use) into a throwaway SURVTRACK_HOME (or DATABASE_URL); then every row that path
wrote (notices, versions, events, tags, parties, amounts, places, snapshots) is copied with COPY into empty twin
tables; the ratio compares notices/s of the two.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (2048, 16384, 65536)
COUNTS = {2048: 60, 16384: 12, 65536: 4}  # notices timed per size and run
STARTUP_TEXTS = (("视频监控系统采购项目中标公告", "采购单位：某某县公安局\n中标金额：386.5万元\n人脸识别摄像机 46台"),
                 ("CCTV cameras for the Lakeview Police Department",
                  "The City of Lakeview awarded a contract for CCTV cameras to Acme Security Inc. for $100,000."))
TABLES = ["notices", "notice_versions", "notice_events", "technology_tags", "notice_parties", "amounts", "places",
          "enrichment_snapshots"]


def load_samples() -> list[dict]:
    path = ROOT / "tests" / "eval" / "labelled.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def varied_texts(size: int, count: int) -> list[tuple[str, str]]:
    """`count` (title, body) pairs with bodies of exactly `size` characters: labelled bodies of one language run
    together, each pair starting from a different notice so languages and source styles vary."""
    samples = load_samples()
    by_language: dict[str, list[dict]] = {}
    for sample in samples:
        by_language.setdefault(sample["language"], []).append(sample)
    texts = []
    for k in range(count):
        seed = samples[(k * 37) % len(samples)]
        pool = by_language[seed["language"]]
        i, parts, total = pool.index(seed), [], 0
        while total < size:
            parts.append(pool[i % len(pool)]["body"])
            total += len(parts[-1]) + 2
            i += 1
        texts.append((seed["title"], "\n\n".join(parts)[:size]))
    return texts


def speed_child() -> dict:
    """In a fresh process: start-up (import + first zh + first en notice), then seconds per size after warming."""
    started, cpu_started = time.perf_counter(), time.process_time()
    import enrich

    imported = time.perf_counter()
    enrich.enrich(*STARTUP_TEXTS[0])
    first_zh = time.perf_counter()
    enrich.enrich(*STARTUP_TEXTS[1])
    first_en, startup_cpu = time.perf_counter(), time.process_time() - cpu_started
    if hasattr(enrich, "warm"):
        enrich.warm()
    for sample in load_samples():
        enrich.enrich(sample["title"], sample["body"])
    result = {"import": imported - started, "first_zh": first_zh - imported, "first_en": first_en - first_zh,
              "startup": first_en - started, "startup_cpu": startup_cpu, "sizes": {}}
    for size in SIZES:
        texts = varied_texts(size, COUNTS[size])
        t0, c0 = time.perf_counter(), time.process_time()
        for title, body in texts:
            enrich.enrich(title, body)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        chars = sum(len(title) + 1 + len(body) for title, body in texts)
        result["sizes"][str(size)] = {"notices": len(texts), "chars": chars, "seconds": seconds, "cpu": cpu}
    return result


def _run_child(tree: Path | None) -> dict:
    env = dict(os.environ)
    if tree is not None:  # `-m` puts the working folder first on sys.path: the tree's enrich/ wins
        env["PYTHONPATH"] = os.pathsep.join([str(tree), str(ROOT)])
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "bench.throughput", "--speed-child"], cwd=tree or ROOT, env=env,
                         check=True, capture_output=True, text=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    result["process"] = time.perf_counter() - t0
    return result


def enrich_speed(repeat: int, baseline: Path | None) -> None:
    """Print medians over `repeat` fresh processes (and the baseline tree's, interleaved)."""
    trees = {"current": None, **({f"baseline {baseline}": baseline} if baseline else {})}
    runs: dict[str, list[dict]] = {name: [] for name in trees}
    for _ in range(repeat):
        for name, tree in trees.items():
            runs[name].append(_run_child(tree))
    print(f"enrichment speed per core, varied text, median of {repeat} fresh process(es) (load average "
          f"{os.getloadavg()[0]:.1f}); per core = CPU time of the process, wall clock in brackets")
    for name, results in runs.items():
        print(f"  {name}")
        for size in SIZES:
            rows = [r["sizes"][str(size)] for r in results]
            chars = statistics.median(r["chars"] / r["cpu"] for r in rows)
            notices = statistics.median(r["notices"] / r["cpu"] for r in rows)
            wall = statistics.median(r["chars"] / r["seconds"] for r in rows)
            print(f"    {size // 1024:>3} KB bodies: {chars / 1e6:6.3f} M chars/s ({wall / 1e6:.3f})  "
                  f"{notices:8.1f} notices/s  {1000 / notices:8.2f} ms/notice")
        med = {key: statistics.median(r[key] for r in results) for key in ("import", "first_zh", "first_en",
                                                                            "startup", "startup_cpu", "process")}
        print(f"    start-up {med['startup_cpu']:.2f} s CPU, {med['startup']:.2f} s wall (import {med['import']:.2f}, "
              f"first zh {med['first_zh']:.2f}, first en {med['first_en']:.2f}); whole child process "
              f"{med['process']:.1f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notices", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--enrich-only", action="store_true", help="only the enrichment speed, no database")
    parser.add_argument("--repeat", type=int, default=3, help="fresh processes per tree for the enrichment speed")
    parser.add_argument("--baseline", type=Path, help="a folder holding an older enrich/ to compare with")
    parser.add_argument("--speed-child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--scale", action="store_true",
                        help="only every core (bench/workers.py): ingest and reprocess with 1 and all workers, "
                             "speed-up, peak memory; --compare N notices per run, --ingest N a large ingest")
    parser.add_argument("--compare", type=int, default=3000, help=argparse.SUPPRESS)
    parser.add_argument("--ingest", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.speed_child:
        print(json.dumps(speed_child()))
        return 0
    if args.scale:
        from bench import workers

        return workers.main(["--compare", str(args.compare), "--ingest", str(args.ingest)])
    enrich_speed(args.repeat, args.baseline)
    if args.enrich_only:
        return 0
    if not os.environ.get("DATABASE_URL"):
        os.environ["SURVTRACK_HOME"] = tempfile.mkdtemp(prefix="survtrack-bench-", dir="/tmp")

    from psycopg import sql

    from db.connection import connect
    from db.migrate import migrate
    from survtrack.pipeline import NoticeRecord, ensure_reference_data, process_notice

    samples = load_samples()
    with connect(autocommit=True) as conn:
        migrate(conn)
    with connect() as conn:
        ensure_reference_data(conn)
        conn.commit()
        # Warm lazy caches (gazetteers, registry automaton, language model) outside the timed part: every
        # distinct text once, so the timing is the steady state of a long crawl.
        from enrich import enrich

        for sample in samples:
            enrich(sample["title"], sample["body"])
        started = time.perf_counter()
        for i in range(args.notices):
            sample = samples[i % len(samples)]
            process_notice(conn, NoticeRecord(
                source_id="bench", source_notice_id=f"bench-{i}", url=f"https://bench.invalid/{i}",
                title=sample["title"], body=sample["body"], language=None, demo=True))
            if (i + 1) % args.batch == 0:
                conn.commit()
        conn.commit()
        pipeline_seconds = time.perf_counter() - started

        rows_total = 0
        copy_seconds = 0.0
        for table in TABLES:
            twin = sql.Identifier(f"bench_copy_{table}")
            conn.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(twin))
            conn.execute(sql.SQL("CREATE UNLOGGED TABLE {} (LIKE {} INCLUDING DEFAULTS)").format(
                twin, sql.Identifier(table)))
            with conn.cursor() as cur, cur.copy(sql.SQL("COPY {} TO STDOUT").format(sql.Identifier(table))) as out:
                blocks = [bytes(block) for block in out]
            rows_total += sum(block.count(b"\n") for block in blocks)
            conn.commit()
            t0 = time.perf_counter()
            with conn.cursor() as cur, cur.copy(sql.SQL("COPY {} FROM STDIN").format(twin)) as copy:
                for block in blocks:
                    copy.write(block)
            conn.commit()
            copy_seconds += time.perf_counter() - t0
        for table in TABLES:
            conn.execute(sql.SQL("DROP TABLE {}").format(sql.Identifier(f"bench_copy_{table}")))
        conn.commit()

    pipeline_rate = args.notices / pipeline_seconds
    copy_rate = args.notices / copy_seconds
    print(f"notices: {args.notices} ({len(samples)} distinct texts), rows written per notice: "
          f"{rows_total / args.notices:.1f}")
    print(f"enrich + store : {pipeline_rate:8.1f} notices/s ({pipeline_seconds:.2f} s)")
    print(f"COPY same rows : {copy_rate:8.1f} notices/s ({copy_seconds:.2f} s, "
          f"{rows_total / copy_seconds:,.0f} rows/s)")
    print(f"ratio          : {pipeline_rate / copy_rate:.3f} (goal >= 0.3)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
