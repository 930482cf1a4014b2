"""A country written as the seat of a public body ("<body> of / in / du / de <country>"), a country clue (r36b).

Why: prose names a national body by the country it serves, after the body's noun: "the Road Transport Authority in
Bhutan", "the Parliament of South Africa", "Ministère de l'Intérieur du Maroc", "Policía Nacional de Colombia",
"Ministério da Justiça de Angola". A country named once anywhere in a text weighs only 2 (signals.py: a study or a
fair names countries as the scene), so such a notice was left without a country though it says where its body is
(set al: three notices). Only a country right after the noun of a body that governs, polices, legislates or serves
the public counts, like a country's adjective before one (demonyms.py), and weighs the same; a vendor's home
("Hikvision of China", "cameras from Israel") is no body's seat.
"""
from __future__ import annotations

import re

from enrich.cache import table
from enrich.fastscan import Prefixed
from enrich.model import Span
from enrich.places.gazetteer import _country_names, place_key

WEIGHT = 4.0

# The body's noun (its last word before the preposition) and the preposition: en, fr, es, pt, it, de
_SEAT = re.compile(
    r"(?<![^\W\d_])(?:[Mm]inistr(?:y|ies)|Police|Gendarmerie|Constabulary|Bureau|Department|Directorate|Agency"
    r"|Authority|Parliament|Senate|Congress|Government|Cabinet|Presidency|Council|Commission|Assembly|Office"
    r"|Service|Force|Guard|Interior|Home Affairs|Justice|Defen[cs]e|Ministère|Intérieur|Gouvernement|Assemblée"
    r"|Ministerio|Ministério|Gobierno|Governo|Policía|Polícia|Nacional|Nationale?|Federal|Fédérale?"
    r"|Asamblea|Assembleia|Congreso|Senado|Ministero|Polizia|Bundespolizei|Innern|Regierung|Parlament)"
    r"(?=[ \t]+(?:of|in|du|de(?:[ \t]+la)?|del|do|da|des|der|di|della|dello)[ \t]+(?:the[ \t]+|l['’])?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][^\W\d_'’-]+(?:[ \t]+(?:and[ \t]+)?[A-ZÀ-ÖØ-Þ][^\W\d_'’-]+){0,3}))")
# (the preposition and the name are looked ahead: "Ministère de l'Intérieur du Maroc" reads "Intérieur du Maroc" too)


@table()
def _seat_scan() -> Prefixed:
    return Prefixed(_SEAT)  # (an automaton finds where the nouns start: a plain scan cost 0.25 ms a notice)


# Country names that are also a US state, whose bodies write it the same way ("Sheriff's Office in Georgia")
_ALSO_STATES = frozenset({"georgia"})


def seat_clues(window: str) -> list[tuple[str, Span]]:
    """(country, the country name's span) for each country written as a public body's seat in ``window``, first
    mention each; the longest run of words that names a country counts ("South Africa", not "South")."""
    names = _country_names()
    found: dict[str, Span] = {}
    for m in _seat_scan().finditer(window):
        words = m.group("name").split()
        for n in range(len(words), 0, -1):
            phrase = " ".join(words[:n])
            key = place_key(phrase)
            code = names.get(key) if len(phrase) > 3 and key not in _ALSO_STATES else None
            after = m.start("name") + len(phrase)
            if code and window[after:after + 1] in ("-", "‐", "–"):
                code = None  # "de Guiné-Bissau": not Guinea
            if code:
                if code not in found:
                    start = m.start("name")
                    found[code] = Span(start, start + len(phrase), window[start:start + len(phrase)])
                break
    return list(found.items())
