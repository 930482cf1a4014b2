"""Recognition of one kind is no platform (labelling rule of round 30, tests/eval/README.md).

A face, gait, plate or ethnicity recognition system, module, server or licence added to cameras or to a camera
platform is labelled with that technology (and cctv for the cameras), even when the notice calls it a "platform" or
平台. It is also `surveillance_platform` only when the notice builds or extends something that fuses several sources
or technologies, structures video for search across a camera network (视频结构化), or is one of the taxonomy's named
kinds (city brain, police cloud, key-person control, real-time crime centre, safe-city command centre).

Round 16 read analytic software over camera video as a platform, and cues of the platform id still find it (gait
software over recordings, ethnicity classification modules, face recognition systems): they are kept as the evidence
that the notice buys analytics, and this module says when that is all the platform evidence a notice has. Behaviour
analytics, video structuring, vehicle trajectories and search across the cameras stay a platform: their evidence names
no recognition of one kind, or names structure, attributes, behaviour or trajectories beside it (a face or gait search
over one force's footage is recognition of one kind, as the labels of sets aa-ae read it).

Patterns read folded text (`enrich.text.fold`: lower case, no accents, simplified Chinese).
"""
from __future__ import annotations

import re

from enrich.cache import table
from enrich.classify.host_platforms import without_host_platforms
from enrich.classify.rule_quotes import joined_without_fusion
from enrich.fastscan import Prefixed
from enrich.model import TechTag
from enrich.text import fold

PLATFORM = "surveillance_platform"

#: A platform cue's evidence that names a recognition of one kind: faces, gait, plates, ethnicity.
_ONE_KIND = re.compile(
    # gait
    r"gait|walking pattern|way (?:they|people) walk|步态|歩容|歩き方|походк|ходою|ходи\b|по ходу|ходом|жүріс|yurish"
    r"|yuruyus|yürüyüş|алхаа|yeriş|marcha|(?:caminar|andar)\b|demarche|andatura|loopstijl|loopgedrag|looppatroon"
    r"|gang(?:erkennung|analyse|lag|igenkanning)|anhand (?:ihres|seines|des) gang|chodu|dupa mers|הליכה|चाल|হাঁটার"
    r"|المشي|المشية|راه[\s\u200c]رفتن|گام[\s\u200c]?شناسی|걸음걸이|dang (?:đ|d)i\b|gaya berjalan|cara berjalan"
    r"|wanavyotembea|አካሄ|სიარულ|jarasfelismer|arcfelismer|silhouette|sylwet|veido|eisenos"
    # faces
    r"|fac(?:e|ial)\b|faciale?|人脸|人像|顔|颜(?:认证|照合|识别)|\bлиц|visage|rostro|rosto|wajah|twarz|gesicht|얼굴|ansikt|ansigt|gezicht"
    # ethnicity
    r"|ethni|民族|维吾尔|维族|этническ|национальн|етнич|етніч|націон|etnia|etnic|etnik|\braza\b|\braca\b|\brace\b"
    r"|racial|العرق|الإثني|القومية|المذهب|قومیت|نژاد|जाति|जातीयता|नस्ल|समुदाय|धर्म|เชื้อชาติ|ชาติพันธุ์|လူမျိုး|نسل"
    r"|uy?ghur|tibetan|caste|skin colou?r|color de piel|cor da pele"
    # plates
    r"|number.?plate|licen[cs]e plate|\banpr\b|\balpr\b|车牌|placas\b|matriculas"
)

#: Evidence that names more than recognition: search, structure, behaviour, trajectories, fusion (kept a platform).
_MORE_THAN_ONE_KIND = re.compile(
    r"re-?identif|以图搜图|跨镜|structur|estructur|estrutur|结构化|attribut|atribut|属性|clothing|kleding|ropa|vestiment"
    r"|roupa|vetement|kleidung|behavio|行为|徘徊|情绪|emotion|trajector|轨迹|companion|同行|伴随|大数据|研判|碰撞|融合|汇聚"
    r"|多维|多源|fus(?:e|es|ed|ing|ion)\b|combin|correlat|cross-referenc|video synopsis|briefcam"
    r"|cruza|padron|databases?|bases? de datos|banco de dados|base de donnees|datenbank"
    r"|records\b|fichiers?|registros|cadastros|fahndung|在逃|布控库"
    # round 33 (r33_platform33): alarms, 110 reports and dispatch joined with the video (将监视器画面与110报案、车牌辨识
    # 告警及消防派遣整合): the rule's "alarm and emergency-call dispatch"
    r"|报案|派遣|接处警|警情"
    # round 38 (r38_tags): an alert raised when the people recognised gather or travel together (README rule
    # "Gathering alerts; …", part 1): recognition hits joined across cameras and time, key-person control
    r"|gather|congregat|co-?travel|travel together|\bmeet\b|rassembl|se reun|聚集|集ま|모이|собира"
)

