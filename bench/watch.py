"""`survtrack watch run` over 50 watches on a big database, next to one export of the same rows.

    python -m bench.watch [--notices 100000] [--watches 50] [--home DIR]     (--notices 1000000 for the issue's size)

Synthetic notices (bench/dashboard.py's generator, fictional, flagged demo) go into a throwaway SURVTRACK_HOME
(or DATABASE_URL: use an empty database). Timed, in-process, as `survtrack watch run` does it (feed channel):
1. backfill — 50 watches added with --backfill, first run: every matching notice is a `new` event, every award to
   a listed supplier a `designated_supplier` event (the worst case: a run that reports the whole database);
2. a day — 0.1 % new notices, 0.05 % amended, 0.02 % taken down, one supplier newly listed, and one list entry
   read long ago linked to a supplier by a re-match (designations.matched_at); the next run;
3. quiet — a rerun with nothing new, right after the day (it re-reads the last 10 minutes) and a day later;
and one JSON-lines export of all notices (db/export.py + survtrack/export, to /dev/null) for comparison.
"""
from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from datetime import UTC, datetime, timedelta

from bench.dashboard import SOURCES, TECHNOLOGIES, generate


def watch_filters(count: int) -> list[list[str]]:
    """`count` typical saved searches: technologies, technology + country, vendors, sources, kinds, designated."""
    techs = sorted(TECHNOLOGIES)
    shapes = [[f"technology={t}"] for t in techs]
    shapes += [[f"technology={t}", "country=CN", "since=2019-01-01"] for t in techs]
    shapes += [[f"org={org}"] for org in (1, 7, 17, 40, 99, 150, 200, 321, 777, 1500)]
    shapes += [[f"source={s}", "kind=award"] for s in SOURCES]
    shapes += [["designated=true"], ["designated=true", "kind=award"], ["country=GB"], ["country=US", "kind=award"],
               ["surveillance=true", "until=2016-12-31"], ["buyer=示例42县"], ["text=车辆卡口"], ["kind=plan"],
               ["technology=facial_recognition,gait_recognition", "kind=award"], ["status=removed"],
               ["technology=phone_tracking", "designated=true"], ["adcode=110000"]]
    return [shapes[i % len(shapes)] for i in range(count)]


