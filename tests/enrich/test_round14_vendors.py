"""Round 14, vendor links from prose: a well-known vendor a notice names is its supplier only where the text makes it
one (it made, licensed, resold or branded the goods) and is only `mentioned` where it lost, was excluded, is the
existing system, a contrast, or history. Every sentence here was written for this file (fictional buyers and local
suppliers; vendor names are real registry names used only to test matching); none comes from an evaluation set."""
from __future__ import annotations

import pytest

import enrich
from tests.enrich.notice_helpers import vendor_roles

# (title, body, vendor): the vendor made, licensed, resold or branded what was bought
SUPPLIED = [
    ("Body cameras for the port police", "The port police bought 80 body cameras from Harbour Kit Ltd, which resells "
     "Axon equipment.", "axon"),
    ("Town CCTV upgrade", "The town will run 40 cameras under a deal with Meadow Systems Ltd, with Huawei as "
     "technology partner.", "huawei"),
    ("Council CCTV", "The council signed with Brook Integrators Ltd for 90 cameras. The cameras will be of the Dahua "
     "brand, officials said.", "dahua"),
    ("Amendment", "A resolution to execute Amendment No. 2 with Axon Enterprise, Inc. for in-car video.", "axon"),
    ("Polizei kauft Bodycams", "Die Polizei hat 300 Bodycams beschafft; Lieferant ist die Nord GmbH, die Geräte "
     "stammen von Motorola Solutions.", "motorola_solutions"),
    ("Politie koopt camera's", "De gemeente kocht 60 camera's bij Polder Veilig BV; de camera's zijn van het merk "
     "Hikvision.", "hikvision"),
    ("Câmeras no centro", "A prefeitura contratou o consórcio Centro Seguro; o software de análise é licenciado pela "
     "BriefCam.", "briefcam"),
    ("Nadzor na trgu", "Općina je potpisala ugovor s tvrtkom Lika Zaštita d.o.o.; kamere proizvodi Dahua.", "dahua"),
    ("Kamere za mesto", "Občina je naročila 30 kamer pri podjetju Sava Tehnika d.o.o.; kamere so znamke Dahua.",
     "dahua"),
    ("شرطة المدينة", "اشترت الشرطة أجهزة من شركة الواحة للأنظمة، بترخيص من شركة سيلبرايت.", "cellebrite"),
    ("المرور", "تعاقدت الإدارة مع شركة النخيل لتوريد كاميرات ذكية بتقنية موتورولا سوليوشنز.", "motorola_solutions"),
    ("Kaunti yanunua kamera", "Kaunti imetoa zabuni kwa Pwani Ulinzi Ltd kufunga kamera 50, zinazotengenezwa na "
     "Hikvision.", "hikvision"),
    ("Bashkia blen kamera", "Bashkia ka lidhur kontratë me Vlora Siguri sh.p.k. për 80 kamera, me teknologji të "
     "Hikvision.", "hikvision"),
    ("Град купује камере", "Град је потписао уговор са фирмом Дунав Систем д.о.о. за 200 камера, са Dahua опремом.",
     "dahua"),
    ("เทศบาลติดตั้งกล้อง", "เทศบาลทำสัญญากับบริษัท ตัวอย่าง จำกัด ติดตั้งกล้องวงจรปิด 100 ตัว โดยใช้กล้องยี่ห้อ Dahua",
     "dahua"),
    ("पुलिस ने सॉफ्टवेयर खरीदा", "पुलिस ने चेहरा पहचान सॉफ्टवेयर खरीदा; सॉफ्टवेयर NEC से लाइसेंस प्राप्त है।", "nec"),
    ("某县公安局合成作战平台建成", "该平台软件由依图科技参与开发，总投资约900万元。", "yitu"),
    ("某县步态识别系统成交结果",
     "成交供应商：某某视觉科技有限公司。步态"
     "算法由银河水滴科技（北京）有限公司授权。", "watrix"),
    ("പോലീസ് ഉപകരണങ്ങൾ", "തൃശൂർ സിറ്റി പോലീസ് 12 Cellebrite ഉപകരണങ്ങൾ വാങ്ങി.", "cellebrite"),
    ("पुलिस उपकरण", "नगर पुलिस ने 10 Cellebrite उपकरण खरीदे।", "cellebrite"),
    ("Bodycams für die Polizei", "Die Polizei stattet 400 Beamte mit Bodycams aus; den Zuschlag über 1,1 Mio. Euro "
     "erhielt die Motorola Solutions Germany GmbH.", "motorola_solutions"),
    ("Камере у граду", "Министарство је потписало уговор за 300 камера. Опрему испоручује Хуавеј у сарадњи са фирмом "
     "Тиса Систем д.о.о.", "huawei"),
    ("某县公安局视频解析服务器采购中标公告",
     "中标人：某某信息工程有限公司。内容："
     "视频解析服务器2台，品牌：浙江大华。", "dahua"),
    ("某市公安局前端补点项目中标公告",
     "中标供应商：某某安视工程有限公司。新增摄像机100台"
     "，须兼容既有海康威视视频平台，设备品牌：宇视科技。",
     "uniview"),
    ("某区公安分局取证设备采购中标公告",
     "中标供应商：某某取证科技有限公司。标的：手机取证系统（Cellebrite UFED）2套。", "cellebrite"),
]


