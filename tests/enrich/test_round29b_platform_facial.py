"""Round 29b: the platform and facial false positives of set ae, by family.

1. A report, study, hearing, review or judgment that says it discusses, involves or covers no purchase buys nothing,
   in the wordings the rules missed (en, pt, de, ru, zh, ja, ko, fr); nor does a notice saying nothing was contracted
   or bought (es, he, en, sv). Facial recognition named there is no purchase of it.
2. fr "sont exclues toute fonction de reconnaissance faciale" negates what follows.
3. "police cloud" is a platform only as a whole word: "Police CloudWalk" (a firm's name after a police force's) is not.
4. The maintenance or repair of Safe City cameras is cameras (the platform rule's family a), in en and ur; the Safe City
   programme's own maintenance stays a platform.

Every buyer and firm below is fictional. The negative families run the cue rules alone (`tag_rules_only`), so that the
tag model's veto cannot hide a rule that misses them; the positives run the engine as users run it.
"""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import enriched_tag_ids

PLATFORM = "surveillance_platform"
FACIAL = "facial_recognition"


# --- 1. reports and notices that buy nothing -------------------------------------------------------------------------
@pytest.mark.parametrize(("title", "body"), [
    ("Assembly committee takes evidence on live facial recognition",
     "The Justice Committee of the Fictional Assembly heard evidence from Sample Rights Group and two camera makers on "
     "the accuracy of live facial recognition. No procurement was discussed."),
    ("Pesquisa avalia reconhecimento facial em estádios",
     "Pesquisadores da Universidade Exemplo compararam taxas de erro do reconhecimento facial usado em estádios de "
     "Vila Serena; o estudo não envolve contratação."),
    ("Datenschutzbericht: Gesichtserkennung in Musterstadt",
     "Der Jahresbericht der Landesbeauftragten für Datenschutz bewertet Tests zur Gesichtserkennung am Bahnhof "
     "Musterstadt. Eine Beschaffung ist nicht Gegenstand des Berichts."),
    ("Обзор: распознавание лиц в городе Примерск",
     "Правозащитный центр «Пример» опубликовал обзор применения распознавания лиц в метро Примерска; закупки в "
     "обзоре не рассматриваются."),
    ("示例市人大常委会审议物业条例修正案",
     "示例市人大常委会审议物业管理条例修正案，听取了住宅小区人脸识别门禁使用情况的报告。审议未涉及任何采购。"),
    ("法院判决：业主诉物业公司强制刷脸案",
     "示例区人民法院判决某物业公司删除业主人脸识别信息并提供其他进入方式。判决不涉及政府采购。"),
    ("弁護士会、顔認証カメラの規制を求める意見書",
     "サンプル弁護士会は、商業施設での顔認証カメラ利用の規制を求める意見書を公表した。調達は含まれない。"),
    ("시민단체 보고서: 얼굴인식 CCTV 운영 실태",
     "예시시민연대는 지자체 얼굴인식 CCTV 운영 실태 보고서를 발표했다. 보고서는 장비 제조사 비율을 분석했을 뿐 "
     "구매와는 무관하다."),
    ("Une association publie une carte de la reconnaissance faciale",
     "L'association Exemple Libertés a publié une carte des communes testant la reconnaissance faciale; aucun marché "
     "n'est décrit."),
    ("Villa Serena: la Defensoría critica el reconocimiento facial en la terminal",
     "La Defensoría del Pueblo pidió explicaciones al municipio de Villa Serena sobre un proyecto de reconocimiento "
     "facial en la terminal de autobuses; el municipio respondió que el proyecto fue desestimado y no se contrató "
     "nada."),
    ("עיריית דוגמה מוותרת על מצלמות זיהוי פנים",
     "עיריית דוגמה החליטה שלא לרכוש מצלמות זיהוי פנים לטיילת; לא נחתם חוזה."),
    ("Residents object to face-recognition door panels",
     "Tenants of a Sample Street block complained to the housing regulator about the owner's plan to fit "
     "face-recognition entry panels. The owner dropped the plan before installation; no system was bought."),
    ("Fictional national police: face search trial report",
     "The Fictional National Police stopped a trial of Sample Vision face search software before any licence was "
     "bought."),
    ("Exempelstad avstår från ansiktsigenkänning",
     "Polisen i Exempelstad meddelade att den inte kommer att upphandla ansiktsigenkänning för kamerorna i centrum."),
])
def test_a_report_or_notice_that_buys_nothing_is_no_facial_recognition(title: str, body: str,
                                                                         tag_rules_only: None) -> None:
    assert FACIAL not in enriched_tag_ids(title, body)


def test_a_purchase_that_says_what_else_was_not_bought_keeps_its_tags() -> None:
    tags = enriched_tag_ids("Port Alpha buys face-recognition cameras",
                 "Port Alpha City Council bought 120 cameras with facial recognition from Sample Vision Ltd for "
                 "$2.1 million; no system was bought from the rejected bidder.")
    assert FACIAL in tags


