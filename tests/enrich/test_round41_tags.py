"""Round 41 (tags): cameras bought beside a negated technology keep cctv, a Safe City kept up or plugged into with
nothing fused is cctv only, and recognition on checkpoint cameras already up is cctv too. Sentences written for these
tests (en fr es pl ur zh)."""
from __future__ import annotations

import pytest

from enrich.classify import classify, classify_notice
from enrich.classify.cameras_beside_negation import cameras_beside_negation
from enrich.model import Span, TechTag


def _ids(text: str) -> set[str]:
    return {tag.taxonomy_id for tag in classify(text)}


# --- cameras bought beside a negated technology (the model's cctv is no longer blocked) ---------------------------

CAMERAS_BESIDE_NEGATION = [
    # pl: the monitoring extended, faces not recognised (no pl cue reads "rozbudowę monitoringu" alone)
    "Łódź: rozbudowa monitoringu bez rozpoznawania twarzy\nUrząd Miasta Łodzi zlecił firmie Piotrkowska Systemy "
    "rozbudowę monitoringu za 920 000 zł; system nie rozpoznaje twarzy.",
    # es: cameras in buses, no biometrics
    "Salto: cámaras en ómnibus sin biometría\nLa Intendencia de Salto instalará cámaras en 80 ómnibus con Litoral Tech "
    "por $ 12 millones; no graban audio ni hacen biometría.",
]


@pytest.mark.parametrize("text", CAMERAS_BESIDE_NEGATION)
def test_cameras_bought_beside_a_negated_recognition_stay_cctv(text: str) -> None:
    tags, state = classify_notice(text)
    assert {tag.taxonomy_id for tag in tags} == {"cctv"}
    assert state is None


NOTHING_BOUGHT = [
    "Festival will not use face recognition\nThe organisers of the Riverside Festival said no facial recognition will "
    "be used at the gates this year.",
    "Parque sin cámaras\nLa Municipalidad de Miraflores renovó las bancas y la iluminación del parque Kennedy por "
    "S/ 400.000; no se instalarán cámaras de videovigilancia.",
    "Library refurbishment\nLeeds City Council awarded Aire Builders £2.1 million to refurbish the central library; "
    "the works do not include CCTV or face recognition.",
    "Marché sans caméras\nLa commune de Vannes a rénové les halles pour 1,2 million d'euros ; aucune caméra de "
    "surveillance ni reconnaissance faciale n'est prévue.",
    "Police say no facial recognition at protest\nMetropolitan Police said officers at Saturday's march would not use "
    "live facial recognition vans.",
    "地铁站不使用人脸识别\n市地铁集团表示，新线车站不采用人脸识别闸机，乘客继续使用二维码进站。",
]


@pytest.mark.parametrize("text", NOTHING_BOUGHT)
def test_a_notice_negating_what_it_names_still_gets_no_tag(text: str) -> None:
    assert _ids(text) == set()


def test_only_an_unnegated_cctv_proposal_is_kept() -> None:
    proposals = [TechTag("cctv", Span(0, 10, "x" * 10), "model/cctv/0.95"),
                 TechTag("facial_recognition", Span(0, 10, "x" * 10), "model/facial_recognition/0.95"),
                 TechTag("cctv", Span(20, 30, "y" * 10), "model/cctv/0.93")]
    kept = cameras_beside_negation(proposals, lambda start, end: start >= 20)
    assert [(tag.taxonomy_id, tag.evidence.start) for tag in kept] == [("cctv", 0)]


# --- a Safe City kept up, or cameras made to plug into one -------------------------------------------------------

SAFE_CITY_CAMERAS = [
    "Nairobi: Safe City upkeep renewed\nThe National Police Service renewed the maintenance of the Nairobi Safe City "
    "system with Safaricom for KSh 1.1 billion.",
    "Ndola buys cameras for the safe city\nNdola City Council bought 45 CCTV cameras from Copperbelt Vision that "
    "connect to the existing safe city platform, K 12 million.",
    "Kampala cameras must work with the Safe City\nKampala Capital City Authority invites bids for 70 CCTV cameras "
    "that must be compatible with the Huawei safe city network. Budget: USh 6 billion.",
    # ur: a contractor named "... Safe City Technologies" fits the city's CCTV cameras
    "بہاولپور: سی سی ٹی وی کیمرے\nمیونسپل کارپوریشن بہاولپور نے بہاولپور سیف سٹی ٹیکنالوجیز کو شہر کے بازاروں میں "
    "80 سی سی ٹی وی کیمرے لگانے کا ٹھیکہ 5 کروڑ روپے میں دیا۔",
]


@pytest.mark.parametrize("text", SAFE_CITY_CAMERAS)
def test_a_safe_city_kept_up_or_plugged_into_is_cctv_only(text: str, tag_rules_only: None) -> None:
    assert _ids(text) == {"cctv"}


