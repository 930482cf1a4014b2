"""Recognition added to cameras already up is cctv for the cameras (labelling rule "Recognition of one kind").

tests/eval/README.md (round 30): "a face, gait, plate or ethnicity recognition system, module, server or licence added
to cameras or to a camera platform is labelled with that technology (and cctv for the cameras)". The cue file keeps
"existing cameras" out of the cctv cues (`exclude_overlap`: software only run over cameras already installed buys no
cameras), so such a notice read the recognition and no cctv. This module gives cctv, quoting the cameras, when the
rules read a recognition of one kind and no cctv and the notice names the cameras already up that the recognition
runs on: "adds gait recognition to 40 existing yard cameras", 前端利用既有摄像机, 在既有摄像机上部署人脸识别,
为现有视频监控平台增加人脸识别比对服务器, "pour 60 caméras existantes", "cho 200 camera giao thông hiện có",
"pada 300 kamera ETLE yang ada".

Counted before writing (round 32, all development sets, labels): notices with a recognition label that name existing
cameras are labelled cctv 32 times (aa, ac, ae, af, ag, e, h, o, w, labelled) and not 8 times (ab, ae, f, h, i, l, r,
z: older writers, before the rule). Rules only, the rules missed cctv on such notices in sets ae, af and ag.

Round 32b (tags32b; set ah read first, model off): the same rule when the notice says the recognition is added to the
cameras it runs on ("added gait recognition to 90 station cameras", "ajouté à ses caméras") or joined to the existing
video platform, points or private network (接入现有视频平台, 对现有视频点位分析, 现有视频专网). Counted on every
development set before writing (labels, notices with a recognition label): "added … to N/its cameras" 20 cctv, 2 not
(af: ANPR cameras added, kept out; t); zh existing video platform/points/network 18 cctv, 5 not (older writers s, u,
x, y, heldout; 现有视频资源 left out: 3 not of 3).

Patterns read folded text (`enrich.text.fold`: lower case, no accents, simplified Chinese; same length as the text).
"""
from __future__ import annotations

import re

from enrich.model import Span, TechTag

CCTV = "cctv"

#: Tags that a recognition of one kind on cameras gives (the platform alone is not one).
RECOGNITION = frozenset({"facial_recognition", "gait_recognition", "vehicle_recognition", "ethnicity_analytics"})

#: Cheap pre-filter: one of these must be in the folded text before the pattern runs.
_WORDS = ("existing", "already installed", "already in place", "既有", "现有", "已建", "原有", "已有", "利旧",
          "existant", "existente", "ja instalad", "hien co", "yang ada", "yang sudah", "имеющ", "существующ",
          "mevcut", "vorhanden", "bestehend", "esistent", "bestaande", "add", "ajout", "anadid", "agregad", "adicionad")

_CAMERAS = re.compile(
    # en: "existing city cameras", "40 existing yard cameras", "cameras already installed"
    r"\b(?:existing|already[- ]installed) (?:[\w-]+ ){0,3}?(?:cctv|cameras?|camera network)\b"
    r"|\b(?:cctv|cameras?) (?:[\w-]+ ){0,2}?already (?:installed|in place)\b"
    # zh: 既有摄像机, 现有视频监控平台, 利旧现有摄像机, 既有视频监控前端
    r"|(?:利旧)?(?:既有|现有|已建|原有|已有)(?:的)?(?:[\u4e00-\u9fff]{0,6}?)(?:摄像机|摄像头|视频监控前端|监控前端"
    r"|视频监控平台|监控点位|视频监控|视频平台|视频点位|视频专网|视频图像|监控视频)"
    # fr es pt it: caméras existantes, cámaras existentes, câmeras já instaladas, telecamere esistenti
    r"|\b(?:cameras?|camaras?|telecamere) (?:[\w-]+ ){0,2}?(?:existant|existente|esistent|ja instalad)\w*"
    # vi id: camera … hiện có, kamera … yang (sudah) ada
    r"|\bcamera (?:[\w-]+ ){0,3}?hien co\b|\bkamera (?:[\w-]+ ){0,3}?yang (?:sudah )?(?:ada|terpasang)\b"
    # ru tr de nl
    r"|(?:имеющ|существующ)\w* (?:\w+ ){0,2}?камер\w*|\bmevcut (?:\w+ ){0,2}?kamera\w*"
    r"|\b(?:vorhanden|bestehend)\w* (?:\w+ ){0,2}?kameras?\b|\bbestaande (?:\w+ ){0,2}?camera'?s?\b"
    # round 32b: recognition added to the cameras it runs on, "added gait recognition to 90 station cameras",
    # "ajouté à ses caméras", "añadido a sus cámaras", "adicionado às câmeras" (never "add 60 ANPR cameras to its CCTV")
    r"|\badd(?:s|ed|ing)? (?:(?!cameras?\b|anpr\b|cctv\b)[\w-]+ ){1,4}?to (?:its |their |the |all |\d[\d,]* )"
    r"(?:[\w-]+ ){0,3}?(?:cctv|cameras?)\b"
    r"|\bajoute\w* (?:a|aux) (?:ses|leurs|les|\d+) (?:\w+ ){0,2}?cameras?\b"
    r"|\b(?:anadid|agregad|incorporad)\w* a (?:sus|las|\d+) (?:\w+ ){0,2}?camaras\b"
    r"|\b(?:adicionad|acoplad)\w* (?:as|a) (?:suas |\d+ )?(?:\w+ ){0,2}?cameras\b")

#: Footage or recordings of the cameras, just before them: software run over what they recorded is that technology only
#: (labelling rule "Recorded footage": "run our gait recognition software over footage from their existing cameras").
_FOOTAGE = re.compile(r"footage|recording|recorded|archiv|录像|录影|enregistr|grabaci|gravac|запис")

#: Round 40 (README rule "Cameras under a recognition system"): the booking cameras of a jail take custody photos.
_CUSTODY = re.compile(r"booking|custody|mugshot")


def kept_cameras(text: str, folded: str, tags: list[TechTag]) -> TechTag | None:
    """A cctv tag quoting the cameras already up that a recognition of one kind is added to, when the rules read
    such a recognition and no cctv; else None."""
    found = {tag.taxonomy_id for tag in tags}
    if CCTV in found or not found & RECOGNITION:
        return None
    if not any(word in folded for word in _WORDS):
        return None
    match = _CAMERAS.search(folded)
    if match is None or _FOOTAGE.search(folded, max(0, match.start() - 40), match.start()):
        return None
    if _CUSTODY.search(match.group()):  # a jail's booking cameras take custody photos: no cctv (round 40 rule)
        return None
    return TechTag(CCTV, Span(match.start(), match.end(), text[match.start():match.end()]), "cctv/any/kept_cameras")
