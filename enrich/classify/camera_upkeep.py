"""Cameras kept up for an emergency system are cctv (labelling rule "Platform: connected cameras …", first bullet).

A 9-1-1 system, ECU 911 or a C4/C5 named only as the owner of the cameras that a notice maintains, replaces, monitors
or buys ("mantenimiento preventivo y correctivo de cámaras de videovigilancia del Sistema 911", "ECU 911 contrata
mantenimiento de 410 puntos de videovigilancia", "the ECU 911 replaced 300 cameras", "por 400 cámaras del ECU 911")
buys no platform: `surveillance_platform` needs the notice to build, extend, operate or maintain the platform itself
(its software, servers, dispatch, integration, or the command post that runs it). The round-28 cues read the
system's name beside cameras as a platform (the older sets' convention); this module says when that name is all the
platform evidence a notice has and the notice's object is the cameras alone.

Counted before writing (round 31, rules only, all development sets): such notices are labelled cctv only in sets
12, d, x and ae (7 notices, four writers) and a platform in set ab (1); a notice naming the platform, its command post,
dispatch, integration, software or monitoring centres (plural) beside the cameras keeps the platform.

Patterns read folded text (`enrich.text.fold`: lower case, no accents).
"""
from __future__ import annotations

import re

from enrich.classify.rule_quotes import joined_without_fusion, rule_quotes
from enrich.model import TechTag

PLATFORM = "surveillance_platform"

#: A platform tag whose evidence is only the emergency system's name.
_SYSTEM_NAME = re.compile(
    r"^(?:(?:el|del|al|the) )?(?:servicio integrado de seguridad|(?:(?:servicio integrado de seguridad|sistema"
    r"(?: nacional)?(?: de emergencias)?) )?(?:ecu ?911|9-?1-?1|c[45]i?|bol-?110|sies-m)(?: municipal)?)$"
    # r42b_tags: pt "manutenção das câmaras do Centro Integrado de Segurança Pública (CISP)"
    r"|^(?:(?:o|do|ao) )?(?:cisp|centro integrado de seguranca publica)$")

#: The cameras (or camera points) maintained, monitored, replaced or bought: the notice's object.
_CAMERA_UPKEEP = re.compile(
    # es, pt: maintenance, monitoring or replacement of (N) cameras / video-surveillance points
    r"(?:mantenimiento|manutencao|monitoreo|monitoramento|reemplazo|sustitucion|reposicion|renovacion|substituicao)"
    r"(?: (?:preventivo|correctivo|preventiva|corretiva|y|e|integral))* (?:de|a|das|dos|de las|de los) "
    r"(?:[\d.,]+ )?(?:camaras|cameras|puntos|postes|equipos)(?: (?:de|marca) [\w ]{0,30})?"
    # en: maintains / replaced / buys N cameras
    r"|(?:maintain(?:s|ed|ing)?|maintenance of|replac(?:e|es|ed|ing)|buys?|bought|purchas(?:e|es|ed|ing)) "
    r"(?:the |its |new )?(?:[\d,]+ )(?:new )?(?:cctv |surveillance |security )?cameras\b"
    # r36_platform: "renewed maintenance of BOL-110 cameras": the system's cameras named by the system's name
    r"|(?:maintenance|upkeep|repair) of (?:the |its )?(?:ecu ?911|bol-?110|9-?1-?1|c[45]) cameras\b"
    # es: an award "por N cámaras del ECU 911"
    r"|\b(?:por|compra|compro|adquiere|adquirio) (?:[\d.,]+ )(?:nuevas )?camaras (?:del?|para el) "
    r"(?:sistema |servicio )?(?:ecu ?911|9-?1-?1|911|c[45])")

