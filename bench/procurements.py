"""Procurement linking and red flags over many notices, and the dashboard's flags filter latency.

    python -m bench.procurements [--notices 20000] [--repeat 15] [--home DIR]
    python -m bench.procurements --notices 1000000      # the issue's scale

Synthetic notices (bench/dashboard.py's generator: fictional, flagged demo) are COPYed into a throwaway
SURVTRACK_HOME, then given OCDS-shaped facts: three notices per ocid (call, award, contract amendment; one group in
ten has no call), a procurement method (mostly open; some direct or limited), a tender period of 7–45 days, 1–6
tenders, an estimate, an award value and a value after amendment; direct awards name one supplier per buyer
(untimed, so that repeated direct awards occur once each buyer has enough notices). Timed:
  1. linking + each notice's own flags: the pure code (enrich/procurement.py, enrich/integrity.py) per notice,
     links and flags COPYed (db/procurements.write_links_bulk, db/integrity.write_notice_flags_bulk);
  2. the cross-notice flags in SQL over everything (db/procurements.refresh(full=True): summaries, award without a
     call, above the estimate, inflated, repeated direct awards, designated vendors);
  3. the dashboard's queries with the flags filter through the read-only role: count + first table page, and the
     map (country totals + points) counting notices and procurements; p50/p95 over --repeat runs (goal < 1 s).
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from datetime import date, timedelta

from bench.dashboard import generate, measure, measure_map, p

METHODS = ["open"] * 7 + ["selective", "direct", "limited"]
STAGE_TAGS = (["tender"], ["award"], ["contractAmendment"])


def synthetic_facts(notice_id: int, published: date) -> dict:
    """OCDS-shaped facts: notices 3k+1, 3k+2, 3k+3 share ocid k (a call, its award, a contract amendment)."""
    group = (notice_id - 1) // 3
    position = (notice_id - 1) % 3
    rng = random.Random(group)
    method = rng.choice(METHODS)
    estimate = round(rng.lognormvariate(13, 1.2), 2)
    award = round(estimate * rng.uniform(0.8, 1.3), 2)
    if group % 10 == 9 and position == 0:  # one group in ten has no call: its first notice is another award
        position = 1
    facts = {"ocid": f"ocds-bench-{group}", "tags": STAGE_TAGS[position], "procurement_method": method}
    if position == 0:
        facts |= {"tender_period": {"start": published.isoformat(),
                                    "end": (published + timedelta(days=rng.choice([7, 10, 20, 30, 45]))).isoformat()},
                  "estimated_value": {"amount": estimate, "currency": "CNY"}}
    elif position == 1:
        facts |= {"number_of_tenderers": rng.randint(1, 6), "award_values": [{"amount": award, "currency": "CNY"}],
                  "award_dates": [published.isoformat()]}
    else:
        facts |= {"contract_values": [{"amount": round(award * rng.uniform(0.9, 1.5), 2), "currency": "CNY"}]}
    return facts


def give_buyers_organisations(conn) -> None:
    """The generator names buyers without organisations; repeated direct awards need them."""
    conn.execute("SELECT setval(pg_get_serial_sequence('organisations', 'id'), (SELECT max(id) FROM organisations))")
    conn.execute("""INSERT INTO organisations (match_key, canonical_name)
                    SELECT DISTINCT 'bench-buyer:' || raw_name, raw_name FROM notice_parties WHERE role = 'buyer'
                    ON CONFLICT (match_key) DO NOTHING""")
    conn.execute("""UPDATE notice_parties p SET org_id = o.id FROM organisations o
                    WHERE p.role = 'buyer' AND o.match_key = 'bench-buyer:' || p.raw_name""")


def repeat_suppliers(conn) -> int:
    """Direct awards name one supplier per buyer: the generator draws suppliers at random, so without this no
    buyer would directly award one supplier twice and the repeated-direct-awards query would have no run to find.
    Runs appear with scale (each buyer's share of notices grows). Not timed; returns the parties changed."""
    changed: int = conn.execute(
        """UPDATE notice_parties s SET org_id = b.org_id % 2000 + 1,
                                       raw_name = '示例供应商' || (b.org_id % 2000 + 1) || '有限公司'
           FROM notice_parties b, procurement_notices pn, notices n
           WHERE s.role = 'supplier' AND b.notice_id = s.notice_id AND b.role = 'buyer' AND b.org_id IS NOT NULL
             AND pn.notice_id = s.notice_id AND pn.direct AND n.id = s.notice_id AND n.kind = 'award'""").rowcount
    return changed


def link_and_flag(conn, batch: int = 20_000) -> tuple[int, int, float]:
    """(notices linked, own flags raised, seconds): the pure code per notice, then bulk writes."""
    from db.integrity import write_notice_flags_bulk
    from db.procurements import write_links_bulk
    from enrich.integrity import notice_flags
    from enrich.procurement import link

    version = "bench-1"
    started = time.perf_counter()
    done = raised = 0
    last = 0
    while True:
        rows = conn.execute("""SELECT id, kind, published_on, title, text FROM notices WHERE id > %s
                               ORDER BY id LIMIT %s""", (last, batch)).fetchall()
        if not rows:
            break
        links, flags = [], []
        for notice_id, kind, published, title, text in rows:
            facts = synthetic_facts(notice_id, published)
            found = link(facts, text, title=title, kind=kind)
            links.append((notice_id, found))
            flags += [(notice_id, f) for f in notice_flags(facts, text, title=title, link=found, parties=[],
                                                           published=published, country="CN")]
        write_links_bulk(conn, links, version)
        write_notice_flags_bulk(conn, flags, version)
        conn.commit()
        done += len(rows)
        raised += len(flags)
        last = rows[-1][0]
    return done, raised, time.perf_counter() - started


def flag_views():
    from db.queries.filters import NoticeFilters

    return {
        "single bid": NoticeFilters(flags=("single_bid",)),
        "repeat direct awards": NoticeFilters(flags=("repeat_direct_awards",)),
        "designated or inflated": NoticeFilters(flags=("award_to_designated_vendor", "contract_inflated")),
        "flag + CN + 2019-2021": NoticeFilters(flags=("short_tender_period",), countries=("CN",),
                                               date_from=date(2019, 1, 1), date_to=date(2021, 12, 31)),
        "flag + technology": NoticeFilters(flags=("award_above_estimate",), technologies=("facial_recognition",)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notices", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--home", help="SURVTRACK_HOME to use (default: a new folder under /tmp)")
    args = parser.parse_args(argv)
    if args.home:
        os.environ["SURVTRACK_HOME"] = args.home
    elif not os.environ.get("DATABASE_URL"):
        os.environ["SURVTRACK_HOME"] = tempfile.mkdtemp(prefix="survtrack-bench-procurements-", dir="/tmp")
        print(f"SURVTRACK_HOME={os.environ['SURVTRACK_HOME']}")

    from db.connection import connect, reader_pool
    from db.migrate import migrate
    from db.procurements import refresh
    from db.queries import notices as notice_queries

    with connect(autocommit=True) as conn:
        migrate(conn)
        if conn.execute("SELECT count(*) FROM notices").fetchone()[0]:
            raise SystemExit("the database already holds notices: use an empty one (a new --home)")
    started = time.perf_counter()
    with connect() as conn:
        generate(conn, args.notices)
        give_buyers_organisations(conn)
        conn.commit()
    print(f"generated {args.notices:,} notices in {time.perf_counter() - started:.1f} s (not timed below)")

    with connect() as conn:
        linked, own, seconds = link_and_flag(conn)
        print(f"1. linking + own flags: {linked:,} notices in {seconds:.1f} s ({linked / seconds:,.0f} notices/s), "
              f"{own:,} flags raised")
        print(f"   (not timed: {repeat_suppliers(conn):,} direct awards given one supplier per buyer)")
        conn.commit()
        started = time.perf_counter()
        counts = refresh(conn, full=True)
        conn.commit()
        seconds = time.perf_counter() - started
        procurements = conn.execute("SELECT count(*) FROM procurements WHERE merged_into IS NULL").fetchone()[0]
        print(f"2. cross-notice flags (SQL, full refresh): {seconds:.1f} s over {procurements:,} procurements; "
              + ", ".join(f"{k} {v:,}" for k, v in counts.items() if k not in ("procurements", "merged")))
        per = conn.execute("""SELECT indicator_id, count(*) FROM notice_flags WHERE cleared_at IS NULL
                              GROUP BY 1 ORDER BY 1""").fetchall()
        print("   current flags: " + ", ".join(f"{k} {v:,}" for k, v in per))
    with connect(autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")

    pool = reader_pool(max_size=4)
    print(f"3. {'view (flags filter)':<26} {'table p50':>9} {'table p95':>9} {'map p50':>8} {'map p95':>8} "
          f"{'map/procurements p95':>21}  (seconds)")
    worst = 0.0
    try:
        for name, filters in flag_views().items():
            table = measure(pool, lambda c, filters=filters: (notice_queries.summary(c, filters),
                                                             notice_queries.page(c, filters, limit=50)),
                            args.repeat)
            by_notice = measure_map(pool, filters, args.repeat)
            by_procurement = _measure_map_procurements(pool, filters, args.repeat)
            worst = max(worst, p(table, 0.95), p(by_notice, 0.95), p(by_procurement, 0.95))
            print(f"   {name:<26} {statistics.median(table):9.3f} {p(table, 0.95):9.3f} "
                  f"{statistics.median(by_notice):8.3f} {p(by_notice, 0.95):8.3f} {p(by_procurement, 0.95):21.3f}")
    finally:
        pool.close()
    print(f"worst p95: {worst:.3f} s (goal < 1 s): {'OK' if worst < 1 else 'TOO SLOW'}")
    if not os.environ.get("DATABASE_URL") and not args.home:
        print(f"(benchmark database left in {os.environ['SURVTRACK_HOME']}; delete it when done)")
    return 0


def _measure_map_procurements(pool, filters, repeat: int) -> list[float]:
    from db.queries.map import map_layers

    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        map_layers(pool, filters, unit="procurements")
        timings.append(time.perf_counter() - started)
    return timings


if __name__ == "__main__":
    raise SystemExit(main())
