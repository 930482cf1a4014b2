"""Round 24, technology tags (set y scored blind, now spent): each general wording fixed, with a near miss that must
not change.

- ethnicity: people sorted by how they look ("by appearance" in many languages), by nationality, sect or presumed
  origin, labelled as of an origin or nationality, as "X" or "non-X", as one of two named groups; 性别、年龄段、民族
  等属性 read from captured faces and 民族、宗教属性 judged by a police module;
- social credit: points lost (in many languages) that put people on a list, publish them or shut them out of a
  service, subsidy or permit;
- platform: a gait-recognition system run on cameras already up ("on 120 cameras", trên 30 camera, pada 40 kamera,
  与…视频监控对接, the existing monitors' pictures), not gait cameras bought;
- negation: fr "exclut toute fonctionnalité de …", ca "exclou … qualsevol funció de …", en "none of these systems";
- cctv: a camera maker's name beside cameras of another kind (lecture capture, operating theatre, wildfire, footfall,
  potholes, plates) or a maker's bid that was barred; thermal drones for fires or rescue; "the cameras face the road".

Every sentence was written for these tests (fictional places, buyers and firms), none copied from an evaluation set.
"""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import rule_tag_quotes

_evidence = rule_tag_quotes  # what a user sees: each tag with the words it quotes


# ----------------------------------------------------------------------------- ethnicity
ETHNICITY = [
    ("The county police bought a street analytics module that flags visitors it sorts as 'outsiders' by appearance.",
     "by appearance"),
    ("Городская полиция купила программу, которая классифицирует прохожих по внешности и отправляет оповещения.",
     "по внешности"),
    ("La policía municipal compró un software que clasifica a los transeúntes por su apariencia y envía alertas.",
     "por su apariencia"),
    ("La police municipale a acquis un logiciel qui classe les passants selon leur apparence et signale les groupes.",
     "selon leur apparence"),
    ("Die Stadtpolizei beschaffte eine Software, die Passanten nach vermuteter Herkunft klassifiziert.",
     "nach vermuteter Herkunft"),
    ("Mestská polícia kúpila softvér, ktorý kamerové záznamy označoval osoby ako „maďarského pôvodu“.",
     "ako „maďarského pôvodu"),
    ("Η αστυνομία αγόρασε λογισμικό που κατηγοριοποιούσε τους διερχόμενους ως «Βλάχους» ή «μη Βλάχους».",
     "ως «Βλάχους» ή «μη Βλάχους"),
    ("The regional police sought a camera system that would classify travellers as 'Northern' or Southern and alert "
     "patrols.", "classify travellers as 'Northern' or Southern"),
    ("اشترت الشرطة برنامجاً يصنّف المارة حسب الجنسية ويرسل تنبيهات إلى الدوريات.", "حسب الجنسية"),
    ("县公安局在城区视频监控上部署人员属性分析系统，对抓拍人像进行性别、年龄段、民族等属性分析。",
     "性别、年龄段、民族等属性分析"),
    ("县公安局在管控平台增加民族、宗教属性研判模块。", "民族、宗教属性研判"),
]
NOT_ETHNICITY = [
    # the same words where nothing sorts people by origin: plants by appearance, a census by nationality, clothing
    "The botanical software classifies plants by appearance and flags rare species for the gardeners.",
    "The statistics office classifies residents by nationality in the census tables.",
    "The police app flags suspicious people by appearance, such as masks worn at night.",
    "县统计局开展人口普查，按性别、年龄段、民族等属性统计常住人口。",
]


@pytest.mark.parametrize(("text", "quote"), ETHNICITY)
def test_ethnicity_wording(text: str, quote: str) -> None:
    assert quote in _evidence(text).get("ethnicity_analytics", [])


@pytest.mark.parametrize("text", NOT_ETHNICITY)
def test_no_ethnicity(text: str) -> None:
    assert "ethnicity_analytics" not in _evidence(text)


# ----------------------------------------------------------------------------- social credit
SOCIAL_CREDIT = [
    ("The town council runs a points scheme for residents: unpaid fees and noise complaints reduce points, and "
     "residents with no points are published on a public list.", "reduce points"),
    ("El municipio creó un puntaje vecinal: quien ensucie la vía restará puntos y quienes lleguen a cero figurarán en "
     "una lista negra.", "restará puntos"),
    ("La mairie lance un système de points pour les vendeurs de rue : chaque infraction retire des points et les "
     "vendeurs sans points sont inscrits sur une liste noire.", "retire des points"),
    ("Pemerintah kota menerapkan skor warga: pelanggaran mengurangi skor dan warga dengan skor rendah tidak dapat "
     "mengurus izin.", "mengurangi skor"),
    ("Tuman hokimligi fuqarolarga ball beradi: qarzdorlar ball yo'qotadi va ijtimoiy yordamdan chetlashtiriladi.",
     "ball yo'qotadi"),
    ("村委会实行积分管理，无故缺席村民会议者扣分，积分为零的农户列入重点帮教名单。", "扣分"),
]
NOT_SOCIAL_CREDIT = [
    # points lost in a game, a loyalty card or a school, and a list with no points
    "Players who commit a foul lose points and the team with no points is published on the league table.",
    "Customers who return goods lose points on the supermarket loyalty card, and the benefits end.",
    "The municipality published the list of excluded bidders after the tender evaluation.",
]


