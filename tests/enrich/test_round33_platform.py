"""Round 33 (platform33): the platform rule of tests/eval/README.md ("Platform: connected cameras, monitoring rooms and
capture cameras") in three families counted on several development sets before writing. Fictional buyers and firms;
towns as placeholders.

1. Plate readers only joined to an existing 911 system, centro integrado or real-time crime centre are
   vehicle_recognition (and cctv for cameras), no platform, unless the notice says what the centre fuses them with
   (enrich/classify/camera_upkeep.py; ae 2, ah 2 labelled so; af's 3 labelled a platform name records or calls).
2. A Safe City programme (Безопасный город, Безпечна столиця, Коопсуз шаар) or its situation centre named only as the
   owner of the cameras installed or maintained is cctv (enrich/classify/programme_cameras.py; ae, af, ag, ah: 8 of 8).
3. A command platform or centre that joins the video with alarms, 110 reports or dispatch is a platform (zh wording
   ending on 告警/报案/派遣; taxonomy_cues.yaml r33_platform33; 27 notices of 17 sets, all labelled a platform).
"""
from __future__ import annotations

import pytest

from enrich import enrich

PLATFORM = "surveillance_platform"


def _tags(title: str, body: str) -> set[str]:
    return {tag.taxonomy_id for tag in enrich(title, body).tags}


PLATES_JOINED = [
    ("Riverton adds plate readers",
     "RIVERTON — The Riverton Police Department signed a $410,000 deal with Example Plate Co. for 80 additional "
     "license plate readers whose hits feed its existing real-time crime center."),
    ("Prefeitura de Exemplo: orla com videomonitoramento",
     "A Prefeitura de Exemplo homologou a requalificação da orla, com calçadão, iluminação e um sistema de "
     "videomonitoramento com 40 câmeras e leitura de placas nos acessos, integrado ao Centro Integrado de "
     "Segurança Pública municipal já existente. A vencedora foi a Construtora Exemplo Ltda., por R$ 12 milhões."),
    # (round 29 read this one as a platform, test_round29_platform; sets ae and ah, written after the rule, do not)
    ("Villa Serena adquiere arcos lectores",
     "VILLA SERENA — La Secretaría de Seguridad adjudicó a Ejemplo Tecnologías S.A. de C.V. 32 arcos con lectores de "
     "placas y cámaras de videovigilancia enlazados al C5i estatal."),
    ("Ayuntamiento de Ejemplo amplía cámaras del 911 con lectura de placas",
     "El Ayuntamiento de Ejemplo amplió el sistema de videovigilancia conectado al 911 con 30 cámaras de lectura "
     "de placas, contratado a Ejemplo Sistemas SRL por DOP 40.000.000."),
]


@pytest.mark.parametrize(("title", "body"), PLATES_JOINED)
def test_plate_readers_only_joined_to_an_existing_centre_are_no_platform(tag_rules_only: None, title: str,
                                                                         body: str) -> None:
    tags = _tags(title, body)
    assert "vehicle_recognition" in tags
    assert PLATFORM not in tags


@pytest.mark.parametrize(("title", "body"), PLATES_JOINED)
def test_plate_readers_only_joined_to_an_existing_centre_are_no_platform_model_on(title: str, body: str) -> None:
    assert PLATFORM not in _tags(title, body)


def test_plate_readings_cross_checked_at_the_centre_stay_a_platform(tag_rules_only: None) -> None:
    tags = _tags("Prefeitura de Exemplo: cercamento eletrônico",
                 "A Prefeitura de Exemplo contratou a locação de 120 câmeras de leitura de placas nos acessos da "
                 "cidade, integradas ao Centro Integrado de Comando, onde as leituras são cruzadas com registros de "
                 "roubo. Empresa: Exemplo Tecnologia Ltda., R$ 9 milhões.")
    assert {"vehicle_recognition", PLATFORM} <= tags


PROGRAMME_CAMERAS = [
    ("Примерская мэрия: обслуживание камер «Безопасного города»",
     "Мэрия города Примерска заключила контракт с ООО «Пример-Видеосервис» на техническое обслуживание 1 200 камер "
     "системы «Безопасный город» и ситуационного центра на 80 млн рублей."),
    ("Примерська міська рада: обслуговування камер «Безпечна столиця»",
     "Департамент муніципальної безпеки уклав договір з ТОВ «Приклад Відео» на обслуговування 3 000 камер та "
     "ситуаційного центру, 90 млн грн."),
    ("Мисал шаарынын мэриясы видеокөзөмөл камераларын орнотот",
     "Мисал шаарынын мэриясы «Коопсуз шаар» долбоору боюнча 40 видеокөзөмөл камерасын «Мисал Тех» ЖЧК аркылуу "
     "30 млн сомго орнотту."),
]


