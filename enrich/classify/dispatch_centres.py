"""A call-taking or dispatch centre that also watches cameras is a monitoring room for them: cctv, not a platform.

Why (round 43; labelling rule "Dispatch centres and vendors named in news" (1), tests/eval/README.md, decided
2026-12-06 13:17 UTC): a centre that takes emergency calls and dispatches help (911/112/110/999, ECU 911, a CAD room)
and also watches cameras is `cctv` for those cameras unless the text says the video is joined with the calls or
dispatch - one system or workflow, video pushed to call-takers or responders on an incident, cameras opened from the
call record, CAD-video integration, fusion with plate or face hits or police data. Sharing a building, a floor or
staff ("viewable by dispatchers", "the centre, where calls are dispatched", "que despacha policía y ambulancias",
"yang juga menerima laporan darurat warga") is not joining.

The older take-backs (`camera_upkeep.cameras_joined_to_system`, `existing_centres`) read any word of calls or
dispatch (`names_system_work`) as fusion, and the round-28 cues read a 911 system's or centre's name beside cameras as
a platform. This module says when those words only describe what the centre does besides watching: the platform
evidence is all a call or command centre's name (or the clause joining the cameras to it), the text names a
call-taking centre, nothing says the video is joined with the calls, and once the call words are read out nothing
else is fused (data, recognition hits, software, analytics, other agencies' joint command: `names_system_work`).

Counted before writing (development labels, rules of the start engine): ah-0627, ai-0210, ai-0331, ai-0376, ar-0153
and ar-0536 (en es id) are labelled cctv only and were read a platform; ar-0153, ah-0627 and ai-0210 are the cases
the rule itself cites. Patterns read folded text (`enrich.text.fold`: lower case, no accents, simplified Chinese).
"""
from __future__ import annotations

import re

from enrich.classify.camera_upkeep import builds_centre, names_system_work
from enrich.classify.rule_quotes import rule_quotes
from enrich.model import TechTag

PLATFORM = "surveillance_platform"

#: The text names a centre that takes emergency calls or dispatches help.
_CALL_CENTRE = re.compile(
    r"(?<![\w-])(?:9-?1-?1|911|e-?911)(?![\w-])|ecu ?911|\bpsap\b|\bcad\b"
    r"|(?:cent(?:re|er)|centro|central|call|calls|line|linea|numero|sistema|system|service|servicio|du|al|ao|au)"
    r" (?:112|999|110|119|190|192|17)\b|(?<![\w.,-])(?:112|999|110|119|190|192) (?:cent|call|dispatch|emergenc|command)"
    r"|computer[- ]aided dispatch|\bdispatch\w*|emergency (?:call|communications?)|call[- ]?(?:takers?|cent(?:re|er))"
    r"|despach\w*|llamadas de emergencia|chamadas de emergencia|appels d'urgence|emergencias|emergencia"
    r"|центр\w* обработки вызовов|экстренн\w*|laporan darurat|panggilan darurat|接处警|接警|신고|通報|الطوارئ|بلاغات")

#: A platform quote that names only a call or command centre or the emergency system (the clause joining the cameras
#: to it or a relative clause saying it dispatches included); not a joint command of agencies (C4/C5, a real-time
#: crime centre, a fusion or situation centre, an integrated command centre), which the platform rule keeps.
_CENTRE_QUOTE = re.compile(
    r"cent(?:re|er)s?\b|\bcentro\b|\bcentral\b|центр|merkez|pusat|ecu ?911|9-?1-?1|\b911\b|\b112\b"
    r"|sistema nacional de (?:atencion a )?emergencias|servicio integrado de seguridad"
    # the calls it takes, quoted alone ("panggilan darurat", "emergency calls", "llamadas de emergencia")
    r"|^(?:(?:panggilan|laporan) darurat|(?:emergency |911 |112 )?calls|(?:llamadas|chamadas) de emergencia"
    r"|appels d'urgence)$")
