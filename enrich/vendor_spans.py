"""Names as written: the organisation name written around a registry vendor's name, when that longer name resolves
to the same vendor ("Huawei" → "Huawei del Perú S.A.C.", "依图" → "北京依图网络科技有限公司", "HIKVISION" →
"HANGZHOU HIKVISION DIGITAL TECH"). Used by enrich/vendor_links.py for the evidence and the resolution of a link."""
from __future__ import annotations

import re

from enrich.vendor_names import _CJK_RE, place_pinyin, place_set
from enrich.vendors import Registry, Resolution

_CJK_TAIL_RE = re.compile(
    r"[^\s，。；、,;：:“”\"'（()）\[\]【】]{0,16}?(?:有限责任公司|股份有限公司|有限公司|集团有限公司|集团|公司)"
    r"(?:[^\s，。；、,;：:“”\"（()）]{1,12}?分公司)?")
_LATIN_NEXT_RE = re.compile(
    r"(?P<sep>[ \t]{1,2})(?P<tok>\((?:[A-Z][\w.&' -]{1,30})\)|[A-ZÀ-ÖØ-Þ0-9][\w.&'’/+\-]*|(?:of|do|da|de|del|du|"
    r"des|and|und|y|e|et|&)(?=[ \t]+[A-ZÀ-ÖØ-Þ]))")
_LATIN_LEGAL_RE = re.compile(
    r",?[ \t]{1,2}(?:co\.?,?[ \t]*ltd\.?|inc\.?|ltd\.?|llc|l\.l\.c\.|corp\.?|s\.?a\.?(?:\s?c\.?|\s?s\.?|\s?u\.?)?|"
    r"s\.?l\.?u?\.?|gmbh|ag|b\.?v\.?|n\.?v\.?|d\.?o\.?o\.?|ltda\.?|s\.?r\.?l\.?|s\.?p\.?a\.?|plc|pty\.?\s?ltd\.?|"
    r"sas|sarl|kg|sp\.?[ \t]?z[ \t]?o\.?[ \t]?o\.?|kft\.?|zrt\.?|s\.?r\.?o\.?|"
    r"(?-i:AB|Oy|OY|AS)|a/s|(?:s\.?a\.?\s)?de\s+c\.?\s?v\.?|s\.?\s?de\s+r\.?\s?l\.?(?:\s+de\s+c\.?\s?v\.?)?)(?![\w])",
    re.IGNORECASE)


def extend(text: str, start: int, end: int, vendor_id: str, registry: Registry
            ) -> tuple[int, int, Resolution | None]:
    """The organisation name written around a registry name, when that longer name resolves to the same vendor."""
    if _CJK_RE.match(text[start]):
        spans = _cjk_spans(text, start, end)
    else:
        spans = _latin_spans(text, start, end)
    for span_start, span_end in spans:
        resolution = registry.resolve(text[span_start:span_end])
        if resolution is not None and resolution.vendor_id == vendor_id:
            return span_start, span_end, resolution
    return start, end, None


def _cjk_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """北京依图网络科技有限公司 around 依图: a place prefix before it and a company head after it, or the head alone;
    longest first ("杭州市海康路" is a street, not a company)."""
    tail = _CJK_TAIL_RE.match(text, end)
    ends = [tail.end()] if tail else []
    starts = []
    for offset in range(1, 10):
        position = start - offset
        if position < 0 or not _CJK_RE.match(text[position]):
            break
        if text[position:start] in place_set():
            starts.append(position)
    spans = [(s, e) for s in starts for e in ends] + [(start, e) for e in ends]  # never a place + name alone
    return sorted(spans, key=lambda se: se[0] - se[1])


def _latin_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """"Huawei del Perú S.A.C.", "Motorola Solutions Germany GmbH", "HANGZHOU HIKVISION DIGITAL TECH": capitalised
    words and a legal form after the name, Chinese places in pinyin before it; longest first, at most six tries."""
    ends: list[int] = []
    position, tokens = end, 0
    if _ENDS_LEGAL.search(text, start, end) and (_LIST_AFTER_LEGAL.match(text, end) or (
            text[end - 1] == "." and re.match(r"[ \t]+[A-Z]", text[end:end + 2]))):
        tokens = 8  # the registry's legal name is written in full and another name or sentence follows
    while tokens < 8:
        legal = _LATIN_LEGAL_RE.match(text, position)
        if legal:
            position = legal.end()
            ends.append(position)
            tokens += 1
            if text[position - 1] == "." and re.match(r"[ \t]+[A-Z]", text[position:position + 2]):
                break  # "… Co., Ltd. Both suppliers were …": the legal form's full stop ends the sentence
            if _LIST_AFTER_LEGAL.match(text, position):
                break  # "X Co., Ltd. and Y Co., Ltd.": a legal form closes the first of two names
            continue
        token = _LATIN_NEXT_RE.match(text, position)
        if not token or "\n" in token.group("sep"):
            break
        position = token.end()
        tokens += 1
        word = token.group("tok")
        if word.casefold() not in _CONNECTORS:
            ends.append(position - (len(word) - len(word.rstrip(".,"))))
    starts = [start]
    places = place_pinyin()
    for word in re.finditer(r"([A-Za-z]+)[ \t]+\Z", text[max(0, start - 40):start]):
        if word.group(1).casefold() in places and word.group(1)[0].isupper():
            starts.append(start - len(word.group(0)))
    spans = [(s, e) for s in starts for e in sorted(set(ends), reverse=True)] + [(s, end) for s in starts[1:]]
    spans = [(s, e) for s, e in spans if e > s and text[s:e].strip() == text[s:e]]
    return sorted(spans, key=lambda se: se[0] - se[1])[:6]


_CONNECTORS = frozenset({"of", "do", "da", "de", "del", "du", "des", "and", "und", "y", "e", "et", "&"})
_ENDS_LEGAL = re.compile(r"(?i:ltd|inc|llc|corp|gmbh|co|plc|s\.a|ag)\.?\Z")
_LIST_AFTER_LEGAL = re.compile(r",?[ \t]+(?:and|&|und|y|et|e)[ \t]+[A-Z]")
