"""Whether a lower-case word after a body's name is a country's adjective of nationality in a Romance language
("tunisien", "italiana", "argentino", "colombienne", "sénégalais", "hondureño", "brasileira", "chileno").

Why: tests/eval/README.md "Gathering alerts; …; nationality adjectives" (23:18, part 3): a buyer's name keeps a
nationality adjective printed in it as it keeps a country's name ("ministère de l'Intérieur tunisien", "Polizia di
Stato italiana"). The name-end rules (enrich/name_words.py, enrich/buyer_qualifiers.py) cut a town's adjective
("porteño", "genevois") or "municipal" after a name with a "de" complement; this module tells them which adjectives
name a country, so those stay. A word is read as a country's adjective when its stem with a usual ending is a country
the gazetteer knows (tunis-ien → Tunisie, colombi-ana → Colombia, hondur-eño → Honduras), or it is one of the
irregular forms listed below. Round 38 (r38_buyers).
"""
from __future__ import annotations

from functools import lru_cache

from enrich.places.gazetteer import country_of

# (adjective ending, endings that make the country's name from the stem), longest ending first within a family
_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("iennes", ("", "ie", "e", "i", "a")), ("ienne", ("", "ie", "e", "i", "a")), ("iens", ("", "ie", "e", "i", "a")),
    ("ien", ("", "ie", "e", "i", "a")),
    ("éennes", ("ée", "é", "e")), ("éenne", ("ée", "é", "e")), ("éens", ("ée", "é", "e")), ("éen", ("ée", "é", "e")),
    ("aises", ("", "e")), ("aise", ("", "e")), ("ais", ("", "e")),
    ("oises", ("", "e")), ("oise", ("", "e")), ("ois", ("", "e")),
    ("aines", ("", "e", "o")), ("aine", ("", "e", "o")), ("ains", ("", "e", "o")), ("ain", ("", "e", "o")),
    ("anos", ("a", "", "o", "ia")), ("anas", ("a", "", "o", "ia")), ("ano", ("a", "", "o", "ia")),
    ("ana", ("a", "", "o", "ia")),
    ("eños", ("as", "a", "á", "")), ("eñas", ("as", "a", "á", "")), ("eño", ("as", "a", "á", "")),
    ("eña", ("as", "a", "á", "")),
    ("inos", ("ina", "a")), ("inas", ("ina", "a")), ("ino", ("ina", "a")), ("ina", ("ina", "a")),
    ("enos", ("e",)), ("enas", ("e",)), ("eno", ("e",)), ("ena", ("e",)),
    ("enses", ("", "a")), ("ense", ("", "a")),
    ("esas", ("", "a", "ia")), ("esa", ("", "a", "ia")), ("eses", ("", "a", "ia")), ("ese", ("", "a", "ia")),
    ("eiras", ("",)), ("eiros", ("",)), ("eira", ("",)), ("eiro", ("",)),
    ("ayos", ("ay",)), ("ayas", ("ay",)), ("ayo", ("ay",)), ("aya", ("ay",)),
    ("tecos", ("a",)), ("tecas", ("a",)), ("teco", ("a",)), ("teca", ("a",)),
)
# forms the endings above do not reach (fr, es, pt, it), each with its gendered and plural forms
_IRREGULAR = frozenset(
    "français française françaises ivoirien ivoirienne ivoiriens ivoiriennes congolais congolaise congolaises "
    "togolais togolaise togolaises congolese congolesi espagnol espagnole espagnols espagnoles allemand allemande "
    "allemands allemandes britannique britanniques belge belges suisse suisses russe russes "
    "burkinabè burkinabé burkinabe américain américaine étasunien étasunienne "
    "venezolano venezolana venezolanos venezolanas ecuatoriano ecuatoriana ecuatorianos ecuatorianas español española "
    "españoles españolas portugués portuguesa portugueses portuguesas costarricense costarricenses estadounidense "
    "estadounidenses salvadoreño salvadoreña salvadoreños salvadoreñas filipino filipina filipinos filipinas "
    "nicaragüense nicaragüenses canadiense canadienses dominicano dominicana puertorriqueño puertorriqueña "
    "brasileño brasileña brasileños brasileñas alemán alemana británico británica "
    "português portuguesa brasileiro brasileira moçambicano moçambicana cabo-verdiano cabo-verdiana "
    "guineense guineenses timorense são-tomense "
    "tedesco tedesca spagnolo spagnola inglese inglesi svizzero svizzera greco greca".split())


@lru_cache(maxsize=2048)
def is_nationality_adjective(word: str) -> bool:
    """Whether ``word`` (any case) is a country's adjective of nationality in French, Spanish, Portuguese or
    Italian (see the module doc); a town's adjective ("porteño", "parisien", "genevois") is none."""
    folded = word.casefold()
    if folded in _IRREGULAR:
        return True
    for ending, country_endings in _ENDINGS:
        if not folded.endswith(ending):
            continue
        stem = folded[: -len(ending)]
        if len(stem) < 3:
            return False
        for stem_form in (stem, stem[:-1] if stem.endswith("l") else ""):  # congo-lais, togo-lais
            for country_ending in country_endings:
                if stem_form and _is_country((stem_form + country_ending).capitalize()):
                    return True
        return False
    return False


def _is_country(name: str) -> bool:
    found = country_of(name)
    return bool(found and found[1] is None)
