"""Where a sentence subject's name ends, for the words the capitals rule of enrich/prose_buyers.py misreads.

Why a module of its own: enrich/prose_buyers.py reached the module size limit; these are pure word tests.

`_subject_at` ends a name written in capitals at its first lower-case word (English style: "The Kingsway Municipal
Facilities Office replaced …"). Held-out notices of other languages showed three misreadings (round 15):

* a lower-case organisation word or a place's genitive inside a name: "Policie České republiky", "Нийслэлийн
  Цагдаагийн газар" - `continues_name`, only where the name is no English one (a non-ASCII letter, or a Romance
  connector: "de", "la", "du", "del", "do", "da", "di" …);
* a lower-case adjective closing a head-first name right before its verb: "La Direction de la Police judiciaire a
  réceptionné", "Le Ministère de la Sécurité et de la Protection civile a", "El Ministerio de Seguridad porteño
  compró" - also `continues_name`, never an adverb ("también", "déjà", "bereits");
* a figure right after the organisation word that closes a verb-final sentence's subject: "A Fővárosi Önkormányzat
  1,2 milliárd forintért … vásárol", "Нийслэлийн Цагдаагийн газар 30 … авлаа" - `ends_at_figure`;
* in English, a lower-case head after a capitalised place: "The Prayagraj police have placed", "The Astana city
  akimat has paid" - `english_lower_head` (police, akimat, council …; "city", "county" … only before one of them);
* Maltese "of (the)" glued to the place it names ("Kunsill Lokali tal-Imsida", "ta' San Pawl il-Baħar") -
  `continues_name`;
* a town after "i" (sv, no, da: "Polismyndigheten i Stockholm har") or "di" (ms, id: "Polis Diraja Malaysia di
  Kuala Lumpur membeli") is not part of the name, as "in" in English - `place_preposition_ok`, only before a verb
  of those languages ("i" is "and" in Polish and Croatian, "di" opens an Italian town's name: "Comune di Milano").
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet

from enrich.nationality_adjectives import is_nationality_adjective

_PREPOSITIONS = frozenset("В Във У Ў Na W We V Ve U".split())
#: Head-final organisation words that close their name (mn): "Нийслэлийн Цагдаагийн газар Улаанбаатар хотын …".
CLOSING_HEADS = frozenset("газар хороо яам алба".split())
_ROMANCE_CONNECTORS = frozenset("de la du des del do da dos das di della delle dei degli le les el los las".split())
_ADVERBS = frozenset(
    "también tambien además ademas ahora hoy ayer aussi déjà deja également egalement hier encore désormais "
    "também tambem ainda hoje ontem agora anche ancora oggi ieri auch bereits heute gestern jetzt nun ook nog "
    "vandaag gisteren även redan idag igår już też również dziś wczoraj također takođe već jučer danas "
    "recently also already today yesterday".split())
#: Endings of Romance adjectives ("judiciaire", "civile", "nationale", "porteño", "municipal"); not of verbs ("passa",
#: "publicará", "inauguró", "chumbou", "publica", "termina").
_ADJECTIVE_END = re.compile(r"(?:aire|ile|ale|elle|ique|ienne|ien|aise|ais|oise|ois|al|el|ano|eño|eña|ense|ico|ivo|iva"
                            r"|ier|ière|iere|eur|euse|oso|osa|ista)$")
#: Verbs after a town that "i" / "di" introduces (sv, nb, da / ms, id), as in prose_buyer_cues.yaml.
_PLACE_VERBS = {
    "i": frozenset("har hade tecknade köpte upphandlade installerar installerade köper har kjøpt kjøpte inngikk "
                   "købte indgik får fick fikk fik kjøper køber".split()),
    "di": frozenset("telah akan membeli memasang menandatangani menganugerahkan mengadakan meluncurkan "
                    "menganggarkan membangun sudah".split()),
}


#: Maltese articles and "of the" glued to the capitalised word they precede ("tal-Imsida", "il-Baħar", "tas-Sliema").
_MALTESE_OF = re.compile(r"(?:(?:ta|i|mi|fi|bi|għa|ma)[lndstżzrxċ]|l)-[A-ZĊĠĦŻ]")


def _non_english(words: Sequence[str]) -> bool:
    return any(not w.isascii() for w in words) or any(w.casefold() in _ROMANCE_CONNECTORS for w in words)


#: A demonym or "municipal" after a name whose head took a "de" complement describes the body, it is not part of its
#: name (round 28b; sets w, x, y, aa, ad label "Ministerio de Justicia y Seguridad" before "porteño", "ministère de
#: l'Intérieur" before "tunisien", "Secretaría de Seguridad y Protección Ciudadana" before "municipal"). Names
#: without a separate "de" keep theirs: "Police nationale tchadienne", "Conseil d'État genevois". A country's adjective
#: stays after any name (r38_buyers: tests/eval/README.md "nationality adjectives", 23:18, part 3: "ministère de
#: l'Intérieur tunisien", "Polizia di Stato italiana"); a town's ("porteño") is still cut.
_DEMONYM_END = re.compile(r"(?:ien|ienne|ais|aise|ois|oise|eño|eña|ense|ano|ana)$")
_OF_WORDS = frozenset("de del du des da do dos das di".split())


def _trailing_demonym(folded: str, before: Sequence[str]) -> bool:
    if not (_DEMONYM_END.search(folded) or folded == "municipal" and before[-1][:1].isupper()):
        return False
    if is_nationality_adjective(folded):
        return False
    return len(before) >= 3 and any(w.casefold() in _OF_WORDS for w in before[1:])


#: French feminine adjective endings ("nationale", "générale", "judiciaire", "congolaise", "centrafricaine"), which no
#: English verb has (round 31).
_FR_ADJECTIVE_END = re.compile(r"(?:ale|aire|aise|ienne|ique|elle|aine)s?$")


def romance_adjective(tokens: Sequence[re.Match[str]], i: int, org_words: AbstractSet[str]) -> bool:
    """A French adjective in lower case right after a capitalised organisation word (or after another such adjective),
    part of a body's name even in English prose (round 31: "The Gendarmerie nationale of Senegal has bought", "The
    Direction générale de la Sûreté nationale awarded", "The Police nationale congolaise received"; ac, ad, u, v)."""
    if i < 1 or i >= len(tokens):
        return False
    word, previous = tokens[i].group(0), tokens[i - 1].group(0)
    if not (len(word) >= 5 and word.isalpha() and word[:1].islower() and (
            _FR_ADJECTIVE_END.search(word) or word.casefold() in _FIELD_ADJECTIVES)):
        return False
    if word.casefold() in _ADVERBS:
        return False
    if previous[:1].isupper():
        return previous.casefold() in org_words or _field_of_body(tokens, i - 1, org_words)
    return romance_adjective(tokens, i - 1, org_words)


