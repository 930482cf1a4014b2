"""Who opens a sentence: the organisation a sentence (or a news lede) starts with, when a verb follows it.

Why a module of its own: enrich/prose_buyers.py reached the module size limit (round 32); this is its sentence
reader - where the body's sentences start (after a dateline, a fronted place or source) and the subject that opens
each: "La Unidad Regional de Análisis Digital de Medellín adjudicó…", "Die Landesstelle … Dresden hat … beschafft",
"The Kingsway Municipal Facilities Office in Vancouver replaced…", "Victoria's Department of Health bought",
"Statutární město Brno schválilo" (a lede). enrich/prose_buyers.py ranks what it finds with the other readers.
"""
from __future__ import annotations

import re
from typing import Literal

from enrich.buyer_cues import RU_ORG as _RU_ORG
from enrich.buyer_cues import cues as _cues
from enrich.buyer_cues import is_vendor
from enrich.buyer_cues import org_like as _org_like
from enrich.buyer_name_parts import (
    EMERGENCY_NUMBER,
    FRONTED_SOURCE,
    LOCATIVE_TAIL,
    enumeration_end_at,
    inflected_town_end,
    nameless_head,
    office_seat_end,
    strip_place_tail,
    town_after_head,
)
from enrich.kind_only_names import kind_only
from enrich.municipal_buyers import MUNICIPAL_UNITS as _MUNICIPAL_UNITS
from enrich.name_words import (
    CLOSING_HEADS,
    continues_name,
    ends_at_figure,
    english_lower_head,
    place_preposition_ok,
    romance_adjective,
    slavic_adjective_head,
)
from enrich.nationality_adjectives import is_nationality_adjective
from enrich.prose_text import ARTICLE as _ARTICLE
from enrich.prose_text import ELIDED_ARTICLE, FRONTED_PLACE, LOWER_ARTICLE, dateline_at
from enrich.prose_text import HEAD_FINAL as _HEAD_FINAL
from enrich.prose_text import NAME_CONNECTORS as _CONNECTORS
from enrich.prose_text import TURKIC_HEAD_END as _TURKIC_HEAD_END
from enrich.prose_text import trimmed as _trimmed

# A Russian body's territory, part of its name: "… по Новосибирской области", "… по Ставропольскому краю".
_RU_TERRITORY = re.compile(r"по[ \t]+(?:[А-ЯЁ][\w-]+[ \t]+(?:области|краю|району|округу|автономному округу)"
                           r"|(?:Республике|городу|г\.)[ \t]*[А-ЯЁ][\w-]+(?:[ \t]+[А-ЯЁ][\w-]+)?)")
# r38_buyers: the Ukrainian form of the same: "Головне управління Національної поліції в Київській області",
# "… у місті Києві" (the oblast's "області" is Ukrainian; Russian "в … области" is a location, not the name)
_UK_TERRITORY = re.compile(r"[ву][ \t]+(?:[А-ЯІЇЄҐ][\w'’-]+[ \t]+(?:області|районі)|місті[ \t]+[А-ЯІЇЄҐ][\w'’-]+)")
# an article just before a position (a lede read after it: enrich/headline_buyers.py's lede_start skips it)
_ARTICLE_BEFORE = re.compile(r"(?:(?<=\s)|^)(?:[Tt]he|[Ll]a|[Ee]l|[Ll]es?|[Ll]os|[Ll]as|[Dd]e|[Hh]et|[Dd]er|[Dd]ie"
                             r"|[Dd]as|[Ii]l|[Ll]o|O|A|Os|As)[ \t]+$|(?:(?<=\s)|^)[Ll]['’]$")
_TOKEN = re.compile(r"[^\W\d_][\w'’&.\-]*|\d[\w.\-]*|[«»\"“”]|&")

# Two bodies as one subject: "X и Y установят", "X and the Y will": a connector before a second organisation
# (capitalised or an acronym; "Victoria and Albert Museum" is one name, its first part no organisation).
_JOINT_SUBJECT = re.compile(r"[ \t]+(?:и|та|and|y|et|und|e|i)[ \t]+(?:the[ \t]+)?(?=[A-ZА-ЯЁІЇЄ])")
# Organisation words that after "y" / "and" name the first body's second remit, not a second body (round 28b):
# "Secretaría de Seguridad y Protección Ciudadana", "Ministry of Justice and Protection of Citizens".
_DOMAIN_WORDS = frozenset("protección proteccion protection proteção protecao".split())
# r42b_buyers: a ministry's or department's remit of two parts joined by "and" is one body ("Ministry of Works and
# Transport", "Department of Immigration and Emigration"; 53 development labels); a second body takes "the".
_REMIT_HEAD = re.compile(r"(?:^|[ \t])(?:Ministry|Department|Secretariat|Office)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
                         r"[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2}$")

