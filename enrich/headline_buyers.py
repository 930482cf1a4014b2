"""The buyer a page's heading or a news item's headline names, in any language.

Why: news and press items open with the body that acts, and their headline names it too - "Wiener Linien: … \\n
Wien – Die Wiener Linien erneuern …", "İstanbul Emniyet Müdürlüğü yüz tanıma … \\n İSTANBUL – İstanbul Emniyet
Müdürlüğü, Marmaray …", "Oslo kommune: … \\n OSLO – Utdanningsetaten i Oslo kommune har …". Reading the subject of
a sentence needs each language's verbs and organisation words (enrich/prose_buyers.py); the agreement of headline
and lede needs neither, so it holds in languages the cue files do not cover. The name is always taken from the body.

An agenda page may also be headed by its body alone, in capitals ("MARICOPA COUNTY SHERIFF'S OFFICE").

A place ("Brno: …") and a name the body does not repeat are no buyer; the caller drops vendors, and prefers a
sentence reading of the cue files where one found a buyer (that reading knows where a name ends). Where letters
have no case (Arabic, Hebrew, Hindi …) nothing shows where a name ends and the verb begins: such names are left out
(`cased`).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from enrich.buyer_cues import cues, org_like
from enrich.buyer_name_parts import sentence_before_label, strip_place_tail
from enrich.prose_text import ARTICLE, dateline_at, trimmed

# A dateline in any script: a few words, then a dash ("Wien – ", "ΘΕΣΣΑΛΟΝΙΚΗ – ", "SALVADOR (BA) – ", "תל אביב – ").
# r42_buyers: a state's or province's abbreviation in it ("Ottawa, Ont. — ", "Melbourne, Vic. — ", "Fresno, Calif. — "):
# a full stop right after one capitalised word of up to five letters or a capital alone ("N.Y."), before a space, a
# comma or a capital
_ANY_DATELINE = re.compile(r"[^\W\d_](?:[^\n.!?:;–—]|(?:(?<=[ \t.][A-Z])|(?<=[ \t][A-Z][a-z])|(?<=[ \t][A-Z][a-z]{2})"
                           r"|(?<=[ \t][A-Z][a-z]{3})|(?<=[ \t][A-Z][a-z]{4}))\.(?=[ \t,A-Z])){1,38}?[ \t]+[–—-][ \t]+")
# A headline opening with a name and a colon or a dash ("Wiener Linien: …", "Kanton Zürich – …").
# A town in mixed case and a colon opening the body, a dateline as "GEORGETOWN —" is (the town must be one)
_PLACE_COLON = re.compile(r"([A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’.-]+){0,2}):[ \t]+(?:the[ \t]+)?(?=[A-Z])")
_HEAD = re.compile(r"[ \t]*(?P<head>[^\W\d_][^\n:：|–—]{1,58}?)[ \t]*(?:[:：]|[ \t][–—|][ \t])")
_WORD = re.compile(r"[^\s,.:;!?()«»\"“”]+")
LEDE_REACH = 300  # characters of the body searched for the headline's name


def lede_start(window: str, body: int, plain: bool = False) -> int | None:
    """Where a news lede's subject starts: after its dateline and an article (None: the body opens with none;
    ``plain``: the body's start then, as a body opening with its subject reads like a lede without a dateline)."""
    dateline = dateline_at(window, body)  # never "U.S. " (an abbreviation opening the name)
    position = dateline.end() if dateline else None
    if not dateline:
        generic = _ANY_DATELINE.match(window, body)
        if generic and len(generic.group(0).split()) <= 6:
            position = generic.end()
    if position is None and (colon := _PLACE_COLON.match(window, body)) and _is_place(colon.group(1)):
        position = colon.end()  # r36b_buyers: "Georgetown: the Guyana Civil Aviation Authority installed …"
    if position is None:
        if not plain:
            return None
        position = body
    article = ARTICLE.match(window, position)
    return article.end() if article else position


def _is_place(name: str) -> bool:
    from enrich.places.gazetteer import country_of, place_key
    from enrich.places.geonames import admin1_named, cities_named

    key = place_key(name)
    return bool(country_of(name) or cities_named(key) or admin1_named(key))


# Words that carry a name on ("Intendencia de Montevideo", "Poliția Locală a Municipiului …", "City of X").
_AND = frozenset("y e und et and och og i u".split())
_NAME_CONNECTORS = frozenset("de del della di do da dos das du des d of a al la le van von der den i w we y e und "
                             "et and och og u na za".split())


