"""Round 36, suppliers (task suppliers): supplier names and links whose families recur across development sets.

- A company disclosure's filer is its supplier also when the registry does not know it (labelling rule "Suppliers in
  company disclosures"): named in the title beside the report's kind ("Annual report — X plc", "X — 10-K", "Form 10-K
  — Item 1 (X, Inc.)", "X招股说明书", "X 有価証券報告書", "사업보고서: ㈜X", "Geschäftsbericht 2026 der X AG"), in the
  body's own name in brackets ("本公司（X）", "当社グループ（X株式会社）"), or as the body's opening company ("On May 3,
  X Corp. entered into …"). A public body's annual report, an anonymised filer ("某科技股份有限公司") and a council's
  report are no filer.
- A CJK supplier name ends at its company head before a note, sum or bracket ("X有限公司（总集成）",
  "X有限公司，318万元") and starts after the agent or dealer role written before it ("代理商X有限公司",
  "Y授权代理X有限公司"); a head inside brackets ("Motorola Solutions（台灣摩托羅拉系統股份有限公司）")
  stays the bracket's.
- A brand's goods installed in a past year or kept as they are ("the cameras are X units installed in 2019", "X cameras
  remain;", "cámaras X instaladas en 2018") and a vendor set against the notice's goods ("unlike Y's X system") are no
  supplier link; goods of X to be installed in a coming year still are.

Every text was written for this file (fictional buyers, filers and places; real registry names only in the role the
test names); none comes from an evaluation set. Vendor-link cases run with the role model on and with the rules
alone."""
from __future__ import annotations

import pytest

from enrich import enrich
from tests.enrich.conftest import vendor_roles

_roles = vendor_roles  # the `mode` fixture (role model on, then rules alone) is in conftest.py


def _suppliers(title: str, body: str) -> list[str]:
    return [p.name for p in enrich(title, body).parties if p.role == "supplier"]


FILERS = [
    ("en: Annual report — X plc", "Annual report — Brackenridge Vision plc",
     "Brackenridge Vision plc designs and maintains public-space CCTV for councils in the north of England.",
     "Brackenridge Vision plc"),
    ("en: X — 10-K", "Lowmoor Plate Systems Inc. — 10-K",
     "Lowmoor Plate Systems sells licence plate readers to county sheriffs. Competitors include several start-ups.",
     "Lowmoor Plate Systems Inc."),
    ("en: Form 10-K — Item 1 (X, Inc.)", "Form 10-K — Item 1. Business (Tallowdene Analytics, Inc.)",
     "Our video analytics software indexes people and vehicles in recorded camera footage for police agencies.",
     "Tallowdene Analytics, Inc."),
    ("en: the body's opening company", "8-K: Entry into a Material Definitive Agreement",
     "On October 2, 2026, Quarrybank Identity Corp. entered into an agreement with a state police agency for face "
     "matching software.", "Quarrybank Identity Corp."),
    ("de: Geschäftsbericht 2026 der X AG", "Geschäftsbericht 2026 der Moorfeld Videotechnik AG",
     "Die Moorfeld Videotechnik AG errichtet Videoüberwachungsanlagen für Bahnhöfe und Kommunen.",
     "Moorfeld Videotechnik AG"),
    ("fr: Document d'enregistrement universel — X SA", "Document d'enregistrement universel 2025 — Vigiloire SA",
     "Vigiloire SA conçoit des logiciels de vidéoprotection pour les collectivités.", "Vigiloire SA"),
    ("zh: X招股说明书", "南岭瞳视智能科技股份有限公司招股说明书（申报稿）",
     "公司主要产品为人脸识别门禁终端及视频结构化平台，客户主要为各地公安机关。", "南岭瞳视智能科技股份有限公司"),
    ("zh: X关于签订合同的公告", "南岭视安科技股份有限公司关于签订日常经营重大合同的公告",
     "本公司近日与某县公安局签订视频监控建设项目合同，合同金额为人民币3,200万元。", "南岭视安科技股份有限公司"),
    ("zh: 本公司（X）", "2026年年度报告摘要（节选）",
     "报告期内，本公司（南岭慧眼安防股份有限公司）主营视频监控设备及平安社区解决方案。", "南岭慧眼安防股份有限公司"),
    ("ja: X 有価証券報告書", "南嶺セキュリティ株式会社 有価証券報告書",
     "当社は自治体向けに防犯カメラと顔認証システムを販売している。", "南嶺セキュリティ株式会社"),
    ("ko: 사업보고서: ㈜X", "사업보고서: ㈜남령비전",
     "㈜남령비전은 지방자치단체에 CCTV 통합관제 솔루션을 공급한다.", "㈜남령비전"),
]

