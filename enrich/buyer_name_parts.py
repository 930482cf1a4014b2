"""Parts of a buyer's name that the sentence readers of enrich/prose_buyers.py ask about (round 16).

Why a module of its own: enrich/prose_buyers.py reached the module size limit; these are pure text tests.

* an emergency line's number closing a service's name ("Sistema Nacional de Emergencias 911", "… Seguridad 9-1-1");
* tasks listed inside one name, one capitalised word each ("Centro de Comando, Control, Cómputo, Comunicaciones y
  Contacto Ciudadano", "Ministry for Home Affairs, Security and Employment") - never a list of towns or bodies;
* a town in a case ending after a Turkic head-final name ("Daxili İşlər Nazirliyi Bakı metrosunda");
* an office's or officer's title without any name ("City Manager", "Police Department", "Government"): no buyer;
* an officer's office keeps its seat ("Commissioner of Police, Hyderabad", "Office of the District Collector, Nagpur");
* a place after a name (strip_place_tail, round 18: moved here), a town after u / у / í (LOCATIVE_TAIL) or in a
  case ending after a head-final name (inflected_town_end);
* a headline that adds 澳門 / 香港 to a body the text's first sentence names as it names itself (治安警察局公佈…).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from enrich.prose_text import HEAD_FINAL


def _known_town(name: str) -> bool:
    """Whether GeoNames knows a town of this name (imported here: the gazetteer loads only when a name asks)."""
    from enrich.places.gazetteer import place_key
    from enrich.places.geonames import cities_named

    return bool(cities_named(place_key(name)))


# An emergency line's number closing a body's name ("Sistema Nacional de Emergencias 911", "Centro 1-1-2")
EMERGENCY_NUMBER = r"(?<=[ \t])(?:9-?1-?1|1-?1-?2|9-?9-?9|1-?1-?0|1-?1-?9)$"

# Tasks listed inside one name, one capitalised word each, at least two before the conjunction (", en La Paz" is
# no list): ", Control, Cómputo, Comunicaciones y Contacto",
# ", Security and Employment", ", Informatika dan Statistik", ", Fire and Emergency Services"
_ENUMERATION = re.compile(r"(?:,[ \t]+[A-ZÀ-ÞŠŽČĆĐ][\w'’-]+)+,?[ \t]+"
                          r"(?:y|e|and|dan|et|und|i|&|és|og|och|en|ve|và)[ \t]+"
                          r"[A-ZÀ-ÞŠŽČĆĐ][\w'’-]+(?![\w'’-]|\.[ \t]|,[ \t]+[A-ZÀ-ÞŠŽČĆĐ])")


def enumeration_end_at(window: str, position: int, org_words: AbstractSet[str]) -> int:
    """End of a list of tasks continuing a name at ``position`` (a comma there), or 0: never a list of places
    ("Stadt Köln, Bonn und Düsseldorf") nor of other bodies ("…, Police and Fire Department")."""
    if window[position:position + 1] != ",":
        return 0
    listed = _ENUMERATION.match(window, position)
    if not listed:
        return 0
    words = re.findall(r"[^\W\d_][\w'’-]*", listed.group(0))
    items = [w for w in words if w[:1].isupper()]
    places = [_known_town(re.split("['’]", w)[0]) for w in items]
    previous = re.search(r"([^\W\d_][\w'’-]*)$", window[:position])
    closed = previous is not None and previous.group(1).casefold() in org_words  # "Müdürlüğü, Konak, …"
    if any(w.casefold() in org_words for w in items) or all(places) or closed and any(places):
        return 0
    return listed.end()


def town_after_head(rest: str) -> bool:
    """Whether what follows a Turkic head-final name is one town, bare or with a case ending ("Bakı", "Bakının"),
    which the next word of the sentence governs: not part of the name (a subunit, "Belediyesi EGO …", stays)."""
    word = rest.strip()
    if not re.fullmatch(r"[A-ZÇĞİÖŞÜƏ][\wçğıöşüə]+", word):
        return False
    return any(_known_town(word[:size]) for size in range(len(word), 2, -1)
               if len(word) - size <= 4)


_SAR_PREFIX = re.compile(r"(?:澳門|澳门|香港|臺灣|台灣|台湾)")


def own_lede_name(window: str, start: int, end: int) -> tuple[int, int]:
    """A headline's "澳門治安警察局" when the body opens with the body's own name, "治安警察局公佈…" or
    "澳門特別行政區治安警察局公佈…": the name the body gives itself (a headline adds the place)."""
    title_end = window.find("\n")
    prefix = _SAR_PREFIX.match(window, start, end)
    if prefix is None or title_end < 0 or start > title_end or end - prefix.end() < 3:
        return start, end
    core = window[prefix.end():end]
    body = title_end + 1
    dateline = re.match(r"【[^】\n]{1,15}】|〔[^〕\n]{1,15}〕", window[body:body + 17])
    body += dateline.end() if dateline else 0  # round 27: "【澳門】治安警察局公佈…": after the press dateline
    at = window.find(core, body, body + 16 + len(core))
    if at < 0 or not re.fullmatch(r"[\u4e00-\u9fff]*", window[body:at]) or (
            body < at and not _SAR_PREFIX.match(window, body)):
        return start, end
    return body, at + len(core)


def zh_buyers(window: str, frames: Sequence[re.Pattern[str]]) -> list[tuple[int, int]]:
    """Chinese report sentences (zh_frames of enrich/data/prose_buyer_cues.yaml), a headline's name given way to
    the one the body opens with (`own_lede_name`)."""
    if not re.search(r"[\u4e00-\u9fff]", window[:2000]):
        return []
    found = []
    for pattern in frames:
        for m in pattern.finditer(window):
            name = m.group("org")
            if not re.match(r"(?:该|本|我|其|一|这|某|近日|日前)", name):
                found.append(own_lede_name(window, *m.span("org")))
    return found


# An office's or officer's title that names no particular body: "City Manager", "Police Department", "Government"
_GENERIC_TITLE = re.compile(r"(?:(?:the|The)[ \t]+)?(?:(?:(?:City|County|Town|Village|Borough)[ \t]+)?"
                            r"(?:Manager|Administrator|Clerk|Attorney|Engineer|Mayor)|Police[ \t]+Department"
                            r"|Government|Stadt|Gemeinde)")


# A body's kind with no name of its own, which the town after "of" completes (round 29b: set ae labels "Municipal
# Council of Port Louis", "Provincial Government of Cebu"; set ab "Addis Ababa Police Commission"): never cut there.
_NAMELESS_HEAD = re.compile(r"(?:(?:the|The)[ \t]+)?(?:Municipal|Provincial|Regional|District|County|City|Town|Village"
                            r"|State|Metropolitan|Police|Library)[ \t]+(?:Council|Government|Assembly|Board|Commission"
                            r"|Administration|Corporation)")


# r40b_buyers: a bare kind of local body is no name without its town ("City of Burlington, Vt.", "Municipality of
# Anchorage, Alaska": every development set labels "City of X"), so only the state after the town goes
_BARE_KIND = re.compile(r"(?:(?:the|The)[ \t]+)?(?:City|Town|Village|Borough|Township|Municipality|County|Parish"
                        r"|Commune|Comune|Ciudad|Municipio|Cidade|Município)")


def nameless_head(name: str) -> bool:
    """Whether a name is only a body's kind ("Municipal Council", "Provincial Government"), which needs its town."""
    return bool(_NAMELESS_HEAD.fullmatch(name.strip()))