_JOINT_COMMAND = re.compile(
    r"(?<![\w])c[2-5]i?(?![\w])|real[- ]time crime|\brtcc\b|fusion|situation|integrated (?:command|operations)"
    r"|\bjoint\b|\bunified\b|commandement integre|centre integre|command(?:ement)? (?:and|et) control"
    r"|real[- ]time (?:operations|information|intelligence)"
    r"|\biccc\b|\bioc\b|centro integrado|safe cit|smart cit|безопасн|ситуацион|城市大脑|合成作战|情指")

#: What only says the centre takes calls and sends help (read out before fusion is looked for).
_CALL_WORDS = re.compile(
    r"\w*despach\w*|\w*dispatch\w*|llamadas|chamad[oa]s|\bcalls?\b|\bappels?\b|вызов\w*|darurat|laporan|panggilan"
    r"|tawag|ambulanc\w*|bomberos|bombeiros|pompiers|fire (?:brigade|service|department)s?|\bacil\b|hitn\w*")

#: The text says the video is joined with the calls or dispatch: pushed to call-takers or responders on an incident,
#: opened from the call record, CAD-video integration, one system or workflow.
_VIDEO_JOINED = re.compile(
    # en: "video is pushed to responding officers", "feeds pop up on the call-taker's screen when a call comes in"
    r"\b(?:video|feeds?|footage|images?|cameras?|clips?)\b[^.;\n]{0,60}?\b(?:push\w*|sent|send\w*|rout\w*|pop\w*"
    r"|shar\w*|forward\w*|deliver\w*|stream\w*)\b[^.;\n]{0,40}?\b(?:call[- ]?takers?|(?:first )?responders?"
    r"|responding (?:officers|units)|patrol (?:cars|units|officers)|incident|on (?:a|each|every) call)"
    r"|\b(?:call[- ]?takers?|dispatchers?)\b[^.;\n]{0,40}?\b(?:open|pull|bring up|call up|access)\w*"
    r"[^.;\n]{0,30}?\b(?:video|feeds?|cameras?)\b"
    r"|\bwhen (?:a|an) (?:call|911 call|emergency call|incident)\b[^.;\n]{0,60}?\b(?:cameras?|video|feeds?)\b"
    r"|\bcad\b[^.;\n]{0,30}?\b(?:video|cameras?)\b|\b(?:video|cameras?)\b[^.;\n]{0,30}?\bcad\b"
    r"|computer[- ]aided dispatch[^.;\n]{0,60}?\b(?:video|cameras?)\b|\b(?:video|cameras?)\b[^.;\n]{0,60}?"
    r"computer[- ]aided dispatch"
    r"|\b(?:one|a single|the same|a unified) (?:system|platform|workflow|screen|interface)\b[^.;\n]{0,60}?"
    r"\b(?:calls?|dispatch|video|cameras?)\b"
    # es/pt: "las imágenes se envían a las patrullas que atienden la emergencia", "vídeo … integrado al despacho"
    r"|\b(?:imagenes|imagens|video|videos|camaras|cameras)\b[^.;\n]{0,60}?\b(?:se envian|enviad\w*|se transmiten"
    r"|transmitid\w*|sao enviad\w*|chegam)\b[^.;\n]{0,40}?\b(?:patrullas|unidades|viaturas|operadores|atendentes)"
    r"|\b(?:integra\w*|vincula\w*|fusiona\w*)\b[^.;\n]{0,30}?\b(?:video|videos|imagenes|imagens|camaras|cameras)\b"
    r"[^.;\n]{0,30}?\b(?:con|com|al|ao|a los|aos) (?:el |o |los |os )?(?:despacho|llamadas|chamados|chamadas)"
    # fr: "la vidéo est transmise aux équipes d'intervention", ru "видео передаётся нарядам"
    r"|\bvideos?\b[^.;\n]{0,40}?\btransmis\w*\b[^.;\n]{0,30}?\b(?:equipes|patrouilles|operateurs)"
    r"|видео\w*[^.;\n]{0,40}?(?:переда\w*|вывод\w*)[^.;\n]{0,30}?(?:наряд\w*|экипаж\w*)"
    # zh/ko/ja/ar: video joined with the alarm-taking work or pushed to the responding officers
    r"|(?:接处警|接警|警情)[^。；\n]{0,12}?(?:联动|关联|调取|推送)[^。；\n]{0,8}?(?:视频|画面|监控)"
    r"|(?:视频|画面)[^。；\n]{0,12}?推送[^。；\n]{0,8}?(?:处警|出警|民警)"
    r"|신고[^.\n]{0,20}?(?:영상|cctv)[^.\n]{0,10}?(?:연계|전송)|通報[^。\n]{0,20}?映像[^。\n]{0,10}?(?:連携|送信)"
    r"|(?:ربط|دمج)[^.؛\n]{0,20}?(?:الفيديو|الكاميرات)[^.؛\n]{0,20}?(?:بالبلاغات|بالمكالمات)")

