"""Round 26, registry vendor links: families of wording and names behind set aa's (and z's, y's) missed and spurious
supplier links - a list of brands sharing one cue, a rejection that belongs to the next vendor named, the goods'
brand ("the cameras are X units", "the supplier offered X devices"), Arabic "made/carried out by company X",
Central Asian "contract signed with X", a reference brand's equivalent, a lapsed earlier deal, what a previous
contractor used; and names: Chinese legal names with 开发/发展, a short brand before a country, Arabic spellings.
Each family has a near miss. Every sentence was written for this file (fictional buyers and firms; real registry
names only in the neutral role); none comes from an evaluation set."""
from __future__ import annotations

import pytest

from enrich import vendor_role_model
from enrich.vendors import load_registry
from tests.enrich.notice_helpers import roles_of

M, S = {"mentioned"}, {"supplier"}


_roles = roles_of


CASES = [
    # a list of brands sharing one cue after it (the short name 华为 gets its context from the list)
    ("zh list before 产品", "某某科技公司重大合同公告",
     "公司与某县公安局签订视频监控建设合同，金额人民币3,200万元。主要设备采用华为、大华产品。", "huawei", S),
    ("zh list before 产品 (second)", "某某科技公司重大合同公告",
     "公司与某县公安局签订视频监控建设合同，金额人民币3,200万元。主要设备采用华为、大华产品。", "dahua", S),
    ("zh list (near miss: compatible)", "某某科技公司重大合同公告",
     "公司与某县公安局签订平台建设合同，平台需兼容华为、大华设备。", "dahua", M),
    # a rejection after the next vendor's name is that vendor's
    ("pt rejection is the next vendor's", "Auditoria de câmeras corporais",
     "O contrato de R$ 40 milhões foi assinado com a Serra Alta Tecnologia, que ofereceu equipamentos da Axon, "
     "enquanto a proposta da Motorola Solutions foi desclassificada.", "motorola_solutions", M),
    ("en rejection of a listed pair (near miss)", "Council minutes",
     "Offers built on Hikvision and Dahua cameras were rejected; the council chose Larchmont Vision Ltd.",
     "hikvision", M),
    # the goods' brand
    ("en cameras are X units", "Ashford signs camera contract",
     "The town of Ashford signed a £2 million contract with Weldon Secure Ltd for 90 cameras; the cameras are "
     "Hikvision units, the tender papers show.", "hikvision", S),
    ("en cameras are not X (near miss)", "Ashford signs camera contract",
     "The town of Ashford signed a £2 million contract with Weldon Secure Ltd for 90 cameras; the cameras are not "
     "Hikvision units, the council said.", "hikvision", M),
    ("en supplier offered X devices", "OCDS release: Corvale city cameras",
     '{"awards": [{"suppliers": [{"name": "Corvale Integrated Ltd"}]}], "notes": "Lot 2 asks for Dahua or '
     'equivalent; the supplier offered Uniview devices."}', "uniview", S),
    ("en reference brand or equivalent (near miss)", "OCDS release: Corvale city cameras",
     '{"awards": [{"suppliers": [{"name": "Corvale Integrated Ltd"}]}], "notes": "Lot 2 asks for Dahua or '
     'equivalent; the supplier offered Uniview devices."}', "dahua", M),
    # a brand and its product written as one phrase share the "or equal" after them
    ("en BRAND PRODUCT OR EQUAL", "Award PIID 0001 - Fictional Agency",
     "Recipient: ELMWOOD FORENSICS LLC | Description: EXTRACTION KITS (CELLEBRITE UFED PREMIUM OR EQUAL) | "
     "Total Obligated Amount: $210,000.00", "cellebrite", M),
    # ar: required not to be made by X, without X
    ("ar ألا تكون من إنتاج", "عقد كاميرات",
     "تعاقدت البلدية مع شركة النخيل للاتصالات على نصب 400 كاميرا، واشترطت ألا تكون الكاميرات من إنتاج داهوا.",
     "dahua", M),
    ("ar بلا تقنية", "كاميرات بلا تقنية داهوا",
     "تعاقدت البلدية مع شركة النخيل للاتصالات على نصب 400 كاميرا.", "dahua", M),
    # a reference brand's equivalent
    ("en A or B equivalent", "OCDS release: radios",
     '{"tender": {"description": "150 handsets; Hytera or Motorola Solutions equivalent"}, "awards": [{"suppliers": '
     '[{"name": "Kestrel Radio Co"}]}]}', "motorola_solutions", M),
    ("en A or B handsets (near miss)", "Award: radios",
     "Kestrel Radio Co was awarded the order and will deliver 150 Motorola Solutions handsets to the port police.",
     "motorola_solutions", S),
    # a lapsed earlier deal
    ("en memorandum lapsed", "Harlow buys cameras",
     "The interior ministry signed a contract with Oakridge Sentry Ltd for 80 cameras, after an earlier agreement "
     "with Huawei lapsed.", "huawei", M),
    ("es convenio caducó", "Compra de cámaras",
     "El ministerio firmó con Vigía Andina S.A. tras el convenio con Huawei caducó el año pasado.", "huawei", M),
    ("en agreement renewed (near miss)", "Harlow renews cameras",
     "The ministry renewed its agreement with Huawei for 80 cameras after the first term expired.", "huawei", S),
    # what an earlier contractor used
    ("en previous integrator used", "Award: face matching upkeep",
     "Recipient: Tamsin Biometrics LLC. Obligation: $2,100,000. Upkeep of the matching service; the previous "
     "integrator used Cognitec components.", "cognitec", M),
    ("es proveedor anterior utilizaba", "Adjudicación",
     "Se adjudica a Biométrica Austral S.A. el mantenimiento; el proveedor anterior utilizaba Cognitec.",
     "cognitec", M),
    ("en integrator used (near miss)", "Award: face matching",
     "Recipient: Tamsin Biometrics LLC. Obligation: $2,100,000. The integrator used Cognitec components in the "
     "delivered system.", "cognitec", S),
    # ar: made or carried out by company X
    ("ar من إنتاج شركة", "عقد كاميرات",
     "وقعت البلدية عقدا مع شركة الواحة للأمن لتركيب 300 كاميرا، والمعدات من إنتاج شركة داهوا.", "dahua", S),
    ("ar من تنفيذ شركة", "مركز القيادة",
     "افتتحت الوزارة مركزا يربط 2000 كاميرا، من تنفيذ شركة هيكفيجن عبر وكيلها المحلي.", "hikvision", S),
    ("ar بدلا من (near miss)", "عقد كاميرات",
     "وقعت البلدية عقدا مع شركة الواحة للأمن لتركيب 300 كاميرا بدلا من كاميرات داهوا القديمة.", "dahua", M),
    # uz, kk: a contract signed with X
    ("uz bilan shartnoma", "Samarqand: kameralar",
     "Ichki ishlar boshqarmasi 500 ta kamera uchun Huawei bilan 90 mlrd so'mlik shartnoma imzoladi.", "huawei", S),
    ("kk мен келісімшарт", "Қарағанды: камералар",
     "Әкімдік 300 камера үшін Dahua мен келісімшарт жасады.", "dahua", S),
    # a tender's bidders listed
    ("en bidders include", "Harbour city tenders command centre",
     "The Harbour City council has floated a tender for a command centre linking 900 cameras. Bidders include "
     "consortia led by Huawei and a local integrator.", "huawei", M),
    ("es los oferentes son", "Licitación de cámaras",
     "La alcaldía de Villa Norte abrió la licitación de 300 cámaras; los oferentes son Dahua y una empresa local.",
     "dahua", M),
    ("en winning bidder is (near miss)", "Harbour city awards command centre",
     "The Harbour City council awarded the command centre contract; the winning bidder is Huawei.", "huawei", S),
    # an earlier system's supplier (es), a contract that had ended, a study that reports no procurement
    ("es equipos originales suministrados por", "Contraloría: cámaras sin mantenimiento",
     "El contrato de mantenimiento fue adjudicado a Sierra Segura S.A. Los equipos originales habían sido "
     "suministrados por la china Dahua en la primera fase.", "dahua", M),
    ("es suministrados por (near miss)", "Compra de cámaras",
     "La municipalidad adjudicó el contrato; los equipos serán suministrados por Dahua en marzo.", "dahua", S),
    ("en contract had ended", "Ministry explains cameras",
     "The ministry did not name the new supplier, saying the contract with Huawei from the first phase had ended.",
     "huawei", M),
    ("en contract runs (near miss)", "Ministry explains cameras",
     "The ministry said the contract with Huawei for the second phase was signed in May.", "huawei", S),
    ("en study reports no procurement", "Study on face recognition",
     "A study commissioned by a research group reviews face recognition in six states, citing contracts with "
     "Cognitec. It reports no new procurement.", "cognitec", M),
    # goods received from the vendor; a sum awarded to it
    ("en received cameras from", "Kestown police receive cameras",
     "The Kestown Police Service received 120 cameras and a control room from Hikvision under a grant.",
     "hikvision", S),
    ("en received a letter from (near miss)", "Kestown police and cameras",
     "The Kestown Police Service received a letter from Hikvision about its camera tender.", "hikvision", M),
    ("en awarded X a sum", "Lakeport metro picks vendor",
     "Lakeport Metro awarded Motorola Solutions USD 12 million for station video at 20 stations.",
     "motorola_solutions", S),
    ("en awarded NEC a sum", "Portview border gates",
     "The Portview border agency awarded NEC EUR 4 million for face recognition gates.", "nec", S),
    ("en awarded NEC stars (near miss: no sum, the short name stays unlinked)", "Security fair",
     "The reviewers awarded NEC 4 stars for its gates.", "nec", set()),
    # a council's approval with the sum right after the name
    ("en approve maintenance with X, $", "Consent item 7: Axon camera maintenance",
     "Town of Pinecrest. Approve annual maintenance of the body-worn camera system with Axon Enterprise, Inc., "
     "$212,000.", "axon", S),
    # mn, uz: bought (a compound verb), not its negated form
    ("mn худалдан авлаа", "Дархан: цагдаа",
     "Дархан аймгийн цагдаагийн газар утас задлах Cellebrite төхөөрөмж 3 ширхэгийг худалдан авлаа.",
     "cellebrite", S),
    ("mn худалдан аваагүй (near miss)", "Дархан: цагдаа",
     "Дархан аймгийн цагдаагийн газар Cellebrite төхөөрөмж худалдан аваагүй гэж мэдэгдэв.", "cellebrite", M),
    ("uz sotib oldi", "Namangan: politsiya",
     "Namangan viloyati IIB Cellebrite qurilmalarini sotib oldi.", "cellebrite", S),
    # zh-Hant: a winner written as the vendor's Taiwan agent (之臺灣代理商)
    ("zh-Hant 之臺灣代理商", "某市政府警察局數位鑑識設備採購",
     "機關名稱：某市政府警察局。得標廠商：Cellebrite DI Ltd.之臺灣代理商「某某資訊股份有限公司」。"
     "決標金額：新臺幣800萬元。",
     "cellebrite", S),
]