# --- 2. fr: excluded functions ---------------------------------------------------------------------------------------
def test_fr_functions_said_excluded_are_negated(tag_rules_only: None) -> None:
    tags = enriched_tag_ids("Métropole Exemple — maintenance de la vidéoprotection",
                 "Lot 3 : maintenance du système de vidéoprotection des parkings relais (210 caméras) — sont exclues "
                 "toute fonction de reconnaissance faciale et toute analyse biométrique, 880 000 € HT, attribué à "
                 "Exemple Vidéo Services SAS.")
    assert "cctv" in tags
    assert FACIAL not in tags


# --- 3. police cloud as a whole word ---------------------------------------------------------------------------------
def test_a_police_force_name_before_a_firm_named_cloud_is_no_police_cloud(tag_rules_only: None) -> None:
    tags = enriched_tag_ids("Fictional Republic Police buys fingerprint kits",
                 "The Fictional Republic Police CloudWalk offer was declined; the force bought 150 fingerprint "
                 "capture kits for arrest processing from Sample Biometric Kits Ltd, USD 400,000.")
    assert PLATFORM not in tags


def test_a_police_cloud_is_still_a_platform(tag_rules_only: None) -> None:
    assert PLATFORM in enriched_tag_ids("示例县公安局警务云建设", "The county police bureau builds a police cloud for "
                                        "video and population data, supplied by Sample Cloud Ltd.")


# --- 4. Safe City cameras maintained or repaired ---------------------------------------------------------------------
@pytest.mark.parametrize(("title", "body"), [
    ("Port Alpha council maintains Safe City cameras",
     "The Municipal Council of Port Alpha extended maintenance of 150 Safe City cameras with Sample Tech Ltd, "
     "MUR 30 million."),
    ("مثالی شہر کارپوریشن نے سیف سٹی کیمروں کی مرمت کا ٹھیکہ دیا",
     "مثالی شہر کارپوریشن نے نمونہ سسٹمز کو 400 نگرانی کیمروں کی مرمت کا 60 کروڑ روپے کا ٹھیکہ دیا۔ "
     "سیف سٹی کیمروں کی مرمت ایک سال میں مکمل ہوگی۔"),
])
def test_safe_city_cameras_maintained_are_cctv_not_a_platform(title: str, body: str) -> None:
    tags = enriched_tag_ids(title, body)
    assert "cctv" in tags
    assert PLATFORM not in tags


def test_the_safe_city_programme_maintained_is_still_a_platform(tag_rules_only: None) -> None:
    assert PLATFORM in enriched_tag_ids("Port Alpha: Safe City maintenance renewed",
                             "The Port Alpha Police renewed the maintenance of the Port Alpha Safe City system, its "
                             "command centre and 2,000 cameras, with Sample Integrated Ltd for Rs 900 million.")


# --- 5. a recognition alert system is the cameras' feature unless it joins other sources -----------------------------
def test_a_face_recognition_alert_system_alone_is_no_platform() -> None:
    tags = enriched_tag_ids("示例县公安局重点区域人像识别预警系统采购结果公告",
                 "采购人：示例县公安局。中标供应商：示例智安科技有限公司。中标金额：312.5万元。采购内容：重点区域人像识别预警"
                 "系统，具备人脸抓拍比对告警功能，配置人脸抓拍摄像机24台。")
    assert FACIAL in tags
    assert PLATFORM not in tags


def test_a_recognition_alert_system_joining_phone_data_is_a_platform(tag_rules_only: None) -> None:
    tags = enriched_tag_ids("示例街道智能识别预警系统采购项目",
                 "采购单位：示例街道平安建设办公室。智能识别预警系统1套：支持人脸比对预警、手机MAC与人员身份关联比对。")
    assert PLATFORM in tags


# --- 6. a monitoring centre's operators are cctv (the rule: "its operators or its video wall") -----------------------
@pytest.mark.parametrize(("title", "body"), [
    ("示例市公安局监控指挥中心值守服务采购项目结果公告",
     "采购人：示例市公安局。中标单位：示例安泰保安服务有限公司。中标金额：88.6万元/年。服务内容：派驻20名值守人员，"
     "7×24小时轮班值守视频监控指挥中心，负责图像巡查、警情推送与值班记录。"),
    ("예시시, CCTV 통합관제센터 관제요원 위탁운영 용역 계약",
     "예시시청은 CCTV 통합관제센터 관제요원 위탁운영 용역을 예시시큐리티(주)와 계약했다. 계약금액은 12억 원이다."),
])
def test_a_monitoring_centres_operators_are_cctv_not_a_platform(title: str, body: str) -> None:
    tags = enriched_tag_ids(title, body)
    assert "cctv" in tags
    assert PLATFORM not in tags


def test_a_korean_control_centre_upgraded_with_analytics_is_still_a_platform(tag_rules_only: None) -> None:
    assert PLATFORM in enriched_tag_ids("예시구, 지능형 CCTV 통합관제센터 고도화 사업 계약",
                             "예시구청은 지능형 CCTV 통합관제센터 고도화 사업을 예시정보통신(주)와 계약했다. "
                             "배회·쓰러짐 이상행동을 자동 감지한다.")
