"""Round 2 of issue 10: surveillance platforms described in plain words, negated lists of plain nouns, council
votes that reject a purchase, and equipment / counting cameras that are not video surveillance.

Every text is invented for these tests (no line of an evaluation set is copied).
"""
from __future__ import annotations

import pytest

from enrich.classify import classify


def _ids(text: str) -> set[str]:
    tags = classify(text)
    assert all(text[t.evidence.start:t.evidence.end] == t.evidence.text for t in tags)
    return {t.taxonomy_id for t in tags}


PLATFORMS = [
    # integration / operations centres fed by cameras or fusing police data
    "The town will connect 300 business cameras to its new camera integration center next spring.",
    "Drones will stream live video to the police real-time operations center.",
    "The county sheriff buys a data integration platform linking ALPR reads with booking records.",
    # es / fr / de / ru / sr / uk / ar / ko
    "Se amplía la plataforma de comando y control del centro nacional con analítica de video para la policía.",
    "Le programme Ville sûre prévoit un centre de commandement et de contrôle à Kaolack.\n"
    "Les travaux incluent 40 caméras de vidéosurveillance et des liaisons radio sur plusieurs quartiers.",
    "Die Stadt ergänzt die Videoüberwachung am Bahnhof um eine Software zur automatischen Verhaltenserkennung.",
    "Проект «Безопасный город» в Оше.\nПоставка 200 камер видеонаблюдения и модернизация центра оперативного "
    "управления.",
    "Проширење платформе за видео аналитику у граду Нишу.",
    "Постачання серверів відеоаналітики для поліції міста.",
    "أنشأت الشرطة مركزاً للقيادة والسيطرة يربط الكاميرات بأنظمة التعرف على اللوحات.",
    "구청은 지능형 선별관제 시스템을 도입한다.",
    # zh: data fed into a platform the same project builds; video-image investigation; police image analysis
    "本项目新建人脸抓拍卡口20套，抓拍数据汇入同期新建的治安管控平台。",
    "某区公安分局视频图像侦查实战平台采购项目。",
    "某市公安局车辆轨迹大数据分析系统建设。",
    "警方採購影像分析系統，用於比對閉路電視錄影中的人臉。",
]


@pytest.mark.parametrize("text", PLATFORMS)
def test_platforms_in_plain_words(text: str) -> None:
    assert "surveillance_platform" in _ids(text)


NOT_PLATFORMS = [
    # cameras merely linked to a command or supervision centre stay cctv
    "La commune raccorde 30 nouvelles caméras de vidéoprotection au centre de supervision urbain.",
    # (round 27: cameras joined to a *command* centre left this list - sets f to ab label that centre a platform in
    # every such notice, 6 of 6; only set 12 does not, 2 notices; tests/enrich/test_round27_platform.py)
    "The fire brigade's real-time operations center gets new dispatch consoles.",
    # (round 29, the labelling rule of tests/eval/README.md: a command or control room that only watches the cameras is
    # cctv; this sentence names nothing the posts fuse the feeds with - it was a platform until round 28)
    "The port police upgrade their command and control posts for the CCTV network.",
    # feeding an existing platform is not buying one
    "前端设备数据上传至市局已有的综合平台。",
]


@pytest.mark.parametrize("text", NOT_PLATFORMS)
def test_no_platform_without_fusion(text: str) -> None:
    assert "surveillance_platform" not in _ids(text)


NEGATED = [
    # a negation reaches the last item of a list of plain nouns
    ("The new lanterns carry no cameras, loudspeakers or licence plate readers.", set()),
    ("Our company does not sell cameras, audio sensors or facial recognition software.", set()),
    # council votes and rulings
    ("Item 12: a contract for facial recognition software for the police was voted down 3-8.", set()),
    ("The committee rejected facial recognition for the stadium.", set()),
    ("Ein Antrag auf Gesichtserkennung wurde abgelehnt.", set()),
    ("Polizei bekommt Gesichtserkennung nicht", set()),
    ("La métropole écarte la reconnaissance faciale de son marché.", set()),
    # Turkish negative verb forms; 不同于 (unlike)
    ("Belediye yalnızca araç sayan ve plaka okumayan kameralar aldı.", set()),
    ("本次采购的路口检测器仅统计车流量，不同于此前建设的卡口系统。", set()),
]


@pytest.mark.parametrize(("text", "expected"), NEGATED)
def test_negated_lists_and_votes(text: str, expected: set[str]) -> None:
    assert _ids(text) == expected


STILL_POSITIVE = [
    # a list without a negation, or a negated clause followed by a new statement, keeps its tags
    ("The contract covers poles, lanterns and licence plate readers.", {"vehicle_recognition"}),
    ("The supplier shall not subcontract, and will install licence plate readers.", {"vehicle_recognition"}),
    ("Belediye kavşaklara plaka okuma kameraları kurdu.", {"vehicle_recognition"}),
]


@pytest.mark.parametrize(("text", "expected"), STILL_POSITIVE)
def test_lists_without_negation_keep_their_tags(text: str, expected: set[str]) -> None:
    assert expected <= _ids(text)


EQUIPMENT_CAMERAS = [
    "The waterworks contract includes telemetry and CCTV cameras in pump rooms to watch valve positions.",
    "某景区客流统计摄像头20个，仅进行人数统计。",
    "城市综合管廊设备监控系统运维服务。",
    "تحديث نظام سكادا والمراقبة بالكاميرات داخل محطات التحويل لقراءة العدادات.",
]


@pytest.mark.parametrize("text", EQUIPMENT_CAMERAS)
def test_equipment_and_counting_cameras_are_not_cctv(text: str) -> None:
    assert "cctv" not in _ids(text)
