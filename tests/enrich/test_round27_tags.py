"""Round 27, technology tags (set ab scored blind, now a development set): families of wording, each by its general
shape, each with a near miss that must not change.

- a study, report, paper or article that says it records, describes, lists or involves no purchase ("It reports no
  purchase", "no contract is described", "It names no buyers", "not any procurement"), in en es pt fr it de ru zh he;
- a negation right after a relative clause set off by commas ("X, which the Minister had proposed, is not part of the
  contract");
- a question of the body answered no right after it ("Wird X eingesetzt?\\nNein."); an indirect question answered by
  naming the document that excludes it ("replied that the tender excludes it", "respondió que el pliego lo excluye");
- zh 不安排 / 不列支 negate what follows (as 未安排 did); a function deleted from the requirements (已从需求中删除);
  ko 기능은 제외됐다 (a particle between the cue and 제외);
- a maker named right before the negation excludes the maker, not the technology ("ZTE denies role", "Hikvision ban
  calls", 防犯カメラ調達でファーウェイ製品を除外, 화웨이 제품은 배제됐다), and more makers are read after a negation
  ("excludes IDEMIA", "without Cellebrite").

Every sentence was written for these tests (fictional places, buyers and firms), none copied from an evaluation set.
"""
from __future__ import annotations

import pytest

from enrich.classify import classify_notice
from tests.enrich.notice_helpers import rule_tag_quotes

_evidence = rule_tag_quotes

# ----------------------------------------------------------------------------- a report that buys nothing
REPORTS = [
    "Study: camera networks in river towns\nA policy institute mapped street cameras in twelve river towns. The study "
    "reports no purchase and names no buyers.",
    "Paper on face recognition accuracy\nResearchers at Northbay University tested facial recognition on public "
    "photos. The paper describes experiments, not any procurement.",
    "Ombudsman note on police cameras\nThe note compares CCTV rules in three regions. No contract is "
    "described.",
    "Watchdog review of plate readers\nThe review of licence plate reader use lists no new contract.",
    "Informe: las cámaras de Villa Serena\nUn informe universitario analiza las cámaras de videovigilancia de la "
    "ciudad. No describe ninguna compra nueva.",
    "Relatório sobre reconhecimento facial\nUma ONG publicou um relatório sobre o reconhecimento facial em estádios. "
    "Não descreve nenhuma compra.",
    "Rapport sur la vidéosurveillance à Valmont\nUne association publie un rapport sur la vidéosurveillance de "
    "Valmont. Le rapport ne décrit aucun achat.",
    "Studio sulle telecamere di Borgoverde\nUno studio esamina le telecamere della città e non riguarda alcun "
    "acquisto.",
    "Studie: Gesichtserkennung in Talstadt\nEine Stiftung beschreibt den Einsatz von Gesichtserkennung am Bahnhof. "
    "Eine Beschaffung wird nicht beschrieben.",
    "Доклад о камерах в Заречье\nОбщественная организация опубликовала доклад о видеонаблюдении в городе. Закупки в "
    "докладе не описаны.",
    "学术报告：某地人脸识别应用概况\n一所大学发表研究报告，梳理多个城市的人脸识别应用。报告不涉及任何采购。",
    "研究：多地视频监控招标\n一份研究整理公开招标文件中的视频监控要求。研究未涉及采购本身。",
]
REPORT_NEAR_MISSES = [
    # a purchase of its own, or a statement about something else: the tags stay
    ("Northbay buys cameras after report\nFollowing the report, the council bought 40 CCTV cameras for the harbour "
     "from Quayside Security Ltd.", "cctv", "CCTV cameras"),
    ("某县公安局视频监控采购项目\n采购高清视频监控摄像机60台。本项目不涉及进口产品采购。", "cctv", "视频监控"),
    ("Villa Serena compra cámaras\nLa alcaldía adjudicó 80 cámaras de videovigilancia; el contrato no describe "
     "plazos de garantía.", "cctv", "cámaras de videovigilancia"),
]


@pytest.mark.parametrize("text", REPORTS)
def test_a_report_that_buys_nothing_leaves_no_tag(text: str) -> None:
    tags, state = classify_notice(text)
    assert tags == []
    assert state == "negated"


@pytest.mark.parametrize(("text", "tid", "quote"), REPORT_NEAR_MISSES)
def test_a_purchase_beside_a_report_keeps_its_tag(text: str, tid: str, quote: str) -> None:
    assert any(quote in q for q in _evidence(text).get(tid, []))


