"""Procurement links of the sources the OCDS/eForms/ccgp/USAspending fixtures do not cover: UK Find a Tender and
Contracts Finder (OCDS ocid) and Legistar (client + matter id). Crawled by the real spiders (Scrapy engine, a
subprocess) from tests/fixtures/<spider>/ into a database of their own, so the link each notice stores — method,
evidence, key — is read back as the dashboard and the export read it; plus the pure reading of releases and
matters that share an id.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import psycopg
import pytest

from tests.conftest import copy_of_template, drop_database
from tests.httpserver import FIXTURES, SnapshotServer
from tests.procurements.conftest import FAST, REPO

SPIDERS = ("uk_find_a_tender", "uk_contracts_finder", "usa_legistar")


@pytest.fixture(scope="module")
def crawled(pg_admin_url, template_database, tmp_path_factory):
    """(database URL) after one crawl of SPIDERS against their test snapshots."""
    from scrapers.runner import spider_classes

    url = copy_of_template(pg_admin_url, template_database)
    env = os.environ | {"DATABASE_URL": url, "SURVTRACK_HOME": str(tmp_path_factory.mktemp("home"))}
    with SnapshotServer(FIXTURES) as server:
        plan = json.dumps([[spider, spider_classes()[spider].snapshot_arguments(server.url)] for spider in SPIDERS])
        command = [sys.executable, "-m", "scrapers.runner", "plan", plan]
        for key, value in FAST.items():
            command += ["-s", f"{key}={json.dumps(value)}"]
        done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr[-3000:]
    yield url
    drop_database(pg_admin_url, url)


def stored_links(url: str, source: str) -> list[dict]:
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            """SELECT n.id, n.facts, pn.method, pn.evidence, pn.stage, p.key, p.notices
               FROM notices n LEFT JOIN procurement_notices pn ON pn.notice_id = n.id
               LEFT JOIN procurements p ON p.id = pn.procurement_id
               WHERE n.source_id = %s ORDER BY n.id""", (source,)).fetchall()
    return [dict(zip(("id", "facts", "method", "evidence", "stage", "key", "notices"), row, strict=True))
            for row in rows]


@pytest.mark.parametrize("source", ["uk_find_a_tender", "uk_contracts_finder"])
def test_uk_notices_are_linked_by_their_ocid_with_the_evidence_stored(crawled, source):
    links = stored_links(crawled, source)
    assert len(links) >= 2
    for link in links:
        ocid = link["facts"]["ocid"]
        assert ocid.startswith("ocds-")
        assert (link["method"], link["key"], link["evidence"]) == ("ocds_ocid", f"ocds:{ocid}", f"OCID: {ocid}")
    assert {link["stage"] for link in links} >= {"tender", "award"}


def test_legistar_matters_are_linked_by_client_and_matter_id_with_the_evidence_stored(crawled):
    links = stored_links(crawled, "usa_legistar")
    assert {link["facts"]["legistar_client"] for link in links} == {"lakeview", "harborcity"}
    for link in links:
        client, matter = link["facts"]["legistar_client"], link["facts"]["matter_id"]
        assert (link["method"], link["key"]) == ("legistar_matter", f"legistar:{client}:{matter}")
        assert link["evidence"].startswith(f"{client}.legistar.com matter {matter}")
        assert link["notices"] == 1  # one notice per matter in the snapshot: nothing else joined it


def test_each_crawled_notice_belongs_to_exactly_one_procurement(crawled):
    with psycopg.connect(crawled) as conn:
        notices, linked, distinct = conn.execute(
            """SELECT count(*), count(pn.notice_id), count(DISTINCT pn.notice_id) FROM notices n
               LEFT JOIN procurement_notices pn ON pn.notice_id = n.id WHERE n.source_id = ANY(%s)""",
            (list(SPIDERS),)).fetchone()
    assert notices == linked == distinct > 0


def fts_release(ocid: str, release_id: str, tag: str, day: str) -> dict:
    """A Find a Tender release as the API publishes it: release ids such as "012345-2024" do not begin with the
    ocid; the ocid is what the call, the award and any later notice of the process share."""
    release = {"ocid": ocid, "id": release_id, "date": f"{day}T09:00:00Z", "tag": [tag], "initiationType": "tender",
               "language": "en", "buyer": {"id": "GB-FICT-1", "name": "Fenwick Borough Council (fictional)"},
               "parties": [{"id": "GB-FICT-1", "name": "Fenwick Borough Council (fictional)", "roles": ["buyer"],
                            "address": {"countryName": "United Kingdom"}}],
               "tender": {"id": ocid, "title": "CCTV control room upgrade", "procurementMethod": "open",
                          "value": {"amount": 200000, "currency": "GBP"}}}
    if tag == "award":
        release["awards"] = [{"id": "1", "status": "active", "date": f"{day}T00:00:00Z",
                              "value": {"amount": 190000, "currency": "GBP"},
                              "suppliers": [{"id": "GB-FICT-2", "name": "Example Vision Ltd (fictional)"}]}]
    return release


def test_fts_releases_sharing_an_ocid_share_the_procurement_key():
    from enrich.procurement import link
    from scrapers.parsing.ocds import release_notice

    ocid = "ocds-h6vhtk-0fict1"
    found = {}
    for release in (fts_release(ocid, "012345-2024", "tender", "2024-02-01"),
                    fts_release(ocid, "023456-2024", "award", "2024-05-02"),
                    fts_release("ocds-h6vhtk-0fict2", "034567-2024", "award", "2024-05-02")):
        notice = release_notice(release, default_country="GB")
        found[release["id"]] = link(notice["facts"], notice["body"], title=notice["title"], kind=notice["kind"])
    call, award, other = found["012345-2024"], found["023456-2024"], found["034567-2024"]
    assert call.key == award.key == f"ocds:{ocid}" and other.key != call.key
    assert (call.method, call.evidence, call.stage, award.stage) == ("ocds_ocid", f"OCID: {ocid}", "tender", "award")


def test_a_legistar_matter_is_keyed_by_client_and_matter_id():
    from enrich.procurement import link
    from scrapers.parsing.legistar import matter_notice

    matter = {"MatterId": 5000, "MatterFile": "CB 2021-014", "MatterTypeName": "Contract",
              "MatterTitle": "Contract with Example Vision for license plate readers (fictional)",
              "MatterIntroDate": "2021-03-01T00:00:00"}
    first = matter_notice(matter, [], "lakeview")
    amended = matter_notice(matter | {"MatterStatusName": "Adopted"}, [], "lakeview")
    elsewhere = matter_notice(matter, [], "harborcity")
    keys = [link(n["facts"], n["body"], title=n["title"], kind=n["kind"]) for n in (first, amended, elsewhere)]
    assert keys[0].key == keys[1].key == "legistar:lakeview:5000" and keys[2].key == "legistar:harborcity:5000"
    assert keys[0].method == "legistar_matter"
    assert keys[0].evidence == "lakeview.legistar.com matter 5000 (File: CB 2021-014)"
