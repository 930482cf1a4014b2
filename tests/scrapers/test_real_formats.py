"""Real-format features that the first fixtures never modelled (issue: real sources, real formats).

Every fixture is fictional content in the shape a real publisher uses (tests/fixtures/ocds_formats/README.md).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from scrapers.parsing.ocds import iter_json_documents, iter_releases, release_notice
from tests.fast_settings import fast_settings_env

FORMATS = Path(__file__).resolve().parent.parent / "fixtures" / "ocds_formats"


def survtrack(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """The CLI in its own process (a crawl runs Twisted's reactor, which cannot restart in one process)."""
    return subprocess.run([sys.executable, "-m", "survtrack.cli", *args], capture_output=True, text=True,
                          timeout=300, env=os.environ | (env or {}))


def releases(name: str) -> list[tuple[str, dict]]:
    body = (FORMATS / name).read_bytes()
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        text = body.decode("iso-8859-1")
    return [pair for document in iter_json_documents(text) for pair in iter_releases(document)]


@pytest.fixture
def empty_database(pg_admin_url, survtrack_home, monkeypatch):
    """A database with no schema at all, as a fresh SURVTRACK_HOME gives: the first verb must create it."""
    name = f"survtrack_empty_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_admin_url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    info = psycopg.conninfo.conninfo_to_dict(pg_admin_url) | {"dbname": name}
    url = psycopg.conninfo.make_conninfo(**info)
    monkeypatch.setenv("DATABASE_URL", url)
    yield url
    with psycopg.connect(pg_admin_url, autocommit=True) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def test_release_ids_repeated_across_packages_are_distinct_notices():
    keys = [sid for sid, _ in releases("package_a_utf8.json") + releases("package_b_latin1.json")]
    assert keys == ["ocds-xmpl01-SF-001-2021/01", "ocds-xmpl01-SF-001-2021/02",
                    "ocds-xmpl02-4411/01", "ocds-xmpl02-4411/02", "ocds-xmpl02-4411/03"]
    # a release id that already begins with its ocid is kept as it is (UK publishers)
    assert [sid for sid, _ in releases("uk_1_0_postcode.json")][0] == "ocds-xmpl04-aaaa-doncaster-1"


def test_two_packages_crawled_into_a_fresh_database_give_five_notices(empty_database, tmp_path):
    fast = fast_settings_env(tmp_path)  # no politeness delays for a local file
    for name, inserted in (("package_a_utf8.json", 2), ("package_b_latin1.json", 3)):
        run = survtrack("crawl", "ocds", "-a", f"url=file://{FORMATS / name}", env=fast)
        assert run.returncode == 0, run.stderr[-2000:]
        assert f"{inserted} inserted" in run.stdout and "updated" not in run.stdout.replace("0 updated", "")
    with psycopg.connect(empty_database) as conn:
        rows = conn.execute("SELECT source_notice_id, version FROM notices ORDER BY 1").fetchall()
        assert [r[0] for r in rows] == ["ocds-xmpl01-SF-001-2021/01", "ocds-xmpl01-SF-001-2021/02",
                                        "ocds-xmpl02-4411/01", "ocds-xmpl02-4411/02", "ocds-xmpl02-4411/03"]
        assert {r[1] for r in rows} == {1}  # nothing was taken for an amendment of another notice
        budget = conn.execute(
            """SELECT a.value, a.currency, a.kind FROM amounts a JOIN notices n ON n.id = a.notice_id
               WHERE n.source_notice_id = 'ocds-xmpl02-4411/01' AND a.is_headline""").fetchone()
        assert (float(budget[0]), budget[1], budget[2]) == (135630400.0, "PYG", "budget")
        buyer = conn.execute(
            """SELECT p.raw_name FROM notice_parties p JOIN notices n ON n.id = p.notice_id
               WHERE n.source_notice_id = 'ocds-xmpl02-4411/03' AND p.role = 'buyer'""").fetchone()
        assert buyer == ("Dirección Nacional de Tránsito Ejemplar",)


def test_every_text_field_is_rendered_and_values_say_what_they_are():
    (sid, release), = releases("release_lots_nuts.json")
    notice = release_notice(release)
    body = notice["body"]
    assert "Lot LOT-1 description: Installation of CCTV cameras covering the car park" in body
    assert "Item: Door access readers" in body and "Item: Fixed dome cameras and recorder" in body
    assert "Award description: Awarded after evaluation" in body
    assert "Contract description: Twelve-month installation and maintenance" in body
    assert "Budget: 90000.00 GBP" in body and "Budget description: Estates capital programme" in body
    assert "Estimated value: 85000.00 GBP" in body and "Award value: 75000.00 GBP" in body
    assert "Contract value: 75000.00 GBP" in body
    assert "Region: UKM83" in body and notice["country"] == "GB"  # NUTS-only address
    assert "Tenders received: 1" in body and "Submission deadline: 2024-03-08" in body
    facts = notice["facts"]
    assert facts["number_of_tenderers"] == 1 and facts["procurement_method"] == "open"
    assert facts["tender_period"] == {"start": "2024-03-01", "end": "2024-03-08"}
    assert facts["estimated_value"] == {"amount": 85000, "currency": "GBP"}
    assert facts["award_values"] == [{"amount": 75000, "currency": "GBP"}]
    assert facts["buyer"]["identifier"] == {"scheme": "GB-COH", "id": "01234567"}


def test_award_notice_headline_is_the_award_not_the_estimate():
    from enrich import enrich

    (_, release), = releases("release_lots_nuts.json")
    notice = release_notice(release)
    result = enrich(notice["title"], notice["body"], language="en", published=None, country="GB", source="ocds")
    assert (result.headline_amount.value, result.headline_amount.kind) == (75000, "award")
    assert any(t.taxonomy_id == "cctv" for t in result.tags)  # the only CCTV is in the lot description
    bare = enrich("t", "Estimated value: 85000.00 GBP\nValue: 75000.00 GBP", language="en", published=None,
                  country="GB", source="import")
    assert bare.headline_amount.value == 75000


def test_an_amount_with_any_iso_4217_code_in_a_structured_field_is_read():
    """`135630400.00 PYG` (the Paraguay record package) was not an amount: every ISO 4217 code must be."""
    import pycountry

    from enrich import enrich

    codes = sorted(c.alpha_3 for c in pycountry.currencies)
    assert len(codes) > 150 and "PYG" in codes
    unread = []
    for code in codes:
        release = {"ocid": "ocds-xmpl06-1", "id": "1", "tag": ["award"], "tender": {"title": "Scanner"},
                   "awards": [{"id": "1", "value": {"amount": 135630400.00, "currency": code}}]}
        notice = release_notice(release)
        assert f"Award value: 135630400.00 {code}" in notice["body"]
        headline = enrich(notice["title"], notice["body"], language=None, published=None, country=None,
                          source="ocds").headline_amount
        if headline is None or (headline.currency, headline.value, headline.kind) != (code, 135630400, "award"):
            unread.append((code, headline and (headline.currency, str(headline.value), headline.kind)))
    assert unread == []


def test_ocds_1_0_buyer_address_in_any_spelling_places_the_notice_in_its_country():
    (_, doncaster), (_, cardiff) = releases("uk_1_0_postcode.json")
    first, second = release_notice(doncaster), release_notice(cardiff)
    assert first["country"] == "GB" and "Town: Doncaster" in first["body"] and "Postcode: DN1 3BU" in first["body"]
    assert second["country"] == "GB" and "Postcode: CF24 4HQ" in second["body"]
    assert "Minimum value: 40000.00 GBP" in first["body"]
    for notice in (first, second):  # contact details stay in the archived raw package only
        assert "a.person@example.invalid" not in notice["body"] and "01302" not in notice["body"]


def test_buyer_without_an_address_is_placed_by_its_procuring_entity_address():
    """Mexican record packages give the address only on the buying unit (role procuringEntity); reading the bare
    buyer party left the notice to a text guess, and the real one landed in Brazil ("PARA" read as a city)."""
    from enrich import enrich

    (sid, release), = releases("record_procuring_entity_address.json")
    notice = release_notice(release)
    assert sid == "ocds-xmpl05-880011" and notice["country"] == "MX"
    assert ("Buyer: Instituto Ejemplar de Museos\nTown: Cuauhtémoc\nRegion: Ciudad de México\nPostcode: 6100\n"
            "Country: MX") in notice["body"]
    assert "ALVARO OBREGON" not in notice["body"]  # a supplier's address never places the notice
    assert "persona@example.invalid" not in notice["body"] and "Persona Ejemplo" not in notice["body"]
    result = enrich(notice["title"], notice["body"], language=notice["language"], published=None,
                    country=notice["country"], source="ocds")
    assert result.place is not None and result.place.country == "MX"


def test_conformance_report_reads_the_buying_units_address_and_flags_a_place_the_notice_contradicts():
    """bench.conformance showed the Mexican record's address as "—" (buyer party only) and flagged nothing when a
    notice without an address was placed in a country the rest of it contradicts (NSW's "Hunter New England")."""
    from bench.conformance import _ocds_raw, notice_report
    from scrapers.parsing.ocds.country import domain_country

    (_, release), = releases("record_procuring_entity_address.json")
    raw = _ocds_raw(release, "https://example.invalid/contrataciones/")
    assert raw["address"]["country"] == "MX" and raw["address"]["locality"] == "Cuauhtémoc"
    assert raw["address"]["party"] == "procuringEntity IEM-Dirección de Recursos Materiales #077D00002"
    assert {country for country, _ in raw["hints"]} == {"MX"}
    assert [domain_country(u) for u in ("https://tenders.example.nsw.gov.au", "https://www.find-tender.service.gov.uk/x",
                                      "https://example.invalid/", "http://www.gob.mx/contratacionesabiertas/")] \
        == ["AU", "GB", None, "MX"]
    fields = {"title": "Theatre refurbishment", "body": "Works at the depot in Swindon, Wiltshire.", "kind": "tender",
              "country": None, "language": "en"}
    report = notice_report(fields, {"hints": [("AU", "publisher https://tenders.example.nsw.gov.au")]}, source="ocds")
    flag = {row.field: row.flag for row in report.rows}["address"]
    assert flag == "place country GB contradicts the rest of the notice: AU (publisher https://tenders.example.nsw.gov.au)"
    agreeing = notice_report(fields, {"hints": [("GB", "currency GBP")]}, source="ocds")
    assert {row.field: row.flag for row in agreeing.rows}["address"] == ""


def test_migration_splits_notices_that_overwrote_each_other(pg_admin_url, survtrack_home, monkeypatch):
    """A database written by the old key (release id alone): file B's releases became versions of file A's."""
    from db.migrate import migrate
    from survtrack.schema import ensure_schema

    name = f"survtrack_repair_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_admin_url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    url = psycopg.conninfo.make_conninfo(**(psycopg.conninfo.conninfo_to_dict(pg_admin_url) | {"dbname": name}))
    monkeypatch.setenv("DATABASE_URL", url)
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            migrate(conn, up_to=4)
            conn.execute("INSERT INTO sources (id, kind) VALUES ('ocds', 'procurement')")
            text_a = "Cameras A\nOCID: ocds-a-1\nRelease: 01\nTag: tender\nBuyer: Town of Alpha\nDescription: CCTV"
            text_b = "Traffic B\nOCID: ocds-b-9\nRelease: 01\nTag: planning\nBuyer: Town of Beta\nBudget: 5.00 EUR"
            notice_id = conn.execute(
                """INSERT INTO notices (source_id, source_notice_id, url, kind, title, text, content_sha256,
                                        version, status, classifier_version)
                   VALUES ('ocds', '01', 'file:///b.json#01', 'plan', 'Traffic B', %s, repeat('b', 64), 2,
                           'amended', 'v-old') RETURNING id""", (text_b,)).fetchone()[0]
            for version, title, text, url_, seen in ((1, "Cameras A", text_a, "file:///a.json#01", "2024-01-01"),
                                                     (2, "Traffic B", text_b, "file:///b.json#01", "2024-02-01")):
                conn.execute(
                    """INSERT INTO notice_versions (notice_id, version, title, text, url, kind, content_sha256,
                                                    seen_at)
                       VALUES (%s, %s, %s, %s, %s, 'tender', repeat(%s, 64), %s)""",
                    (notice_id, version, title, text, url_, str(version), seen))
                conn.execute(
                    "INSERT INTO notice_events (notice_id, event, occurred_on, version) VALUES (%s, %s, %s, %s)",
                    (notice_id, "first_seen" if version == 1 else "amended", seen, version))
        ensure_schema()
        with psycopg.connect(url) as conn:
            rows = conn.execute(
                """SELECT n.source_notice_id, n.title, n.version, n.status,
                          array_agg(v.title ORDER BY v.version), array_agg(e.event ORDER BY e.id),
                          n.classifier_version IS NOT NULL
                   FROM notices n JOIN notice_versions v ON v.notice_id = n.id
                   JOIN notice_events e ON e.notice_id = n.id AND e.version = v.version
                   GROUP BY n.id ORDER BY 1""").fetchall()
    finally:
        with psycopg.connect(pg_admin_url, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
    assert rows == [
        ("ocds-a-1/01", "Cameras A", 1, "live", ["Cameras A"], ["first_seen"], True),   # split off and enriched
        ("ocds-b-9/01", "Traffic B", 1, "live", ["Traffic B"], ["first_seen"], True),
    ]


def test_crawl_of_a_wrong_shape_is_an_error_with_a_non_zero_exit(empty_database, tmp_path):
    wrong = tmp_path / "submissions.json"
    wrong.write_text(json.dumps({"cik": "0000000001", "filings": {"recent": {}}}), encoding="utf-8")
    run = survtrack("crawl", "ocds", "-a", f"url=file://{wrong}")
    assert run.returncode != 0
    assert "survtrack: error: ocds: 1 error(s)" in run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize("spider_name, body, missing", [
    ("usa_sec_edgar", {"cik": "0000000001", "name": "EXAMPLE CORP", "filings": {"recent": {}}}, "hits/hits"),
    ("usa_usaspending", {"page_metadata": {"hasNext": False}, "messages": ["error"]}, "results"),
    ("eu_ted", {"totalNoticeCount": 0}, "notices"),
    ("china_cninfo", {"totalAnnouncement": 0, "hasMore": False}, "announcements"),
])
def test_a_listing_of_the_wrong_shape_names_spider_url_and_missing_key(make_spider, spider_name, body, missing):
    from scrapy.http import Request, TextResponse

    from scrapers.base import ResponseShapeError

    spider = make_spider(spider_name)
    url = "http://127.0.0.1:9/listing"
    response = TextResponse(url=url, body=json.dumps(body).encode(), encoding="utf-8",
                            request=Request(url, meta={"ctx": {"page": 1}, "listing": True}))
    with pytest.raises(ResponseShapeError) as caught:
        list(spider.on_listing(response))
    assert str(caught.value).startswith(f"{spider_name}: {url}: missing key '{missing}'")


def test_a_legistar_listing_that_is_not_an_array_names_spider_url_and_what_came(make_spider):
    from scrapy.http import Request, TextResponse

    from scrapers.base import ResponseShapeError

    spider = make_spider("usa_legistar")
    url = "http://127.0.0.1:9/v1/demo/matters"
    response = TextResponse(url=url, body=json.dumps({"Message": "An error has occurred."}).encode(),
                            encoding="utf-8", request=Request(url, meta={"ctx": {"page": 1}, "listing": True}))
    with pytest.raises(ResponseShapeError) as caught:
        list(spider.on_listing(response))
    assert str(caught.value).startswith(f"usa_legistar: {url}: expected a JSON array, got dict")
    assert "Message" in str(caught.value)
