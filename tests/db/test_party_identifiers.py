"""Organisations resolved by identifier first (issue 10, item 3), against the real database.

Codes are constructed for the test (check characters computed); no real company's identifier is used."""
from __future__ import annotations

import json

from db import store
from db.registry import ensure_reference_data
from db.store import NoticeFields
from enrich import enrich

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _uscc(first17: str) -> str:
    total = sum(ALPHABET.index(c) * pow(3, i, 31) for i, c in enumerate(first17))
    return first17 + ALPHABET[(31 - total % 31) % 31]


CODE = _uscc("91330100MA2B3C4D5")


def _store(conn, number: int, title: str, body: str, *, facts: dict | None = None) -> int:
    result = enrich(title, body, kind="award", facts=facts)
    fields = NoticeFields(source_id="test_source", source_notice_id=f"N-{number}", url=f"https://example.test/{number}",
                          kind="award", title=title, text=result.text, published=None, language=result.language,
                          country=None, demo=True, document_id=None, facts=facts or {})
    store.upsert_notice(conn, fields, result)
    return conn.execute("SELECT id FROM notices WHERE source_notice_id = %s", (f"N-{number}",)).fetchone()[0]


def _supplier(conn, notice_id: int) -> tuple:
    return conn.execute(
        """SELECT org_id, match_method, identifiers FROM notice_parties
           WHERE notice_id = %s AND role = 'supplier' ORDER BY id LIMIT 1""", (notice_id,)).fetchone()


def test_two_spellings_with_one_code_are_one_organisation(conn):
    ensure_reference_data(conn)
    first = _store(conn, 1, "青山县视频监控采购项目中标公告",
                   f"采购人：青山县公安局\n中标供应商：青山星辰安防科技有限公司\n统一社会信用代码：{CODE}\n中标金额：100万元")
    second = _store(conn, 2, "白河县人脸识别门禁采购项目成交公告",
                    f"采购人：白河县公安局\n成交供应商：青山星辰安防工程有限责任公司（原青山星辰安防科技）\n"
                    f"统一社会信用代码：{CODE}\n成交金额：50万元")
    org_1, method_1, identifiers_1 = _supplier(conn, first)
    org_2, method_2, _ = _supplier(conn, second)
    assert org_1 == org_2
    assert (method_1, method_2) == ("new", "identifier")
    assert [(i["scheme"], i["value"]) for i in identifiers_1] == [("cn_uscc", CODE)]
    text = conn.execute("SELECT text FROM notices WHERE id = %s", (first,)).fetchone()[0]
    assert text[identifiers_1[0]["start"]:identifiers_1[0]["end"]] == CODE
    row = conn.execute("SELECT org_id, source, citation FROM organisation_identifiers WHERE value = %s",
                       (CODE,)).fetchall()
    assert row == [(org_1, "notice", f"notice {first}")]


def test_an_identifier_on_a_registry_vendor_wins_over_the_written_name(conn):
    ensure_reference_data(conn)
    vendor_org = conn.execute("SELECT id FROM organisations WHERE vendor_id = 'dahua'").fetchone()[0]
    conn.execute("""INSERT INTO organisation_identifiers (org_id, scheme, value, citation, source)
                    VALUES (%s, 'cn_uscc', %s, 'test', 'registry')""", (vendor_org, CODE))
    notice = _store(conn, 3, "某区治安卡口中标公告",
                    f"中标供应商：某某数码经营部\n统一社会信用代码：{CODE}\n中标金额：20万元")
    org_id, method, _ = _supplier(conn, notice)
    assert (org_id, method) == (vendor_org, "identifier")


def test_source_facts_identifiers_are_stored_without_offsets(conn):
    ensure_reference_data(conn)
    facts = {"winners": [{"name": "Example Vision Ltd", "company_id": "DE123456789", "country": "DE"}]}
    notice = _store(conn, 4, "Video surveillance upgrade", "Buyer: Stadt Beispiel\nWinner: Example Vision Ltd\n",
                    facts=facts)
    _, _, identifiers = _supplier(conn, notice)
    assert identifiers == [{"scheme": "eu_vat", "value": "DE123456789", "start": None, "end": None}]
    snapshot = conn.execute("SELECT enrichment FROM enrichment_snapshots WHERE notice_id = %s", (notice,)).fetchone()[0]
    assert json.dumps(snapshot).count("DE123456789") == 1


def test_mentioned_vendors_are_stored_with_their_role(conn):
    ensure_reference_data(conn)
    notice = _store(conn, 5, "Request for Tender: CCTV upgrade",
                    "Issued by: Example Precinct Office\nScope: 40 IP cameras (Axis Communications or equivalent).")
    rows = conn.execute("""SELECT p.role, p.raw_name, o.vendor_id FROM notice_parties p
                           JOIN organisations o ON o.id = p.org_id WHERE p.notice_id = %s AND p.role = 'mentioned'""",
                        (notice,)).fetchall()
    assert rows == [("mentioned", "Axis Communications", "axis")]
