"""Registry names inside free text: where a notice names a vendor, and whether the words around it make a short or
ambiguous name a real brand mention.

Latin names must sit on word boundaries. A name marked ``needs_context`` in the registry (Axis, Bosch, NEC,
Thales, Genetec, Tiandy, ...), any Latin name of three letters or fewer and any two-character Chinese name (海康,
大华, 宇视, 中兴, ...) counts as a brand mention only with context: a model code right after it ("AXIS P3245-V",
"大华 DH-IPC-HFW2431"), a brand marker next to it (海康威视品牌, 大华牌, "品牌：宇视", "brand: Bosch", "Marca: Axis"),
a product word right after it (摄像机, 球机, NVR, camera, cámara, Kamera, камера ...), or - for a Chinese name - a
Latin product name right after it ("华为 Mate 40", "商汤 SenseFace"), or - for any name - a product name in
camel case after it ("NEC NeoFace", "NEC's NeoFace Watch"). Additionally an all-caps spelling of a
needs-context name of four or more letters counts when the following word is not itself all caps ("BOSCH dome" yes,
"AXIS OF ROTATION" no). ``scan`` also returns the names that lack context, flagged, so that enrich/vendor_links.py
can accept one that a supplier phrase frames ("supplied by NEC", "technology partner ZTE").

Latin legal names are indexed as written and without their legal form ("Vigilant Solutions, LLC" →
"vigilant solutions"), so that a subsidiary known only by its legal name is found too.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import ahocorasick

from enrich import cjkorder
from enrich.cjk_product_phrases import CJK_PRODUCT_AFTER_RE
from enrich.text import map_code_points, s2hk, s2t, s2tw, t2s
from enrich.vendor_names import _CJK_RE, name_key, strip_legal_form

if TYPE_CHECKING:
    from enrich.vendors import Vendor


@dataclass(frozen=True)
class Candidate:
    """A registry name found in text: [start, end) indexes the text; `contextual` says it counts on its own."""

    vendor_id: str
    start: int
    end: int
    needs_context: bool
    contextual: bool


def build_automaton(vendors: Iterable[Vendor]) -> ahocorasick.Automaton:
    """Every searchable spelling of every registry name → (vendor id, needs_context, length)."""
    automaton = ahocorasick.Automaton()
    for vendor in vendors:
        for vendor_name in vendor.names:
            base = _fold_chars(vendor_name.name).strip()
            variants = {base}
            if _CJK_RE.search(base):
                simplified = t2s().convert(base)
                variants |= {simplified, s2t().convert(simplified), s2hk().convert(simplified),
                             s2tw().convert(simplified)}
            elif vendor_name.type == "legal":
                variants |= _legal_form_free(base)
            for variant in variants:
                if len(variant) < 2:
                    continue
                existing = automaton.get(variant, None)
                entry = (vendor.id, vendor_name.needs_context or _short_name_needs_context(variant), len(variant))
                if existing is None or (existing[1] and not entry[1]):
                    automaton.add_word(variant, entry)
    automaton.make_automaton()
    return automaton


def _legal_form_free(lowered: str) -> set[str]:
    """"vigilant solutions, llc" → {"vigilant solutions"}: the literal prefix before the legal form (two words or
    more, so that a one-word remainder such as "axis" never becomes an unmarked short name)."""
    stripped = strip_legal_form(name_key(lowered))
    words = stripped.split(" ")
    if len(words) < 2:
        return set()
    pattern = r"\W+".join("(?:and|&)" if w == "and" else re.escape(w) for w in words)
    match = re.match(r"\W*" + pattern + r"(?!\w)", lowered)
    return {match.group(0)} if match else set()


_RECENT_CHARS = 2000  # a text this short keeps its names for the texts asked after it (see `scan`)
_recent: dict[str, tuple[ahocorasick.Automaton, tuple[Candidate, ...]]] = {}  # text -> (automaton, its names)


def scan(automaton: ahocorasick.Automaton, text: str) -> list[Candidate]:
    """Registry names in ``text``, longest first at each place, never overlapping, in text order.

    A short text's names are kept (the last 512 texts): a notice's supplier values are asked twice, as values that
    may name several companies (enrich/vendors_in_values.py) and as resellers (enrich/parties.py) - half the ~70
    scans of a 16 KB notice were of a text scanned before."""
    if not text or automaton is None or not len(automaton):
        return []
    if len(text) > _RECENT_CHARS:
        return _scan(automaton, text)
    known = _recent.get(text)
    if known is not None and known[0] is automaton:
        return list(known[1])
    candidates = _scan(automaton, text)
    if len(_recent) >= 512:
        _recent.clear()
    _recent[text] = (automaton, tuple(candidates))
    return candidates


def _scan(automaton: ahocorasick.Automaton, text: str) -> list[Candidate]:
    folded = _fold_chars(text)
    found: list[tuple[int, int, str, bool]] = []
    for end_index, (vendor_id, needs_context, length) in cjkorder.hits(automaton, folded):
        start, end = end_index - length + 1, end_index + 1
        surface = text[start:end]
        if not _CJK_RE.search(surface[0]) and not _CJK_RE.search(surface[-1]):
            if not _latin_boundary(text, start, end):
                continue
        found.append((start, end, vendor_id, needs_context))
    found.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    candidates: list[Candidate] = []
    last_end = -1
    for start, end, vendor_id, needs_context in found:
        if start < last_end:
            continue  # inside a longer name already taken (海康 inside 海康威视)
        contextual = not needs_context or _has_brand_context(text, start, end) \
            or bool(_COMPANY_NOUN_BEFORE_RE.search(text, max(0, start - 24), start))
        candidates.append(Candidate(vendor_id, start, end, needs_context, contextual))
        last_end = end
    return candidates


def _short_name_needs_context(folded_variant: str) -> bool:
    if _CJK_RE.search(folded_variant):
        return len(folded_variant) <= 2
    return len(folded_variant.replace(" ", "")) <= 3


_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20
_FULLWIDTH_RE = re.compile("[\uff01-\uff5e\u3000]")
@lru_cache(maxsize=1)
def _fullwidth_list() -> list[str]:
    """_FULLWIDTH as a list indexed by code point: str.translate reads a list several times faster than a dict,
    and leaves characters past its end as they are."""
    table = list(map(chr, range(0xFF5F)))  # (twice as fast to build as a comprehension over the same range)
    for code, ascii_code in _FULLWIDTH.items():
        table[code] = chr(ascii_code)
    return table


_LONG = 1024  # characters: a text this long is widened by `map_code_points` (enrich.text)


@lru_cache(maxsize=1)
def _fullwidth_codes() -> Any:  # a numpy uint32 array
    """_FULLWIDTH as an array indexed by code point (every other code point below 0x30000 to itself): a long
    Chinese notice holds thousands of full-width characters, each a string in a list from re.findall."""
    import numpy

    codes = numpy.arange(0x30000, dtype="<u4")
    codes[list(_FULLWIDTH)] = list(_FULLWIDTH.values())
    return codes


def _fold_chars(text: str) -> str:
    """Length-preserving fold (case + full width) so that offsets into the result index the original text."""
    widened = map_code_points(text, _fullwidth_codes()) if len(text) >= _LONG else None
    if widened is not None:  # a long text: one array look-up per character (the regex below listed every one)
        present: set[str] = set()
    else:
        widened = text
        # Each full-width character present replaced in turn: the same as text.translate(_fullwidth_list()) (every
        # one maps to a character that is not full width, so no replacement feeds another), but a notice holds only
        # a few distinct ones (，（）：) and str.replace runs at memory speed, where translate looks up every character.
        present = set(_FULLWIDTH_RE.findall(text))
    if len(present) > 24:
        widened = text.translate(_fullwidth_list())
    else:
        for char in present:
            widened = widened.replace(char, chr(_FULLWIDTH[ord(char)]))
    lowered = widened.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in widened)


_WORD_CHAR_RE = re.compile(r"[0-9A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


def _latin_boundary(text: str, start: int, end: int) -> bool:
    """A Latin name stands alone: no Latin, Greek or Cyrillic letter or digit touches it (a CJK, kana, Hangul or
    Arabic character may: カメラはHikvision製, 海康HIKVISION) - except a Finnish, Estonian or Hungarian case ending
    written onto a name of six letters or more ("tilannut Cellebritelta", "Hikvisionilt", "Cellebrite-tól")."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if _WORD_CHAR_RE.match(before):
        return False
    return not _WORD_CHAR_RE.match(after) or (end - start >= 6 and bool(_CASE_ENDING_RE.match(text, end)))


