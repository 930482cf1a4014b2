"""A headline's short form of a buyer yields to the lede's writing of it with its country or place (round 37).

Why: a headline shortens a body's name to fit ("Policía Nacional licita sistema AFIS", "Secretaria de Segurança lança
plataforma", "Gobernación del Valle licita cámaras"), and the lede writes the name in full, with the country or place
that is part of it as printed ("La Policía Nacional del Paraguay licita …", "A Secretaria de Segurança Pública de
Goiás lançou …", "La Gobernación del Valle del Cauca adjudicó …"). The labelling rule "names with their country"
(tests/eval/README.md, "Budgets of failed tenders; …" (3)) keeps that country or place: the lede's form is the name.
The Chinese titles' short forms have their own reader (`enrich.buyer_name_parts.body_form_first`).

What counts: the headline's name, word for word, opening a lede sentence's subject within the body's first
`_REACH` characters, then at most two more capitalised words and a phrase of place ("del Paraguay", "de Goiás", "of
the Republic of Kenya", "do Estado de São Paulo"), then a lower-case word (the verb) or a comma. Not a name whose
lede goes on with another body ("… y la Fiscalía"): only capitalised words and the place prepositions are read.
"""
from __future__ import annotations

import re

_REACH = 400  # characters of the body a lede's subject is looked for in
# After the headline's words: up to two capitalised words, then one to three place phrases of capitalised words
_PLACE_AFTER = re.compile(
    r"(?:[ \t]+[A-ZÀ-Þ][\w'’.-]*){0,2}"
    r"(?:[ \t]+(?:del|de la|de las|de los|de|do|da|dos|das|du|des|of the|of)(?:[ \t]+[A-ZÀ-Þ][\w'’.-]*){1,3}){1,3}"
    r"(?=[ \t]+[a-zà-ÿ]|,)")


def lede_form_with_place(window: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`found` with the lede's longer writing of the first span first, when that span is in the headline and the
    lede writes it on with a place (see the module doc); else `found` unchanged."""
    title_end = window.find("\n")
    if not found or title_end < 0 or found[0][1] > title_end:
        return found
    short = window[found[0][0]:found[0][1]]
    if len(short) < 6 or not short[:1].isupper():
        return found
    stop = min(len(window), title_end + 1 + _REACH)
    at = window.find(short, title_end + 1, stop)
    while at != -1:
        before_ok = at == title_end + 1 or not (window[at - 1].isalnum())
        place = _PLACE_AFTER.match(window, at + len(short)) if before_ok else None
        if place is not None:
            span = (at, place.end())
            return [span] + [s for s in found if s != span]
        at = window.find(short, at + 1, stop)
    return found
