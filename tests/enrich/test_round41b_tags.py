"""Round 41b (tags): recognition of people at a public place the Chinese compound names right before it (地铁站步态识别,
商圈人脸布控, 客运站民族识别) watches that place live, so it is cctv too (labelling rule "Cameras under a recognition
system"); faces checked as tickets or entries at such a place are not. A function not enabled (並無啟用), a proposal a
council rejects (nl verwierp, "wijst … af") and an offer declined are not tagged; ja camera images searched after the
fact (防犯カメラ画像) are no cctv. Sentences written for these tests,
not taken from the labelled sets."""
from __future__ import annotations

import pytest

from enrich import enrich


def _tags(title: str, body: str) -> set[str]:
    return {tag.taxonomy_id for tag in enrich(title, body).tags}


@pytest.mark.parametrize(("title", "body", "recognition"), [
    ("某市公安局老城区步行街人脸布控项目",
     "采购人：某市公安局。成交人：某某科技有限公司，成交金额：120万元。步行街人脸识别布控。", "facial_recognition"),
    ("高新区公安分局高铁站步态识别试点",
     "采购人：某市公安局高新区分局。中标人：某智能科技有限公司，中标金额：96万元。高铁站步态识别试点一套。",
     "gait_recognition"),
    ("某县公安局客运站民族识别系统", "采购人：某县公安局。成交人：某信息技术有限公司，成交金额：41万元。",
     "ethnicity_analytics"),
    ("某區警察局捷運站周邊商圈人臉辨識布控",
     "採購機關：某市政府警察局。決標金額：新臺幣880萬元。商圈人臉識別布控系統一套。", "facial_recognition"),
])
def test_recognition_compounded_with_a_public_place_is_cctv_too(title: str, body: str, recognition: str) -> None:
    assert {recognition, "cctv"} <= _tags(title, body)


@pytest.mark.parametrize(("title", "body"), [
    # a ticket, entry or temperature check at the place: a gate, no camera network
    ("某景区人脸识别验票闸机采购",
     "采购人：某景区管理局。成交人：某票务科技公司，成交金额：38万元。景区入口人脸识别验票通道6条。"),
    ("某火车站人脸识别测温通道采购", "采购人：某县公安局。成交金额：22万元。火车站人脸识别测温通道4套。"),
    ("某景区刷脸入园系统", "采购人：某景区。成交金额：15万元。景区人脸识别入园核验终端8台。"),
])
def test_face_checks_at_a_gate_of_the_place_are_no_cctv(title: str, body: str) -> None:
    tags = _tags(title, body)
    assert "facial_recognition" in tags
    assert "cctv" not in tags


def test_a_cancelled_place_recognition_is_tagged_with_nothing() -> None:
    assert _tags("某商圈人脸识别布控系统（取消）",
                 "采购人：某区公安分局。因需求变更，本项目取消，不再采购商圈人脸识别布控系统。") == set()


@pytest.mark.parametrize(("title", "body", "kept", "negated"), [
    # zh-Hant and zh: a function "not enabled" or "not joined" (並無啟用, 均无接入) beside the cameras that run
    ("九龍城區閉路電視試點", "警方表示，已在九龍城區街道安裝閉路電視作試點，並無啟用人臉識別功能。",
     {"cctv"}, "facial_recognition"),
    ("某市公安局视频监控补点", "采购人：某市公安局。成交金额：80万元。新增监控摄像机40台，均无接入人脸比对系统。",
     {"cctv"}, "facial_recognition"),
    # nl: a council rejecting the proposal (verwierp; the split verb "wijst … af" of a headline)
    ("Raad Utrecht wijst cameraplan af",
     "De gemeenteraad van Utrecht verwierp donderdag het voorstel om 30 ANPR-camera's bij de binnenstad te plaatsen.",
     set(), "vehicle_recognition"),
    ("Gemeenteraad Zwolle wijst ANPR-uitbreiding af", "De uitbreiding zou 12 camera's bij de invalswegen omvatten.",
     set(), "vehicle_recognition"),
    # en: an offer or quote named first and declined at the clause's end
    ("Township buys body cameras",
     "Millbrook Township bought 40 body cameras from Axon for $120,000; "
     "a quote from NEC for face matching was declined.",
     {"cctv"}, "facial_recognition"),
])
def test_a_function_not_enabled_or_a_proposal_rejected_is_not_tagged(
        title: str, body: str, kept: set[str], negated: str) -> None:
    tags = _tags(title, body)
    assert negated not in tags
    assert kept <= tags


@pytest.mark.parametrize(("title", "body", "tag"), [
    # the same words around a purchase that stands: the rejected motion or rival offer takes nothing back
    ("Eindhoven koopt ANPR-camera's",
     "De gemeente Eindhoven kocht 20 ANPR-camera's van Nedap voor 410.000 euro; "
     "de raad verwierp een motie van de oppositie.",
     "vehicle_recognition"),
    ("County renews plate readers",
     "The county renewed its Flock Safety plate reader contract for $90,000. "
     "A proposal from a local firm was rejected.",
     "vehicle_recognition"),
    ("某县公安局人脸识别系统", "采购人：某县公安局。成交金额：60万元。人脸识别系统一套，运行期间并无故障。",
     "facial_recognition"),
])
def test_a_rejection_elsewhere_keeps_the_purchase(title: str, body: str, tag: str) -> None:
    assert tag in _tags(title, body)


@pytest.mark.parametrize(("title", "body", "tags"), [
    # ja: camera images or recorded footage searched for faces after the fact is face recognition only
    ("兵庫県警：顔認証システムの運用",
     "兵庫県警察は、事件捜査で収集した防犯カメラ画像を顔認証システムで照合していると明らかにした。",
     {"facial_recognition"}),
    ("京都府警 顔照合システム更新",
     "京都府警察は、監視カメラの録画映像から容疑者を探す顔照合システムを更新した。契約額は9千万円。",
     {"facial_recognition"}),
])
def test_ja_camera_images_searched_after_the_fact_are_no_cctv(title: str, body: str, tags: set[str]) -> None:
    found = _tags(title, body)
    assert tags <= found
    assert "cctv" not in found


def test_ja_cameras_and_their_recording_servers_stay_cctv() -> None:
    assert "cctv" in _tags("防犯カメラ録画サーバ更新", "神戸市は、市内防犯カメラの録画サーバ更新を8千万円で発注した。")
    assert "cctv" in _tags("防犯カメラ増設", "堺市は、駅前に防犯カメラ40台を増設する。契約額は3千万円。")
