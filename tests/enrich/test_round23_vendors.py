"""Round 23, supplier vendor links: a labelled winner value naming several organisations (a consortium's lead, an
installer, the maker of the goods) is cut so that the registry vendor in it is linked; more supplier wording (money
paid to X, "X to host", X completed a stage of the project, pudratchi / সরবরাহকারী, an Arabic contract "worth …" with
X, XにN円で発注 / Xから調達, 供應商為X, "delivering X cameras", hardware branded X); more negative contexts (replacing
equipment supplied by X, denying that X was a contractor, an offer refused in Dutch or Turkish, shortlisted bidders, a
trial that ended, optional brands); "(Pty) Ltd" and a continent in a vendor's local company name. Each pattern has a
near miss that must keep its old role. Every sentence here was written for this file (fictional buyers and local
firms; vendor names are real registry names used only to test matching); none comes from an evaluation set."""
from __future__ import annotations

import pytest

import enrich
from enrich.vendors import load_registry


def _parties(title: str, body: str) -> list[tuple[str, str, str | None]]:
    return [(p.role, p.name, p.vendor_id) for p in enrich.enrich(title, body).parties if p.role != "buyer"]


def _role_of(title: str, body: str, vendor: str) -> set[str]:
    return {role for role, _, vid in _parties(title, body) if vid == vendor}


def _evidence_exact(title: str, body: str) -> None:
    result = enrich.enrich(title, body)
    text = f"{title}\n{body}"
    for party in result.parties:
        assert text[party.evidence.start:party.evidence.end] == party.name == party.evidence.text


# (pattern, title, body, vendor id, supplier names expected among the suppliers)
SPLIT_VALUES = [
    ("consortium lead", "克拉玛依市城市大脑一期中标公告",
     "采购人：克拉玛依市数据局。中标人：华为技术有限公司（联合体牵头）、克拉玛依云图信息科技有限公司。中标金额：2,100万元。",
     "huawei", {"华为技术有限公司", "克拉玛依云图信息科技有限公司"}),
    ("lead then 与 … 联合体", "哈密市视频共享平台中标结果",
     "采购人：哈密市公安局。中标人：海康威视数字技术股份有限公司（牵头人）与哈密天山数据有限公司联合体。中标金额：980万元。",
     "hikvision", {"海康威视数字技术股份有限公司", "哈密天山数据有限公司"}),
    ("installer", "Poland-Gdańsk: CCTV systems — award notice",
     "Contracting authority: Miasto Gdańsk. Contractor: Dahua Technology Poland Sp. z o.o., with installer Bałtyk "
     "Monitoring Systemy. Value of contract: PLN 3,200,000.00.", "dahua", {"Bałtyk Monitoring Systemy"}),
    ("maker's brand", "昌吉市社区视频监控中标公告",
     "采购人：昌吉市某某街道办事处。中标金额：88万元。中标供应商：昌吉天润安防工程有限公司，设备品牌为海康威视。",
     "hikvision", {"昌吉天润安防工程有限公司"}),
    ("maker's goods", "奎屯市网格化视频项目",
     "采购人：奎屯市委政法委员会。中标金额：120万元。中标单位：奎屯北疆安防有限公司，设备采用天地伟业技术有限公司产品。",
     "tiandy", {"奎屯北疆安防有限公司"}),
    ("delivering X cameras", "Hungary-Szeged: Number-plate cameras — contract award",
     "Contracting authority: Szegedi Rendőrkapitányság. Contractor: Tisza Vision Kft., delivering Uniview cameras. "
     "Value: HUF 95,000,000.", "uniview", {"Tisza Vision Kft."}),
]


@pytest.mark.parametrize(("pattern", "title", "body", "vendor", "names"), SPLIT_VALUES,
                         ids=[c[0] for c in SPLIT_VALUES])
def test_a_winner_value_naming_several_organisations_links_the_vendor(pattern, title, body, vendor, names):
    parties = _parties(title, body)
    assert ("supplier", vendor) in {(role, vid) for role, _, vid in parties}, parties
    assert names <= {name for role, name, _ in parties if role == "supplier"}, parties
    _evidence_exact(title, body)


# near misses: the vendor in the value is a requirement or replaced goods; the winner is still cut out of the value
SPLIT_NEAR_MISSES = [
    ("compatibility", "昌吉市社区视频监控中标公告",
     "采购人：昌吉市某某街道办事处。中标金额：88万元。中标供应商：昌吉天润安防工程有限公司，需兼容海康威视平台。",
     "hikvision", "昌吉天润安防工程有限公司"),
    ("replacing", "Hungary-Szeged: Number-plate cameras — contract award",
     "Contracting authority: Szegedi Rendőrkapitányság. Contractor: Tisza Vision Kft., replacing Uniview cameras. "
     "Value: HUF 95,000,000.", "uniview", "Tisza Vision Kft."),
]


