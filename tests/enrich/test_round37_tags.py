"""Round 37 (tags): enrolment kits and ethnicity on cameras (tests/eval/README.md, labelling rule "… enrolment kits;
ethnicity on cameras", parts 4 and 5), ethnicity recognition sold as video analytics (the platform rule's "Recognition
of one kind"), video platforms whose analysis is negated, and zh social-credit negations.

(4) A registration or enrolment kit that captures face photos with fingerprints is `other_biometrics`, and
`facial_recognition` only when faces are matched, verified, deduplicated or searched. (5) Classifying people by
ethnicity from camera images is `ethnicity_analytics` (and `cctv` for the cameras), and `facial_recognition` too when
faces or facial features are detected, captured, compared or analysed. Every body and firm below is fictional. Rules
alone (the tag model proposes and vetoes nothing) and, for the kits, with the model on (it had learnt "fingerprint
and face enrolment kits" as facial from older labels).
"""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import enriched_tag_ids

KITS_NO_FACE_MATCHING = [
    ("Sampleland commission buys voter registration kits",
     "The Sampleland Electoral Commission awarded Example ID Ltd a contract for 3,000 fingerprint and face enrolment "
     "kits for voter registration, US$ 7 million."),
    ("Passport office buys capture stations",
     "The Sample Passport Office paid R 30 million for fingerprint and face capture stations at 20 offices for "
     "identity registration."),
    ("Kits d'enrôlement pour la carte d'identité",
     "Le ministère de l'Intérieur de Sampleland acquiert 1 500 kits d'enrôlement comprenant un capteur d'empreintes "
     "digitales et une caméra pour la photo du visage du demandeur. Montant : 3,2 millions d'euros."),
    ("Kits de enrolamiento para registro de detenidos",
     "La Policía de Ejemplo adquiere 300 kits de enrolamiento con lector de huellas dactilares y cámara para la "
     "captura de la fotografía facial de las personas detenidas. Valor: 850.000 dólares."),
    ("Закупка комплектов биометрической регистрации",
     "МВД Примерии закупает 500 комплектов для регистрации мигрантов: сканер отпечатков пальцев и камера для "
     "фотографирования лица. Сумма контракта 40 млн рублей."),
    ("出入境证件人像采集和指纹采集设备采购项目成交公告",
     "采购人：示例市公安局出入境管理支队。采购内容：人像采集设备、指纹采集仪共60套，用于出入境证件办理。成交金额：96万元。"),
    ("Tume ya Uchaguzi yanunua vifaa vya usajili",
     "Tume ya Uchaguzi ya Mfano imenunua vifaa 5,000 vya usajili wa wapiga kura vinavyochukua alama za vidole na "
     "picha ya uso kwa shilingi bilioni 2."),
]

KITS_WITH_FACE_MATCHING = [
    ("Commission buys registration kits with face deduplication",
     "The Sampleland Electoral Commission bought 4,000 kits that capture fingerprints and a facial image; the central "
     "ABIS deduplicates voters by fingerprint and face matching. Price: $12 million."),
    ("Border agency buys enrolment kits",
     "The Sample Border Agency bought 200 mobile enrolment kits that take fingerprints and a face photo of each "
     "traveller; faces are verified against the passport chip, for $1.4 million."),
    ("出入境证件人像采集及人脸比对设备采购项目",
     "采购人：示例市公安局。采购内容：人像采集+指纹采集一体机60套，采集后与人口库进行人脸比对核验身份。成交金额：96万元。"),
    ("看守所人脸点名系统及指纹采集仪采购",
     "采购人：示例县公安局。采购在押人员人脸点名系统1套、指纹采集仪2台，用于入所登记。成交金额：40万元。"),
    ("社区信息采集终端采购",
     "示例县公安局为网格员配备采集终端100台，具备指纹采集及人像拍照比对功能。中标金额：80万元。"),
]

ETHNICITY_FROM_FACES = [
    ("Police buy cameras that analyse faces for ethnicity",
     "The Sampleton police bought 40 street cameras whose software detects faces and classifies each face by "
     "ethnicity, for $900,000."),
    ("La police achète des caméras qui détectent les visages",
     "La préfecture de Exempleville a acheté 60 caméras dont le logiciel détecte les visages des passants et estime "
     "leur origine ethnique. Montant : 1,1 million d'euros."),
    ("Policía compra cámaras que analizan rasgos faciales",
     "La Policía de Ejemplo compró 80 cámaras cuyo software analiza los rasgos faciales de los transeúntes y clasifica "
     "su etnia. Monto: 2 millones de pesos."),
    ("Закупка камер с определением национальности по чертам лица",
     "Полиция Примерска закупила 50 камер, которые анализируют черты лица прохожих и определяют их национальность. "
     "Сумма 30 млн рублей."),
    ("监控摄像机人脸抓拍及民族属性识别项目",
     "采购人：示例县公安局。采购摄像机30台，抓拍人脸并识别民族属性后报警。成交金额：45万元。"),
]