NO_FILERS = [
    ("en: a public body's annual report", "Annual report of the Northvale Police Department",
     "The Northvale Police Department recorded 40 complaints about its street cameras in 2025."),
    ("zh: an anonymised filer", "某智能科技股份有限公司2025年年度报告",
     "公司主营视频监控设备，客户主要为各地公安机关。"),
    ("en: a news story about a report, no company", "Ombudsman annual report mentions camera complaints",
     "The Ombudsman's annual report notes 40 complaints about doorbell cameras."),
]


@pytest.mark.parametrize(("label", "title", "body", "name"), FILERS, ids=[c[0] for c in FILERS])
def test_filer_is_supplier(label: str, title: str, body: str, name: str) -> None:
    assert name in _suppliers(title, body), label


@pytest.mark.parametrize(("label", "title", "body"), NO_FILERS, ids=[c[0] for c in NO_FILERS])
def test_no_filer(label: str, title: str, body: str) -> None:
    assert _suppliers(title, body) == [], label


def test_filer_is_not_the_buyer() -> None:
    parties = enrich("ESG report — Larchwood Identity Group",
                     "Larchwood Identity Group supplies face verification gates to airports.").parties
    assert [(p.role, p.name) for p in parties if p.name == "Larchwood Identity Group"] == [
        ("supplier", "Larchwood Identity Group")]


CJK_NAMES = [
    ("zh: a sum after the name in a lot list", "南岭县公安局视频监控项目中标结果公告",
     "包1中标供应商：南岭康视工程有限公司，318万元；包2中标供应商：北岭洁视工程有限公司，126万元。",
     ["南岭康视工程有限公司", "北岭洁视工程有限公司"]),
    ("zh: a role note in brackets", "南岭县雪亮工程结果公告",
     "采购人：南岭县公安局。中标供应商：南岭天眼科技有限公司（联合体牵头人）。中标金额：860万元。",
     ["南岭天眼科技有限公司"]),
    ("zh-Hant: an agent written before the name", "南嶺市警察局手機鑑識設備採購",
     "決標廠商：代理商南嶺數位鑑識有限公司，決標金額新臺幣320萬元。", ["南嶺數位鑑識有限公司"]),
]


@pytest.mark.parametrize(("label", "title", "body", "names"), CJK_NAMES, ids=[c[0] for c in CJK_NAMES])
def test_cjk_supplier_name_edges(label: str, title: str, body: str, names: list[str]) -> None:
    found = _suppliers(title, body)
    for name in names:
        assert name in found, (label, found)


def test_a_head_inside_brackets_stays_the_brackets() -> None:
    parties = enrich("南嶺市警察局無線電系統維護",
                     "得標廠商：Motorola Solutions（台灣摩托羅拉系統股份有限公司），決標金額新臺幣900萬元。").parties
    assert any(p.vendor_id == "motorola_solutions" and p.role == "supplier" for p in parties)


NOT_SUPPLIERS = [
    ("en: X units installed in a past year", "Borough renews video management licences",
     "Eastmoor Borough Council renewed licences for its video management system, £52,000, through Moorgate "
     "Integration; the cameras are Hikvision units installed in 2018.", "hikvision"),
    ("en: X cameras remain", "District upgrades camera software",
     "Eastmoor School District upgraded its camera management software for 900 cameras; Axis Communications cameras "
     "remain; integrator Moorgate Integration, $120,000.", "axis"),
    ("es: cámaras X instaladas en un año pasado", "Renovación de licencias de videovigilancia",
     "El Ayuntamiento de Valdemoro Norte renovó las licencias del software de gestión de vídeo por 40.000 euros; "
     "las cámaras Dahua instaladas en 2017 no se sustituyen.", "dahua"),
    ("en: unlike another city's X system", "Town buys street cameras without face module",
     "The Town of Eastmoor bought 60 street cameras from Moorgate Integration Ltd; unlike Westmoor's Huawei system, "
     "these cameras have no face recognition.", "huawei"),
]

SUPPLIERS = [
    ("en: X cameras to be installed in a coming year", "Eastmoor buys cameras",
     "Eastmoor Borough Council bought 80 Hikvision cameras to be installed in 2027, £90,000.", "hikvision"),
    ("en: X remains the supplier", "Eastmoor renews camera contract",
     "Eastmoor Borough Council renewed its camera contract for £300,000; Axis Communications remains the supplier.",
     "axis"),
]


@pytest.mark.parametrize(("label", "title", "body", "vendor"), NOT_SUPPLIERS, ids=[c[0] for c in NOT_SUPPLIERS])
def test_not_supplier(mode: str, label: str, title: str, body: str, vendor: str) -> None:
    assert "supplier" not in _roles(title, body).get(vendor, set()), (mode, label)


@pytest.mark.parametrize(("label", "title", "body", "vendor"), SUPPLIERS, ids=[c[0] for c in SUPPLIERS])
def test_supplier(mode: str, label: str, title: str, body: str, vendor: str) -> None:
    assert "supplier" in _roles(title, body).get(vendor, set()), (mode, label)
