"""A country's adjective written before a public body's noun, as a country clue (r34b_places34b).

Why: English notices name a national or local body by its country's adjective ("The Mauritanian Ministry of
Interior", "Philippine Bureau of Fire Protection", "Namibian Police Force", "Lao Airports Authority", "Dutch National
Police", "Ecuadorian legislators", "a Namibian school"), and nothing else in them named the country: such notices
were left without one (sets aj, ai, ah, ag, af). An adjective alone is no clue ("Israeli firm Cellebrite", "Swedish
cameras" name a vendor's home), so only an adjective right before the noun of a body that governs, polices, legislates,
judges or serves the public counts; it weighs like a country's own currency (signals.py). Table:
enrich/data/country_adjectives.csv (reviewed)."""
from __future__ import annotations

import re

from enrich.cache import table
from enrich.fastscan import Prefixed
from enrich.model import Span
from enrich.places.gazetteer import read_table

WEIGHT = 4.0

# The noun of a public body or its people, as written right after the adjective ("Mauritanian Ministry", "Philippine
# senator", "Bolivian city", "Lao province", "Dutch National Police", "Irish Data Protection Commission")
_BODY = (
    r"(?:(?:National|Federal|State|Royal|Central|public|national|federal|state)[ \t]+)?"
    r"(?:[Mm]inistr(?:y|ies)|[Mm]inisters?|[Pp]olice|[Gg]endarmerie|Constabulary|[Bb]ureau|[Dd]epartment|[Dd]irectorate"
    r"|[Aa]genc(?:y|ies)|[Aa]uthorit(?:y|ies)|[Pp]arliament(?:ary)?|[Ss]enate|[Ss]enators?|[Cc]ongress|[Ll]egislat\w*"
    r"|[Ll]awmakers|[Gg]overnment|[Cc]abinet|[Pp]residency|[Aa]rmy|[Nn]avy|Air[ \t]+Force|[Aa]rmed[ \t]+[Ff]orces"
    r"|[Dd]efen[cs]e[ \t]+[Ff]orces?|[Mm]ilitary|[Cc]oast[ \t]+[Gg]uard|[Bb]order|[Cc]ustoms|[Ii]mmigration"
    r"|[Cc]ourts?|[Jj]udiciary|[Cc]ommission|[Rr]egulator|[Oo]mbudsman|[Dd]ata[ \t]+[Pp]rotection|[Ee]lectoral"
    r"|[Rr]evenue|[Tt]reasury|[Pp]risons?|[Cc]orrectional|[Aa]irports?|[Pp]orts|[Mm]unicipalit(?:y|ies)|[Cc]it(?:y|ies)"
    r"|[Tt]owns?|[Cc]ouncils?|[Pp]rovinces?|[Pp]rovincial|[Ss]chools?|[Hh]ospitals?|[Oo]fficials|[Ii]nterior)"
)


@table()
def _adjectives() -> tuple[Prefixed, dict[str, str]]:
    rows = read_table("country_adjectives.csv")
    countries = {row["adjective"]: row["country"] for row in rows}
    names = sorted(countries, key=len, reverse=True)  # "South Sudanese" before "Sudanese"
    words = "|".join(re.escape(name).replace(r"\ ", r"[ \t]+") for name in names)
    pattern = re.compile(rf"(?<![\w-])(?P<adj>{words})[ \t]+{_BODY}(?![\w])")
    return Prefixed(pattern), countries


def adjective_clues(window: str) -> list[tuple[str, Span]]:
    """(country, the adjective's span) for each country whose adjective names a public body in ``window``, first
    mention each."""
    scan, countries = _adjectives()
    found: dict[str, Span] = {}
    for m in scan.finditer(window):
        written = " ".join(m.group("adj").split())
        country = countries.get(written)
        if country and country not in found:
            found[country] = Span(m.start("adj"), m.end("adj"), m.group("adj"))
    return list(found.items())
