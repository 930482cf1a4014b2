"""Recognition live on a public place's video is cctv too (labelling rule "Cameras under a recognition system").

tests/eval/README.md (round 40): a face, gait, ethnicity or other person-recognition system is also `cctv` when the
text says it works on live video of public or shared space: recognition run on a named camera network ("the feature
ran on 80 street cameras", 既有監視器加裝步態辨識, 对全县视频中的人员…), or live recognition of passers-by in a public
place ("scan fans arriving at the stadium", Echtzeit-Gesichtserkennung am Bahnhof, 在车站出口识别并报警, 对出入县城的
人员进行识别布控), which cannot happen without cameras watching the place even when none is named. The cue rules read
cameras only where a camera word stands in a purchase; this module gives cctv, quoting the words that say where the
recognition watches, when the rules read a recognition of people and no cctv.

Not when the images are taken at a counter, gate, door or terminal (identity checks, access control, attendance,
boarding gates: the same sentence names one), nor when the video searched is recorded footage (the "Recorded footage"
rule: the sentence names footage, recordings or archives).

Counted before writing (round 40, all 43 development sets, model on): 3786 notices carry a face, gait or ethnicity
label, 2409 of them cctv; the engine disagreed with the cctv label on 196 (88 missed, 108 extra). This module gives
cctv to 9 (ag, ak ×4, al ×2, am, an: all labelled cctv) and to one older label without it (v, a gait pilot in metro
stations: cctv by the rule, a dispute). Round 41 (r41_tags) adds recognition added to or run over a count of named
cameras (en) and recognition on checkpoint cameras already up or joined to cameras (zh): see `_ON_CAMERAS`; model on,
every development set: cctv for aj-0014, ak-0065, ae-0070 (labelled cctv) and for three labels written before the rule
without it (ag-0076 卡口抓拍人员, s-031 现有人脸卡口, ad-103 an audit of a checkpoint module: disputes). Not a
检查站 (an inspection station's identity checks are images taken at a gate).

Patterns read folded text (`enrich.text.fold`: lower case, no accents, simplified Chinese; same length as the text).
"""
from __future__ import annotations

import re

from enrich.model import Span, TechTag

CCTV = "cctv"

#: Recognition of people (not plates: plate readers alone are no cctv).
PEOPLE_RECOGNITION = frozenset({"facial_recognition", "gait_recognition", "ethnicity_analytics"})

#: Live, real-time (many languages).
_LIVE = (r"(?:\blive\b|real[- ]?time|echtzeit|en tiempo real|em tempo real|en temps reel|en direct|in tempo reale"
         r"|в реальном времени|в режиме реального времени|实时|即时|动态|リアルタイム|실시간|في الوقت الحقيقي"
         r"|secara real[- ]?time|theo thoi gian thuc)")

#: A public or shared place whose passers-by are recognised.
_PLACE = (r"(?:\b(?:stations?|stadiums?|streets?|squares?|plazas?|high street|town cent(?:re|er)|city cent(?:re|er)"
          r"|shopping cent(?:re|er)s?|concerts?|festivals?|carnival|crowds?|passers-?by|pedestrians|commuters"
          r"|fans|shoppers|protest\w*|rall(?:y|ies)|(?:haupt)?bahnhof\w*|innenstadt|strassen?|platz|fussgangerzone|gare\b"
          r"|place publique|rues?\b|manifestation|estacion(?:es)?|estadio|calles?|plaza|centro historico|estacao"
          r"|ruas?\b|praca|вокзал\w*|станци\w*|метро|улиц\w*|площад\w*|митинг\w*)"
          r"|火车站|汽车站|车站|广场|街道|路口|商圈|步行街|景区|地铁站|駅|街头|繁华街|지하철역|기차역|광장|المحطة|الشوارع|الملاعب)")

#: en and others: live recognition in a public place, or scanning its passers-by, in one sentence.
_LIVE_PLACE = re.compile(
    _LIVE + r"[^.;!?\n。；！？]{0,80}?" + _PLACE + r"|" + _PLACE + r"[^.;!?\n。；！？]{0,80}?" + _LIVE
    + r"|\bscan(?:s|ned|ning)? (?:the )?(?:faces of )?(?:passers-?by|crowds?|fans|pedestrians|commuters|shoppers"
    r"|travell?ers|passengers (?:on|at|in) (?:the )?(?:platform|station|concourse)s?)")

