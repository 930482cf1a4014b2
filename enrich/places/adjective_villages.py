"""A Cyrillic adjective is read as the village spelled like it only when the text calls it a settlement (round 42,
places).

Why: Russian, Ukrainian, Belarusian, Bulgarian and Serbian name districts, courts, banks, metros and city offices with
an adjective ("Ленинский районный суд", "Центральный банк", "Советский район", "Київський метрополітен",
"Администрация Октябрьского района"), and GeoNames holds a village or small town spelled like most of those
adjectives (Ленинск, Центральный, Советский, Первомайский, Київський in Donetsk oblast, Октябрьское …). Read as a
bare word, such an adjective named that village, far from the notice's real place. A settlement whose name is an
adjective is written with its designator when it is meant ("г. Советский", "пгт Первомайский", "село Октябрьское",
"смт Київський", "городского округа Жуковский") or as an item of an address line ("…, Советский, ХМАО"); without
either, the word is read only as the adjective of a town (slavic_adjectives: "Минский" → Минск, "Київський" → Київ),
never as the village of its own spelling - unless that is a city of 100,000 or more (Грозный, Жуковский), which a
reporter names without a designator ("Мэрия Грозного"). Before a district's noun ("Ленинский районный суд",
"Тверского района") the adjective names a district of some city and no town at all, not even its base town. One
word only: a town of two words ("Нижний Новгород", "Кривий Ріг") is found by the whole phrase first.
"""
from __future__ import annotations

import re

from enrich.places.geonames import WorldCity
from enrich.places.slavic_adjectives import adjective_towns

# The endings of an adjective in those languages (folded, lower case): -ий/-ый/-ій, -ая/-яя, -ое/-ее, -ые/-ие, the
# oblique -ого/-его/-ому/-ему/-ым/-ых/-их/-ую, Ukrainian -ої and -ська/-цька/-ьна …, Bulgarian and Serbian
# -ския/-ският/-ската/-ског/-ском. Not a bare -ой or -а, which end declined nouns ("Москвой", "Одеса"): -ой only
# after -ск-/-цк-/-н- ("Тверской", "Центральной", "Лесной"); nor the bare Bulgarian and Serbian -ска/-ско/-ски, which
# end the genitive of a Russian town in -ск ("Новосибирска", "Томска").
_ADJECTIVE = re.compile(
    r"[а-яёіїєўґјђћљњџ'’-]{2,}(?:ий|ый|ій|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|ых|их|ую|ої|ьої"
    r"|ськ[аеі]|цьк[аеі]|зьк[аеі]|[ьн]н[аеі]|ск(?:ой|ия|ият|ата|ото|ог|ом|ој)|цк(?:ой)|н(?:ой))"
)
# What calls the next word a settlement: Russian г./город/пгт/посёлок/село/деревня/станица/хутор/рп/городской округ
# and a town's own bodies (Администрация, Мэрия, Глава Грозного),
# Ukrainian м./місто/смт/селище/село, Belarusian г./горад/вёска/пасёлак, Bulgarian гр./град/с., Serbian град/село
_DESIGNATOR = re.compile(
    r"(?:(?<![\w'’])(?:г|гор|гр|м|с|п|д|пос|ст|рп|р\.п|смт|пгт|с-ще|ст-ца)\.?|(?<![\w'’])(?:[Гг]ород(?:а|е|ом|у)?"
    r"|[Гг]орад|[Гг]рад(?:а|у)?|[Мм]іст(?:о|а|і)|[Пп]ос[её]л(?:ок|ка|ке)|[Пп]ас[её]лак|[Сс]ел(?:о|а|е|і|ище|ища)"
    r"|[Дд]еревн(?:я|и|е)|[Вв][её]ск(?:а|і)|[Сс]таниц(?:а|ы|е)|[Хх]утор(?:а|е)?|[Сс]мт|[Пп]гт|ПГТ|СМТ"
    r"|округ(?:а|е)?|ГО|МО|[Оо]бразовани(?:е|я)|[Аа]дминистраци(?:я|и|ей)|[Мм]эри(?:я|и|ей)|[Гг]лав(?:а|ы|е)"
    r"|[Пп]равительств(?:о|а)))[ \t]*$"
)
# A district's noun after the adjective: "Ленинский район", "Советский районный суд", "Шевченківського району",
# "Центральный административный округ": the adjective names a district of some city, no town at all
_DISTRICT_AFTER = re.compile(r"[ \t]+(?:[Рр]айон|[Рр]аён|[Аа]дминистративн\w{0,4}[ \t]+округ|[Вв]нутригородск)")
# An item of an address line: after a comma or a line's start, before a comma or the line's end
_ITEM_BEFORE = re.compile(r"(?:^|[,;\n])[ \t]*$")
_ITEM_AFTER = re.compile(r"[ \t]*(?:,|$|\n)", re.MULTILINE)


def adjective_shaped(written: str) -> bool:
    """Whether one written Cyrillic word has the ending of an adjective ("Советский", "Київського", "Софийски")."""
    return " " not in written and bool(_ADJECTIVE.fullmatch(written.casefold()))


def only_an_adjective(text: str, start: int, end: int) -> bool:
    """Whether the adjective-shaped word at ``text[start:end]`` is read as an adjective only: before a district's noun,
    or with no settlement designator right before it ("г. ", "пгт ", "село ") and not an item of an address line."""
    written = text[start:end]
    if not adjective_shaped(written):
        return False
    before = text[max(0, start - 30):start]
    if district_adjective(text, end):
        return True
    if _DESIGNATOR.search(before):
        return False
    return not (_ITEM_BEFORE.search(before) and _ITEM_AFTER.match(text, end))


def district_adjective(text: str, end: int) -> bool:
    """Whether the adjective ending at ``end`` is followed by a district's noun ("Ленинский районный суд")."""
    return bool(_DISTRICT_AFTER.match(text, end))


def town_adjective_readings(key: str, written: str, weight: float) -> tuple[WorldCity, ...]:
    """The towns a strong buyer-name cue's adjective ("Київський міський голова", "Московский метрополитен") is the
    adjective of (slavic_adjectives), read before any village spelled like the adjective itself (Київський, Donetsk
    oblast); none for a weaker mention or a word of another shape."""
    return adjective_towns(key) if weight >= 6.0 and adjective_shaped(written) else ()


def adjective_village(city: WorldCity | None, district: WorldCity | None) -> bool:
    """Whether a town read from an adjective-shaped word is too small to be named by it without a designator, or is
    a district of a city ("Центральный": a district of Saint Petersburg)."""
    return district is not None or city is not None and (city.population or 0) < _BIG_TOWN


_BIG_TOWN = 100_000
