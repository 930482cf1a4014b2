"""Round 31 (negation31), negated notices and texts that buy nothing: shapes that recur across sets and writers.

- A Chinese body opening with a third party's study ("某大学课题组对……进行问卷调查，发现……",
  "一份研究报告梳理了……公开招标文件，发现……", "某高校学者发表论文，比较……"): the technology is the study's
  subject, nothing is bought (enrich/classify/reports.py `_REPORT_LEDE_ZH`; sets ab, ae, af, z). Not an oversight
  body's report (审计, 监察院), not a notice
  naming a price (a people's congress hearing a police spending report with its sums).
- Arabic written with harakat (vowel marks): folding keeps them, so "ولم يُتخذ أي قرار بالشراء" (no decision to buy was
  taken) or "لم يُوقَّع أي عقد" (no contract was signed) escaped the unmarked pattern; the body then buys nothing
  (taxonomy_cues.yaml headline.nothing_bought_in_body, r31_negation31).
Every text was written for this file (fictional bodies and firms); none comes from an evaluation set."""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import enriched_tag_ids

_tags = enriched_tag_ids


@pytest.mark.parametrize(("title", "body"), [
    ("学者研究：小区人脸识别门禁的隐私风险",
     "某师范大学法学院课题组对四个城市150个小区的人脸识别门禁使用情况进行问卷调查，发现多数小区未告知居民信息保存期限。"
     "研究建议制定小区人脸信息处理规范。"),
    ("研究：多地公安视频平台要求“民族识别”",
     "一份研究报告梳理了2020年以来的公开招标文件，发现至少9个县级公安局在视频解析项目中要求“少数民族识别”功能。"
     "报告未点名具体供应商。"),
    ("智库评估：城市视频监控与治安",
     "某智库研究团队统计了六个城市的视频监控覆盖率与盗窃案件数，比较其变化趋势。"),
])
def test_a_chinese_body_opening_with_a_study_buys_nothing(title: str, body: str) -> None:
    assert _tags(title, body) == set()


@pytest.mark.parametrize(("title", "body"), [
    # an oversight body's report of a purchase that was made (with its sum)
    ("省审计厅：部分县智慧小区项目重复建设",
     "审计报告指出，某县住房和城乡建设局在2025年采购的智慧小区项目中，人脸识别门禁与已有门禁重复建设，涉及金额280万元。"),
    # a people's congress hearing a police report of its own spending
    ("某县人大常委会审议智慧安防专项资金使用报告",
     "报告显示，2026年某县公安局使用专项资金1,420万元，新建村级视频监控点位860个、人脸抓拍点位64个。"),
])
def test_a_chinese_report_of_a_purchase_keeps_its_tags(title: str, body: str) -> None:
    assert _tags(title, body)


@pytest.mark.parametrize("body", [
    "ناقشت لجنة الأمن في المجلس البلدي وضع كاميرات المراقبة في الأسواق، ولم يُتخذ أي قرار بالشراء.",
    "ناقشت لجنة الأمن في المجلس البلدي توسيع شبكة كاميرات المراقبة في الأسواق، ولم يُوقَّع أي عقد.",
])
def test_ar_no_decision_or_contract_written_with_harakat_buys_nothing(body: str) -> None:
    assert _tags("المجلس البلدي يناقش كاميرات الأسواق", body) == set()


def test_ar_a_contract_signed_with_harakat_keeps_the_cameras() -> None:
    body = "وقّعت البلدية عقداً بقيمة 1.4 مليون دينار مع شركة الوادي للأنظمة لتركيب 60 كاميرا مراقبة في الأسواق."
    assert "cctv" in _tags("البلدية توقّع عقد كاميرات المراقبة", body)


@pytest.mark.parametrize(("title", "body", "denied"), [
    ("Tribe-sorting feature dropped from Northfield street cameras",
     "NORTHFIELD - The city council said a proposed feature for its street cameras to sort people by tribe had been "
     "removed from the $2.1 million contract with Lakeside Vision Ltd, which will supply 90 cameras.",
     "ethnicity_analytics"),
    ("Ethnic origin classifier dropped from Eastport council camera tender",
     "EASTPORT - The council removed a clause requiring ethnic origin analytics from its CCTV renewal tender after "
     "objections; the A$4.1 million tender for 300 cameras continues.", "ethnicity_analytics"),
    ("Westvale police drop facial recognition from stadium CCTV deal",
     "Westvale police will renew the stadium's 120 CCTV cameras with Harbour Video Ltd; the facial recognition "
     "option is not part of the deal.", "facial_recognition"),
])
def test_a_headline_taking_a_feature_out_from_cameras_keeps_the_cameras(title: str, body: str, denied: str) -> None:
    tags = _tags(title, body)
    assert "cctv" in tags
    assert denied not in tags


def test_a_feature_dropped_from_cameras_in_an_unpriced_notice_buys_nothing() -> None:
    body = "The council said a proposed feature for its street cameras to sort people by tribe had been removed."
    assert _tags("Tribe-sorting feature dropped from Northfield street cameras", body) == set()


@pytest.mark.parametrize(("title", "body"), [
    ("Borgonuovo: il Comune sospende le telecamere a riconoscimento facciale",
     "BORGONUOVO - Il Comune ha sospeso l'uso del riconoscimento facciale sulle telecamere del parco dopo il richiamo "
     "del Garante; le 40 telecamere di videosorveglianza restano attive e saranno rinnovate con 180.000 euro."),
    ("Villaclara: el Ayuntamiento renuncia a la analítica de origen en las cámaras del centro",
     "VILLACLARA - El Ayuntamiento retiró del contrato de videovigilancia del centro un módulo que estimaba el origen "
     "étnico de los viandantes. Se mantienen las 36 cámaras y el centro de control, por 1,2 millones de euros."),
])
def test_cameras_said_to_stay_in_a_priced_sentence_keep_their_tag(title: str, body: str) -> None:
    assert "cctv" in _tags(title, body)


def test_cameras_said_to_stay_outside_the_priced_sentence_buy_nothing() -> None:
    body = ("Il Comune ha sospeso il progetto da 200.000 euro di riconoscimento facciale sulle telecamere del parco. "
            "Le telecamere restano attive.")
    assert _tags("Northgate: il Comune sospende le telecamere a riconoscimento facciale", body) == set()
