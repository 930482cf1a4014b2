"""Round 30: the labelling rule's "Recognition of one kind" (tests/eval/README.md, "Platform: connected cameras,
monitoring rooms and capture cameras").

A face, gait, plate or ethnicity recognition system, module, server or licence added to cameras or to a camera platform
is that technology (and cctv for the cameras), even when the notice calls it a platform or 平台; it is also a
surveillance platform only where the notice builds or extends something that fuses several sources, structures video
for search across a camera network, or is a named kind (city brain, police cloud, key-person control, real-time crime
centre, safe-city command centre). The fusion family of the rule (emergency-call and dispatch centres, C4/C5, ECU 911,
real-time crime centres, 情指/研判/多源数据 command centres) stays a platform in many languages.
Every buyer and firm below is fictional. The one-kind cases run the engine as users run it (tag model on: it must not
propose the platform the rule takes away); the fusion cases run the cue rules alone (`tag_rules_only`).
"""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import enriched_tag_ids

PLATFORM = "surveillance_platform"


# --- recognition of one kind added to cameras: that technology, no platform -------------------------------------------
@pytest.mark.parametrize(("title", "body", "kind"), [
    # gait, en: software licensed for the city's cameras
    ("Northvale police licence gait recognition software",
     "NORTHVALE — Northvale Police Service has licensed gait recognition software from Sample Gait Analytics Ltd for "
     "R4.8 million to identify suspects by the way they walk on 300 city CCTV cameras.", "gait_recognition"),
    # gait, ru: a system for the cameras at stations
    ("Примерск: полиция закупила систему распознавания по походке",
     "Примерск. УМВД по г. Примерску закупило систему распознавания людей по походке для камер на вокзалах за "
     "34 млн рублей. Поставщик — ООО «Пример Видео».", "gait_recognition"),
    # gait, zh: cameras and a 步态比对平台 called a platform
    ("示例县公安局步态识别项目中标公告",
     "采购人：示例县公安局 中标人：示例星瞳科技有限公司 中标金额：188万元 "
     "内容：县城主要路口步态识别摄像机40台及步态比对平台。",
     "gait_recognition"),
    # gait, ja: a gait authentication system over security-camera video
    ("示例県警、歩容認証システムを導入へ",
     "示例県警察本部は、防犯カメラ映像から人物を歩き方で特定する歩容認証システムを導入する。契約相手は示例映像解析株式会社で、"
     "契約額は1億2千万円。", "gait_recognition"),
    # ethnicity, zh: a module added to the existing video system
    ("示例县公安局少数民族人员识别预警系统（二期）",
     "示例县公安局对现有视频监控系统增加少数民族人员识别预警模块，对特定民族人员出入城区自动报警。成交金额：¥1,120,000元。",
     "ethnicity_analytics"),
    # ethnicity, ru: a video-analytics module that determines ethnicity
    ("Примерск: МВД внедряет анализ видео по национальному признаку",
     "В Примерске МВД закупило за 96 млн рублей модуль видеоаналитики, который определяет «этническую "
     "принадлежность» прохожих на городских камерах. Поставщик — ООО «Пример Системс».", "ethnicity_analytics"),
    # ethnicity, es: software that classifies people in the cameras' images by ethnicity
    ("Policía adquiere programa que clasifica por etnia",
     "CIUDAD EJEMPLO — La Policía Municipal adquirió un software que clasifica a las personas captadas por 200 cámaras "
     "de videovigilancia según su etnia, por 3,2 millones de pesos, a Ejemplo Visión S.A.", "ethnicity_analytics"),
    # face, en: a facial recognition licence for the existing camera platform
    ("Sampletown adds facial recognition to its camera system",
     "Sampletown Borough Council has bought a facial recognition software licence for its 150 town-centre CCTV "
     "cameras from Example Face Ltd for £240,000.", "facial_recognition"),
    # gait software over recorded video (uk, uz, hi; round 29 read these as a platform)
    ("Національна поліція у Зразкові тестує розпізнавання ходи",
     "Головне управління Національної поліції у місті Зразкові закупило програмне забезпечення для ідентифікації "
     "осіб за ходою на записах відеокамер. Вартість — 28 млн гривень.", "gait_recognition"),
    ("Namuna shahar IIBB yurish uslubi orqali tanish tizimini joriy qildi",
     "Namuna shahar Ichki ishlar bosh boshqarmasi yozib olingan videolarda shaxslarni yurish uslubi bo‘yicha "
     "aniqlovchi dasturiy ta’minotni 42 mlrd so‘mga xarid qildi.", "gait_recognition"),
    ("नमूना पुलिस ने चाल पहचान सॉफ्टवेयर खरीदा",
     "नमूना पुलिस ने रिकॉर्ड की गई सीसीटीवी फुटेज में संदिग्धों को उनकी चाल से पहचानने वाला सॉफ्टवेयर ₹ 14 करोड़ में "
     "नमूना एनालिटिक्स से खरीदा।", "gait_recognition"),
])
def test_recognition_of_one_kind_is_no_platform(title: str, body: str, kind: str) -> None:
    tags = enriched_tag_ids(title, body)
    assert kind in tags
    assert PLATFORM not in tags


