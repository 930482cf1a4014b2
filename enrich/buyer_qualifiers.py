"""Words a sentence puts around a buyer's name that are no part of it (round 23); enrich/buyer_span.py asks.

* an English "of <Country>" glued to a name written in a Romance language ("Ministère de la Sécurité of Burkina
  Faso"); a country written in the name as a phrase or as an adjective stays ("Ministerio del Interior del Perú",
  "ministère de l'Intérieur tunisien": r37_buyers, r38_buyers);
* a seat after a preposition where the name has no capitals to end it: Vietnamese "… tại Buôn Ma Thuột", Thai
  "…ในยะลา" (a place the gazetteer knows), or a town the text follows with "in the city" (mn "… Эрдэнэт хотод");
* a town before the name: Russian "В Казани МВД …", Japanese "東京の警視庁";
* a reporting clause read into the name's start: "An audit found that X", "Officials said that X".
"""
from __future__ import annotations

import re


def _country(name: str) -> bool:
    from enrich.places.gazetteer import country_of

    return bool(country_of(name.strip()))


# r34b_buyers: English prose glues its own "of <Country>" to a body named in its own language ("The Ministerio de
# Gobierno of Bolivia contracted …", "Ministère de la Sécurité of Burkina Faso", "Gendarmerie nationale of Senegal",
# "Policía Fiscal of Peru"): the phrase is the writer's, not the name (6 of 6 so labelled in sets ac, ag, aj; English
# names keep theirs: "Ministry of Interior of Serbia", "Bank of Ghana").
_ENGLISH_COUNTRY_TAIL = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?"
                                   r"([A-Z][\w'’.-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’.-]*){0,3})$")
_ENGLISH_WORD = re.compile(r"\b(?:of|and|for|the|on|in)\b")
# a mark of a name not written in English: a Romance article or preposition, a letter with a diacritic, a lower-case
# adjective after the head ("Gendarmerie nationale")
_FOREIGN_MARK = re.compile(r"\b(?:de|du|des|del|della|di|da|do|dos|la|le|los|las|l['’]\w)|[À-ÖØ-öø-ÿ]"
                           r"|[ \t][a-zà-ÿ]{4,}\b")


def english_country_tail_start(text: str, start: int, end: int) -> int:
    """Start of an English "of <Country>" after a body named in a Romance language, else ``end``."""
    if end - start < 12 or " of " not in text[start:end]:
        return end
    tail = _ENGLISH_COUNTRY_TAIL.search(text, start, end)
    if tail is None or tail.start() - start < 8:
        return end
    head = text[start:tail.start()]
    if _ENGLISH_WORD.search(head) or not _FOREIGN_MARK.search(head):
        return end
    from enrich.places.gazetteer import country_of

    country = country_of(tail.group(1))
    return tail.start() if country and country[1] is None else end


def country_qualifier_end(text: str, start: int, end: int) -> int:
    """End of a Romance-language name before an English "of <Country>" the prose glued to it, else ``end``.
    A country adjective after the name stays (r38_buyers: tests/eval/README.md "nationality adjectives", 23:18, part
    3: "ministère de l'Intérieur tunisien" is the name as printed, as "Ministerio del Interior del Perú" is)."""
    return english_country_tail_start(text, start, end)


_SEAT_AFTER = re.compile(r"(?:[ \t]+tại[ \t]+(?P<vi>[A-ZÀ-Ỹ][^\W\d_]*(?:[ \t][A-ZÀ-Ỹ][^\W\d_]*){0,3})"
                         r"|ใน(?P<th>[\u0e01-\u0e4e]{2,20}))$")


# "in the city" after a town that closes a head-final name: mn "… газар Эрдэнэт хотод", uz "… vazirligi Toshkent
# shahrida", kk "… Шымкент қаласында" (the town is where the body acts, not part of its name)
_CITY_WORD_AFTER = re.compile(r"[ \t]+(?:хотод|хотноо|shahrida|shahrida|shahrining|шаҳрида|қаласында|городе)(?!\w)")
_LAST_WORD = re.compile(r"[ \t]+([A-ZА-ЯЁӨҮҚҒҢ][\w'’-]+)$")


def seat_tail_start(text: str, start: int, end: int) -> int:
    """Start of a known town after vi "tại" / th "ใน" closing a span, or of a town the text follows with "in the
    city" (mn хотод, uz shahrida), else ``end``."""
    from enrich.places.gazetteer import country_of, place_key
    from enrich.places.geonames import cities_named

    last = _LAST_WORD.search(text, start, end) if _CITY_WORD_AFTER.match(text, end) else None
    if last and last.start() - start >= 6 and cities_named(place_key(last.group(1))):
        return last.start()
    seat = _SEAT_AFTER.search(text, start, end)
    if seat is None or seat.start() - start < 6:
        return end
    town = seat.group("vi") or seat.group("th")
    return seat.start() if cities_named(place_key(town)) or country_of(town) else end


