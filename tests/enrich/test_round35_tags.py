"""Round 35 (tags): cameras joined to a 110 command centre, vehicle trajectory systems, face checkpoints.

Labelling rule "Brands of goods, dispatch centres and vehicle trajectories" (tests/eval/README.md), parts (2) and (3),
and bare checkpoint words in face-checkpoint notices. Sentences written for these tests."""
from __future__ import annotations

from enrich import enrich


def _ids(title: str, body: str) -> set[str]:
    return {tag.taxonomy_id for tag in enrich(title, body).tags}


def test_cameras_joined_to_a_110_centre_are_cctv_only() -> None:
    ids = _ids("某县公安局110指挥中心前端摄像机建设",
               "新建高清摄像机200路，接入县公安局110指挥中心。中标金额：300万元。")
    assert "cctv" in ids and "surveillance_platform" not in ids


def test_a_centre_joining_video_with_calls_stays_a_platform() -> None:
    ids = _ids("某县公安局110指挥中心视频融合升级", "升级110指挥中心视频与接处警系统融合调度平台。中标金额：300万元。")
    assert "surveillance_platform" in ids


def test_vehicle_trajectory_system_is_vehicle_recognition_only() -> None:
    ids = _ids("某县公安局车辆轨迹分析系统采购",
               "建设车辆轨迹分析系统，基于卡口过车数据还原车辆行驶轨迹。中标人：某科技公司，金额：120万元。")
    assert ids == {"vehicle_recognition"}


def test_trajectory_fused_with_faces_and_phones_stays_a_platform() -> None:
    ids = _ids("某县公安局车辆轨迹研判平台",
               "建设车辆轨迹研判平台，汇聚卡口过车、人脸抓拍及手机侦码数据进行关联研判。金额：120万元。")
    assert {"vehicle_recognition", "surveillance_platform"} <= ids


def test_fleet_positions_are_no_vehicle_recognition() -> None:
    assert "vehicle_recognition" not in _ids(
        "某县教育局校车北斗定位监管平台", "为全县校车安装北斗定位终端，实时监控校车位置。金额：45万元。")
    assert "vehicle_recognition" not in _ids(
        "City buys GPS tracking for refuse trucks",
        "The city bought GPS telematics units to track its 40 refuse trucks.")


def test_bare_checkpoint_words_of_face_checkpoints_read_no_plates() -> None:
    ids = _ids("某市公安局人像卡口抓拍数据接入平台",
               "将30处人像卡口的抓拍数据接入市局平台，本项目为前端卡口建设及网络传输。中标金额：210万元。")
    assert "facial_recognition" in ids and "vehicle_recognition" not in ids
    ids = _ids("某县公安局人脸比对算法采购",
               "采购人脸比对算法，对现有卡口摄像机抓拍图片进行比对，金额：88万元。")
    assert "vehicle_recognition" not in ids


def test_security_checkpoints_still_read_plates() -> None:
    ids = _ids("某县公安局治安卡口及人脸卡口建设",
               "新建治安卡口6处及人脸卡口10处，卡口建设含补光灯。中标金额：320万元。")
    assert {"vehicle_recognition", "facial_recognition"} <= ids


def test_plate_reading_opted_out_of_is_not_bought() -> None:
    ids = _ids("Town renews camera upkeep",
               "The town renewed maintenance of its 30 downtown cameras for $52,000 but opted out of "
               "the licence plate reading module the vendor proposed.")
    assert "cctv" in ids and "vehicle_recognition" not in ids


def test_a_bidder_offer_the_buyer_declined_buys_nothing_from_it() -> None:
    ids = _ids("Village leases camera trailers", "The village leased three camera trailers from a local firm for "
               "$39,000; Flock Safety had offered plate-reader cameras that the village board declined.")
    assert "cctv" in ids and "vehicle_recognition" not in ids


def test_plate_readers_bought_after_an_accepted_offer_stay() -> None:
    ids = _ids("Town buys plate readers", "The town bought 12 plate readers from Flock Safety for $60,000.")
    assert "vehicle_recognition" in ids
