"""Ethnicity recognition sold as video or camera analytics is ethnicity analytics only, no platform.

Why (the platform rule's bullet "Recognition of one kind", tests/eval/README.md, round 30): an ethnicity recognition
system, module, server or licence added to cameras or to a camera platform is `ethnicity_analytics` (and `cctv` for
the cameras), even when the notice calls it a platform, unless the notice also names fusion, video structuring or a
named kind. `one_kind` reads that where the platform quote names the ethnicity; notices that call the module by its
product kind ("a camera analytics module with an 'ethnic origin' attribute", "video analytics with race attributes",
"视频分析系统升级维吾尔族人员识别报警功能", "модуль видеоаналитики, определяющий этническую принадлежность") kept a
platform from the cue for generic video analytics. Counted before writing (round 37, all development sets, model on):
such notices with no fusion named are labelled no platform in 7 of 7 notices of sets ag-al (written after the rule),
and a platform in about 33 older ones (written before it; older labels stay as written). Command, operations or
situation centres are not this: a centre is judged by the platform rule's first bullets.
"""
from __future__ import annotations

import re

from enrich.classify.one_kind import fusion_named, one_kind_quote
from enrich.model import TechTag
from enrich.text import fold

PLATFORM = "surveillance_platform"
ETHNICITY = "ethnicity_analytics"
#: The recognitions such a module may carry: the ethnicity, and the faces it reads it from (part 5 of round 37's rule).
_ALLOWED = frozenset({ETHNICITY, "facial_recognition"})
_OTHER_RECOGNITION = frozenset({"gait_recognition", "vehicle_recognition"})
#: A platform quote that names analytics software by its product kind (folded).
_ANALYTICS = re.compile(
    r"analy|analit|аналит|解析|分析|تحليل|ትንተና|software|softver|logiciel|modul|модул|算法|engine|algorithm")
#: A quote that names a centre or what joins sources: judged by the platform rule's other bullets, not here.
_CENTRE = re.compile(
    r"command|control|operations|situation|cent(?:re|er|ro|ral)|центр|中心|指挥|trung tam|مركز|integr|整合|汇聚|汇集"
    r"|linking|fus|data platform|数据|研判")


def ethnicity_module_only(folded: str, tags: list[TechTag]) -> bool:
    """Is every platform tag (of the rules, at least one) analytics software by its product kind or recognition of one
    kind, in a notice whose only recognition is an ethnicity (with the faces it reads it from) and that names no
    fusion, video structuring or named kind?"""
    platform = [tag for tag in tags if tag.taxonomy_id == PLATFORM]
    if not platform or any(tag.rule_id.startswith("model/") for tag in platform):
        return False
    found = {tag.taxonomy_id for tag in tags}
    if ETHNICITY not in found or found & _OTHER_RECOGNITION:
        return False
    for tag in platform:
        words = fold(tag.evidence.text)
        if _CENTRE.search(words) is not None:
            return False
        if _ANALYTICS.search(words) is None and not one_kind_quote(tag, folded):
            return False
    return not fusion_named(folded)
