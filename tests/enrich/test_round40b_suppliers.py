"""Round 40b (suppliers): a two-character Chinese brand followed by a product phrase with modifiers (科达高清摄像机,
华为视频云存储设备) is the brand of the goods bought; a bare 原X (equipment already there), specifications said to point
to X (指向X产品), a considered offer not taken (未采用) and "X said it had not supplied" are no sale. Every sentence is
our own; each family has near misses."""
from __future__ import annotations

import pytest

from enrich import enrich


def _parties(title: str, body: str) -> dict[str | None, str]:
    return {p.vendor_id: p.role for p in enrich(title, body).parties if p.vendor_id}


@pytest.mark.parametrize(("body", "vendor"), [
    ("采购人：某县公安局。采购科达高清摄像机30台及配套存储。供应商：某某电子有限公司。金额：52万元。", "kedacom"),
    ("采购人：某市公安局。华为视频云节点扩容3套。成交金额：210万元。", "huawei"),
    ("采购人：某县公安局。宇视车辆卡口12处及配套立杆。金额：88万元。", "uniview"),
    ("采购人：某区公安分局。云从人证核验终端25台。金额：19万元。", "cloudwalk"),
    ("采购人：某县公安局。科达执法记录仪40台。金额：12万元。", "kedacom"),
    ("采购人：某市公安局。中兴视频存储服务器6台。金额：58万元。", "zte"),
    ("采购人：某县公安局。采购旷视视频结构化服务器2台，用于卡口视频解析。金额：96万元。", "megvii"),
])
def test_brand_then_product_phrase_is_a_supplier(body: str, vendor: str) -> None:
    assert _parties("视频设备采购成交公告", body).get(vendor) == "supplier"


@pytest.mark.parametrize(("body", "vendor"), [
    # the phrase is a company's own name, not goods
    ("采购人：某县公安局。中标供应商：某某科达视频监控工程有限公司。金额：30万元。", "kedacom"),
    # a requirement, not goods bought
    ("采购人：某县公安局。新建摄像机须兼容现有华为视频云平台。中标人：某某通信有限公司。金额：40万元。", "huawei"),
    # software of the platform already there, extended by its builder
    ("平台扩容拟单一来源采购，供应商：某某智能科技有限公司（原平台承建方，平台采用科达视频管理软件），预算90万元。",
     "kedacom"),
])
def test_brand_product_phrase_near_misses(body: str, vendor: str) -> None:
    assert _parties("视频设备采购成交公告", body).get(vendor) != "supplier"


@pytest.mark.parametrize(("body", "vendor"), [
    ("采购人：某市公安局。将原大华视频平台的数据迁移至新建平台。供应商：某某信息有限公司。金额：28万元。", "dahua"),
    ("采购人：某县公安局。原依图人像比对授权到期后不再续期，本次仅采购存储扩容。金额：15万元。", "yitu"),
    ("采购人：某县公安局。拆除原宇视摄像机并更换新摄像机80台。供应商：某某科技有限公司。金额：60万元。", "uniview"),
    ("采购人：某市公安局。因技术参数明显指向海康威视产品被投诉，本项目终止。", "hikvision"),
    ("采购人：某县政府办公室。采购会议室音响；曾比选的华为视频会议终端未采用。成交：某某声学有限公司。", "huawei"),
])
def test_former_equipment_and_biased_specifications_are_no_sale(body: str, vendor: str) -> None:
    assert _parties("视频监控项目公告", body).get(vendor) in (None, "mentioned")


def test_a_city_ending_in_yuan_is_not_former_equipment() -> None:
    body = "采购人：太原市公安局。采购海康威视摄像机120台。供应商：山西某某科技有限公司。金额：96万元。"
    assert _parties("视频监控采购成交公告", body).get("hikvision") == "supplier"


@pytest.mark.parametrize("body", [
    "Dahua said it had not supplied any cameras for the city's new network; the council named Harbour Lane Systems "
    "as its contractor for 200 cameras.",
    "Hikvision stated that it did not provide the recorders, which were bought from Ridgeway Integration Ltd.",
    "Hikvision afirmó que no había suministrado las cámaras del proyecto; el contratista fue Sistemas del Valle S.A.",
])
def test_vendor_saying_it_did_not_supply_is_no_supplier(body: str) -> None:
    roles = _parties("Camera network contract", body)
    assert "supplier" not in {roles.get("dahua"), roles.get("hikvision")}


def test_vendor_saying_it_supplied_stays_a_supplier() -> None:
    body = "Hikvision said it had supplied 300 cameras for the city's new network under a contract worth $2 million."
    assert _parties("Camera network contract", body).get("hikvision") == "supplier"