@pytest.mark.parametrize(("title", "body", "vendor"), SUPPLIED, ids=[body[:30] for _, body, _ in SUPPLIED])
def test_the_vendor_that_made_the_goods_is_a_supplier(title: str, body: str, vendor: str) -> None:
    assert ("supplier", vendor) in vendor_roles(title, body)


# (title, body, vendor): the vendor lost, was excluded, is the system already there, a contrast, or history
NOT_SUPPLIED = [
    # round 33 (labelling rule "Suppliers in company disclosures"): a filer's chip and cloud providers are no suppliers
    ("某公司2026年年度报告", "公司主营安防摄像机，主要芯片来自华为海思。", "huawei"),
    ("Form 20-F", "We sell video platforms to property managers; our cloud services run on Alibaba Cloud.", "alibaba"),
    ("City picks video review tool", "The police selected Kona Analytics at $200,000 after BriefCam and Genetec bids.",
     "briefcam"),
    ("Kamera-Auftrag vergeben", "Die Stadt hat 20 Kameras bei der Alster Technik GmbH bestellt. Ein Angebot mit "
     "Dahua-Kameras wurde ausgeschlossen.", "dahua"),
    ("Vidéoprotection", "La commune a retenu Garonne Numérique pour 50 caméras ; Idemia n'a pas été retenu.", "idemia"),
    ("Cámaras para el centro", "La alcaldía adjudicó a Andes Seguridad S.A. 60 cámaras; una oferta con equipos "
     "Hikvision quedó descalificada.", "hikvision"),
    ("Caméras à Dakar", "La police a attribué le marché à Teranga Systèmes. L'offre de Huawei est arrivée deuxième.",
     "huawei"),
    ("Camera tender", "The city awarded 400 cameras to Veld Vision (Pty) Ltd. The tender excluded cameras of the "
     "Hikvision and Dahua brands.", "hikvision"),
    ("Council agenda", "Resolution to decline the purchase of face matching software from Clearview AI.",
     "clearview_ai"),
    ("Maintenance contract", "The police awarded the maintenance of its camera network to Lake Road Ltd. The network "
     "was originally built by Huawei.", "huawei"),
    ("Caméras à Lyon", "La Ville a acheté 80 caméras à Rhône Vidéo. Contrairement à l'outil de Clearview AI utilisé "
     "ailleurs, aucune reconnaissance faciale n'est prévue.", "clearview_ai"),
    ("Caméras ANPR", "La zone a attribué à Meuse Mobilité SRL 30 caméras ANPR, compatibles avec le réseau existant "
     "équipé de matériel Hikvision.", "hikvision"),
    ("Police : un intégrateur local plutôt que Huawei", "Le marché de 300 caméras va à Lagune Systèmes.", "huawei"),
    ("Minutes", "The council heard a presentation on a proposed Flock Safety pilot; no action was taken.",
     "flock_safety"),
    ("Minutes", "Motion to purchase plate readers from Flock Safety failed 3-4.", "flock_safety"),
    ("Camera bid", "The county picked Ridge Video Ltd; Dahua withdrew its bid before the deadline.", "dahua"),
    ("Cámaras", "El municipio adjudicó a Sierra Vídeo S.A. las cámaras; Hikvision perdió por precio.", "hikvision"),
    ("Video contract", "The city moved its cameras to Cove Systems Ltd. Hikvision, the incumbent, kept two sites.",
     "hikvision"),
    ("Cámaras en Cali", "La alcaldía desmintió que fuera a comprar cámaras Dahua para el centro.", "dahua"),
    ("某县看守所智能分析项目单一来源公示",
     "拟定供应商：某某视联科技有限公司。理由：原监"
     "控平台为天地伟业产品，新增模块需深度兼容。",
     "tiandy"),
    ("某县雪亮工程运维服务成交公告",
     "成交供应商：某某通信工程有限公司。平台采用浙江"
     "大华技术股份有限公司设备，成交人需确保兼容。",
     "dahua"),
    ("某县人像比对系统中标候选人公示", "第一中标候选人：某某科技有限公司，算法：云从科技\n"
     "第二中标候选人：某某信息技术有限公司，算法：商汤科技", "sensetime"),
    ("某市公安局执法记录仪采购",
     "该局向某某电子有限公司采购执法记录仪；另一"
     "家以Axon产品参与的供应商未通过资格审查。", "axon"),
]


@pytest.mark.parametrize(("title", "body", "vendor"), NOT_SUPPLIED, ids=[body[:30] for _, body, _ in NOT_SUPPLIED])
def test_a_vendor_that_did_not_supply_is_only_mentioned(title: str, body: str, vendor: str) -> None:
    assert ("supplier", vendor) not in vendor_roles(title, body)


def test_a_winner_stays_a_supplier_when_another_bid_was_rejected() -> None:
    roles = vendor_roles("Camera contract", "Hikvision won the contract for 40 cameras; a rival bid was rejected.")
    assert ("supplier", "hikvision") in roles


def test_a_replacement_with_new_cameras_names_their_supplier() -> None:
    roles = vendor_roles("CCTV upgrade", "The city is replacing the old system with cameras supplied by Dahua.")
    assert ("supplier", "dahua") in roles


def test_a_lowercase_as_after_a_name_is_no_legal_form() -> None:
    parties = enrich.enrich("Safe city", "The city works with Huawei as technology partner.").parties
    assert [p.name for p in parties if p.vendor_id == "huawei"] == ["Huawei"]
