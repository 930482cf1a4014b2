"""Round 32 (platform32): the platform rule's bullet "Video management platforms" (tests/eval/README.md, decided
2026-12-05): a VMS, NVR or video networking platform that records, stores, shows and manages camera feeds (视频监控平台,
视频联网平台, 视频共享平台, 雪亮工程平台, "video management system", plateforme de vidéoprotection) is `cctv` only when
built, upgraded, licensed or maintained, unless the notice says it fuses, structures or analyses
(enrich/classify/video_management.py). Fictional buyers and firms; towns as placeholders.

Counted before writing (rules only): notices whose only platform evidence is such a platform are labelled no platform
in ag (3) and in z, v, u, s, n, k, i, f and 12 (one each), a platform in ac, ad, ae, af and f (one each, the older
convention the rule replaces).
"""
from __future__ import annotations

import pytest

from enrich import enrich
from enrich.classify import classify_notice

PLATFORM = "surveillance_platform"


def _tags(title: str, body: str) -> set[str]:
    return {tag.taxonomy_id for tag in enrich(title, body).tags}


@pytest.mark.parametrize(("title", "body"), [
    ("青山县视频监控平台软件升级及存储扩容",
     "青山县公安局对现有视频监控平台软件进行版本升级，扩容存储至1PB，平台原厂为青山视讯科技有限公司。"
     "成交供应商：青山视讯科技有限公司，金额：96万元。"),
    ("石桥县雪亮工程平台运维服务采购",
     "石桥县委政法委采购雪亮工程平台运维服务，服务内容为平台服务器、存储、解码设备及管理软件的巡检维护。"
     "成交供应商：石桥云帆网络有限公司，金额：22万元。"),
    ("白河县视频共享平台扩容项目成交公告",
     "白河县委政法委扩容县级视频共享平台，新增存储及解码设备，须兼容既有平台。成交：白河智联信息技术有限公司，金额：88万元。"),
])
def test_a_video_management_platform_upgraded_or_maintained_is_cctv(title: str, body: str) -> None:
    tags = _tags(title, body)
    assert "cctv" in tags
    assert PLATFORM not in tags


def test_a_video_platform_upgraded_with_a_face_search_licence_is_cctv_and_faces() -> None:
    # Round 30b read this (af-0081's shape) as a platform; the video platform is cctv and the face search module
    # recognition of one kind.
    tags = _tags("示例县公安局视频监控平台软件升级项目成交公告",
                 "对县公安局视频监控管理平台进行软件版本升级，新增300路接入授权及人脸检索模块授权。"
                 "成交供应商：示例锐安科技有限公司。成交金额：98万元。")
    assert {"cctv", "facial_recognition"} <= tags
    assert PLATFORM not in tags


def test_the_platform_alone_is_read_as_the_cameras_platform() -> None:
    # No camera cue: the platform's own words are the cctv evidence.
    text = ("河口县视频平台升级项目\n河口县公安局视频平台升级项目：本次仅升级平台存储与视频转发能力。"
            "成交供应商：河口网安信息技术有限公司，金额：40万元。")
    tags, _ = classify_notice(text)
    assert {tag.taxonomy_id for tag in tags} == {"cctv"}
    cctv = next(tag for tag in tags if tag.taxonomy_id == "cctv")
    assert text[cctv.evidence.start:cctv.evidence.end] == cctv.evidence.text == "视频平台升级"


@pytest.mark.parametrize(("title", "body"), [
    ("青山县视频监控平台升级项目",
     "青山县公安局对视频监控平台进行升级，新增视频结构化分析和人员轨迹研判功能。成交供应商：青山数智科技有限公司，金额：260万元。"),
    ("石桥县雪亮工程平台建设项目",
     "石桥县委政法委建设雪亮工程平台，汇聚视频、人脸和过车数据并进行大数据研判。成交供应商：石桥数智有限公司，金额：860万元。"),
])
def test_a_video_platform_that_structures_or_fuses_stays_a_platform(title: str, body: str) -> None:
    assert PLATFORM in _tags(title, body)


@pytest.mark.parametrize(("title", "body"), [
    ("Town of Millbrook upgrades its video surveillance platform",
     "The Town of Millbrook upgraded its video surveillance platform, adding 200 camera channels and 1 PB of "
     "storage. Supplier: Ridge Vision Ltd., $310,000."),
    ("Municipio de Valle Alto amplía su plataforma de videovigilancia",
     "El Municipio de Valle Alto contrató la ampliación de la plataforma de videovigilancia municipal con 300 "
     "cámaras, por USD 1,2 millones, a Andes Seguridad Cía. Ltda."),
])
def test_the_tag_model_proposes_no_platform_for_a_video_management_platform(title: str, body: str) -> None:
    # Without a platform cue the tag model (which learnt older labels) may propose one: the rules withhold it.
    tags = _tags(title, body)
    assert "cctv" in tags
    assert PLATFORM not in tags


def test_the_withholding_reads_fusion_words() -> None:
    from enrich.classify.video_management import video_management_named
    from enrich.model import Span, TechTag
    from enrich.text import fold

    tags = [TechTag("cctv", Span(0, 5, "video"), "cue:cctv:en:test")]
    plain = "The town upgraded its video surveillance platform and storage."
    fused = "The town upgraded its video surveillance platform, which cross-references plate hits with police records."
    assert video_management_named(fold(plain), tags)
    assert not video_management_named(fold(fused), tags)


@pytest.mark.parametrize(("title", "body"), [
    ("Sample Zoo licenses animal face identification app",
     "The Sample Zoo licensed software that identifies individual chimpanzees by facial features from Example "
     "Research Ltd, $40,000."),
    ("Parc animalier : logiciel de reconnaissance faciale des animaux",
     "Le parc animalier d'Exempleville a acquis un logiciel de reconnaissance faciale des animaux pour suivre ses "
     "primates, 12 000 EUR."),
])
def test_faces_of_animals_are_no_face_recognition(title: str, body: str) -> None:
    assert "facial_recognition" not in _tags(title, body)


def test_face_recognition_beside_no_animal_stays() -> None:
    tags = _tags("Sample County buys face recognition for the jail",
                 "Sample County bought face recognition software to identify people booked into its jail, $90,000.")
    assert "facial_recognition" in tags