# a company's legal form right after a sentence's subject (round 32b): the subject is a company, never the buyer
_LEGAL_FORM_AFTER = re.compile(r",?[ \t]+(?:plc|Plc|PLC|Ltd|Limited|Inc|LLC|Corp)\b")
# a word closing a sentence: "County.", not an abbreviation ("St.", "Co.", "U.S.", "Inc.", "Dept.")
_SENTENCE_END_TOKEN = re.compile(r"^[^\W\d_][^\W\d_]{4,}\.$")
_SENTENCE_BREAK = re.compile(r"(?:(?<!\b[SFM]t)(?<!\bSte)[.!?;]|\n)[ \t]*(?:[—–][ \t]*)?(?=\S)")  # r31b: "St. Ann …"


# round 31: English words in the clause: a French name in English prose ("The Gendarmerie nationale of Senegal has
# bought") is read in English style, a French sentence ("La Direction générale de la sûreté nationale a acquis") not
_ENGLISH_CLAUSE = re.compile(r"\b(?:the|has|have|had|was|were|is|are|will|bought|paid|uses)\b|\b[a-z]{3,}ed\b")


def body_start(window: str) -> int:
    """Where the body starts: after the title's line (the stored text is title + "\\n" + body)."""
    title_end = window.find("\n")
    return title_end + 1 if title_end != -1 else 0


def sentence_starts(window: str) -> list[int]:
    body = body_start(window)
    starts = [body]
    dateline = dateline_at(window, body)
    if dateline:
        starts = [dateline.end()]  # "ACCRA - The Ghana Police Service has …": the sentence opens after the dateline
    for m in re.finditer(_SENTENCE_BREAK, window[body:body + 900]):
        starts.append(body + m.end())
    starts = [s for s in starts if not re.match(r"[A-ZÀ-Þ]\.", window[s:s + 2])]  # "N.L.— La …": an initial
    fronted = [f.end() for start in starts if (f := FRONTED_PLACE.match(window, start) or FRONTED_SOURCE.match(
        window, start))]  # "À Niamey, le …", "According to budget papers, the …"
    return starts + fronted