def sentence_before_label(line: str, following: str) -> bool:
    """Whether a first body line read as a heading is a sentence that runs into a capitalised word and a colon
    (round 29b: "Gmina Sandomierz zleciła przebudowę Rynku: nawierzchnia…", "Tampereen kaupunki on tilannut Pirkan
    Turva Oy:ltä…"): two lower-case words of four letters or more, and no line break after it (a heading line
    ends there)."""
    return following not in ("", "\n") and sum(len(w) >= 4 and w.islower() for w in re.findall(r"[^\W\d_]+", line)) >= 2


def generic_title(name: str) -> bool:
    """Whether a name is only an office's or officer's title ("City Manager", "Police Department"), or a body the
    text leaves unnamed ("An IT college", "某县公安局"): no buyer."""
    return bool(_GENERIC_TITLE.fullmatch(name.strip()) or _UNNAMED_BODY.fullmatch(name.strip())
                or _ANONYMISED_BODY.search(name))


# r35b_buyers: a body the text does not name - an indefinite or the writer's own ("An IT college offers …", "Our
# Ghana police contract was …" in a filer's report) - ends on a word in small letters; "An Garda Síochána" does not
_UNNAMED_BODY = re.compile(r"(?:Our|An?)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,4}[a-z][\w'’-]*")
# ... and a Chinese body a disclosure or report leaves unnamed ("与四川省某县公安局签订", "某市公安局"): no set
# labels one
_ANONYMISED_BODY = re.compile(r"某(?:省|市|县|縣|区|區|州|地|镇|鎮|乡|鄉|单位|單位|机关|機關|部门|部門)")