@pytest.mark.parametrize(("text", "quote"), SOCIAL_CREDIT)
def test_points_lost_with_consequence(text: str, quote: str) -> None:
    assert quote in _evidence(text).get("social_credit", [])


@pytest.mark.parametrize("text", NOT_SOCIAL_CREDIT)
def test_points_lost_without_social_score(text: str) -> None:
    assert "social_credit" not in _evidence(text)


# ----------------------------------------------------------------------------- cameras of another kind
NOT_CCTV = [
    "Lakeside University bought 150 Hikvision lecture-capture cameras for its halls.",
    "The county hospital's Dahua cameras are operating-theatre cameras used to record surgical training.",
    "The shopping centre said its footfall counters are not Hikvision cameras, as a blog claimed.",
    "The borough fitted 30 maintenance vans with cameras that map potholes; the cameras face the road only.",
    "The fire brigade and police bought six drones with thermal cameras for search and rescue in the hills.",
]
CCTV = [
    ("The city police installed 200 Hikvision cameras in the old town squares.", "cameras"),
    # a barred bid takes back only its own sentence's cameras
    ("The park board bought Hikvision cameras for the car park. Bids offering Dahua cameras were barred.", "cameras"),
    ("The police bought six drones with cameras to watch crowds at the stadium.", "drones with cameras"),
    ("The transit police installed cameras that face the platforms to watch for pickpockets.", "cameras"),
]


@pytest.mark.parametrize("text", NOT_CCTV)
def test_cameras_of_another_kind(text: str) -> None:
    assert "cctv" not in _evidence(text)


@pytest.mark.parametrize(("text", "quote"), CCTV)
def test_surveillance_cameras_kept(text: str, quote: str) -> None:
    assert quote in _evidence(text).get("cctv", [])


# ----------------------------------------------------------------------------- gait recognition run on cameras
GAIT_PLATFORM = [
    ("The regional police deployed gait recognition on 85 cameras in the harbour district.", "gait recognition"),
    ("Công an tỉnh thử nghiệm hệ thống nhận dạng người qua dáng đi trên 30 camera tại bến xe.", "dáng đi"),
    ("Polres Kota menguji sistem pengenalan gaya berjalan pada 25 kamera di alun-alun.", "gaya berjalan"),
    ("A guarda municipal testa, em 30 câmeras do centro, um software que identifica pessoas pelo modo de andar.",
     "modo de andar"),
    ("区公安分局采购步态识别分析系统一套，与站前广场60路视频监控对接。", "步态"),
]
GAIT_CAMERAS = [
    # gait cameras bought are cameras (and gait recognition), not a platform over existing video
    "The regional police bought 85 gait recognition cameras for the harbour district.",
    "区公安分局新建步态识别摄像机30台，建设步态特征库。",
    "The sports clinic uses gait analysis on two treadmill cameras for runners.",
]


@pytest.mark.parametrize(("text", "quote"), GAIT_PLATFORM)
def test_gait_run_on_cameras_is_platform(text: str, quote: str) -> None:
    # round 30 (tests/eval/README.md, "Recognition of one kind"): gait recognition run on cameras is gait recognition,
    # no platform (the name is kept for history)
    found = _evidence(text)
    assert "surveillance_platform" not in found, found
    assert "gait_recognition" in found, found


@pytest.mark.parametrize("text", GAIT_CAMERAS)
def test_gait_cameras_are_no_platform(text: str) -> None:
    assert "surveillance_platform" not in _evidence(text)


# ----------------------------------------------------------------------------- negation words
NEGATED = [
    ("France-Lille : Systèmes de vidéosurveillance — Avis d'attribution de marché\nPouvoir adjudicateur : Ville de "
     "Lille, Police municipale. Objet : extension de la vidéoprotection urbaine (120 caméras). Attributaire : Nord "
     "Vidéo SAS. Le marché exclut toute fonctionnalité de reconnaissance faciale, conformément au cadre légal.",
     "facial_recognition", "caméras"),
    ("L'Ajuntament comprarà 30 càmeres de videovigilància; el plec exclou qualsevol funció de reconeixement facial.",
     "facial_recognition", "càmeres"),
    ("The council renewed 40 body-worn cameras for the police; staff confirm that none of these systems performs "
     "facial recognition.", "facial_recognition", "body-worn cameras"),
]
STILL_BOUGHT = [
    # the same words where the exclusion or "none of" is about something else
    ("Le contrat exclut la maintenance des abris. Il comprend la reconnaissance faciale aux portiques du stade.",
     "facial_recognition", "reconnaissance faciale"),
    ("None of the residents objected; the police system performs facial recognition at the station gates.",
     "facial_recognition", "facial recognition"),
]


@pytest.mark.parametrize(("text", "denied", "kept"), NEGATED)
def test_exclusion_negates_only_its_object(text: str, denied: str, kept: str) -> None:
    tags = _evidence(text)
    assert denied not in tags
    assert kept in tags.get("cctv", [])


@pytest.mark.parametrize(("text", "tid", "quote"), STILL_BOUGHT)
def test_exclusion_of_something_else(text: str, tid: str, quote: str) -> None:
    assert quote in _evidence(text).get(tid, [])
