"""USAspending awards carry the recipient's Unique Entity ID: requested, rendered as a labelled line, kept in facts,
and read by enrichment as the supplier's identifier (issue 10, item 3). Fictional award."""
from __future__ import annotations

from enrich import enrich
from scrapers.parsing.usaspending import FIELDS, award_notice


def test_uei_is_requested_rendered_and_read():
    assert all("Recipient UEI" in fields for fields in FIELDS.values())
    notice = award_notice({"Award ID": "EX-0001", "Recipient Name": "EXAMPLE VISION LLC",
                           "Recipient UEI": "ABCD1234EFGH", "Awarding Agency": "Example County Sheriff",
                           "Award Amount": 125000, "Description": "LICENSE PLATE READER CAMERAS"}, "contracts")
    assert "Recipient UEI: ABCD1234EFGH" in notice["body"].splitlines()
    assert notice["facts"]["recipient"] == {"name": "EXAMPLE VISION LLC", "uei": "ABCD1234EFGH"}
    result = enrich(notice["title"], notice["body"], source="usa_usaspending", facts=notice["facts"], kind="award")
    supplier = next(p for p in result.parties if p.role == "supplier")
    assert supplier.name == "EXAMPLE VISION LLC"
    assert [(i.scheme, i.value) for i in supplier.identifiers] == [("us_uei", "ABCD1234EFGH")]
    evidence = supplier.identifiers[0].evidence
    assert result.text[evidence.start:evidence.end] == "ABCD1234EFGH"
