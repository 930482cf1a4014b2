"""Round 33, supplier links in company disclosures (labelling rule "Suppliers in company disclosures",
tests/eval/README.md): in an annual report, 10-K/20-F, prospectus, ESG report or a listed company's announcement the
filer is the supplier, and another company only where the text says it builds, delivers or supplies the surveillance
system to the filer's customers with or for the filer (a named project, a consortium member, a subcontractor). Partners,
resellers, distributors, component, chip, server and cloud providers, investors, customers and competitors are
`mentioned` (with evidence), in every supported language; procurement notices keep their partner wording ("delivered
with our technology partner ZTE" for a city's project stays a supplier). Every text was written for this file
(fictional filers and buyers; real registry names only in the role the test names); none comes from an evaluation
set. Each case is checked with the role model on (the default) and with the rules alone (the model switched off)."""
from __future__ import annotations

import pytest

from enrich.disclosure_roles import is_disclosure
from tests.enrich.conftest import vendor_roles

_roles = vendor_roles  # the `mode` fixture (role model on, then rules alone) is in conftest.py


MENTIONED = [
    ("en ESG report, partners listed", "ESG report 2025: Veltris Identity AG",
     "Veltris Identity AG supplies fingerprint enrolment kits for police booking. We do not sell to sanctioned "
     "countries. Our partners include Thales.", "thales"),
    ("en annual report, equipment partners supplying servers", "Annual report 2025: Kordan Safe City Plc",
     "Kordan Safe City Plc builds command centres that combine cameras and emergency calls. Our equipment partners "
     "are Huawei and ZTE, which supply servers under subcontracts.", "zte"),
    ("en 10-K, chips supplied by", "Form 10-K: Pellam Vision Inc. - Item 1. Business",
     "Pellam Vision Inc. sells license plate recognition cameras to police agencies. Our edge processors are "
     "supplied by HiSilicon, a Huawei subsidiary. Revenue was $88 million.", "huawei"),
    ("en 20-F, cloud hosting", "Form 20-F: Qiaolin Smart City Ltd.",
     "Qiaolin Smart City Ltd. sells a video platform to district governments. Our platform is hosted on "
     "Alibaba Cloud under a framework agreement.", "alibaba"),
    ("en 10-K, reseller", "Form 10-K: Tarrow Plate Systems Corp.",
     "Tarrow Plate Systems Corp. designs plate readers for sheriffs. Motorola Solutions is an authorized reseller "
     "of our readers in Texas.", "motorola_solutions"),
    ("zh 招股说明书, cloud partner", "浙江澄观智能股份有限公司招股说明书",
     "公司主要产品为人脸识别门禁终端，客户包括学校和地铁。合作伙伴为华为云（仅云服务采购）。", "huawei"),
    ("zh 合同公告, partner provides servers", "江苏映岚科技股份有限公司关于签订重大合同的公告",
     "公司与某县公安局签订视频监控系统建设合同，合同金额为人民币960万元。公司合作伙伴华为技术有限公司提供服务器。",
     "huawei"),
    ("zh 年度报告, chips from a supplier", "苏州瞰岭科技股份有限公司2025年年度报告（摘要）",
     "公司主营网络摄像机及视频管理平台，主要芯片采购自华为海思，主要供应商还包括若干存储厂商。", "huawei"),
    ("zh-Hant 年報, supplier of servers", "鼎峰保全科技股份有限公司年報",
     "本公司提供影像監控系統予各縣市政府。伺服器主要供應商為華為技術有限公司。", "huawei"),
    ("fr rapport annuel, partenaire", "Rapport annuel 2025 : Vigilis Systèmes SA",
     "Vigilis Systèmes SA conçoit des logiciels de vidéoprotection pour les communes. Nos partenaires "
     "technologiques, notamment Thales, fournissent les serveurs.", "thales"),
    ("es informe anual, proveedor de servidores", "Informe anual 2025: Custodia Andina S.A.",
     "Custodia Andina S.A. vende cámaras de videovigilancia a municipios. Nuestros proveedores de "
     "servidores y nube incluyen empresas como Huawei.",
     "huawei"),
    ("de Geschäftsbericht, Partner", "Geschäftsbericht 2025: Wachtel Videotechnik AG",
     "Die Wachtel Videotechnik AG liefert Videoüberwachung für Kommunen. Wir arbeiten in Partnerschaft mit Bosch, das "
     "die Chips für unsere Kameras liefert.", "bosch"),
    ("ja 有価証券報告書, server supplier", "有価証券報告書：東邦セキュリティ株式会社",
     "当社は自治体向けに防犯カメラシステムを販売しています。サーバは日本電気株式会社から調達しています。", "nec"),
    ("ko 사업보고서, cloud partner", "㈜한결시큐리티 사업보고서",
     "당사는 지자체 통합관제센터용 영상분석 플랫폼을 공급합니다. 당사 카메라용 칩 공급업체는 한화비전입니다.",
     "hanwha_vision"),
    ("ru годовой отчёт, partner", "Годовой отчёт 2025: АО «Северный Дозор»",
     "АО «Северный Дозор» поставляет системы видеонаблюдения для городов. Наш партнер — Huawei, поставляющий "
     "серверы.",
     "huawei"),
]


