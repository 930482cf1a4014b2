"""A buyer field's value without the address or place note written after the body's name: "Entidad contratante: GAD
Municipal del Cantón Cuenca (Azuay).", "Pouvoir adjudicateur : Communauté d'agglomération du Pays Basque, Bayonne
(Pyrénées-Atlantiques).", "Entidad: Gobierno Autónomo Descentralizado Municipal del Cantón Ambato, provincia de
Tungurahua.". A country after a comma stays (it may be part of the name as printed).

Why: tests/eval/README.md "names with their country" (20:26, part 3): a buyer's name keeps the country or place that
is part of the name as printed, but an address, department code or parenthetical note after it is left out. A field's
value often carries the seat and its province after a comma or in brackets; only a tail the gazetteer knows as a
place (or a province/department/state phrase naming one) is cut, so a name with a comma of its own ("Directorate of
Economics and Statistics, Government of Assam") or an acronym in brackets stays whole. Round 37b.
"""
from __future__ import annotations

import re

from enrich.places.gazetteer import country_of, place_key
from enrich.places.geonames import admin1_named, cities_named

# a trailing note: ", <tail>" or " (<tail>)" at the value's end
_NOTE = re.compile(r"(?:,[ \t]*(?P<comma>[^,()\n]{2,60})|[ \t]+\((?P<bracket>[^()\n]{2,40})\))[ \t.]*$")
# a region phrase naming its place ("provincia de Tungurahua", "département des Landes", "estado de Oaxaca")
# (not a district or canton: "U.S. Marshals Service, District of Arizona" names a unit by its district)
_REGION_PHRASE = re.compile(r"(?:provincia|province|departamento|département|department|estado|state|región|region)"
                            r"[ \t]+(?:de[ \t]+la|de[ \t]+los|del|des|de"
                            r"|du|of|d['’])?[ \t]*(?P<place>[^\W\d_][\w'’ .-]{1,40})", re.IGNORECASE)


def _is_place(tail: str, *, country: bool) -> bool:
    tail = tail.strip()
    phrase = _REGION_PHRASE.fullmatch(tail)
    if phrase:
        tail = phrase.group("place").strip()
    if not tail[:1].isupper():
        return False
    key = place_key(tail)
    return bool(country and country_of(tail) or admin1_named(key) or cities_named(key))


def without_place_note(text: str, start: int, end: int) -> int:
    """End of a Latin-script buyer value without up to two trailing place notes (see the module doc); ``end`` when
    the tail is no place or the name left would be a single word."""
    for _ in range(2):
        value = text[start:end]
        note = _NOTE.search(value)
        if note is None or not value[:1].isascii() and not value[:1].isalpha():
            break
        tail = note.group("comma") or note.group("bracket") or ""
        head = value[:note.start()].rstrip()
        if len(head.split()) < 2 or not _is_place(tail, country=note.group("bracket") is not None):
            # a country after a comma may be the name's own ("Ministry of Interior, Kenya"): the name keeps it
            break
        end = start + len(head)
    return end
