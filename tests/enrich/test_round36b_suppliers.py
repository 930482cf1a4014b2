"""Round 36b suppliers: partners that deliver a filer's project with it, the filer's own supply chain, and vendors a
news text names beside the purchase (used before, a failed offer, a separate network, shared alerts, no purchase)."""
from __future__ import annotations

import pytest

from enrich import enrich
from tests.enrich.notice_helpers import strongest_roles

_roles = strongest_roles


# Labelling rule "Suppliers in company disclosures": a partner delivering the project with the filer is a supplier.
@pytest.mark.parametrize("title,body,vendor", [
    ("Kestrel Urban Systems plc — Annual Report 2026",
     "Kestrel builds city surveillance control rooms. The Lusaka project was delivered with our consortium partner "
     "Huawei, which supplied the cameras and storage servers.", "huawei"),
    ("Meridian Safe Cities Ltd — Prospectus",
     "Meridian integrates CCTV for regional governments. The Abuja control centre was implemented with our "
     "technology partner ZTE, which supplied cameras and servers under the project.", "zte"),
    ("杭州星眸视觉股份有限公司2026年半年度报告",
     "报告期内，公司与大华组成联合体，共同为某市公安局交付智慧社区视频监控项目，大华负责前端摄像机及存储。", "dahua"),
    ("长沙云瞳信息技术股份有限公司2026年年度报告",
     "公司与宇视联合体共同为某县交付平安乡村项目，浙江宇视科技有限公司负责摄像机及视频存储。", "uniview"),
])
def test_partner_delivering_the_filers_project_is_a_supplier(title: str, body: str, vendor: str) -> None:
    assert _roles(title, body).get(vendor) == "supplier"


# The filer's own supply chain, sales channels and the goods it resells are no supply to a buyer.
@pytest.mark.parametrize("title,body,vendor", [
    ("苏州视安电子股份有限公司关于签订日常经营重大合同的公告",
     "公司与某县人民政府签订视频监控运维合同，合同金额2100万元。公司主要供应商为杭州海康威视数字技术股份有限公司（摄像机）。",
     "hikvision"),
    ("无锡慧眼科技股份有限公司向不特定对象发行可转换公司债券募集说明书",
     "本次募集资金投向智能视频分析平台项目。公司产品通过华为技术有限公司等合作伙伴渠道销售。", "huawei"),
    ("Northgate Vision Inc. — Form 10-K",
     "We resell Axis and Hanwha cameras to retail chains through our dealer network. Our largest customer is a "
     "grocery group.", "axis"),
])
def test_filers_supply_chain_is_mentioned(title: str, body: str, vendor: str) -> None:
    assert _roles(title, body).get(vendor) == "mentioned"


def test_a_convertible_bond_prospectus_names_its_filer() -> None:
    title = "无锡慧眼科技股份有限公司向不特定对象发行可转换公司债券募集说明书"
    body = "本次募集资金投向智能视频分析平台项目。公司主要客户为各地公安机关。"
    suppliers = [p.name for p in enrich(title, body).parties if p.role == "supplier"]
    assert suppliers == ["无锡慧眼科技股份有限公司"]


# News: vendors named beside the purchase are mentioned; the goods bought keep their brand as supplier.
@pytest.mark.parametrize("title,body,winner,loser", [
    ("Police department buys new body cameras",
     "TULSA, Okla. — The Tulsa Police Department signed a $3.1 million agreement with Axon Enterprise for body-worn "
     "cameras. The department had previously used Motorola Solutions equipment.", "axon", "motorola_solutions"),
    ("Municipalidad de Cusco compra cámaras",
     "La Municipalidad Provincial del Cusco adjudicó a Inca Seguridad S.A.C. la instalación de 80 cámaras marca "
     "Hikvision por S/ 2,1 millones. Dahua presentó una oferta sin éxito.", "hikvision", "dahua"),
    ("County buys Hikvision cameras for the bypass",
     "NAKURU — The county government bought 60 Hikvision cameras for the bypass from Rift Systems, KSh 40 million. "
     "Huawei maintains the separate Nairobi safe city network.", "hikvision", "huawei"),
])
def test_vendor_beside_the_purchase_is_mentioned(title: str, body: str, winner: str, loser: str) -> None:
    roles = _roles(title, body)
    assert roles.get(winner) == "supplier"
    assert roles.get(loser) == "mentioned"


@pytest.mark.parametrize("title,body,vendor", [
    ("Town buys plate readers",
     "MACON, Ga. — The town bought 20 plate readers from Peach Traffic Systems for $98,000, configured to share "
     "alerts with the Flock Safety network used by the county.", "flock_safety"),
    ("Studie zu Gesichtserkennung",
     "Eine Studie der Universität Kassel vergleicht Gesichtserkennungsalgorithmen von Cognitec und IDEMIA. "
     "Keine Beschaffung.", "cognitec"),
    ("Étude sur la reconnaissance faciale",
     "Une étude de l'université de Lille compare les algorithmes de Cognitec et d'IDEMIA. Aucun achat.", "cognitec"),
])
def test_no_supply_in_the_text(title: str, body: str, vendor: str) -> None:
    assert _roles(title, body).get(vendor) != "supplier"


# Near misses that must keep their supplier.
@pytest.mark.parametrize("title,body,vendor", [
    ("City buys Hikvision cameras",
     "The City of Dayton bought 40 Hikvision cameras from Miami Valley Security for $120,000. The cameras will "
     "share footage with the police control room.", "hikvision"),
    ("Sheriff renews Axon contract",
     "The sheriff's office renewed its Axon body camera contract for $2 million; it has used Axon cameras since "
     "2019.", "axon"),
])
def test_suppliers_kept(title: str, body: str, vendor: str) -> None:
    assert _roles(title, body).get(vendor) == "supplier"