#: Round 30b: recognition hits or alerts a centre checks, links or cross-checks against databases, records or files of
#: the police or another agency ("checks them against the national fugitives database", "croise les alertes avec ses
#: fichiers", "link hits to … stolen-vehicle records"): the rule's fusion with police or population databases.
_CROSS_CHECK = (
    r"(?:hits|alerts?|alarms?|matches|alertes?|alertas?|alarmas?|treffer|тревог|оповещени|告警|预警|报警|比中)"
    r"[^.;\n。；]{0,60}?(?:check|cross-?check|cross-referenc|link|verif|compar|croise|crois|confront|rapproch|cotej"
    r"|contrast|cruz|abgeglichen|abgleich|сверя|сверк|сопостав|比对|核查|核验|碰撞)[^.;\n。；]{0,60}?"
    r"(?:database|records\b|register|registry|files\b|fichiers?|bases? de (?:donnees|datos|dados)|bancos? de dados"
    r"|registros?|cadastros?|datenbank|fahndungs|баз\w* данн|учет|розыск"
    r"|(?:在逃|布控|重点|违法犯罪|被盗抢)[^，。；\n]{0,6}?库)"
)

#: r34_platform34: a centre or platform that also holds or receives other data or calls (en, pt, es, fr).
_ALSO_HOLDS = (
    r"(?:cent(?:re|er)|centro|platform|plataforma|plateforme)\b[^.;\n]{0,60}?\b(?:also|tambem|tambien|aussi|ja|already)\b"
    r"[^.;\n]{0,40}?(?:data|dados|datos|donnees|database|records|registros|calls|chamadas|llamadas|appels|mandados"
    r"|warrants|fichiers)"
)

#: Notice wording for what the rule keeps a platform beside recognition of one kind: fusion of several sources,
#: video structuring, or a named kind (city brain, police cloud, key-person control, real-time crime centre, safe-city
#: command centre, C4/C5, ECU 911, a 情指/研判/大数据 command centre).
_FUSION = re.compile("|".join([
    # video structuring and the named kinds
    r"结构化|structuring|structuration|estructuracion|estruturacao|city brain|城市大脑|police cloud|警务云|公安云",
    r"重点人员|重点人群|key[- ]persons?|real[- ]time crime|\brtcc\b|\bijop\b|\bc[45]i?\b|ecu ?911|一网统管|雪亮工程",
    r"safe city (?:command|platform|control|operations)|city operations cent|integrated command|\biccc\b",
    r"safe cit(?:y|ies)|平安城市|ville sure|cidade segura|ciudad segura|безопасн\w* город|безпечн\w* міст",
    r"sigurn\w* grad|xavfsiz shahar|bezbed\w* grad|безбеден град|коопсуз шаар|سیف سٹی|(?:ال)?مدينة (?:ال)?آمنة",
    r"视频图像信息(?:库|综合应用|解析|结构化)|视图库|治安防控体系",
    # fusion of several sources
    r"data fusion|fusion (?:centre|center|platform)|fus(?:es|ing) (?:the |their |its )?(?:feeds|video|data|camera)",
    r"多源|多维|情指|合成作战|大数据|(?:综合|情报|数据)研判|融合(?:平台|分析|研判|应用)",
    r"接处警|110报案|(?:消防|警力|统一)派遣",  # round 33: 110 reports and dispatch joined with the video
    r"integrated intelligence|overlay",
    r"(?:人员|动态|重点|寺庙|社会面)管控|管控(?:平台|系统)|轨迹|积分|(?:汇聚|汇集|整合)[^，。；\n]{0,20}?数据|trajector",
    # search across the cameras, attributes and behaviour
    r"investigat\w* (?:search )?platform|search platform|检索|以图搜图|跨镜|search(?:es|ing)? (?:\w+ ){0,3}across",
    r"(?:across|over|through) (?:all |every |the |its |city'?s? |[\d,]+ )*(?:live |city |street )?(?:camera )?"
    r"(?:cameras|cctv|feeds)",
    r"attributes|clothing|vestimenta|kleidung|vetements|属性|聚集|徘徊|行为(?:分析|识别)|behaviou?r",
    # round 30b: hits or alerts checked against police or national databases, records or files (fusion with a database)
    _CROSS_CHECK,
    # r34_platform34: the centre or platform that receives the hits also holds or receives other data or calls ("sending
    # hits to the border command centre that also holds passport data", "alertas ao Centro de Operações, onde também
    # chegam chamadas 190 e dados de mandados"): labelled a platform in 13 notices of 9 sets (ah, ai, h, k, l, n, o, q,
    # r), none otherwise; the rules missed ah's and ai's
    _ALSO_HOLDS,
]))