def simulate_a_day(conn, notices: int, seed: int = 11) -> dict[str, int]:
    """What a daily crawl records: new notices, new versions, takedowns, one supplier put on a list, and one entry
    read 500 days ago that the day's re-match links to a supplier (as `rematch_all` records it: matched_at)."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    new = max(1, notices // 1000)
    ids = list(range(notices + 1, notices + new + 1))
    conn.execute(
        """INSERT INTO notices (id, source_id, source_notice_id, url, kind, title, text, published_on, language,
                                country, content_sha256, demo, surveillance, classifier_version, first_seen)
           SELECT g, 'bench_ccgp', 'bench-' || g, 'https://bench.invalid/' || g, 'award',
                  '示例县公安局动态人脸识别系统中标公告',
                  '示例县公安局动态人脸识别系统中标公告' || chr(10) || '中标供应商：示例供应商17有限公司',
                  DATE '2026-11-30', 'zh', 'CN', repeat('0', 64), true, true, 'bench-1', %s
           FROM unnest(%s::bigint[]) g""", (now, ids))
    conn.execute("""INSERT INTO technology_tags (notice_id, taxonomy_id, evidence, start_offset, end_offset, rule_id,
                                                 classifier_version)
                    SELECT g, 'facial_recognition', '动态人脸识别系统', 5, 13, 'bench', 'bench-1'
                    FROM unnest(%s::bigint[]) g""", (ids,))
    conn.execute("""INSERT INTO notice_parties (notice_id, role, raw_name, org_id, start_offset, end_offset,
                                                classifier_version)
                    SELECT g, 'supplier', '示例供应商17有限公司', 17, 26, 37, 'bench-1' FROM unnest(%s::bigint[]) g""",
                 (ids,))
    amended = rng.sample(range(1, notices + 1), max(1, notices // 2000))
    for notice_id in amended:
        row = conn.execute("SELECT title, text, url, kind, published_on FROM notices WHERE id = %s",
                           (notice_id,)).fetchone()
        for version, text in ((1, row[1]), (2, row[1] + "\n变更：预算调整")):
            conn.execute("""INSERT INTO notice_versions (notice_id, version, title, text, url, kind, published_on,
                                                         content_sha256, seen_at)
                            VALUES (%s, %s, %s, %s, %s, %s, %s, repeat('1', 64), %s)""",
                         (notice_id, version, row[0], text, row[2], row[3], row[4],
                          now - timedelta(days=400) if version == 1 else now))
        conn.execute("UPDATE notices SET version = 2, status = 'amended', text = text || %s WHERE id = %s",
                     ("\n变更：预算调整", notice_id))
        conn.execute("INSERT INTO notice_events (notice_id, event, occurred_on, version) VALUES (%s, 'amended', %s, 2)",
                     (notice_id, now.date()))
    removed = rng.sample(range(1, notices + 1), max(1, notices // 5000))
    for notice_id in removed:
        conn.execute("UPDATE notices SET status = 'removed', removed_on = %s, removed_reason = 'http_404' "
                     "WHERE id = %s", (now.date(), notice_id))
        conn.execute("""INSERT INTO notice_events (notice_id, event, occurred_on, reason, version)
                        VALUES (%s, 'removed', %s, 'http_404', 1)""", (notice_id, now.date()))
    conn.execute("""INSERT INTO designations (list_id, source_entry_id, entity_name, org_id, listed_on, first_seen)
                    VALUES ('bench_list', 'B-DAY', '示例供应商321有限公司', 321, DATE '2026-11-01', %s)""", (now,))
    conn.execute("""INSERT INTO designations (list_id, source_entry_id, entity_name, org_id, listed_on, first_seen,
                                             matched_at)
                    VALUES ('bench_list', 'B-REMATCH', '示例供应商777有限公司', 777, DATE '2015-01-01', %s, %s)""",
                 (now - timedelta(days=500), now))
    conn.execute("SELECT setval(pg_get_serial_sequence('notices', 'id'), %s)", (notices + new,))
    return {"new": new, "amended": len(amended), "removed": len(removed), "listed": 1, "rematched": 1}


def let_a_day_pass(conn) -> None:
    """Move every recorded fact one day back, but not the watermarks of the last run: the next run as it happens
    a day later, when the last run's 10-minute re-read margin no longer reaches the day's facts."""
    for table, column in (("notices", "first_seen"), ("notice_versions", "seen_at"), ("notice_events", "recorded_at"),
                          ("designations", "first_seen"), ("designations", "matched_at"),
                          ("designation_coverage", "created_at"), ("watches", "created_at"),
                          ("watch_events", "detected_at")):
        conn.execute(f"UPDATE {table} SET {column} = {column} - interval '1 day'")  # noqa: S608 - fixed names


def timed_run() -> tuple[float, int, int]:
    """(seconds, events found, events delivered) of one `survtrack watch run`."""
    from survtrack.watch.run import run_watches

    started = time.perf_counter()
    evaluations, report = run_watches()
    seconds = time.perf_counter() - started
    failed = [e.error for e in evaluations if e.error] + report.failures
    if failed:
        raise SystemExit(f"watch run failed: {failed[0]}")
    return seconds, sum(e.total for e in evaluations), report.completed


def timed_export() -> tuple[float, int]:
    from db.connection import connect
    from db.export import iter_records
    from db.queries.filters import NoticeFilters
    from survtrack import export

    started = time.perf_counter()
    with connect() as conn, open(os.devnull, "wb") as out:
        count = export.write("jsonl", iter_records(conn, NoticeFilters()), out)
    return time.perf_counter() - started, count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notices", type=int, default=100_000)
    parser.add_argument("--watches", type=int, default=50)
    parser.add_argument("--home", help="SURVTRACK_HOME to use (default: a new folder under /tmp)")
    args = parser.parse_args(argv)
    if args.home:
        os.environ["SURVTRACK_HOME"] = args.home
    elif not os.environ.get("DATABASE_URL"):
        os.environ["SURVTRACK_HOME"] = tempfile.mkdtemp(prefix="survtrack-bench-watch-", dir="/tmp")
    print(f"SURVTRACK_HOME={os.environ.get('SURVTRACK_HOME')}")

    from db import watches
    from db.connection import connect
    from survtrack.schema import ensure_schema

    ensure_schema()
    started = time.perf_counter()
    with connect() as conn:
        if conn.execute("SELECT count(*) FROM notices").fetchone()[0]:
            raise SystemExit("the database already holds notices: give an empty --home or DATABASE_URL")
        generate(conn, args.notices)
        conn.execute("UPDATE notices SET first_seen = now() - interval '400 days'")
        conn.execute("UPDATE designations SET first_seen = now() - interval '500 days'")
        conn.commit()
    with connect(autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    print(f"generated {args.notices:,} notices in {time.perf_counter() - started:.1f} s")
    with connect() as conn:
        for index, items in enumerate(watch_filters(args.watches)):
            watches.add_watch(conn, f"bench-{index:02d}", items, backfill=True)
        conn.commit()

    print(f"{'step':<44} {'seconds':>8} {'events':>9}")
    seconds, found, delivered = timed_run()
    print(f"{'watch run, backfill (' + str(args.watches) + ' watches)':<44} {seconds:8.2f} {found:>9,}")
    with connect() as conn:
        day = simulate_a_day(conn, args.notices)
        conn.commit()
    with connect(autocommit=True) as conn:
        conn.execute("ANALYZE")
    seconds, found, _ = timed_run()
    label = (f"watch run, a day ({day['new']} new, {day['amended']} amended, {day['removed']} removed, 1 listed, "
             "1 re-matched)")
    print(f"{label:<44} {seconds:8.2f} {found:>9,}")
    seconds, found, _ = timed_run()
    print(f"{'watch run, nothing new (right after the day)':<44} {seconds:8.2f} {found:>9,}")
    with connect() as conn:
        let_a_day_pass(conn)
        conn.commit()
    seconds, found, _ = timed_run()
    print(f"{'watch run, nothing new (a day later)':<44} {seconds:8.2f} {found:>9,}")
    seconds, count = timed_export()
    print(f"{'export jsonl of all ' + format(count, ',') + ' notices':<44} {seconds:8.2f}")
    if not os.environ.get("DATABASE_URL") and not args.home:
        print(f"(benchmark database left in {os.environ['SURVTRACK_HOME']}; delete it when done)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