def subject_at(window: str, position: int, lede: bool = False) -> tuple[int, int] | None:
    """The organisation opening the sentence at ``position`` when a verb follows it (after an optional place).

    In a news lede (``lede``: the sentence after a dateline) the subject is the buyer in any language: there the
    first word in lower case that is no organisation word and no connector ends the name ("Statutární město Brno
    schválilo", "Polismyndigheten har"), once the name holds an organisation word."""
    article = _ARTICLE.match(window, position) or (  # after a fronted place: "À Niamey, le ministère …"
        LOWER_ARTICLE.match(window, position) if window[position - 2:position] == ", " else None)
    start = article.end() if article else position
    russian = _RU_ORG.match(window, start)
    tokens = list(_TOKEN.finditer(window, start, min(len(window), start + 220)))
    # a lede read after its article ("Rennes - Le groupement de gendarmerie … a acquis"): the article stands before
    after_article = article is not None or bool(_ARTICLE_BEFORE.search(window, max(0, position - 6), position))
    if not tokens or not (tokens[0].group(0)[:1].isupper() or russian
                          or (after_article and tokens[0].group(0).casefold() in _cues().heads)):
        return None  # capitalised, or a head-first organisation word after an article ("De gemeente Amsterdam")
    owner = _possessive_subject(window, tokens, position, lede)
    if owner is not False:
        return owner
    verbs = _cues().verbs
    naming = [t.group(0) for t in tokens[:6] if t.group(0).casefold() not in _CONNECTORS | {"for"}][:2]
    naming = [w[2:] if ELIDED_ARTICLE.match(w) else w for w in naming]  # "Govern d'Andorra": capitalised
    # "The Ministry for Home Affairs": "for" joins an English name as "of" does
    # "Kingsway Municipal…", "Rehabilitationszentrum Donaustadt", "The Prayagraj police have placed"
    english_style = all(w[:1].isupper() for w in naming) or (
        tokens[0].group(0)[:1].isupper() and (english_lower_head(tokens, 1) or romance_adjective(
            tokens, 1, _cues().org_words) and _ENGLISH_CLAUSE.search(window, start, start + 160) is not None))
    territory_end = enumeration_end = 0
    closed = False
    inside: set[int] = set()  # lower-case words read as part of the name (see enrich/name_words.py)
    for i, token in enumerate(tokens[1:19], start=1):
        word = token.group(0)
        if russian is not None and token.start() < russian.end():
            continue  # inside «…»: "СПб ГБУЗ «Городская больница № 40» заключило" - the quoted name is whole
        listed = 0 if enumeration_end else enumeration_end_at(window, tokens[i - 1].end(), _cues().org_words)
        enumeration_end = listed or enumeration_end
        if token.start() < enumeration_end:
            continue  # "Centro de Comando, Control, Cómputo … y Contacto Ciudadano": one name listing its tasks
        territory = _RU_TERRITORY.match(window, token.start()) if word == "по" else _UK_TERRITORY.match(
            window, token.start()) if word in ("в", "у") else None
        territory_end = territory.end() if territory else territory_end
        if token.start() < territory_end:
            continue  # "ГУ МВД России по Новосибирской области закупило": the territory is part of the name
        gap = window[tokens[i - 1].end():token.start()]
        if re.search(r"[.;:!?\n]", gap.replace("(", "").replace(")", "")) and "(" not in gap:
            return None  # the sentence ended without a verb
        if _SENTENCE_END_TOKEN.search(tokens[i - 1].group(0)) and word[:1].isupper() and all(
                t.group(0)[:1].isupper() or t.group(0).casefold() in _CONNECTORS for t in tokens[:i]):
            # "King County. Approve purchase of …", "City and County of Denver. Authorizes …": a sponsor line that
            # opens the body names the buyer; elsewhere the sentence ended without a verb
            s, e = _trimmed(window, start, tokens[i - 1].end() - 1)
            return (s, e) if position == body_start(window) and _org_like(window[s:e]) else None
        folded = word.casefold()
        if ELIDED_ARTICLE.match(word):
            continue  # "District Autonome d’Abidjan": an elided article glued to the name's next word
        is_verb = folded in verbs and not (folded in ("a", "ha") and i + 1 < len(tokens) and
                                           tokens[i + 1].group(0)[:1].isupper())
        previous = tokens[i - 1].group(0)
        previous = previous[2:] if ELIDED_ARTICLE.match(previous) else previous  # "l'Intérieur"
        if not is_verb and word[:1].islower() and previous[:1].isupper() and is_nationality_adjective(folded):
            inside.add(i)  # r38_buyers: a country's adjective stays in the name ("… de l'Intérieur tunisien a …")
            continue
        if not is_verb and word[:1].islower() and slavic_adjective_head(tokens, i):
            inside.add(i)  # r38_buyers: "Виконавчий комітет Львівської міської ради затвердив …"
            continue
        lede_verb = not is_verb and lede and (word[:1].islower() or word[:1].isdigit() and tokens[i - 1].group(
            0).casefold() in _HEAD_FINAL) and _ends_lede_name(tokens[:i], folded)  # "… vazirligi 200 ta kamera"
        # (a figure after a head-final head only: "ECU 911", "Praha 1", "ASL Napoli 1 Centro" hold theirs)
        if lede and not is_verb and not lede_verb and word[:1].islower() and not _carries_name(folded):
            if any(t.group(0)[:1].islower() and is_org_word(t.group(0)) for t in tokens[i + 1:i + 3]):
                continue  # an adjective before its head: "Київська міська державна адміністрація уклала"
            return None  # a common word before any name: "Un juzgado porteño ordenó …" names no body
        is_verb = is_verb or lede_verb or closed
        if not is_verb and folded == "for" and english_style and i + 1 < len(tokens) and tokens[i + 1].group(0)[
                :1].isupper() and tokens[i - 1].group(0).casefold() in _cues().org_words:
            inside.add(i)  # "Ministry for Home Affairs", "Office for Civil Rights": "for" after an organisation word
            continue
        if not is_verb and word[:1].islower() and english_style and folded not in _CONNECTORS:
            if continues_name(tokens, i, _cues().org_words, verbs):
                inside.add(i)  # "Policie České republiky", "Direction de la Police judiciaire a"
                closed = folded in CLOSING_HEADS  # "… Цагдаагийн газар Улаанбаатар хотын": the head closes the name
                continue
            prior = [t.group(0) for j, t in enumerate(tokens[:i]) if j not in inside]
            is_verb = all(w[:1].isupper() or w.casefold() in _CONNECTORS or w in "«»\"“”&" or ELIDED_ARTICLE.match(w)
                          for w in prior)
        if not is_verb and english_style and (ends_at_figure(tokens, i, is_org_word) or (
                i >= 3 and word[:1].isdigit() and inflected_town_end(
                    window, tokens[i - 3].start(), tokens[i - 1].end()) == tokens[i - 2].end())):
            is_verb = True  # "A Fővárosi Önkormányzat 1,2 milliárd …", "Нийслэлийн Цагдаагийн газар 30 …"
        if not is_verb and english_style and "," in gap:
            is_verb = True  # "Antalya Trafik Hizmetleri Birliği, 40 noktaya …": the name ends at the comma
        if is_verb and _SOURCE_SHOWS.match(window, token.start()):
            return None  # "Court of King's Bench records show the X Police Service operated …": a source, no buyer
        if is_verb:
            inner = _RU_ORG.search(window, start, token.start())
            if inner is not None:
                return inner.span()  # "Техническое задание АНО «Цифровой город» требует"
        lead = 3 if re.match("[А-ЯЁ]", tokens[0].group(0)) else 1
        if is_verb and not english_style and not russian and not lede_verb and not any(
                t.group(0).casefold().strip(".") in _cues().heads for t in tokens[:lead]) and not (
                i <= 6 and tokens[i - 1].group(0).casefold() in _HEAD_FINAL) and not (
                i == 1 and _is_compound_body(tokens[0].group(0))) and not (
                i <= 5 and any(is_org_word(t.group(0)) for t in tokens[:i]) and all(  # "Lučka uprava Split kupila"
                    t.group(0)[:1].isupper() or _carries_name(t.group(0).casefold()) for t in tokens[:i])):
            return None  # a lower-case word inside: only a head-first name ("La Unidad … de Medellín adjudicó")
            # or a short head-final one ("Göteborgs kommun har", "Oslo kommune har")
        if is_verb:
            end = russian.end() if russian and russian.end() <= token.start() else tokens[i - 1].end()
            if russian is None:
                after = max(start, enumeration_end)
                cut = re.search(r"[ \t]*(?:\(|,)", window[after:end])
                end = after + cut.start() if cut else end
            s, e = _trimmed(window, start, end)
            s, e = strip_place_tail(window, s, office_seat_end(window, s, e))
            officer = _OFFICER_OF.match(window, s, e)
            s = officer.end() if officer and _org_like(window[officer.end():e]) else s  # "Cabinet Secretary of the X"
            cut_town = False
            head_end = _TURKIC_HEAD_END.search(window, s, e)
            if head_end and not lede and not town_after_head(window[head_end.end():e]):
                head_end = None  # outside a lede only a town in a case ending ("Nazirliyi Bakı metrosunda")
            e = head_end.end() if head_end else e
            e = inflected_town_end(window, s, e)
            tail = re.search(r"[ \t]+(?:in|of|i|di)[ \t]+(?:(?:St|Ste|Mt|Ft)\.[ \t]?)?[A-Z][\w'’ -]{2,30}$",
                             window[s:e])  # "in St. George's"
            tail = tail if tail and place_preposition_ok(tail.group(0), folded) else None
            if tail and english_style:
                from enrich.places.gazetteer import country_of, place_key
                from enrich.places.geonames import cities_named

                municipal = re.fullmatch(rf"(?:The[ \t]+)?(?:{_MUNICIPAL_UNITS})", window[s:s + tail.start()]) or (
                    re.search(r"\b(?:City|Town|County|Village|Borough|Municipality)$", window[s:s + tail.start()]))
                # "Housing Authority of the City of Los Angeles": the town names the city the name ends with
                town = tail.group(0).split(None, 1)[1]
                before = window[s:s + tail.start()]
                # r42b_buyers: a university's or college's town is its name ("American University of Beirut")
                academic = re.search(r"\b(?:University|College|Polytechnic)$", before)
                municipal = municipal or academic
                if cities_named(place_key(town)) and not municipal and not country_of(town) and not nameless_head(
                        before) and not kind_only(before) and (
                        town.casefold() not in _cues().org_words) and (_org_like(before) or (  # "Bureau of Police"
                        tail.group(0).split()[0] == "i" and _is_compound_body(before))):
                    e, cut_town = s + tail.start(), True  # "Office in Vancouver replaced", "Authority of Boise,
                    # Idaho, has", "Polismyndigheten i Stockholm har"; the town of "City of Atlanta will" is the name
            e = _quoted_or_latin_after_head(window, s, e)
            locative = LOCATIVE_TAIL.search(window, s, e)
            if locative and locative.end() == e and _org_like(window[s:locative.start()]):
                e = locative.start()  # "Ministarstvo unutrašnjih poslova u Beogradu", "Lögreglan á … í Reykjavík"
            value = window[s:e]
            if _LEGAL_FORM_AFTER.match(window, e):
                return None  # round 32b: "Kestrel Security Group plc installs …": a company's report, no buyer
            letters = [c for c in value if c.isalpha()]
            figures = re.sub(r"\b(?:[A-Z]{2,}[ -]?\d{2,4}|Sector(?:ul|ului)? \d{1,2}|Praha \d{1,2})\b|"
                             + EMERGENCY_NUMBER, "", value)
            # "ECU 911", "Sector 1", "Sistema Nacional de Emergencias 911", "… Seguridad 9-1-1"
            if re.search(r"\d|[ \t][–—-][ \t]", figures) or sum(c.isupper() for c in letters) > 0.6 * len(letters):
                return None  # a heading ("CITY COUNCIL – REGULAR MEETING – Tuesday"), not a name
            if not (_org_like(value) or (i == 1 or cut_town) and folded in verbs and _is_compound_body(value)):
                return None  # one word only as a compound body before a listed verb: "Polismyndigheten har"
            joints = [] if re.search(r"\b(?:City|Town|Borough) and County\b", value) else _JOINT_SUBJECT.finditer(value)
            for joint in joints:  # "Мэрия города Бишкек и МВД … установят": the first ("City and County" is one)
                second = re.match(r"[^\W\d_]+", value[joint.end():])
                word = second.group(0) if second else ""
                opens_body = re.fullmatch(r"[A-ZА-ЯЁ]{2,6}", word) or (word.casefold() in _cues().org_words
                                                                     and word.casefold() not in _DOMAIN_WORDS)
                remit = _REMIT_HEAD.search(value[:joint.start()]) and not re.search(r"\bthe[ \t]", joint.group(0))
                if opens_body and not remit and _org_like(value[:joint.start()]):  # not "Ministerio de Justicia y …"
                    return s, s + joint.start()
            return s, e
    return None