@pytest.mark.parametrize("text", SAFE_CITY_CAMERAS)
def test_a_safe_city_kept_up_or_plugged_into_is_cctv_only_with_the_model(text: str) -> None:
    assert _ids(text) == {"cctv"}


SAFE_CITY_PLATFORM = [
    # the upkeep names the command centre that takes emergency calls: a platform
    "Mauritius: Safe City maintenance with the command centre\nThe Mauritius Police Force renewed the maintenance of "
    "the Safe City cameras and the command centre that receives 999 calls with Huawei for Rs 500 million.",
    # the Safe City's software and servers upgraded
    "Safe City upgrade Lahore\nPunjab Safe Cities Authority awarded a contract to upgrade the Safe City platform "
    "software and servers in Lahore, Rs 2 billion.",
]


@pytest.mark.parametrize("text", SAFE_CITY_PLATFORM)
def test_a_safe_city_whose_centre_or_software_is_worked_on_stays_a_platform(text: str, tag_rules_only: None) -> None:
    assert "surveillance_platform" in _ids(text)


def test_face_matching_on_cameras_linked_to_a_safe_city_keeps_its_face_tag() -> None:
    text = ("Karachi safe city face matching\nSindh Police will add face matching to 400 cameras linked to the safe "
            "city, Rs 900 million.")
    assert _ids(text) == {"cctv", "facial_recognition"}


# --- recognition on checkpoint cameras already up (README rule "Cameras under a recognition system") ---------------

ON_CHECKPOINT_CAMERAS = [
    "某县公安局人脸卡口民族属性识别\n采购人：某县公安局。在现有人脸卡口增加民族属性识别模块。金额：60万元。",
    "某县步态识别模块\n采购人：某县公安局。采购步态识别模块，接入乡镇卡口摄像机120路。金额：45万元。",
]


@pytest.mark.parametrize("text", ON_CHECKPOINT_CAMERAS)
def test_recognition_on_checkpoint_cameras_already_up_is_cctv_too(text: str, tag_rules_only: None) -> None:
    assert "cctv" in _ids(text)


NO_CAMERA_NAMED = [
    "Airport e-gates get face verification\nThe Civil Aviation Authority bought face verification software for 40 "
    "e-gates at the international terminal. $2 million.",
    "Police buy face search licence\nNorthshire Police bought a facial recognition search licence to compare 5,000 "
    "uploaded images a year. £120,000.",
    "某县人脸比对服务器\n采购人：某县公安局。采购人脸比对服务器2台，用于办案中心人员身份核验。金额：30万元。",
]


@pytest.mark.parametrize("text", NO_CAMERA_NAMED)
def test_recognition_at_gates_or_on_uploads_is_no_cctv(text: str, tag_rules_only: None) -> None:
    assert "cctv" not in _ids(text)


# --- zh one-button alarms whose video is pushed to the 110 centre; one recognition's "analytics on N cameras" -------

ALARM_VIDEO_TO_THE_CENTRE = [
    "某县公安局警务站视频监控及一键报警\n某县公安局为12个警务站安装视频监控和一键报警装置，报警后视频自动推送县局110指挥中心，"
    "新建球机24台，金额30万元。",
    "某市出租车车载视频\n某市公安局为出租车安装车内摄像机和一键求助按钮，求助时视频回传至市局110指挥中心，金额20万元。",
]


@pytest.mark.parametrize("text", ALARM_VIDEO_TO_THE_CENTRE)
def test_alarm_video_pushed_to_the_110_centre_is_cctv_only(text: str, tag_rules_only: None) -> None:
    assert _ids(text) == {"cctv"}


def test_a_centre_that_fuses_alarm_calls_with_video_stays_a_platform(tag_rules_only: None) -> None:
    text = ("某县公安局视频监控接入\n某县公安局新建摄像机50台，接入110指挥中心，与接处警系统融合研判，"
            "报警后视频自动推送。金额200万元。")
    assert "surveillance_platform" in _ids(text)


ONE_RECOGNITION_ON_CAMERAS = [
    ("Manila face analytics\nThe Manila City Government awarded Pasig Vision PHP 80 million for face analytics on 250 "
     "cameras along Roxas Boulevard for the police.", {"cctv", "facial_recognition"}),
    ("Gait analytics pilot\nThe Land Transport Authority awarded a contract for gait analytics on 40 station cameras "
     "to flag suspects for the police.", {"cctv", "gait_recognition"}),
]


@pytest.mark.parametrize(("text", "expected"), ONE_RECOGNITION_ON_CAMERAS)
def test_one_recognitions_analytics_on_cameras_is_no_platform(text: str, expected: set[str],
                                                              tag_rules_only: None) -> None:
    assert _ids(text) == expected


def test_analytics_raising_police_alerts_over_street_cameras_stays_a_platform(tag_rules_only: None) -> None:
    text = ("Crime analytics\nThe city bought AI analytics on 600 street cameras that raise police alerts for fights "
            "and loitering.")
    assert _ids(text) == {"cctv", "surveillance_platform"}
