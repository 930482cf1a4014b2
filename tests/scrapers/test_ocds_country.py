"""An OCDS release that states no country is placed where its publisher is, never in a namesake town abroad.

Shape modelled on the NSW eTendering package (a release package whose releases carry no buyer address, only
document URLs on the publisher's site); the tender itself is fictional."""
from __future__ import annotations

import json

import psycopg
import pytest

from enrich import enrich
from scrapers.parsing.ocds import release_notice
from scrapers.parsing.ocds.country import currency_country, domain_country, inferred_country
from survtrack.cli import main


def nsw_style_release(**extra) -> dict:
    """A tender titled after a bare town name that exists in several countries (Belmont: US, AU, GB …)."""
    return {"ocid": "ocds-demo99-RFT-0001", "id": "RFT-0001-1", "tag": ["tender"], "date": "2024-03-01T00:00:00Z",
            "tender": {"id": "RFT-0001", "title": "Belmont Hospital Theatre Refurbishment",
                       "documents": [{"id": "RFT-0001-1", "title": "Tender pack.pdf",
                                      "url": "https://tenders.nsw.gov.au/?event=public.RFT.view&id=0001"}]},
            **extra}


@pytest.mark.parametrize(("url", "country"), [
    ("https://tenders.nsw.gov.au/?event=x", "AU"),
    ("http://www.contractsfinder.service.gov.uk/Notice/1", "GB"),
    ("https://www.mintic.gov.co/portal", "CO"),  # a generic-looking domain under a government level
    ("https://armeps.am/ocds", "AM"),
    ("https://tenders.example.io/feed", None),  # .io is sold worldwide
    ("https://data.example.com/releases", None),
    ("not a url", None),
])
def test_domain_country(url, country):
    assert domain_country(url) == country


def test_currency_country_only_for_national_currencies():
    assert [currency_country(c) for c in ("AUD", "mxn", "EUR", "USD", "XOF", "")] == ["AU", "MX", None, None,
                                                                                      None, None]


def test_a_release_without_an_address_takes_its_publishers_country_and_says_why():
    notice = release_notice(nsw_style_release())
    assert notice["country"] == "AU"
    assert notice["facts"]["country_inferred_from"] == "document domain tenders.nsw.gov.au"
    assert "Country:" not in notice["body"]  # the text never states it: no line pretends it does
    place = enrich(notice["title"], notice["body"], country=notice["country"], source="ocds").place
    assert place is not None and place.country == "AU"
    without = enrich(notice["title"], notice["body"], source="ocds").place  # what happened before
    assert without is None or without.country != "AU"


def test_signals_that_disagree_give_no_country_and_an_address_or_the_user_wins():
    disagree = nsw_style_release(awards=[{"id": "1", "value": {"amount": 10, "currency": "MXN"}}])
    assert inferred_country(disagree) is None and release_notice(disagree)["country"] is None
    assert release_notice(nsw_style_release(), default_country="NZ")["country"] == "NZ"
    addressed = nsw_style_release(parties=[{"id": "b", "name": "Demo Health District", "roles": ["buyer"],
                                            "address": {"countryName": "New Zealand"}}],
                                  buyer={"id": "b", "name": "Demo Health District"})
    assert release_notice(addressed)["country"] == "NZ"
    assert inferred_country({"ocid": "x", "tag": ["tender"]}, "https://ocds.example.org") is None


def test_ingest_places_a_publishers_release_in_its_country(database_url, tmp_path):
    release = nsw_style_release()
    del release["tender"]["documents"]  # only the package's publisher says where it is from
    path = tmp_path / "package.json"
    path.write_text(json.dumps({"uri": "https://example.invalid/p.json", "version": "1.1",
                                "publisher": {"name": "Demo eTendering", "uri": "https://tenders.nsw.gov.au"},
                                "releases": [release]}), encoding="utf-8")
    assert main(["ingest", str(path)]) == 0
    with psycopg.connect(database_url) as conn:
        stored = conn.execute("SELECT n.country, p.country FROM notices n LEFT JOIN places p ON p.notice_id = n.id"
                              ).fetchall()
    assert stored == [("AU", "AU")]


@pytest.mark.parametrize("indent", [None, 2])  # one line: read whole; pretty-printed: read as a stream
def test_the_reader_gives_each_release_its_packages_publisher(indent):
    import io

    from scrapers.parsing.ocds import read_ocds

    releases = [nsw_style_release(id=f"RFT-0001-{n}") for n in range(3)]
    package = {"uri": "https://example.invalid/p.json", "publisher": {"uri": "https://tenders.nsw.gov.au"},
               "releases": releases}
    reader = read_ocds(io.BytesIO(json.dumps(package, indent=indent).encode()), "package.json")
    parts = list(reader)
    assert reader.mode == ("document" if indent is None else "stream")
    assert [p.publisher_uri for p in parts] == ["https://tenders.nsw.gov.au"] * 3
