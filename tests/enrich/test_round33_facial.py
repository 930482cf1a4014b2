"""Round 33 (facial33): faces or captured portraits classified by ethnic group are facial recognition too; a count of
a camera maker's cameras ("installed 120 Huawei cameras") is cctv.

Labelling rules (tests/eval/README.md): `facial_recognition` when "detection/matching/verification of faces is
stated" (not portraits merely collected for a register); `cctv` for "cameras watching people or public space". Every
buyer and firm below is fictional. Both with the cue rules alone and with the tag model on.
"""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import enriched_tag_ids

ETHNIC_FACES = [
    # zh: captured people at checkpoints tagged by ethnic group
    ("示例县公安局人员识别告警系统",
     "示例县公安局采购人员识别告警系统，按民族属性对卡口抓拍人员打标并告警。中标单位：示例慧眼科技有限公司，金额：121万元。"),
    # zh: a portrait-analysis server that identifies Tibetans
    ("样例县寺庙周边监控建设",
     "样例县公安局建设监控点位60个，配套人像分析服务器具备藏族人员识别、聚集告警功能。中标人：样例安防有限公司，金额：248万元。"),
    # en: an analytics engine reporting faces and ethnic group
    ("Sampleland state camera analytics",
     "SAMPLETOWN — The Sampleland State Government awarded Example Digital a ₦1.2 billion contract for cameras with an "
     "analytics engine that reports faces and ethnic group of passers-by to the state security council."),
    # tr: a module estimating origin from faces on city cameras
    ("Örnekşehir: köken tahmini yapan kamera modülü",
     'Örnekşehir Valiliği, şehir kameralarında yüzlerden "uyruk/köken tahmini" yapan bir modül satın aldı; yüklenici '
     "Örnek Vizyon A.Ş., 38 milyon TL."),
]

NOT_ETHNIC_FACES = [
    # zh: images labelled by hand to train an algorithm (a data service, not recognition)
    ("示例县公安局人员民族属性标注服务",
     "示例县公安局购买数据标注服务，对10万张人员抓拍图片进行民族属性人工标注，用于训练识别算法。服务费：29.8万元。"),
    # en: the verb "faces" beside an ethnic word
    ("Sampleton council and profiling", "Sampleton Council faces criticism over ethnic profiling by its wardens; "
     "no purchase is involved."),
]

MAKER_CAMERAS = [
    ("Sampleville city buys Huawei cameras", "The Commune Urbaine de Sampleville installed 120 Huawei cameras through "
     "Exemple Tech SARL, MGA 24 billion."),
    ("Example school district rents cameras", "EXAMPLE, Ariz. — Example Public Schools rents 900 Motorola Solutions "
     "cameras for campuses, $1.1 million a year."),
    ("Sample county renews camera maintenance", "The County Government of Sample renewed a maintenance contract for "
     "200 ZTE cameras with Sample Integrators Ltd, KSh 160 million."),
]

NOT_MAKER_CAMERAS = [
    # weather cameras at mountain passes
    ("Sample weather office cameras", "The Sample Meteorological Office has installed 40 Dahua cameras at mountain "
     "passes to show road weather conditions on its website."),
    # a donation of cameras declined
    ("Sample county declines cameras", "Sample County Government declined a donation of 100 Huawei cameras, saying it "
     "has no budget for them."),
]


@pytest.mark.parametrize(("title", "body"), ETHNIC_FACES)
def test_faces_classified_by_ethnic_group_are_facial(tag_rules_only: None, title: str, body: str) -> None:
    assert "facial_recognition" in enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body"), ETHNIC_FACES)
def test_faces_classified_by_ethnic_group_are_facial_model_on(title: str, body: str) -> None:
    assert "facial_recognition" in enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body"), NOT_ETHNIC_FACES)
def test_labelling_services_and_the_verb_faces_are_no_facial(tag_rules_only: None, title: str, body: str) -> None:
    assert "facial_recognition" not in enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body"), MAKER_CAMERAS)
def test_a_count_of_a_makers_cameras_is_cctv(tag_rules_only: None, title: str, body: str) -> None:
    assert "cctv" in enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body"), MAKER_CAMERAS)
def test_a_count_of_a_makers_cameras_is_cctv_model_on(title: str, body: str) -> None:
    assert "cctv" in enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body"), NOT_MAKER_CAMERAS)
def test_weather_cameras_and_declined_donations_are_no_cctv(tag_rules_only: None, title: str, body: str) -> None:
    assert "cctv" not in enriched_tag_ids(title, body)

