"""Towns written in a case of their own language: the ending read back to the name the gazetteer knows.

Why: the stem index (geonames.stem) cuts a short ending off both the written word and the town's name, which finds
"w Poznaniu" and "в Казани" but not a town whose case changes the word inside: Czech "v Praze" (Praha), "v Brně"
(Brno), Finnish "Helsingissä" (Helsinki), "Tampereella" (Tampere), Hungarian "Budapesten", "Debrecenben",
Lithuanian "Vilniuje" (Vilnius), "Klaipėdoje", Latvian "Daugavpilī", Croatian "u Rijeci" (Rijeka), Slovene "v Kopru"
(Koper), Ukrainian "у Києві" (Київ), "Львові", or the Turkish suffix after an apostrophe ("İstanbul'da",
"Ankara'nın"). Each rule is one language's own ending and the nominative endings it stands for; a rule's reading is
kept only when it is a town of a country that writes that language, so the rules of one language cannot place a word
of another. Keys are folded (enrich.places.gazetteer.place_key: accents gone, ї → і; Turkish ı → i).
"""
from __future__ import annotations

import re
from functools import lru_cache

from enrich.places.gazetteer import place_key
from enrich.places.geonames import INFLECTING, WorldCity, cities_by_stem, cities_named
from enrich.places.slavic_adjectives import adjective_nominative, adjective_towns
from enrich.places.west_adjectives import west_adjective_nominative, west_adjective_towns

# (countries writing the language, [(ending of the written word, the endings its nominative can have)])
_RULES: tuple[tuple[frozenset[str], tuple[tuple[str, tuple[str, ...]], ...]], ...] = (
    # Czech and Slovak locative: Praze/Praha, Brně/Brno, Plzni/Plzeň, Liberci/Liberec, Olomouci/Olomouc,
    # Pardubicích/Pardubice, Košiciach/Košice, Bratislave/Bratislava, Prešove/Prešov; the genitive of a town in -eň
    # or -ec, as "města Plzně", "Magistrát města Liberce" write it (round 39)
    (frozenset({"CZ", "SK"}), (("iach", ("e",)), ("ich", ("e",)), ("ze", ("ha", "ga")),
                               ("ne", ("no", "na", "n", "en")), ("ni", ("en",)), ("ci", ("ec", "c", "ca", "ka")),
                               ("ce", ("ec",)), ("e", ("a", "", "o")), ("i", ("", "a")))),
    # Finnish inessive/adessive/elative/illative, with the stem's consonant grade: Helsingissä/Helsinki,
    # Turussa/Turku, Tampereella/Tampere, Lahdessa/Lahti, Rovaniemellä/Rovaniemi, Lappeenrannassa/Lappeenranta,
    # Seinäjoella/Seinäjoki, Oulussa/Oulu
    (frozenset({"FI"}), tuple((ending, ("",)) for ending in ("ssa", "lla", "sta", "lta", "lle", "n")) + (
        ("ngissa", ("nki",)), ("ngista", ("nki",)), ("ngin", ("nki",)), ("ussa", ("uku", "u")),
        ("eella", ("e",)), ("eelta", ("e",)), ("een", ("e",)), ("dessa", ("ti",)), ("della", ("ti",)),
        ("emella", ("emi",)), ("emen", ("emi",)), ("nnassa", ("nta",)), ("nnan", ("nta",)), ("oella", ("oki",)),
        ("oen", ("oki",)))),
    # Hungarian case suffixes: Budapesten, Debrecenben, Győrben, Szegeden, Miskolcon, Nyíregyházán, Pécsről;
    # and the town's adjective in -i of a town ending in a vowel (round 43): Gyula → "Gyulai Polgármesteri Hivatal",
    # Pápa → "pápai", Szentendre → "szentendrei" (the stem index cuts that vowel off the name, not off the adjective;
    # it finds the adjective of a town ending in a consonant itself: Debreceni, Szegedi)
    (frozenset({"HU"}), tuple((ending, ("",)) for ending in (
        "ben", "ban", "bol", "rol", "nal", "nel", "ba", "be", "ra", "re", "en", "on", "an")) + (
        ("an", ("a",)), ("en", ("e",)), ("ai", ("a",)), ("ei", ("e",)), ("oi", ("o",)), ("ui", ("u",)))),
    # Lithuanian locative and genitive: Vilniuje/Vilnius, Klaipėdoje/Klaipėda, Panevėžyje/Panevėžys,
    # Kaune/Kaunas, Šiauliuose/Šiauliai, Vilniaus, Kauno, Klaipėdos
    (frozenset({"LT"}), (("uje", ("us",)), ("oje", ("a",)), ("yje", ("ys",)), ("iuose", ("iai",)),
                         ("iaus", ("ius",)), ("os", ("a",)), ("o", ("as",)), ("e", ("as", "is", "e")))),
    # Latvian locative of the -s towns: Daugavpilī/Daugavpils, Ventspilī/Ventspils
    (frozenset({"LV"}), (("i", ("s",)),)),
    # Croatian, Bosnian, Serbian, Slovene, Montenegrin locative: Rijeci/Rijeka, Kopru/Koper, Celju/Celje,
    # Puli/Pula, Zadru/Zadar, Podgorici/Podgorica
    (frozenset({"HR", "BA", "RS", "ME", "SI"}), (("ci", ("ka", "ca")), ("ru", ("er", "ar")), ("ju", ("je",)),
                                                 ("li", ("la",)), ("ni", ("na",)), ("i", ("a",)))),
    # Ukrainian locative: Києві/Київ, Львові/Львів, Харкові/Харків, Одесі/Одеса, Дніпрі/Дніпро,
    # Запоріжжі/Запоріжжя, Вінниці/Вінниця, Житомирі/Житомир, Рівному/Рівне
    (frozenset({"UA"}), (("єві", ("ів",)), ("ові", ("ів",)), ("еві", ("ів",)), ("ці", ("ця",)), ("ому", ("е",)),
                         ("і", ("а", "о", "я", "", "ь")))),
    # Greek genitive, as a municipality or region names its town (folded: accents gone, final ς → σ): Δήμος Πατρέων
    # (Πάτρα), Αθηνών (Αθήνα), Σερρών (Σέρρες), Ιωαννίνων (Ιωάννινα), Ηρακλείου (Ηράκλειο), Βόλου (Βόλος),
    # Λάρισας (Λάρισα), Θεσσαλονίκης (Θεσσαλονίκη), Λευκωσίας (Λευκωσία)
    # and the learned genitive of the towns in -πολη that a municipality's name keeps, Ερμουπόλεως (Ερμούπολη) (r40)
    (frozenset({"GR", "CY"}), (("εωσ", ("η",)), ("εων", ("α", "αι", "εσ")), ("ων", ("α", "εσ", "αι", "")),
                               ("ου", ("ο", "οσ", "ι")), ("ασ", ("α",)), ("ησ", ("η",)))),
    # Armenian: a town ending in -ի takes -ու in the genitive-dative and -ում in the locative (Գյումրի → Գյումրու
    # քաղաքապետարան, Գյումրում; Վանաձոր → Վանաձորի is the stem index's); folded keys are lower case
    (frozenset({"AM"}), (("ու", ("ի",)), ("ում", ("ի", "")))),
)
_OWN_SCRIPT_RULES = {  # the rules whose nominative is rebuilt in the notice's own script (greek_nominative)
    countries: (script, rules) for countries, rules in _RULES for script in (
        "[\u0370-\u03ff\u1f00-\u1fff]", "[\u0531-\u0587]") if re.match(script, rules[0][0])}
