"""Towns named by their adjective in Czech, Slovak, Polish and Bulgarian, read back to the town (round 43, places).

Why: as in Russian (slavic_adjectives), these languages name a town's own bodies with the town's adjective:
"Ostravská městská policie" (Ostrava), "Brněnský magistrát" (Brno), "Olomoucká radnice" (Olomouc), "Bratislavská
mestská polícia" (Bratislava), "Košický magistrát" (Košice), "Gdański Zarząd Dróg" (Gdańsk), "Warszawski Transport
Publiczny" (Warszawa), "Katowicka Straż Miejska" (Katowice), "Пловдивска община" (Пловдив), "Варненска община"
(Варна). The notice was left with its country only (from its language) or with nothing. Here the adjective's -sk-/-ck-
suffix is taken off and each reviewed way the language builds the adjective is undone: the name itself (Plzeň →
plzeňský, Poznań → poznański), a final vowel dropped (Ostrava → ostravská, Košice → košický, Warszawa → warszawski),
-sk kept (Gdańsk → gdański), -en- inserted before a name's -o or -a (Brno → brněnský, Kladno → kladenský, Варна →
варненска). Only readings of towns of the countries writing the language count, and the adjective is asked only
from a cue of place_cues.csv that puts it right before a town's own body ("městská policie", "magistrát", "mestský
úrad", "Straż Miejska", "Zarząd Dróg", "община"), never before a region's ("Jihomoravský kraj", "powiat krakowski",
"Софийска област" name a region or county, not its seat). Keys are folded (enrich.places.gazetteer.place_key:
accents gone, so "brněnský" is "brnensky").
"""
from __future__ import annotations

import os
import re
from functools import lru_cache

from enrich.places.gazetteer import place_key
from enrich.places.geonames import WorldCity, cities_named

# (countries, adjective suffixes with their case endings, what the stem adds back to become the name, in that order)
_RULES: tuple[tuple[frozenset[str], tuple[str, ...], tuple[str, ...]], ...] = (
    # Czech and Slovak -ský/-ská/-ské/-ského/-ském/-skou/-skej/-skú/-skom and -cký (Olomouc, Košice, Liberec)
    (frozenset({"CZ", "SK"}), tuple("s" + s for s in ("keho", "kemu", "kych", "kym", "kem", "kom", "kou", "kej",
                                                       "ky", "ka", "ke", "ku")), ("", "a", "e", "o")),
    (frozenset({"CZ", "SK"}), tuple("c" + s for s in ("keho", "kemu", "kych", "kym", "kem", "kom", "kou", "kej",
                                                       "ky", "ka", "ke", "ku")), ("c", "ce", "ca")),
    # Polish -ski/-ska/-skie/-skiego/-skiej/-skim/-ską and -cki (Katowice, Płock, Gliwice)
    (frozenset({"PL"}), tuple("s" + s for s in ("kiego", "kiej", "kich", "kim", "kie", "ki", "ka", "ko")),
     ("", "a", "sk", "o")),
    (frozenset({"PL"}), tuple("c" + s for s in ("kiego", "kiej", "kich", "kim", "kie", "ki", "ka", "ko")),
     ("ce", "ck", "c")),
    # Bulgarian -ски/-ска/-ско/-ския/-ският/-ската/-ското/-ските (Пловдив, Бургас, Русе, Варна)
    (frozenset({"BG"}), ("ските", "ския", "ският", "ската", "ското", "ски", "ска", "ско"), ("", "с", "а", "о", "е")),
)
# -en- inserted before a name's final vowel (Brno → brněnský, Kladno → kladenský, Варна → варненска, Русе → русенска)
_INSERTED = {"CZ": ("en", ("o", "no")), "PL": ("en", ("o",)), "BG": ("ен", ("а", "о", "е"))}
# an adjective no rule rebuilds: Praha → pražský
_IRREGULAR = {"prazsk": "praha"}


def _readings(key: str) -> list[tuple[frozenset[str], str]]:
    """The folded names (with the countries they may be towns of) that the adjective ``key`` can be built from, most
    likely first; in a name of several words, of its last word."""
    key = key.rpartition(" ")[2]
    out: list[tuple[frozenset[str], str]] = []
    for countries, suffixes, endings in _RULES:
        suffix = next((s for s in suffixes if key.endswith(s)), None)
        if suffix is None or len(key) - len(suffix) < 3:
            continue
        stem = key[: len(key) - len(suffix)]
        if stem + suffix[:2] in _IRREGULAR:
            out.append((countries, _IRREGULAR[stem + suffix[:2]]))
        out += [(countries, stem + ending) for ending in endings]
        for cc in countries & _INSERTED.keys():
            inserted, vowels = _INSERTED[cc]
            if stem.endswith(inserted) and len(stem) - len(inserted) >= 2:
                out += [(frozenset({cc}), stem[: -len(inserted)] + vowel) for vowel in vowels]
    return out


@lru_cache(maxsize=4096)
def west_adjective_towns(key: str) -> tuple[WorldCity, ...]:
    """The towns of CZ, SK, PL or BG whose adjective ``key`` (a folded word) is: those of the first reading that
    names one, biggest first. (Asked only for a name in a buyer-name cue: case_endings.inflected_towns.)"""
    for countries, name in _readings(key):
        towns = sorted((c for c in cities_named(name) if c.cc in countries), key=lambda c: -c.population)
        if towns:
            return tuple(towns)
    return ()


def west_adjective_nominative(city: WorldCity, written: str) -> str | None:
    """The town's name as the notice would write it, from its adjective: its GeoNames name when that is the name
    the adjective was built from ("Krakowski" → Kraków, "Ostravská" → Ostrava), else the name rebuilt in the written
    letters ("Pražský" → Praha, "Warszawski" → Warszawa, not the English Prague, Warsaw; "Варненска" → Варна); None
    when ``written`` is no adjective of ``city``."""
    last = written.rpartition(" ")[2]
    key = place_key(last)
    if city not in west_adjective_towns(key):
        return None
    forms = []
    for countries, name in _readings(key):
        if city.cc not in countries or city not in cities_named(name):
            continue
        if place_key(city.name) == name:
            return city.name
        suffix = next(s for _, suffixes, _ in _RULES for s in suffixes if key.endswith(s))
        stem = last[: len(last) - len(suffix)]
        shared = len(os.path.commonprefix([name, key[: len(key) - len(suffix)]]))
        form = stem[:shared] + name[shared:]
        if city in cities_named(place_key(form)):
            if name in _IRREGULAR.values():
                return form
            forms.append(form)
    # the longest: GeoNames lists clipped forms among a town's other names ("Warszaw", "Bratislav")
    return max(forms, key=len) if forms else None


# the noun of a region or county after its adjective: "Olomouckého kraje", "Košický samosprávny kraj", "Powiat
# Krakowski" written the other way round ("Krakowskiego powiatu"), "Пловдивска област"
_REGION_AFTER = re.compile(r"[ \t]+(?:samosprávn\w+[ \t]+)?(?:kraj|kraje|kraji|krajem|krajom|župa|župy|župe"
                           r"|województw\w*|powiat\w*|област\w*)(?![\w-])", re.IGNORECASE)


def names_a_region(text: str, end: int, key: str) -> bool:
    """Whether the word ending at ``end`` (folded ``key``) is a town's adjective followed by a region's noun: the
    region, not its seat, is named ("Krajský úřad Olomouckého kraje" is Olomouc's region's office)."""
    return bool(_REGION_AFTER.match(text, end)) and bool(west_adjective_towns(key.rpartition(" ")[2]))
