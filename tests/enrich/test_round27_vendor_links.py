"""Round 27, registry vendor links (issue 10 item 2, spurious supplier links): families of wording behind set ab's
spurious and missed supplier links - a lower-ranked candidate (第二中标候选人为X), earlier equipment supplied or made
by X (原…由X提供, 往年…使用的X, "supplied years ago by"), old equipment removed or replaced (tr "eski … söküldü", ru
"заменил … X на"), a vendor dropped, lower-ranked, suspended, idle or without a role, an Arabic offer not accepted
or a vendor that did not take part (ولم تشارك), a study that describes no purchase (es); and supply wording missed: a
sum awarded to X, the winning bid's goods, Estonian "pakkuja on X", German "bei X bestellt", a licence renewed,
Vietnamese "thi công" - and the role model's veto, which no longer reaches the strongest supply wording. Each family
has a near miss. Every sentence was written for this file (fictional buyers and firms; real registry names only in
the neutral role); none comes from an evaluation set."""
from __future__ import annotations

import pytest

from enrich import vendor_role_model
from enrich.parties import extract_parties
from tests.enrich.notice_helpers import assert_rule_vendor_role, roles_of

M, S = {"mentioned"}, {"supplier"}


_roles = roles_of


CASES = [
    # a lower-ranked candidate written with 为 (the supplier phrase 中标候选人为 inside it must not fire)
    ("zh 第二中标候选人为", "某县视频监控建设项目中标结果公示",
     "经评审，第一中标候选人为某某安防工程有限公司（报价1,200万元），第二中标候选人为浙江大华技术股份有限公司。",
     "dahua", M),
    ("zh 包1第二中标候选人为", "某县智慧安防项目中标公告",
     "包1中标供应商：某某智联科技有限公司。其他事项：包1第二中标候选人为杭州海康威视系统技术有限公司。",
     "hikvision", M),
    ("zh 第一中标候选人为 (near miss)", "某县视频监控建设项目中标结果公示",
     "经评审，第一中标候选人为浙江大华技术股份有限公司（报价1,200万元），第二中标候选人为某某安防工程有限公司。",
     "dahua", S),
    # earlier equipment supplied or made by X
    ("zh 原…系统由X提供", "某区公安分局人脸识别系统更换项目",
     "原人脸识别系统由依图科技提供，因合同期满，本次由某某数智科技有限公司承建新系统。合同金额：人民币300万元。",
     "yitu", M),
    ("zh 原…设备由X生产", "某区公安分局电子围栏项目结果公告",
     "成交供应商：某某网盾科技有限公司。原采集设备由中兴通讯股份有限公司生产，本次不作更换。", "zte", M),
    ("zh 本项目由X提供 (near miss)", "某区公安分局人脸识别系统项目",
     "本项目人脸识别算法由依图科技提供，合同金额：人民币300万元。", "yitu", S),
    ("zh 往年…使用的X", "某县公安局2027年政府采购预算",
     "采购将依法公开招标，不指定品牌；往年项目中使用的海康威视设备继续维保。", "hikvision", M),
    ("zht 現有由X提供的系統相容", "某市警務處招標購置隨身攝錄機",
     "某市警務處就購置隨身攝錄機500部進行公開招標。攝錄機須與現有由摩托羅拉系統（Motorola Solutions）提供的數碼集群"
     "無線電系統相容。", "motorola_solutions", M),
    ("en supplied years ago by firms including", "Transit authority buys displays",
     "The Fenmoor transit authority awarded £2 million to Quayside Signs Ltd for countdown displays. Its CCTV, most "
     "of which was supplied years ago by firms including Hikvision, is maintained separately.", "hikvision", M),
    ("en supplied by (near miss)", "Transit authority buys cameras",
     "The Fenmoor transit authority bought 300 cameras supplied by Hikvision for its stations.", "hikvision", S),
    # old equipment removed or replaced
    ("tr eski X kameralar söküldü", "Belediye kameraları yeniledi",
     "Kestane Belediyesi kent merkezindeki 200 kamerayı yeniledi. Eski Dahua kameralar söküldü; yeni kameralar "
     "Karaçam Elektronik tarafından sağlandı.", "dahua", M),
    ("ru заменил камеры X на", "Нарын: акимат заменил камеры Dahua на отечественные",
     "Акимат города Нарын заменил 300 камер на камеры отечественного производства, поставленные ТОО «Тал Видео».",
     "dahua", M),
    ("ru заменил камеры на камеры X (near miss)", "Акимат заменил камеры",
     "Акимат города Нарын заменил старые камеры на камеры Hikvision за 90 млн тенге.", "hikvision", S),
    # a vendor dropped, lower-ranked, suspended, idle or without a role
    ("en will not be renewed", "Crime centre expansion",
     "The Velmont council approved $2 million for new cameras from Harlow Secure LLC. BriefCam, used in a 2024 "
     "pilot, will not be renewed.", "briefcam", M),
    ("en X lost, local firm won", "Airport police: Idemia lost, local firm won kiosk contract",
     "The airport police bought 40 face kiosks from Saltmarsh Identity LLC for $9 million.", "idemia", M),
    ("en were lower-ranked", "Airport kiosks",
     "The airport police bought 40 face kiosks from Saltmarsh Identity LLC; IDEMIA and Thales were lower-ranked.",
     "idemia", M),
    ("fr est abandonné", "La police achète des caméras",
     "La police de Valbourg a acheté 30 caméras auprès de Lisière Vision SA. Le projet qui aurait utilisé un logiciel "
     "d’IDEMIA est abandonné.", "idemia", M),
    ("uk постачальник X відсторонений", "Метро: постачальник Hikvision відсторонений",
     "Метрополітен міста Яворів закупив 300 камер у ТОВ «Сокіл Відео» за 40 млн гривень.", "hikvision", M),
    ("en has no role", "Command centre",
     "The provincial police opened a command centre built by Tarlac Systems with Hytera radios. Huawei, which built "
     "an earlier pilot, has no role.", "huawei", M),
    ("en cameras remain idle", "Council says Huawei cameras installed before 2021 remain idle",
     "The Ostrava Vale council said the 200 cameras are idle and no new purchase is planned.", "huawei", M),
    ("ar قد عرضت … لم يُقبل", "وزارة تشتري أجهزة",
     "اشترت وزارة الصحة 500 جهاز بقيمة 30 مليون ريال من شركة الواحة الطبية. وكانت شركة هواوي قد عرضت حلاً لم يُقبل.",
     "huawei", M),
    ("ar ولم تشارك", "مكتب يشتري عدادات",
     "اشترى مكتب الكهرباء 100 ألف عداد ذكي بقيمة 90 مليون درهم، ولم تشارك هواوي في الصفقة.", "huawei", M),
    ("es no describe ninguna compra", "Informe académico: cámaras en municipios",
     "Un informe de una universidad analiza la presencia de cámaras de Dahua y Hikvision en municipios a partir de "
     "licitaciones públicas. No describe ninguna compra nueva.", "hikvision", M),
    # a vendor named only in reports the text refers to
    ("en after reports that … came from X", "Estimates debate",
     "The opposition will ask who supplied the cameras for the first phase, after reports that the equipment came "
     "from Huawei.", "huawei", M),
    ("en supplied by X (near miss of reports)", "City cameras",
     "The city bought 200 cameras for the first phase; they were supplied by Huawei.", "huawei", S),
    # a report naming X as supplier; an arrangement that ended years ago; fr "aucun contrat n'a été conclu avec X"
    ("en contrary to a report naming X as supplier", "Transport cameras",
     "The cameras, a contract with Harbour Systems Ltd, read plates only, contrary to a report naming SenseTime as "
     "supplier.", "sensetime", M),
    ("en an arrangement with X ended years ago", "Police buys cameras",
     "The department will spend $2 million on cameras from Lakeshore Video Ltd; a 2020 arrangement with Clearview AI "
     "ended years ago.", "clearview_ai", M),
    ("en an arrangement with X (near miss)", "Police buys face search",
     "The department signed an arrangement with Clearview AI for face search.", "clearview_ai", S),
    ("fr aucun contrat n'a été conclu avec X", "Métro : pas de reconnaissance faciale",
     "La société a annoncé qu’aucun contrat n’a été conclu avec IDEMIA ni avec un autre fournisseur.", "idemia", M),
    ("fr un contrat a été conclu avec X (near miss)", "Métro : reconnaissance faciale",
     "La société a annoncé qu’un contrat a été conclu avec IDEMIA pour 2 millions d’euros.", "idemia", S),
    # offers naming a brand excluded in a list joined by "oder"; a brand written "X «либо эквивалент»"
    ("de Angebote mit X oder Y waren ausgeschlossen", "Anfrage: Videoüberwachung am Bahnhof",
     "Auftragnehmer war die Lindenau Sicherheitstechnik GmbH. Angebote, die Kameras der Hersteller Hikvision oder "
     "Dahua enthielten, waren nach den Vergabeunterlagen ausgeschlossen.", "hikvision", M),
    ("de die Kameras stammen von X (near miss)", "Anfrage: Videoüberwachung am Bahnhof",
     "Auftragnehmer war die Lindenau Sicherheitstechnik GmbH; die Kameras stammen von Hikvision.", "hikvision", S),
    ("ru X «либо эквивалент»", "Решение арбитражного суда",
     "Техническим заданием допускалось оборудование российского производства или производства Dahua «либо "
     "эквивалент».", "dahua", M),
    # supply wording that was missed
    ("en awarded a sum to NEC", "Passport office adds iris capture",
     "The passport office of Port Varen awarded Rs 90 million to NEC for iris capture at enrolment.", "nec", S),
    ("en the winning bid used cameras from", "Review panel decision",
     "Findings: the assessment was made on time, and the winning bid used cameras from Uniview.", "uniview", S),
    ("et pakkuja on X", "Amet ostab tarkvara",
     "Amet sõlmis 900 000 euro suuruse lepingu andmete väljavõtmise tarkvara litsentsidele; pakkuja on Cellebrite DI "
     "Ltd.", "cellebrite", S),
    ("de bei X bestellt", "Innenministerium: Digitalfunk",
     "Das Innenministerium des Landes hat für 9 Mio. Euro neue Digitalfunkgeräte bei Motorola Solutions bestellt.",
     "motorola_solutions", S),
    ("de nicht bei X bestellt (near miss)", "Innenministerium: Digitalfunk",
     "Das Innenministerium hat die Digitalfunkgeräte nicht bei Motorola Solutions bestellt, sondern bei der "
     "Funkwerk Nordheide GmbH.", "motorola_solutions", M),
    ("en renews X licences", "Constabulary renews Cellebrite licences",
     "The Harrowgate Constabulary renewed its Cellebrite licences for phone extraction, £200,000.", "cellebrite", S),
    # a short name with its product named in camel case
    ("en NEC's NeoFace licence renewed", "Ministry renews face-recognition licence",
     "The Interior Ministry of Valdoria renewed its licence for NEC's NeoFace Watch, used on 200 city cameras.",
     "nec", S),
    ("en vans with NEC NeoFace software", "Police add facial recognition vans",
     "The Harrowgate Constabulary added two live facial recognition vans, £1.2 million, with NEC NeoFace software.",
     "nec", S),
    ("vi thi công, thiết bị của X", "Camera giao thông do Công ty Sông Hàn thi công, thiết bị của Hikvision",
     "Sở Giao thông nghiệm thu 300 camera giám sát giao thông, tổng giá trị 50 tỷ đồng.", "hikvision", S),
]