@pytest.mark.parametrize("name,title,body,vendor,expected", CASES, ids=[c[0] for c in CASES])
def test_vendor_link_families(name, title, body, vendor, expected):
    roles = _roles(title, body, vendor)
    if expected == S:  # a supplier link must be made (a second, neutral mention may be `mentioned`)
        assert "supplier" in roles
    else:
        assert roles == expected


@pytest.mark.parametrize("name,vendor", [
    ("北京商汤科技开发有限公司", "sensetime"),      # 开发 after 科技
    ("深圳市商汤科技发展有限公司", "sensetime"),      # 发展 after 科技
    ("ZTE Honduras", "zte"),                      # a short brand before a country
    ("ZTE Nicaragua S.A.", "zte"),
    ("هيكفيجن", "hikvision"),
    ("داهوا", "dahua"),
])
def test_names_resolve(name, vendor):
    resolution = load_registry().resolve(name)
    assert resolution is not None and resolution.vendor_id == vendor


@pytest.mark.parametrize("name", [
    "北京开发有限公司",   # nothing left but a place
    "ZTE Trading",       # a short brand before a trade word, not a country
    "ZTE Motors Group",
])
def test_names_stay_unresolved(name):
    resolution = load_registry().resolve(name)
    assert resolution is None or resolution.vendor_id != "zte"


def test_a_settlement_approved_with_a_vendor_is_no_supply_by_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """The approval cue's near miss, read by the rules alone: the shipped role model promotes this wordless mention
    (a council's "approve … with X, $" reads like a purchase to it), which its leave-one-set-out figures weigh."""
    monkeypatch.setattr(vendor_role_model, "ENABLED", False)
    assert _roles("Consent item 8: claims", "Town of Pinecrest. Approve the settlement of a claim with Axon "
                  "Enterprise, Inc., $15,000.", "axon") == M