# Turkish writes a proper name's case after an apostrophe ("İstanbul'da", "Ankara'nın", "İzmir'e"), which the
# folding turns into a space
_TURKISH = re.compile(r"^(?P<name>.{3,}) (?:da|de|ta|te|dan|den|tan|ten|nin|nun|in|un|a|e|ya|ye|i|u|yi|yu|la|le|"
                      r"yla|yle|daki|deki|taki|teki|li|lu)$")
_TURKISH_COUNTRIES = frozenset({"TR", "CY"})


@lru_cache(maxsize=4096)
def declined_towns(key: str) -> tuple[WorldCity, ...]:
    """Towns whose name ``key`` (a folded word) writes in one of _RULES' cases, or after a Turkish apostrophe."""
    found: list[WorldCity] = []
    turkish = _TURKISH.match(key)
    if turkish:
        found += [c for c in cities_named(turkish.group("name")) if c.cc in _TURKISH_COUNTRIES]
    if " " in key or len(key) < 4:
        return tuple(found)
    for countries, rules in _RULES:
        for ending, nominatives in rules:
            if not key.endswith(ending) or len(key) - len(ending) < 2:
                continue
            for nominative in nominatives:
                found += [c for c in cities_named(key[: len(key) - len(ending)] + nominative) if c.cc in countries]
    return tuple(dict.fromkeys(found))


# Round 37b: German names a city's bodies and sites with the city's adjective in -er ("Wiener Gemeinderat", "Münchner
# Stadtentwässerung", "Leipziger Hauptbahnhof", "Kieler Verkehrsgesellschaft", "Linzer Gemeinderat", "Basler
# Polizei"), in any language's text. Read back only to a city of 100,000 or more in a German-speaking country: the
# names of small towns end too many nouns ("Bürger" is no Burg, "Hammer" no Hamm).
_GERMAN_SPEAKING = frozenset({"DE", "AT", "CH", "LI"})
_ADJECTIVE_ENDINGS = (("er", ("", "en")), ("ner", ("en",)), ("ler", ("el",)))  # Wien-er; Brem-er; Münch-ner; Bas-ler
_ADJECTIVE_IRREGULAR = {"zurcher": "zurich", "hannoveraner": "hannover"}
# words that read as a city's adjective but are nouns or names: Hammer (Hamm), Sieger "winner" (Siegen), English
# "Further" (Fürth), the names Hager, Esser, Bremner (Hagen, Essen, Bremen)
_ADJECTIVE_NOUNS = frozenset({"hammer", "sieger", "further", "hager", "esser", "bremner"})