def _continues_as_predicate(text: str, position: int) -> bool:
    """After a name: a comma, a colon or dash, a line end, or a word that is neither capitalised nor a connector
    (a verb: "… Müdürlüğü, Marmaray", "… savivaldybė pasirašė")."""
    rest = text[position:position + 40]
    if re.match(r"[ \t]*(?:[,:：;–—|]|$|\n)", rest):
        return True
    word = re.match(r"[ \t]+([^\W\d_][\w'’]*)", rest)
    return bool(word and word.group(1)[0].islower() and word.group(1).casefold() not in _NAME_CONNECTORS)


# Case markers that follow a name in scripts without capitals: Hindi/Marathi/Nepali ने को का की के से में द्वारा,
# Bengali এর; glued to the name's last word, Nepali -ले and Dhivehi -ުން ("पोखरा महानगरपालिकाले", "… ކައުންސިލުން").
_POSTPOSITIONS = frozenset("ने को का की के से में द्वारा ला ने नी এর".split())
# A province or district named after the body in Thai and Lao (จังหวัด, อำเภอ, ແຂວງ, ເມືອງ): the place, not the name
_PROVINCE_WORDS = ("จังหวัด", "อำเภอ", "ແຂວງ", "ເມືອງ")
_GLUED_CASE = re.compile(r"(?<=[\u0900-\u097f]{3})ले$|(?<=[\u0780-\u07bf]{3})ުން$")


# What ends a headline's name: a colon, or a dash with a space either side (not a hyphen inside a name)
_NAMING_MARK = re.compile(r"[^\n][:：]|[ \t][–—][ \t]")


def _common_prefix(window: str, title_start: int, lede: int,
                   is_org_word: Callable[[str], bool]) -> tuple[int, int] | None:
    """The words the headline and the lede open with alike ("İstanbul Emniyet Müdürlüğü"), as a span of the lede."""
    head_end = re.compile(r"[:：|–—]").search(window, title_start, window.find("\n"))
    title_words = list(_WORD.finditer(window, title_start, head_end.start() if head_end else window.find("\n")))
    lede_words = list(_WORD.finditer(window, lede, lede + LEDE_REACH))
    shared = 0
    for a, b in zip(title_words, lede_words, strict=False):
        if a.group(0) != b.group(0):
            break
        shared += 1
    while shared and lede_words[shared - 1].group(0)[:1].islower() and not is_org_word(lede_words[shared - 1].group(0)):
        shared -= 1  # a verb both say ("Tampereen kaupunki hankkii …", "Львівська міська рада закупила …")
    if not shared:
        return None
    if shared == 1 and cased(lede_words[0].group(0)) and _continues_as_predicate(window, title_words[0].end()):
        return _lede_run(window, lede_words, is_org_word)
    start, end = lede_words[0].start(), lede_words[shared - 1].end()
    letters = sum(c.isalpha() for c in window[start:end])
    if shared < 2 or letters < 6:
        return None
    if not cased(window[start:end]):
        # a script without capitals: the name is what both open with, up to where they go on differently
        # ("עיריית חיפה מתקינה …" / "עיריית חיפה חתמה …"), never the whole headline, without a postposition
        named_head = head_end is not None and _NAMING_MARK.match(window, head_end.start() - 1) is not None \
            and shared == len(title_words) < len(lede_words)  # round 32b: "أمانة عمّان الكبرى: …" / "أمانة عمّان
        # الكبرى تركّب …": the name before the colon; r39b also before a spaced dash ("עיריית חיפה – מצלמות …")
        if shared >= min(len(title_words), len(lede_words)) and not named_head:
            return None
        while shared > 2 and lede_words[shared - 1].group(0) in _POSTPOSITIONS:
            shared -= 1
        while shared > 1 and lede_words[shared - 1].group(0).startswith(_PROVINCE_WORDS):
            shared -= 1  # r39b: "เทศบาลนครขอนแก่น จังหวัดขอนแก่น": the municipality, not its province
        end = lede_words[shared - 1].end()
        if lede_words[shared - 1].group(0) in _POSTPOSITIONS:
            return None
        glued = _GLUED_CASE.search(window, start, end)
        return (start, glued.start() if glued else end)
    carried = _CARRIED_ON.match(window, end)
    if carried and _continues_as_predicate_or_figure(window, carried.end()):
        end = carried.end()  # "Straż Miejska m.st. Warszawy kupiła", "Polis Diraja Malaysia (PDRM) Johor memperoleh"
    if not _continues_as_predicate(window, title_words[shared - 1].end()) or not _continues_as_predicate_or_figure(
            window, end):
        return None
    return start, end


