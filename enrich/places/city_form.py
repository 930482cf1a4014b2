"""The town of a place outside China written as the notice's own name for it, without the administrative word.

Why: a notice writes its town with the word for "city" glued on (Korean 부산시; Burmese ရန်ကုန်မြို့; before the
name in Khmer ក្រុងសៀមរាប, Thai เทศบาลนครภูเก็ต, Arabic ولاية وهران) or
in a capitalised dateline (BAKI —); the town is the name itself, as the notice writes it elsewhere (부산, Bakı).
Only the form changes: the town, its country and its region stay what the resolver read.
"""
from __future__ import annotations

import re
from dataclasses import replace

from enrich.model import Place

# Korean: 서울시, 부산시 … are the everyday short forms of the special and metropolitan cities (서울특별시, 부산광역시),
# whose name is 서울, 부산; the full titles, and the 시 of an ordinary city (수원시, 화성시, and 광주시 in Gyeonggi,
# not Gwangju), are written as they are.
_KOREAN_CITY = re.compile(r"^(?P<name>서울|부산|대구|인천|대전|울산|세종)시$")
# Burmese: မြို့ (town), မြို့တော် (city, the capital's title), written after the name without a space.
_BURMESE_CITY = re.compile(r"^(?P<name>[\u1000-\u109f]{2,}?)(?:မြို့တော်|မြို့)$")
# The word for "city", "municipality" or "province" written before the name: Khmer ក្រុង (city), ខេត្ត (province),
# រាជធានី (capital); Thai เทศบาลนคร / เทศบาลเมือง / เทศบาลตำบล (city / town / subdistrict municipality), จังหวัด
# (province); Arabic ولاية (wilaya), محافظة (governorate), بلدية (municipality), أمانة (municipality) -
# not مدينة (city), which opens names of their own (مدينة نصر, Nasr City).
_TITLE_BEFORE = re.compile(r"^(?:ក្រុង|ខេត្ត|រាជធានី|เทศบาล(?:นคร|เมือง|ตำบล)|จังหวัด|(?:ولاية|محافظة|بلدية|أمانة)\s+)"
                           r"(?P<name>\S.+)$")
# Japanese: Tokyo's metropolis 東京都 is labelled by its name 東京 (sets 12, ab, ac, ad, b, d, l, m, v, x, y, z; set w
# alone keeps 東京都) (round 31).
_TOKYO = re.compile(r"^(?P<name>東京)都$")
_WORD = re.compile(r"[^\W\d_]+")
# Capitals whose own name is "Ciudad de …" (Ciudad de México, Ciudad de Guatemala, Ciudad de Panamá): written so,
# that is the name; the country's name alone (a GeoNames alternate) is not.
_CIUDAD_DE = frozenset({"MX", "GT", "PA"})


# Vietnamese: a town written only by its initials after "TP" / "TP." (thành phố, city) goes with that word, which
# makes them a name ("TP.HCM", not "HCM"); "TP Hồ Chí Minh" is written as it is, as label writers keep it. Round 28.
def _vietnamese(city: str, text: str) -> str:
    if city.isupper() and len(city) <= 5:
        written = re.search(rf"(?<![^\W\d_])TP\.?[ \t]?{re.escape(city)}(?![^\W\d_])", text[:20000])
        if written is not None:
            return written.group(0)
    return city


def as_named(place: Place | None, text: str) -> Place | None:
    """`place` with its town written without the word for "city" (Korean, Burmese) and, when it was read from a
    capitalised dateline, in the letters the text uses for it elsewhere ("BAKI" → "Bakı": upper case loses the
    dotless ı, which case folding cannot bring back)."""
    if place is None or not place.city or place.country in (None, "CN", "TW", "HK", "MO"):
        return place
    city = place.city
    pattern = {"KR": _KOREAN_CITY, "MM": _BURMESE_CITY, "JP": _TOKYO}.get(place.country)
    match = pattern.match(city) if pattern is not None else None
    if match is None:
        match = _TITLE_BEFORE.match(city)
    if place.country == "VN":
        city = _vietnamese(city, text)
    elif match is not None:
        city = match.group("name")
    elif place.country in _CIUDAD_DE and re.search(rf"\bCiudad de {re.escape(city)}(?![^\W\d_])", text):
        city = f"Ciudad de {city}"  # the capital as the notice names it: "en la Ciudad de Guatemala"
    elif place.country == "PH" and not city.endswith(" City") and (
            joined := re.search(rf"(?<![\w-])(?i:{re.escape(city)} City)(?![\w-])", text[:20000])):
        city = f"{city} City"  # "Davao City": a Philippine city as the notice names it (sets 12, ac, m; round 31),
        # its dateline in capitals too ("DAVAO CITY —", r33b_places33b: set ai, 2 of 2)
    elif place.country == "JP" and re.fullmatch("[\u3041-\u309f]+", city) and f"{city}市" in text[:20000]:
        city = f"{city}市"  # r43b_places: a town named in hiragana only (さいたま市, つくば市) is written with its 市,
        # its official name as this notice writes it (the bare kana is also a run of grammar)
    elif place.country == "IL" and (joined := re.search(rf"{re.escape(city)}[-–](?:יפו|Yafo|Jaffa)\b", text)):
        city = joined.group(0)  # the city's official name, Tel Aviv-Yafo (תל אביב-יפו), as the notice writes it
    elif city.isupper() and len(city) > 3 and " " not in city:
        written = next((w for w in _WORD.findall(text) if w != city and w.upper() == city and w[0].isupper()), None)
        if written is not None:
            city = written
    city = _dateline_form(city, text)
    return place if city == place.city else replace(place, city=city)


# A dateline at the start of the body: "תל אביב —", "NEW YORK -", "【福岡】", "大阪 —" (round 28).
_DATELINE = re.compile(
    r"^[ \t]*(?:【(?P<bracket>[^】\n]{1,20})】|(?P<name>[^\W\d_][^\n—–:;,.()]{0,38}?)[ \t]+[—–-][ \t])", re.MULTILINE)


def _dateline_form(city: str, text: str) -> str:
    """The town as the notice's dateline writes it, when that is the resolved name without its tail - the word
    for "city" (福岡 for 福岡市, 東京 for 東京都, 수원 for 수원시), the second half of a joined name (תל אביב for
    תל אביב-יפו) or a longer official title ("NEW YORK —" for New York City, "SANTA CRUZ —" for Santa Cruz de la
    Sierra): a writer who datelines a notice names its town so (round 28, sets ac, ad, w, y, z)."""
    head = text[:400]
    for match in _DATELINE.finditer(head):
        if match.start() > 0 and head.count("\n", 0, match.start()) > 1:
            break  # only the first lines: the title and the body's opening
        written = (match.group("bracket") or match.group("name") or "").strip()
        if len(written) < 2 or len(written) >= len(city) or not city.casefold().startswith(written.casefold()):
            continue
        tail = city[len(written):]
        if tail[0].isalpha() and written[-1].isascii():
            continue  # "Paris" in "Parisot": a town's name does not run on into the next letter of a Latin word
        return city[:len(written)] if written.isupper() and not city.isupper() else written
    return city