#: A centre named by its calls or dispatch ("dispatch centre", "centro de despacho"): where the cameras join, no call.
_CALL_CENTRE_NAME = re.compile(
    r"\b(?:dispatch|communications?|call|emergency call) (?:cent(?:re|er)|desk|room|console)s?\b"
    r"|\b(?:centro|central|sala) de (?:despacho|llamadas|atendimento)\b")
#: A clause that joins the video with the calls or dispatch: a joining verb, a camera or video word and a call word.
_JOIN_VERB = re.compile(
    r"\b(?:combin\w*|merg\w*|integrat(?:e|es|ing|ion)|integra|integran|integro|integrou|integrar\w*|integracion"
    r"|integracao|integrando|unif(?:y|ies|ying)|unites?|une|unen|reune\w*|brings? together|fus(?:e|es|ing|ion)"
    r"|fusiona\w*|join(?:s|ing)?|link(?:s|ing)|relier|relie|reliant|vincula|vinculan|menyatukan|mengintegrasikan"
    r"|memadukan|objedinj\w*|объедин\w*|интегрир\w*)\b|يدمج|يجمع|تدمج|تجمع|يربط|통합|연계|統合|連携")
_CLAUSE_CAMERAS = re.compile(
    r"\b(?:cameras?|cctv|video\w*|feeds?|camaras|videovigilancia|videomonitoramento|kamera|cameres"
    r"|videosurveillance|videoprotection|supervision urbaine?|imagenes|imagens)\b"
    r"|камер|видео|영상|映像|カメラ|كاميرا|الفيديو")
_CLAUSE_CALLS = re.compile(
    r"\b(?:calls?|llamadas|chamadas|chamados|appels|dispatch\w*|despach\w*|emergenc\w*|darurat|panggilan)\b"
    r"|(?<![\w.,-])(?:9-?1-?1|911|112|999|17|190|192)(?![\w.,-])|вызов|экстрен|신고|通報|بلاغات|الطوارئ")
#: Work on the centre or system itself: extending, upgrading or opening it, keeping it up, staffing it.
_CENTRE_WORK = re.compile(
    r"\b(?:ampli\w*|expan\w*|extension|extend\w*|upgrad\w*|moderniz\w*|perluas\w*|inaugur\w*|renov\w*)\b"
    r"[^.;\n]{0,40}?(?:cent(?:re|er)|centro|central|sistema|system|plataforma|platform|9-?1-?1|\b911\b|\b112\b|ecu)"
    r"|\b(?:maint\w*|mantenimiento|manutencao|pemeliharaan|upkeep|operators?|operador\w*|operator)\b[^.;\n]{0,120}?"
    r"(?:cent(?:re|er)|centro|central|\broom\b|\bsala\b|ruang)")


#: Joining the notice says it does not buy ("no video integration", "excludes video … integration").
_NOT_JOINED = re.compile(
    r"\b(?:no|not|without|sin|sem|sans|без|exclud(?:es|ing|ed))\b[^.;\n]{0,60}?(?:integrat\w*|integra\w*|интегр\w*)")