@pytest.mark.parametrize(("pattern", "title", "body", "vendor", "winner"), SPLIT_NEAR_MISSES,
                         ids=[c[0] for c in SPLIT_NEAR_MISSES])
def test_a_vendor_named_in_the_value_only_as_a_requirement_is_no_supplier(pattern, title, body, vendor, winner):
    parties = _parties(title, body)
    assert "supplier" not in _role_of(title, body, vendor), parties
    assert ("supplier", winner, None) in parties, parties


def test_a_resellers_value_still_links_the_vendor_it_resells():
    parties = _parties("Ireland-Galway: Award of contract – body-worn cameras",
                       "Contracting authority: Galway County Council\nAwarded to: Corrib Digital Ltd (authorised "
                       "Motorola Solutions reseller)\nValue: EUR 120 000")
    assert ("supplier", "motorola_solutions") in {(role, vid) for role, _, vid in parties}, parties


# (pattern, title, body, vendor): wording that says the vendor supplied
SUPPLIED = [
    ("paid amount to", "Audit flags Safe City costs", "PORT MATHURIN — The auditor found that the island police "
     "paid Rs 85 million to Huawei for camera maintenance in 2026.", "huawei"),
    ("had been paid to", "Written answer: facial search", "The minister said £1.2 million had been paid to NEC "
     "Software Solutions UK for the custody image search service.", "nec"),
    ("pagó a", "Cusco: mantenimiento de cámaras", "La municipalidad pagó S/ 1,5 millones a la empresa Dahua por el "
     "mantenimiento de la red de cámaras.", "dahua"),
    ("to host", "Alibaba Cloud to host Penang traffic brain", "Penang's city council announced the RM 30 million "
     "project for its traffic centre.", "alibaba"),
    ("completed a stage", "Bishkek safe city update", "BISHKEK — The interior ministry said Huawei completed the "
     "second stage of the Safe City project, adding 300 cameras.", "huawei"),
    ("pudratchi", "Samarqand: xavfsiz shahar", "Samarqand viloyati IIB 500 ta kamerani o'rnatdi; loyiha qiymati 90 "
     "mlrd so'm, pudratchi — Huawei Technologies Uzbekistan.", "huawei"),
    ("সরবরাহকারী", "খুলনা: ফরেনসিক যন্ত্র", "খুলনা মেট্রোপলিটন পুলিশ ৫ কোটি টাকায় মোবাইল ফরেনসিক যন্ত্র কিনেছে; "
     "সরবরাহকারী Cellebrite।", "cellebrite"),
    ("Arabic contract worth … with", "الكويت: توسيع بصمة العين", "وسعت الإدارة العامة للمنافذ نظام التحقق بالوجه "
     "بعقد قيمته 12 مليون دينار مع شركة IDEMIA.", "idemia"),
    ("に発注", "大阪府警、ナンバー読取装置を更新",
     "大阪府警察は読取装置20か所の更新を日本電気株式会社に四億円で発注した。", "nec"),
    ("から調達", "県警、顔認証システムを導入",
     "愛知県警察は顔認証による捜査支援システムを日本電気株式会社から三億円で調達した。", "nec"),
    ("供應商為", "立法會答問：海關手機檢驗工具", "保安局局長答覆議員：香港海關以港幣300萬元購置手機數據提取設備，"
     "供應商為Cellebrite，用於調查。", "cellebrite"),
    ("branded", "Auditor's report: county command centre", "The county paid its main contractor, Rift Networks Ltd, "
     "for 300 cameras; the subcontracted camera hardware was branded Huawei.", "huawei"),
]


@pytest.mark.parametrize(("pattern", "title", "body", "vendor"), SUPPLIED, ids=[c[0] for c in SUPPLIED])
def test_supplier_wording_links_the_vendor_as_supplier(pattern, title, body, vendor):
    assert "supplier" in _role_of(title, body, vendor), _parties(title, body)
    _evidence_exact(title, body)


