"""Town names in scripts without capital letters: Arabic, Persian, Hebrew, Devanagari, Thai, Korean, Japanese…

Why a separate reader: prose.py finds place phrases by their capital letters, which these scripts do not have, and
Thai and Japanese do not even separate words. So every GeoNames name these scripts write for a town of their own
countries (world_cities.tsv keys: القاهرة, 서울, 東京, กรุงเทพ) is searched as a substring with an Aho-Corasick
automaton, built only for a notice that contains such characters. A hit must not sit inside a longer word
(Arabic may prefix و ب ل ف ك; Korean, Japanese and Thai may glue a suffix), and weighs more next to a word that
names a public body (محافظة, 서울시청, 市役所, จังหวัด; enrich/data/script_place_cues.csv).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from enrich.cache import table
from enrich.places.gazetteer import read_table
from enrich.places.geonames import admin1_keys, read_world

_SCRIPTS = re.compile("[\u0590-\u07bf\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u10a0-\u10ff\u0530-\u058f\u1200-\u137f"
                      "\u1780-\u17ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_GLUED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")  # no spaces
# Arabic و ب ل ف ك; Amharic የ "of", በ "in", ከ "from", ለ "for" (የአዲስ አበባ); Hebrew ב "in", ה, ו "and", ל "to", מ "from"
# (בירושלים "in Jerusalem", מחיפה "from Haifa")
_ARABIC_PREFIXES = "وبلفك" + "የበከለ" + "בהולמ"
_ARMENIAN_I = re.compile("[\u0561-\u0587]{3,}ի$")  # an Armenian town ending in -ի, whose cases end in -ու
_HAN_ONLY = re.compile("[\u4e00-\u9fff]+")
# a town written in hiragana only (さいたま, つくば, いわき, みと): Japanese writes its grammar in hiragana, so such a
# name counts only with the town's word after it (さいたま市) or its prefecture's word right before it (埼玉県さいたま)
_HIRAGANA_ONLY = re.compile("[\u3041-\u309f]+")


def _kana_town_marked(window: str, start: int, end: int) -> bool:
    """Whether a hiragana town name at ``start:end`` is written as a place: 市, 町, 村 or 区 after it, or 県, 府,
    都 or 道 right before it."""
    return window[end:end + 1] in ("市", "町", "村", "区") and end < len(window) or (
        start > 0 and window[start - 1] in ("県", "府", "都", "道"))


# r32b_places32b: the Sultanate (شرطة عُمان السلطانية, سلطنة عمان) is Oman, the country, not Amman, whose name folds
# to the same letters (sets g, o, ah: the Royal Oman Police)
_SULTANATE_AFTER = re.compile(r"\s+السلطاني[ةه]")
_SULTANATE_BEFORE = re.compile(r"سلطن[ةه]\s+$")
_LOCATIVE = re.compile("(?:^|(?<=\\s))في\\s+$")  # Arabic "in", a word of its own before the town
# r41_places: Arabic names a biometric by the eye (بصمة العين "iris print", قزحية العين "the eye's iris"): that
# العين is the eye, not the town of Al Ain (set ap: a Saudi passports directorate placed in the Emirates)
_EYE_BEFORE = re.compile("(?:بصم[ةه]|بصمات|قزحي[ةه]|شبكي[ةه]|حدق[ةه])\\s+$")
_EYE = frozenset({"العين"})
# r41_places: المدينة alone is "the city" ("مجلس المدينة", "وسط المدينة": a council, a town centre; 15 development
# notices write it so); the town of Medina is written with its epithet, المدينة المنورة
_THE_CITY, _MEDINA_EPITHET = "المدينة", re.compile("\\s*المنور")
# r41_places: a first-level region written right before a town of it, as Korean and Japanese write a place
# ("제주특별자치도 서귀포시", "경상북도 예천군", "大阪府堺市", "長野県軽井沢町", "東京都新宿区"): the town is the place,
# not the region's same-named capital (제주, 大阪, 長野) that the region's name holds. Not a metropolitan city's
# district (부산광역시 해운대구, 大阪市北区): a 구 or 区 there belongs to its city, which stays the place.
_REGION_BETWEEN = re.compile("(?:특별자치도|도|[県府都道])?[ \u3000]?")
# r41_places: a Korean company named for a region or town, the business word glued to the name ("강원정보통신",
# "한양시큐리티", "부산전자"): a supplier's name, not where the buyer is (sets ae, al: the town was missed or misread)
_KO_COMPANY = re.compile("(?:시큐리티|테크|텔레콤|정보통신|정보기술|전자|시스템|솔루션"
                         "|네트웍스|네트워크|엔지니어링|디지털|아이티|씨앤씨|씨엔에스)")
_REGION_END = ("도", "県", "府", "都", "道")
_TOWN_END = ("시", "군", "구", "市", "町", "村", "区")


@table()
def _automaton() -> Any:  # an ahocorasick.Automaton (untyped)
    import ahocorasick

    automaton = ahocorasick.Automaton()
    _, index, _, _ = read_world()
    for key in index:
        composed = unicodedata.normalize("NFC", key)  # folding decomposed Hangul syllables into jamo
        if _SCRIPTS.search(composed) and len(composed) >= 2:
            automaton.add_word(composed, (composed, key))
            if _ARMENIAN_I.search(composed):  # Գյումրի written Գյումրու, Գյումրում (case_endings.py reads it back)
                automaton.add_word(composed[:-1] + "ու", (composed[:-1] + "ու", key))
    # r34_places34: first-level regions as their own script writes them (मध्य प्रदेश, پنجاب, 北海道: Natural Earth's
    # names, world_admin1.tsv), read like towns; prose.py looks each hit up as a region. Not a region's name that
    # holds a town's (大阪府, محافظة الجيزة, จังหวัดยะลา): such a body is named for its town, and writers place it there
    automaton.make_automaton()
    regions = [(unicodedata.normalize("NFC", key), key) for key in admin1_keys()]
    regions = [(composed, key) for composed, key in regions if _SCRIPTS.search(composed) and len(composed) >= 2
               and next(automaton.iter(composed), None) is None]
    for composed, key in regions:
        automaton.add_word(composed, (composed, key))
    automaton.make_automaton()
    return automaton


@table()
def _cues() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(row["words"]), row["side"]) for row in read_table("script_place_cues.csv")]


@lru_cache(maxsize=8192)
def _folded(c: str) -> str:
    """The character the automaton reads for `c`; "" for a combining mark, which it skips."""
    if unicodedata.combining(c):
        return ""
    folded = _fold_char(c)
    return folded.casefold() if len(folded) > 1 else folded.casefold()[:1] or c


def _fold_char(c: str) -> str:
    """`c` without accents; a ligature of letters as its letters (Armenian և → եւ, as GeoNames keys spell Երևան)."""
    decomposed = "".join(ch for ch in unicodedata.normalize("NFKD", c) if not unicodedata.combining(ch))
    if len(decomposed) == 1:
        return unicodedata.normalize("NFC", decomposed)
    ligature = unicodedata.decomposition(c).startswith("<compat>")  # not a Hangul syllable (its jamo)
    return decomposed if ligature and len(decomposed) == 2 and decomposed.isalpha() and not decomposed.isascii() else c


# Case endings glued to a town's name in Georgian and Armenian (თბილისის "of Tbilisi", Երևանի "of Yerevan"): the name
# is still the town. Other scripts without spaces are handled by _GLUED; Arabic by its one-letter prefixes.
_CASE_ENDING = re.compile("(?:[სშზთდ][ა-ჿ]{0,2}|ის|ით|ად|ში|ზე|ზედ|ისთვის|ի|ում|ից|ով|ն|ը|մ)(?![ა-ჿա-ֆ])")


def _case_ending(window: str, end: int) -> bool:
    return bool(re.match("[\u10d0-\u10ff\u0531-\u0587]", window[end - 1])) and bool(_CASE_ENDING.match(window, end))


def _past_ending(window: str, end: int) -> int:
    """Where a word that follows the name starts: after its case ending (თბილისის მერია)."""
    ending = _CASE_ENDING.match(window, end) if _case_ending(window, end) else None
    return ending.end() if ending else end


def script_mentions(text: str, limit: int = 4000) -> list[tuple[int, int, float]]:
    """(start, end, weight) of town names written in these scripts in the first ``limit`` characters."""
    window = text[:limit]
    if not _SCRIPTS.search(window):
        return []
    # the window without combining marks (Thai vowels and tones, Arabic harakat), each character folded once per
    # distinct character rather than once per position; origin: where each folded character was in the window
    folds = {c: _folded(c) for c in set(window)}
    origin = [i for i, c in enumerate(window) for _ in folds[c]]  # a ligature folds to two characters
    folded = "".join(map(folds.__getitem__, window))
    japanese = bool(re.search("[\u3040-\u30ff]", window))
    found = []
    for end_index, (key, _index_key) in _automaton().iter(folded):
        start, end = origin[end_index - len(key) + 1], origin[end_index] + 1
        while end < len(window) and unicodedata.combining(window[end]):
            end += 1
        glued = bool(_GLUED.match(key[0]))
        if _SULTANATE_AFTER.match(window, end) or _SULTANATE_BEFORE.search(window, max(0, start - 8), start):
            continue
        if key in _EYE and _EYE_BEFORE.search(window, max(0, start - 12), start) or (
                key == _THE_CITY and not _MEDINA_EPITHET.match(window, end)):
            continue
        if "\uac00" <= window[start] <= "\ud7a3" and _KO_COMPANY.match(window, end):
            continue
        if _HAN_ONLY.fullmatch(key) and not japanese:
            continue  # 安城 in a Chinese text is not Anjō: Japanese town names only in Japanese (kana) text
        if _HIRAGANA_ONLY.fullmatch(key) and not _kana_town_marked(window, start, end):
            continue  # r43b_places: みと in 仕組みとプライバシー is grammar, not Mito; さいたま市 is the town
        before = window[start - 1] if start > 0 else " "
        after = window[end] if end < len(window) else " "
        if not glued:
            if after.isalpha() and not _case_ending(window, end):
                continue
            if before.isalpha():
                run = re.search(r"(\w{1,2})$", window[max(0, start - 2):start])
                prefix_ok = run and all(c in _ARABIC_PREFIXES for c in run.group(1)) and (
                    start - len(run.group(1)) == 0 or not window[start - len(run.group(1)) - 1].isalpha())
                if not prefix_ok:
                    continue
        elif len(key) < 2:
            continue
        weight = 1.0
        line_start = window.rfind("\n", 0, start) + 1
        if line_start > 0 and not window[line_start:start].strip() and re.match(r"\w*\s*[-–—:،៖]", window[end:end + 6]):
            weight = 5.0  # a dateline opening the body: "الرياض - أعلنت …", "ភ្នំពេញ៖ …"
        elif start == 0 and re.match(r"\s*[:៖]", window[end:end + 3]):
            weight = 3.0  # a title opening with the place, as "Marseille : …" in scripts with capitals: "الدوحة: …"
        elif _LOCATIVE.search(window, max(0, start - 6), start):
            weight = 2.0  # "في عمّان" ("in Amman"), as "in X" weighs in scripts with capitals
        for pattern, side in _cues():
            if side == "before" and re.search(f"(?:{pattern.pattern})$", window[max(0, start - 24):start]):
                weight = 5.0
            elif side == "after" and pattern.match(window, _past_ending(window, end)):
                weight = 5.0
        found.append((start, end, weight))
    found = _towns_after_regions(window, found)
    # a name inside a longer one (부산 in 부산광역시) gives the longer one its weight and goes
    kept = []
    for start, end, weight in found:
        inner = [w for s2, e2, w in found if s2 <= start and end <= e2 and (s2, e2) != (start, end)]
        if inner:
            continue
        contained = [w for s2, e2, w in found if start <= s2 and e2 <= end]
        kept.append((start, end, max([weight] + contained)))
    return kept


def _towns_after_regions(window: str, found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """``found`` without a region's name (or its capital's) written right before a town of it ("大阪府堺市"); the
    town keeps the region's weight when that was more."""
    dropped: set[int] = set()
    raised: dict[int, float] = {}
    for i, (start, end, weight) in enumerate(found):
        between = _REGION_BETWEEN.match(window, end)
        after = between.end() if between else end
        if not window[start:after].rstrip(" \u3000").endswith(_REGION_END):
            continue
        for j, (start2, end2, weight2) in enumerate(found):
            if start2 == after and start2 > start and (window[start2:end2].endswith(_TOWN_END) or (
                    window[end2:end2 + 1] in _TOWN_END and window[end2:end2 + 1])):
                dropped.add(i)
                raised[j] = max(raised.get(j, weight2), weight)
    if not dropped:
        return found
    return [(s, e, raised.get(n, w)) for n, (s, e, w) in enumerate(found) if n not in dropped]