def _unsaid(folded: str) -> str:
    return _NOT_JOINED.sub(" ", left_out(folded))


def _joined_in_a_clause(folded: str) -> bool:
    """Does one clause join the video with the calls or dispatch (a joining verb, cameras or video, and calls)?"""
    for clause in re.split(r"(?<!\d)[.;](?!\d)|\n", _CALL_CENTRE_NAME.sub(" centre ", _unsaid(folded))):
        if _JOIN_VERB.search(clause) and _CLAUSE_CAMERAS.search(clause) and _CLAUSE_CALLS.search(clause):
            return True
    return False


#: Plate reading named in es/pt/fr (the cameras' own technology, as `camera_upkeep` reads the English).
_PLATE_READING = re.compile(
    r"(?:reconocimiento|lectura|lectores?|reconhecimento|leitura|leitores?|lecture|lecteurs?) (?:automatic[oa] )?"
    r"(?:de|des) (?:placas|plaques)|\b[al]?lpr\b|\banpr\b")
_CAMERA_TAGS = frozenset({"cctv", "vehicle_recognition"})
#: A clause that leaves out what it names ("el despacho y el software del ECU 911 no forman parte del objeto", "las
#: cámaras no incluyen analítica", "servers offered through another consortium that was not awarded"): no work bought.
_LEFT_OUT = re.compile(
    r"[^.;\n]*?(?:\b(?:no|nao|ne|n')\s?(?:incluy\w*|inclu[ei]\w*|forman? parte|fazem parte|faz parte|font pas partie"
    r"|fait pas partie|comprend\w*|contempla\w*)|\bне (?:входят|входит|включ\w*)"
    r"|\bnot (?:awarded|selected|chosen)\b|\bno (?:fue|resulto) adjudicad\w*|\bnao foi adjudicad\w*"
    r"|\b(?:descalificad|desclassificad|disqualified)\w*)[^.;\n]*")


#: Other data the video would be fused with (besides `names_system_work`'s words).
_OTHER_DATA = re.compile(r"\balongside\b|\b(?:crime|police) data\b|\bdata\b|\bdatos\b|\bdados\b|\bdonnees\b|данны")


#: Drones whose video goes to the centre fly to the incidents the calls report (drone as first responder): joined.
_DRONES = re.compile(r"\bdrones?\b|\bdrohnen?\b|\bvant\b")


def left_out(folded: str) -> str:
    """`folded` with the clauses that leave out what they name blanked (`_LEFT_OUT`)."""
    return _LEFT_OUT.sub(" ", folded)


def call_centre_cameras_only(folded: str, tags: list[TechTag]) -> bool:
    """Is every platform tag (at least one, of the rules) only a call or command centre's name (or its joining
    clause), in a notice with cameras (or naming no cameras or video at all) that names a centre taking calls, says
    nothing of the video joined with the calls or dispatch (one clause joining them, `_VIDEO_JOINED`), does no work
    on the centre itself, and, its call and dispatch words and the cameras' plate reading read out, names nothing
    else the centre would fuse the video with?"""
    quotes = rule_quotes(tags, PLATFORM)
    if not quotes:
        return False
    if not any(tag.taxonomy_id in _CAMERA_TAGS for tag in tags) and _CLAUSE_CAMERAS.search(_unsaid(folded)):
        return False  # video named without cameras found: keep what was found (no cameras at all: a call centre only)
    if any(_CENTRE_QUOTE.search(words) is None or _JOINT_COMMAND.search(words) for words in quotes):
        return False
    if _CALL_CENTRE.search(folded) is None or _VIDEO_JOINED.search(folded) is not None:
        return False
    if _joined_in_a_clause(folded) or _CENTRE_WORK.search(folded) is not None or builds_centre(folded):
        return False
    if _OTHER_DATA.search(folded) is not None or _DRONES.search(folded) is not None:
        return False
    return not names_system_work(_CALL_WORDS.sub(" ", _PLATE_READING.sub(" ", left_out(folded))))
