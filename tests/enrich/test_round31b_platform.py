"""Round 31b (platform31b): platform tags set ag's writer read against the platform rule of tests/eval/README.md
("Platform: connected cameras …"), in families counted on sets ae, af and ag (the three written to this rule) before
coding (fictional buyers and firms; towns as placeholders).

- Cameras only joined to an emergency system or command centre (es/pt "conectadas al ECU 911", "enlazadas al C5",
  "ligadas ao centro integrado", en "linked to the … real-time crime centre", ru "с подключением к … «Безопасный
  город»"), bought, installed, repaired or maintained, with nothing the centre fuses them with: cctv (the rule's first
  bullet). ae 2, ag 10 such notices, none labelled a platform (af none). A centre that crosses the feeds with records,
  dispatches calls or receives plate readers' reads stays a platform (round 29's reading, kept: ae's 2 have plates).
- An ethnicity attribute module added to cameras (人员属性分析模块 … 性别、年龄段、民族属性识别, 少数民族属性分析服务):
  recognition of one kind (the rule's "Recognition of one kind"), not video structuring's attributes. ae 9, ag 10
  notices labelled no platform; af's 3 platform labels name a fusion beside them (重点人员管控, 布控联动, 比对平台).

Left as written (writers disagree, tests/eval/README.md): a video platform that only stores or distributes camera
video, upgraded, extended or maintained (视频监控平台软件升级, 雪亮工程平台运维): ae 2 and af 1 platform, ag 4 not.
"""
from __future__ import annotations

import pytest

from enrich import enrich

PLATFORM = "surveillance_platform"


def _tags(title: str, body: str) -> set[str]:
    return {tag.taxonomy_id for tag in enrich(title, body).tags}


@pytest.mark.parametrize(("title", "body"), [
    ("Municipio de Valle Alto renueva el mantenimiento de cámaras",
     "El Gobierno Autónomo Descentralizado Municipal de Valle Alto adjudicó a Andes Seguridad Cía. Ltda. el "
     "mantenimiento preventivo y correctivo de 140 cámaras de videovigilancia conectadas al ECU 911, por USD 210.000."),
    ("Municipio de San Ramón: cámaras en el mercado",
     "El Ayuntamiento de San Ramón instaló 45 cámaras de videovigilancia en el mercado municipal, enlazadas al C5 "
     "estatal; el municipio no adquiere software del C5. Proveedor: Sierra Seguridad S.A. de C.V., MXN 6 millones."),
    ("Prefeitura de Vila Nova repara câmeras",
     "A Prefeitura de Vila Nova contratou a Serra Tecnologia Ltda. para reparar 70 câmeras de videomonitoramento "
     "ligadas ao centro integrado de operações, por R$ 1,2 milhão."),
    ("Town adds downtown cameras",
     "The Town of Millbrook bought 18 cameras for its downtown that will be linked to the county sheriff's "
     "real-time crime centre; the town does not buy any software for the centre. Supplier: Ridge Camera Co., "
     "$96,000."),
])
def test_cameras_only_joined_to_an_emergency_system_are_cctv(title: str, body: str) -> None:
    tags = _tags(title, body)
    assert "cctv" in tags
    assert PLATFORM not in tags


@pytest.mark.parametrize(("title", "body"), [
    ("Porto Verde: câmeras de leitura de placas",
     "A Prefeitura de Porto Verde contratou 90 câmeras de videomonitoramento integradas ao Centro Integrado de "
     "Comando, onde as leituras são cruzadas com registros de roubo. Empresa: Lagoa Smart Ltda. R$ 4 milhões."),
    # round 43: cameras linked to ECU 911 "que despacha las llamadas" are cctv only (README rule of 13:17 (1)); the case
    # moved to test_round43_platform.py
])
def test_a_centre_that_fuses_the_feeds_stays_a_platform(title: str, body: str) -> None:
    assert PLATFORM in _tags(title, body)


@pytest.mark.parametrize(("title", "body"), [
    ("青山县人员民族属性识别模块采购项目中标公告",
     "青山县公安局在现有视频监控系统上加装人员属性分析模块，可对抓拍人像进行性别、年龄段、民族属性识别并推送告警。"
     "中标单位：青山瀚宇信息技术有限公司，中标金额：120万元。"),
    ("石桥县少数民族属性分析服务采购",
     "石桥县公安局采购少数民族属性分析服务，对视频人像进行民族属性识别。成交供应商：石桥安智科技有限公司，金额：50万元。"),
])
def test_an_ethnicity_attribute_module_is_recognition_of_one_kind(title: str, body: str) -> None:
    tags = _tags(title, body)
    assert "ethnicity_analytics" in tags
    assert PLATFORM not in tags


def test_attributes_for_video_structuring_keep_the_platform() -> None:
    tags = _tags("青山县视频结构化平台采购项目",
                 "青山县公安局建设视频结构化平台，对全县视频进行人员属性、车辆特征提取并支持以图搜图，"
                 "并对民族属性进行识别。中标单位：青山数智科技有限公司，金额：300万元。")
    assert PLATFORM in tags


def test_the_tag_model_is_told_ethnicity_attributes_alone_are_no_platform() -> None:
    # Without a platform cue, the tag model (which learnt older labels) may propose one: the rules withhold it when
    # the notice's only "attributes" are an ethnicity (set ag's 按民族属性 … 打标并告警 notices).
    from enrich.classify.one_kind import recognition_beside_cameras
    from enrich.model import Span, TechTag
    from enrich.text import fold

    text = "白河县公安局采购人员识别告警系统，按民族属性（含维吾尔族、藏族）对卡口抓拍人员打标并告警。"
    tags = [TechTag("ethnicity_analytics", Span(12, 16, "民族属性"), "cue:ethnicity_analytics:zh:test")]
    assert recognition_beside_cameras(fold(text), tags)
    structured = "白河县公安局建设视频结构化系统，提取人员属性及民族属性。"
    assert not recognition_beside_cameras(fold(structured), tags)