# near misses of the wording above: the vendor is not this purchase's supplier
NOT_SUPPLIED_WORDING = [
    ("paid tribute to", "Island police honour engineers", "The island police paid tribute to Huawei engineers at the "
     "ceremony for the new academy.", "huawei"),
    ("to face", "Alibaba Cloud to face questions over Penang data", "Penang's council will question the company "
     "at a hearing.", "alibaba"),
    ("competitor", "Samarqand: xavfsiz shahar", "Samarqand viloyati IIB 500 ta kamerani o'rnatdi; pudratchi — "
     "Zarafshon Tizimlari MChJ. Raqobatchi sifatida Huawei taklifi rad etildi.", "huawei"),
    ("Arabic: not with", "القاهرة: عقد كاميرات المدينة ليس مع هواوي", "أوضحت الشركة أن عقد 500 كاميرا منح لشركة "
     "النيل للأنظمة.", "huawei"),
    ("に代わり", "県警、読取装置を更新",
     "県警察は日本電気株式会社に代わり、富士通のシステムを二億円で導入した。", "nec"),
    ("には発注しなかった", "県警、読取装置を更新",
     "県警察は読取装置の更新を日本電気株式会社には発注しなかった。", "nec"),
    ("供應商 not for the vendor", "立法會答問：海關手機檢驗工具", "保安局局長答覆議員：設備須與Cellebrite格式相容，"
     "供應商為本地公司。", "cellebrite"),
    ("branded, excluded", "Auditor's report: county command centre", "The county paid Rift Networks Ltd for 300 "
     "cameras; hardware branded Huawei was excluded by policy.", "huawei"),
]


@pytest.mark.parametrize(("pattern", "title", "body", "vendor"), NOT_SUPPLIED_WORDING,
                         ids=[c[0] for c in NOT_SUPPLIED_WORDING])
def test_near_misses_of_the_supplier_wording_stay_unlinked(pattern, title, body, vendor):
    assert "supplier" not in _role_of(title, body, vendor), _parties(title, body)


# (pattern, title, body, vendor): a negative context - the vendor did not supply this purchase
NEGATIVE = [
    ("replacing equipment supplied by", "Coastal police sign camera deal", "PERTH — Coastal Police have signed a "
     "A$20 million deal with Axon for body-worn cameras, replacing equipment supplied by Motorola Solutions.",
     "motorola_solutions"),
    ("remplace le matériel fourni par", "Nantes : caméras piétons", "La police municipale de Nantes a signé un "
     "contrat de 2 millions d'euros avec Axon, qui remplace le matériel fourni par Motorola Solutions.",
     "motorola_solutions"),
    ("denying that", "Herat: cameras installed by local firm", "Herat's governor said 4,000 cameras were being "
     "installed by Harirud Security Co. for AFN 300 million, denying that Hikvision was a contractor.", "hikvision"),
    ("negando que", "Quito: cámaras", "El municipio adjudicó 200 cámaras a Andes Vigila S.A., negando que "
     "Hikvision fuera el proveedor.", "hikvision"),
    ("nl: offer refused", "Utrecht: politie koopt ANPR", "De politie-eenheid Utrecht kocht 30 ANPR-camera's bij "
     "Domstad Techniek voor €600.000; een aanbod van IDEMIA voor gezichtsherkenning werd afgewezen.", "idemia"),
    ("tr: bidder eliminated", "Bursa: plaka tanıma", "Bursa Emniyet Müdürlüğü 40 noktaya kamera ihalesini Uludağ "
     "Sistem Ltd.'ye verdi; ihalede Dahua ürünleri teklif eden firma elendi.", "dahua"),
    ("shortlisted", "Darwin police choose face search", "NT Police selected Top End Analytics for retrospective "
     "face search in a A$1 million deal. Cognitec and IDEMIA were shortlisted.", "idemia"),
    ("trial ended", "Police chief: Clearview trial over", "LAKETON — The police chief said a Clearview AI trial "
     "ended in June.", "clearview_ai"),
    ("可选品牌", "某区视频会议系统（非安防）",
     "采购人：某区人民政府办公室。内容：视频会议终端10套，可选品牌华为、中兴。中标金额：40万元。", "huawei"),
]


