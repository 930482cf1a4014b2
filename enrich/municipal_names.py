"""A town's own body named anywhere in running prose, read when no sentence reading names a buyer (round 35b).

Why: news and decisions written by others name the town's body as the object of someone else's act, or as the
subject of a verb no cue list holds: "La AEPD sancionó al Ayuntamiento de Badalona", "Il Garante ha sanzionato il
Comune di Como", "La CNIL a mis en demeure la commune de Nîmes", "la Contraloría observó que la Municipalidad de
Puente Alto pagó", "Le conseil municipal de Vierzon décide …", "De gemeenteraad van Zwolle stemde in met …",
"Der Stadtrat Winterthur bewilligt …". The sentence readers (enrich/buyer_subjects.py) miss them, and a text about
a town's cameras that names its town's body has that body as its buyer (tests/eval/README.md: the body as written,
its article dropped, its case kept).

These names carry a fixed head and the town after it, so they know where they end: the town is one to four words
in capitals, joined by "de", "di", "do", "da", "del", "van" … only where a capital word follows ("Municipalidad de
San Juan de Lurigancho"). They are a last resort (enrich/prose_parties.py, enrich/oversight_buyers.py): the body
text's first such name, else the title's.
"""
from __future__ import annotations

import re

_TOWN_WORD = r"[A-ZÀ-ÞĀ-Ž][\w'’-]+"
_TOWN_JOINER = r"(?:de|del|de[ \t]+la|de[ \t]+los|di|do|da|dos|das|van|aan[ \t]+den|am|an[ \t]+der|sur|en|-)"
_TOWN = rf"{_TOWN_WORD}(?:(?:[ \t]+{_TOWN_JOINER}[ \t]+|[ \t]+|-){_TOWN_WORD}){{0,3}}"
_MUNICIPAL_NAME = re.compile(
    r"(?<![\w-])(?P<org>(?:"
    # es: Ayuntamiento de Badalona, Municipalidad (Provincial) de Arequipa, Alcaldía de Medellín, Intendencia de X
    r"(?:Ayuntamiento|Municipalidad(?:[ \t]+(?:Provincial|Distrital|Metropolitana))?|Alcald[íi]a|Intendencia)"
    r"[ \t]+(?:de|del)"
    # pt: Prefeitura (Municipal) de Curitiba, Câmara Municipal do Porto
    r"|(?:Prefeitura(?:[ \t]+Municipal)?|C[âa]mara[ \t]+Municipal)[ \t]+(?:de|do|da|dos|das)"
    # it: Comune di Como; fr: commune de Nîmes, conseil municipal de Vierzon, mairie de X
    r"|Comune[ \t]+di|[Cc]ommune[ \t]+d(?:e|['’])|[Mm]airie[ \t]+d(?:e|['’])"
    # a council as where a debate took place is no actor: "Au conseil municipal de X, l'opposition a demandé …"
    r"|(?<![Aa]u[ \t])(?<![Ii]n[ \t]de[ \t])(?:[Cc]onseil[ \t]+municipal[ \t]+d(?:e|['’])|[Gg]emeenteraad[ \t]+van)"
    # nl: gemeenteraad van Zwolle, gemeente Zwolle; de: Stadtrat / Gemeinderat / Stadtverwaltung Winterthur
    r"|[Gg]emeente"
    rf")[ \t]*{_TOWN}"
    # de: one town word only, as German writes every noun in capitals ("Der Stadtrat Kameras …" is no town)
    rf"|(?:Stadtrat|Gemeinderat|Stadtverwaltung)[ \t]+{_TOWN_WORD}(?:[ \t]+(?:am|an[ \t]+der)[ \t]+{_TOWN_WORD})?)")
_SCAN = 3000  # a town's body is named in a text's first paragraphs


def municipal_names(window: str) -> list[tuple[int, int]]:
    """Spans of a town's body named with a fixed head: the body text's first, else the title's (first line)."""
    title_end = window.find("\n")
    found = [m.span("org") for m in _MUNICIPAL_NAME.finditer(window, 0, _SCAN)]
    found = [(start, end - 1 if window[start:end].endswith("-") else end) for start, end in found]
    in_body = [span for span in found if span[0] > title_end]
    return in_body[:1] or found[:1]
