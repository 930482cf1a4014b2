"""Which of two same-named towns in different countries a notice means, by the local government bodies it names
(round 42, places).

Why: a big town is often spelled like a town elsewhere (Barcelona and Valencia in Spain and Venezuela, Córdoba in
Spain and Argentina, Paris in France and Texas, San José in Costa Rica and California), and when the text gave no
money, phone or country clue the prose reader refused both. The bodies a reporter names beside the town tell them
apart: an "Ayuntamiento" or "Guardia Urbana" is Spain's (or Mexico's), not Venezuela's (an Alcaldía); a
"Municipalidad" is Costa Rica's or Peru's, not California's; a "Mairie" is of a French-speaking country, not of Texas.
The reviewed table enrich/data/local_bodies.csv lists each body with every country that uses the name; a choice is
made only when the bodies named leave exactly one country among the close readings - never to place a notice alone.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from enrich.cache import table
from enrich.places.gazetteer import read_table


class _Reading(Protocol):
    country: str


class _Scored(Protocol):
    country: str
    level: str
    score: float


_R = TypeVar("_R", bound=_Reading)
_S = TypeVar("_S", bound=_Scored)


@table()
def _bodies() -> list[tuple[re.Pattern[str], frozenset[str]]]:
    return [(re.compile(rf"(?<![\w'’])(?:{row['pattern']})(?![\w'’])"), frozenset(row["countries"].split(",")))
            for row in read_table("local_bodies.csv")]


def _allowed(text: str, window: int = 4000) -> frozenset[str] | None:
    """The countries every local body named in ``text`` allows; None when it names none."""
    allowed: frozenset[str] | None = None
    head = text[:window]
    for pattern, countries in _bodies():
        if pattern.search(head):
            allowed = countries if allowed is None else allowed & countries
    return allowed


def local_body_choice(text: str, readings: Sequence[_R]) -> _R | None:
    """The one reading (best first in ``readings``) whose country every local body named in ``text`` allows, when
    the bodies leave exactly one of the readings' countries; else None."""
    allowed = _allowed(text)
    countries = {r.country for r in readings} & allowed if allowed is not None else set()
    if len(countries) != 1:
        return None
    return next(r for r in readings if r.country in countries)


def uncontradicted(text: str, top: _S, candidates: Sequence[_S], threshold: float) -> _S:
    """``top``, unless the local bodies the notice names rule its country out and a reading of an allowed country at
    the same level is well supported too ("El Ayuntamiento de Córdoba": Spain's Córdoba, not Argentina's)."""
    allowed = _allowed(text)
    if allowed is None or top.country in allowed:
        return top
    return next((c for c in candidates if c.country in allowed and c.level == top.level and c.score >= threshold),
                top)