#: r41_buyers: adjectives of a ministry's field that the endings above miss ("Sécurité intérieure", "Protection
#: civile")
_FIELD_ADJECTIVES = frozenset("intérieure intérieur extérieure extérieur civile civil civiles civils".split())
_FR_OF = frozenset("de du des la le l".split())


def _field_of_body(tokens: Sequence[re.Match[str]], i: int, org_words: AbstractSet[str]) -> bool:
    """Is capitalised token ``i`` the field a French body's name gives after "de la" / "du" ("Ministère de la
    Sécurité intérieure", "Direction de la Protection civile", "Ministère de la Sécurité et de la Protection civile du
    Mali": r41_buyers, sets an, ao), so that a lower-case adjective after it still belongs to the name?"""
    if i < 2 or tokens[i - 1].group(0).casefold().rstrip("'’") not in _FR_OF:
        return False
    return any(t.group(0)[:1].isupper() and t.group(0).casefold() in org_words for t in tokens[max(0, i - 8):i - 1])


def continues_name(tokens: Sequence[re.Match[str]], i: int, org_words: AbstractSet[str],
                   verbs: AbstractSet[str]) -> bool:
    """Whether lower-case token ``i`` belongs to the capitalised name before it (see the module doc)."""
    word = tokens[i].group(0)
    folded = word.casefold()
    if romance_adjective(tokens, i, org_words):
        return True
    before = [t.group(0) for t in tokens[:i]]
    following_word = tokens[i + 1].group(0) if i + 1 < len(tokens) else ""
    if _MALTESE_OF.match(word) or folded in ("ta'", "ta’") and following_word[:1].isupper():
        return True  # Maltese "of (the)" glued to a place: "Kunsill Lokali tal-Birgu", "ta' San Pawl il-Baħar"
    if not _non_english(before + [word]):
        return english_lower_head(tokens, i)
    if before[0] in _PREPOSITIONS:
        return False  # "В София Столична община сключи": a place before the name, not part of it
    if folded in org_words:
        return True  # "Policie České republiky", "Нийслэлийн Цагдаагийн газар"
    following = tokens[i + 1].group(0).casefold() if i + 1 < len(tokens) else ""
    if is_nationality_adjective(folded) and before[-1][:1].isupper() and folded not in verbs:
        return True  # r38_buyers: "ministère de l'Intérieur tunisien a …", "Polizia di Stato italiana ha …"
    if _trailing_demonym(folded, before):
        return False  # "El Ministerio de Justicia y Seguridad porteño firmó": the town's adjective, not the name
    return (bool(_ADJECTIVE_END.search(folded)) and folded not in _ADVERBS and folded not in verbs
            and following in verbs and before[-1][:1].isupper())