@pytest.mark.parametrize(("title", "body"), PROGRAMME_CAMERAS)
def test_a_safe_city_programmes_cameras_installed_or_kept_up_are_cctv(tag_rules_only: None, title: str,
                                                                       body: str) -> None:
    tags = _tags(title, body)
    assert "cctv" in tags
    assert PLATFORM not in tags


@pytest.mark.parametrize(("title", "body"), PROGRAMME_CAMERAS)
def test_a_safe_city_programmes_cameras_are_cctv_model_on(title: str, body: str) -> None:
    tags = _tags(title, body)
    assert "cctv" in tags
    assert PLATFORM not in tags


def test_a_safe_city_programme_with_recognition_or_a_new_centre_stays_a_platform(tag_rules_only: None) -> None:
    tags = _tags("Примерск: «Безопасный город» расширяется",
                 "Мэрия Примерска заключила контракт на расширение системы «Безопасный город»: 500 камер с "
                 "распознаванием лиц и создание нового ситуационного центра, 300 млн рублей.")
    assert PLATFORM in tags


@pytest.mark.parametrize(("title", "body"), [
    ("示例市港区监视系统与指挥中心整合案",
     "示例市政府建置港区整合指挥中心，将监视器画面与110报案、车牌辨识告警及消防派遣整合。得标：示例数位整合股份有限公司，"
     "金额：新台币2,000万元。"),
    ("示例县边境联防指挥平台建设",
     "示例县公安局建设边境联防指挥平台，整合边境视频监控、雷达、人脸卡口和车辆卡口告警，联动边防与海关。"
     "中标：示例通讯股份有限公司，金额：900万元。"),
])
def test_a_command_platform_joining_video_with_alarms_and_dispatch_is_a_platform(tag_rules_only: None, title: str,
                                                                                 body: str) -> None:
    assert PLATFORM in _tags(title, body)


def test_video_joined_with_a_meeting_system_is_no_platform(tag_rules_only: None) -> None:
    # a video-conference room that joins video with 110 in passing is no command platform (the cue's unless)
    tags = _tags("示例县视频会议系统采购",
                 "示例县采购视频会议系统，整合会议室视频与110报警电话的语音接入。金额：20万元。")
    assert PLATFORM not in tags


@pytest.mark.parametrize(("title", "body", "tid"), [
    ("Police adds gait recognition to ECU 911 cameras in Ejemplo",
     "The Policía Nacional, Zona 9, added gait recognition to 60 cameras viewed through ECU 911 in Ejemplo, supplier "
     "Ejemplo Analítica S.A., US$ 300,000.", "gait_recognition"),
    ("Ejemplo ECU 911 face alerts added",
     "EJEMPLO — ECU 911 added face-match alerts from Example Vision to 200 cameras already feeding its emergency "
     "centre, US$ 2.1 million.", "facial_recognition"),
])
def test_recognition_added_to_an_emergency_systems_cameras_is_that_technology(tag_rules_only: None, title: str,
                                                                              body: str, tid: str) -> None:
    tags = _tags(title, body)
    assert {"cctv", tid} <= tags
    assert PLATFORM not in tags


def test_recognition_added_to_system_cameras_and_matched_against_records_stays_a_platform(tag_rules_only: None) -> None:
    tags = _tags("Ejemplo ECU 911 face alerts",
                 "ECU 911 added face-match alerts to 200 cameras; the alerts are cross-checked against police records "
                 "at its command post, US$ 2.1 million.")
    assert {"facial_recognition", PLATFORM} <= tags


@pytest.mark.parametrize(("title", "body"), [
    ("예시시, 어린이보호구역 CCTV 유지보수 계약",
     "예시시는 어린이보호구역 방범용 CCTV 300대의 유지보수 용역을 예시시큐리티(주)와 7억원에 체결했다. 영상은 예시시 "
     "통합관제센터에서 모니터링한다."),
    ("예시구: 어린이공원 CCTV 교체",
     "예시구청은 어린이공원 20곳의 노후 CCTV 100대를 교체하고 구 통합관제센터와 연계하는 사업을 예시정보통신(주)에 "
     "6억 원에 발주했다."),
])
def test_cameras_watched_at_a_korean_integrated_control_centre_are_cctv(tag_rules_only: None, title: str,
                                                                        body: str) -> None:
    tags = _tags(title, body)
    assert "cctv" in tags
    assert PLATFORM not in tags


def test_video_analytics_for_a_korean_control_centre_stays_a_platform(tag_rules_only: None) -> None:
    tags = _tags("예시시: 통합관제센터 영상분석 소프트웨어 계약",
                 "예시시는 통합관제센터에 연결된 CCTV 800대에 대한 영상분석 소프트웨어를 "
                 "예시AI(주)와 9억 원에 계약했다.")
    assert PLATFORM in tags