# ----------------------------------------------------------------------------- questions answered no
QUESTIONS = [
    ("Answer to a written question on Talstadt cameras\nDie Polizei betreibt 40 Kameras am Markt.\n\n2. Wird eine "
     "Gesichtserkennung eingesetzt?\nNein. Dafür gibt es keine Rechtsgrundlage.", "cctv", "facial_recognition"),
    ("Harbourview council minutes\nThe council approved 200 CCTV cameras for the waterfront. Councillor Reyes asked "
     "whether the system includes facial recognition. The clerk replied that the tender excludes it.", "cctv",
     "facial_recognition"),
    ("Acta del concejo de Villa Serena\nSe instalarán 150 cámaras de videovigilancia. La concejala Paz preguntó si el "
     "sistema incluye reconocimiento facial. El secretario respondió que el pliego lo excluye expresamente.", "cctv",
     "facial_recognition"),
]
# a relative clause set off by commas between the cue and its negation ("X, which the Minister had proposed, is not
# part of the contract"); a near miss: a later clause negating something else
RELATIVE_THEN_NEGATED = [
    ("Lakeport body cameras\nLakeport police awarded $9 million for 2,000 body-worn cameras. Retrospective facial "
     "recognition, which the mayor had proposed, is not part of the contract.", "cctv", "facial_recognition"),
]
RELATIVE_NOT_NEGATED = [
    ("Lakeport cameras\nThe council bought facial recognition cameras, which the police requested, and the old "
     "contract is not part of the budget.", "facial_recognition", "facial recognition"),
]


@pytest.mark.parametrize(("text", "kept", "denied"), RELATIVE_THEN_NEGATED)
def test_negation_after_a_relative_clause(text: str, kept: str, denied: str) -> None:
    evidence = _evidence(text)
    assert kept in evidence
    assert denied not in evidence


@pytest.mark.parametrize(("text", "tid", "quote"), RELATIVE_NOT_NEGATED)
def test_a_relative_clause_near_miss(text: str, tid: str, quote: str) -> None:
    assert any(quote in q for q in _evidence(text).get(tid, []))


QUESTION_NEAR_MISSES = [
    # a question answered yes, or not answered at all: the tag stays
    ("Harbourview FAQ\nWill the new CCTV cameras read number plates? Yes, at the two car park gates.",
     "vehicle_recognition", "number plates"),
    ("Northbay questions\nDoes the contract include facial recognition? Nonetheless the council signed it for "
     "20 face recognition gates.", "facial_recognition", "face recognition"),
]


@pytest.mark.parametrize(("text", "kept", "denied"), QUESTIONS)
def test_a_question_answered_no_negates_what_it_asks(text: str, kept: str, denied: str) -> None:
    evidence = _evidence(text)
    assert kept in evidence
    assert denied not in evidence


@pytest.mark.parametrize(("text", "tid", "quote"), QUESTION_NEAR_MISSES)
def test_a_question_not_answered_no_keeps_its_tag(text: str, tid: str, quote: str) -> None:
    assert any(quote in q for q in _evidence(text).get(tid, []))


# ----------------------------------------------------------------------------- zh and ko negation words
NEGATED_ZH_KO = [
    ("某县公安局部门预算\n视频监控设备更新：300万元。本年度不安排步态识别相关支出。", "cctv", "gait_recognition"),
    ("某县公安局视频监控项目公告\n采购视频监控前端设备。原计划的“步态识别”功能已从需求中删除。",
     "cctv", "gait_recognition"),
    ("하남시 CCTV 관제 사업\n하남시는 방범용 CCTV 200대를 설치한다. 얼굴인식 기능은 제외됐다.",
     "cctv", "facial_recognition"),
]
KEPT_ZH_KO = [
    ("某县公安局人脸识别项目\n本年度安排人脸识别门禁建设经费80万元。", "facial_recognition", "人脸识别"),
    ("하남시 얼굴인식 출입 시스템\n하남시는 얼굴인식 출입 시스템을 도입한다.", "facial_recognition", "얼굴인식"),
]


@pytest.mark.parametrize(("text", "kept", "denied"), NEGATED_ZH_KO)
def test_zh_ko_negation_words(text: str, kept: str, denied: str) -> None:
    evidence = _evidence(text)
    assert kept in evidence
    assert denied not in evidence


@pytest.mark.parametrize(("text", "tid", "quote"), KEPT_ZH_KO)
def test_zh_ko_negation_near_misses(text: str, tid: str, quote: str) -> None:
    assert any(quote in q for q in _evidence(text).get(tid, []))