#: Slavic adjective endings of the genitive (and Czech/Slovak nominative): a capitalised place adjective needs the
#: noun it qualifies, so the lower-case words after it up to that noun are the name's (r38_buyers: "Виконавчий
#: комітет Львівської міської ради затвердив", "Zdravotnická záchranná služba Jihomoravského kraje koupila",
#: "Администрация Кировского района закупила", "Komenda Wojewódzka Policji w Krakowie" is read elsewhere).
_SLAVIC_ADJECTIVE_END = re.compile(r"(?:[сцзн]ької|[сцзн]ького|[сцзн]кой|[сцзн]кого|ської|ського|ної|ного|ной|ного"
                                   r"|ого|ої|ой|ого|ého|ské|ských|ého|ské|skiej|skiego|owej|owego|ckého|ckej)$")


def slavic_adjective_head(tokens: Sequence[re.Match[str]], i: int) -> bool:
    """Whether lower-case token ``i`` is the noun (or a further adjective before it) that a capitalised Slavic place
    adjective before it qualifies: "Львівської | міської ради", "Jihomoravského | kraje" (see above)."""
    j = i - 1
    while j >= 1 and tokens[j].group(0)[:1].islower() and _SLAVIC_ADJECTIVE_END.search(tokens[j].group(0)):
        j -= 1  # "Львівської міської | ради": over the lower-case adjectives between
    previous = tokens[j].group(0) if j >= 0 else ""
    word = tokens[i].group(0)
    return j >= 1 and i - j <= 3 and previous[:1].isupper() and len(previous) >= 6 and bool(
        _SLAVIC_ADJECTIVE_END.search(previous)) and word.isalpha() and not _SLAVIC_VERB_FORM.search(word)


#: a Slavic verb's past or present tense ("внедрила", "koupila", "zakupił", "закупает", "устанавливают"): the
#: sentence's verb, never the noun a place adjective needs ("Мэрия Грозного внедрила")
_SLAVIC_VERB_FORM = re.compile(r"(?:[аеиыяёуо]л[аиоі]?|[aeiyouěáíýů]l[aoiy]?|[aeiyąęo]ł[aoy]?"
                               r"|(?:а|я|у|ю|е)(?:ет|ют|ит|ят)|(?:ує|ують|ає|ають)|[аиі]в)$")


