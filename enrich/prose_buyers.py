"""More buyers named in prose: portal fields the label list misses, sentence subjects with any verb, "by the X".

Why a second pass: held-out notices showed buyers that enrich/prose_parties.py's cue verbs never meet - "La
Unidad Regional de Análisis Digital de Medellín adjudicó…", "Die Landesstelle … Dresden hat … beschafft", "The
Kingsway Municipal Facilities Office in Vancouver replaced…", "Awarding office: X", "判給實體：X", "记者从X获悉",
"… operated by the Tambaram Commuter Safety Cell". They are read here with the cues of
enrich/data/prose_buyer_cues.yaml and handed to prose_parties.prose_buyers, which ranks them: a field or a JSON
"buyer" outranks any sentence, and a sentence subject found here is only used when no cue of the first pass fired.

Precision over recall, as in the first pass: a name must contain an organisation word, English names are written in
capitals, a company legal form (Ltd, S.A., GmbH) is never a sentence's buyer, a registry vendor never a buyer at all,
and a place written after the name (", Bristol", "(Lisboa)", " — PE", "of Boise, Idaho") is not part of it.
"""
from __future__ import annotations

import re
from typing import Literal

from enrich.buyer_cues import RU_ORG as _RU_ORG
from enrich.buyer_cues import cues as _cues
from enrich.buyer_cues import is_vendor as is_vendor
from enrich.buyer_cues import org_like as _org_like
from enrich.buyer_name_parts import (
    EMERGENCY_NUMBER,
    FRONTED_SOURCE,
    LOCATIVE_TAIL,
    enumeration_end_at,
    inflected_town_end,
    nameless_head,
    office_seat_end,
    town_after_head,
    zh_buyers,
)
from enrich.buyer_name_parts import strip_place_tail as strip_place_tail
from enrich.headline_buyers import heading_line_buyers, headline_buyers, lede_start, org_line_buyers
from enrich.municipal_buyers import MUNICIPAL_UNITS as _MUNICIPAL_UNITS
from enrich.municipal_buyers import acting_department, municipal_line_buyers
from enrich.name_words import (
    CLOSING_HEADS,
    continues_name,
    ends_at_figure,
    english_lower_head,
    place_preposition_ok,
    romance_adjective,
)
from enrich.party_values import drop_latin_address
from enrich.prose_text import ARTICLE as _ARTICLE
from enrich.prose_text import ELIDED_ARTICLE, FRONTED_PLACE, LOWER_ARTICLE, arabic_construct_end, dateline_at
from enrich.prose_text import HEAD_FINAL as _HEAD_FINAL
from enrich.prose_text import NAME_CONNECTORS as _CONNECTORS
from enrich.prose_text import TURKIC_HEAD_END as _TURKIC_HEAD_END
from enrich.prose_text import trimmed as _trimmed
from enrich.reported_buyers import reported_buyers, without_reporters

PROSE_WINDOW = 20_000  # as enrich/prose_parties.py: buyers are introduced early
# The name-end reader of this pass: simpler than prose_parties' (no legal forms: a company is never a sentence's
# buyer). Trimming is shared through enrich/prose_text.py (prose_parties calls this module; no cycles).
_CAPITAL_TOKEN = re.compile(r"[A-Z0-9ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞŠŽČĆĐА-ЯЁ][\w.'’&\-/+]*")
_CAPS_STOPS = {"FOR", "IN", "AT", "ON", "WITH", "TO", "BY", "FROM", "AS", "UNDER", "PER", "WHICH", "THAT", "WHO"}
_JOINERS = {"of", "de", "do", "da", "dos", "das", "del", "la", "y", "e", "and", "&", "und", "et", "i", "für", "du",
            "des", "the"}


