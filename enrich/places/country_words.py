"""Country names that are ordinary words in the notice's own language: there they name no country.

Why: the country names read in running text (enrich/places/signals.py) include pycountry's translations, and a
translation can be a common word elsewhere: Iceland is "Island" in German, Danish, Swedish and Norwegian, so an
English notice's "Island Government", "Island Council" or "Pacific Island states" was read as Iceland and pulled
the place there (a Cook Islands notice placed in Iceland). Such a name counts only in a language where it is not
an ordinary noun; the nouns and their languages are the reviewed list enrich/data/place_nouns.csv. A notice whose
language is unknown is read as English, the language foreign-written notices here mostly use.
"""
from __future__ import annotations

from enrich.cache import table
from enrich.language import base_language
from enrich.places.gazetteer import place_key, read_table


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
