"""A municipality named as the body a council page, resolution or agenda is headed by.

Why a module of its own: enrich/prose_buyers.py reached the module size limit; these readers need only the text
(no cue file), so they live in a leaf it imports.

* A line holding only the municipality's name: "City of Detroit", "CITY OF BERKELEY - Office of the City Manager",
  "AYUNTAMIENTO DE MÁLAGA", "Leeds City Council - Delegated Decision Notice".
* Round 15: a sponsor segment at the head of a council record, where the municipality follows the acting body or
  the item number and closes its segment: "City Council, City of Aurora, Colorado. Approve …", "Board of
  Supervisors, County of Kern. Approve …", "Agenda Item 14. City of Toledo. A resolution …", a title "Minutes –
  Public Safety Committee, City of Cleveland". Only the title and the body's first line are read, and the name must
  open a segment (after a line start, a full stop, a comma, a colon or a dash) and end it (a full stop, the line's
  end or a dash), optionally after its state: a municipality mentioned inside a sentence ("a contract with the City
  of X") is no sponsor.
"""
from __future__ import annotations

import re

from enrich.prose_text import trimmed as _trimmed

#: The English words a municipality's name opens with ("City of Atlanta", "Town of Cary").
MUNICIPAL_UNITS = "City|Town|Village|County|Borough|Municipality|Township"

# A line that is only a municipality's name, as council pages and resolutions print it: "City of Detroit",
# "City of Austin, Texas - Financial Services Department", "CITY OF BERKELEY - Office of the City Manager",
# "AYUNTAMIENTO DE MÁLAGA", "Prefeitura Municipal de Recife", "Comune di Bergamo", "Commune de Marseille".
_MUNICIPAL_HEAD = (rf"(?:(?:{MUNICIPAL_UNITS})[ \t]+of"
                   r"|(?:Ayuntamiento|Alcald[íi]a|Municipalidad|Municipio|Prefeitura(?: Municipal)?|C[âa]mara Municipal"
                   r"|Mairie|Ville|Commune)[ \t]+d[eoa]|(?:Comune|Citt[àa])[ \t]+di"
                   r"|Gemeente|Gmina|Miasto|Stadt|Primăria(?: Municipiului)?|Grad|Općina|Opština)")
_MUNICIPAL_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<name>(?i:{_MUNICIPAL_HEAD})[ \t]+"
    r"[A-ZÀ-ÞŁŚŻĆĄĘŃÓ][\w.'’-]*(?:[ \t]+(?:[A-ZÀ-ÞŁŚŻĆĄĘŃÓ][\w.'’-]*|de|del|la|las|los|do|da|di|of|the)){0,4})"
    r"[ \t]*(?:,[ \t]*[A-Z][\w .]{1,30}?)?[ \t]*(?:[-–—|][ \t][^\n]*|\.[ \t]+(?=[A-Z])[^\n]*)?$")
# The same for a council that names itself after its town, as British and Commonwealth minutes and decision notices
# print it: "Leeds City Council - Delegated Decision Notice", "Kent County Council", "Harare City Council".
_COUNCIL_LINE = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}[ \t]+"
    r"(?:City|County|District|Borough|Town|Metropolitan Borough|Municipal|Regional|Shire|Parish)[ \t]+Council)"
    r"[ \t]*(?:[-–—|:,][ \t][^\n]*|\.[ \t]+(?=[A-Z])[^\n]*)?$")
# A sponsor segment (see the module doc): the name opens a segment and closes it, a state may follow after a comma.
_SPONSOR_SEGMENT = re.compile(
    rf"(?:^|(?<=[.,:;|])|(?<=[ \t][–—-]))[ \t]*(?P<name>(?:City and County|{MUNICIPAL_UNITS})[ \t]+of[ \t]+"
    r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}?)"
    r"(?:,[ \t]*[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)?[ \t]*(?=\.[ \t]+[A-Z]|\.?[ \t]*$|[ \t][–—-][ \t])", re.MULTILINE)


