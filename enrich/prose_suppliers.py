"""Suppliers named in running prose rather than in a labelled field: "awarded to X", "adjudicado a X",
"成交供应商为X", "заключён контракт с ООО «X»".

Split from enrich/prose_parties.py (buyers) by job; the cue lists are the `supplier_frames` of
enrich/data/prose_party_cues.yaml. A name must have the shape of a company: a Latin name written in capitals, a
Russian legal form with a quoted name, a Chinese name ending in a company head; a name opening with a
`supplier_reject_first_words` word is a public body. Returns (start, end) spans into the text given.
Registry vendors named with supplier wording that is not an award ("supplied by", "technology partner",
"采用X技术") are found by enrich/vendor_links.py.
"""
from __future__ import annotations

import re

from enrich.arabic_script_suppliers import arabic_script_suppliers
from enrich.cache import table
from enrich.cyrillic_companies import cyrillic_suppliers
from enrich.fastscan import Scan
from enrich.frame_script_suppliers import frame_script_suppliers
from enrich.georgian_companies import georgian_suppliers
from enrich.indic_suppliers import indic_suppliers
from enrich.korean_headless_suppliers import korean_headless_suppliers
from enrich.prose_parties import _CJK_CHAR, PROSE_WINDOW, _latin_name_end, _words, load_cues
from enrich.prose_text import trimmed as _trimmed
from enrich.sinhala_tamil_suppliers import sinhala_tamil_suppliers
from enrich.thai_hebrew_companies import thai_hebrew_suppliers
from enrich.vendors import load_registry

_RU_LEGAL_RE = re.compile(
    r"(?:ООО|АО|ПАО|ЗАО|ОАО|НАО|ИП|ФГУП|ГУП|МУП|Общество с ограниченной ответственностью|Акционерное общество|"
    r"Публичное акционерное общество)\s*[«\"“„][^»\"”“\n]{1,80}[»\"”“]"
)
_CJK_COMPANY_RE = re.compile(
    r"[^\s，。；、,;：:“”\"]{2,40}?(?:有限责任公司|股份有限公司|有限公司|公司|研究所|研究院|厂)(?:[^\s，。；、,;：:]{1,12}?分公司)?"
)


@table()
def _frame_scan() -> Scan:
    """One automaton for the prefixes of every frame's opening words (enrich/fastscan.py): each frame is tried only
    where it can start, after one pass over the text instead of one search per frame."""
    return Scan([before for before, _ in load_cues().supplier_frames])


def prose_suppliers(text: str) -> list[tuple[int, int]]:
    """Supplier spans introduced by award phrasing ("awarded to X", "adjudicado a X", "成交供应商为X")."""
    cues = load_cues()
    window = text[:PROSE_WINDOW]
    found = []
    scan = _frame_scan()
    starts = scan.find(window)
    for n, (_, after) in enumerate(cues.supplier_frames):
        for match in scan.finditer(starts, n, window):
            position = match.end()
            if window[position - 1:position].isascii() and window[position - 1:position].isalpha() \
                    and window[position:position + 1].isalnum():
                continue  # "awarded TOP 2.4 million to X": a frame's last word ends where a word does
            while position < len(window) and window[position] in " \t:：\"“«":
                position += 1
            span = _supplier_name(window, position)
            if not span:
                continue
            start, end = _trimmed(window, *span)
            end = start + _without_tail(window[start:end])
            end = _with_bracket_tail(window, end)
            if after is not None and not after.match(window, end):
                end = _before_money(window, start, end)
                if not after.match(window, end):
                    continue
            name = window[start:end]
            first = (_words(name) or [""])[0].casefold()
            if len(name) < 3 or first in cues.supplier_reject_first_words or _PUBLIC_BODY_END_RE.search(name):
                continue
            found.append((start, end))
    found.extend(indic_suppliers(window))  # r42: Hindi, Marathi, Nepali, Bengali names, which have no capitals
    found.extend(georgian_suppliers(window))  # r42: "შპს „X“"
    found.extend(cyrillic_suppliers(window))  # r42: "ТОВ «X»", "«X» ЖШС"
    found.extend(thai_hebrew_suppliers(window))  # r42: "บริษัท X จำกัด", "עם X בע"מ"
    found.extend(frame_script_suppliers(window))  # r43: Khmer, Lao, Burmese, Amharic award frames
    found.extend(arabic_script_suppliers(window))  # r43: "شركة X للY", Urdu "X سسٹمز کو", Pashto "د X شرکت سره"
    found.extend(sinhala_tamil_suppliers(window))  # r43: "X සමාගමෙන්", "X நிறுவனத்துக்கு"
    found.extend(korean_headless_suppliers(window))  # r43: "사업을 X에 9억 원에 맡겼다", "시공사는 X이다"
    return sorted(set(found))


# r37_suppliers: a name that ends in a public body's head ("a contract with Harris County", "agreement with Fairview
# City Council") is the customer a company's filing names, never its supplier.
_PUBLIC_BODY_END_RE = re.compile(r"\b(?:County|City|Council|Department|Ministry|Municipality|Government|Police|"
                                 r"Sheriff|Commission|Board|District|Township|Borough|Village)$")


# r35_suppliers: what a Latin name read runs on into in a lot list or a count ("Laïta TP. Lot 2 : …", "Onyar Sistemes SL
# 24 càmeres"): the next lot's label, or a number right after a legal form, is not part of the name.
_NAME_TAIL_RE = re.compile(r"(?P<tail>\.?\s+(?:Lot|Lote|Lotto|Los)\s+\d+)$"
                           r"|\b(?:SL|SA|SAS|SARL|Ltd|Ltda|LLC|Inc|GmbH|SpA|SRL|TP|AG|BV|NV|Oy|AB|AS|Kft)"
                           r"(?P<num>\.?\s+\d[\d.,]*)$")