# --- what the rule keeps a platform beside recognition of one kind --------------------------------------------------
@pytest.mark.parametrize(("title", "body"), [
    # fusion of several sources (zh: video, checkpoints and face captures joined in one analysis platform)
    ("示例县公安局多源数据汇聚研判平台建设项目",
     "示例县公安局建设多源数据汇聚研判平台，汇聚视频监控、卡口过车和人脸抓拍数据，并部署步态识别模块。预算：380万元。"),
    # video structuring across the camera network
    ("示例市公安局视频结构化及人脸识别项目",
     "示例市公安局采购视频结构化服务器，对全市2000路视频进行结构化解析，支持人脸识别和以图搜图。中标金额：560万元。"),
    # a named kind: a real-time crime centre that adds gait recognition
    ("Sample City adds gait recognition at its real-time crime center",
     "The Sample City Police Department will add gait recognition to the cameras feeding its Real-Time Crime Center, "
     "which links 900 city cameras with license plate readers and 911 calls."),
])
def test_fusion_structuring_or_named_kind_stays_platform(title: str, body: str) -> None:
    assert PLATFORM in enriched_tag_ids(title, body)


def test_behaviour_analytics_stays_platform() -> None:
    tags = enriched_tag_ids("示例区公安分局异常行为分析系统采购",
                 "示例区公安分局采购异常行为分析系统，对辖区500路视频监控进行徘徊、聚集识别预警。成交金额：96万元。")
    assert PLATFORM in tags


# --- the rule's fusion family, in more languages (cue rules alone) --------------------------------------------------
@pytest.mark.usefixtures("tag_rules_only")
@pytest.mark.parametrize(("title", "body"), [
    ("La Ville d'Exempleville relie ses caméras au 911",
     "La Ville d'Exempleville a raccordé ses 90 caméras au centre d'appels 911, qui répartit les interventions de la "
     "police et des pompiers. Le contrat de 1,2 M$ a été accordé à Exemple Vidéo inc."),
    ("Policía inaugura centro de crimen en tiempo real",
     "CIUDAD EJEMPLO — La policía municipal inauguró un centro de crimen en tiempo real con acceso a 800 cámaras de la "
     "ciudad, suministrado por Ejemplo Seguridad S.A."),
    ("Kota Contoh pasang 300 kamera CCTV",
     "Pemerintah Kota Contoh memasang 300 kamera CCTV yang terhubung ke layanan darurat 112 untuk pengiriman polisi "
     "dan ambulans, senilai Rp 12 miliar, oleh PT Contoh Visi."),
    ("Beispielstadt verbindet Kameras mit der Leitstelle",
     "Die Stadt Beispielstadt verbindet 60 Kameras der Videoüberwachung mit der Integrierten Leitstelle für Notrufe "
     "112 von Polizei und Rettungsdienst; Auftragnehmer ist die Beispiel Video GmbH."),
    ("El C5 amplía su red de cámaras",
     "El gobierno estatal amplió el C5 con 1.200 cámaras de videovigilancia y lectores de placas, adjudicados a "
     "Ejemplo Tecnología S.A. de C.V."),
    # round 43: "ECU 911 adquirió 300 cámaras … monitoreadas desde el centro zonal" is cctv only (README rule of 13:17
    # (1)); the case moved to test_round43_platform.py
    ("Sample County links cameras to 911 dispatch",
     "Sample County bought 120 cameras whose feeds go to the 911 dispatch center, where dispatchers see live video "
     "when a call comes in. The vendor is Example Signal LLC."),
    ("示例市公安局情指行一体化指挥中心建设项目",
     "示例市公安局情指行一体化指挥中心建设项目，接入全市视频监控资源，实现警情研判与视频调度。中标金额：860万元。"),
])
def test_fusion_family_is_platform(title: str, body: str) -> None:
    assert PLATFORM in enriched_tag_ids(title, body)