# An officer's office, named after the officer: its seat after a comma is part of the name (Indian usage)
_PERSON_OFFICE = re.compile(r"(?:(?:The|the)[ \t]+)?(?:Office[ \t]+of[ \t]+the[ \t]+)?(?:Deputy[ \t]+|District[ \t]+"
                            r"|Additional[ \t]+)?(?:Commissioner|Superintendent|Collector|Inspector[ \t]+General"
                            r"|Director[ \t]+General|Magistrate)(?:[ \t]+of[ \t]+Police)?")
_SEAT = re.compile(r",[ \t]+([A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?)(?=[ \t]+[a-z]|[ \t]*[,.;]|[ \t]*$)")


def office_seat_end(text: str, start: int, end: int) -> int:
    """End of an officer's office with its seat ("Commissioner of Police, Hyderabad City has …"), else ``end``."""
    seat = _SEAT.match(text, end) if _PERSON_OFFICE.fullmatch(text, start, end) else None
    if seat is None:
        return end
    town = re.sub(r"[ \t]+City$", "", seat.group(1))
    return seat.end() if _known_town(town) else end


# A town in the locative after a South Slavic or Icelandic "in" (u, у, í) closes a sentence subject; it is not
# part of the name (the Polish "w" is: "Komenda Wojewódzka Policji w Gdańsku").
LOCATIVE_TAIL = re.compile(r"[ \t]+(?:u|у|í)[ \t]+[A-ZÁÉÍÓÚÞÆÖŠŽČĆĐА-ЯЂЈЉЊЋЏ][\w'’-]+(?:[ \t-][A-ZА-Я][\w'’-]+)?")


_PLACE_TAIL = re.compile(
    r"(?:,[ \t]*[^,;()\n]{2,40}(?:,[ \t]*[^,;()\n]{2,40})?|[ \t]*\([^()\n]{2,60}\)|[ \t]+[—–-][ \t]+[A-Z]{2}\.?"
    r"|[ \t]+(?:of|in|à|em|en|di)[ \t]+[^,;()\n]{2,30},[ \t]*[^,;()\n]{2,30})[ \t]*$")
# "Logan City Council in Queensland": a single region or country after "in" (a town there may be part of the name)
_REGION_TAIL = re.compile(r"[ \t]+(?:in|à|em|en)[ \t]+(?P<region>[A-ZÀ-Þ][^\W\d_]+(?:[ \t][A-ZÀ-Þ][^\W\d_]+){0,2})$")


# A street address in brackets after a name: a house number, a comma, the town ("(Av. España 450, Lima)")
_ADDRESS_TAIL = re.compile(r"[ \t]*\((?=[^()\n]{0,60}?[^\W\d_][ \t]\d{1,5}[A-Za-z]?,[ \t])[^()\n]{4,100}\)")


