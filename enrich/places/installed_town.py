"""The town a national or regional body buys cameras for, a place mention (r41_places).

Why: a ministry, a national police or gendarmerie, an air force or a province's government buys cameras for a town
it names ("La Policía Nacional de Nicaragua compra 75 cámaras para Granada", "la Gendarmerie nationale (Colobane,
Dakar) … l'installation de caméras à Saint-Louis", "for 90 CCTV cameras in Hulhumalé"). The labelling rule places a
national body in its country only when the text names no town (tests/eval/README.md, "places of national bodies"),
and writers place such a notice in the town the cameras are for (sets ao, ap); the body's seat, written with its
address, outweighed that town. So a town right after the cameras' noun and a preposition of place weighs like a
buyer-name pattern, but only when the buyer's name is a national or regional body's: a body named for its own town
("City of Johannesburg … cameras in Soweto") keeps its town (prose.py weighs the buyer's name). Not either in a story
filed from a town ("LUANDA - … câmaras em Viana", "Dakar : la vidéosurveillance étendue à Pikine": writers place it
in the dateline's town, of which the cameras' suburb is part) nor for two towns ("para Viña del Mar y Valparaíso").
"""
from __future__ import annotations

import re

from enrich.model import Span
from enrich.places.gazetteer import place_key
from enrich.places.geonames import cities_named
from enrich.places.names import NAME
from enrich.prose_text import dateline_at

WEIGHT = 6.0

# A national or regional body, by the words of its name (en, fr, es, pt, it, de)
_BODY = re.compile(
    r"(?i)(?<![^\W\d_])(?:national|nationale|nacional|nazionale|federal|fédérale?|ministry|ministère|ministerio"
    r"|ministério|ministero|bundes\w{0,12}|gendarmerie|home office|air force|fuerza aérea|força aérea|armée|army"
    r"|ejército|exército|carabineros|guardia civil|gobernación|gobierno regional|governorate|gouvernorat"
    r"|conseil départemental|conseil régional|département|provincial government|regional government)(?![^\W\d_])")
# The cameras, a preposition of place and, at most, the part of the town they watch; then the town's name
_DESTINATION = re.compile(
    r"(?<![^\W\d_])(?:[Cc]ámaras?|[Cc]âmeras?|[Cc]âmaras?|[Cc]améras?|[Cc]ameras?|CCTV|[Vv]ideovigilancia"
    r"|[Vv]idéosurveillance|[Vv]idéoprotection|[Vv]ideomonitoramento|[Vv]ideovigilância|[Vv]ideosorveglianza"
    r"|[Cc]ircuito cerrado|closed-circuit television)"
    r"(?:[ \t][^\n.;:!?()]{0,60}?)?[ \t](?:in|at|for|across|throughout|à|pour|dans|en|para|em|no|na|a|per)[ \t]"
    r"(?:(?:the|el|la|los|las|le|les|o|os|as)[ \t])?"
    r"(?:(?:city|town|centre|center|streets|old town|ciudad|municipio|casco histórico|centro histórico|centro"
    r"|comisarías|calles|distrito|ville|commune|cidade|município|quartier|città|comune)[ \t]"
    r"(?:of|de|del|da|do|di|d['’])[ \t]?(?:la[ \t]|l['’])?)?"
    + "(?>" + NAME + ")" + r"(?![ \t]+(?:y|e|et|and|und|i|ou|o|or)[ \t]+[A-ZÀ-Þ])")
_LIST = re.compile(r"[ \t](?:y|e|et|and|und|i)[ \t]")  # two towns joined ("Viña del Mar y Valparaíso")
# A title opening with a town ("Díli: …", "Bridgetown — …"), as prose.py reads a dateline in the title
_TITLE_TOWN = re.compile(r"[ \t]*([^\W\d_][\w'’.-]*(?:[ \t][^\W\d_][\w'’.-]*){0,2})[ \t]*(?::|[–—-][ \t])")


def installed_towns(window: str, buyer: Span | None) -> list[tuple[int, int, float]]:
    """(start, end, weight) of each town ``window`` says the cameras are for, when the buyer is a national or
    regional body; otherwise none."""
    if buyer is None or not buyer.text or not _BODY.search(buyer.text) or _filed_from_a_town(window):
        return []
    return [(m.start("name"), m.end("name"), WEIGHT) for m in _DESTINATION.finditer(window)
            if not _LIST.search(m.group("name"))]


def _filed_from_a_town(window: str) -> bool:
    title_end = window.find("\n")
    if title_end != -1 and dateline_at(window, title_end + 1):
        return True
    title = _TITLE_TOWN.match(window)
    return bool(title and cities_named(place_key(title.group(1))))
