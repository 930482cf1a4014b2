"""Round 40, cameras under a recognition system (tests/eval/README.md, decided at the start of round 40): a face, gait
or ethnicity recognition is also cctv when it works live on a public place's video - run on a named camera network,
or recognising passers-by at a station, street, stadium or event - even when no camera is named
(enrich/classify/live_recognition.py); that technology only at a gate, door, counter or terminal, for an algorithm
or licence alone, or over recorded footage (cue file, cctv r40: surveillance video or footage searched after the
fact). The positive family runs the cue rules alone (`tag_rules_only`): the tag model would hide the rule's effect.
Sentences written for this test, not taken from the evaluation sets; every body and firm is fictional.
"""
from __future__ import annotations

import pytest

from enrich import enrich


def _ids(title: str, body: str) -> set[str]:
    return {tag.taxonomy_id for tag in enrich(title=title, body=body).tags}


@pytest.mark.parametrize("title, body, tech", [
    ("Stadium trial", "Northfield Police used live facial recognition to scan fans arriving at the stadium on "
     "Saturday.", "facial_recognition"),
    ("Audit", "The auditor found that the county's camera analytics tagged pedestrians by ethnic appearance; the "
     "feature ran on 120 street cameras.", "ethnicity_analytics"),
    ("Gesichtserkennung", "Die Landespolizei testet am Hauptbahnhof eine Echtzeit-Gesichtserkennung, die Reisende "
     "automatisch mit einer Fahndungsliste abgleicht.", "facial_recognition"),
    ("Reconocimiento facial", "La alcaldía activará el reconocimiento facial en tiempo real en la plaza mayor durante "
     "las fiestas patronales.", "facial_recognition"),
    ("Reconnaissance faciale", "La préfecture a autorisé la reconnaissance faciale en direct pendant le festival, sur "
     "les abords de la gare.", "facial_recognition"),
    ("人员识别系统", "采购人：某县公安局。采购少数民族人员识别系统，在汽车站出口识别并报警。成交金额：90万元。",
     "ethnicity_analytics"),
    ("布控系统", "采购人：某县公安局。对进出县城的重点人员进行人脸识别布控并推送预警。", "facial_recognition"),
    ("步態辨識試辦", "機關：某市政府警察局。於火車站既有監視器加裝步態辨識軟體試辦，決標金額新臺幣300萬元。",
     "gait_recognition"),
    ("顔認証", "県警は繁華街でリアルタイム顔認証システムの運用を始めた。", "facial_recognition"),
    ("Распознавание лиц", "МВД запустило распознавание лиц в реальном времени на станциях метро города.",
     "facial_recognition"),
    ("融合识别", "采购人：某县公安局。建设步态识别系统，接入城区视频，对重点人员实时比对。", "gait_recognition"),
    ("视频分析服务", "采购视频分析服务，对城区监控中人员进行民族属性识别并报警。", "ethnicity_analytics"),
])
def test_live_recognition_of_a_public_place_is_cctv_too(title: str, body: str, tech: str,
                                                         tag_rules_only: None) -> None:
    assert {tech, "cctv"} <= _ids(title, body)


@pytest.mark.parametrize("title, body, tech", [
    ("Licence", "The sheriff renewed its facial recognition software licence to compare booking photos with suspect "
     "images.", "facial_recognition"),
    ("门禁", "采购人脸识别门禁终端30台，安装于机关大楼出入口，用于员工考勤。", "facial_recognition"),
    ("Algorithm", "采购人脸识别算法授权一套及比对服务器两台。", "facial_recognition"),
    ("Boarding", "The airport will install boarding gates with real-time facial recognition at the station of the "
     "airport rail link.", "facial_recognition"),
    ("Forensic gait", "The state crime lab bought forensic gait identification software for surveillance video, "
     "$190,000.", "gait_recognition"),
    ("S-1", "Stridecore sells gait recognition software that identifies people from surveillance video at a distance.",
     "gait_recognition"),
    ("Face search", "The transit authority bought face search licences to look through uploaded CCTV clips for "
     "suspects' faces.", "facial_recognition"),
    ("걸음걸이 분석", "경찰청은 기존 CCTV 영상에서 걸음걸이로 용의자를 찾는 분석 시스템을 도입했다.",
     "gait_recognition"),
    ("Booking", "The sheriff will add face-matching software to the jail's booking station cameras to compare "
     "arrestees with prior mugshots.", "facial_recognition"),
    ("Retrospective", "The force licensed retrospective facial recognition to compare images from recorded CCTV with "
     "custody photos.", "facial_recognition"),
    ("Recorded", "Detectives ran live suspects' photos against recorded footage from the station with face "
     "recognition software.", "facial_recognition"),
])
def test_recognition_at_a_gate_alone_or_after_the_fact_is_no_cctv(title: str, body: str, tech: str,
                                                                   tag_rules_only: None) -> None:
    ids = _ids(title, body)
    assert tech in ids and "cctv" not in ids


@pytest.mark.parametrize("title, body", [
    ("Cameras", "The council bought 40 surveillance cameras and a licence for surveillance video products."),
    ("Revenue", "Our revenue from surveillance video products grew by 12 percent."),
    ("실시간", "시는 지하철역 CCTV 영상에서 실시간 얼굴인식으로 실종자를 찾는다."),
])
def test_cameras_and_live_video_keep_cctv(title: str, body: str) -> None:
    assert "cctv" in _ids(title, body)
