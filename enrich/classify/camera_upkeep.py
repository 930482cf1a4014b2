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

from enrich.model import TechTag
from enrich.text import fold

PLATFORM = "surveillance_platform"

#: A platform tag whose evidence is only the emergency system's name.
_SYSTEM_NAME = re.compile(
    r"^(?:(?:el|del|al|the) )?(?:servicio integrado de seguridad|(?:(?:servicio integrado de seguridad|sistema"
    r"(?: nacional)?(?: de emergencias)?) )?(?:ecu ?911|9-?1-?1|c[45]i?)(?: municipal)?)$")

#: The cameras (or camera points) maintained, monitored, replaced or bought: the notice's object.
_CAMERA_UPKEEP = re.compile(
    # es, pt: maintenance, monitoring or replacement of (N) cameras / video-surveillance points
    r"(?:mantenimiento|manutencao|monitoreo|monitoramento|reemplazo|sustitucion|reposicion|renovacion|substituicao)"
    r"(?: (?:preventivo|correctivo|preventiva|corretiva|y|e|integral))* (?:de|a|das|dos|de las|de los) "
    r"(?:[\d.,]+ )?(?:camaras|cameras|puntos|postes|equipos)(?: (?:de|marca) [\w ]{0,30})?"
    # en: maintains / replaced / buys N cameras
    r"|(?:maintain(?:s|ed|ing)?|maintenance of|replac(?:e|es|ed|ing)|buys?|bought|purchas(?:e|es|ed|ing)) "
    r"(?:the |its |new )?(?:[\d,]+ )(?:new )?(?:cctv |surveillance |security )?cameras\b"
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
    platform = [tag for tag in tags if tag.taxonomy_id == PLATFORM]
    if not platform or any(tag.rule_id.startswith("model/") for tag in platform):
        return False
    if any(_SYSTEM_NAME.search(fold(tag.evidence.text).strip()) is None for tag in platform):
        return False
    if _CAMERA_UPKEEP.search(folded) is None:
        return False
    return _PLATFORM_WORK.search(_SYSTEM_WORDS.sub(" ", folded)) is None
