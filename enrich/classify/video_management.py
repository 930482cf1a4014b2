"""A video management platform is cctv (labelling rule "Video management platforms", round 32, tests/eval/README.md).

A VMS, NVR or video networking platform that records, stores, shows and manages camera feeds (视频监控平台,
视频联网平台, 视频共享平台, 雪亮工程平台, "video management system", plateforme de vidéoprotection) is `cctv` only when
it is built, bought, upgraded, expanded, licensed or maintained, even when the notice calls it a "platform" or 平台.
It is also `surveillance_platform` only when the notice says it fuses, structures or analyses (the rule's other
bullets: video structuring, analytics, 研判/大数据, several sources, dispatch and calls, police databases, a named kind
such as a city brain, police cloud, key-person control, real-time crime centre or C4/C5).

Round 30b's cue (taxonomy_cues.yaml, platform r30b (3): 视频监控平台软件升级, 视频共享平台扩容) and the 雪亮工程平台
cue read such a platform's upgrade, extension or upkeep as a platform; this module says when that is all the platform
evidence a notice has (beside recognition of one kind, `one_kind`) and the notice names nothing it fuses, structures
or analyses: the platform tag goes, and the cameras' platform is cctv (quoting the same words when no cctv cue fired).

Counted before writing (round 32, rules only, all development sets): notices whose only platform evidence is such a
platform are labelled no platform in sets ag (3: 视频监控平台软件升级, 雪亮工程平台运维, 视频平台升级), z, v, u, s, n,
k, i, f and 12 (one each) and a platform in ac, ad, ae, af and f (one each: the older convention the rule replaces).

Patterns read folded text (`enrich.text.fold`: lower case, no accents, simplified Chinese).
"""
from __future__ import annotations

import re

from enrich.classify.one_kind import _recognition
from enrich.classify.rule_quotes import platform_as_cctv
from enrich.model import TechTag
from enrich.text import fold

PLATFORM = "surveillance_platform"
CCTV = "cctv"

#: A platform tag's quote that names a video management platform (and nothing it analyses). Round 36 (labelling rule
#: "video pooling platforms", README, 2026-12-05 17:37): a platform that pools, converges or shares the video of many
#: cameras is one (视频汇聚平台, 汇聚社会面视频资源, 视频资源汇聚共享, 视频共享交换平台, "video aggregation platform").
_VMS_QUOTE = re.compile(
    r"视频(?:监控|图像)?(?:管理|综合应用|联网|共享|综合管理|云|汇聚|监控联网|监控管理|存储|交换|汇集)*平台"
    r"|雪亮工程[^，。；\n]{0,12}平台"
    r"|(?:汇聚|汇集)[^，。；\n]{0,12}视频(?:监控)?资源|视频(?:监控)?资源(?:汇聚|汇集|共享|整合|交换){1,3}"
    r"|video management (?:system|software|platform)s?|\bvms\b|\bnvr\b|video (?:surveillance |monitoring )?"
    r"(?:management |networking |aggregation |pooling |sharing )?platform|(?:video|camera) (?:feed )?aggregation"
    r"|plateforme (?:de )?(?:videoprotection|videosurveillance|video|mutualisation video|agregation video)"
    r"|plataforma de (?:videovigilancia|videomonitoreo|videomonitoramento|video|agregacion de video|agregacao de video)"
    r"|платформ\w* (?:видеонаблюдени|агрегаци\w* видео)\w*")

#: A word every `_VMS_QUOTE` match holds: the whole-text search (~2.7 ms in a 64 KB notice, most of what the rule
#: cost) runs only in a notice that holds one.
_VMS_WORDS = ("平台", "video management", "vms", "nvr", "platform", "plateforme", "plataforma", "платформ")

#: A quote that names analysis beside the platform (video analytics, structuring, 研判, a search platform): kept.
_ANALYSIS_QUOTE = re.compile(
    r"分析|解析|结构化|研判|大数据|智能|\bai\b|侦查|图像|检索|比对|识别|指挥|融合|analy|analit|analis|intelligen"
    r"|structur|fus(?:e|es|ed|ing|ion)\b|croise|cruza|search|recogn|reconn|reconoc")

