"""Round 35, supplier links (task suppliers): spurious links whose families recur across development sets, and the
maintenance renewals that name their maintainer with a possessive.

- "X 대신" / "Xの代わりに" (Korean, Japanese: instead of X) - the family of "instead of X" (set aj).
- A brand excluded in Chinese, written after it ("（X品牌除外）", "X产品除外"; set aj; the Japanese 除外 was a cue).
- X's goods bought under another contract or by another unit ("X tools are kept under a separate contract", "a
  separate X licence was renewed by a different unit"; sets aj, ae label X no supplier of this purchase).
- A trial or contract with X that the buyer ended ("had earlier trialled cameras from X and ended that trial"; set ag).
- The bidders of a tender listed in Chinese ("原投標廠商含X代理商", "投标人包括X"): bidding is no award (set ah).
- The buyer renewed or extended X's maintenance or upkeep ("renewed X's maintenance of the command centre", "extended
  X's maintenance of bus cameras"; set ah labels X the supplier); "upgraded … with X, ₱ 240 million" (more currency
  signs).
- A contract still proposed ("a proposed $22 million renewal with X is too expensive"; sets b, j, r, z) is no supply;
  "approved the proposed contract with X" still is.
- Registry names: 日本電氣股份有限公司 (NEC), 华为终端有限公司 (Huawei Device), 摩托罗拉系统 (Motorola Solutions),
  سيليبرايت (Cellebrite).
- Supplier names (not registry vendors): the Chinese awardee label without 为 or a colon ("中标供应商X有限公司"), an
  awardee label inside a sentence or lot list ("attributaire : X", "proveedor adjudicado: X", "al proveedor X"), "ha
  adjudicat a X" (ca) and "awarded X $1.3 million"; a lot label or a count after the legal form is not the name's.

Every text was written for this file (fictional buyers and places; real registry names only in the role the test
names); none comes from an evaluation set. Each case runs with the role model on and with the rules alone."""
from __future__ import annotations

import pytest

from enrich import enrich
from tests.enrich.conftest import vendor_roles

_roles = vendor_roles  # the `mode` fixture (role model on, then rules alone) is in conftest.py


SUPPLIERS = [
    ("en: renewed X's maintenance", "Northvale renews command centre upkeep",
     "NORTHVALE — Northvale Police renewed Huawei's maintenance of the city command centre and its 800 cameras, "
     "Rs 900 million.", "huawei"),
    ("en: extended X's maintenance", "Transit camera upkeep extended",
     "Northvale Transit extended Axon's maintenance of its bus and body cameras for two years, NZ$ 1.1 million.",
     "axon"),
    ("en: renewed X's upkeep", "Northvale camera upkeep",
     "The Northvale County Administration renewed Hikvision's upkeep of 400 street cameras, KSh 90 million.",
     "hikvision"),
    ("en: upgraded with X, a peso sum", "Northvale AFIS upgrade",
     "The Northvale National Police upgraded its fingerprint identification system with NEC, ₱ 120 million.", "nec"),
    ("en: approved the proposed contract with X", "Council approves body cameras",
     "The Northvale council approved the proposed contract with Axon for 300 body cameras, $2.2 million.", "axon"),
    ("zh-Hant: NEC's name in a Taiwan award", "北嶺市警察局指紋系統汰換",
     "北嶺市警察局辦理指紋自動比對系統汰換案，由日本電氣股份有限公司得標，決標金額新臺幣1億元。", "nec"),
    ("zh: Huawei Device as awardee", "北岭县政务中心手机采购",
     "北岭县政务服务中心采购工作用智能手机40部。成交：华为终端有限公司，金额：14万元。", "huawei"),
    ("zh: Motorola Solutions' Chinese name as the awarded brand", "北岭县公安局对讲系统升级",
     "新增基站2座、手持终端120部。中标品牌：摩托罗拉系统。中标供应商：北岭警通科技有限公司。中标金额：150万元。",
     "motorola_solutions"),
    ("ar: Cellebrite spelled with a long i", "شرطة نورثفيل تشتري أجهزة",
     "اشترت شرطة نورثفيل أجهزة استخراج بيانات الهواتف من شركة سيليبرايت بقيمة 300 ألف دولار.", "cellebrite"),
    ("en: bought from X, another vendor under a separate contract", "Northvale park cameras",
     "The City of Northvale bought 40 park cameras from Dahua; the cabling is under a separate contract with a local "
     "electrician.", "dahua"),
]