@table()
def _fusion() -> Prefixed:
    """_FUSION tried only where one of its literal openings stands (enrich/fastscan.py): the same matches. Why: its
    many openings give `re` nothing to skip to, and it was tried at every position of a notice with a recognition
    tag (16 KB: ~2.5 ms against ~0.2; ~2-4 % of a notice). A table: loaded, not built (~6 ms), by a process's first
    notice with a recognition tag."""
    return Prefixed(_FUSION)


def one_kind_only(folded: str, tags: list[TechTag]) -> bool:
    """Are the notice's platform tags (at least one) all recognition of one kind, beside a rule tag of that technology,
    and does the notice name nothing the rule keeps a platform (fusion, video structuring, a named kind)?"""
    platform = [tag for tag in tags if tag.taxonomy_id == PLATFORM]
    ethnic = _ethnic_notice(folded)
    if not platform or any(not _recognition(tag, ethnic) for tag in platform):
        return False
    if not {tag.taxonomy_id for tag in tags} & RECOGNITION:  # the technology itself unfound: keep what was found
        return False
    # r33b_platform33b: also where every platform tag quotes an ethnicity module ("视频监控平台上部署少数民族人员识别
    # 预警模块，按民族属性统计"): labels of ae (8 of 9), ag (5), ah (5) and ai (6) read such notices as no platform
    ethnic = ethnic and (any(_ATTRIBUTE_EVIDENCE.search(fold(tag.evidence.text)) for tag in platform)
                         or all(_ETHNIC_WORD.search(fold(tag.evidence.text)) for tag in platform))
    return _fusion().search(_ethnic_attributes_named(folded, ethnic)) is None


def fusion_named(folded: str) -> bool:
    """Does the notice name anything the rule keeps a platform (fusion, video structuring, a named kind), its
    ethnicity attributes read as one kind?"""
    return _fusion().search(_ethnic_attributes_named(folded, _ethnic_notice(folded))) is not None


def one_kind_quote(tag: TechTag, folded: str) -> bool:
    """Does a platform tag of the rules quote recognition of one kind (and nothing more) in this notice?"""
    return _recognition(tag, _ethnic_notice(folded))


def recognition_beside_cameras(folded: str, tags: list[TechTag]) -> bool:
    """No platform tag, a recognition tag of the rules (face, gait, plate, ethnicity) and nothing the rule keeps a
    platform: the tag model (which learnt from older labels that read such systems as a platform) proposes none."""
    found = {tag.taxonomy_id for tag in tags}
    if PLATFORM in found or not found & RECOGNITION:
        return False
    ethnic = "ethnicity_analytics" in found and _ethnic_notice(folded)  # attributes that are an ethnicity (31b)
    return _fusion().search(_ethnic_attributes_named(folded, ethnic)) is None