def _latin_name_end(text: str, start: int, limit: int = 160) -> int:
    """End of a name written in capitals word by word from ``start`` ("National Police Service of Kenya")."""
    end, position, stop = start, start, min(len(text), start + limit)
    while position < stop:
        token = _CAPITAL_TOKEN.match(text, position)
        if token and token.group(0).rstrip(".,") not in _CAPS_STOPS:
            end = position = token.end()
            word = token.group(0)
            if word.endswith(".") and len(word) > 5 and "." not in word[:-1]:
                return end - 1  # "… Police Department. Motorola Solutions will …": a sentence ends, not an abbreviation
        else:
            elided = ELIDED_ARTICLE.match(text, position, stop)
            if elided and position != start:
                position = elided.end()  # "District Autonome d’Abidjan": the article is glued to the name
                continue
            joiner = re.match(r"[\w&'’]+", text[position:stop])
            if position == start or not joiner or joiner.group(0).casefold() not in _JOINERS:
                break
            position += joiner.end()
        gap = re.match(r"[ \t]{1,2}", text[position:stop])
        if not gap:
            break
        position += gap.end()
    return end
# A Russian body's territory, part of its name: "… по Новосибирской области", "… по Ставропольскому краю".
_RU_TERRITORY = re.compile(r"по[ \t]+(?:[А-ЯЁ][\w-]+[ \t]+(?:области|краю|району|округу|автономному округу)"
                           r"|(?:Республике|городу|г\.)[ \t]*[А-ЯЁ][\w-]+(?:[ \t]+[А-ЯЁ][\w-]+)?)")
# an article just before a position (a lede read after it: enrich/headline_buyers.py's lede_start skips it)
_ARTICLE_BEFORE = re.compile(r"(?:(?<=\s)|^)(?:[Tt]he|[Ll]a|[Ee]l|[Ll]es?|[Ll]os|[Ll]as|[Dd]e|[Hh]et|[Dd]er|[Dd]ie"
                             r"|[Dd]as|[Ii]l|[Ll]o|O|A|Os|As)[ \t]+$|(?:(?<=\s)|^)[Ll]['’]$")
_TOKEN = re.compile(r"[^\W\d_][\w'’&.\-]*|\d[\w.\-]*|[«»\"“”]|&")
_ARABIC = re.compile("[\u0621-\u064a]")


_FIELD_VALUE_END = re.compile(r"\n|\t| \| |｜|；|。| / |\.[ \t]+(?=[A-ZÀ-Þ][\w ]{2,30}:)|;|[.,]?[ \t]+BT-\d{2,4}\b")


def _field_buyers(window: str) -> list[tuple[int, int]]:
    found = []
    for m in _cues().labels.finditer(window):
        line_end = _FIELD_VALUE_END.search(window, m.end())
        end = line_end.start() if line_end else min(len(window), m.end() + 200)
        start, end = _trimmed(window, m.end(), end)
        end = start + len(drop_latin_address(window[start:end]))
        start, end = strip_place_tail(window, start, end)
        value = window[start:end]
        if 4 <= len(value) <= 140 and (re.search(r"[\u4e00-\u9fff]", value) or _org_like(value, allow_company=True)
                                       or len(value.split()) >= 2 and value[:1].isupper()):
            found.append((start, end))
    for m in re.finditer(r'"buyer"\s*:\s*\{[^{}]{0,200}?"name"\s*:\s*"([^"\n]{3,140})"', window):
        found.append(m.span(1))
    return found


# Two bodies as one subject: "X и Y установят", "X and the Y will": a connector before a second organisation
# (capitalised or an acronym; "Victoria and Albert Museum" is one name, its first part no organisation).
_JOINT_SUBJECT = re.compile(r"[ \t]+(?:и|та|and|y|et|und|e|i)[ \t]+(?:the[ \t]+)?(?=[A-ZА-ЯЁІЇЄ])")
# Organisation words that after "y" / "and" name the first body's second remit, not a second body (round 28b):
# "Secretaría de Seguridad y Protección Ciudadana", "Ministry of Justice and Protection of Citizens".
_DOMAIN_WORDS = frozenset("protección proteccion protection proteção protecao".split())

