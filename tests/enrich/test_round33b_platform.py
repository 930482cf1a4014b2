"""Round 33b (platform33b): the platform rule's bullet "Recorded footage" (tests/eval/README.md). Recognition run over
recorded or archived video to find a person by one trait (a face, a gait, a plate) is that technology only; it is a
platform only when the video of many cameras becomes searchable records (structuring, attributes, "across all
cameras") or the results are fused with other sources. Sets ag, ah and ai (13 such notices) label it so, none a
platform (enrich/classify/footage_search.py). German "Gangbild" beside video is gait recognition (taxonomy_cues.yaml
r33b_platform33b). Results joined with other data for analysis (融合研判, 碰撞研判, 关联研判) are a platform
(taxonomy_cues.yaml r33b_platform33b; 12 notices of 11 sets, all labelled so). An ethnicity module on a video
platform whose only attributes are ethnic ones is ethnicity recognition, no platform (enrich/classify/one_kind.py;
ae 8 of 9, ag 5, ah 5, ai 6). Fictional buyers and firms; towns as placeholders.
"""
from __future__ import annotations

import pytest

from enrich import enrich
from enrich.classify import classify

PLATFORM = "surveillance_platform"


def _tags(title: str, body: str) -> set[str]:
    return {tag.taxonomy_id for tag in enrich(title, body).tags}


ONE_TRAIT_IN_FOOTAGE = [
    ("gait_recognition", "示例县公安局历史录像步态检索服务采购成交公告",
     "示例县公安局委托对存档录像开展步态特征检索服务，用于比对指定人员的行走特征，期限一年。"
     "成交供应商：示例睿行智能科技有限公司，成交金额：468,000元。"),
    ("gait_recognition", "示例县公安局视频侦查步态检索服务采购成交公告",
     "示例县公安局采购视频侦查步态检索服务，在案件调取的历史录像中按目标人员步态特征进行检索比对，服务期一年。"
     "成交供应商：示例视研信息科技有限公司，成交金额：236,000元。"),
    ("gait_recognition", "Landeskriminalamt kauft Software zur Gangbild-Suche in Videoaufzeichnungen",
     "MUSTERSTADT — Das Landeskriminalamt Musterland beschaffte für 380.000 Euro eine Software, die gespeicherte "
     "Videoaufzeichnungen nach dem Gangbild einer gesuchten Person durchsucht. Lieferant: Beispiel Forensik GmbH."),
]


@pytest.mark.parametrize(("technology", "title", "body"), ONE_TRAIT_IN_FOOTAGE)
def test_one_trait_searched_in_recorded_footage_is_that_technology_only(tag_rules_only: None, technology: str,
                                                                       title: str, body: str) -> None:
    tags = _tags(title, body)
    assert technology in tags
    assert PLATFORM not in tags


@pytest.mark.parametrize(("technology", "title", "body"), ONE_TRAIT_IN_FOOTAGE)
def test_one_trait_searched_in_recorded_footage_is_no_platform_model_on(technology: str, title: str,
                                                                        body: str) -> None:
    tags = _tags(title, body)
    assert technology in tags
    assert PLATFORM not in tags


@pytest.mark.parametrize(("title", "body"), [
    # the footage searched with the results fused with a key-person database: the rule's fusion
    ("示例市公安局历史录像步态检索及重点人员比对平台",
     "示例市公安局对历史录像开展步态检索，检索结果与重点人员库融合研判。中标人：示例智安科技有限公司，金额：980,000元。"),
    # two traits fused in one search of the footage: not one trait
    ("示例县步态与人像融合检索系统采购项目",
     "示例县公安局采购步态与人像融合检索系统1套，对历史录像进行步态特征提取与比对。预算：296万元。"),
    # every camera's recorded video turned into records of people and vehicles searchable by clothing: structuring
    ("示例市公安局录像结构化检索系统",
     "示例市公安局采购录像视频结构化系统，对全市摄像机历史录像中的人员、车辆按衣着颜色、车型及人脸进行检索。"
     "中标人：示例视图科技有限公司，金额：2,400,000元。"),
])
def test_footage_structured_or_fused_stays_a_platform(tag_rules_only: None, title: str, body: str) -> None:
    assert PLATFORM in _tags(title, body)


def test_gangbild_beside_video_is_gait(tag_rules_only: None) -> None:
    tags = _tags("Polizei Musterstadt: Gangbild-Auswertung",
                 "Die Polizei Musterstadt lässt Aufnahmen der Bahnhofskameras durch die Beispiel Vision GmbH auf das "
                 "Gangbild eines Tatverdächtigen auswerten; Auftragswert 90.000 Euro.")
    assert "gait_recognition" in tags


def test_gangbild_in_a_clinic_is_no_gait(tag_rules_only: None) -> None:
    tags = _tags("Klinikum Musterstadt: Ganglabor",
                 "Das Klinikum Musterstadt beschafft ein Ganglabor mit Videoanalyse, um das Gangbild von Patienten "
                 "nach Hüftoperationen zu beurteilen. Lieferant: Beispiel Medizintechnik GmbH.")
    assert "gait_recognition" not in tags


def test_ethnicity_module_on_a_video_platform_is_no_platform(tag_rules_only: None) -> None:
    tags = _tags("示例县公安局视频监控平台少数民族预警模块",
                 "示例县公安局在视频监控平台上部署少数民族人员识别预警模块，按民族属性统计经过人员。"
                 "中标人：示例安智联科技有限公司；金额：960,000元。")
    assert "ethnicity_analytics" in tags
    assert PLATFORM not in tags


def test_ethnicity_attributes_with_video_structuring_stay_a_platform(tag_rules_only: None) -> None:
    tags = _tags("示例县公安局视频结构化平台（含民族属性）采购",
                 "示例县公安局采购视频结构化平台，对全县摄像机视频中的人员进行民族属性识别并结构化存储。"
                 "中标人：示例视联科技有限公司；金额：1,960,000元。")
    assert PLATFORM in tags


def test_results_fused_for_analysis_with_other_data_are_a_platform(tag_rules_only: None) -> None:
    tags = _tags("示例市公安局视频平台人员轨迹及步态分析扩容",
                 "示例市公安局视频图像平台扩容：新增步态识别200路、人脸识别300路，并将结果与重点人员库、手机采集数据"
                 "融合研判。中标人：示例智安科技有限公司，中标金额：6,280,000元。")
    assert PLATFORM in tags


def test_round16_gait_search_in_recordings_is_gait_only(tag_rules_only: None) -> None:
    """Round 16 read this sentence as a platform; the rule's "Recorded footage" bullet makes it gait only."""
    tags = {tag.taxonomy_id for tag in classify("Die Landespolizei beschafft eine Software, mit der Ermittler "
                                                "Videoaufzeichnungen nach dem Gangbild von Personen durchsuchen.")}
    assert tags == {"gait_recognition"}
