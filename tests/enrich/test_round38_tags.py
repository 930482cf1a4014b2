"""Round 38, tags (tests/eval/README.md, "Gathering alerts; integrated control centres; …", parts (1) and (2)).

(1) An alarm raised when people of a named ethnic group, or listed persons, gather or travel together, found by
recognising them on many cameras, is `surveillance_platform` (+ `ethnicity_analytics` when the group is ethnic,
+ `facial_recognition` when faces are recognised); a crowd count that recognises nobody is none of these.
(2) An integrated CCTV control centre is a monitoring room: `cctv` only, also when it gathers several agencies'
cameras; also `surveillance_platform` when it analyses the video to pick or flag events or joins it with 112/119/911
dispatch, police data or other sources.
The sentences are written for these tests, in the wordings other reporters and buyers use.
"""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import enriched_tag_ids

PLATFORM, ETHNIC, FACIAL = "surveillance_platform", "ethnicity_analytics", "facial_recognition"

GATHERING_ALERTS = [
    ("民族人员聚集预警系统采购项目",
     "采购民族人员聚集预警系统，对辖区视频监控点位抓拍的人脸进行比对，发现三名以上维吾尔族人员聚集时自动报警。",
     {PLATFORM, ETHNIC, FACIAL}),
    ("重点人员聚集预警模块建设项目",
     "建设重点人员聚集预警模块，基于全市人像卡口的识别结果，当多名重点人员在同一区域聚集时推送预警信息。",
     {PLATFORM, FACIAL}),
    ("少数民族人员聚集告警服务",
     "少数民族人员聚集告警：系统对各点位抓拍人像进行民族属性识别，同一时段出现3人以上即推送至派出所。",
     {PLATFORM, ETHNIC, FACIAL}),
    ("County adds gathering alert",
     "The contract adds an alert that fires when three or more Uyghurs meet, matching faces captured by the "
     "county's cameras over the previous week.", {PLATFORM, ETHNIC, FACIAL}),
    ("Police buy co-travel analysis",
     "A co-travel analysis module flags listed persons who are seen together on several cameras within an hour.",
     {PLATFORM}),
    ("Alerta de reuniones",
     "El sistema emite una alerta cuando varias personas de la lista de vigilancia se reúnen, a partir del "
     "reconocimiento facial de las cámaras de la ciudad.", {PLATFORM, FACIAL}),
    ("要注意人物の同行検知システム",
     "複数の監視カメラの顔認識結果から、要注意人物が集まったり同行したりした場合に警報を出すシステムを導入する。",
     {PLATFORM, FACIAL}),
    ("관리대상자 동행 경보 시스템 구축",
     "여러 CCTV의 얼굴인식 결과를 분석해 관리대상자들이 함께 이동하거나 모이면 경보를 울리는 시스템을 구축한다.",
     {PLATFORM, FACIAL}),
    ("Alerte de rassemblement",
     "Le logiciel déclenche une alerte lorsque plusieurs membres d'une minorité ethnique se rassemblent, identifiés "
     "par reconnaissance faciale sur les caméras.", {PLATFORM, ETHNIC, FACIAL}),
]

CROWD_COUNTS = [
    ("景区客流统计摄像机采购", "采购客流统计摄像机10台，用于景区人群密度监测和超员预警。"),
    ("商场客流统计系统", "商场出入口安装客流统计系统，仅统计进出人数，不识别个人身份。"),
    ("Footfall sensors for the station",
     "The station will install footfall counting sensors to measure crowd density on platforms during peak hours."),
    ("Contadores de aforo",
     "Se instalarán contadores de aforo para medir la densidad de personas en la plaza principal."),
    ("駅の混雑度表示", "駅構内に人流計測カメラを設置し、混雑度をリアルタイムで表示する。"),
    ("축제 인파 측정", "유동인구 계수 카메라를 설치해 축제 기간 인파 밀집도를 측정한다."),
]

