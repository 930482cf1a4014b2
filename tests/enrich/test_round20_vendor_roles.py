"""Round 20, vendor roles in multi-vendor prose: a vendor whose relationship the buyer ends, drops, leaves out of
this purchase or excludes is only `mentioned` (and a wordless mention elsewhere, a headline's brand, does not make
it a supplier); a ranked losing candidate's bracketed brand is not supplied; a supplier kept or paid for this
purchase, or named in a winner's bid note, is a supplier. Every sentence here was written for this file (fictional
buyers and local firms; vendor names are real registry names used only to test matching); none comes from an
evaluation set."""
from __future__ import annotations

import pytest

from enrich.party_values import _cut_value, _split_several
from tests.enrich.notice_helpers import supplier_ids, vendor_roles

# (title, body, vendor): the text does not say the vendor supplied this purchase
NOT_SUPPLIED = [
    ("Harbour town ends Flock Safety plate readers", "HARBOURTON - The town council terminated its Flock Safety "
     "contract on Monday and signed a $400,000 deal with Coastline Vision Ltd for 30 new cameras.", "flock_safety"),
    ("Sheriff drops face search pilot with Clearview AI", "The county sheriff said it had ended a free pilot of "
     "Clearview AI software and issued no purchase order.", "clearview_ai"),
    ("Valley city buys new video analytics", "VALLEY CITY - Police will add video analytics under a $900,000 contract "
     "with Ridge Analytics LLC. BriefCam's current licence will expire in June.", "briefcam"),
    ("Bridge CCTV pilot approved", "The transport board approved a $1.2 million CCTV pilot; Millbrook Secure Ltd will "
     "install Axis cameras on the bridge, with Hikvision devices barred by board policy.", "hikvision"),
    ("Port keeps Motorola Solutions radios, buys new plate readers", "The port authority awarded a $300,000 contract "
     "for 20 plate readers to Anchor Plate Systems Ltd. Radios supplied by Motorola Solutions, under a separate "
     "agreement, are not affected.", "motorola_solutions"),
    ("Городские камеры", "Мэрия заключила контракт с ООО «Волжские системы» на 500 камер. Алгоритм NtechLab "
     "заменён решением подрядчика.", "ntechlab"),
    ("مطار المدينة", "أرست الهيئة عقداً على شركة الرمال للأنظمة لتركيب بوابات ذكية، عوضاً عن بوابات IDEMIA "
     "القديمة.", "idemia"),
    ("Face engine chosen", "The provincial police picked an engine from Indus Vision Ltd after a Megvii-based offer "
     "failed the technical evaluation.", "megvii"),
]


@pytest.mark.parametrize(("title", "body", "vendor"), NOT_SUPPLIED)
def test_vendor_named_outside_this_purchase_is_not_a_supplier(title: str, body: str, vendor: str) -> None:
    roles = vendor_roles(title, body)
    assert ("supplier", vendor) not in roles, roles


# (title, body, vendor): the vendor supplies this purchase
SUPPLIED = [
    ("Police extend camera vans", "The regional police added three vans at a cost of GBP 900,000, with NEC "
     "continuing to supply the matching algorithm.", "nec"),
    ("Island police add plate readers", "The island police added 90 plate-reading cameras for $2 million; Huawei "
     "Technologies Co., Ltd. remains the contractor.", "huawei"),
    ("River city extends face search", "River City police will pay DataWorks Plus $800,000 to search archived "
     "footage.", "dataworks_plus"),
    ("Forensic lab opened", "The national police opened a phone forensic laboratory worth $3 million, with "
     "extraction tools from Cellebrite.", "cellebrite"),
    ("Göteborg: kroppskameror", "Kommunen har tecknat avtal om 400 kroppskameror för 9 miljoner kronor med Axon, "
     "via en återförsäljare.", "axon"),
    ("Нови Сад: камере", "Град је закључио уговор са фирмом „Дунав Тех” д.о.о. за 300 камера. Опрема ће бити марке "
     "Dahua.", "dahua"),
    ("某县公安局视频监控项目中标公告", "采购人：某县公安局。中标人：某某安防科技有限公司"
     "（所投产品：海康威视网络摄像机）。中标金额：120万元。", "hikvision"),
    ("某区公安分局天网工程中标公告", "采购人：某区公安分局\n中标供应商：某某智能科技有限公司\n中标金额：300万元\n"
     "主要设备：浙江大华技术股份有限公司高清网络摄像机200台。", "dahua"),
]


@pytest.mark.parametrize(("title", "body", "vendor"), SUPPLIED)
def test_supplier_of_this_purchase_is_linked(title: str, body: str, vendor: str) -> None:
    assert vendor in supplier_ids(title, body), vendor_roles(title, body)


def test_losing_candidates_bracketed_brand_is_not_supplied() -> None:
    body = ("第一中标候选人：某某信息工程有限公司，报价：150万元（前端设备：大华）；第二中标候选人：某某科技有限公司"
            "（海康威视）。采购人：某县公安局。内容：视频监控平台升级。")
    roles = vendor_roles("某县公安局视频监控平台升级项目中标候选人公示", body)
    assert ("supplier", "hikvision") not in roles, roles
    assert ("supplier", "dahua") in roles, roles


def test_wordless_headline_brand_yields_to_wording() -> None:
    # the headline alone would make Axon a supplier (its brand context); the body says its cameras are left alone
    title = "Lake town buys plate readers, keeps Axon cameras"
    body = ("The town council awarded a $200,000 contract for 12 plate readers to Lakeside Plate Co. Body cameras "
            "supplied by Axon under an existing agreement are not affected.")
    assert "axon" not in supplier_ids(title, body), vendor_roles(title, body)
    # without the body's wording the headline's brand still links it
    assert "axon" in supplier_ids(title, "The town bought 40 Axon body cameras for $90,000.")


def test_winner_value_stops_at_its_bid_note_and_price() -> None:
    text = "中标人：某某电子数据鉴定有限公司（所投产品：美亚柏科取证系统）。"
    start = text.index("：") + 1
    s, e = _cut_value(text, start, len(text))
    assert text[s:e] == "某某电子数据鉴定有限公司"
    text = "第一中标候选人：北疆安防有限公司，报价97.6万元，所投品牌：天地伟业"
    start = text.index("：") + 1
    assert [text[s:e] for s, e in _split_several(text, start, len(text))] == ["北疆安防有限公司"]
    # a plain list of winners is still split
    text = "中标人：甲乙科技有限公司、丙丁电子有限公司"
    start = text.index("：") + 1
    assert [text[s:e] for s, e in _split_several(text, start, len(text))] == ["甲乙科技有限公司", "丙丁电子有限公司"]


def test_concurrent_licences_are_not_a_french_competitor() -> None:
    body = "Authorizing the police to purchase 10 concurrent BriefCam licenses through Hill Forensics LLC for $90,000."
    assert "briefcam" in supplier_ids("Resolution: BriefCam licenses", body)
    fr = "La ville a retenu Alpes Vidéo SAS; son concurrent Hikvision n'a pas été retenu."
    assert ("supplier", "hikvision") not in vendor_roles("Vidéoprotection", fr)