@pytest.mark.parametrize(("pattern", "title", "body", "vendor"), NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_negative_contexts_never_link_a_supplier(pattern, title, body, vendor):
    assert "supplier" not in _role_of(title, body, vendor), _parties(title, body)


# near misses of the negative contexts: the same shapes with the vendor supplying
STILL_SUPPLIED = [
    ("supplied by", "Coastal police cameras", "PERTH — Coastal Police use body-worn cameras supplied by Motorola "
     "Solutions under a A$20 million deal.", "motorola_solutions"),
    ("confirming that", "Herat: cameras", "Herat's governor said 4,000 cameras cost AFN 300 million, confirming that "
     "Hikvision was the contractor.", "hikvision"),
    ("nl: delivered by", "Utrecht: politie koopt gezichtsherkenning", "De politie-eenheid Utrecht kocht software "
     "voor €600.000, geleverd door IDEMIA.", "idemia"),
    ("the winner's brand", "中标公告：某区视频监控", "采购人：某区公安分局。中标金额：40万元。中标供应商：某某安防有限"
     "公司，设备品牌为华为。", "huawei"),
]


@pytest.mark.parametrize(("pattern", "title", "body", "vendor"), STILL_SUPPLIED, ids=[c[0] for c in STILL_SUPPLIED])
def test_the_same_shapes_without_the_negative_part_stay_suppliers(pattern, title, body, vendor):
    assert "supplier" in _role_of(title, body, vendor), _parties(title, body)


@pytest.mark.parametrize(("name", "vendor"), [
    ("NEC Africa (Pty) Ltd.", "nec"), ("Huawei Technologies West Africa Ltd", "huawei"),
    ("NEC Software Solutions UK Limited", "nec"),
])
def test_a_vendors_local_company_resolves(name, vendor):
    resolution = load_registry().resolve(name)
    assert resolution is not None and resolution.vendor_id == vendor


@pytest.mark.parametrize("name", ["Necropolis Africa (Pty) Ltd.", "Africa Surveillance Solutions (Pty) Ltd",
                                  "Software Solutions UK Limited"])
def test_other_companies_with_the_same_legal_form_do_not_resolve(name):
    assert load_registry().resolve(name) is None


def test_a_labelled_supplier_from_a_vendors_local_company_is_linked():
    parties = _parties("Award: national AFIS upgrade", "Buyer: Lesotho Mounted Police Service, Maseru. Supplier: NEC "
                       "Africa (Pty) Ltd. Scope: fingerprint identification upgrade. Value LSL 20,000,000.")
    assert ("supplier", "NEC Africa (Pty) Ltd", "nec") in parties, parties  # legal_forms.takes_dot


def test_a_vendor_that_stays_in_charge_of_the_service_is_a_supplier():
    title = "Rosario suspende el reconocimiento facial"
    kept = ("La Municipalidad mantiene suspendido el sistema por orden judicial. Danaide S.A., que lo había "
            "desarrollado, seguirá a cargo sólo del mantenimiento de las 900 cámaras por ARS 300 millones.")
    dropped = ("La Municipalidad suspendió el sistema de reconocimiento facial. Danaide S.A., que lo había "
               "desarrollado, ya no estará a cargo del mantenimiento de las 900 cámaras.")
    assert ("supplier", "Danaide S.A.", "danaide") in _parties(title, kept)
    assert "supplier" not in _role_of(title, dropped, "danaide"), _parties(title, dropped)


def test_a_finnish_case_ending_on_a_vendor_name_still_names_the_vendor():
    title = "Poliisi hankkii puhelinten tutkintalaitteita"
    ordered = "Itä-Suomen poliisilaitos on tilannut Cellebritelta puhelinten purkulaitteita 300 000 eurolla."
    offered = "Itä-Suomen poliisilaitos ei ole tilannut laitteita, vaikka Cellebritelta tuli tarjous."
    assert ("supplier", "Cellebrite", "cellebrite") in _parties(title, ordered)
    assert "supplier" not in _role_of(title, offered, "cellebrite"), _parties(title, offered)
    _evidence_exact(title, ordered)
    # a word that only starts like a short vendor name is not that vendor
    assert not _parties("x", "A Dahualle camera and an Axisban sign.")


@pytest.mark.parametrize(("title", "body", "vendor"), [
    ("Agenda item 8: ALPR use report", "Accept the yearly report on automated license plate readers from Vigilant "
     "Solutions. No new acquisition or funding is requested.", "motorola_solutions"),
    ("Harare: audit finds broken cameras", "HARARE - An audit tabled by the city council found that 30 of the 50 "
     "cameras bought from Hikvision in 2018 are broken. The audit makes recommendations but no purchase.", "hikvision"),
])
def test_a_notice_that_makes_no_purchase_names_no_supplier(title, body, vendor):
    assert "supplier" not in _role_of(title, body, vendor), _parties(title, body)


def test_a_notice_that_buys_and_asks_for_funding_keeps_its_supplier():
    title, body = ("Board item 12: license plate readers", "Approve the purchase of license plate readers from "
                   "Vigilant Solutions for $90,000. Funding for maintenance is requested for next year.")
    assert "supplier" in _role_of(title, body, "motorola_solutions"), _parties(title, body)


@pytest.mark.parametrize(("title", "body", "names"), [
    ("Award: city cameras", "Buyer: Town of Eastbrook. Awarded to: Eastbrook Signal Ltd and Huawei Technologies Co., "
     "Ltd. Value: USD 3,000,000.", {"Eastbrook Signal Ltd", "Huawei Technologies Co., Ltd."}),
    ("某县视频共享平台中标公告",
     "采购人：某县公安局。中标人：某某安防有限公司与华为技术有限公司联合体。中标金额：300万元。",
     {"某某安防有限公司", "华为技术有限公司"}),
])
def test_every_organisation_a_winner_field_lists_is_a_supplier(title, body, names):
    parties = _parties(title, body)
    assert names <= {name for role, name, _ in parties if role == "supplier"}, parties
    assert ("supplier", "huawei") in {(role, vid) for role, _, vid in parties}, parties


def test_a_vendor_the_winner_field_sets_apart_is_only_mentioned():
    parties = _parties("Award: city cameras", "Buyer: Town of Eastbrook. Awarded to: Eastbrook Signal Ltd, not Huawei "
                       "Technologies Co., Ltd. Value: USD 3,000,000.")
    assert ("supplier", "Eastbrook Signal Ltd", None) in parties, parties
    assert "supplier" not in {role for role, _, vid in parties if vid == "huawei"}, parties


@pytest.mark.parametrize(("pattern", "title", "body", "supplied"), [
    ("es: completó la etapa", "Lima: cámaras", "La policía dijo que Huawei completó la segunda etapa del proyecto de "
     "ciudad segura, con 300 cámaras.", True),
    ("es: completó otra cosa", "Lima: empresas", "La cámara de comercio dijo que Huawei completó su mudanza a "
     "nuevas oficinas.", False),
    ("fa: contract with", "Tehran", "پلیس قراردادی به ارزش ۲۰۰ میلیارد ریال با شرکت Huawei امضا کرد.", True),
    ("fa: not with", "Tehran", "پلیس قراردادی به ارزش ۲۰۰ میلیارد ریال نه با شرکت Huawei امضا کرد.", False),
    ("th: contractor", "Bangkok", "สำนักงานตำรวจซื้อกล้อง 500 ตัว ผู้รับจ้าง Huawei", True),
    ("sw: contractor", "Nairobi", "Kaunti ilinunua kamera 300; mkandarasi ni Huawei.", True),
    ("sw: competitor", "Nairobi", "Kaunti ilinunua kamera 300 kutoka Tana Systems; mshindani ni Huawei.", False),
])
def test_supplier_words_in_more_languages(pattern, title, body, supplied):
    assert ("supplier" in _role_of(title, body, "huawei")) is supplied, _parties(title, body)


@pytest.mark.parametrize(("title", "body", "vendor"), [
    ("Milano: telecamere", "Il Comune ha acquistato 50 telecamere da Lombardia Sicurezza S.r.l.; l'offerta di "
     "Hikvision è stata esclusa.", "hikvision"),
    ("Stockholm: kameror", "Polisen köpte 40 kameror från Mälar Teknik AB för 3 miljoner kronor; anbudet från "
     "Hikvision förkastades.", "hikvision"),
    ("Lima: cámaras", "Dahua e Hikvision fueron preseleccionadas; ganó Andes Vigila S.A.", "dahua"),
])
def test_offers_and_shortlists_in_more_languages_name_no_supplier(title, body, vendor):
    assert "supplier" not in _role_of(title, body, vendor), _parties(title, body)


def test_a_company_supplying_a_vendor_as_its_customer_does_not_make_it_a_supplier():
    title, body = "Form 10-K: Item 1", "Our company is supplying Huawei with optical components under a framework."
    assert "supplier" not in _role_of(title, body, "huawei"), _parties(title, body)


def test_a_winner_described_by_a_vendors_certification_does_not_link_the_vendor():
    title = "Award: city cameras"
    certified = "Buyer: Town of Eastbrook. Contractor: Acme Ltd (Hikvision-certified installer). Value: USD 300,000."
    goods = "Buyer: Town of Eastbrook. Contractor: Acme Ltd (Hikvision cameras). Value: USD 300,000."
    assert ("supplier", "Acme Ltd", None) in _parties(title, certified)
    assert "supplier" not in _role_of(title, certified, "hikvision"), _parties(title, certified)
    assert "supplier" in _role_of(title, goods, "hikvision"), _parties(title, goods)
