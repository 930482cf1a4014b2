"""Round 43 (speed): members with no possible start skip their scan, with the same matches as before.

Scan.finditer answers an empty iterator for a bounded member that cannot start anywhere in the text, and
supply_statements skips those statements outright; both must still find every match where one can start."""
from __future__ import annotations

import re

import pytest

import enrich
from enrich.fastscan import Scan
from enrich.supply_statements import supply_statements


def test_scan_finditer_same_matches_with_and_without_starts() -> None:
    patterns = [re.compile(r"supplied by (\w+)"), re.compile(r"geliefert von (\w+)"), re.compile(r"\w+ a\b")]
    scan = Scan(patterns)
    text = "The cameras were supplied by Northwind and installed; die Server wurden geliefert von Nordlicht."
    found = scan.find(text)
    for n, pattern in enumerate(patterns):
        got = [(m.start(), m.end()) for m in scan.finditer(found, n, text)]
        assert got == [(m.start(), m.end()) for m in pattern.finditer(text)], pattern.pattern
    assert [m.group(1) for m in scan.finditer(found, 0, text)] == ["Northwind"]
    assert [m.group(1) for m in scan.finditer(found, 1, text)] == ["Nordlicht"]


def test_scan_finditer_member_that_cannot_start_finds_nothing() -> None:
    scan = Scan([re.compile(r"supplied by (\w+)"), re.compile(r"adjudicado a (\w+)")])
    text = "Las cámaras fueron compradas por el municipio."
    found = scan.find(text)
    assert not found[0] and not found[1]
    assert list(scan.finditer(found, 0, text)) == [] and list(scan.finditer(found, 1, text)) == []


@pytest.mark.parametrize(("title", "body", "supplier"), [
    ("Police upgrade CCTV", "The new CCTV cameras were supplied by Northwind Vision Ltd under a three-year contract.",
     "Northwind Vision Ltd"),
    ("Polizei", "Die Kameras wurden von der Nordlicht Sicherheit GmbH geliefert.", "Nordlicht Sicherheit GmbH"),
    ("Policía", "Las cámaras fueron suministradas por la empresa Vigía Andina S.A.C. al municipio.",
     "Vigía Andina S.A.C."),
])
def test_supply_statement_suppliers_still_found(title: str, body: str, supplier: str) -> None:
    text = f"{title}\n{body}"
    assert [text[s:e] for s, e in supply_statements(text)] == [supplier]
    result = enrich.enrich(title, body)
    parties = [p for p in result.parties if p.role == "supplier"]
    assert [p.name for p in parties] == [supplier]
    assert text[parties[0].evidence.start:parties[0].evidence.end] == supplier


def test_no_supply_statement_no_supplier() -> None:
    text = "Council meeting\nThe council discussed parks, libraries and the budget for next year."
    assert supply_statements(text) == []
    assert not [p for p in enrich.enrich(*text.split("\n", 1)).parties if p.role == "supplier"]