# r37_suppliers: a country or "Pty"/"Pvt" in brackets inside a company's name ("Huawei Technologies (Mauritius) Co.
# Ltd", "Kgale Guarding (Pty) Ltd", "Huawei Technologies (Mauritius)"); a brand or product in brackets ("Axon
# Enterprise (Fusus)") stays out, as the labels write it.
_BRACKET_TAIL_RE = re.compile(
    r"[ \t]?\((?P<word>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\)"
    r"(?P<legal>[ \t]+(?:Co\.,? ?Ltd|Co\.,? ?Limited|Ltd|Limited|Inc|LLC|Sdn\.? Bhd|Pte\.? Ltd)\.?(?![\w-]))?")
_BRACKETED_FORMS = {"Pty", "Pvt", "Private", "Proprietary"}


def _with_bracket_tail(window: str, end: int) -> int:
    """``end`` moved past a bracketed country or company form that belongs to the name (`_BRACKET_TAIL_RE`)."""
    tail = _BRACKET_TAIL_RE.match(window, end)
    if tail is None:
        return end
    word = tail.group("word")
    if word in _BRACKETED_FORMS:
        return tail.end() if tail.group("legal") else end
    import pycountry  # here, not at import: loading it costs ~40 ms of every process's start-up, for a rare tail

    try:
        pycountry.countries.lookup(word)
    except LookupError:
        return end
    return tail.end()


# r41b_suppliers: a name read on into the sum it was awarded ("Cedar Tech LBP 90", "Efate Tech VT 64", "Korle Tech GH"
# before "₵ 12 million", "Ouémé Tech 180" before "millions FCFA"): a currency mark of one to three capitals with the
# figure, a mark glued to its sign, or a bare figure. Tried only where an award frame's sum must follow the name.
_MONEY_TAIL_RE = re.compile(r",?[ \t]+(?:[A-Z]{1,3}[ \t]?\d[\d.,]{0,20}|(?P<mark>[A-Z]{1,3})|\d[\d.,]{0,20})$")


def _before_money(window: str, start: int, end: int) -> int:
    """``end`` moved back before a sum the name was read into (`_MONEY_TAIL_RE`), or ``end`` unchanged."""
    tail = _MONEY_TAIL_RE.search(window, start, end)
    if tail is None or tail.start() - start < 3 or (tail.group("mark") and window[end:end + 1] not in ("$", "₵")):
        return end
    registry = load_registry()
    name = window[start:tail.start()]
    if registry.resolve(name) is None and any(c.start == 0 for c in registry.find_names(name)):
        return end  # "IDEMIA Australasia Pty Ltd AUD 18.4 million": a registry vendor's arm, linked by its mention
    return tail.start()


def _without_tail(name: str) -> int:
    """The length of ``name`` without a run-on tail (`_NAME_TAIL_RE`)."""
    tail = _NAME_TAIL_RE.search(name)
    if not tail:
        return len(name)
    return tail.start("tail") if tail.group("tail") else tail.start("num")


def _supplier_name(window: str, position: int) -> tuple[int, int] | None:
    head = window[position:position + 1]
    if not head:
        return None
    if _CJK_CHAR.match(head):
        match = _CJK_COMPANY_RE.match(window, position)
        return match.span() if match else None
    russian = _RU_LEGAL_RE.match(window, position)
    if russian:
        return russian.span()
    if re.match(r"[А-Яа-яЁё]", head):
        return None  # a Russian name without its legal form and quotes is too easily a declined common noun
    end = _latin_name_end(window, position)
    joined = _LEGAL_FORM_THEN_AND.search(window, position, end)
    if joined:
        end = joined.start("and")  # "X Co., Ltd. and Y Co., Ltd.": two suppliers, the list reader takes Y
    return (position, end) if end > position else None


# A legal form closing one name and "and" opening the next: the first name ends at its legal form.
_LEGAL_FORM_THEN_AND = re.compile(
    r"(?:Co\.,? Ltd\.?|Ltd\.?|Inc\.?|LLC|Corp\.?|Corporation|GmbH|S\.A\.?|AG|plc|PLC|Limited)"
    r"(?P<and>,? (?:and|&|y|e|et|und) )(?=[A-Z])")


# OCDS JSON quoted in a notice's text ("awards": [{"suppliers": [{"name": "X"}, …]}]): each supplier object's name.
_JSON_SUPPLIERS_RE = re.compile(r'"suppliers"\s*:\s*\[')
_JSON_OBJECT_RE = re.compile(r'\s*,?\s*\{(?P<body>[^{}\[\]]{0,600}?)\}')
_JSON_NAME_RE = re.compile(r'"name"\s*:\s*"(?P<name>[^"\\\n]{2,200})"')


def json_suppliers(text: str) -> list[tuple[int, int]]:
    """Supplier spans of OCDS JSON written into the text: the names in each "suppliers" array (an award's suppliers,
    the schema's only supplier list; "tenderers" and "parties" without a supplier role are not read)."""
    if '"suppliers"' not in text:
        return []
    window = text[:PROSE_WINDOW]
    found = []
    for array in _JSON_SUPPLIERS_RE.finditer(window):
        position = array.end()
        while (item := _JSON_OBJECT_RE.match(window, position)) is not None:
            name = _JSON_NAME_RE.search(window, item.start("body"), item.end("body"))
            if name:
                start, end = _trimmed(window, *name.span("name"))
                if end - start >= 2:
                    found.append((start, end))
            position = item.end()
    return found