#: Round 30b: a Safe City named only as the network its new cameras extend, the cameras joined to the existing command
#: centre ("extension of the Eko Safe City network with 1,200 additional cameras … linked to the existing … command
#: centre", "adds Huawei cameras to Mombasa safe city … connected to the existing command centre"): cameras joined
#: to a centre are cctv by the rule (its first bullet), unless the notice says the centre fuses them with something.
_SAFE_CITY_NAME = re.compile(r"safe cit(?:y|ies)")
_JOINED_TO_EXISTING = re.compile(
    r"(?:connected|linked|integrated|tied|wired|joined|feeding|feed) (?:in)?to (?:the |its |their )?existing\b"
    r"[^.;\n]{0,60}?(?:command|control|operations?|monitoring) (?:centre|center|room)s?\b")
_CENTRE_FUSES = re.compile(
    r"emergenc|dispatch|9-?1-?1|\b(?:911|112|999|110)\b|calls\b|database|records\b|fus(?:e|es|ed|ing|ion)\b"
    r"|analytic|recogni|plate|\banpr\b|\balpr\b|face|facial|gait|intelligence|crime cent|agencies|command and control"
    r"|integrated command|software|platform|server")


def safe_city_cameras_joined(folded: str, tags: list[TechTag]) -> bool:
    """Does every platform tag quote only a Safe City's name, in a notice whose cameras are joined to an existing
    command or control centre and that names nothing the centre fuses them with?"""
    return joined_without_fusion(folded, tags, _SAFE_CITY_NAME, _JOINED_TO_EXISTING, _CENTRE_FUSES)


RECOGNITION = frozenset({"facial_recognition", "gait_recognition", "vehicle_recognition", "ethnicity_analytics"})


def _recognition(tag: TechTag, ethnic: bool = False) -> bool:
    if tag.rule_id.startswith("model/"):
        return False
    words = _ethnic_attributes_named(fold(tag.evidence.text), ethnic)
    return _ONE_KIND.search(words) is not None and _MORE_THAN_ONE_KIND.search(words) is None


#: Round 31b (r31b_platform31b): a person's attributes that are an ethnicity are ethnicity recognition, one kind,
#: not the attributes of video structuring that keep a platform: 民族属性, 回族属性, "性别、年龄段、民族属性",
#: 人员属性 or 人像属性 in a notice that names 民族, "ethnic-origin attribute", "attributes such as ethnicity".
#: Counted before writing (rules only): ethnicity-attribute modules on cameras with no fusion are labelled no
#: platform in sets ae (9 notices), ag (10) and af (2; af's 3 platform labels name 重点人员管控, 布控联动 or a
#: 比对平台 beside them). Read so only where a platform tag quotes the attributes (人员属性分析模块, 民族属性分析服务).
_ETHNIC_ATTRIBUTE = re.compile(
    r"(?:(?:性别|年龄段?|年龄|肤色|发型)[、，,和及与]?){0,4}(?:少数)?[\u4e00-\u9fff]{0,3}族(?:等)?属性"
    r"|ethni\w*(?:[- ](?:group|origin))?\W{0,3}attributes?|attributes?\W{0,3}(?:such as |like |of |including )?"
    r"[\w ,]{0,20}?ethni\w*")
_PERSON_ATTRIBUTE = re.compile(r"(?:人员|人像)(?:等)?属性")
_ETHNIC_WORD = re.compile(r"民族|[\u4e00-\u9fff]族属性|ethni")
#: The notice's attributes are read so only where a platform tag quotes them (a platform named otherwise, such as a
#: 人像比对平台 that the attributes are labelled for, keeps what the notice says beside it).
_ATTRIBUTE_EVIDENCE = re.compile(r"属性|attribut")


def _ethnic_notice(folded: str) -> bool:
    """Does the notice name a person's attribute that is an ethnicity (cheap: only where 属性 or attribut stands)?"""
    return ("属性" in folded or "attribut" in folded) and _ETHNIC_WORD.search(folded) is not None


def _ethnic_attributes_named(words: str, ethnic: bool) -> str:
    """`words` with each ethnicity attribute read as 民族 (one kind), and 人员属性/人像属性 too in a notice that names
    an ethnicity: what is left of attributes is video structuring's; a host platform a module is added to is read as a
    plain platform (`host_platforms`)."""
    words = without_host_platforms(words)  # r42_tags: the platform a module is added to is where it runs
    if not ethnic:
        return words
    return _PERSON_ATTRIBUTE.sub("民族", _ETHNIC_ATTRIBUTE.sub("民族", words))


