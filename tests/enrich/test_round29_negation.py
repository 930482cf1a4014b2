"""Round 29, negated notices: what a notice takes back, in more shapes and languages.

- "…, وقد ألغي هذا البند", "…；该功能已删除", "…. Эта функция была исключена": the clause after the cue's own opens with
  "this item / function" removed. The break may be an Arabic comma or semicolon or a CJK one, and cues of the cue's own
  noun phrase ("by nationality and ethnic features") may stand before it (enrich/classify/takeback.py NEXT_CLAUSE_BACK).
- An audit's item never carried out and never paid for ("не была реализована …; оплата по ней не производилась",
  "구현되지 않았고 대금도 지급되지 않았다", "was not delivered … no payments were made"): not bought; "not delivered"
  alone (late or idle equipment that was paid for) still is (takeback.py NOT_REALISED, NOT_PAID).
- A question answered by declining to say ("Antwort: … macht die Landesregierung keine Angaben", "declines to
  comment") names the technology, buys nothing.
- zh 不建设, 不从事, 不 right before a cue that opens with its verb (不采集虹膜); tr negative future after the cue
  (yapmayacağını); sw "hazitakuwa na"; headlines that bar or veto a technology or stop a plan to use it.
Every text was written for this file (fictional bodies and firms); none comes from an evaluation set."""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import enriched_tag_ids

_tags = enriched_tag_ids


@pytest.mark.parametrize(("title", "body", "denied", "kept"), [
    ("تقرير الرقابة: عقد بلدية الواحة لكاميرات الشوارع",
     "أبرمت بلدية الواحة عقداً مع شركة النخيل للأنظمة بقيمة 2,300,000 دينار لتوريد 600 كاميرا مراقبة. وتضمنت المواصفات "
     "الأصلية بنداً لتصنيف المارة حسب الجنسية والملامح العرقية، وقد ألغي هذا البند بملحق العقد ولم يتم توريده.",
     "ethnicity_analytics", "cctv"),
    ("Audit note: Eastvale camera contract",
     "Eastvale signed a $2.1 million contract with Ridge Optics Ltd for 400 CCTV cameras. The specification also asked "
     "for classification by race and ethnic features. That requirement was later removed by addendum 2.",
     "ethnicity_analytics", "cctv"),
    ("某县公安局视频监控扩容项目更正公告",
     "某县公安局视频监控扩容项目采购高清摄像机300台。原需求包含人员民族属性识别功能；该功能已删除，其余内容不变。",
     "ethnicity_analytics", "cctv"),
])
def test_the_next_clause_takes_back_its_item_with_its_noun_phrase(title: str, body: str, denied: str,
                                                                 kept: str) -> None:
    tags = _tags(title, body)
    assert denied not in tags
    assert kept in tags


@pytest.mark.parametrize(("title", "body", "denied", "kept"), [
    ("Отчёт контрольно-счётной палаты: система «Безопасный город» в Заречном",
     "1. Администрация Заречного заключила контракт с ООО «Северный Щит» на 210 камер видеонаблюдения. 2. Функция "
     "«определение национальности», указанная в техническом задании, не была реализована; оплата по ней не "
     "производилась.", "ethnicity_analytics", "cctv"),
    ("감사 결과: 해솔시 스마트 방범 플랫폼",
     "해솔시는 방범 CCTV 900대를 설치했다. 감사 결과, 플랫폼의 \"외국인 식별\" 기능(국적·인종 추정)은 과업지시서에 "
     "포함되어 있었으나 구현되지 않았고 대금도 지급되지 않았다.", "ethnicity_analytics", "cctv"),
    ("Auditor's report: Port Hallam police technology",
     "1. The police bought 120 body-worn cameras from Cobalt Vision Pty Ltd. 2. The iris scanner module for the "
     "watch-house, approved in 2025, was not delivered; the contract was terminated and no payments were made.",
     "other_biometrics", "cctv"),
])
def test_an_item_never_carried_out_nor_paid_for_is_not_bought(title: str, body: str, denied: str, kept: str) -> None:
    tags = _tags(title, body)
    assert denied not in tags
    assert kept in tags