# After an organisation word, an opening quote or a Latin word in a Cyrillic name starts what the body does, not its
# name (round 22): "Алматы қаласы әкімдігі «Сергек» жүйесіне", "… әкімдігі Sergek жүйесіне", "Daxili İşlər
# Nazirliyi “Təhlükəsiz şəhər” sisteminin", 'Цагдаагийн газар "Ухаалаг хот"'.
_AFTER_HEAD = re.compile(r"(?P<head>[^\W\d_]+)[ \t]+(?:[«“„\"][^\W\d_]|(?<=[а-яёәіңғүұқөһ] )[A-Za-z])")


def _quoted_or_latin_after_head(window: str, start: int, end: int) -> int:
    for match in _AFTER_HEAD.finditer(window, start, end):
        if match.start() > start and is_org_word(match.group("head")):
            return match.end("head")
    return end


_POSSESSIVE = re.compile(r"[A-Z][\w.&-]*['’]s")


def _possessive_subject(window: str, tokens: list[re.Match[str]], position: int,
                        lede: bool) -> tuple[int, int] | None | Literal[False]:
    """An English subject written with a possessive (round 22): a place's body ("Victoria's Department of Health
    bought", "El Salvador's Ministry of Justice paid") is the body; a body's programme or unit ("Bishkek City Hall's
    Safe City programme added") names the body before the possessive; "Sheriff's Office", "Minister's Office",
    "Court of King's Bench" are names. False: no possessive there, or one inside a name (the usual reading)."""
    for i, token in enumerate(tokens[:8]):
        if not _POSSESSIVE.fullmatch(token.group(0)):
            if not (token.group(0)[:1].isupper() or token.group(0).casefold() in _CONNECTORS):
                return False
            continue
        following = tokens[i + 1].group(0) if i + 1 < len(tokens) else ""
        s, e = _trimmed(window, tokens[0].start(), token.end() - 2)
        head = token.group(0)[:-2].casefold()
        if _org_like(window[s:e]) or is_org_word(head):
            if head in _POSSESSIVE_HEADS and not is_org_word(following.casefold()) and not is_vendor(window[s:e]):
                return s, e  # a body's programme or unit after its name
            return False
        if not (following[:1].isupper() and _is_place(window[s:e])):
            return False
        subject = subject_at(window, tokens[i + 1].start(), lede)
        # r42b_buyers: a place's body written as its acronym before a verb ("Malaysia's MAMPU moved", "Zambia's
        # ZESCO installs"): the acronym, without the place's possessive
        after = tokens[i + 2].group(0) if i + 2 < len(tokens) else ""
        if subject is None and _ACRONYM.fullmatch(following) and after[:1].islower() and not is_vendor(following) \
                and after.casefold() not in _OFFICERS:
            return tokens[i + 1].span()
        return subject
    return False


