"""Round 36 (platform): surveillance_platform precision.

(1) The labelling rule "video pooling platforms" (tests/eval/README.md, decided 2026-12-05 at 17:37): a platform that
pools, converges or shares the video of many cameras (视频汇聚平台, 汇聚视频资源, 视频共享交换平台, "video aggregation
platform") is a video management platform, `cctv` only, and also `surveillance_platform` only when the notice says it
fuses (other data beside the video), structures or analyses (enrich/classify/video_management.py).
(2) Recognition of one kind added to a Safe City network's cameras is that technology and cctv, as for ECU 911
(enrich/classify/one_kind.py). (3) The maintenance of a named emergency system's cameras (BOL-110) is cctv
(enrich/classify/camera_upkeep.py). Fictional buyers and firms; towns as placeholders.
"""
from __future__ import annotations

import pytest

from enrich import enrich

PLATFORM = "surveillance_platform"


def _tags(title: str, body: str) -> set[str]:
    return {tag.taxonomy_id for tag in enrich(title, body).tags}


@pytest.mark.parametrize(("title", "body"), [
    ("梨花县视频汇聚平台建设项目成交公告",
     "采购人：梨花县委政法委员会。建设县级视频汇聚平台，汇聚全县学校、医院、集贸市场等社会面视频资源，供政法、公安、"
     "交通等部门按权限调阅。成交供应商：梨花云视网络科技有限公司，成交金额：118万元。"),
    ("柳川县视频共享交换平台扩容",
     "采购人：柳川县公安局。对县级视频共享交换平台扩容存储至800TB，新增500路视频接入授权，仅实现视频资源汇聚共享与"
     "录像调阅。中标人：柳川恒信科技有限公司，中标价：64万元。"),
])
def test_a_pooling_platform_that_only_pools_video_is_cctv(title: str, body: str) -> None:
    tags = _tags(title, body)
    assert "cctv" in tags
    assert PLATFORM not in tags


def test_a_pooling_platform_alone_is_cctv_under_the_rules_too(tag_rules_only: None) -> None:
    tags = _tags("枫林县社会面视频资源汇聚项目",
                 "枫林县委政法委建设视频共享平台，汇聚社会面视频资源约2100路，供各部门调阅。成交人：枫林信通科技有限公司。")
    assert "cctv" in tags
    assert PLATFORM not in tags


@pytest.mark.parametrize(("title", "body"), [
    # pools other data beside the video: fusion
    ("桃源县城市运行监测平台项目中标公告",
     "采购人：桃源县数据资源局。平台汇聚全县视频监控资源、治安卡口过车数据及网格事件，实现统一指挥调度。"
     "中标人：桃源智城科技有限公司，中标金额：1,260万元。"),
    # pools and structures the video
    ("石门县视频汇聚及结构化解析平台",
     "采购人：石门县公安局。建设视频汇聚平台及视频结构化解析服务，对汇聚的视频资源提取人员、车辆属性。"
     "中标人：石门慧眼科技有限公司，中标金额：386万元。"),
])
def test_a_pooling_platform_that_fuses_or_structures_is_a_platform(title: str, body: str,
                                                                    tag_rules_only: None) -> None:
    assert PLATFORM in _tags(title, body)


def test_recognition_added_to_safe_city_cameras_is_that_technology_only() -> None:
    tags = _tags("Safe City cameras to read number plates",
                 "PORT AUGUSTA - The city police will add number plate recognition to 250 existing Safe City cameras "
                 "under a contract with Coastline Vision Ltd worth Rs 80 million.")
    assert "vehicle_recognition" in tags
    assert PLATFORM not in tags


def test_safe_city_recognition_matched_against_records_stays_a_platform(tag_rules_only: None) -> None:
    tags = _tags("Safe City adds face matching with police database",
                 "The Safe City Authority will add face recognition to 400 cameras and check every hit against the "
                 "national criminal records database, awarded to Harbour Analytics for Rs 300 million.")
    assert PLATFORM in tags
    assert "facial_recognition" in tags


def test_maintenance_of_an_emergency_systems_cameras_is_cctv() -> None:
    tags = _tags("BOL-110 camera upkeep renewed",
                 "SUCRE — The Ministry of Government renewed maintenance of BOL-110 cameras in Sucre with Andes "
                 "Redes S.R.L., Bs 6 million.")
    assert "cctv" in tags
    assert PLATFORM not in tags


def test_plate_cameras_whose_feeds_go_to_a_command_centre_are_cctv_and_plates() -> None:
    # (4) cameras only joined to an existing command centre are cctv (README, "Brands of goods, dispatch centres …"
    # (2)); their own plate reading is the cameras' technology, not fusion (enrich/classify/camera_upkeep.py).
    tags = _tags("Port Rowan adds 300 cameras to its command centre",
                 "The City of Port Rowan will add 300 cameras, some with licence-plate recognition, at its ferry "
                 "terminal and market. All feeds go to the City Public Safety Command Center. Contract: Bayline "
                 "Systems Inc., PHP 210 million.")
    assert {"cctv", "vehicle_recognition"} <= tags
    assert PLATFORM not in tags


def test_cameras_feeding_a_new_shared_centre_that_matches_faces_stay_a_platform(tag_rules_only: None) -> None:
    tags = _tags("Northvale council cameras and joint centre",
                 "Northvale Town Council has signed a contract for 120 street cameras whose feeds go to a new command "
                 "centre shared with police and the fire brigade, where faces are matched against a watch list.")
    assert PLATFORM in tags