# round 20: what carries a lede's name on past the words its headline shortened it to: a bracketed acronym, or a
# city's genitive ("m.st.", "hlavného mesta", "главного города"), then the capitalised place or unit
_CARRIED_ON = re.compile(
    r"(?:[ \t]+\([A-Z][A-Z0-9]{1,9}\)|(?:[ \t]+(?:m\.[ \t]?st\.|miasta|stołecznego|hlavného|hlavního|mesta|města"
    r"|glavnog|glavnoga|grada|главного|города|міста|столиці|столицы|stolicy|mestne|občine)){1,3}"
    r"(?:[ \t]+[A-Z]{2,4}(?=[ \t]))?)"
    r"(?:[ \t]+[A-ZÀ-ÞА-ЯЁІЇЄŁŚŻŹĆŃ][\w'’.-]*){1,3}")


def _lede_run(window: str, words: list[re.Match[str]], is_org_word: Callable[[str], bool]) -> tuple[int, int] | None:
    """A headline and its lede that open with one word alike ("Polismyndigheten köper …" / "Polismyndigheten har
    tecknat …", "Debrecen térfigyelő …" / "Debrecen Megyei Jogú Város Önkormányzata 60 új …"): the lede's run of
    capitalised words, organisation words and connectors from there is the name ("Mestna občina Maribor"). It must
    end where the sentence goes on (a lower-case word, a figure, a comma) and not run on into more organisation
    words. One word alone is a name only when long and followed by a short verb ("Reykjavíkurborg hefur"); a bare
    place is none."""
    last = 0
    for i, word in enumerate(words[1:8], start=1):
        gap = window[words[i - 1].end():word.start()]
        text = word.group(0)
        if gap.strip() or not text[:1].isalpha():
            break
        if text[:1].isupper() or is_org_word(text):
            last = i
        elif text.casefold() not in _NAME_CONNECTORS:
            break
        elif text.casefold() in _AND and i + 1 < len(words) and words[i + 1].group(0)[:1].islower():
            break  # "Reykjavíkurborg og lögreglan …": a second body in lower case, not part of the name
    start, end = words[0].start(), words[last].end()
    name = window[start:end]
    after = [w.group(0) for w in words[last + 1:last + 4]]
    own = after[:next((k for k, w in enumerate(after) if w in _AND), len(after))]  # "… og lögreglan": a second body
    if any(w[:1].islower() and is_org_word(w) for w in own) or _is_place(name) or (
            not _continues_as_predicate_or_figure(window, end)):
        return None  # "Toshkent shahar Ichki ishlar bosh boshqarmasi": the name goes on in lower case
    if last == 0 and (len(name) < 10 or not after or len(after[0]) > 6):
        return None  # "Vilniaus miesto …", "Министарство унутрашњих …": the first word of a longer name
    return start, end


def _continues_as_predicate_or_figure(window: str, position: int) -> bool:
    return _continues_as_predicate(window, position) or bool(re.match(r"[ \t]+\d", window[position:position + 3]))


def headline_buyers(window: str, is_org_word: Callable[[str], bool] = lambda word: False) -> list[tuple[int, int]]:
    """At most one span: the headline's opening name as the lede writes it (see the module docstring)."""
    title_end = window.find("\n")
    if title_end <= 0:
        return []
    body = title_end + 1
    lede = lede_start(window, body)
    if lede is None:
        article = ARTICLE.match(window, body)
        lede = article.end() if article else body
    head = _HEAD.match(window, 0, title_end)
    title_start = 0
    if head and _is_place(head.group("head")):
        title_start = head.end()  # "Minsk: Мингорисполком обновит …": the headline's place, then its subject
        head = _HEAD.match(window, title_start, title_end)
    if head and not _is_place(head.group("head")) and len(head.group("head").split()) <= 8 and cased(
            head.group("head")):
        name = head.group("head")
        found = window.find(name, body, body + LEDE_REACH)
        if found != -1 and not re.match(r"\w", window[found + len(name):found + len(name) + 1]):
            before = window[lede:found]
            if found >= lede and len(before.split()) <= 4 and not re.search(r"[,.;:!?]", before) and not any(
                    w[:1].islower() and w.casefold() not in _NAME_CONNECTORS for w in before.split()) and (
                    _continues_as_predicate(window, found + len(name))):  # r39b: "Ajman Police bought SenseTime …"
                return [(lede, found + len(name))]  # "Utdanningsetaten i Oslo kommune", "Die Wiener Linien"
    span = _common_prefix(window, title_start, lede, is_org_word)
    if span and (not _is_place(window[span[0]:span[1]]) or any(  # "Mestna občina Maribor" is also the town's name
            is_org_word(w) for w in window[span[0]:span[1]].split())):
        return [span]
    return []


def cased(name: str) -> bool:
    """Written in a script with capitals (Latin, Cyrillic, Greek, Armenian …)."""
    return any(c.isupper() or c.islower() for c in name)