#: What the notice would name if it bought, extended or ran the platform itself (the system's own name removed).
_PLATFORM_WORK = re.compile(
    r"plataforma|platform|software|servidor|server|despacho|dispatch|mando|comando|command|coordin"
    r"|integra(?!do de seg|l|tor)|interconex|conect|enlaz|vincul|linked|connected|analitic|analytic"
    r"|centros|centres|centers|llamadas|calls\b"
    r"|boton de panico|panic button|altavoz|bomberos|ambulanc|policia nacional|c4|c5 (?:con|y)|ampliacion|amplia\b"
    r"|expan|extension|extend|upgrade|moderniz")
_SYSTEM_WORDS = re.compile(r"servicio integrado de seguridad|sistema integrado de seguridad")


def system_cameras_kept(folded: str, tags: list[TechTag]) -> bool:
    """Is every platform tag (at least one, of the rules) only an emergency system's name, in a notice whose object is
    the maintenance, monitoring, replacement or purchase of the system's cameras and that names no platform work?"""
    quotes = rule_quotes(tags, PLATFORM)
    if not quotes or any(_SYSTEM_NAME.search(words) is None for words in quotes):
        return False
    if _CAMERA_UPKEEP.search(folded) is None:
        return False
    return _PLATFORM_WORK.search(_SYSTEM_WORDS.sub(" ", folded)) is None


#: Round 31b (r31b_platform31b): a platform tag whose evidence is only the clause joining cameras to an emergency
#: system or command centre ("conectadas al ECU 911", "enlazadas a Escudo Urbano C5", "linked to the … real-time
#: crime centre", "ligadas ao centro integrado") or only that system's name (ECU 911, C5, 9-1-1, BOL-110, CISP,
#: Безопасный город, a real-time crime centre).
#: r34_platform34: cameras joined to a command or monitoring centre in more languages (the platform cues of rounds 13,
#: 15 and 27 read "nakakonekta sa command center", "terhubung ke Command Center", "kết nối Trung tâm Giám sát điều
#: hành", "povezanih sa … centrom" and an English "command centre" beside cameras as a platform, the older sets'
#: convention). Counted before writing (labels, sets written after the rule): cameras only joined so are labelled
#: cctv in af (1, sr), ag (1, vi; 1 en), ai (3: vi, tl, en; 5 more en already read so) and none a platform.
_JOIN_WORDS_MORE = (
    r"(?:nakakonekta|konektado) sa\b|(?:terhubung|tersambung|dihubungkan|disambungkan|terintegrasi) (?:ke|dengan)\b"
    r"|(?:ket noi|truyen) (?:(?:voi|ve) )?(?=trung tam)|povezan\w* sa?\b|merkez\w* (?:aktar|baglan)\w*")
_CENTRE_NAME = (
    r"(?:(?:the|its|an?) )?(?:[\w-]+ ){0,2}?command(?:[- ]and[- ]control|,? control,? and communications?)?"
    r" cent(?:re|er)s?"  # r42b_tags: a Punjab "Integrated Command, Control and Communication centre" (IC3)
    r"|trung tam giam sat,? đieu hanh|pusat (?:komando|kawalan operasi)|centro de (?:comando|mando) y control")
#: r42b_tags: a Safe City named beside its cameras joined to a police or command centre ("Huawei safe city cameras …
#: linked to the police command centre", "Safe City, caméras raccordées au centre de commandement"): labelled cctv
#: only from set af on (af-0494, ar-0180, ar-0266; older sets, written before the rule, a platform), unless the
#: notice builds the centre or names what it fuses.
_SAFE_CITY = r"(?:safe cit(?:y|ies)|سیف سٹی)"
#: A Safe City programme or one of its phases (it builds its centre: round 30b), not only cameras joined to one.
_SAFE_CITY_PROGRAMME = re.compile(
    r"safe cit(?:y|ies) (?:project|programme|program|scheme|phase|projet)|phase \w+ of (?:the )?(?:[\w-]+ )?safe cit"
    r"|(?:under|of) the (?:[\w-]+ )?safe cit(?:y|ies)\b")