# a word closing a sentence: "County.", not an abbreviation ("St.", "Co.", "U.S.", "Inc.", "Dept.")
_SENTENCE_END_TOKEN = re.compile(r"^[^\W\d_][^\W\d_]{4,}\.$")
_SENTENCE_BREAK = re.compile(r"(?:(?<!\b[SFM]t)(?<!\bSte)[.!?;]|\n)[ \t]*(?:[—–][ \t]*)?(?=\S)")  # r31b: "St. Ann …"


# round 31: English words in the clause: a French name in English prose ("The Gendarmerie nationale of Senegal has
# bought") is read in English style, a French sentence ("La Direction générale de la sûreté nationale a acquis") not
_ENGLISH_CLAUSE = re.compile(r"\b(?:the|has|have|had|was|were|is|are|will|bought|paid|uses)\b|\b[a-z]{3,}ed\b")


def _body_start(window: str) -> int:
    """Where the body starts: after the title's line (the stored text is title + "\\n" + body)."""
    title_end = window.find("\n")
    return title_end + 1 if title_end != -1 else 0


def _sentence_starts(window: str) -> list[int]:
    body = _body_start(window)
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


def _subject_at(window: str, position: int, lede: bool = False) -> tuple[int, int] | None:
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
        territory = _RU_TERRITORY.match(window, token.start()) if word == "по" else None
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
            return (s, e) if position == _body_start(window) and _org_like(window[s:e]) else None
        folded = word.casefold()
        if ELIDED_ARTICLE.match(word):
            continue  # "District Autonome d’Abidjan": an elided article glued to the name's next word
        is_verb = folded in verbs and not (folded in ("a", "ha") and i + 1 < len(tokens) and
                                           tokens[i + 1].group(0)[:1].isupper())
        lede_verb = not is_verb and lede and (word[:1].islower() or word[:1].isdigit() and tokens[i - 1].group(
            0).casefold() in _HEAD_FINAL) and _ends_lede_name(tokens[:i], folded)  # "… vazirligi 200 ta kamera"
        # (a figure after a head-final head only: "ECU 911", "Praha 1", "ASL Napoli 1 Centro" hold theirs)
        if lede and not is_verb and not lede_verb and word[:1].islower() and not _carries_name(folded):
            if any(t.group(0)[:1].islower() and _is_org_word(t.group(0)) for t in tokens[i + 1:i + 3]):
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
        if not is_verb and english_style and (ends_at_figure(tokens, i, _is_org_word) or (
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
                i <= 5 and any(_is_org_word(t.group(0)) for t in tokens[:i]) and all(  # "Lučka uprava Split kupila"
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
                if cities_named(place_key(town)) and not municipal and not country_of(town) and not nameless_head(
                        before) and (
                        town.casefold() not in _cues().org_words) and (_org_like(before) or (  # "Bureau of Police"
                        tail.group(0).split()[0] == "i" and _is_compound_body(before))):
                    e, cut_town = s + tail.start(), True  # "Office in Vancouver replaced", "Authority of Boise,
                    # Idaho, has", "Polismyndigheten i Stockholm har"; the town of "City of Atlanta will" is the name
            e = _quoted_or_latin_after_head(window, s, e)
            locative = LOCATIVE_TAIL.search(window, s, e)
            if locative and locative.end() == e and _org_like(window[s:locative.start()]):
                e = locative.start()  # "Ministarstvo unutrašnjih poslova u Beogradu", "Lögreglan á … í Reykjavík"
            value = window[s:e]
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
                if opens_body and _org_like(value[:joint.start()]):  # not "Ministerio de Justicia y Seguridad"
                    return s, s + joint.start()
            return s, e
    return None


# After an organisation word, an opening quote or a Latin word in a Cyrillic name starts what the body does, not its
# name (round 22): "Алматы қаласы әкімдігі «Сергек» жүйесіне", "… әкімдігі Sergek жүйесіне", "Daxili İşlər
# Nazirliyi “Təhlükəsiz şəhər” sisteminin", 'Цагдаагийн газар "Ухаалаг хот"'.
_AFTER_HEAD = re.compile(r"(?P<head>[^\W\d_]+)[ \t]+(?:[«“„\"][^\W\d_]|(?<=[а-яёәіңғүұқөһ] )[A-Za-z])")


def _quoted_or_latin_after_head(window: str, start: int, end: int) -> int:
    for match in _AFTER_HEAD.finditer(window, start, end):
        if match.start() > start and _is_org_word(match.group("head")):
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
        if _org_like(window[s:e]) or _is_org_word(head):
            if head in _POSSESSIVE_HEADS and not _is_org_word(following.casefold()) and not is_vendor(window[s:e]):
                return s, e  # a body's programme or unit after its name
            return False
        return _subject_at(window, tokens[i + 1].start(), lede) if following[:1].isupper() and _is_place(
            window[s:e]) else False
    return False


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


def _is_org_word(word: str) -> bool:
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


def _by_frame_buyers(window: str) -> list[tuple[int, int]]:
    found = []
    for language, frame in _cues().by_frames:
        for m in frame.finditer(window):
            position = m.end()
            if language == "en":
                end = _latin_name_end(window, position)
            else:
                stop = re.compile(r"[,.;:()\n]| (?:pour|para|por|que|per|com|con|avec|with|für|untuk|voor|на) ").search(
                    window, position, min(len(window), position + 160))
                end = stop.start() if stop else position
            s, e = _trimmed(window, position, end)
            s, e = strip_place_tail(window, s, e)
            if e > s and _org_like(window[s:e]) and not _PORTFOLIO.search(window, max(0, m.start() - 30), m.end()):
                found.append((s, e))
    return found


# round 30: a minister's portfolio is no body ("To ask the Secretary of State for the Home Department, …")
_PORTFOLIO = re.compile(r"(?:Secretary of State|Minister|Secretary|Commissioner)[ \t]+for[ \t]+the[ \t]+$")


def _script_buyers(window: str) -> list[tuple[int, int]]:
    """A buyer in a language the Latin-script sentence rules cannot read: 神奈川県警察本部は…, 서울특별시는…,
    लखनऊ नगर निगम ने…, กรุงเทพมหานครได้…, Công an thành phố Hà Nội đã…, أعلنت القيادة العامة لشرطة دبي ترسية…"""
    if window[:3000].isascii():
        return []
    found = []
    title_end = window.find("\n")
    for pattern in _cues().script_frames:
        for m in pattern.finditer(window[:3000]):
            org = m.group("org")
            if org[:1] in _DEICTIC or (re.fullmatch("[가-힣]+", org) and len(org) < 3):
                continue  # 同市は, 本県が, 当局は ("the said city"); 도시는 ("the city"): no name
            s, e = _trimmed(window, *m.span("org"))
            found.append((s, arabic_construct_end(window, s, e) if _ARABIC.match(org) else e))
    in_body = [span for span in found if span[0] > title_end]
    return in_body or found  # the body names the buyer in full ("Công an thành phố Hà Nội"; the title "TP Hà Nội")


def _named_bodies(window: str) -> list[tuple[int, int]]:
    """A municipal or government body with a fixed head (name_frames of the cue file), in the body first."""
    found = [_trimmed(window, *m.span("org")) for pattern in _cues().name_frames
             for m in pattern.finditer(window[:3000])]
    title_end = window.find("\n")
    in_body = sorted(span for span in found if span[0] > title_end)
    return in_body[:1] or sorted(found)[:1]


_DEICTIC = frozenset("同本当該该我其此这這")


_TOWN_AFTER = re.compile(r"[ \t]+(?:i|di|in)[ \t]+[A-ZÀ-Þ][\w'’ -]{2,30}")  # what the lede's reading cut
_AWARD_TITLE = re.compile(r"Award [A-Z0-9]{8,}[ \t]+[—–-][ \t]+(?P<org>[^\n]{4,90}?)[ \t]*\n")


def more_buyers(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(explicit, other) buyer spans: fields and JSON buyers are explicit; the name a headline and its lede share
    (enrich/headline_buyers.py) leads the others; then sentence subjects, "by the X" frames, Chinese report
    sentences and a heading line, in text order. Vendors are dropped."""
    window = text[:PROSE_WINDOW]
    explicit = _field_buyers(window) + municipal_line_buyers(window) + org_line_buyers(window)
    award = _AWARD_TITLE.match(window)  # USAspending as a page: "Award 70B03C26F00000912 — U.S. Customs and …"
    explicit += [award.span("org")] if award and (_org_like(award.group("org")) or re.fullmatch(
        r"(?:[A-Z][\w.'’&-]*[ \t]+(?:(?:and|of|for|the)[ \t]+)*)+[A-Z][\w.'’&-]*", award.group("org"))) else []
    headline = headline_buyers(window, _is_org_word)
    # a news lede: after its dateline, or the body's first sentence ("Община Пловдив възложи …")
    lede = lede_start(window, _body_start(window), plain=True) if "\n" in window else None
    starts = _sentence_starts(window)
    starts += [] if lede is None or lede in starts else [lede]
    source = FRONTED_SOURCE.match(window, lede) if lede is not None else None  # "ΛΑΡΙΣΑ — Σύμφωνα με …, η"
    starts += [source.end()] if source else []
    found = [span for position in starts if (span := _subject_at(window, position))]
    # the lede read without verb lists: only when no other reading names a buyer (see _subject_at)
    lede_spans = [] if lede is None or any(s == lede for s, _ in found) else [
        span for span in [_subject_at(window, lede, lede=True)] if span]
    by_frame, reported = _by_frame_buyers(window), reported_buyers(window)  # round 23: "… found that X paid"
    found += by_frame + reported + zh_buyers(window, _cues().zh_frames) + _script_buyers(window)
    found += heading_line_buyers(window)
    acting = reported + [x for x in by_frame if re.search(r"\bby[ \t]+(?:the[ \t]+)?$", window[x[0] - 8:x[0]])]
    named = _named_bodies(window)  # a fixed-head name knows where it ends: "Corpo della Gendarmeria di San Marino ha"
    # "Yunusobod district administration (Yunusobod tuman hokimligi) has paid": the own name in brackets after it
    found = [next((n for n in named if re.fullmatch(r"[ \t]*[（(]", window[x[1]:n[0]])), x) for x in found]
    found = [x for x in found if not any(n[0] == x[0] and n[1] < x[1] for n in named)] + named
    keep = [(s, e) for s, e in explicit + headline + found + lede_spans
            if (e - s >= 4 or e - s >= 2 and not window[s:e].isascii()) and not is_vendor(window[s:e])]  # 福岡市
    others = without_reporters(window, sorted({x for x in found if x in keep} - set(headline),
                                              key=lambda x: (x[0], -x[1])), acting)
    # a sentence reading that opens where the headline's name does and reads further knows where the name ends
    # ("Sở Giao thông vận tải thành phố Đà Nẵng"; the headline says "Sở Giao thông vận tải")
    leads = [max((o for o in others if o[0] == s and o[1] > e), default=None)
             or next((o for o in others if o[0] == s and _TOWN_AFTER.fullmatch(window, o[1], e)), None)  # "X i Y"
             or max((o for o in others if s < o[0] and o[1] <= e), key=lambda o: o[1] - o[0], default=(s, e))
             for s, e in headline if (s, e) in keep]  # "Iginawad ng Pamahalaang Lungsod ng Quezon": the name inside
    ordered = acting_department(window, leads + [o for o in others if o not in leads])  # round 27: the acting PD
    return [x for x in explicit if x in keep], ordered + [
        x for x in lede_spans if x in keep and not others and not leads]
