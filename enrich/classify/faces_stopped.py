"""Face recognition that a notice stops or replaces is not bought: zh 停用人脸识别门禁, 人脸门禁将改为刷卡.

Why (round 37b, tags; set am's negated texts read with the models off): a residents' committee or a street office
announcing that the estates' face-recognition gates "will be changed to card gates" (人脸识别门禁将改为刷卡门禁), or a
news item that several estates "stopped using" them (停用人脸识别门禁), names face recognition only to take it away;
the writers label such texts `negated` with no facial tag. The zh take-back cues read 不含 / 取消 before the
technology, not 停用 before it nor 改为 after it. Counted before writing (rules only, every development set): the shape
occurs in 6 zh texts (ae 2, af, aj, am 2); the four outside am are already read without a facial tag (a module
"已停用" beside a maintenance contract, a report), am's two were tagged facial; none is labelled facial.

Only the facial tags go, and only when every one of them is so stopped: a notice that also buys face recognition
elsewhere keeps it. Not when a body is ordered to stop (责令/勒令/要求/命令 … 停止使用人脸识别): the labelling rule
"Technologies of texts that buy nothing" (round 39) tags what a named body ran and was told to stop.
"""
from __future__ import annotations

import re

from enrich.model import TechTag

FACIAL = "facial_recognition"

#: Stopped or removed right before the face words (folded zh: 停用人脸识别门禁, 拆除人脸识别取纸机).
_STOPPED_BEFORE = re.compile(r"(?:停用|拆除|关停|撤除|弃用|停止使用)[^，。；;,\n]{0,6}$")
#: An order to the body that ran it (round 39): the stop is ordered, so the face recognition ran.
_ORDERED = re.compile(r"(?:责令|勒令|要求|命令|下令|督促|通知)[^，。；;,\n]{0,20}$")
#: Stopped, or changed to cards or codes, in the clause right after them (人脸门禁将改为刷卡, 人脸识别已停用).
_STOPPED_AFTER = re.compile(
    r"[^，。；;,\n]{0,24}?(?:(?:改为|改成|替换为|更换为)(?:刷卡|扫码|密码|门禁卡|ic卡|人工)|停用|拆除|关停|撤除|弃用)")


def faces_stopped(folded: str, tags: list[TechTag]) -> bool:
    """Is every facial tag (at least one) face words that the notice stops, removes or changes to cards or codes?"""
    faces = [tag for tag in tags if tag.taxonomy_id == FACIAL]
    if not faces or any(tag.rule_id.startswith("model/") for tag in faces):
        return False
    return all(_stopped_before(folded, tag.evidence.start) or _STOPPED_AFTER.match(folded, tag.evidence.end) is not None
               for tag in faces)


def _stopped_before(folded: str, start: int) -> bool:
    """Stopped right before the face words, and not by an order to the body that ran them."""
    stopped = _STOPPED_BEFORE.search(folded, max(0, start - 8), start)
    return stopped is not None and _ORDERED.search(folded, max(0, stopped.start() - 24), stopped.start()) is None