_NEW_QUOTE = re.compile(r"^(?:" + _JOIN_WORDS_MORE + "|" + _CENTRE_NAME + "|" + _SAFE_CITY + ")")
#: A centre the notice builds, sets up or equips itself (then it is bought, not only joined).
_CENTRE_BUILT = re.compile(
    r"\b(?:build|builds|built|construct\w*|establish\w*|set(?:s|ting)? up|new (?:command|control|monitoring) cent"
    r"|construccion|construir|xay dung|membangun|pembangunan|izgradnj\w*|kurul\w*|itatayo|ipapatayo)")
_JOIN_EVIDENCE = re.compile(
    r"^(?:connected|linked|integrated|wired|tied|fed|feeds?|feeding|joined) (?:in)?to\b"
    r"|^(?:fed|feeds?|feeding) (?:its|their|the) existing\b"  # round 33: "whose hits feed its existing … centre"
    # r36_platform: "all feeds go to the … Command Center", "feeding the Integrated Command and Control Centre"
    r"|^(?:(?:all )?(?:the )?(?:feeds?|footage) (?:go(?:es)?|flows?) (?:in)?to|feeding (?:the|its|their))\b"
    r"|^(?:conectad|enlazad|integrad|ligad|vinculad|interconectad|interligad)[oa]s? (?:a|al|ao|a la|com|con)\b"
    r"|^(?:подключ|интегрир)\w*\b"
    # r34_platform34: the joining words in tl, id/ms, vi, sr/hr and tr that the command-centre cues quote
    r"|" + _JOIN_WORDS_MORE)
_SYSTEM_EVIDENCE = re.compile(
    r"^(?:(?:el|del|al|the|o|do|ao) )?(?:(?:sistema|servicio|system) (?:nacional )?(?:de emergencias? )?)?"
    r"(?:ecu ?911|9-?1-?1|c[45]i?|bol-?110|sies-m|cisp|(?:the )?real[- ]time crime cent(?:re|er)|rtcc"
    r"|безопасн\w* город\w*)$"
    # r34_platform34: a command or monitoring centre named by its kind alone (en, vi, id/ms, es)
    r"|^" + _CENTRE_NAME + "$"
    # r42b_tags: the centre that watches them named in full (pt CISP, fr command centre), cameras only joined to it
    r"|^(?:o |ao |do )?centro integrado de (?:seguranca publica|operacoes)$|^(?:le |au |du )?centre de commandement$"
    r"|^(?:el |al |del )?sistema nacional de (?:atencion a )?emergencias(?: y seguridad)?$"
    r"|^" + _SAFE_CITY + "$")

#: The notice joins cameras to such a system (its cameras are the object; the system is only where they are viewed).
_JOINED_CLAUSE = re.compile(
    r"(?:(?:connected|linked|integrated|wired|tied|joined|feeding) (?:in)?to\b|(?:fed|feeds?|feeding) (?:its|their|the)"
    r" existing\b|(?:feeds?|footage) (?:go(?:es)?|flows?) (?:in)?to\b|feeding (?:the|its|their)\b"
    r"|(?:conectad|conectan|enlazad|enlazan|integrad|ligad|vinculad|interconectad|interligad"
    r"|conectar|enlazar|vincular|interconectar|ligar)\w* (?:a|al|ao|a la|com|con)\b|подключ\w*"  # r39b: se enlazarán
    r"|\b(?:link|connect|wire|tie|join)s?\b[^.;\n]{0,40}?\bcameras (?:in)?to\b"  # r34: "will link 90 more cameras to"
    # r42b_tags: a finite verb before its cameras, es/pt "las conectó al ECU 911", "ligou 200 novas câmeras ao
    # Centro Integrado"; fr "caméras reliées au centre de commandement", "a raccordé 120 caméras au centre"
    r"|\b(?:conecto|conectaron|enlazo|enlazaron|vinculo|vincularon|ligou|ligaram|conectou|conectaram|interligou"
    r"|interligaram)\b[^.;\n]{0,50}?\b(?:a|al|ao|aos|a la)\b"
    r"|\b(?:reli|raccord)(?:e|ee|es|ees|ent|era|eront)\b[^.;\n]{0,50}?\b(?:au|a la|aux)\b"
    r"|" + _JOIN_WORDS_MORE + ")"
    r"[^.;\n]{0,60}?(?:ecu ?911|9-?1-?1|\b911\b|\bc[45]i?\b|bol-?110|sies-m|cisp|centro integrado|command cent"
    r"|centre de commandement"
    r"|control cent|crime cent|command,? control,? and communication"
    r"|trung tam|pusat (?:komando|kawalan)|\bcentr(?:om|u|ar)\b|merkez)"  # r34: vi, id/ms, sr/hr, tr centres
    # a Safe City only where the cameras join the existing one (a new Safe City project builds its centre: round 30b)
    r"|подключ\w*[^.;\n]{0,30}?существующ\w*[^.;\n]{0,30}?безопасн\w* город")