_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,9}")
_OFFICERS = frozenset("chairman chairperson chair chief head director spokesperson spokesman spokeswoman official "
                      "officials minister secretary commissioner board staff".split())


def _is_place(name: str) -> bool:
    """A country, a first-level region or a town ("El Salvador", "Victoria", "Manitoba"), not a person's title."""
    from enrich.places.gazetteer import country_of, place_key
    from enrich.places.geonames import admin1_named, cities_named

    key = place_key(name)
    return bool(country_of(name) or admin1_named(key) or cities_named(key))


# the last word of a body whose possessive names its programme or unit ("City Hall's Safe City programme")
_POSSESSIVE_HEADS = frozenset({"hall", "police", "council", "ministry", "department", "service", "authority",
                               "government", "municipality", "administration", "office", "agency", "force"})


# An officer's title before the body it heads, when a body word opens what follows (round 22): "The Cabinet Secretary
# of the Ministry of Interior … replied" (an office named by its field stays: "Director of Public Safety").
_OFFICER_OF = re.compile(r"(?:Cabinet|Permanent|Principal|Chief|Deputy)?[ \t]?(?:Secretary|Minister|Director"
                         r"|Director-General|Commissioner|Chairman|Chairperson|Spokesperson|Head)[ \t]+(?:of|for)"
                         r"[ \t]+(?:the[ \t]+)?"
                         r"(?=(?:Ministry|Department|Office|Directorate|Agency|Bureau|Authority)\b)")
