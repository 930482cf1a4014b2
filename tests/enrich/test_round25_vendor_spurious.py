"""Round 25 (issue 10), spurious supplier links: families of wording that name a vendor which did not supply -
a filer's competitors or the many makers a product works with, a report or study that names vendors and buys
nothing, equipment removed or replaced, an earlier vendor's system, an owner or investor, a reference brand
negated after the name, a ban naming vendors. Each family has a near miss that must stay `supplier`. Every
sentence was written for this file (fictional buyers and firms; real registry names only in the neutral role);
none comes from an evaluation set."""
from __future__ import annotations

import pytest

from enrich import vendor_role_model
from enrich.parties import extract_parties


def _roles(title: str, body: str, vendor: str) -> set[str]:
    text = f"{title}\n{body}"
    return {p.role for p in extract_parties(text) if p.vendor_id == vendor}


M, S = {"mentioned"}, {"supplier"}
CASES = [
    # competitors and compatible makers
    ("en competitors such as", "Annual report", "Lumora Vision Inc. competes with bigger camera vendors in the "
     "municipal market such as Dahua and Axis. Our products are assembled in Ohio.", "dahua", M),
    ("en many makers including", "Annual report", "The Brightline analytics suite reads video from cameras built "
     "by various manufacturers, including Hikvision and Hanwha.", "hikvision", M),
    ("es many makers", "Informe anual", "Nuestra plataforma integra cámaras de diversos fabricantes, como Dahua.",
     "dahua", M),
    # round 33 (rule "Suppliers in company disclosures"): a filing's report of a sale not with or for the filer
    ("en competitors (near miss)", "Annual report", "Lumora Vision Inc. competes in the municipal market. In 2025 "
     "the county bought 300 cameras supplied by Axis.", "axis", M),
    # reports and studies
    ("en report compares", "Think tank", "A policy paper by the Riverbend Institute compared city networks built by "
     "Huawei in four countries and urged a privacy law. It proposes no purchase.", "huawei", M),
    ("en exports by", "Think tank", "The study counted exports of surveillance cameras by Hikvision to 60 "
     "countries.", "hikvision", M),
    ("en report (near miss)", "Council minutes", "The council approved 2 million dollars for new cameras built "
     "by Hikvision, to be installed in the old town.", "hikvision", S),
    # removal or replacement, earlier vendor
    ("en removing made by", "Ministry tender", "The ministry will spend 3 million removing 400 cameras made by Dahua "
     "and replacing them with cameras from Norvale Security Ltd.", "dahua", M),
    ("en replacing with (near miss)", "Ministry tender", "The ministry is replacing its old analogue units with "
     "cameras made by Axis.", "axis", S),
    ("en supplied replaced (near miss)", "Town report", "Cameras supplied by Axis replaced the old analogue ones "
     "at the station.", "axis", S),
    ("en original equipment had been", "Audit", "The upgrade was awarded to Tallow Systems Ltd. The original "
     "equipment had been supplied by Huawei under a loan.", "huawei", M),
    # owners and investors
    ("en partly owned by", "Award", "The transport authority awarded 5 million to Quaystone Parking Ltd for bay "
     "sensors; the firm is partly owned by Tencent.", "tencent", M),
    ("fr détenue par", "Marché", "Le marché est attribué à Brisant Capteurs SA, société détenue en partie par "
     "Tencent.", "tencent", M),
    ("en owned (near miss)", "Award", "Quaystone Parking Ltd, a Tencent partner, delivered the bay sensors; the "
     "software was supplied by Tencent.", "tencent", S),
    # a reference brand negated after the name
    ("zh 参考品牌 非本项目供货", "中标公告",
     "采购人：某县公安局。中标单位：某某智联科技有限公司。平台由海康威视提供技术支持（仅作为参考品牌，非本项目供货）。",
     "hikvision", M),
    ("en for reference only", "Award", "Contract awarded to Fenwick Signal Ltd. Brand named: Dahua, for reference "
     "only.", "dahua", M),
    ("zh 品牌 (near miss)", "中标公告", "中标单位：某某智联科技有限公司。摄像机品牌：海康威视，数量200台。",
     "hikvision", S),
    # bans naming vendors
    ("en ban such as", "Ordinance", "The council adopted an ordinance prohibiting city departments from using face "
     "recognition services offered by vendors such as Clearview AI.", "clearview_ai", M),
    ("en ban (near miss)", "Ordinance", "The ban does not cover traffic cameras; the city bought its traffic "
     "cameras from Axis.", "axis", S),
]


@pytest.mark.parametrize("name,title,body,vendor,expected", CASES, ids=[c[0] for c in CASES])
def test_spurious_families(name, title, body, vendor, expected, monkeypatch):
    # the families are the rules' (the vendor role model's vetoes are measured on the labelled sets; retrained with
    # set ab it vetoes the "built by Hikvision" near miss at 0.04, a known limit of the veto)
    monkeypatch.setattr(vendor_role_model, "ENABLED", False)
    roles = _roles(title, body, vendor)
    if expected == S:  # a near miss: the supplier link stays (a second, neutral mention may be `mentioned`)
        assert "supplier" in roles
    else:
        assert roles == expected
