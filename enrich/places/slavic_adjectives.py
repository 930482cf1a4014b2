"""Towns named by their adjective in Russian, Ukrainian and Belarusian, read back to the town (round 40, places).

Why: the bodies of a Belarusian, Russian or Ukrainian town are named with the town's adjective, not its name:
"Гомельский городской исполнительный комитет" (Гомель), "Гродненский облисполком" (Гродно), "Витебская городская
администрация" (Витебск), "Могилевский горисполком" (Могилёв), "Одеська міська рада" (Одеса), "Казанский городской
совет" (Казань), "Гомельскі гарадскі выканаўчы камітэт" (Гомель). The stem index (geonames.stem) finds only the
adjectives whose stem is the town's own (Брестская: Брест); here the adjective's -ск- suffix is taken off and each
reviewed way the language builds the adjective from a name is undone: Минск → Минский (the name ends in -ск),
Брест → Брестский (the name itself), Гомель, Казань → Гомельский, Казанский (a soft sign dropped), Одеса, Одесса →
Одеська, Одесский (-са before the suffix), Гродно, Рівне → Гродненский, Рівненська (-о/-е with -ен- inserted).

A reading is kept only for a town of a country that writes the language (BY, RU, UA, KZ), and a cue of
place_cues.csv reads the adjective only right before a city's or region's own body ("городской", "горисполком",
"міська рада", "облисполком", "гарадскі"), so district adjectives ("Советский район", "Ленинский районный суд") and
adjectives of nationality ("Белорусский завод") are never read as a town. Keys are folded
(enrich.places.gazetteer.place_key: й → и, ї → і, ё → е).
"""
from __future__ import annotations

import os
from functools import lru_cache

from enrich.places.gazetteer import place_key
from enrich.places.geonames import WorldCity, cities_named

_COUNTRIES = frozenset({"BY", "RU", "UA", "KZ"})
# the adjective's suffix with its case endings, folded: Russian -ский/-ская/-ское/-ского/-ским/-скую/-ские/-ских;
# Ukrainian -ський/-ська/-ське/-ського/-ським/-ську/-ські/-ських; Belarusian -скі/-ская/-скае/-скага/-скім.
# Not the feminine -ской/-ської/-скай, nor the dative and locative -скому/-ском, the cases of "Свердловской
# области", "по Краснодарскому краю", "в Краснодарском крае", which name a region (oblique_regions) and can
# read as its capital or a town's former name (Свердловск).
_SUFFIXES = tuple(sorted({
    *("ск" + e for e in ("ии", "ая", "ое", "ого", "им", "ую", "ие", "их")),
    *("ськ" + e for e in ("ии", "а", "е", "ого", "им", "у", "і", "их")),
    *("ск" + e for e in ("і", "ая", "ае", "ага", "ім")),
}, key=len, reverse=True))
# what the stem before the suffix adds back to become the town's name (see above), in that order
_NAME_ENDINGS = ("ск", "ськ", "ь", "", "са", "с", "а")
# -ен- inserted before the suffix of a name in -о or -е: Гродно → Гродненский, Рівне → Рівненська
# and -ов- for a name's -ва: Москва → Московский (round 42: not the Bulgarian "Москова")
_INSERTED = (("ен", ("о", "е")), ("ов", ("ва",)))


def _readings(key: str) -> list[str]:
    """The folded names the adjective ``key`` can be built from, most likely first; in a hyphenated name, of its last
    word ("Івано-Франківська": Івано-Франківськ)."""
    head, _, key = key.rpartition(" ")
    head = head + " " if head else ""
    suffix = next((s for s in _SUFFIXES if key.endswith(s)), None)
    if suffix is None or len(key) - len(suffix) < 3:
        return []
    stem = key[: len(key) - len(suffix)]
    names = [stem + ending for ending in _NAME_ENDINGS]
    for inserted, endings in _INSERTED:
        if stem.endswith(inserted) and len(stem) - len(inserted) >= 3:
            names += [stem[: -len(inserted)] + ending for ending in endings]
    return [head + name for name in names]


@lru_cache(maxsize=4096)
def adjective_towns(key: str) -> tuple[WorldCity, ...]:
    """The towns of BY, RU, UA or KZ whose adjective ``key`` (a folded word) is: those of the first reading that
    names one, biggest first. (Asked only for a name in a buyer-name cue: prose.py.)"""
    for name in _readings(key):
        towns = sorted((c for c in cities_named(name) if c.cc in _COUNTRIES), key=lambda c: -c.population)
        if towns:
            return tuple(towns)
    return ()


def adjective_nominative(city: WorldCity, written: str) -> str | None:
    """The town's name in the notice's script, built from its adjective ("Гомельский" → "Гомель", "Одеська" →
    "Одеса"); None when ``written`` is no adjective of ``city``."""
    key = place_key(written)
    if city not in adjective_towns(key):
        return None
    suffix = next(s for s in _SUFFIXES if key.endswith(s))
    stem = written[: len(written) - len(suffix)]
    forms = []
    for name in _readings(key):
        if city in cities_named(name):
            shared = len(os.path.commonprefix([name, key[: len(key) - len(suffix)]]))  # (Гродн|о, Моск|ва)
            form = stem[:shared] + name[shared:]
            if city in cities_named(place_key(form)):
                forms.append(form)
    own = {place_key(name) for name in city.cyrillic}  # its own Cyrillic names first, the longest: Самара, not the
    inserted = set(_readings(key)[len(_NAME_ENDINGS):])  # (Tatar Самар); one with the inserted syllable undone first
    best = max(forms, key=lambda form: (place_key(form) in own, place_key(form) in inserted, len(form))) if (
        forms) else None
    full = sorted((name for name in city.cyrillic if best and place_key(name).endswith(
        ("-" + place_key(best), " " + place_key(best)))), key=lambda name: "-" not in name)
    return full[0] if full else best  # "Петербургский": Санкт-Петербург, the name it shortens (round 42)