CONTROL_ROOMS_ONLY = [
    ("CCTV 통합관제센터 장비 교체", "시 CCTV 통합관제센터 영상표출 장비 교체 및 모니터 증설 공사를 발주한다."),
    ("구청 통합관제센터 운영",
     "구청 통합관제센터에 경찰, 교통, 어린이보호구역 CCTV 1,200대를 통합하여 24시간 관제한다."),
    ("방범용 CCTV 설치", "군은 CCTV 통합관제센터를 신축하고 방범용 카메라 300대를 추가로 설치한다."),
    ("統合監視センター新設", "市は統合監視センターを新設し、市内の防犯カメラ300台の映像を一元的に監視する。"),
    ("Centro integrado de videovigilancia",
     "Se construirá un centro integrado de videovigilancia que reunirá las cámaras de la policía, el municipio y la "
     "autoridad de tránsito."),
    ("Centro integrado de monitoreo",
     "El centro integrado de monitoreo recibirá las imágenes de 200 cámaras de seguridad instaladas en el distrito."),
    ("Centro integrado de videomonitoramento",
     "A prefeitura inaugurou o centro integrado de videomonitoramento, que concentra as imagens das câmeras da guarda "
     "municipal e do trânsito."),
    ("Integrated CCTV control centre",
     "The city will build an integrated CCTV control centre to monitor 500 cameras owned by the police, the transport "
     "authority and the council."),
]

CONTROL_ROOMS_THAT_ANALYSE_OR_JOIN = [
    ("통합관제센터 지능형 선별관제 도입",
     "통합관제센터에 지능형 선별관제 시스템을 도입하여 움직임이 있는 영상만 자동으로 선별한다."),
    ("통합관제센터 112 연계",
     "통합관제센터와 112 신고 시스템을 연계해 긴급상황 발생 시 경찰에 CCTV 영상을 실시간 제공한다."),
    ("統合監視センターに映像解析",
     "統合監視センターに映像解析システムを導入し、防犯カメラの映像から不審な行動を自動で検知して警報を出す。"),
    ("Centro integrado de videomonitoreo y 911",
     "El centro integrado de videomonitoreo se enlazará con el sistema de emergencias 911 para despachar patrullas "
     "ante cada incidente captado por las cámaras."),
    ("Integrated control room flags abandoned bags",
     "The integrated CCTV control centre will run video analytics on the camera feeds to flag abandoned objects and "
     "raise alarms for operators."),
    ("Integrated control centre linked to dispatch",
     "The integrated CCTV control centre will link the cameras with 911 dispatch and police records."),
]


@pytest.mark.parametrize(("title", "body", "expected"), GATHERING_ALERTS)
def test_gathering_alerts_are_a_platform(title: str, body: str, expected: set[str]) -> None:
    assert expected <= enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body", "expected"), GATHERING_ALERTS)
def test_gathering_alerts_are_a_platform_by_the_rules(tag_rules_only: None, title: str, body: str,
                                                      expected: set[str]) -> None:
    assert expected <= enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body"), CROWD_COUNTS)
def test_crowd_counts_recognise_nobody(title: str, body: str) -> None:
    assert not enriched_tag_ids(title, body) & {PLATFORM, ETHNIC, FACIAL}


@pytest.mark.parametrize(("title", "body"), CONTROL_ROOMS_ONLY)
def test_integrated_control_centres_are_cctv_only(title: str, body: str) -> None:
    assert enriched_tag_ids(title, body) == {"cctv"}


@pytest.mark.parametrize(("title", "body"), CONTROL_ROOMS_ONLY)
def test_integrated_control_centres_are_no_platform_by_the_rules(tag_rules_only: None, title: str, body: str) -> None:
    assert PLATFORM not in enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body"), CONTROL_ROOMS_THAT_ANALYSE_OR_JOIN)
def test_control_centres_that_analyse_or_join_dispatch_are_a_platform(title: str, body: str) -> None:
    assert PLATFORM in enriched_tag_ids(title, body)


def test_a_plan_abandoned_still_buys_nothing() -> None:
    assert not enriched_tag_ids("Council drops camera scheme",
                                "The city abandoned its plan to buy facial recognition cameras for the square.")
