"""A small fictional corpus for dashboard tests, written through the real write path (db/store.py).

Every buyer, supplier, person and phone number here is invented and every notice is flagged demo. Places are real
administrative areas (so the map has somewhere to put points), attached to invented buyers.
One notice is an XSS probe: its title, buyer and evidence carry HTML/JS payloads that must render as text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal

from psycopg.types.json import Jsonb

from db import archive, store
from db.store import NoticeFields
from enrich.model import Amount, Enrichment, Party, Place, Span, TechTag

IMG = "<img src=x onerror=window.__xss=1>"
SCRIPT = "<script>window.__xss=1</script>"
XSS_TITLE = f"示例人脸识别采购{IMG}{SCRIPT}"
XSS_BUYER = f"示例{IMG}公安局"
# Markdown that would make every reader's browser fetch a third party's address (a tracking pixel) or break out
# of our own markup: in a supplier name, it reaches link labels on the notice page and the vendor page.
PIXEL = "![x](http://203.0.113.9/p.png)"
XSS_SUPPLIER = f"示例{PIXEL}`code`[link](http://203.0.113.9/l)供应商有限公司"
VERSION = "test-cues-1"


def span(text: str, needle: str, start_at: int = 0) -> Span:
    at = text.index(needle, start_at)
    return Span(at, at + len(needle), needle)


@dataclass
class Seeded:
    notices: dict[str, int] = field(default_factory=dict)
    vendor_org: int = 0
    subsidiary_org: int = 0


def _registry_vendor(conn, vendor_id: str, name: str, names: list[tuple[str, str, str]],
                     identifier: tuple[str, str] | None = None) -> int:
    org_id = conn.execute(
        """INSERT INTO organisations (match_key, vendor_id, canonical_name, country, is_vendor, citations)
           VALUES (%s, %s, %s, 'CN', true, %s) RETURNING id""",
        (f"vendor:{vendor_id}", vendor_id, name, Jsonb([f"https://demo.survtrack.invalid/registry/{vendor_id}"])),
    ).fetchone()[0]
    for alias, name_type, lang in names:
        conn.execute("INSERT INTO organisation_names (org_id, name, name_type, lang) VALUES (%s, %s, %s, %s)",
                     (org_id, alias, name_type, lang))
    if identifier:
        conn.execute("INSERT INTO organisation_identifiers (org_id, scheme, value, citation) VALUES (%s, %s, %s, %s)",
                     (org_id, *identifier, "https://demo.survtrack.invalid/registry/uscc"))
    return org_id


def _document(conn, url: str, body: bytes, run_id: int, fetched: datetime):
    sha, rel = archive.write_bytes(body)
    return store.record_document(conn, url=url, sha256=sha, archive_path=rel, byte_size=len(body),
                                 fetched_at=fetched, source_id="demo_ccgp", run_id=run_id, http_status=200,
                                 content_type="text/html; charset=utf-8")


def _notice(conn, seeded: Seeded, name: str, *, title: str, body: str, kind: str, published: date, country: str,
            tags: list[tuple[str, str]], buyer: str | None, suppliers: list[tuple[str, str | None]] = (),
            amount: tuple[str, Decimal, str] | None = None, place: dict | None = None, run_id: int,
            seen: datetime, source: str = "demo_ccgp", language: str = "zh") -> int:
    text = f"{title}\n{body}"
    url = f"https://demo.survtrack.invalid/{source}/{name}"
    document = _document(conn, url, f"<html><body><h1>{title}</h1><pre>{body}</pre></body></html>".encode(),
                         run_id, seen)
    enrichment = Enrichment(text=text, language=language, classifier_version=VERSION)
    for taxonomy_id, clause in tags:
        enrichment.tags.append(TechTag(taxonomy_id, span(text, clause, len(title)), f"cue:{taxonomy_id}:{clause}"))
    if buyer:
        enrichment.parties.append(Party("buyer", buyer, span(text, buyer, len(title))))
    for supplier, vendor_id in suppliers:
        enrichment.parties.append(Party("supplier", supplier, span(text, supplier), vendor_id=vendor_id,
                                        match_method="exact_alias" if vendor_id else None,
                                        match_score=1.0 if vendor_id else None))
    if amount:
        clause, value, currency = amount
        enrichment.amounts.append(Amount(value, currency, "award" if kind == "award" else "budget",
                                         span(text, clause)))
        enrichment.headline_amount = enrichment.amounts[0]
    if place:
        enrichment.place = Place(method="test", **place)
    fields = NoticeFields(source_id=source, source_notice_id=name, url=url, kind=kind, title=title, text=text,
                          published=published, language=language, country=country, demo=True,
                          document_id=document.id)
    store.upsert_notice(conn, fields, enrichment, seen_at=seen)
    notice_id = conn.execute("SELECT id FROM notices WHERE source_id = %s AND source_notice_id = %s",
                             (source, name)).fetchone()[0]
    seeded.notices[name] = notice_id
    return notice_id


def seed(conn) -> Seeded:
    """Load the fictional corpus; commits. Returns the ids tests refer to."""
    seeded = Seeded()
    seen = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)
    store.ensure_source(conn, "demo_ccgp", title="Demo procurement portal (fictional)",
                        homepage="https://demo.survtrack.invalid/")
    run_id = store.open_run(conn, "demo_ccgp", args={"sample": "1"}, demo=True)

    # Registry vendors, written directly so the test corpus does not depend on the registry loader's input type.
    seeded.vendor_org = _registry_vendor(
        conn, "demo_example_vision", "示例视觉科技股份有限公司",
        [("示例视觉科技股份有限公司", "legal", "zh"), ("Example Vision Technology Co., Ltd.", "transliteration", "en"),
         ("ExampleVision", "brand", "en")], identifier=("cn_uscc", "91000000DEMO00001X"))
    seeded.subsidiary_org = _registry_vendor(conn, "demo_example_vision_software", "示例视觉软件有限公司",
                                             [("示例视觉软件有限公司", "legal", "zh")])
    conn.execute("""INSERT INTO organisation_links (parent_id, child_id, relation, citation)
                    VALUES (%s, %s, 'subsidiary', 'https://demo.survtrack.invalid/registry/group')""",
                 (seeded.vendor_org, seeded.subsidiary_org))
    conn.execute("UPDATE organisations SET parent_id = %s WHERE id = %s", (seeded.vendor_org, seeded.subsidiary_org))
    conn.execute("""INSERT INTO watchlists (id, name, authority, url) VALUES
                    ('demo_entity_list', 'Demo Entity List (fictional)', 'Demo Bureau',
                     'https://demo.survtrack.invalid/list')""")
    conn.execute("""INSERT INTO designations (list_id, source_entry_id, program, entity_name, entity_country, org_id,
                                              match_method, match_score, listed_on, citation, source_url)
                    VALUES ('demo_entity_list', 'E-1', 'Demo program', 'Example Vision Technology Co., Ltd.', 'CN',
                            %s, 'exact_alias', 1.0, '2020-01-15', '99 Demo Reg. 12345',
                            'https://demo.survtrack.invalid/list/e-1')""", (seeded.vendor_org,))

    body = ("采购单位：示例市公安局\n项目名称：动态人脸识别系统建设项目\n中标供应商：示例视觉科技股份有限公司\n"
            "中标金额：386.5万元\n联系人：张三 联系电话：13812345678\n地址：辽宁省营口市")
    _notice(conn, seeded, "facial-award", title="示例市公安局动态人脸识别系统中标公告", body=body, kind="award",
            published=date(2021, 3, 5), country="CN", tags=[("facial_recognition", "动态人脸识别系统")],
            buyer="示例市公安局", suppliers=[("示例视觉科技股份有限公司", "demo_example_vision")],
            amount=("386.5万元", Decimal("3865000"), "CNY"),
            place=dict(country="CN", precision="admin2", admin1="辽宁省", admin2="营口市", admin1_code="210000",
                       admin2_code="210800", adcode="210800", lat=40.6668, lon=122.2350),
            run_id=run_id, seen=seen)
    body = ("采购单位：示例县公共安全管理中心\n采购内容：高清视频监控摄像机及视频专网\n预算金额：120万元\n"
            "联系人：李四 电话：0998-1234567")
    _notice(conn, seeded, "cctv-tender", title="示例县视频监控补点项目招标公告", body=body, kind="tender",
            published=date(2019, 6, 1), country="CN", tags=[("cctv", "高清视频监控摄像机")],
            buyer="示例县公共安全管理中心", amount=("120万元", Decimal("1200000"), "CNY"),
            place=dict(country="CN", precision="admin3", admin1="新疆维吾尔自治区", admin2="喀什地区",
                       admin3="疏附县", adcode="653121", lat=39.3750, lon=75.8630),
            run_id=run_id, seen=seen)
    body = ("Buyer: Exampleshire Constabulary\nSupply of automatic number plate recognition cameras.\n"
            "Supplier: 示例视觉软件有限公司\nValue: GBP 250,000\nContact: Jane Example, tel +44 20 7946 0000")
    _notice(conn, seeded, "anpr-award", title="ANPR camera contract (fictional)", body=body, kind="award",
            published=date(2022, 9, 12), country="GB", language="en",
            tags=[("vehicle_recognition", "automatic number plate recognition")],
            buyer="Exampleshire Constabulary", suppliers=[("示例视觉软件有限公司", "demo_example_vision_software")],
            amount=("GBP 250,000", Decimal("250000"), "GBP"),
            place=dict(country="GB", precision="city", city="Leeds", lat=53.7965, lon=-1.5478),
            run_id=run_id, seen=seen)
    body = "采购单位：示例区城市管理局\n采购内容：办公桌椅一批"
    _notice(conn, seeded, "furniture", title="示例区办公家具采购", body=body, kind="other", published=date(2023, 1, 9),
            country="CN", tags=[], buyer="示例区城市管理局", run_id=run_id, seen=seen)
    body = ("采购单位：示例市大数据中心\n建设内容：城市大脑平台及重点人员管控模块\n预算金额：900万元")
    _notice(conn, seeded, "city-brain", title="示例市城市大脑平台项目", body=body, kind="tender",
            published=date(2020, 11, 20), country="CN",
            tags=[("surveillance_platform", "城市大脑平台"), ("surveillance_platform", "重点人员管控")],
            buyer="示例市大数据中心", amount=("900万元", Decimal("9000000"), "CNY"),
            place=dict(country="CN", precision="admin1", admin1="辽宁省", admin1_code="210000", adcode="210000",
                       lat=41.8057, lon=123.4315),
            run_id=run_id, seen=seen)
    # Amended later, then removed from the source: versions and the takedown ledger.
    later = datetime(2024, 6, 1, 8, 0, tzinfo=UTC)
    body2 = body + "\n变更：增加人脸识别卡口"
    _notice(conn, seeded, "city-brain", title="示例市城市大脑平台项目", body=body2, kind="tender",
            published=date(2020, 11, 20), country="CN",
            tags=[("surveillance_platform", "城市大脑平台"), ("facial_recognition", "人脸识别卡口")],
            buyer="示例市大数据中心", amount=("900万元", Decimal("9000000"), "CNY"),
            place=dict(country="CN", precision="admin1", admin1="辽宁省", admin1_code="210000", adcode="210000",
                       lat=41.8057, lon=123.4315),
            run_id=run_id, seen=later)
    store.mark_removed(conn, "demo_ccgp", "city-brain", reason="http_404", on=date(2024, 7, 1))

    body = (f"采购单位：{XSS_BUYER}\n采购内容：人脸识别{IMG}{SCRIPT}门禁终端\n预算金额：50万元\n"
            f"供应商：{XSS_SUPPLIER}\n联系人：王五 联系电话：13900001111")
    _notice(conn, seeded, "xss-probe", title=XSS_TITLE, body=body, kind="tender", published=date(2023, 4, 2),
            country="CN", tags=[("facial_recognition", f"人脸识别{IMG}{SCRIPT}门禁终端")], buyer=XSS_BUYER,
            suppliers=[(XSS_SUPPLIER, None)],
            amount=("50万元", Decimal("500000"), "CNY"),
            place=dict(country="CN", precision="admin2", admin1="辽宁省", admin2="大连市", adcode="210200",
                       lat=38.9140, lon=121.6147),
            run_id=run_id, seen=seen)

    store.record_error(conn, run_id, url="https://demo.survtrack.invalid/demo_ccgp/broken", stage="parse",
                       error="no notice body found")
    store.record_error(conn, run_id, url="https://demo.survtrack.invalid/demo_ccgp/list?page=9", stage="blocked",
                       error="rate limited (HTTP 429)", http_status=429)
    store.close_run(conn, run_id, status="partial", stats={"notices_inserted": 6, "errors": 1, "blocked": 1})
    conn.commit()
    return seeded