# ----------------------------------------------------------------------------- a maker excluded, not the technology
MAKER_EXCLUDED = [
    ("Riverton governorate cameras: supplier undisclosed, ZTE denies role\nRiverton Governorate installed 300 cameras "
     "for SYP 40 billion.", "cctv"),
    ("Lakeport police ignore Hikvision ban calls\nLakeport police awarded a $3 million contract for 250 CCTV cameras "
     "to Harbor Systems.", "cctv"),
    ("北浜市、防犯カメラ調達でファーウェイ製品を除外\n北浜市は防犯カメラ300台を調達した。", "cctv"),
    ("하남시 CCTV 구축…화웨이 장비 배제\n하남시는 방범용 CCTV 500대를 설치한다. "
     "네트워크 입찰에서 화웨이 제품은 배제됐다.", "cctv"),
    ("Northbay police fingerprint scanners\nNorthbay police bought 200 mobile fingerprint scanners; the tender "
     "excludes IDEMIA.", "other_biometrics"),
]
TECHNOLOGY_EXCLUDED = [
    # the negation takes the technology itself: it stays denied
    ("Lakeport cancels face recognition cameras\nLakeport police cancelled the facial recognition camera tender.",
     "facial_recognition"),
    ("北浜市、顔認証カメラの導入を中止\n北浜市は顔認証システムは導入しない。", "facial_recognition"),
    # cameras named by their make right after them are what the negation takes ("câmeras da Hikvision")
    ("Porto Claro compra radares\nA prefeitura comprou 30 radares de velocidade. Uma proposta com câmeras da "
     "Hikvision foi desclassificada.", "cctv"),
    # a maker of the technology refused with it: "rejects X offer to pilot face recognition" refuses the technology
    ("Port Alder police reject SenseTime offer\nPort Alder police declined an offer from SenseTime to pilot face "
     "recognition and instead bought 40 standard cameras from Reef Systems.", "facial_recognition"),
    # a company's name is no purchase of biometrics (d.o.o., s.r.o., Kft …)
    ("Policija kupuje kamere\nPolicijska uprava Lipovac kupuje 30 kamera; isporučitelj je Drava Biometrija d.o.o.",
     "other_biometrics"),
    ("Clearview licence ended\nLakeport police has no face recognition contract; no Clearview AI licence is held.",
     "facial_recognition"),
]


@pytest.mark.parametrize(("text", "tid"), MAKER_EXCLUDED)
def test_a_maker_excluded_keeps_the_technology(text: str, tid: str) -> None:
    assert tid in _evidence(text)


@pytest.mark.parametrize(("text", "tid"), TECHNOLOGY_EXCLUDED)
def test_the_technology_excluded_stays_denied(text: str, tid: str) -> None:
    assert tid not in _evidence(text)


# ----------------------------------------------------------------------------- fingerprints, DNA and phone data, more
# languages: bought for a police force, each with a near miss that buys none of it
BIOMETRICS_AND_PHONES = [
    ("Poliția Municipiului Valea Verde achiziționează kituri de amprentare\nPoliția a cumpărat 50 de dispozitive "
     "mobile de prelevare a amprentelor.", "other_biometrics"),
    ("Lögreglan á Norðurvík kaupir fingrafaraskanna\nLögreglan keypti 12 fingrafaraskanna.", "other_biometrics"),
    ("Policia e Qytetit blen pajisje\nPolicia bleu 30 pajisje për marrjen e shenjave të gishtave.", "other_biometrics"),
    ("Nordpolitiet køber DNA-udstyr\nNordpolitiet har købt nyt DNA-analyseudstyr til 4 millioner kroner.",
     "other_biometrics"),
    ("La Sûreté nationale de Valmont acquiert des séquenceurs\nLa DGSN a acquis des kits de prélèvement pour le "
     "fichier des empreintes génétiques.", "other_biometrics"),
    ("A rendőrség Wi-Fi szenzorokat telepít\nA rendőrség 50 szenzort telepít, amelyek a mobiltelefonok MAC-címét "
     "rögzítik.", "phone_tracking"),
    ("МВР на Северна Долина набавува уреди\nМинистерството набави уреди за екстракција на податоци од мобилни "
     "телефони.", "phone_tracking"),
    ("Ertzaintzak tresnak erosi ditu\nSailak telefono mugikorretatik datuak ateratzeko tresnak erosi ditu.",
     "phone_tracking"),
    ("北浜県警、解析装置を更新\n北浜県警は押収したスマートフォンのデータを抽出する装置を更新した。", "phone_tracking"),
]
NOT_BIOMETRICS_OR_PHONES = [
    ("Primăria Valea Verde cumpără ceasuri de pontaj\nPrimăria a cumpărat 20 de terminale de pontaj cu amprentare "
     "pentru angajați.", "other_biometrics"),
    ("Northbay council IP phones\nThe council bought 300 desk IP phones; each phone's MAC address is registered in the "
     "call manager.", "phone_tracking"),
    ("北浜市、データ分析ツールを導入\n北浜市はスマートフォンのデータを解析するアプリを市民向けに公開した。",
     "phone_tracking"),
]


@pytest.mark.parametrize(("text", "tid"), BIOMETRICS_AND_PHONES)
def test_biometrics_and_phone_data_in_more_languages(text: str, tid: str) -> None:
    assert tid in _evidence(text)


@pytest.mark.parametrize(("text", "tid"), NOT_BIOMETRICS_OR_PHONES)
def test_biometrics_and_phone_near_misses(text: str, tid: str) -> None:
    assert tid not in _evidence(text)