#: What the notice would name if the system fused the feeds or if it bought the system's own work (the rule's third
#: bullet and first bullet): dispatch, calls, software, servers, analytics, cross-checks, recognition, extension.
#: Round 33 (r33_platform33): plate readers joined to such a centre are no longer read as fusion by themselves (round
#: 29's reading): the newer writers label plate cameras only joined to an existing 911 system, centro integrado or
#: real-time crime centre vehicle_recognition and cctv, no platform (ae 2, ah 2; af's 3 such notices labelled a platform
#: say what the centre fuses them with: readings "cruzadas com registros", "recebe os chamados", an alerts platform).
_SYSTEM_WORK = re.compile(
    r"despach|dispatch|llamadas|chamadas|calls\b|software|программн|servidor|server|plataforma de|analitic|analytic"
    r"|analis|fus(?:e|es|ed|ing|ion)\b|cruza|cruzad|cross-?(?:check|referenc)|database|base de datos|banco de dados"
    r"|registros|records\b|reconoc|reconhec|recogni|facial|alertas|alerts?\b|boton de panico|panic|altavoz|upgrade"
    r"|moderniz|intelligen|inteligen|agencies|agencias|bomberos|ambulanc|coordin"
    r"|\bconcentra\b|\breune\b|denuncias"  # round 33: "el C5 estatal, que concentra el 911 … y denuncias"
    # r34_platform34: the same in the languages of the joining words added then (id/ms, vi, tl, sr/hr, tr): emergency
    # reports, fusion, coordination, analysis, an operations centre that runs the city (IOC)
    r"|darurat|memadukan|laporan|panggilan|tawag|dieu phoi|phan tich|tich hop|pinagsasama|hitno|objedinj|koordin|acil"
    r"|analiz|\bioc\b"
    # r36_platform: a new centre, or one shared with other services or matching what it receives, is bought or fuses
    r"|\bnew (?:command|control|monitoring|operations) cent|shared with|fire (?:brigade|service|department)"
    r"|watch ?list|match(?:ed|es|ing)? against"
    # r42b_tags: fr/es fusion beside the French joins read since ("qui fusionne vidéo, appels d'urgence et …",
    # "croise les alertes avec ses fichiers")
    r"|fusionn|fusiona|\bappels?\b|alertes|fichiers|\bcroise")