_TOWN_BEFORE = re.compile(r"(?:(?:Во|В)[ \t]+(?P<ru>[А-ЯЁ][а-яё-]+)[ \t]+(?=[А-ЯЁ])"
                          r"|(?P<ja>[\u4e00-\u9fff]{1,4})の(?=[\u4e00-\u9fff]))")
# A reporting clause before the subject it introduces: "An audit found that", "Officials said that"
# (round 26: the same clause in other languages - "Los documentos muestran que", "L'audit révèle que", "Der Bericht
# zeigt, dass", "I documenti mostrano che"; Indonesian and Malay drop "bahwa": "Dokumen pengadaan menunjukkan X")
_REPORTED = re.compile(r"(?:[A-Z][\w'’-]*(?:[ \t][a-z][\w'’-]*){0,3}[ \t])(?:(?:found|said|says|reported|revealed"
                       r"|shows?|confirmed|announced)[ \t]+that"
                       r"|(?:muestran?|revelan?|indican?|señalan?|mostram?|revelam?|indicam?|révèlent|révèle|montrent"
                       r"|montre|indiquent|indique|mostrano|rivelano|indicano)[ \t]+(?:que|qu’|qu'|che)"
                       r"|(?:zeigt|zeigen|belegt|belegen|ergab|ergaben),?[ \t]+dass"
                       r"|(?:menunjukkan|mengungkapkan|menyebutkan|memperlihatkan)(?:[ \t]+bahwa)?)[ \t]*(?=[A-Z])")


# round 27: a Japanese or Chinese press dateline in lenticular or tortoise-shell brackets before the lede's subject
# ("【大阪】", "【ワシントン＝共同】", "〔北京时事〕"): never part of a body's name
_BRACKET_DATELINE = re.compile(r"[ \t]*(?:【[^】\n]{1,15}】|〔[^〕\n]{1,15}〕)[ \t\u3000]*")


def lead_end(text: str, start: int, end: int) -> int:
    """Start of the name after a town or a reporting clause read into its front, else ``start``."""
    dateline = _BRACKET_DATELINE.match(text, start, end)
    if dateline and end - dateline.end() >= 2:
        return lead_end(text, dateline.end(), end)  # round 27: "【大阪】大阪府警察本部は": the press dateline
    reported = _REPORTED.match(text, start, end)
    if reported and end - reported.end() >= 6:
        return reported.end()
    town = _TOWN_BEFORE.match(text, start, end)
    if town is None or end - town.end() < 2:
        return start
    from enrich.places.gazetteer import place_key
    from enrich.places.geonames import cities_named

    if town.group("ru"):  # a town in the prepositional case: "Казани", "Москве" (stem of the city's name)
        word = town.group("ru")
        known = any(cities_named(place_key(word[:size] + ending)) for size in range(len(word), len(word) - 3, -1)
                    for ending in ("", "ь", "а", "ы", "я", "о"))
    else:
        known = bool(cities_named(place_key(town.group("ja")))) or _country(town.group("ja"))
    return town.end() if known else start


# r34b_buyers: an English "in <Place>" closing a body's name where the place is written with a dot ("in St. Louis")
# or as a province ("in Papua Province"), the forms the seat rule of enrich/buyer_span.py does not read (labelled
# without the place in sets ag, aj; kept only lower-case: "regional police command in Mandalay")
_IN_SEAT = re.compile(r"[ \t]+in[ \t]+((?:St|Ste|Mt|Ft)\.[ \t]?[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?"
                      r"|(?P<region>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)[ \t]+Province)$")


def english_seat_start(text: str, start: int, end: int) -> int:
    """Start of "in St. Louis" / "in Papua Province" closing a capitalised English name, else ``end``."""
    if " in " not in text[start:end] or not text[start:start + 1].isupper():
        return end
    seat = _IN_SEAT.search(text, start, end)
    if seat is None or seat.start() - start < 6:
        return end
    from enrich.places.gazetteer import place_key
    from enrich.places.geonames import admin1_named, cities_named

    if seat.group("region"):
        return seat.start() if admin1_named(place_key(seat.group("region"))) else end
    return seat.start() if cities_named(place_key(seat.group(1))) else end
