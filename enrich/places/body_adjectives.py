"""A country's adjective written after a public body's noun in Spanish, French or Portuguese, as a country clue
(r41b_places).

Why: these languages put the adjective after the noun ("Policía Nacional paraguaya", "Ejército Argentino",
"Gendarmerie nationale sénégalaise", "ministère de l'Intérieur tunisien", "Polícia Federal brasileira"), and a
notice naming its buyer so often names nothing else of its country: Spanish is written in twenty countries, French
in thirty, so the language is no clue and the notice was left without a place (set aq: "El Ejército Argentino
adquirió …"). The English order ("Paraguayan National Police") is demonyms.py's. An adjective alone is no clue
("cámaras chinas", "une société française" name a vendor's home), so only one right after the noun of a body that
governs, polices, legislates, judges or defends counts, with at most two qualifiers between ("Nacional Civil",
"nationale") or one complement ("del Interior", "de l'Intérieur"); it weighs like the English adjective before a body.
Table: enrich/data/body_adjectives_romance.csv (reviewed, one citation per row).
"""
from __future__ import annotations

import re

from enrich.cache import table
from enrich.fastscan import Prefixed
from enrich.model import Span
from enrich.places.gazetteer import read_table


def _either_case(words: str) -> str:
    """'policía|ejército' → '[Pp]olicía|[Ee]jército': a body's noun is capitalised in a name, lower-case in prose."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in words.split("|"))


# The noun of a body that governs, polices, legislates, judges or defends (Spanish, French, Portuguese)
_NOUN = _either_case(
    "policía|polícia|police|gendarmería|gendarmerie|guardia|guarda|garde|ejército|exército|armée|armada|marinha"
    "|carabineros|prefectura|fuerza aérea|força aérea|fuerzas armadas|forças armadas|forces armées|gobierno|governo"
    "|gouvernement|ministerio|ministério|ministère|congreso|congresso|senado|sénat|parlamento|parlement"
    "|asamblea nacional|assemblée nationale|assembleia nacional|fiscalía|procuradoria|poder judicial|justicia"
    "|justiça|justice|estado|état|servicio penitenciario|administration pénitentiaire|aduana|aduanas|douane|douanes"
    "|alfândega|migración|migraciones"
).replace(" ", r"[ \t]+")
# Qualifiers between the noun and the adjective ("Policía Nacional Civil salvadoreña", "Guardia Nacional Bolivariana")
_QUALIFIER = _either_case("nacional|national|nationale|federal|fédéral|fédérale|militar|militaire|civil|naval|nationaux"
                          "|republicana|royal|royale|bolivariana|penitenciaria")
# One complement naming the ministry's field ("del Interior", "de l'Intérieur", "da Justiça", "de Seguridad")
_COMPLEMENT = r"(?:de[ \t]+la|de[ \t]+l'|de[ \t]+l’|del|de|du|des|da|do|dos)[ \t]*[A-ZÀ-Ý][^\W\d_]{2,20}"
_GAP = rf"(?:[ \t]+(?:{_QUALIFIER})){{0,2}}(?:[ \t]+{_COMPLEMENT})?"


@table()
def _scan() -> tuple[Prefixed, dict[str, str]]:
    rows = read_table("body_adjectives_romance.csv")
    countries = {row["adjective"]: row["country"] for row in rows}
    names = sorted(countries, key=len, reverse=True)  # "cabo-verdiana" before "verdiana"
    words = "|".join(_either_case(re.escape(name)) for name in names)
    pattern = re.compile(rf"(?<![\w-])(?:{_NOUN}){_GAP}[ \t]+(?P<adj>{words})(?![\w-])")
    return Prefixed(pattern), countries


def body_adjective_clues(window: str) -> list[tuple[str, Span]]:
    """(country, the adjective's span) for each country whose adjective follows a public body's noun in ``window``,
    first mention each."""
    scan, countries = _scan()
    found: dict[str, Span] = {}
    for m in scan.finditer(window):
        written = m.group("adj")
        country = countries.get(written) or countries.get(written[0].lower() + written[1:])
        if country and country not in found:
            found[country] = Span(m.start("adj"), m.end("adj"), written)
    return list(found.items())