# round 23: case endings that Finnish, Estonian and Hungarian write onto a foreign name (from, to, in, with …)
_CASE_ENDING_RE = re.compile(r"(?:lta|ltä|lle|lla|llä|sta|stä|ssa|ssä|ksi|iga|ilt|ile|ist|tól|től|nál|nél|hoz|hez|"
                             r"val|vel|nak|nek|ban|ben|ról|ről)(?![\w])")


_TOKEN_RE = re.compile(r"[\s:：/（(\-]{0,3}([A-Za-z0-9][A-Za-z0-9\-/.+]*)")


def _is_model_code(token: str) -> bool:
    """DS-2CD2142FWD-I, DH-IPC-HFW2431S, IPC322LR3, P3245-LVE, 5100i - but not 2019, 200 or 3.5."""
    token = token.rstrip(".-/")
    if len(token) < 3 or not any(c.isdigit() for c in token) or re.fullmatch(r"[\d.,]+", token):
        return False
    return any(c.isupper() for c in token) or "-" in token or sum(c.isdigit() for c in token) >= 4


def _followed_by_model_code(after: str) -> bool:
    """A model code right after the name, or after one product-line word (BOSCH FLEXIDOME 5100i)."""
    first = _TOKEN_RE.match(after)
    if not first:
        return False
    if _is_model_code(first.group(1)):
        return True
    if first.group(1).isalpha() and first.group(1)[0].isupper():
        second = _TOKEN_RE.match(after, first.end())
        return bool(second and _is_model_code(second.group(1)))
    return False