#: The cameras the notice joins: cctv, or (round 33) plate readers, which are cameras too.
_CAMERA_TAGS = frozenset({"cctv", "vehicle_recognition"})
#: Software the notice says it does not buy ("no adquiere software del C5", "does not buy any software for the
#: centre", "программное обеспечение платформы не закупается"): no platform work.
_NEGATED_WORK = re.compile(
    r"\b(?:no|not|sin|nao|без|не)\b[^.;\n]{0,30}?(?:software|программн\w*)"
    r"|(?:software|программн\w* обеспечени\w*)[^.;\n]{0,40}?(?:не закупа|не приобрета|not (?:bought|purchased|included)"
    r"|no se (?:adquiere|compra|incluye)|nao (?:e|sera) (?:adquirido|comprado))"
    # r38b_tags: "the center's software, call-handling and dispatch systems are not part of this lot", "the contract
    # excludes any face recognition, licence plate reading or analytics function": work the notice leaves out
    r"|(?:software|call|dispatch)[^.;\n]{0,60}?\b(?:are|is|remain) not (?:part of|included|in scope)"
    r"|\b(?:exclud(?:es|ing|ed)|does not include|do not include)\b[^.;\n]{0,90}")


#: r35_tags: zh cameras joined to a police 110 or command centre ("新建高清摄像机200路，接入县公安局110指挥中心"): the
#: centre's name (指挥中心, 110指挥中心, 指挥调度中心) is all the platform evidence and the notice names nothing
#: the centre would join the video with (接处警, 调度 of calls, 研判, 大数据, 融合, recognition hits) nor work on the
#: centre itself (its 平台, 系统, 软件, 服务器 or construction). Labelling rule "Brands of goods, dispatch centres
#: and vehicle trajectories" (2): such cameras are cctv.
_ZH_CENTRE_EVIDENCE = re.compile(r"^(?:(?:11[02]|119|122)?(?:指挥(?:调度)?|接处警|调度)中心)$")
_ZH_JOINED_CLAUSE = re.compile(
    r"(?:摄像|探头|视频|监控|点位|画面)[^。；;\n]{0,40}?(?:接入|汇入|对接|联网至|联入|传至|上传至|接到|连至|连接至|推送|回传)"
    r"[^，。；;\n]{0,14}?(?:11[02]|指挥)[^，。；;\n]{0,4}?中心")
_ZH_CENTRE_WORK = re.compile(
    r"接处警|接警|警情|调度(?:平台|系统)|研判|大数据|融合|整合|汇聚|结构化|情报|合成作战|人脸|人像|车牌|卡口|比对|布控|预警"
    r"|告警|报警|算法|识别|软件|服务器|(?:中心|平台)(?:建设|改造|升级|扩容|运维)"
    r"|(?:新建|建设|改造|升级|扩容)[^，。；\n]{0,8}?中心")


#: r41_tags: a one-button alarm of a police kiosk, bus or taxi whose cameras' video is pushed to the 110 centre when
#: it is pressed ("一键报警装置，报警后视频自动推送县局110指挥中心", "报警视频直接推送市局110指挥中心") joins the
#: cameras to the centre and fuses nothing: set am labels all three such notices cctv only (am-0102, am-0110,
#: am-0162), written after the rule; no development notice so worded is labelled a platform. Read out before fusion
#: is looked for.
_ZH_ALARM_BUTTON = re.compile(r"一键(?:报警|求助)(?:装置|按钮|系统|设备)?|(?:报警|求助)(?:后|时)|报警视频")


def cameras_joined_to_zh_centre(folded: str, tags: list[TechTag]) -> bool:
    """Is every platform tag (at least one, of the rules) only a zh police or command centre's name, in a notice
    whose cameras are joined to it and that names neither fusion with calls, data or recognition nor work on the
    centre? Such cameras are cctv only (labelling rule (2) of "Brands of goods, dispatch centres and vehicle
    trajectories")."""
    if not any(tag.taxonomy_id == "cctv" for tag in tags) or not any(tag.taxonomy_id == PLATFORM for tag in tags):
        return False
    if "报警" in folded or "求助" in folded:  # (read only where an alarm is named: most notices name none)
        folded = _ZH_ALARM_BUTTON.sub(" ", folded)
    return joined_without_fusion(folded, tags, _ZH_CENTRE_EVIDENCE, _ZH_JOINED_CLAUSE, _ZH_CENTRE_WORK)