def without_address_note(text: str, start: int, end: int) -> int:
    """End of a field's value without a street address in brackets after the name (r39b: "Entidad: Policía
    Nacional del Perú (Av. España 450, Lima)"); ``end`` when the value ends otherwise."""
    address = _ADDRESS_TAIL.search(text, start, end)
    if address is not None and address.end() == end and address.start() > start:
        return address.start()
    return end


def strip_place_tail(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without a trailing place: "X, Bristol", "X (Lisboa)", "X — PE", "X of Boise, Idaho"; only when the
    tail names a place the gazetteer knows (a town, region, country or a two-letter state)."""
    from enrich.places.gazetteer import country_of, place_key
    from enrich.places.geonames import admin1_named

    if office_seat_end(text, start, text.rfind(",", start, end)) == end:
        return start, end  # "Commissioner of Police, Hyderabad": an officer's office keeps its seat
    region = _REGION_TAIL.search(text, start, end)
    if region and (country_of(region.group("region")) or admin1_named(place_key(region.group("region")))):
        return start, region.start()
    m = _PLACE_TAIL.search(text, start, end)
    if m is None or m.start() <= start:
        return start, end
    tail = re.sub(r"^[ \t,(—–-]*(?:of|in|à|em|en|di)?[ \t]*|[ \t).]*$", "", m.group(0))
    parts = [p.strip(" .(") for p in re.split(r"[,(]", tail) if p.strip(" .(")]
    # a town of any size before a two-letter state ("X, Harlan, KY", "X, Quantico, VA"): the state says it is one
    town_state = len(parts) == 2 and bool(re.fullmatch(r"[A-Z]{2}", parts[1])) and bool(
        re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}", parts[0]))
    known = town_state or all(_is_place(p) for p in parts)
    bare = len(parts) == 2 and bool(_BARE_KIND.fullmatch(text, start, m.start())) and _is_place(parts[1])
    if parts and (known and nameless_head(text[start:m.start()]) or bare) and re.match(r"[ \t]+of[ \t]", m.group(0)):
        # round 30: "Library Board of Madison, Wisconsin": a body's kind keeps its town, only the state goes; r40b:
        # a bare kind too, also with a town the gazetteer lacks ("City of Montpelier, Vt.")
        return start, text.index(",", m.start(), end)
    return (start, m.start()) if parts and known else (start, end)


def _is_place(part: str) -> bool:
    """Whether a part of a place tail is a place the gazetteer knows, a two-letter state or a state's abbreviation."""
    from enrich.places.gazetteer import country_of, place_key
    from enrich.places.geonames import admin1_named, cities_named, us_states_by_ap

    return bool(re.fullmatch(r"[A-Z]{2}", part) or country_of(part) or cities_named(place_key(part))
                or admin1_named(place_key(part)) or part + "." in us_states_by_ap()  # ", Tenn.", ", Calif."
                or re.sub(r"^г\.\s*", "", part) != part)


def inflected_town_end(window: str, start: int, end: int) -> int:
    """End of a head-final name followed by a town in a case ending, which the sentence governs: "Az Országos
    Rendőr-főkapitányság Budapesten 1,8 milliárd", "Policijos departamentas Vilniuje" (a bare town may be the
    name's)."""
    words = list(re.finditer(r"\S+", window[start:end]))
    if len(words) < 3 or words[-2].group(0).casefold() not in HEAD_FINAL:
        return end
    town = words[-1].group(0)
    from enrich.places.gazetteer import place_key
    from enrich.places.geonames import cities_named

    inflected = town_after_head(town) and not cities_named(place_key(town))
    return start + words[-2].end() if inflected else end


_SAR_PREFIXES = ("香港", "澳門", "澳门")


def body_form_first(window: str, found: list[tuple[int, int]], others: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A Chinese title's short form of the buyer yields to the body's own, longer writing of it (round 22):
    title 臺南市政府環保局, body 臺南市政府環境保護局…; title 臺中市警察局, body 臺中市政府警察局刑事警察大隊採購…
    (the title's characters, in order, inside the body's name, which never writes the title's form)."""
    title_end = window.find("\n")
    if not found or title_end < 0 or found[0][0] > title_end or not re.match(r"[\u4e00-\u9fff]", window[found[0][0]]):
        return found
    short = window[found[0][0]:found[0][1]]
    continued = _title_continued(window, found[0], others, title_end)
    if continued:
        return [continued] + [span for span in found if span != continued]
    if short in window[title_end:]:
        return found  # the body writes the title's form itself: "臺南市政府衛生局為市立醫院…" keeps it
    bare = window.find(short[2:], title_end) if short.startswith(_SAR_PREFIXES) and len(short) >= 5 else -1
    if bare > 0:  # round 30: title 澳門治安警察局…, body "治安警察局公佈…": the body's own writing of the name
        return [(bare, bare + len(short) - 2)] + found
    opening = len(window) - len(window[title_end + 1:].lstrip())
    subject = next(((s, e) for s, e in others if s == opening and re.match(r"[\u4e00-\u9fff]", window[s])), None)
    if subject:  # round 30: the title heads with the site ("卓尼县民族中学…"), the body opens with who buys it
        return [subject] + [span for span in found if span != subject]  # ("卓尼县教育局改造民族中学…")
    for start, end in others:
        name = window[start:end]
        letters = iter(name)
        if start > title_end and len(name) > len(short) and name[:2] == short[:2] and all(c in letters for c in short):
            return [(start, end)] + [span for span in found if span != (start, end)]
    variant = _reordered_body_name(window, short, title_end)
    return [variant] + found if variant else found


def body_long_form_first(window: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans with the body's own longer writing of a headline's first name put first (see _body_long_form)."""
    title_end = window.find("\n")
    if not spans or title_end < 0 or spans[0][0] > title_end or not window[spans[0][0]].isupper():
        return spans
    longer = _body_long_form(window, spans[0], spans, title_end)
    return [longer] + [span for span in spans if span != longer] if longer else spans


def _body_long_form(window: str, title_span: tuple[int, int], spans: list[tuple[int, int]],
                    title_end: int) -> tuple[int, int] | None:
    """r43b_buyernames: a headline's short form of a body in a cased script yields to the body's own longer name
    that opens and ends with the same words and keeps the headline's capitalised words in order (headline
    "Municipalidad de Lima", body "La Municipalidad Metropolitana de Lima adjudicó …"; "Mairie de Bamako" / "Mairie
    du District de Bamako"): the title shortens, the text names the body in full."""
    short = window[title_span[0]:title_span[1]].split()
    if len(short) < 2 or window[title_span[0]:title_span[1]] in window[title_end:]:
        return None
    for start, end in spans:
        words = window[start:end].split()
        if start <= title_end or len(words) <= len(short) or len(words) > 10 or (
                words[0].casefold() != short[0].casefold() or words[-1].casefold() != short[-1].casefold()):
            continue
        rest = iter(w.casefold() for w in words)
        if all(w.casefold() in rest for w in short if w[:1].isupper()):
            return start, end
    return None


def _title_continued(window: str, title_span: tuple[int, int], others: list[tuple[int, int]],
                     title_end: int) -> tuple[int, int] | None:
    """Round 27: a body reading that writes the title's name on with the unit the title goes on to name
    ("和田地区行政公署公安处…": the title head stopped at 行政公署, the body names the 公安处): that unit."""
    start, end = title_span
    short = window[start:end]
    for s, e in others:
        name = window[s:e]
        if s > title_end and len(name) > len(short) and name.startswith(short) and window.startswith(name, start):
            return s, e
    return None


_NOT_IN_NAME = re.compile(r"[^\u4e00-\u9fff]|[，。；：、（）“”「」]")
_PLACE_LEVELS = frozenset("区區县縣市旗")


def _reordered_body_name(window: str, short: str, title_end: int) -> tuple[int, int] | None:
    """Round 27: the body's own writing of a title's buyer in another order - a police sub-bureau named after its city
    bureau ("郑州市公安局金水分局" for the title's "郑州市金水区公安分局"): a name in the body's first lines that opens
    with the title name's place, ends in its head and holds every character of it but the level words (区/县/市)."""
    if len(short) < 5:
        return None
    needed = set(short) - _PLACE_LEVELS
    body = title_end + 1
    stop = min(len(window), body + 300)
    for m in re.finditer(re.escape(short[:2]), window[body:stop]):
        at = body + m.start()
        for size in range(len(short) - 2, len(short) + 4):
            name = window[at:at + size]
            if len(name) < size or _NOT_IN_NAME.search(name):
                break
            if name != short and name.endswith(short[-2:]) and needed <= set(name):
                return at, at + size
    return None


# A sub-bureau written after its city bureau ("沈阳市公安局和平分局"): the sub-bureau is the body, not the bureau
_SUB_BUREAU = re.compile(r"[\u4e00-\u9fff]{1,4}?分局")


def sub_bureau_end(text: str, start: int, end: int) -> int:
    """End of a police sub-bureau a span stopped before ("沈阳市公安局|和平分局"), else ``end``."""
    if not text.endswith(("公安局", "警察局"), start, end):
        return end
    unit = _SUB_BUREAU.match(text, end, end + 6)
    return unit.end() if unit else end


# Round 27: a national body's seat in its capital after a Slavic "in" (w, we, в, во, у): "Komenda Główna Policji w
# Warszawie", "Министерството на вътрешните работи в София", "МВД по Чеченской Республике в Грозном". A regional or
# city body keeps its town, which tells it from its namesakes ("Komenda Wojewódzka Policji w Gdańsku").
_SLAVIC_SEAT = re.compile(r"[ \t]+(?:w|we|в|во|у)[ \t]+([A-ZА-ЯЁЀ-Џ][\w'’-]{2,30})$")
_NATIONAL_BODY = re.compile(r"(?:\b|(?<=[\s«]))(?:Główn|Stołeczn|Krajow|Centraln|Ministerstw|Министерств|Міністерств"
                            r"|Министарств|Главн|Централн|Национал|Національн|Државн|Федеральн|МВД|МВС|МУП\b|"
                            r"по[ \t]+[А-ЯЁ][\w-]+[ \t]+(?:Республике|области|краю))", re.IGNORECASE)


def national_seat_start(text: str, start: int, end: int) -> int:
    """Where a national body's seat after a Slavic "in" starts (see _SLAVIC_SEAT), else ``end``."""
    seat = _SLAVIC_SEAT.search(text, start, end)
    if seat is None or seat.start() - start < 8 or not _NATIONAL_BODY.search(text, start, seat.start()):
        return end
    return seat.start()  # (a capitalised word after "in" there is its seat, often in a case: "Warszawie", "Грозном")


# Round 24: a source fronted before a sentence's subject - "According to budget documents, the X bought",
# "Según documentos, la Secretaría …", "Σύμφωνα με έγγραφα, η Δημοτική Αστυνομία … προμηθεύτηκε" - the subject
# follows the comma (a Greek lower-case article is read with the source; other articles by the subject reader).
FRONTED_SOURCE = re.compile(
    r"(?:According[ \t]+to|Citing|Según|Segun|De[ \t]+acuerdo[ \t]+con|Segundo|De[ \t]+acordo[ \t]+com|Selon"
    r"|D['’]après|Laut|Secondo|Volgens|Ifølge|Enligt|Według|Prema|Према|Согласно|Відповідно[ \t]+до|Згідно[ \t]+з"
    r"|Σύμφωνα[ \t]+με|Menurut|Theo)[ \t]+[^,.;\n]{2,60},[ \t]+(?:(?:η|ο|το|οι)[ \t]+(?=[^\W\d_]))?")