# A line that is only a body's name in capitals, as agenda pages head themselves: "MARICOPA COUNTY SHERIFF'S OFFICE",
# "YOLO COUNTY", "ANNE ARUNDEL COUNTY PUBLIC SCHOOLS", "GREATER LAFAYETTE PUBLIC TRANSPORTATION CORPORATION".
_CAPS_ORG_LINE = re.compile(
    r"[ \t]*(?P<name>[A-Z][A-Z'’.&-]+(?:[ \t]+(?:[A-Z][A-Z'’.&-]*|OF|AND|&)){0,6}[ \t]+"
    r"(?:COUNTY|OFFICE|DEPARTMENT|CORPORATION|SCHOOLS|AUTHORITY|POLICE|COMMISSION|AGENCY|SERVICE|SERVICES|COUNCIL"
    r"|DISTRICT|PARISH|BOROUGH|TOWNSHIP|VILLAGE))[ \t]*(?=\n)")


def org_line_buyers(window: str) -> list[tuple[int, int]]:
    """The body a page is headed by: a capitals line of its own among the first three (see _CAPS_ORG_LINE)."""
    position = window.find("\n") + 1
    if position == 0:
        return []
    for _ in range(3):
        m = _CAPS_ORG_LINE.match(window, position)
        if m:
            return [m.span("name")]
        position = window.find("\n", position) + 1
        if position == 0:
            break
    return []


def heading_line_buyers(window: str) -> list[tuple[int, int]]:
    """A first body line that is only the buyer: "Secretaria de Perícia Técnica do Recife — PE", "Cooperativa … —
    MG. Objeto: …" (at most ten words, no figures, no sentence)."""
    title_end = window.find("\n")
    if title_end == -1:
        return []
    m = re.compile(r"[ \t]*([^\n:;.]{6,120}?)[ \t]*(?:[—–-][ \t]*[A-Z]{2}\b\.?|\.(?=[ \t]+[A-ZÀ-Þ][\w ]{2,30}:))?"
                   r"[ \t]*(?=\n|$|[A-ZÀ-Þ][\w ]{2,30}:)").match(window, title_end + 1)
    letters = [c for c in m.group(1) if c.isalpha()] if m else []
    if not m or re.search(r"\d|\|", m.group(1)) or len(m.group(1).split()) > 10 or ARTICLE.match(m.group(1)) or (
            sum(c.isupper() for c in letters) > 0.6 * len(letters)):
        return []  # a sentence, or a heading in capitals ("CITY COUNCIL – REGULAR MEETING")
    if any(len(w) >= 4 and w.islower() and w in cues().verbs for w in re.findall(r"[^\W\d_]+", m.group(1))) or (
            sentence_before_label(m.group(1), window[m.end():m.end() + 1])):
        return []  # "Primăria … a atribuit contractul către": a sentence that runs into the next label
    s, e = strip_place_tail(window, *trimmed(window, m.start(1), m.end(1)))
    return [(s, e)] if org_like(window[s:e]) else []


# round 30: a title that ends with its buyer after a comma or a dash ("Cell-site simulator maintenance, U.S. Marshals
# Service", "Pregão Eletrônico nº 77/2026 — Prefeitura de Goiânia", "Agenda Report: … — Oakland Police Department")
_TITLE_TAIL = re.compile(r"[^\n]{6,}?(?:,[ \t]+|[ \t]+[—–-][ \t]+)(?P<org>[^\W\d_][^\n,—–|:()]{3,90}?)[ \t]*(?=\n)")
# Its name is written in title case: capitalised words and lower-case connectors only, no figure
_TITLE_CASE = re.compile(r"(?:[A-ZÀ-Þ][\w.'’&-]*|of|and|for|the|de|da|do|dos|das|del|la|di|du|des|y|e)"
                         r"(?:[ \t]+(?:[A-ZÀ-Þ][\w.'’&-]*|of|and|for|the|de|da|do|dos|das|del|la|di|du|des|y|e))*")


def title_tail_buyers(window: str, is_vendor: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The organisation a title ends with, after its subject and a comma or dash: at most one span. A place, a
    firm, a vendor and a name that is no organisation ("…, Phase II") are none."""
    m = _TITLE_TAIL.match(window)
    if not m or not _TITLE_CASE.fullmatch(m.group("org").strip()) or len(window[:m.start("org")].split()) < 3:
        return []  # "Batumi port buys body scanners", "Melbourne - questions on notice": no name
    s, e = strip_place_tail(window, *trimmed(window, *m.span("org")))
    name = window[s:e]
    return [(s, e)] if org_like(name) and not _is_place(name) and not is_vendor(name) else []