NOT_SUPPLIERS = [
    ("ko: X 대신 (instead of X)", "노스베일시 공원 카메라 교체",
     "노스베일시는 공원 방범 카메라 교체 사업을 노스베일보안(주)에 3억 원에 발주했다. "
     "한화비전 대신 다른 제품이 공급된다.",
     "hanwha_vision"),
    ("ja: Xの代わりに", "ノースベール市の防犯カメラ更新",
     "ノースベール市は防犯カメラ60台を更新した。Hikvision製品の代わりに国内メーカーの製品を採用した。", "hikvision"),
    ("zh: X品牌除外 in the title", "北岭县图书馆自助借还设备采购（大华品牌除外）",
     "采购RFID自助借还设备10台。采购人：北岭县图书馆。成交人：北岭书联科技有限公司。成交金额：18万元。", "dahua"),
    ("zh: X产品除外", "北岭县门禁设备采购",
     "北岭县档案馆采购门禁读卡器20台，海康威视产品除外。成交人：北岭门禁工程有限公司，成交金额9万元。", "hikvision"),
    ("en: X kept under a separate contract", "County lab licences",
     "The Northvale County forensic lab renewed Cellebrite licences for $54,000; Magnet Forensics tools are "
     "kept under a separate contract.", "magnet_forensics"),
    ("en: a separate X licence renewed by a different unit", "State police phone forensics",
     "The Northvale State Police renewed Cellebrite extraction licences for $300,000. A separate GrayKey licence was "
     "renewed by a different unit.", "grayshift"),
    ("en: X bought through another tender", "Northvale park cameras",
     "The City of Northvale bought 40 cameras from Dahua; Hikvision recorders were bought through another tender last "
     "year.", "hikvision"),
    ("en: a trial of X's goods ended", "Housing authority hires guards",
     "The Northvale Housing Authority contracted Ridge Patrol Services for night patrols, $120,000 a year. "
     "The authority had earlier trialled plate cameras from Flock Safety and ended that trial.", "flock_safety"),
    ("zh-Hant: bidders listed in a cancelled tender", "北嶺市政府警察局取消臉部辨識標案",
     "北嶺市政府警察局宣布取消臉部辨識系統標案，原投標廠商含NEC台灣代理商。", "nec"),
    ("en: a proposed renewal with X, criticised", "Guild questions camera contract",
     "The Northvale police guild said a proposed $9 million body-camera renewal with Axon is too expensive. "
     "The council has not voted.", "axon"),
    ("zh: bidders included X", "北岭县人脸识别门禁项目废标公告",
     "北岭县公安局人脸识别门禁项目因有效投标不足三家废标，投标人包括商汤科技等。", "sensetime"),
]


@pytest.mark.parametrize(("label", "title", "body", "vendor"), SUPPLIERS, ids=[c[0] for c in SUPPLIERS])
def test_supplier(mode: str, label: str, title: str, body: str, vendor: str) -> None:
    roles = _roles(title, body)
    assert "supplier" in roles.get(vendor, set()), roles


@pytest.mark.parametrize(("label", "title", "body", "vendor"), NOT_SUPPLIERS, ids=[c[0] for c in NOT_SUPPLIERS])
def test_not_supplier(mode: str, label: str, title: str, body: str, vendor: str) -> None:
    roles = _roles(title, body)
    assert "supplier" not in roles.get(vendor, set()), roles


NAMES = [
    ("zh: 中标供应商 without a colon", "北岭县公安局检测设备采购结果公告",
     "采购人为北岭县公安局，中标供应商北岭鉴识生物科技有限公司，中标价(万元)：113.7。", "北岭鉴识生物科技有限公司"),
    ("zh: 中标人 in a lot list", "北岭县视频监控项目中标公告",
     "采购人：北岭县公安局\n一标段：前端摄像机，中标人北岭楚视安防有限公司，中标价1,200,000元；二标段：传输，中标人北岭联通工程有限公司。",
     "北岭联通工程有限公司"),
    ("fr: attributaire in a lot list", "Travaux du centre-bourg – Commune de Northvale",
     "Commune de Northvale. Lot 1 : voirie (1 240 000,00 EUR), attributaire : Vallée TP. Lot 2 : vidéoprotection "
     "(380 000,00 EUR), attributaire : Armor Vidéo SARL.", "Vallée TP"),
    ("es: proveedor adjudicado", "ocds-nv-2027-0931: arriendo de cámaras",
     "comprador: Municipalidad de Northvale. proveedor adjudicado: Cordillera Vigilancia SpA. monto: CLP 284.000.000.",
     "Cordillera Vigilancia SpA"),
    ("es: al proveedor X", "Contraloría observa compra de drones",
     "La Contraloría observó la compra de seis drones con cámara, por $310 millones, al proveedor "
     "Norvalle Drones Ltda., por falta de protocolos.", "Norvalle Drones Ltda."),
    ("ca: ha adjudicat a X, a count after the legal form", "L’Ajuntament amplia les càmeres",
     "L’Ajuntament de Northvale ha adjudicat a Norvall Sistemes SL 24 càmeres de lectura de matrícules, "
     "per 310.000 euros.",
     "Norvall Sistemes SL"),
    ("en: awarded X a sum", "Council camera upgrade",
     "NORTHVALE — City of Northvale awarded Ridge Security Services $1.3 million to replace cameras in the centre.",
     "Ridge Security Services"),
]


@pytest.mark.parametrize(("label", "title", "body", "name"), NAMES, ids=[c[0] for c in NAMES])
def test_supplier_name(label: str, title: str, body: str, name: str) -> None:
    suppliers = [p.name for p in enrich(title, body).parties if p.role == "supplier"]
    assert name in suppliers, suppliers


def test_no_name_from_a_label_that_opens_a_duty() -> None:
    """"中标供应商应于…", "中标人须…": the label opens a duty, no company follows."""
    parties = enrich("北岭县设备采购", "中标供应商应于合同签订后30日内供货。中标人须提供售后服务。").parties
    assert not [p for p in parties if p.role == "supplier"]