def ends_at_figure(tokens: Sequence[re.Match[str]], i: int, is_org_word: Callable[[str], bool]) -> bool:
    """A figure after an organisation word ends the name before it: "A Fővárosi Önkormányzat 1,2 milliárd …"."""
    return tokens[i].group(0)[:1].isdigit() and i >= 2 and is_org_word(tokens[i - 1].group(0)) and _non_english(
        [t.group(0) for t in tokens[:i]])


def place_preposition_ok(tail: str, verb: str) -> bool:
    """Whether a town after this preposition may be cut from a name before ``verb`` (see the module doc)."""
    preposition = tail.split()[0]
    return preposition not in _PLACE_VERBS or verb in _PLACE_VERBS[preposition]


#: English heads written in lower case after a place ("Prayagraj police"), and words that take one after them.
_EN_LOWER_HEADS = frozenset("police akimat hokimiyat khokimiyat municipality council government administration"
                            " hakimlik hakimiyat hukumat jamoat".split())  # r38b_buyers: Turkmen and Tajik ones
_EN_LOWER_BEFORE_HEAD = frozenset("city county district municipal regional state provincial".split())
#: Units written in lower case right after "police" that close its name (round 28: "The Osh city police department
#: bought", "The Amhara regional police commission deployed", "Rakhine State police command"), not "board" or
#: "headquarters" (a building, or a board whose name is written otherwise elsewhere).
_EN_POLICE_UNITS = frozenset("department commission command directorate".split())


#: Round 32b: lower-case units that close a name after the word before them (sets aa, ad, ag, ah: "Bishkek city hall
#: signed", "Patna railway police added", "Yerevan police patrol service installed", "The Tashkent city internal
#: affairs department purchased", "The Almaty Metro operator added", "The Kazan bus station operator rented"), and
#: the lower-case words that may stand between a capitalised place and such a unit.
_EN_UNIT_AFTER = {
    "hall": frozenset("city town".split()),
    "operator": frozenset("metro bus station railway tram airport port transit subway".split()),
    **{unit: frozenset("police patrol affairs traffic".split()) for unit in ("service", *_EN_POLICE_UNITS)},
}
_EN_LOWER_MODIFIERS = _EN_LOWER_BEFORE_HEAD | frozenset(
    "town railway traffic port transport metro bus station tram airport transit subway patrol internal affairs".split())


def _lower_head_at(tokens: Sequence[re.Match[str]], i: int) -> bool:
    word = tokens[i].group(0)
    if word in _EN_LOWER_HEADS:
        return True
    previous = tokens[i - 1].group(0)
    previous = previous.casefold() if word == "operator" else previous  # "Almaty Metro operator"; not "City Police
    return word in _EN_UNIT_AFTER and previous in _EN_UNIT_AFTER[word]  # command and control centre will add"


def english_lower_head(tokens: Sequence[re.Match[str]], i: int) -> bool:
    """Whether token ``i``, in lower case, is (or opens) an English head of a capitalised place's body."""
    if i >= len(tokens) or i < 1 or not tokens[0].group(0)[:1].isupper():
        return False
    word = tokens[i].group(0)
    if not word.isascii() or not word[:1].islower():
        return False
    if _lower_head_at(tokens, i):
        return True  # "Prayagraj police", "Tashkent city police department", "Osh city hall"
    if word not in _EN_LOWER_MODIFIERS:
        return False
    for j in range(i + 1, min(i + 4, len(tokens))):  # "city internal affairs department", "bus station operator"
        following = tokens[j].group(0)
        if following[:1].islower() and _lower_head_at(tokens, j):
            return True
        if following not in _EN_LOWER_MODIFIERS:
            return False
    return False
