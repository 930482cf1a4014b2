"""Round 37 suppliers: awardee names that end in a legal form after a comma, contracts whose terms sit before "with",
renewals with a firm (es pt fr), two-character Chinese brands before the goods they name, and "X-brand" goods."""
from __future__ import annotations

import pytest

from enrich import enrich
from enrich.prose_names import _latin_name_end
from tests.enrich.notice_helpers import strongest_roles

_roles = strongest_roles


def _suppliers(title: str, body: str) -> list[str]:
    return [p.name for p in enrich(title, body).parties if p.role == "supplier"]


# A legal form after a comma belongs to the name; a place's state or province code after a comma does not.
@pytest.mark.parametrize("text,name", [
    ("Cedar Ridge Video Systems, Inc. for 80 cameras", "Cedar Ridge Video Systems, Inc."),
    ("Lakeview Analytics Group, LLC to host the footage", "Lakeview Analytics Group, LLC"),
    ("Shenzhen Bright Lens Technology Co., Ltd. supplied", "Shenzhen Bright Lens Technology Co., Ltd."),
    ("City of Boulder, CO. The council", "City of Boulder"),
    ("City of Red Deer, AB approved", "City of Red Deer"),
    ("Northgate Security, which won", "Northgate Security"),
])
def test_a_legal_form_after_a_comma_ends_the_name(text: str, name: str) -> None:
    assert text[:_latin_name_end(text, 0)] == name


@pytest.mark.parametrize("title,body,name", [
    ("Agenda item 14: traffic camera maintenance",
     "The Bexar County Commissioners Court approved a three-year, $2.4 million contract with Alamo Signal Services "
     "for the upkeep of 300 traffic cameras.", "Alamo Signal Services"),
    ("Consent agenda: license plate readers",
     "Staff recommends approval of a contract with Prairie Lakes Video, LLC for 24 license plate reader cameras.",
     "Prairie Lakes Video, LLC"),
    ("Sheriff renews face-matching service",
     "The Orange County Sheriff's Department renewed its mugshot matching contract with Harbor Biometrics for "
     "$1.1 million.", "Harbor Biometrics"),
    ("Montevideo mantiene sus cámaras",
     "La Intendencia de Salto renovó con Litoral Sistemas el mantenimiento de 150 cámaras de videovigilancia.",
     "Litoral Sistemas"),
    ("Douala entretient ses caméras",
     "La Communauté urbaine de Douala a renouvelé avec Wouri Sécurité l'entretien de 90 caméras de surveillance.",
     "Wouri Sécurité"),
])
def test_contract_and_renewal_wording_names_the_supplier(title: str, body: str, name: str) -> None:
    assert name in _suppliers(title, body)


def test_renewal_with_a_public_body_names_no_supplier() -> None:
    body = "The council renewed the water contract with the City of Lakeside for two years."
    assert not any(name.startswith("City") for name in _suppliers("Water agreement", body))


# A two-character Chinese brand right before the goods it names is the brand of goods bought.
@pytest.mark.parametrize("title,body,vendor", [
    ("会议室设备采购", "采购人：某县人民政府办公室。采购华为视频会议终端8台。成交金额：24万元。", "huawei"),
    ("校园网改造", "采购人：某县教育局。采购中兴交换机及无线AP一批，成交金额：96万元。", "zte"),
    ("卡口建设", "采购人：某县公安局。中标人：某某科技有限公司；设备：大华卡口相机12台。金额：60万元。", "dahua"),
])
def test_short_chinese_brand_before_its_goods_is_a_supplier(title: str, body: str, vendor: str) -> None:
    assert _roles(title, body).get(vendor) == "supplier"


# The same brands kept, excluded or left out of the purchase stay mentioned at most.
@pytest.mark.parametrize("title,body,vendor", [
    ("预警模块采购",
     "某县公安局采购预警模块，华为服务器不在本次采购范围内。成交：某某云科技有限公司，金额：50万元。", "huawei"),
    ("会商系统项目",
     "采购人：某县应急管理局。成交供应商：某某科技有限公司。原有华为会议终端保留。成交金额：40万元。", "huawei"),
])
def test_short_chinese_brand_outside_the_purchase_is_no_supplier(title: str, body: str, vendor: str) -> None:
    assert _roles(title, body).get(vendor) != "supplier"


def test_brand_written_with_brand_is_a_supplier() -> None:
    body = ("Capital Health has bought 120 bedside monitors from Harbour Medical Ltd for NZ$2.1 million; the central "
            "displays are NEC-brand screens supplied in the same order.")
    assert _roles("Hospital buys patient monitors", body).get("nec") == "supplier"


def test_short_name_without_brand_wording_is_no_vendor() -> None:
    body = "The NEC met on Tuesday and approved the election budget for the district."
    assert "nec" not in _roles("Election commission meeting", body)
