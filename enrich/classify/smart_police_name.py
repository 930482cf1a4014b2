"""智慧警务 / 智慧公安 named only as a project's or a business line's name is no surveillance platform.

Why (round 42b, tags; labelling rules "Platform: connected cameras …" and "Recognition of one kind"): the round-11
cue reads 智慧警务 and 智慧公安 ("smart policing", "smart public security") as a platform, and where a notice buys a
police cloud, a big-data or command centre, video structuring or fusion, other cues quote that too. Where the
programme's name is all the platform evidence, the notice buys what it names inside the programme: a voiceprint
library (ai-0352), phone forensics and body cameras (ak-0062), a plate-checkpoint subsystem (an-0112), face capture
cameras (ao-0116), video cloud storage (h12g-zh-043) — all labelled without a platform, in procurement notices and in
company disclosures alike. Counted before writing (every development set, model on): such notices 5 not platform;
those with the name only and labelled a platform either parse video (视频解析, 结构化: h12-zh-119, h12x-zh-063, kept)
or fuse several recognitions at a checkpoint (h12ad-zh-050, kept: two kinds or more).
"""
from __future__ import annotations

import re

from enrich.classify.rule_quotes import rule_quotes
from enrich.model import TechTag

PLATFORM = "surveillance_platform"

#: A platform quote that is only the programme's name.
_NAME = re.compile(r"^智慧(?:警务|公安)$")
#: What the programme would do as a platform: parse, structure, fuse or judge many sources.
_PLATFORM_WORK = re.compile(
    r"解析|结构化|研判|大数据|融合|整合|汇聚|汇集|云平台|警务云|指挥|合成作战|布控|预警|档案|视图库|以图搜图|感知网")
#: Recognition kinds (more than one fused is a platform: "Recognition of one kind").
_KINDS = frozenset({"facial_recognition", "gait_recognition", "vehicle_recognition", "other_biometrics",
                    "phone_tracking", "ethnicity_analytics"})


def smart_police_name_only(text: str, tags: list[TechTag]) -> bool:
    """Is every platform tag (at least one, of the rules) only 智慧警务 or 智慧公安, in a notice that buys something
    else it names (another tag), names no platform work and at most one kind of recognition?"""
    if "智慧" not in text:
        return False
    quotes = rule_quotes(tags, PLATFORM)
    if not quotes or any(_NAME.search(words) is None for words in quotes):
        return False
    others = {tag.taxonomy_id for tag in tags} - {PLATFORM}
    if not others or len(others & _KINDS) > 1:  # the programme alone ("智慧公安建设项目") is still read as one
        return False
    return _PLATFORM_WORK.search(text) is None
