"""Round 19 (issue 10, item 2): more roles that are not this purchase's supply make a registry vendor `mentioned` —
a former partner or supplier with the role noun between, a purchase decided against, a rival faced, a kind of
product named after a vendor ("X-style sensors"), a relationship that has ended ("X is no longer a supplier") and
a vendor's part left out of this purchase. The supplier of the goods bought stays a supplier.

Every sentence here was written for these tests (fictional buyers and local firms; vendor names are real registry
names used only to test matching), none copied from an evaluation set.
"""
from __future__ import annotations

import pytest

import enrich


def role_of(title: str, body: str, vendor: str) -> str | None:
    roles = {p.role for p in enrich.enrich(title, body).parties if p.vendor_id == vendor}
    return "supplier" if "supplier" in roles else ("mentioned" if roles else None)


# (title, body, vendor, role)
CASES = [
    # a past relationship, a role noun between
    ("Annual report 2025 (excerpt)", "Our lighting division installed 3,000 LED lanterns in Derby. Our former "
     "camera partner Dahua Technology no longer supplies the group.", "dahua", "mentioned"),
    ("Council buys CCTV from a local firm", "Millbrook Council bought 30 cameras from Kestrel Vision Ltd for "
     "£90,000; ex-supplier Hikvision was not invited to bid.", "hikvision", "mentioned"),
    # a purchase decided against
    ("Police decide against cloud cameras", "The Harbour Police Service has decided against buying Verkada "
     "cameras for its stations.", "verkada", "mentioned"),
    ("Board votes against plate readers", "Supervisors voted against renewing Flock Safety cameras on county "
     "roads.", "flock_safety", "mentioned"),
    # a rival faced
    ("Dakar : la ville choisit un intégrateur face à Dahua", "La Ville de Dakar a attribué à Téranga Vision SARL le "
     "marché de 120 caméras.", "dahua", "mentioned"),
    # a kind of product named after a vendor
    ("City buys ShotSpotter-style acoustic sensors", "Riverton awarded $410,000 to Quillon Acoustics Inc. for "
     "gunshot sensors.", "soundthinking", "mentioned"),
    ("Sheriff buys Axon-like body cameras", "The sheriff bought 90 body cameras from Prairie Gear LLC for "
     "$120,000.", "axon", "mentioned"),
    # an ended relationship
    ("Group update", "The group sells traffic signals. Hikvision is no longer a supplier to the group.",
     "hikvision", "mentioned"),
    # a vendor's part left out of this purchase
    ("区公安分局手机信令分析平台成交公告", "采购人：某区公安分局\n成交供应商：晨星信息技术有限公司\n成交金额：120万元\n"
     "内容：电子围栏设备；华为提供的视频云平台不在本次采购范围。", "huawei", "mentioned"),
    ("Camera network phase 2 award", "Westport awarded $600,000 to Birchline Systems for 70 cameras; the Motorola "
     "Solutions radio link is not part of this contract.", "motorola_solutions", "mentioned"),
    # stays a supplier
    ("City awards camera contract", "Eastvale City awarded a $300,000 contract to Hikvision for 50 cameras.",
     "hikvision", "supplier"),
    ("Police partner with Axon", "The Lakeside Police Department signed a five-year agreement with Axon for body "
     "cameras and evidence storage.", "axon", "supplier"),
    ("视频监控采购项目中标公告", "采购人：某县公安局\n中标供应商：浙江大华技术股份有限公司\n中标金额：300万元\n"
     "内容：高清摄像机200台，本次采购范围含前端及平台。", "dahua", "supplier"),
    ("Town buys cameras", "Northgate bought 40 cameras supplied by Hanwha Vision for $80,000, after its previous "
     "supplier went out of business.", "hanwha_vision", "supplier"),
]


@pytest.mark.parametrize(("title", "body", "vendor", "role"), CASES)
def test_vendor_role(title, body, vendor, role):
    got = role_of(title, body, vendor)
    assert got == role or (role == "mentioned" and got is None)  # not recognised at all is no link either