ETHNICITY_WITHOUT_FACES = [
    ("Police buy cameras that classify passers-by by ethnicity",
     "The Sampleton police bought 40 street cameras with software that classifies pedestrians by ethnicity and alerts "
     "officers, for $900,000."),
    ("La police achète des caméras qui classent les passants",
     "La préfecture de Exempleville a acheté 60 caméras dont le logiciel estime l'origine ethnique des passants. "
     "Montant : 1,1 million d'euros."),
    # лица = persons, not faces
    ("Полиция: система определения этнической принадлежности",
     "ГУ МВД по Примерской области приобрело модуль видеоаналитики, определяющий этническую принадлежность лиц на "
     "камерах вокзалов, за 46 млн рублей."),
    ("监控摄像机维族人员识别报警项目",
     "采购人：示例县公安局。采购摄像机30台，配套维吾尔族人员识别报警功能。成交金额：45万元。"),
]

ETHNICITY_MODULES = [
    ("Police buy camera analytics with an ethnic origin attribute",
     "The Sampleton Police District bought a camera analytics module with an \"ethnic origin\" attribute from Example "
     "Vision Ltd, $1.1 million."),
    ("视频分析系统维吾尔族识别功能升级",
     "采购人：示例县公安局。对现有视频分析系统升级维吾尔族人员识别报警功能。成交金额：36万元。"),
]

ETHNICITY_MODULES_THAT_FUSE = [
    ("视频分析系统民族识别及多源数据融合",
     "采购人：示例县公安局。建设视频分析系统，识别维吾尔族人员并与旅馆住宿、人口数据融合研判。成交金额：90万元。"),
]

PLATFORMS_WITHOUT_ANALYSIS = [
    ("示例区视频监控平台扩容升级项目中标结果",
     "对区级视频监控联网平台进行存储扩容和管理服务器升级，支持新增2000路视频接入、录像回放，不含视频分析功能。中标价：500万元。"
     "采购人：示例市公安局示例分局。"),
    ("示例市视频联网平台升级",
     "升级视频联网平台，支持国标接入和分级调阅，不含智能分析。中标金额：56万元。采购人：示例市公安局。"),
]

NOT_SOCIAL_CREDIT = [
    ("出租屋智能门禁采购",
     "示例区公安分局为出租屋安装人脸识别门禁500套；系统仅用于开门核验，不对住户进行信用评分。金额：100万元。"),
    ("示例数据公司年度报告摘要",
     "公司主要为银行提供贷款审批评分模型。公司不从事个人社会信用评价或失信惩戒业务。"),
]


@pytest.mark.parametrize(("title", "body"), KITS_NO_FACE_MATCHING)
def test_enrolment_kits_taking_face_photos_are_biometrics_only(tag_rules_only: None, title: str, body: str) -> None:
    assert enriched_tag_ids(title, body) == {"other_biometrics"}


@pytest.mark.parametrize(("title", "body"), KITS_NO_FACE_MATCHING)
def test_enrolment_kits_taking_face_photos_are_biometrics_only_model_on(title: str, body: str) -> None:
    assert enriched_tag_ids(title, body) == {"other_biometrics"}


@pytest.mark.parametrize(("title", "body"), KITS_WITH_FACE_MATCHING)
def test_kits_whose_faces_are_matched_are_facial_too(tag_rules_only: None, title: str, body: str) -> None:
    assert enriched_tag_ids(title, body) == {"other_biometrics", "facial_recognition"}


@pytest.mark.parametrize(("title", "body"), ETHNICITY_FROM_FACES)
def test_ethnicity_read_from_faces_on_cameras_is_facial_too(tag_rules_only: None, title: str, body: str) -> None:
    assert enriched_tag_ids(title, body) == {"cctv", "ethnicity_analytics", "facial_recognition"}


@pytest.mark.parametrize(("title", "body"), ETHNICITY_WITHOUT_FACES)
def test_ethnicity_on_cameras_without_faces_is_no_facial(tag_rules_only: None, title: str, body: str) -> None:
    tags = enriched_tag_ids(title, body)
    assert {"cctv", "ethnicity_analytics"} <= tags
    assert "facial_recognition" not in tags


@pytest.mark.parametrize(("title", "body"), ETHNICITY_MODULES)
def test_ethnicity_sold_as_video_analytics_is_no_platform(tag_rules_only: None, title: str, body: str) -> None:
    tags = enriched_tag_ids(title, body)
    assert "ethnicity_analytics" in tags
    assert "surveillance_platform" not in tags


@pytest.mark.parametrize(("title", "body"), ETHNICITY_MODULES_THAT_FUSE)
def test_ethnicity_analytics_fused_with_records_stays_a_platform(tag_rules_only: None, title: str, body: str) -> None:
    assert {"ethnicity_analytics", "surveillance_platform"} <= enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body"), PLATFORMS_WITHOUT_ANALYSIS)
def test_video_platform_upgrade_without_analysis_is_cctv_only(tag_rules_only: None, title: str, body: str) -> None:
    assert enriched_tag_ids(title, body) == {"cctv"}


@pytest.mark.parametrize(("title", "body"), NOT_SOCIAL_CREDIT)
def test_zh_scores_not_given_and_business_not_done_are_no_social_credit(tag_rules_only: None, title: str,
                                                                        body: str) -> None:
    assert "social_credit" not in enriched_tag_ids(title, body)


def test_a_face_recognition_gate_beside_a_fingerprint_kit_stays_facial(tag_rules_only: None) -> None:
    tags = enriched_tag_ids("看守所人员管理设备采购",
                            "采购人：示例县公安局。采购人脸识别门禁2套、指纹采集仪2台，用于在押人员入所登记。成交金额：30万元。")
    assert {"facial_recognition", "other_biometrics"} <= tags