#: What the notice would name if the platform fused, structured or analysed (the rule's other bullets) or were one
#: of the taxonomy's named kinds. A programme's name alone (雪亮工程, Safe City) is not one: its video platform is
#: a VMS unless the notice says what it fuses.
_FUSES = re.compile(
    r"结构化|structur|estructur|estrutur|city brain|城市大脑|police cloud|警务云|公安云|重点人员|重点人群"
    r"|key[- ]persons?|real[- ]time crime|\brtcc\b|\bijop\b|\bc[45]i?\b|ecu ?911|一网统管|integrated command|\biccc\b"
    r"|视图库|视频图像信息"
    r"|多源|多维|情指|合成作战|大数据|研判|融合|碰撞|轨迹|布控|以图搜图|跨镜|行为|智能分析|视频分析|智能解析|视频解析"
    r"|analy[st]|analiz|analis|fus(?:e|es|ed|ing|ion)\b|fusionn|cross-?referenc|cross-?check|croise|cruza|database"
    r"|bases? de (?:donnees|datos|dados)|records\b|dispatch|despach|emergency call|9-?1-?1|\b911\b|\b112\b|接处警|接警"
    r"|110(?:报警|指挥|联动)|situation(?:al)? cent|ситуацион|城市运行|\bioc\b|safe city (?:command|control|operations)"
    # r34_platform34: the platform integrates or combines the cameras with plate readings, calls, alarms or records
    # ("plataforma de videomonitoramento que integra 800 câmeras, leitura de placas e chamadas da Guarda"): labelled a
    # platform in 15 notices of 10 sets (aa ab ac ag ai p f i k s), none otherwise
    r"|(?:integra|integrat|combin|unifica|reune|regroupe)\w*[^.;\n]{0,60}?(?:placas|plates|chamadas|calls\b|llamadas"
    r"|appels|alarm|records\b|registros)"
    # r36_platform: a pooling platform that pools other data beside the video (汇聚视频、卡口过车数据和网格事件) fuses
    r"|(?:汇聚|汇集|整合)[^。；\n]{0,40}?(?:卡口|过车|网格|人口|旅馆|住宿|网吧|wifi|侦码|电子围栏|警情|接处警|12345|热线"
    r"|物联|感知数据|抓拍数据)"
    r"|(?:aggregat|pool|agrega|agreg|mutualis)\w*[^.;\n]{0,60}?(?:plate|placas|lpr|anpr|calls\b|records\b|sensors?\b"
    r"|sensores|capteurs|databases?)")


#: Round 37 (r37_tags): analysis the notice says the platform does not have ("不含视频分析功能", "不含智能分析", "no
#: analytics", "sin analítica") is nothing it analyses: the words after a negation, to the clause's end, are not read
#: for `_FUSES`. Development sets: 2 zh VMS upgrades so worded (aj), both labelled cctv only.
_DENIED = re.compile(r"(?:不含|不包含|不包括|不具备|不涉及|不提供|不具有)[^，,。；;\n]{0,16}"
                     r"|(?<!\w)(?:no|without|excluding|sin|sem|sans|без)\s[^.;,\n]{0,30}")


def _fuses(folded: str) -> bool:
    """Does the notice name what the platform fuses, structures or analyses (`_FUSES`), negated words aside?"""
    return _FUSES.search(_DENIED.sub(" ", folded)) is not None


def video_management_only(folded: str, tags: list[TechTag]) -> bool:
    """Is every platform tag of the rules (at least one) a video management platform's quote, or recognition of one
    kind beside one, in a notice that names nothing the platform fuses, structures or analyses?"""
    platform = [tag for tag in tags if tag.taxonomy_id == PLATFORM]
    if not platform or any(tag.rule_id.startswith("model/") for tag in platform):
        return False
    vms = [tag for tag in platform if _vms_quote(fold(tag.evidence.text))]
    if not vms or any(tag not in vms and not _recognition(tag) for tag in platform):
        return False
    return not _fuses(folded)


def video_management_named(folded: str, tags: list[TechTag]) -> bool:
    """No platform tag, a notice that names a video management platform and nothing it fuses, structures or analyses:
    the tag model (which learnt from older labels that read such upgrades as a platform) proposes none."""
    if any(tag.taxonomy_id == PLATFORM for tag in tags) or not any(word in folded for word in _VMS_WORDS):
        return False
    return _VMS_QUOTE.search(folded) is not None and not _fuses(folded)


def as_cctv(tags: list[TechTag]) -> list[TechTag]:
    """`tags` without the platform, and with cctv quoting the video management platform when no cctv tag is left."""
    if any(tag.taxonomy_id == CCTV for tag in tags):
        return [tag for tag in tags if tag.taxonomy_id != PLATFORM]
    quote = next(tag for tag in tags if tag.taxonomy_id == PLATFORM and _vms_quote(fold(tag.evidence.text)))
    return platform_as_cctv(tags, quote, "cctv/r32/video_management_platform")


def _vms_quote(words: str) -> bool:
    return _VMS_QUOTE.search(words) is not None and _ANALYSIS_QUOTE.search(words) is None