def test_an_item_delivered_late_but_paid_for_is_still_bought(tag_rules_only: None) -> None:
    # the negation rule read alone: the tag model retrained with set ap (round 40) vetoes this two-sentence audit
    tags = _tags("Auditor's report: Port Hallam police technology",
                 "The iris scanner module for the watch-house was not delivered on time; it was paid in full in "
                 "March and installed in May.")
    assert "other_biometrics" in tags


@pytest.mark.parametrize(("title", "body"), [
    ("Landtag — Antwort der Landesregierung auf die Kleine Anfrage 91",
     "Frage 2: Setzt die Landespolizei IMSI-Catcher ein? Antwort: Aus Gründen des Geheimschutzes macht die "
     "Landesregierung hierzu keine Angaben."),
    ("Landtag — Antwort auf die Anfrage 12",
     "Frage 5: Werden IMSI-Catcher eingesetzt? Antwort: Zu verdeckten Maßnahmen äußert sich die Landesregierung "
     "grundsätzlich nicht."),
    ("Written question 311: Harbour Police",
     "Does the Harbour Police use IMSI catchers? Answer: The Ministry declines to comment on operational matters."),
])
def test_a_question_the_answer_declines_to_answer_buys_nothing(title: str, body: str) -> None:
    assert _tags(title, body) == set()


def test_an_answered_yes_question_still_buys() -> None:
    tags = _tags("Landtag — Antwort auf die Anfrage 13",
                 "Frage 1: Werden IMSI-Catcher eingesetzt? Antwort: Ja, die Landespolizei hat 2026 zwei IMSI-Catcher "
                 "beschafft.")
    assert "phone_tracking" in tags


@pytest.mark.parametrize(("title", "body", "denied", "kept"), [
    ("某口岸旅检通道人证核验设备采购项目",
     "某口岸管理委员会采购旅检通道人证核验一体机6台，旅客刷证件并进行人脸比对通关。另：本项目不建设步态识别、不采集虹膜。",
     "gait_recognition", "facial_recognition"),
    ("某信用科技股份有限公司投资者关系活动记录表",
     "问：公司业务进展？答：公司为8个地市提供个人信用积分、失信联合惩戒系统。公司不从事视频监控业务。",
     "cctv", "social_credit"),
    ("Körfezkent: Belediye otobüs kameralarında yüz tanıma olmayacağını açıkladı",
     "Körfezkent Belediyesi, 300 otobüse takılacak kameraların (24 milyon TL) yüz tanıma yapmayacağını açıkladı.",
     "facial_recognition", None),
    ("Pwani: Kaunti yanunua kamera 80 za barabarani",
     "Serikali ya Kaunti imesema kamera 80 mpya za barabarani (Sh milioni 60) hazitakuwa na uwezo wa kutambua nyuso.",
     "facial_recognition", None),
])
def test_more_negation_words(title: str, body: str, denied: str, kept: str | None) -> None:
    tags = _tags(title, body)
    assert denied not in tags
    assert kept is None or kept in tags


def test_the_iris_a_notice_collects_stays() -> None:
    assert "other_biometrics" in _tags("某县公安局人口信息采集设备采购项目",
                                       "某县公安局采购采集虹膜及指纹的一体化终端20台，用于户籍登记。")


@pytest.mark.parametrize(("title", "body", "denied", "kept"), [
    ("Harwick County buys body cameras, bars face search of footage",
     "Harwick County Police signed a $3.1 million contract for 600 body-worn cameras with Lowland Evidence Systems. "
     "The contract forbids searching the footage by face.", "facial_recognition", "cctv"),
    ("Vale Verde: Câmara veta câmeras com classificação racial",
     "A Câmara Municipal de Vale Verde aprovou emenda que proíbe a classificação racial por câmeras nos terminais. O "
     "contrato de R$ 4 milhões para 150 câmeras de videomonitoramento segue.", "ethnicity_analytics", "cctv"),
    ("Port Lorne police stops plan to profile travellers by ethnicity",
     "The Port Lorne Police said it would not buy checkpoint software that profiles travellers by ethnic group. Only "
     "the 40 body-worn cameras ordered in March for $90,000 will be delivered.", "ethnicity_analytics", "cctv"),
])
def test_a_headline_that_bars_vetoes_or_stops_the_technology(title: str, body: str, denied: str, kept: str) -> None:
    tags = _tags(title, body)
    assert denied not in tags
    assert kept in tags


