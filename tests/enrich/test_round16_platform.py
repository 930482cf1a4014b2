"""Round 16, surveillance_platform as the labellers read it: analytic software over video (ethnicity or attribute
classification, gait, behaviour, face search over footage, trajectory analysis over checkpoint records) and centres
that join the cameras with emergency calls; cameras bought with their own analytics, gates, vendors' self-descriptions
and denials stay outside. Sentences written for these tests."""
from __future__ import annotations

import pytest

from enrich.classify import classify

PLATFORM = "surveillance_platform"


def _platform(text: str) -> list[str]:
    return [t.evidence.text for t in classify(text) if t.taxonomy_id == PLATFORM]


POSITIVE = [
    # analytic software over video, every language the capability is written in
    ("The provincial police bought an analytics module that sorts pedestrians seen by 400 street cameras by ethnicity.",
     "module"),
    ("The sheriff licensed a search tool that indexes archived footage from the county's cameras.", "tool"),
    ("The capital's police have chosen a face-search engine for 3 million dollars.", "face-search engine"),
    ("La Policía compró un software que clasifica a los transeúntes grabados por las cámaras según su etnia.",
     "software"),
    ("A Guarda Municipal contratou uma plataforma que identifica pessoas pela marcha nas gravações das câmeras.",
     "plataforma"),
    ("La gendarmerie a acquis un logiciel qui reconnaît les individus à leur démarche sur les images des caméras.",
     "logiciel"),
    # round 33b: gait searched in recorded video (Videoaufzeichnungen nach dem Gangbild durchsuchen) is gait only, by
    # the platform rule's "Recorded footage" (sets ag, ah and ai label it so): tests/enrich/test_round33b_platform.py
    ("Управление полиции закупает модуль, определяющий этническую принадлежность прохожих по видео с камер.",
     "модуль"),
    ("Emniyet, kamera kayıtlarında yürüyüş tanıma yapan bir yazılım satın aldı.", "yazılım"),
    # round 31b: 人员属性分析服务 that outputs an ethnicity label is recognition of one kind (the platform rule's
    # "Recognition of one kind"; sets ae and ag label it so): tests/enrich/test_round31b_platform.py
    ("看守所对监室现有摄像机视频加载打架行为分析算法。", "行为分析算法"),
    ("县公安局采购车辆轨迹分析系统，汇聚全县卡口过车记录。", "轨迹分析系统"),
    ("市公安局建设步态特征比对平台，接入城区视频。", "步态特征比对平台"),
    ("警察は防犯カメラ映像の顔画像を照合するシステムを導入した。", "システム"),
    # centres joining the cameras with emergency calls
    ("Le ministère a mis en service une plateforme qui centralise 900 caméras et les appels d'urgence.", "plateforme"),
    ("整合全县视频、人脸卡口及110接处警数据的综合指挥平台。", "指挥平台"),
]

NEGATIVE = [
    # a centre that also dispatches patrols, nothing joining the video to the calls (13:17 rule, part 1)
    "The council linked 500 new CCTV cameras to the emergency operations centre which also dispatches police patrols "
    "after calls.",
    # cameras bought with their own analytics: the cameras' analytics, no platform
    "The bureau bought 80 cameras whose software tags each captured face with an ethnicity attribute.",
    "La Policía instaló 120 cámaras con reconocimiento de la marcha en la plaza mayor.",
    "县公安局采购人脸抓拍摄像机60台、民族属性识别分析模块1套、视频存储服务器2台。",
    # face comparison at a gate or against ID photos
    "Customs bought facial comparison software for departure e-gates at the airport, matching passport photos.",
    # a vendor describing what it makes
    "We license software that identifies people from their walking pattern in video to public-security customers.",
    # denied inside the cue's own words
    "The police said the camera system records video only and cannot identify faces or ethnic groups.",
    "El sistema de videovigilancia no incluye análisis de marcha ni identificación biométrica alguna.",
    # clinical and sports gait analysis
    "El hospital adquirió un laboratorio de análisis de marcha con cámaras infrarrojas para pacientes.",
    "体育运动学校采购跑步机步态分析系统及高速摄像机，用于运动员跑姿分析。",
    # a voice matcher over call recordings is no video platform
    "The unit received a voice biometrics system that matches ransom-call recordings against a voiceprint database.",
    # a traffic trajectory system without checkpoints; a fire brigade's centre with calls but no cameras
    "交通运输局采购公交车辆轨迹分析系统，用于线路优化。",
    "The fire service opened a dispatch centre which also receives ambulance calls.",
]


# round 30 (tests/eval/README.md, "Recognition of one kind"): ethnicity, gait or face recognition over the cameras or
# their recordings is that technology, no platform
ONE_KIND_WORDS = ["sorts pedestrians seen by 400 street cameras by ethnicity", "face-search engine for 3 million",
                  "clasifica a los transeúntes", "pela marcha nas gravações", "à leur démarche sur les images",
                  "определяющий этническую", "yürüyüş tanıma yapan", "步态特征比对平台"]
ONE_KIND_R30 = [(text, quoted) for text, quoted in POSITIVE if any(a in text for a in ONE_KIND_WORDS)]
POSITIVE = [case for case in POSITIVE if case not in ONE_KIND_R30]


@pytest.mark.parametrize(("text", "quoted"), ONE_KIND_R30)
def test_recognition_of_one_kind_is_no_platform(text: str, quoted: str) -> None:
    assert not _platform(text), text


@pytest.mark.parametrize(("text", "quoted"), POSITIVE)
def test_platform_found_and_quoted(text: str, quoted: str) -> None:
    spans = _platform(text)
    assert spans, text
    assert any(quoted in span for span in spans), spans


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_platform(text: str) -> None:
    assert _platform(text) == []


def test_evidence_is_the_clause_not_the_camera_word() -> None:
    """The span quotes the delivery word with its capability, not just the cameras it runs on (with a key-person
    platform beside it: ethnicity tagging alone is no platform since round 30)."""
    spans = _platform("Police bought an analytics module that tags people filmed by city cameras by ethnicity, "
                      "for its key-person control platform.")
    assert spans and any("module" in s and "ethnicity" in s for s in spans)