@lru_cache(maxsize=4096)
def city_adjective_towns(key: str) -> tuple[WorldCity, ...]:
    """The big German-speaking city whose adjective ``key`` (a folded word) is, if any (see above)."""
    if " " in key or len(key) < 5 or not key.endswith("er") or key in _ADJECTIVE_NOUNS:
        return ()
    names = [_ADJECTIVE_IRREGULAR[key]] if key in _ADJECTIVE_IRREGULAR else [
        key[: len(key) - len(ending)] + nominative for ending, nominatives in _ADJECTIVE_ENDINGS
        if key.endswith(ending) for nominative in nominatives]
    return tuple(dict.fromkeys(c for name in names for c in cities_named(name)
                               if c.cc in _GERMAN_SPEAKING and c.population >= 100_000))


def _adjective_nominative(city: WorldCity, written: str) -> str:
    """The city's name as its adjective writes it ("Wiener" → Wien, "Münchner" → München), else its own name."""
    for ending, nominatives in _ADJECTIVE_ENDINGS:
        for nominative in nominatives if written.lower().endswith(ending) else ():
            form = written[: len(written) - len(ending)] + nominative
            if city in cities_named(place_key(form)):
                return form
    return city.name


def inflected_towns(key: str, adjectives: bool = False) -> list[WorldCity]:
    """Towns a declined word names: by the shared stem (towns of the inflecting countries), else by its case ending,
    else, with ``adjectives`` (a buyer-name cue's name), as the town's Russian, Ukrainian or Belarusian adjective
    (slavic_adjectives) or its Czech, Slovak, Polish or Bulgarian one (west_adjectives)."""
    found = [c for c in cities_by_stem(key) if c.cc in INFLECTING]
    return found or list(declined_towns(key)) or (
        list(adjective_towns(key) or west_adjective_towns(key)) if adjectives else [])


def own_script_nominative(city: WorldCity, written: str, text: str = "") -> str | None:
    """The nominative of a Greek or Armenian town written in a case (Δήμος Πατρέων → Πατρα, Λάρισας → Λάρισα,
    Գյումրու → Գյումրի), built from the written word so it stays in the notice's script; None when ``written`` is no
    such case of ``city``. (GeoNames keeps these names only folded, without accents, so an accent on the ending is
    lost: label writers' "Πάτρα" and this "Πατρα" compare equal without accents.) A name of the town that ``text``
    writes as a word of its own in that script comes first ("Δήμος Αθηναίων … Αθήνα": Αθήνα, not Αθηναί)."""
    if city.cc in _GERMAN_SPEAKING and city in city_adjective_towns(place_key(written)):
        return _adjective_nominative(city, written)
    if (adjective := adjective_nominative(city, written)) is not None:
        return adjective
    if (adjective := west_adjective_nominative(city, written)) is not None:
        return adjective
    script, rules = next(((script, rules) for countries, (script, rules) in _OWN_SCRIPT_RULES.items()
                          if city.cc in countries), ("", ()))
    words = written.split(" ")
    if script and len(words) == 2 and all(re.fullmatch(f"{script}{{3,}}", w) for w in words):
        for phrase in (f"{a} {b}" for a in _forms(words[0], rules) for b in _forms(words[1], rules)):
            if city in cities_named(place_key(phrase)):
                return phrase  # a town of two words, both in the case: Δήμος Νέας Σμύρνης (Νέα Σμύρνη)
        if re.fullmatch(f"{script}{{4,}}", words[0]):
            written = words[0]  # "Δήμος Ηρακλείου Κρήτης": the town, then its island's or region's genitive
    if not script or not re.fullmatch(f"{script}{{4,}}", written):
        return None
    key = place_key(written)
    for word in dict.fromkeys(m.group(0) for m in re.finditer(f"{script}{{4,}}", text[:20000])):
        if word != written and place_key(word)[:3] == key[:3] and city in cities_named(place_key(word)):
            return word
    return next((form for form in _forms(written, rules) if city in cities_named(place_key(form))), None)


def _forms(written: str, rules: tuple[tuple[str, tuple[str, ...]], ...]) -> list[str]:
    """The nominatives ``written`` can stand for by ``rules``, in its own letters (capitalised, final σ as ς)."""
    key, forms = place_key(written), []
    for ending, nominatives in rules:
        if not key.endswith(ending) or len(key) - len(ending) < 2:
            continue
        for nominative in nominatives:
            form = written[: len(written) - len(ending)] + nominative.replace("σ", "ς")
            forms.append(form[:1].upper() + form[1:] if form[:1].islower() else form)
    return forms


def head_in_own_script(city: WorldCity, written: str) -> bool:
    """Whether ``written``, the head of a hyphenated name ("Дархан-Уул аймаг": Дархан), is one of ``city``'s own names
    in a script other than the Latin of its GeoNames name: the town is then reported as written (Дархан, not Darhan)
    (round 40: Mongolian Cyrillic, written so by label writers in sets ak, al, an, ao)."""
    return not re.search("[A-Za-z]", written) and bool(re.search("[A-Za-z]", city.name)) and (
        city in cities_named(place_key(written)))