_SOURCE_SHOWS = re.compile(r"(?:records|documents|filings|papers|files|data|figures)[ \t]+(?:show|showed|shows|reveal"
                           r"|revealed|reveals|indicate|indicated|indicates|suggest|suggested)\b")


def _is_compound_body(word: str) -> bool:
    """One capitalised word that holds an organisation word: "Polismyndigheten", "Kriminalvården"."""
    folded = word.casefold()
    return bool(re.fullmatch(r"[^\W\d_]{8,}", word)) and word[:1].isupper() and any(
        o in folded and len(folded) >= len(o) + 4 for o in _cues().org_words if len(o) >= 6)  # not "Verwaltung"


def is_org_word(word: str) -> bool:
    folded = word.casefold()
    return folded in _cues().org_words or folded in _cues().heads or folded in _HEAD_FINAL


def _carries_name(folded: str) -> bool:
    """A lower-case word a name can hold: a connector or an organisation word ("de", "město", "община")."""
    return folded in _CONNECTORS or folded in _cues().org_words or folded in _cues().heads or folded in _HEAD_FINAL


def _ends_lede_name(before: list[re.Match[str]], folded: str) -> bool:
    """Whether a lower-case word ends a lede's subject: it is no organisation word or connector, and the words
    before it hold an organisation word and a capitalised one after the first."""
    if _carries_name(folded):
        return False
    org = _cues().org_words
    words = [t.group(0) for t in before]
    if len(words) >= 2 and words[0][:1].isupper() and words[-1].casefold() in _HEAD_FINAL:
        return True  # a head-final name closes with its head: "Policijos departamentas perka", "Ichki ishlar vazirligi"
    return any(w[:1].isupper() for w in words[1:]) and any(  # a proper name after the head ("Un juzgado" is none)
        (f := w.casefold()) in org or (len(f) > 7 and any(o in f for o in org if len(o) >= 6)) for w in words)