@pytest.mark.parametrize("name,title,body,vendor,expected", CASES, ids=[c[0] for c in CASES])
def test_round27_families(name, title, body, vendor, expected):
    assert_rule_vendor_role(title, body, vendor, expected)


def test_short_name_before_a_capitalised_word_is_no_brand():
    # near miss of the camel-case product: an electrical code or a committee abbreviated NEC names no vendor
    text = ("Town hall wiring\nThe contractor installed 40 cameras; the wiring follows NEC Article 250 and the "
            "NEC Board approved it.")
    assert not [p for p in extract_parties(text) if p.vendor_id == "nec"]


def test_strong_supply_wording_and_the_veto(monkeypatch):
    # the veto's threshold for the strongest supply wording is its own (vendor_role_model.STRONG_VETO_BELOW): set to
    # 0, the model no longer vetoes round 25's "new cameras built by Hikvision, to be installed" near miss; measured
    # leave-one-set-out it also let three wrong links through (round 27); round 32 measured 0.02 (one more supplier
    # resolved on sets ab-ah, no more spurious links), so the strongest wording is vetoed only below that
    text = ("Council minutes\nThe council approved 2 million dollars for new cameras built by Hikvision, to be "
            "installed in the old town.")
    monkeypatch.setattr(vendor_role_model, "ENABLED", True)
    assert 0 < vendor_role_model.STRONG_VETO_BELOW < vendor_role_model.VETO_BELOW
    monkeypatch.setattr(vendor_role_model, "STRONG_VETO_BELOW", 0.0)
    assert {p.role for p in extract_parties(text) if p.vendor_id == "hikvision"} == S