#: Recognition run on a named camera network: "ran on 80 street cameras", "runs on the city's CCTV".
_ON_CAMERAS = re.compile(
    r"\b(?:ran|runs?|running|deployed|installed|operat\w+) on (?:its |their |the |all |\d[\d,]* )(?:[\w'-]+ ){0,3}?"
    r"(?:street|city|public|town|station|cctv|surveillance|police) (?:cameras?|cctv)\b"
    # zh-Hant and zh: recognition fitted to cameras already up (既有監視器加裝…, 在…监控上加装)
    r"|(?:既有|现有|已建)(?:的)?监视器(?:上)?(?:加装|部署|安装|增设)"
    # zh: recognition run over the video of a whole county, city or district (对全县视频中的人员…)
    r"|对(?:全县|全市|全区|全州|县城|城区|市区|全镇)(?:公共)?(?:监控|视频|监控视频)(?:中|里)的?(?:人员|行人)"
    # zh: recognition joined to the video of a town or county (接入城区视频, 接入全县监控视频)
    r"|接入(?:全县|全市|全区|县城|城区|市区|全镇)(?:公共)?(?:监控|视频|监控视频)"
    # r41: recognition added to or run over a number of named cameras ("added … to 80 existing CCTV cameras", "for 60
    # checkpoint cameras", "across 500 cameras", "on 300 cameras in Bukit Bintang")
    r"|\b(?:to|on|for|across|over) (?:its |their |the |all )?(?:\d[\d,.]*|hundreds of|thousands of) "
    r"(?:existing |installed |current |street |city |public |checkpoint |station |police |surveillance |cctv "
    r"|security ){0,3}(?:cameras|cctv)\b"
    # r41 zh: recognition on checkpoint cameras already up or joined to cameras (在现有人脸卡口增加…,
    # 接入乡镇卡口摄像机, 对卡口抓拍人像进行…)
    r"|(?:现有|既有|已建)(?:的)?人脸卡口|接入[^，。；、]{0,8}?(?:卡口)?(?:摄像机|摄像头)"
    r"|(?:卡口|摄像机|摄像头)抓拍(?:的)?(?:人像|人员|人脸)")

#: zh: recognition at a public place, or of the people going in and out of a town (在车站出口识别, 对出入县城的人员).
_ZH_PLACE = re.compile(
    r"在(?:火车站|汽车站|客运站|车站|广场|街道|路口|商圈|步行街|景区|地铁站|集市|市场)[^，。；、]{0,8}?"
    r"(?:识别|比对|布控|抓拍)"
    r"|对(?:出入|进出|途经|过往|往来)(?:县城|城区|市区|城市|本县|本市|辖区|[\u4e00-\u9fff]{1,4}(?:县|市|镇))"
    r"[^，。；]{0,12}?(?:人员|行人|人群)[^，。；]{0,8}?(?:识别|比对|布控)")

#: zh, no preposition: a public place named right before the recognition, as a headline or an item compounds them
#: (地铁站步态识别, 商圈人脸布控, 景区出入口人脸识别比对布控, 火车站民族识别系统). Round 41b: aq's missed cctv on
#: three such station, mall and scenic-area deployments; ticket and entry checks at such a place are no cctv
#: (`_TICKET_CHECK`).
_ZH_PLACE_COMPOUND = re.compile(
    r"(?:火车站|高铁站|汽车站|客运站|车站|地铁站|地铁口|广场|步行街|商圈|景区|集市|农贸市场|街道|路口)"
    r"[^，。；、,;.\n]{0,8}?(?:人脸|人像|步态|民族)[^，。；、,;.\n]{0,4}?(?:识别|比对|布控|抓拍)")

#: zh: faces checked as tickets, entries or identities at such a place (验票, 入园, 测温通道, 人证核验): a gate.
_TICKET_CHECK = re.compile(r"验票|检票|售票|购票|入园|通道|测温|核验|实名|登记|支付")

#: A counter, gate, door or terminal where faces are checked, or recorded footage searched: then no cctv.
_NOT_LIVE = re.compile(
    r"\bgates?\b|e-?gates?|turnstile|door|counter|kiosk|terminal|attendance|access control|check-?in|boarding"
    r"|booking photos?|mugshot|custody|enrol|footage|recording|recorded|archiv|uploaded"
    r"|门禁|闸机|考勤|窗口|人证|通道闸|录像|历史视频|门口|ゲート|窓口|게이트|출입|portique|guichet|puerta|porta\b"
    r"|torniquete|catraca|drehkreuz|schalter|eingang|tur\b|grabaci|gravac|enregistr|aufzeichnung|запис|турникет"
    r"|проходн")

_SENTENCE_END = re.compile(r"[.;!?\n。；！？]")


def live_recognition_cameras(text: str, folded: str, tags: list[TechTag]) -> TechTag | None:
    """A cctv tag quoting where a recognition of people watches live (a public place, its passers-by, a named camera
    network), when the rules read such a recognition and no cctv and that sentence names no gate, counter, door,
    terminal or recorded footage; else None."""
    found = {tag.taxonomy_id for tag in tags}
    if CCTV in found or not found & PEOPLE_RECOGNITION:
        return None
    for pattern in (_ON_CAMERAS, _ZH_PLACE, _LIVE_PLACE, _ZH_PLACE_COMPOUND):
        for match in pattern.finditer(folded):
            start, end = _sentence(folded, match.start(), match.end())
            if _NOT_LIVE.search(folded, start, end) is None and (
                    pattern is not _ZH_PLACE_COMPOUND or _TICKET_CHECK.search(folded, start, end) is None):
                return TechTag(CCTV, Span(match.start(), match.end(), text[match.start():match.end()]),
                               "cctv/any/live_recognition")
    return None


def _sentence(folded: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end) (bounded to 300 characters either side)."""
    lo = max(0, start - 300)
    ends = [m.end() for m in _SENTENCE_END.finditer(folded, lo, start)]
    lo = ends[-1] if ends else lo
    after = _SENTENCE_END.search(folded, end, min(len(folded), end + 300))
    return lo, after.start() if after else min(len(folded), end + 300)