#: Round 33 (r33_platform33): recognition of one kind added to the cameras of an emergency system that the notice names
#: only as the cameras' owner ("added gait recognition to 80 cameras viewed through ECU 911", "ECU 911 added face-match
#: alerts … to 300 cameras already feeding its emergency centre"): that technology only, as for any camera network.
#: Counted before writing (labels): recognition "added to N cameras" is labelled no platform in 30 of 30 notices of sets
#: ae, ag and ah (written after the rule; af, written before it, 4 platform of 7: alerts combined with records or sent
#: to a centre that matches them, which this keeps); the two that name ECU 911 (ag, ah) were read as a platform.
#: Round 36 (r36_platform): a Safe City network named as the cameras' owner is read so too ("add plate reading to 300
#: existing Safe City cameras", "add face matching to 1,200 existing cameras" of a Safe City authority): labelled no
#: platform in aj, l and h (written after the rule or not, 3 of 3), as the rule "Recognition of one kind" decides.
#: r43_platform: the same in es/pt, where the centre is named in full and the recognition bought "para sus cámaras",
#: "para cámaras del C5" or run "nas 2.000 câmeras do Centro Integrado de Operações": labelled the technology and
#: cctv, no platform, in an, aq and ar (an-0543, aq-0576, ar-0328), written after the rule.
_FULL_NAMES = (r"(?:centro integrado de operacoes|centro de comando, control, computo, comunicaciones y contacto"
               r" ciudadano)")
_SYSTEM_NAME_QUOTE = re.compile(
    r"^(?:(?:el|del|al|the|o|do|ao) )?(?:ecu ?911|9-?1-?1|c[45]i?|bol-?110|sies-m|safe city|سیف سٹی)$"
    # r43_platform: the centre whose cameras run it, named in full (pt CIO, es C5)
    r"|^(?:(?:el|del|al|o|do|ao) )?" + _FULL_NAMES + "$")
_SYSTEM_NAMES = re.compile(r"ecu ?911|\b9-?1-?1\b|\bc[45]i?\b|bol-?110|sies-m|safe cit(?:y|ies)|سیف سٹی|" + _FULL_NAMES)
_ADDED_TO_CAMERAS = re.compile(
    r"\badd(?:s|ed|ing)?\b[^.;\n]{0,80}?\bto (?:its |their |the |all |\d[\d,]* )?(?:[\w-]+ ){0,3}?cameras\b"
    # r43_platform: es/pt recognition bought "para (sus) cámaras del C5", run "nas 2.000 câmeras do Centro"
    r"|\b(?:para|en|nas|nos|em)\b (?:(?:sus|las|los|as|os|suas|seus) )?(?:[\d.,]+ )?(?:camaras|cameras)\b")
#: What the system would do with the recognition beyond watching the cameras: calls, dispatch, records, a command post.
_SYSTEM_FUSES = re.compile(
    r"dispatch|despach|calls\b|llamadas|chamadas|database|records\b|registros|command|comando|mando|operations cent"
    r"|combin|cross-?check|cross-?referenc|upgrade|integrat")


def recognition_added_to_system_cameras(folded: str, tags: list[TechTag]) -> bool:
    """Are the notice's platform tags (of the rules, at least one) an emergency system's name and recognition of one
    kind, beside a rule tag of that technology, in a notice that adds the recognition to cameras and names nothing the
    system fuses it with (the system's own name aside)?"""
    platform = [tag for tag in tags if tag.taxonomy_id == PLATFORM]
    if not platform or any(tag.rule_id.startswith("model/") for tag in platform):
        return False
    if not {tag.taxonomy_id for tag in tags} & RECOGNITION:
        return False
    named = [_SYSTEM_NAME_QUOTE.search(fold(tag.evidence.text).strip()) is not None for tag in platform]
    if not any(named) or any(not name and not _recognition(tag) for tag, name in zip(platform, named, strict=True)):
        return False
    if _ADDED_TO_CAMERAS.search(folded) is None:
        return False
    rest = _SYSTEM_NAMES.sub(" ", folded)
    return _fusion().search(rest) is None and _SYSTEM_FUSES.search(rest) is None
