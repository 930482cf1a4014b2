"""An enrolment kit that photographs faces with fingerprints registers people: other_biometrics, no face recognition.

Why (labelling rule of round 37, tests/eval/README.md "… enrolment kits; ethnicity on cameras", part 4): a
registration or enrolment kit, station or terminal that captures a face photograph beside fingerprints (voters,
identity cards, detainees, border crossers; 人像采集 + 指纹采集) is `other_biometrics`, and `facial_recognition` only
when the text says faces are matched, verified, deduplicated or searched (ABIS face matching, 人脸比对). The cue rules
read "face capture", "facial image capture" and "face biometric" as facial recognition, and the tag model, trained on
sets whose writers split (7 such kits labelled facial, 11 not), proposes it for "fingerprint and face enrolment kits".
"A face photo taken for a register recognises nobody."

The test: the notice registers or enrols people (a kit, station or 采集 word), the rules found other biometrics,
every facial quote of the rules is a face photo or capture (no recognition, matching, verification or search in it),
and no sentence says faces are matched, compared, verified, deduplicated, searched or recognised, nor names face
cameras, gates or roll calls that recognise people (人脸抓拍, 人脸门禁, 人脸点名). Then facial recognition is taken
back from the rules and withheld from the model. Patterns read folded text (`enrich.text.fold`).
"""
from __future__ import annotations

import re

from enrich.classify.rule_quotes import rule_quotes
from enrich.model import TechTag

FACIAL = "facial_recognition"
BIOMETRICS = "other_biometrics"

_W = r"[^\W\d_]"
#: People registered or enrolled: a kit, station or terminal of enrolment, a register, zh collection (采集) or
#: registration (登记).
_ENROLS = re.compile(
    r"(?<!" + _W + r")(?:enrol\w*|enroll\w*|registration|registrants?|register(?:s|ed|ing)?|kits?|inscri\w*"
    r"|cadastr\w*|empadron\w*|registr[oa]s?|registrar|регистрац\w*|комплект\w*|usajili|vifaa|kusajili)(?!" + _W + r")"
    r"|تسجيل|采集|登记|录入|受理")
#: A face named as a photo, image or capture (what a kit takes).
_FACE_PHOTO = re.compile(
    r"(?<!" + _W + r")(?:(?:face|facial)(?:[- ](?:photos?|photographs?|images?|capture|enrol\w*|enroll\w*|biometrics?"
    r"|portraits?|pictures?))|photos? (?:du|of the|of their) (?:visage|face)|photos? faciales?|images? faciales?"
    r"|fotograf\w* (?:facial\w*|del rostro|do rosto)|fotos? (?:facial\w*|del rostro|do rosto)|imagen\w* facial\w*"
    r"|imagens? facia\w*|изображени\w* лица|фотографировани\w* лица|picha ya uso|صورة الوجه)(?!" + _W + r")"
    r"|人像")
#: Faces matched, compared, verified, deduplicated, searched or recognised, or face cameras, gates and roll calls
#: (words that keep facial recognition: the rule's "matched, verified, deduplicated or searched").
_RECOGNISES = re.compile(
    r"(?<!" + _W + r")(?:match\w*|compar\w*|de-?dup\w*|verif\w*|search\w*|recogni\w*|authenticat\w*|abis"
    r"|cotej\w*|coincid\w*|reconoc\w*|reconhec\w*|reconnaiss\w*|rapproch\w*|dedoublonn\w*|busqu\w*|recherch\w*"
    r"|сравн\w*|сопостав\w*|сверк\w*|сверя\w*|провер\w*|распозна\w*|идентифик\w*"
    r"|kulinganisha|kuthibitisha|kutambua|مطابق\w*|التحقق|التعرف|gates?|e-?gates?|turnstiles?|live|cctv)(?!" + _W + r")"
    r"|比对|比中|核验|核查|核对|查重|检索|识别|人证|抓拍|门禁|闸机|点名|卡口|布控")
#: A face word in any sense (folded): a sentence that names one and a recognising word keeps facial recognition.
_FACE = re.compile(r"(?<!" + _W + r")(?:faces?|facial|visages?|rostros?|rostos?|лиц[оаеу]?|uso|sura|nyuso)(?!" + _W
                   + r")|وجه|人像|人脸|面部|脸")
_SENTENCE = re.compile(r"[^.;!?\n。；！？]+")


def enrolment_faces_only(folded: str, tags: list[TechTag]) -> bool:
    """Is every face the notice names a photo an enrolment kit takes beside other biometrics (see module doc)?"""
    if not any(tag.taxonomy_id == BIOMETRICS for tag in tags) or _ENROLS.search(folded) is None:
        return False
    if _FACE_PHOTO.search(folded) is None:
        return False
    quotes = rule_quotes(tags, FACIAL)
    if any(tag.taxonomy_id == FACIAL for tag in tags) and not quotes:
        return False  # a facial tag of the model's own is not judged here
    if any(_RECOGNISES.search(quote) is not None for quote in quotes):
        return False
    for sentence in _SENTENCE.finditer(folded):
        words = sentence.group()
        if _FACE.search(words) is not None and _RECOGNISES.search(words) is not None:
            return False
    return True