def cameras_joined_to_system(folded: str, tags: list[TechTag]) -> bool:
    """Is every platform tag (at least one, of the rules) only the clause joining cameras to an emergency system or
    command centre, or only that system's name, in a notice that joins its cameras to it and names nothing the system
    would fuse them with nor any work on the system itself? Cameras only connected to an existing platform or centre
    are cctv (labelling rule "Platform: connected cameras …", first bullet). Sets ae and ag label them so (ae 2 notices,
    both with plate readers, a platform here until round 33; ag 10; none a platform; af has none of this shape).
    Round 33: plate readers joined to the centre are cameras too (ah: "120 plate readers whose hits feed its existing
    real-time crime center")."""
    quotes = rule_quotes(tags, PLATFORM)
    if not quotes or not any(tag.taxonomy_id in _CAMERA_TAGS for tag in tags):  # no cameras found: keep what was found
        return False
    if any(_JOIN_EVIDENCE.search(words) is None and _SYSTEM_EVIDENCE.search(words) is None for words in quotes):
        return False
    if _CENTRE_BUILT.search(folded) is not None and any(_NEW_QUOTE.search(words) for words in quotes):
        return False  # r34: a centre named by its kind or joined in the new languages, and the notice builds one
    if _SAFE_CITY_PROGRAMME.search(folded) is not None and any(re.search(_SAFE_CITY, words) for words in quotes):
        return False  # r42b: a Safe City programme joining cameras to its command centre builds it
    if _JOINED_CLAUSE.search(folded) is None:
        return False
    return not names_system_work(folded)


def names_system_work(folded: str) -> bool:
    """Does the notice name what an emergency system or centre would fuse its cameras with, or work on the system
    itself (`_SYSTEM_WORK`; software it says it does not buy and the cameras' own plate reading left out)?"""
    return _SYSTEM_WORK.search(_PLATE_READING.sub(" ", _NEGATED_WORK.sub(" ", folded))) is not None


def builds_centre(folded: str) -> bool:
    """Does the notice build, set up or equip a centre itself (`_CENTRE_BUILT`)?"""
    return _CENTRE_BUILT.search(folded) is not None


#: r36_platform: plate reading is the joined cameras' own technology (round 33: plate readers joined to a centre are
#: cameras too), not recognition the centre fuses: "140 ANPR cameras … feeding the Integrated Command and Control
#: Centre", "cameras, some with licence-plate recognition … All feeds go to the … Command Center".
_PLATE_READING = re.compile(r"(?:(?:number|licen[cs]e|vehicle)[- ])?plate[- ](?:recognition|reading)")


#: r39b_tags: the display wall, its screens or the video decoders of a police 110 or command centre kept up or
#: replaced ("110指挥中心LCD拼接大屏及视频解码器年度维保", "指挥中心大屏上墙"): a room that shows the cameras (labelling
#: rule "Platform: connected cameras, monitoring rooms …": rooms only watching cameras are cctv). Sets al and am label
#: such notices cctv only (al-0083, am-0465), ao too; a centre whose platform is upgraded (视频联网平台升级) keeps it.
_ZH_CENTRE_WALL = re.compile(r"(?:11[02]|指挥)[^，。；;\n]{0,6}?中心[^，。；;\n]{0,12}?(?:大屏|拼接屏|显示墙|解码器)")


def zh_centre_wall_only(folded: str, tags: list[TechTag]) -> bool:
    """Is every platform tag (at least one, of the rules) only a zh police or command centre's name, in a notice about
    the centre's display wall or decoders that names no fusion and no work on the centre's platform?"""
    return joined_without_fusion(folded, tags, _ZH_CENTRE_EVIDENCE, _ZH_CENTRE_WALL, _ZH_CENTRE_WORK)
