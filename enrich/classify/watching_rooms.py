"""A monitoring or control room, or a video platform, that the text says only watches, shows or stores camera video
is cctv, not a surveillance platform.

Why (round 43; labelling rules "Platform: connected cameras, monitoring rooms and capture cameras", second bullet, and
"Gathering alerts; integrated control centres …" (2)): a room that only watches camera feeds (a CCTV control room, a
Safe City control room whose "operators only watch", a centro integrado that "monitoriza 1.300 câmeras", a
видеонаблюдение platform that "только хранит и показывает видео") is `cctv` only, also when it gathers the cameras of
several agencies; it is a platform when the text says it analyses the video to pick or flag events or joins it with
dispatch, police data or other sources. The round-28 cues read such a room's or programme's name as a platform;
this module says when that name is all the platform evidence a notice has and the text says the room watches (or
only stores and shows) the cameras and names nothing it would analyse or fuse them with.

Counted before writing (development labels from set af on, rules of the start engine): ak-0571, aq-0314 and ar-0618
(ru pt en) are labelled cctv only and were read a platform.
"""
from __future__ import annotations

import re

from enrich.classify.camera_upkeep import names_system_work
from enrich.classify.dispatch_centres import left_out
from enrich.classify.rule_quotes import rule_quotes
from enrich.model import TechTag

PLATFORM = "surveillance_platform"

#: A platform quote naming only a monitoring or control room, an integrated monitoring centre, a Safe City (its
#: control room) or a video surveillance platform.
_ROOM_QUOTE = re.compile(
    r"^(?:(?:the|a|its|o|do|da|el|la|del) )?(?:(?:cctv|video|camera|safe city|surveillance) )?(?:control|monitoring"
    r"|surveillance|viewing) (?:room|cent(?:re|er))s?$|^safe cit(?:y|ies)(?: control)?$|^безопасн\w* город\w*$"
    r"|^(?:o |do |ao )?centro integrado de (?:seguranca publica|monitoramento|videomonitoramento|monitoreo)$"
    r"|^(?:la |el )?(?:sala|centro) de (?:monitoreo|videovigilancia|monitoramento)$"
    r"|^centre de supervision(?: urbaine)?$"
    r"|^платформ\w* видеонаблюдени\w*$|^통합관제센터$|^統合監視センター$|^监控(?:中心|室)$")
#: The text says the room or platform only watches, shows or stores the video, or watches the cameras it names.
_WATCHES = re.compile(
    r"\b(?:only|just|merely|solely) (?:watch|monitor|view|display|show|store|record)\w*|\bno (?:video )?analytics\b"
    r"|\b(?:watch|monitor|view)\w* (?:the |its |some |over )?[\d.,]+ (?:\w+ )?cameras\b"
    r"|\b(?:solo|unicamente|apenas|somente) (?:monitore|monitora|vigila|visualiza|observa|almacena|armazena|muestra"
    r"|exibe|grava|graba)\w*"
    r"|\b(?:monitoriza|monitora|vigila|visualiza) (?:as |las |los |os )?[\d.,]+ (?:camaras|cameras)"
    r"|\bne (?:fait|font) que (?:regarder|visionner|surveiller|stocker|afficher|enregistrer)"
    r"|\bтолько (?:хранит|храня|показыва|наблюда|отобража|просматрива|запис)\w*"
    r"|仅(?:做|用于|供|作)?(?:视频)?(?:监看|查看|调阅|存储|显示|上墙)|(?:모니터링|관제)만|(?:監視|表示|録画)のみ")
#: Analysis of the video that picks or flags events (besides `names_system_work`'s fusion and work on the room).
_ANALYSES = re.compile(
    r"\balarms?\b|\bflag\w*|\bdetect\w*|\bsearch\w*|\bstructur\w*|alarma|alerta|alarme|alerte|deteccion|deteccao"
    r"|тревог|обнаружен|поиск|распозна|分析|结构化|告警|预警|检索|분석|선별|알람|解析|検知|検索")


def room_watches_only(folded: str, tags: list[TechTag]) -> bool:
    """Is every platform tag (at least one, of the rules) only a monitoring room's, a Safe City's or a video
    platform's name, in a notice with cameras (cctv) that says the room watches them (or only shows and stores their
    video) and names nothing it would analyse, fuse or join them with, nor work on its software?"""
    quotes = rule_quotes(tags, PLATFORM)
    if not quotes or not any(tag.taxonomy_id == "cctv" for tag in tags):
        return False
    if any(_ROOM_QUOTE.search(words) is None for words in quotes):
        return False
    if _WATCHES.search(folded) is None:
        return False
    rest = left_out(_WATCHES.sub(" ", folded))
    return _ANALYSES.search(rest) is None and not names_system_work(rest)