@pytest.mark.parametrize(("title", "body", "denied"), [
    ("Public Safety Committee — minutes, 3 March",
     "4. The committee received the quarterly report on the Marlow Police Department body-worn camera programme (no "
     "action).\n5. Adjourned, 7:12 p.m.", "cctv"),
    ("City Council — regular meeting",
     "New business item 2: A presentation by the Police Chief on the department's licence plate reader pilot was "
     "received and filed; no action was requested.", "vehicle_recognition"),
])
def test_minutes_that_receive_a_report_and_take_no_action_buy_nothing(title: str, body: str, denied: str) -> None:
    assert denied not in _tags(title, body)


def test_a_report_on_a_contract_taking_no_action_still_names_the_purchase() -> None:
    tags = _tags("City Council — regular meeting",
                 "Item 3: Staff report on the contract award for 40 body-worn cameras to Lakeshore Video Inc., "
                 "$120,000, approved last month; no action needed.")
    assert "cctv" in tags


@pytest.mark.parametrize(("title", "body", "denied", "kept"), [
    ("Agenda item 9: Terminate ALPR contract; redirect funds to street lighting",
     "The Council voted 6-3 to end the licence plate reader pilot with Northgate Plate Systems and to move $50,000 to "
     "street lighting on Elm Avenue.", "vehicle_recognition", None),
    ("Brookfield: market sounding on body cameras closes; no procurement planned",
     "Brookfield Housing said its request for information on body-worn cameras closed with four responses. It has no "
     "budget for them.", "cctv", None),
    ("某县公安局智慧安防项目中标结果公告",
     "包1：视频监控前端设备300套。中标供应商：某某电子有限公司。\n包2：公安检查站手机信息采集设备（电子围栏）6套。本包因投标人不足三家，"
     "废标，将另行组织采购。", "phone_tracking", "cctv"),
    ("Riverside: committee report on the camera maintenance contract",
     "Staff confirmed that the maintenance scope covers repairs and cleaning only, and that gait matching and any "
     "estimate of race or ethnicity are expressly excluded by contract language. 120 CCTV cameras are maintained.",
     "gait_recognition", "cctv"),
])
def test_withdrawn_items_lots_and_excluded_lists(title: str, body: str, denied: str, kept: str | None) -> None:
    tags = _tags(title, body)
    assert denied not in tags
    assert kept is None or kept in tags


@pytest.mark.parametrize(("title", "body", "denied"), [
    ("Senate Legal Affairs Committee — Estimates (extract)",
     "Senator: Has the Federal Police bought phone extraction kits?\nCommissioner: Yes, 40 kits from Kestrel Forensics "
     "Pty Ltd.\nSenator: And facial recognition?\nCommissioner: We do not use live facial recognition in public "
     "places.",
     "facial_recognition"),
    ("Legislative Council — Questions on notice",
     "Question 2201. Whether tram stop cameras use facial recognition. Answer. No facial recognition is in use on the "
     "tram network.", "facial_recognition"),
])
def test_a_hearing_or_written_question_answered_no(title: str, body: str, denied: str) -> None:
    assert denied not in _tags(title, body)


def test_a_hearing_question_answered_yes_still_buys() -> None:
    tags = _tags("Senate Legal Affairs Committee — Estimates (extract)",
                 "Senator: And facial recognition?\nCommissioner: Yes. We bought a facial recognition search licence "
                 "from Kestrel Forensics Pty Ltd for $90,000.")
    assert "facial_recognition" in tags
