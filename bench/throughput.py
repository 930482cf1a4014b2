"""Throughput of enrich + store against a plain PostgreSQL COPY of the same rows, in the same run.

    python -m bench.throughput [--notices 2000] [--batch 200]

Notices are the labelled evaluation set (tests/eval/labelled.jsonl) repeated with fresh ids, written through
survtrack/pipeline.process_notice (the path spiders and ingest use) into a throwaway SURVTRACK_HOME (or
DATABASE_URL). Then every row that path wrote (notices, versions, events, tags, parties, amounts, places,
snapshots) is copied with COPY into empty twin tables; the ratio compares notices/s of the two.
"""
from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

TABLES = ["notices", "notice_versions", "notice_events", "technology_tags", "notice_parties", "amounts", "places",
          "enrichment_snapshots"]


def load_samples() -> list[dict]:
    path = Path(__file__).resolve().parent.parent / "tests" / "eval" / "labelled.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notices", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=200)
    args = parser.parse_args(argv)
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
    print(f"COPY same rows : {copy_rate:8.1f} notices/s ({copy_seconds:.2f} s, {rows_total / copy_seconds:,.0f} rows/s)")
    print(f"ratio          : {pipeline_rate / copy_rate:.3f} (goal >= 0.3)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
