"""Cameras joined to an emergency call or operations centre that already exists are cctv, not a platform.

Why (round 37b, tags; labelling rule "Platform: connected cameras, monitoring rooms and capture cameras", first
bullet): a notice that buys cameras "whose feeds will display in the existing 9-1-1 communications center", "камеры
подключены к существующему центру обработки вызовов 112", "75 kamerayı mevcut 112 Acil Çağrı Merkezi'ne bağlamak",
"câmeras … ligadas ao centro integrado de operações já existente" buys the cameras, not the centre. `camera_upkeep`
reads such joins only where the platform evidence is the system's bare name or a joining clause of its own list, and
takes the centre's own name ("call", "acil çağrı": calls) for fusion with calls. Here the centre is said to exist
already, so its name - calls included - is only where the cameras are watched; anything else the notice would fuse
the feeds with (dispatch, software, records, recognition, other agencies: `camera_upkeep.names_system_work`) or a
centre it builds keeps the platform.

Counted before writing (rules only, every development set): cameras joined to an existing 9-1-1 / 112 / integrated
operations centre are labelled cctv only in aj (1, already read so) and am (4); texts where such a centre fuses 911
calls with the feeds (12q, ac, ag, aj, al, am, f, l: 12 notices) are labelled a platform and name the fusion.
"""
from __future__ import annotations

import re

from enrich.classify.camera_upkeep import builds_centre, names_system_work
from enrich.classify.rule_quotes import rule_quotes
from enrich.model import TechTag

PLATFORM = "surveillance_platform"

#: A platform quote that names only the centre (or the clause joining the cameras to it).
_CENTRE_QUOTE = re.compile(
    r"(?:cent(?:re|er)|центр\w*|merkez\w*|centro integrado de (?:operacoes|operaciones|comando)"
    r"(?: de defesa social| de seguranca)?)$")
#: r38b_tags: a platform quote that names only the programme or emergency system the cameras join, where the
#: notice says the centre they join exists already ("30 cameras … connect to the existing Huawei safe city centre",
#: "cámaras … conectadas a su centro existente" of the Sistema Nacional de Emergencias 911, "Коопсуз шаар" cameras
#: "учурдагы борборго туташтырылат", سیف سٹی cameras "موجودہ کمانڈ سینٹر سے منسلک").
_SYSTEM_QUOTE = re.compile(
    r"^[«\"“']?(?:safe cit(?:y|ies)|коопсуз шаар\w*|безопасн\w* город\w*|xavfsiz shahar\w*|سیف سٹی"
    r"|sistema nacional de (?:atencion a )?emergencias(?: y seguridad)?(?: 9-?1-?1)?"
    r"|sistemas? (?:de emergencias )?9-?1-?1"
    r"|ecu ?911|servicio integrado de seguridad(?: ecu ?911)?)"
    r"[»\"”']?$")
#: The centre's own name, calls included (its words are no fusion once the centre exists already).
_CENTRE_NAME = re.compile(
    r"(?:9-?1-?1|\b911|\b112|\be-?911)? ?(?:emergency )?(?:communications?|call|emergency call|dispatch)"
    r" cent(?:re|er)s?\b|центр\w* обработки вызовов(?: 112)?|(?:112 )?acil cagr\w* merkez\w*")
#: Cameras joined to a centre said to exist already.
_EXISTING_JOIN = re.compile(
    # en: "feeds will display in the existing 9-1-1 communications center", "connected to the existing 911 centre"
    r"\b(?:connect|link|integrat|display|feed|fed|tie|tied|wire|join|stream|show)\w*[^.;\n]{0,30}?"
    r"\b(?:the |its |their )?existing\b[^.;\n]{0,40}?\b(?:cent(?:re|er)|(?:operations|control|monitoring) room)\b"
    # pt/es: "ligadas ao centro integrado de operações de defesa social já existente"; r39b_tags: the future "que se
    # enlazarán al centro zonal ECU 911 existente", "se conectarão ao centro … existente"
    # r42b_tags: the present "las cámaras se enlazan al centro zonal existente", "se conectam ao centro … existente"
    r"|\b(?:conectad|enlazad|ligad|integrad|vinculad|interligad|conectar|enlazar|vincular|ligar|conectan|enlazan"
    r"|vinculan|conectam|ligam|interligam)\w*[^.;\n]{0,15}?"
    r"\b(?:a|al|ao|a la)\b"
    r" (?:(?:su|sus|seu|sua) )?(?:centro|sala)[^.;\n]{0,70}?\b(?:ja existente|existente|que ya existe)\b"
    # ru: "подключены к существующему центру обработки вызовов"
    r"|подключ\w*[^.;\n]{0,20}?существующ\w* (?:[^\W\d_]+ )?центр"
    # tr: "mevcut 112 Acil Çağrı Merkezi'ne bağlamak"
    r"|\bmevcut\b[^.;\n]{0,30}?merkez\w*[^.;\n]{0,6}?bagla\w*"
    # r38b_tags: en "feeds will be viewable by dispatchers at the existing 9-1-1 center"; ky "учурдагы борборго
    # туташтырылат" (joined to the existing centre); ur "موجودہ کمانڈ سینٹر سے منسلک" (linked to the existing centre)
    r"|\bfeeds?\b[^.;\n]{0,25}?\b(?:viewable|visible|watched|monitored)\b[^.;\n]{0,30}?\bexisting\b[^.;\n]{0,30}?"
    r"\bcent(?:re|er)\b"
    r"|учурдагы борбор\w* (?:туташ|кош)\w*|موجودہ (?:[^\s.،۔]+ ){0,2}سینٹر (?:سے|کے ساتھ) منسلک")


def cameras_joined_to_existing_centre(folded: str, tags: list[TechTag]) -> bool:
    """Is every platform tag (at least one, of the rules) only a centre's name or the clause joining cameras to it,
    in a notice with cameras (cctv) that joins them to a centre said to exist already, builds no centre and names
    nothing the centre would fuse them with beyond its own name?"""
    quotes = rule_quotes(tags, PLATFORM)
    if not quotes or not any(tag.taxonomy_id == "cctv" for tag in tags):
        return False
    if any(_CENTRE_QUOTE.search(words) is None and _SYSTEM_QUOTE.search(words) is None for words in quotes):
        return False
    if _EXISTING_JOIN.search(folded) is None or builds_centre(folded):
        return False
    return not names_system_work(_CENTRE_NAME.sub(" ", folded))
