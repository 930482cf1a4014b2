"""Round 31b (faces31b, after set ag was spent): facial, vehicle and cctv tags read from set ag's errors with the models
off and counted on the other development sets before coding (fictional bodies and firms; towns as placeholders).

Families:
- "face cameras", the English of 人脸摄像机: facial_recognition (set ag's positives; sets n, w, y and aa negate the same
  words as face recognition);
- a checkpoint named by the people it captures (卡口抓拍人员/人像) or one that recognises gait and
  faces together (步态及人脸双模识别卡口) is no plate checkpoint: no vehicle_recognition (sets ae, ag, g);
- plate-reading cameras named a second time as bare "cameras" (their maker's cameras, "traffic cameras" in the
  headline): vehicle_recognition only, no cctv (sets ac, u, w, x, ag); other cameras named beside them stay cctv.
"""
from __future__ import annotations

import pytest

import enrich.tag_model as tag_model
from tests.enrich.notice_helpers import enriched_tag_ids


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cue rules alone: the tag model proposes and withdraws nothing."""
    monkeypatch.setattr(tag_model, "THRESHOLD", 2.0)
    monkeypatch.setattr(tag_model, "NONE_CERTAIN", 2.0)


@pytest.mark.parametrize(("title", "body"), [
    ("Northvale police maintain face cameras at the bus station",
     "Northvale Police Department renewed the maintenance of 120 face cameras at the central bus station with Harbor "
     "Vision Ltd for $380,000."),
    ("Eastbridge district police buy face cameras for the market",
     "The Eastbridge district police bought 40 Lumen face cameras for the night market through Riverside Tech JSC."),
])
def test_face_cameras_are_facial_recognition(rules_only: None, title: str, body: str) -> None:
    tags = enriched_tag_ids(title, body)
    assert "facial_recognition" in tags
    assert "cctv" in tags


def test_face_cameras_voted_down_tag_nothing(rules_only: None) -> None:
    assert enriched_tag_ids("Lakeside council votes down face cameras",
                            "Lakeside City Council voted 6-1 against a proposal to install face cameras downtown. "
                            "No contract will be signed.") == set()


@pytest.mark.parametrize(("title", "body"), [
    ("某县公安局人员属性识别分析服务",
     "某县公安局购买视频人像属性分析服务，对卡口抓拍人像进行年龄、性别属性标注，服务期一年，成交金额：69万元，"
     "供应商：某市瞳析智能科技有限公司。"),
    ("某县公安局人员识别告警系统",
     "某县公安局采购人员识别告警系统，对卡口抓拍人员进行人脸比对并告警。中标单位：某市慧眼智能有限公司，金额：121万元。"),
    ("某县公安局“步态+人脸”双模识别卡口建设项目",
     "采购人：某县公安局；预算金额：468万元；建设内容：在县城主要路口建设步态及人脸双模识别卡口20处，前端采用步态识别摄像机。"),
])
def test_checkpoints_named_by_the_people_they_capture_read_no_plates(rules_only: None, title: str, body: str) -> None:
    tags = enriched_tag_ids(title, body)
    assert "vehicle_recognition" not in tags
    assert "facial_recognition" in tags


def test_vehicle_checkpoints_still_read_plates(rules_only: None) -> None:
    tags = enriched_tag_ids("某县公安局治安卡口建设项目",
                            "某县公安局新建车辆卡口14处，对过往车辆进行抓拍。中标单位：某市智能系统工程有限公司，中标价：653万元。")
    assert "vehicle_recognition" in tags


@pytest.mark.parametrize(("title", "body"), [
    ("Northvale police expands traffic cameras",
     "Northvale Police Service added 60 speed and plate-reading cameras on main roads through Roadway Systems Ltd, "
     "$2.1 million."),
    ("Eastport: police plate readers on the causeway",
     "The City of Eastport installed 30 plate-reading cameras on the causeway approach, awarding $1.9 million to "
     "Harbor Traffic Systems; a bid based on Hikvision cameras ranked second."),
    ("Westfield: police plate readers",
     "Westfield police bought 60 number-plate recognition cameras on city entry roads from Hill Vision Ltd, delivering "
     "Uniview cameras, $412,000."),
])
def test_plate_reading_cameras_named_again_as_cameras_are_no_cctv(rules_only: None, title: str, body: str) -> None:
    tags = enriched_tag_ids(title, body)
    assert "vehicle_recognition" in tags
    assert "cctv" not in tags


def test_plate_readers_beside_other_cameras_stay_cctv(rules_only: None) -> None:
    tags = enriched_tag_ids("Northvale buys street cameras and plate readers",
                            "The City of Northvale bought 40 CCTV cameras for the town square and 12 plate-reading "
                            "cameras at the entrances from Harbor Vision Ltd, $640,000.")
    assert {"cctv", "vehicle_recognition"} <= tags