@pytest.mark.parametrize(("case", "title", "body", "vendor"), MENTIONED, ids=[m[0] for m in MENTIONED])
def test_disclosure_partners_and_providers_are_mentioned(mode: str, case: str, title: str, body: str,
                                                         vendor: str) -> None:
    roles = _roles(title, body)
    assert roles.get(vendor) == {"mentioned"}, (case, roles)


SUPPLIERS = [
    ("en 8-K subcontract installing for a named agency", "Form 8-K: Brennick Safety Inc. - material agreement",
     "On May 4, 2026, Brennick Safety Inc. entered into a subcontract with Motorola Solutions, Inc. under which "
     "Brennick will install Motorola Solutions' license plate recognition cameras for the Nevada Highway Patrol.",
     "motorola_solutions"),
    ("en 20-F cameras installed in the filer's projects", "Form 20-F: Huaxing Policing Holdings - Suppliers",
     "Our key suppliers are Zhejiang Uniview Technologies Co., Ltd., which supplies the network cameras installed in "
     "our Sharp Eyes projects.", "uniview"),
    ("zh 中标公告, front-end devices for the project", "北京澄瞳科技股份有限公司关于中标视频监控项目的公告",
     "公司为某市公安局视频图像平台项目中标人，中标金额为人民币5,200万元。主要前端设备由浙江大华技术股份有限公司供货。",
     "dahua"),
    ("zh 合同公告, the project's equipment of two makers", "江苏瞰岭科技股份有限公司关于签订重大合同的公告",
     "公司与某县公安局签订视频监控系统建设合同，合同金额人民币8,600万元。项目主要设备采用华为、海康威视产品。",
     "hikvision"),
    ("en annual report, the filer as a registry vendor's brand", "Annual report - segment discussion (excerpt)",
     "Our Public Safety segment sells license plate readers to police agencies. We are a wholly owned subsidiary "
     "brand of Motorola Solutions, Inc., operating as Vigilant Solutions.", "motorola_solutions"),
    ("en 8-K, the filer itself", "Form 8-K: Axon Enterprise, Inc. - entry into a material agreement",
     "Axon Enterprise, Inc. will supply 600 body-worn cameras to a city police department under a five-year "
     "contract.", "axon"),
]


@pytest.mark.parametrize(("case", "title", "body", "vendor"), SUPPLIERS, ids=[s[0] for s in SUPPLIERS])
def test_disclosure_delivery_for_customers_stays_supplier(mode: str, case: str, title: str, body: str,
                                                          vendor: str) -> None:
    roles = _roles(title, body)
    assert "supplier" in roles.get(vendor, set()), (case, roles)


def test_procurement_notice_partner_stays_supplier(mode: str) -> None:
    roles = _roles("Kisumu safe city phase 2 completed",
                   "The County Government of Kisumu said the safe city cameras were delivered with our technology "
                   "partner ZTE under the county's contract with Lakeside Integrators Ltd.")
    assert "supplier" in roles.get("zte", set()), roles


def test_a_public_bodys_annual_report_is_no_disclosure() -> None:
    assert not is_disclosure("Annual report 2025: Metropolitan Police Department\nThe department bought cameras.")
    assert is_disclosure("Annual report 2025: Kordan Safe City Plc\nWe sell cameras.")
    assert is_disclosure("Geschäftsbericht 2025: Wachtel AG\nWir liefern Kameras.")
    assert is_disclosure("江苏映岚科技股份有限公司关于签订重大合同的公告\n公司签订合同。")
    assert not is_disclosure("某县公安局视频监控项目中标公告\n中标供应商：某公司")