_BRACKETED_AFTER_ITEM_RE = re.compile(r"(?:\d\s*(?:台|套|个|部|路|副|只|块|组|批|units?|pcs|sets?)|"
                                      r"[机器头端仪屏统站]|平台)"
                                      r"\s*[（(]\s*$")
_LATIN_PRODUCT_RE = re.compile(r"[ \t]?[A-Z][A-Za-z0-9+\-]{1,}")
# round 27: a product name written in camel case right after a Latin name, possessive or not ("NEC NeoFace",
# "NEC's NeoFace Watch", "AXIS CamStreamer"): brands name products so, committees and codes do not ("NEC Article 250")
_CAMEL_PRODUCT_RE = re.compile(r"(?:[’']s)?[ \t](?:[A-Z][a-z]+[A-Z][A-Za-z0-9]*)(?![\w])")
# r37_suppliers: "NEC-brand monitors", "Axis brand cameras": the name written as a brand in English too
_AFTER_BRAND_RE = re.compile(r"\s{0,2}(?:品牌|牌|的?产品|[(（]?品牌[)）]?)|[\s-]brand(?:ed)?\b", re.IGNORECASE)
_PRODUCT_WORDS_RE = re.compile(
    r"[\s\-]{0,2}(?:网络)?(?:摄像机|摄像头|球机|枪机|半球|硬盘录像机|录像机|存储|解码器|监控|人脸|门禁|闸机|平台|前端|设备|产品|算法|"
    # r37_suppliers: goods a two-character brand names in item lists (华为视频会议终端, 大华车辆卡口相机, 中兴交换机)
    r"视频会议终端|会议终端|车辆卡口相机|卡口相机|相机|交换机|服务器|路由器|"
    r"NVR|DVR|IPC|XVR|VMS|ip\s?cam|cameras?|dome|bullet|ptz|body[\s-]?worn|cámaras?|camaras?|câmeras?|cameras?|"
    r"caméras?|kameras?|камер[аыу]?|видеокамер[аыу]?|video|security|spyware|imsi|cell[\s-]site)",
    re.IGNORECASE,
)
_BEFORE_BRAND_RE = re.compile(
    r"(?:品牌|厂家|厂商|制造商|生产商|brand|make|manufacturer|marca|marke|hersteller|marque|fabricant|"
    r"марка|производитель|proizvođač|fabricante)\s*(?:名称)?\s*(?:为|是)?\s*[:：=]?\s*[\"“'(（]?\s*$",
    re.IGNORECASE,
)

# r34_vendors34: a company noun of a script without capitals right before the name ("من شركة Axon", "وردتها شركة NEC",
# "บริษัท NEC", "công ty NEC"): there a short Latin name is the company's, not a word of the sentence (sets aa, ad, w).
# It makes the name known (`scan`), not a brand string: its role still comes from the wording ("نه با شرکت X")
_COMPANY_NOUN_BEFORE_RE = re.compile(
    r"(?:(?<![\u0600-\u06ff])[وفبل]?(?:ال)?شرك(?:ة|تي|تا)|شرکت|บริษัท|ширкати|\bcông ty(?: cổ phần| TNHH)?)"
    r"\s*[\"“«(]?\s*$",
    re.IGNORECASE)


def _has_brand_context(text: str, start: int, end: int) -> bool:
    after = text[end:end + 40]
    before = text[max(0, start - 24):start]
    if _followed_by_model_code(after):
        return True
    if _CJK_RE.match(text[start]) and _LATIN_PRODUCT_RE.match(after):
        return True  # 华为 Mate 40, 商汤 SenseFace, 华为 CloudLink Box 610
    if _CAMEL_PRODUCT_RE.match(after):
        return True  # NEC NeoFace, NEC's NeoFace Watch
    if _BRACKETED_AFTER_ITEM_RE.search(before) and re.match(r"\s*(?:[A-Za-z0-9][\w\-/. ]{0,24})?[)）]", after):
        return True  # 步态采集识别一体机20台（银河水滴）: the brand of the item before it
    if _AFTER_BRAND_RE.match(after) or _PRODUCT_WORDS_RE.match(after) or _BEFORE_BRAND_RE.search(before):
        return True
    if _CJK_RE.match(text[end - 1]) and CJK_PRODUCT_AFTER_RE.match(after):
        return True  # r40b: 科达高清摄像机, 华为视频云存储设备, 宇视车辆卡口 (enrich/cjk_product_phrases.py)
    surface = text[start:end]
    if surface.isupper() and len(surface) >= 4 and not _CJK_RE.search(surface):
        next_word = re.match(r"\s+([^\s]+)", after)
        if next_word and not (next_word.group(1).isalpha() and next_word.group(1).isupper()):
            return True
    return False
