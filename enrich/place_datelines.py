"""A news dateline written in mixed case, "Town, Region — ", is no buyer (r41b_buyers).

Why: a reporter's lede often opens with the place and its state or province in title case and a dash ("Baltimore
County, Maryland — The Baltimore County Police Department bought …", "Kent County, Mich. — The Kent County Sheriff's
Office …", "Cape Town, Western Cape — The City of Cape Town …"). `enrich.prose_text.dateline_at` knows capitals
datelines ("ACCRA - ") and a town with a full stop only, so the sentence readers took the county of the dateline
("Baltimore County", "Maricopa County") as the buyer instead of the body the sentence names after it (set aq: three
buyers, and the same shape in sets ac and r). A dateline names where, never who: a buyer span that lies inside one
is left out, and the body the lede goes on to name is read instead.

The region after the comma must be a first-level region or a country (Natural Earth / GeoNames names: "Maryland",
"Western Cape", "Antioquia") or a short abbreviation of one ("Mich.", "Colo.", "Qld", "RS", "NSW"), and the dash
must be spaced, so that a sentence such as "Kent County, Michigan, has awarded …" is not a dateline.
"""
from __future__ import annotations

import re

from enrich.places.gazetteer import country_of, place_key
from enrich.places.geonames import admin1_named

_CAPS = "A-ZÀ-ÞА-ЯЁЂ-ЏІЇЄ"
_WORD = rf"[{_CAPS}][^\W\d_]+"
_DATELINE = re.compile(rf"(?:{_WORD}|St\.|Ft\.)(?:[ \t]+{_WORD}){{0,3}},[ \t]+"
                       rf"(?P<region>{_WORD}(?:[ \t]+{_WORD}){{0,2}}|[A-Z][a-z]{{1,4}}\.|[A-Z]{{2,3}})"
                       rf"[ \t]+[–—-][ \t]+(?=[{_CAPS}«\"“])")


def _is_region(name: str) -> bool:
    """A first-level region or a country, or a short abbreviation of one."""
    if name.endswith(".") or len(name) <= 4:
        return True  # "Mich.", "Colo.", "Qld", "RS", "NSW": a state's abbreviation
    return bool(admin1_named(place_key(name)) or country_of(name))


def place_dateline_end(window: str, body: int) -> int:
    """End of a mixed-case "Town, Region — " dateline opening the body at ``body`` (0: none)."""
    match = _DATELINE.match(window, body)
    if match is None or not any(c.islower() for c in window[match.start():match.start("region")]):
        return 0  # "CITY OF TOPEKA, KANSAS — " opens a council's own record: its heading is the buyer
    return match.end() if _is_region(match.group("region")) else 0


def outside_dateline(window: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans without those lying inside the body's opening dateline ("Baltimore County" of "Baltimore County,
    Maryland — The Baltimore County Police Department …")."""
    body = window.find("\n") + 1
    if not body:
        return spans
    end = place_dateline_end(window, body)
    if not end:
        return spans
    return [(start, stop) for start, stop in spans if not body <= start < end]