# Round 27: the city's own department that the record names as the actor of the purchase ("Resolution authorizing
# the Tacoma Police Department to enter into …", "Approve the purchase by the Baltimore Police Department of …"):
# the department buys, the city only heads the page. A department the purchase is merely "for" stays the city's
# (the labelled sets read "… for the X Police Department" either way, so that shape is left alone).
_ACTING_DEPARTMENT = re.compile(
    r"\b(?:authori[sz]\w*[ \t]+the|(?:purchase|acquisition|procurement)[ \t]+by[ \t]+the)[ \t]+"
    r"(?P<name>(?P<town>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,2})[ \t]+"
    r"(?:Police[ \t]+(?:Department|Bureau|Service)|Sheriff['’]s[ \t]+Office|Fire[ \t]+Department))"
    r"(?=[ \t]+(?:to|of|for)\b)")
# Round 29b: the same department as the subject of a sentence that buys or asks to buy ("The Oakland Police
# Department requests approval to connect …", "The Portland Police Bureau bought 120 body cameras"; set y, ab); a
# department that only "has" or "plans" something stays the city's (sets q, b).
_SUBJECT_DEPARTMENT = re.compile(
    r"(?:^|(?<=[.:;][ \t])|(?<=\n))The[ \t]+(?P<name>(?P<town>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,2})[ \t]+"
    r"(?:Police[ \t]+(?:Department|Bureau|Service)|Sheriff['’]s[ \t]+Office))[ \t]+"
    r"(?:bought|purchased|acquired|requests|requested|is[ \t]+requesting|seeks|is[ \t]+seeking)\b")


def acting_department(window: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The city's department that acts in the record, in place of a "City of X" span of the same town."""
    if not spans or "authori" not in window and " by the " not in window and "The " not in window:
        return spans
    m = _ACTING_DEPARTMENT.search(window, 0, 4000) or _SUBJECT_DEPARTMENT.search(window, 0, 4000)
    if m is None:
        return spans
    town = m.group("town")
    swapped = [m.span("name") if re.fullmatch(rf"(?:The[ \t]+)?(?:{MUNICIPAL_UNITS})[ \t]+of[ \t]+{re.escape(town)}",
                                              window[s:e], re.IGNORECASE) else (s, e) for s, e in spans]
    return list(dict.fromkeys(swapped))  # the department once, where the city stood


def municipal_line_buyers(window: str) -> list[tuple[int, int]]:
    """The municipality a council page or resolution is headed or signed by (a line holding only its name), else
    the municipality of a sponsor segment in the title or the body's first line."""
    return acting_department(window, _municipal_line_buyers(window))


def _municipal_line_buyers(window: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    # "City of Memphis" rather than "Memphis City Council" when a page prints both (the council is the city's body)
    for pattern in (_MUNICIPAL_LINE, _COUNCIL_LINE):
        for m in pattern.finditer(window[:4000]):
            s, e = _trimmed(window, *m.span("name"))
            if e - s >= 6 and not re.search(r"\d", window[s:e]):
                found.append((s, e))
        if found:
            return found
    return sponsor_buyers(window)


def sponsor_buyers(window: str) -> list[tuple[int, int]]:
    """The municipality of a sponsor segment in the title or the body's first line, body first."""
    lines = window[:1200].split("\n")[:2]
    found: list[tuple[int, int]] = []
    offset = 0
    for line in lines:
        for m in _SPONSOR_SEGMENT.finditer(line):
            s, e = _trimmed(window, offset + m.start("name"), offset + m.end("name"))
            if e - s >= 9 and not re.search(r"\d", window[s:e]):
                found.append((s, e))
        offset += len(line) + 1
    title_end = window.find("\n")
    in_body = [span for span in found if span[0] > title_end]
    return in_body[:1] or found[:1]
