"""Country names that are ordinary words in the notice's own language: there they name no country.

Why: the country names read in running text (enrich/places/signals.py) include pycountry's translations, and a
translation can be a common word elsewhere: Iceland is "Island" in German, Danish, Swedish and Norwegian, so an
English notice's "Island Government", "Island Council" or "Pacific Island states" was read as Iceland and pulled
the place there (a Cook Islands notice placed in Iceland). Such a name counts only in a language where it is not
an ordinary noun; the nouns and their languages are the reviewed list enrich/data/place_nouns.csv. A notice whose
language is unknown is read as English, the language foreign-written notices here mostly use.

r41_places: nor is a country's name in another language that is the name of a big town of another country a
country there: "Salvador" (El Salvador in some of pycountry's languages) is Brazil's fourth city, "Granada" (Spanish
for Grenada) a town of Spain and of Nicaragua. A Brazilian notice's "câmeras … em Salvador" gave El Salvador a
country name's weight and left the notice unplaced (set ap). A country's English name ("Armenia", "Panama",
"Mexico") still counts wherever a town shares it.
"""
from __future__ import annotations

from enrich.cache import table
from enrich.language import base_language
from enrich.places.gazetteer import place_key, read_table
from enrich.places.geonames import cities_named

_BIG_TOWN = 100_000


@table()
def _noun_languages() -> dict[str, frozenset[str]]:
    """Folded common noun → the languages place_nouns.csv lists it for."""
    found: dict[str, set[str]] = {}
    for row in read_table("place_nouns.csv"):
        found.setdefault(place_key(row["word"]), set()).add(row["language"])
    return {word: frozenset(languages) for word, languages in found.items()}


def ordinary_word(phrase: str, language: str | None) -> bool:
    """Whether ``phrase`` is an ordinary noun in ``language`` (English when unknown): "Island" in English, not in
    German."""
    languages = _noun_languages().get(place_key(phrase))
    if not languages:
        return False
    return (base_language(language) or "en") in languages


@table()
def _english_names() -> frozenset[str]:
    """Every country's English names, folded: pycountry's name, common name and official name."""
    import pycountry

    return frozenset(place_key(name) for country in pycountry.countries for name in (
        country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)) if name)


def another_country_town(phrase: str, code: str) -> bool:
    """Whether ``phrase``, a name of country ``code`` in some language other than English, is also the own name of
    a town of over 100,000 people in another country ("Salvador": Salvador, Bahia)."""
    key = place_key(phrase)
    return key not in _english_names() and any(
        city.cc != code and (city.population or 0) >= _BIG_TOWN and place_key(city.name) == key
        for city in cities_named(key))  # (the town's own name: not Armenia, Colombia by its Russian name)
