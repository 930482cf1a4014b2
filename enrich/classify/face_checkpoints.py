"""Checkpoints that capture people read no plates: a bare 卡口 in a face-checkpoint notice is no vehicle recognition.

A zh notice about face (portrait) checkpoints (人像卡口, 人脸卡口, 人脸识别卡口) often names the checkpoints again
without their kind: "本项目为前端卡口建设", "在牧区卡口建设人像布控系统", "对现有卡口摄像机抓拍图片进行比对". The
cue `卡口(?:建设|摄像机|抓拍…)` reads each as a vehicle checkpoint. When every vehicle tag quotes only such a bare
checkpoint word, the notice names faces or portraits captured there, and nothing names a vehicle, a plate or a
vehicle checkpoint kind (治安卡口, 车辆卡口, 交通卡口, 智能卡口, 过车, 车牌), the vehicle tag is taken back.

Counted before writing (round 35, labels of all development sets): zh notices with 卡口 and faces or people captured and
no vehicle word are labelled vehicle_recognition 35 of 102 times, nearly all where a 治安卡口 or pooled checkpoint
data is named; the narrower shape here (bare 卡口 quotes, faces captured, none of those words) is labelled no vehicle
recognition in ag (2), ah (1) and ae (1); a first version that also took back a bare 卡口 or 卡口数据 lost four
vehicle labels (af 2, l, z: checkpoint data pooled with other sources), so those stay.
"""
from __future__ import annotations

import re

from enrich.classify.rule_quotes import rule_quotes
from enrich.model import TechTag

VEHICLE = "vehicle_recognition"

#: A vehicle quote that is only a checkpoint's equipment or works (卡口建设, 卡口摄像机, 卡口抓拍, 卡口设备);
#: not a bare 卡口 or 卡口数据 in a list of pooled data (视频、卡口和电子围栏数据), which the older labels read as
#: vehicle checkpoints.
_BARE_CHECKPOINT = re.compile(r"^卡口(?:建设|摄像机|抓拍|相机|设备|点位|改造|运维)$")
#: Faces or portraits captured or compared at the checkpoints.
_FACES = re.compile(r"人像|人脸|人员(?:识别|抓拍|属性|通道)|民族(?:属性)?识别")
#: Anything that names a vehicle, a plate or a vehicle checkpoint.
_VEHICLE_WORDS = re.compile(r"车|号牌|牌照|(?:治安|交通|智能|电子|高清|道路|公安)卡口|plate|vehicle")


def face_checkpoints_only(folded: str, tags: list[TechTag]) -> bool:
    """Are all vehicle tags (at least one, of the rules) bare checkpoint words in a notice about faces captured at
    checkpoints that names no vehicle, plate or vehicle checkpoint?"""
    quotes = rule_quotes(tags, VEHICLE)
    if not quotes or any(_BARE_CHECKPOINT.search(words) is None for words in quotes):
        return False
    return _FACES.search(folded) is not None and _VEHICLE_WORDS.search(folded) is None
