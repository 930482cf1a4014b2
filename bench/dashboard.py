"""Dashboard latency on a big database: p50/p95 of the map aggregation and of a filtered table page.

    python -m bench.dashboard [--notices 1000000] [--repeat 15] [--first-paint] [--home DIR]

Synthetic notices (fictional, flagged demo) are COPYed into a throwaway SURVTRACK_HOME with its own embedded
PostgreSQL (or into DATABASE_URL when set: use an empty database), then the dashboard's own queries
(db/queries/map.py, db/queries/notices.py) run through the read-only role, as the dashboard runs them, for a
handful of typical views. Goal from issue 6: p95 < 1 s. With --first-paint it also starts the dashboard on that
database and times, in Debian's chromium, how long a fresh visit takes to show the map (goal < 3 s).
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from datetime import date, timedelta

TECHNOLOGIES = {
    "cctv": "高清视频监控摄像机", "facial_recognition": "动态人脸识别系统", "vehicle_recognition": "车辆卡口抓拍系统",
    "phone_tracking": "电子围栏侦码设备", "surveillance_platform": "城市大脑平台", "gait_recognition": "步态识别",
    "other_biometrics": "声纹采集系统", "ethnicity_analytics": "民族属性识别", "social_credit": "社会信用平台",
}
OTHER_ITEMS = ["办公桌椅一批", "公务用车维修", "食堂食材配送", "物业管理服务", "打印纸采购"]
KINDS = ["tender", "award", "award", "tender", "other", "plan"]
SOURCES = ["bench_ccgp", "bench_province_a", "bench_province_b", "bench_city", "bench_disclosures"]
COUNTRIES = ["CN"] * 17 + ["GB", "US", "AE", "KE", "EC"]


def _places(rng: random.Random, count: int) -> list[tuple]:
    """Fictional place grid: (country, admin1, admin2, adcode, lat, lon, precision)."""
    out = []
    for i in range(count):
        if i % 10:
            province = f"示例省{i % 31:02d}"
            out.append(("CN", province, f"示例市{i:04d}", f"{110000 + i * 7:06d}",
                        rng.uniform(22, 45), rng.uniform(80, 125), "admin2"))
        else:
            out.append((rng.choice(COUNTRIES[17:]), f"Region {i % 7}", f"Town {i}", None,
                        rng.uniform(-35, 55), rng.uniform(-120, 60), "city"))
    return out


def generate(conn, notices: int, seed: int = 7) -> None:
    from psycopg import sql

    rng = random.Random(seed)
    places = _places(rng, 3000)
    conn.execute("INSERT INTO sources (id, title) SELECT unnest(%s::text[]), 'benchmark (synthetic)' "
                 "ON CONFLICT DO NOTHING", (SOURCES,))
    conn.execute("INSERT INTO organisations (id, match_key, canonical_name, is_vendor) "
                 "SELECT g, 'bench:' || g, '示例供应商' || g || '有限公司', g <= 200 FROM generate_series(1, 2000) g")
    # Trigram indexes are built once after loading, which is what a fresh bulk import would do too.
    conn.execute("DROP INDEX IF EXISTS notices_title_trgm, notices_text_trgm, notice_parties_name_trgm")
    start_day = date(2015, 1, 1)

    def copy(table: str, columns: list[str], rows) -> None:
        statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
            sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns)))
        with conn.cursor().copy(statement) as copier:
            for row in rows:
                copier.write_row(row)

    plan = []
    for notice_id in range(1, notices + 1):
        surveillance = rng.random() < 0.6
        techs = rng.sample(list(TECHNOLOGIES), rng.choice([1, 1, 2])) if surveillance else []
        place = places[int(rng.paretovariate(1.2) * 7) % len(places)] if rng.random() < 0.85 else None
        plan.append((notice_id, techs, place, rng.choice(KINDS), start_day + timedelta(days=rng.randrange(3650)),
                     rng.choice(SOURCES), rng.randrange(1, 2001), rng.random() < 0.35,
                     round(rng.lognormvariate(13, 1.5), 2) if rng.random() < 0.8 else None))

    def notice_rows():
        for notice_id, techs, place, kind, published, source, _, _, _ in plan:
            buyer = f"示例{notice_id % 5000}县公安局"
            items = "、".join(TECHNOLOGIES[t] for t in techs) or rng.choice(OTHER_ITEMS)
            title = f"{buyer}{items}{'中标公告' if kind == 'award' else '采购项目'}"
            text = f"{title}\n采购单位：{buyer}\n采购内容：{items}\n项目编号：BENCH-{notice_id}"
            country = place[0] if place else "CN"
            yield (notice_id, source, f"bench-{notice_id}", f"https://bench.invalid/{notice_id}", kind, title, text,
                   published, "zh", country, "0" * 64, True, bool(techs), "bench-1")

    copy("notices", ["id", "source_id", "source_notice_id", "url", "kind", "title", "text", "published_on",
                     "language", "country", "content_sha256", "demo", "surveillance", "classifier_version"],
         notice_rows())

    def tag_rows():
        for notice_id, techs, *_ in plan:
            for tech in techs:
                evidence = TECHNOLOGIES[tech]
                yield (notice_id, tech, evidence, 10, 10 + len(evidence), f"bench:{tech}", "bench-1")

    copy("technology_tags", ["notice_id", "taxonomy_id", "evidence", "start_offset", "end_offset", "rule_id",
                             "classifier_version"], tag_rows())

    def party_rows():
        for notice_id, _, _, kind, _, _, supplier, has_supplier, _ in plan:
            yield (notice_id, "buyer", f"示例{notice_id % 5000}县公安局", None, 0, 8, "bench-1")
            if has_supplier or kind == "award":
                yield (notice_id, "supplier", f"示例供应商{supplier}有限公司", supplier, 20, 32, "bench-1")

    copy("notice_parties", ["notice_id", "role", "raw_name", "org_id", "start_offset", "end_offset",
                            "classifier_version"], party_rows())

    def amount_rows():
        for notice_id, *_, value in plan:
            if value is not None:
                yield (notice_id, value, "CNY", "budget", True, f"{value}元", 0, 5, "bench-1")

    copy("amounts", ["notice_id", "value", "currency", "kind", "is_headline", "evidence", "start_offset",
                     "end_offset", "classifier_version"], amount_rows())

    def place_rows():
        for notice_id, _, place, *_ in plan:
            if place:
                country, admin1, admin2, adcode, lat, lon, precision = place
                yield (notice_id, country, admin1, admin2, adcode, lat, lon, precision, "bench", "bench-1")

    copy("places", ["notice_id", "country", "admin1", "admin2", "adcode", "lat", "lon", "precision", "method",
                    "classifier_version"], place_rows())
    conn.execute("""INSERT INTO watchlists (id, name) VALUES ('bench_list', 'benchmark list (synthetic)')""")
    conn.execute("""INSERT INTO designations (list_id, source_entry_id, entity_name, org_id, listed_on)
                    SELECT 'bench_list', 'B-' || g, '示例供应商' || g || '有限公司', g, DATE '2019-10-09'
                    FROM generate_series(1, 40) g""")
    conn.execute("SELECT setval(pg_get_serial_sequence('notices', 'id'), %s)", (notices,))
    conn.execute("CREATE INDEX notices_title_trgm ON notices USING gin (title gin_trgm_ops)")
    conn.execute("CREATE INDEX notices_text_trgm ON notices USING gin (text gin_trgm_ops)")
    conn.execute("CREATE INDEX notice_parties_name_trgm ON notice_parties USING gin (raw_name gin_trgm_ops)")


def views():
    """The views a reporter typically opens, as dashboard filters."""
    from db.queries.filters import NoticeFilters

    return {
        "everything": NoticeFilters(),
        "facial recognition": NoticeFilters(technologies=("facial_recognition",)),
        "tech + country + 2019-2021": NoticeFilters(technologies=("facial_recognition", "cctv"), countries=("CN",),
                                                    date_from=date(2019, 1, 1), date_to=date(2021, 12, 31)),
        "designated at award": NoticeFilters(designated_at_award=True),
        "vendor + kind": NoticeFilters(orgs=(17,), kinds=("award",)),
        "text search 人脸识别": NoticeFilters(search="人脸识别"),
        "buyer contains": NoticeFilters(buyer="示例42县"),
    }


def measure(pool, function, repeat: int) -> list[float]:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        with pool.connection() as conn:
            function(conn)
        timings.append(time.perf_counter() - started)
    return timings


def measure_map(pool, filters, repeat: int) -> list[float]:
    """The map as the dashboard draws it (coloured by count): both aggregations at once, on two connections."""
    from db.queries.map import map_layers

    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        map_layers(pool, filters)
        timings.append(time.perf_counter() - started)
    return timings


def first_paint(repeat: int = 3) -> list[float]:
    """Seconds from opening the dashboard to the map canvas and its notice count being on screen."""
    import socket
    import subprocess
    import sys
    import urllib.request
    from pathlib import Path

    from playwright.sync_api import sync_playwright

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    app = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
    server = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(app), "--server.port", str(port),
                               "--server.headless", "true", "--browser.gatherUsageStats", "false"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    timings = []
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1)
                break
            except OSError:
                time.sleep(0.3)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium",
                args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                      "--disable-background-networking", "--disable-component-update", "--disable-sync"])
            for attempt in range(repeat):
                page = browser.new_page()
                started = time.perf_counter()
                # A different (non-restrictive) date filter each time, so the dashboard's 60 s query cache
                # cannot answer.
                page.goto(f"http://127.0.0.1:{port}/?from=2015-01-0{attempt + 1}")
                page.get_by_role("heading", name="Map").wait_for(timeout=60_000)
                heading = time.perf_counter() - started
                page.get_by_text("notices match").first.wait_for(timeout=60_000)
                counts = time.perf_counter() - started
                page.locator("[data-testid='stDeckGlJsonChart'] canvas").first.wait_for(timeout=60_000)
                timings.append(time.perf_counter() - started)
                print(f"  first paint {attempt + 1}: page {heading:.2f} s, counts and banner {counts:.2f} s, "
                      f"map canvas {timings[-1]:.2f} s")
                page.close()
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    return timings


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notices", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--first-paint", action="store_true",
                        help="also time the first paint of the map page in chromium (needs /usr/bin/chromium)")
    parser.add_argument("--home", help="reuse the benchmark database an earlier run left in this SURVTRACK_HOME "
                                       "(generated there first if it holds no notices)")
    args = parser.parse_args(argv)
    if args.home:
        os.environ["SURVTRACK_HOME"] = args.home
    elif not os.environ.get("DATABASE_URL"):
        os.environ["SURVTRACK_HOME"] = tempfile.mkdtemp(prefix="survtrack-bench-dashboard-", dir="/tmp")
        print(f"SURVTRACK_HOME={os.environ['SURVTRACK_HOME']}")

    from db.connection import connect, reader_pool
    from db.migrate import migrate
    from db.queries import notices as notice_queries

    with connect(autocommit=True) as conn:
        migrate(conn)
        existing = conn.execute("SELECT count(*) FROM notices").fetchone()[0]
    if existing and args.home:
        print(f"reusing {existing:,} notices in {args.home}")
    else:
        started = time.perf_counter()
        with connect() as conn:
            generate(conn, args.notices)
            conn.commit()
        with connect(autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE")
        print(f"generated {args.notices:,} notices in {time.perf_counter() - started:.1f} s")

    pool = reader_pool(max_size=4)
    print(f"{'view':<28} {'map p50':>8} {'map p95':>8} {'table p50':>10} {'table p95':>10}  (seconds; map = "
          "country totals + points; table = count + page 1 of 50)")
    worst = 0.0
    try:
        for name, filters in views().items():
            map_times = measure_map(pool, filters, args.repeat)
            table_times = measure(pool, lambda c, filters=filters: (notice_queries.summary(c, filters),
                                                                   notice_queries.page(c, filters, limit=50)),
                                  args.repeat)
            worst = max(worst, p(map_times, 0.95), p(table_times, 0.95))
            print(f"{name:<28} {statistics.median(map_times):8.3f} {p(map_times, 0.95):8.3f} "
                  f"{statistics.median(table_times):10.3f} {p(table_times, 0.95):10.3f}")
    finally:
        pool.close()
    print(f"worst p95: {worst:.3f} s (goal < 1 s): {'OK' if worst < 1 else 'TOO SLOW'}")
    if args.first_paint:
        paints = first_paint(repeat=3)
        print(f"first paint of the map (fresh browser, cold dashboard cache): "
              f"{', '.join(f'{t:.2f}' for t in paints)} s (goal < 3 s)")
    if not os.environ.get("DATABASE_URL") and not args.home:
        print(f"(benchmark database left in {os.environ['SURVTRACK_HOME']}; delete it when done)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
