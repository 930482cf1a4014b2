"""Parties: who bought, who won, and which vendors a notice names - each with its exact place in the text.

Why: "did this buyer acquire from a listed vendor" is the question users bring, so buyers and suppliers must come
out of labelled fields in every language the tracker reads, and suppliers must be tied to registry vendors.

How:
* A labelled field is a label from ``BUYER_LABELS`` / ``SUPPLIER_LABELS`` followed by a colon (``采购人：``,
  ``Recipient:``, ``Заказчик:``) - or, for the table labels in ``TABLE_LABELS``, by whitespace only, which is how
  flattened HTML tables read ("中标供应商名称 杭州XX有限公司 地址 …").
* The value ends at the line end, at the next known label (role labels and ``STOP_LABELS`` such as 地址/联系人/
  Address/Tel), at a table separator (tab, ``|``, two spaces), at ``；;。``, and - for a Chinese value - at the
  first whitespace. Trailing punctuation and ", 123 Main St"-style addresses are trimmed.
* A Chinese label preceded by another CJK character is not that label: 投标供应商名称 (bidders) and 候选供应商
  are not winners. Bidders, candidates (other than 第一中标候选人) and agents (代理机构) are never parties.
* "Official name:" (TED/eForms rendered notices) takes its role from the organisation's "Roles of this
  organisation" line or from the section heading before it (Buyer / Contracting authority / Winner / Contractor).
* Several suppliers (lots, 分包, "A公司、B公司") each become a Party; an unresolved winner value naming a registry
  vendor among other organisations is cut by enrich/vendors_in_values.py ("X（联合体牵头）、B公司", "A, delivering X").
* Only when no labelled buyer (supplier) is found, a buyer (suppliers) named in running prose is taken from
  enrich/prose_parties.py ("The City of X Police Department is seeking…", "X县公安局…招标公告", "awarded to X").
* A short bracketed note between label and colon is allowed (采购人（甲方）：, 采购单位名称(盖章)：), except an agent
  note.
* A Latin label followed by a tab at the start of a line is a field too ("Recipient Name<TAB>X", flattened tables).
* Registry vendors named anywhere else become parties through enrich/vendor_links.py: ``supplier`` where the text
  says so (supplied/developed by or with, technology partner, contract with, 由X提供, 与X合作, a brand delivered in
  an award …), otherwise ``mentioned`` (competitors, "-compatible", "or equivalent", news mentions).
* Identifiers printed next to a party or published in the source's facts (USCC, VAT, Companies House, UEI …) are
  attached by enrich/identifiers.py; a registry identifier resolves the party to its vendor first.
Suppliers and mentions are resolved through the vendor registry; buyers are not. Unknown suppliers are kept with
``vendor_id`` None. The result is in text order, one Party per role and name.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache

from enrich import disclosure_roles, news_vendor_roles, refused_item_vendors, requirement_vendors
from enrich.acting_buyers import as_written
from enrich.board_headings import board_heading
from enrich.buyer_name_parts import without_address_note
from enrich.cache import table
from enrich.council_beneficiaries import beneficiary
from enrich.disclaimed_names import disclaimer_at
from enrich.disclosure_filers import filer_span
from enrich.fastscan import Alternation, Prefixed
from enrich.georgian_companies import georgian_company_end
from enrich.identifiers import with_identifiers
from enrich.model import Facts, Party, Span
from enrich.oversight_buyers import overseen_first
from enrich.party_labels import (
    BUYER_LABELS,
    EFORMS_NAME_LABELS,
    STOP_LABELS,
    SUPPLIER_LABELS,
    TABLE_LABELS,
    USING_UNIT_LABELS,
)
from enrich.party_labels import SECTION_ONE_LABELS as _SECTION_ONE_LABELS
from enrich.party_values import (
    _CJK_CHAR,
    _ORG_END_CJK,
    _cut_value,
    _plausible_name,
    _split_several,
    _trim_buyer_tail,
    supplier_tail,
)
from enrich.prose_parties import prose_buyers
from enrich.prose_suppliers import json_suppliers, prose_suppliers
from enrich.supplier_name_edges import supplier_edges
from enrich.supply_statements import unlisted_suppliers, without_sentence_dot
from enrich.text import t2s
from enrich.vendor_links import vendor_parties
from enrich.vendors import Registry, load_registry
from enrich.vendors_in_values import RESOLD as _RESOLD
from enrich.vendors_in_values import split_supplier_values
from enrich.zh_approved_bodies import after_deciding_body
from enrich.zh_buyer_notes import after_possessive, without_bracket_note, without_facility

# USAspending prints the department ("Awarding Agency") and the agency that contracted ("Awarding Sub Agency").
_PARENT_AGENCY_LABELS = frozenset({"awarding agency"})
_SUB_AGENCY_LABELS = frozenset({"awarding sub agency", "awarding sub-agency", "sub-agency", "sub agency",
                                "funding office", "awarding office"})
# An agency's own buying unit, the agency named by its acronym: not the contracting agency itself
_ACQUISITION_UNIT = re.compile(r"[A-Z]{2,6}[ \t]+(?:Office|Division|Directorate)[ \t]+of[ \t]+"
                               r"(?:Acquisition|Procurement|Contracting)")
# A federal department and its agency in one value ("Department of Justice, Federal Bureau of Investigation",
# "Department of the Interior | National Park Service", "Department of Agriculture (Rural Utilities Service)"):
# the agency contracts, as with a sub agency's own field. Group 1 is the agency.
_DEPARTMENT_THEN_AGENCY = re.compile(r"(?:U\.S\.[ \t]+)?Department[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w]+(?:[ \t]+"
                                     r"(?:and[ \t]+)?[A-Z][\w]+)*[ \t]*(?:,|\||\(|/)[ \t]*([A-Z][^,|()/\n]{4,80}?)\)?"
                                     r"(?:,[ \t]*[A-Z][\w.'’ -]{1,30},[ \t]*[A-Z]{2})?$")  # round 22: "/", ", Town, ST"
# A grant's recipient is the buyer when it is a public body ("Grant award … Recipient: TOWN OF HEMPSTEAD"): the
# grant pays for what the town buys, and the awarding agency only funds it. A company recipient stays a supplier.
_COMPANY_FORM = re.compile(r"\b(?:inc|incorporated|ltd|limited|llc|corp|corporation|co|plc|lp|llp)\b\.?",
                           re.IGNORECASE)
_GRANT_TITLE = re.compile(r"\bgrant\b", re.IGNORECASE)
_PUBLIC_BODY = re.compile(r"\b(?:town|city|county|village|borough|township|state|police|sheriff'?s?|department"
                          r"|school|schools|district|parish|tribe|tribal|commission|authority)\b", re.IGNORECASE)



def _label_pattern(label: str) -> str:
    if _CJK_CHAR.search(label):
        # OCR-like spacing inside Chinese labels: 采 购 人
        return r"\s?".join(re.escape(ch) for ch in label)
    return re.escape(label).replace(r"\ ", r"\s+").replace("'", "['’]")


def _alternation(labels: list[str]) -> str:
    """Longest first; equal lengths in a fixed order, so the pattern's source (and its cached compilation) is the
    same in every process (a set's order of strings changes with the hash seed)."""
    return "|".join(_label_pattern(label) for label in sorted(set(labels), key=lambda label: (-len(label), label)))


_ROLE_OF_LABEL: dict[str, str] = {label.casefold(): "buyer" for label in BUYER_LABELS}
_USING_UNIT_LABELS = frozenset(label.casefold() for label in USING_UNIT_LABELS)
_ROLE_OF_LABEL.update({label.casefold(): "supplier" for label in SUPPLIER_LABELS})
_ALL_LABELS = BUYER_LABELS + SUPPLIER_LABELS + STOP_LABELS + EFORMS_NAME_LABELS

# A short bracketed note may sit between a label and its colon: 采购人（甲方）：, 采购单位名称(盖章)：, "Buyer (name):".
# "Section I: Contracting authority - Leeds City Council": a dash after a label, as notices rendered from TED write it
_LABEL_TAIL = (r")(?P<note>[ \t]?[（(][^（()）:：\n]{1,12}[)）])?"
               r"(?P<sep>\s*[:：]\s*|[ \t]+[-–—][ \t]+|[ \t\u3000]+|\s*\|\s*)")
_LABEL_RE = re.compile(r"(?P<label>" + _alternation(_ALL_LABELS) + _LABEL_TAIL, re.IGNORECASE)
_AGENT_NOTE_RE = re.compile(r"代理|agent", re.IGNORECASE)
# "1.采购人信息 名称：X" / "中标人信息 名 称：X" (ccgp contact block)
_INFO_BLOCK_RE = re.compile(
    r"(?P<who>采购人|采购单位|中标人|中标供应商|成交供应商|供应商)信息\s*名\s?称\s*[:：]\s*", re.IGNORECASE
)


_LINE_OPENING_RE = re.compile(r"(?:^|[\n\r\t|;；•·]|\s{2,})[\s\d.)(\-–*#]*$")
# r32_buyers32: a buyer ending in an abbreviation keeps its dot ("Police Dept.", "City of St.", "U.S.")
_KEEPS_ABBREVIATION = re.compile(r"(?:\b(?:Dept|Govt|Dist|Co|St|Mt|Ft|No|Nr)|\.[A-Za-z])\.$")


def _is_label_start(text: str, start: int, first_cjk: bool, first_upper: bool) -> bool:
    """Whether a label occurrence really opens a field (`first_cjk`/`first_upper`: what its first character is).

    A Chinese label glued to a preceding CJK character is part of another word (投标供应商名称 = bidders).
    A Latin label must open its line (after optional numbering), follow a cell separator, or be written with a
    capital ("… Ltd Supplier: X"); "Legal type of the buyer:" is prose, not the buyer field.
    """
    if start == 0:
        return True
    before = text[start - 1]
    if first_cjk:
        return not _CJK_CHAR.match(before)
    if before.isalnum():
        return False
    if first_upper or _CASELESS_LABEL_START.search(text[max(0, start - 2):start + 1]):
        return True
    return bool(_LINE_OPENING_RE.search(text[max(0, start - 40):start]))


_CASELESS_LABEL_START = re.compile(r"[.!?؟،,;؛]\s?[\u0590-\u06ff\u0e00-\u0e7f\u10a0-\u10ff]$")  # "… מיליון. הזוכה: X"


@table()
def _t2s_table() -> dict[int, str]:
    """Character-level traditional→simplified map (offset-preserving; phrase conversion is not needed here)."""
    chars = "".join(chr(code) for code in range(0x4E00, 0xA000))
    simplified = t2s().convert(chars)
    if len(simplified) != len(chars):  # phrase rules changed lengths: fall back to one character at a time
        simplified = "".join(c if len(c2 := t2s().convert(c)) != 1 else c2 for c in chars)
    return {ord(a): b for a, b in zip(chars, simplified, strict=False) if a != b}


@lru_cache(maxsize=1)
def _t2s_list() -> list[str]:
    """`_t2s_table` as a list indexed by code point (str.translate reads a list several times faster than a dict;
    characters past its end, none of which the table maps, stay as they are)."""
    table = _t2s_table()
    return [table.get(code, chr(code)) for code in range(max(table, default=-1) + 1)]


@lru_cache(maxsize=1)
def _traditional_re() -> re.Pattern[str]:
    """The characters `_t2s_table` changes: a text without any needs no converted copy (most Chinese notices are
    written in simplified characters, and the search is far cheaper than the conversion)."""
    return re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_t2s_table())) + "]")


#: label as matched → (canonical label, holds a CJK character, starts with one, starts with a capital)
_LABEL_FORMS: dict[str, tuple[str, bool, bool, bool]] = {}


def _label_form(label_text: str) -> tuple[str, bool, bool, bool]:
    """What `_label_hits` asks of a label as matched; labels repeat, so the answers are kept."""
    form = _LABEL_FORMS.get(label_text)
    if form is None:
        canonical = _SPACES_RE.sub(" ", label_text).casefold()
        if _CJK_CHAR.search(canonical):
            canonical = canonical.replace(" ", "")
        if len(_LABEL_FORMS) >= 4096:  # bounded, whatever the texts hold
            _LABEL_FORMS.clear()
        form = _LABEL_FORMS[label_text] = (canonical, bool(_CJK_CHAR.search(label_text)),
                                           bool(_CJK_CHAR.match(label_text[0])), label_text[0].isupper())
    return form


_SPACES_RE = re.compile(r"\s+")


@table()
def _label_scan() -> Prefixed:
    """_LABEL_RE tried only where a label can start, and there with only the labels that can (enrich/fastscan.py):
    the same matches, far fewer attempts."""
    labels = [_label_pattern(label) for label in sorted(set(_ALL_LABELS), key=len, reverse=True)]
    return Prefixed(Alternation("(?P<label>", labels, _LABEL_TAIL, re.IGNORECASE))


def _label_hits(text: str) -> list[tuple[int, int, int, str, str]]:
    """(label_start, value_start, label_end, canonical label, separator) for every accepted label.

    Labels are searched in a character-level traditional→simplified copy of the text (採購單位 → 采购单位), which
    keeps every offset; values are always cut from the original text.
    """
    hits = []
    # (a text without characters the table changes is its own copy: searching for them is the cheap part)
    search_text = text.translate(_t2s_list()) if _traditional_re().search(text) else text
    for match in _label_scan().finditer(search_text):
        canonical, cjk, first_cjk, first_upper = _label_form(match.group("label"))
        if not _is_label_start(search_text, match.start(), first_cjk, first_upper) and not (
                canonical in ("甲方", "乙方") and search_text.endswith("合同", 0, match.start())):
            continue  # (round 36: "合同甲方：X" names the buyer, "合同乙方：Y" the supplier)
        note = match.group("note")
        if note and (not (":" in (sep := match.group("sep")) or "：" in sep) or _AGENT_NOTE_RE.search(note)):
            continue  # a bracketed note only counts before a colon, and 采购人（代理机构） is not the buyer
        label_end = match.end("label")
        if not cjk and label_end < len(text) and text[label_end].isalnum():
            continue  # a Latin label ends on a word boundary ("Agency", not "Agencyname")
        hits.append((match.start(), match.end(), label_end, canonical, match.group("sep")))
    return hits


def _dash_field(text: str, label_start: int, separator: str) -> bool:
    """A label after a section number and before a dash: "Section I: Contracting authority - Leeds City Council";
    or a label opening its line before a spaced long dash, as Russian and Ukrainian write a field ("Заказчик —
    Администрация города Казани", "Замовник – Київська міська рада": r38_buyers)."""
    line_start = text.rfind("\n", 0, label_start) + 1
    if re.fullmatch(r"[ \t]+[–—][ \t]+", separator) and not text[line_start:label_start].strip(" \t0123456789.)"):
        return True
    return bool(re.search("[-–—]", separator)) and bool(
        re.search(r"Section [IVX]+\s*[:.]\s*$", text[max(0, label_start - 20):label_start]))


def _is_field_opening(text: str, hit: tuple[int, int, int, str, str]) -> bool:
    separator = hit[4]
    if ":" in separator or "：" in separator or "|" in separator or _CJK_CHAR.match(hit[3]) or _dash_field(
            text, hit[0], separator):
        return True
    if text[hit[1]:hit[1] + 1].isdigit():
        return True  # "… Ltda. CNPJ 00.000.000/0001-00": an identifier or address field follows
    return bool(_LINE_OPENING_RE.search(text[max(0, hit[0] - 40):hit[0]]))


def _eforms_role(text: str, label_start: int, next_name_start: int, *, first: bool = False) -> str | None:
    """Role of an eForms 'Official name' from its 'Roles of this organisation' line or the heading above it; the
    first one of a notice that says neither is the buyer (section I of a TED notice names the buyer first)."""
    block = text[label_start:next_name_start]
    roles = re.search(r"roles? of this organi[sz]ation\s*[:：]?\s*(.{0,200})", block, re.IGNORECASE | re.DOTALL)
    if roles:
        listed = roles.group(1).casefold()
        if re.search(r"\b(winner|tenderer|contractor)\b", listed):
            return "supplier"
        if re.search(r"\bbuyer\b", listed):
            return "buyer"
        return None  # review body, TED eSender, … are not parties
    heading = text[max(0, label_start - 250):label_start].casefold()
    positions = {
        "buyer": max(heading.rfind("buyer"), heading.rfind("contracting authority"),
                     heading.rfind("contracting entity"), heading.rfind("pouvoir adjudicateur"),
                     heading.rfind("auftraggeber")),
        "supplier": max(heading.rfind("winner"), heading.rfind("contractor"), heading.rfind("titulaire"),
                        heading.rfind("auftragnehmer"), heading.rfind("adjudicatario")),
    }
    best = max(positions, key=lambda role: positions[role])
    if positions[best] >= 0:
        return best
    return "buyer" if first else None


def _is_grantee(text: str, name: str) -> bool:
    """A public body receiving a grant named in the title line (see _GRANT_TITLE)."""
    title = text[:text.find("\n")] if "\n" in text else text
    return bool(_GRANT_TITLE.search(title) and _PUBLIC_BODY.search(name) and not _COMPANY_FORM.search(name))


def extract_parties(text: str, language: str | None = None, registry: Registry | None = None, *,
                    kind: str | None = None, facts: Facts | None = None) -> list[Party]:
    """Buyers, suppliers and mentioned vendors in ``text``; offsets index ``text`` itself.

    ``language`` is accepted for symmetry with the other extractors; the label lists cover every language at
    once because notices mix them (a Chinese notice quoting "HIKVISION", an English one quoting "Auftraggeber").
    ``kind`` (award, tender …) tells enrich/vendor_links.py whether brands in item lists were delivered or are
    requirements; ``facts`` (the source's structured fields) add the identifiers it publishes for each party.
    """
    if not text:
        return []
    original = text
    text = _markup_masked(text)
    registry = registry or load_registry()
    found: list[tuple[str, int, int]] = []
    hits = _label_hits(text)
    # A value ends at the next label only where that label really opens a field: with a colon, or at the start
    # of a line/cell. A label word inside a name ("Town of Alpha", "Dirección Nacional de …") does not cut it.
    boundaries = [h[0] for h in hits if _is_field_opening(text, h)]  # in text order, like the hits
    eforms_names = [i for i, h in enumerate(hits) if h[3] in EFORMS_NAME_LABELS]
    parents: set[int] = set()
    using_units: set[int] = set()  # buyers read from 需求单位/项目单位 …: they give way to a 采购人 field
    has_sub_agency = False
    for index, (label_start, value_start, _label_end, canonical, separator) in enumerate(hits):
        after = bisect.bisect_right(boundaries, label_start)
        next_label = boundaries[after] if after < len(boundaries) else len(text)
        role = _ROLE_OF_LABEL.get(canonical)
        if canonical in EFORMS_NAME_LABELS:
            following = bisect.bisect_right(eforms_names, index)
            role = _eforms_role(text, label_start, hits[eforms_names[following]][0]
                                if following < len(eforms_names) else len(text), first=index == eforms_names[0])
        if role is None:
            continue
        has_colon = ":" in separator or "：" in separator or "|" in separator or _dash_field(
            text, label_start, separator) or (
            "\t" in separator and bool(_LINE_OPENING_RE.search(text[max(0, label_start - 40):label_start])))
        if not has_colon and canonical not in TABLE_LABELS:
            continue
        start, end = _cut_value(text, value_start, next_label)
        if not has_colon and not (_CJK_CHAR.match(text[start:start + 1] or "x")
                                  and _ORG_END_CJK.search(text[start:end])):
            continue  # bare table label: only an organisation-looking Chinese value counts
        for part_start, part_end in _split_several(text, start, end):
            if role == "buyer":  # (a section's value is the body as written, its department kept: set w)
                in_prose = not _LINE_OPENING_RE.search(text[max(0, label_start - 40):label_start])
                if in_prose and not _KEEPS_ABBREVIATION.search(text, part_start, part_end):
                    # r32_buyers32: "… SARL. Acheteur : Commune de X.": the sentence's dot (ag, ae, j)
                    part_end = without_sentence_dot(text, part_start, part_end)
                part_end = _trim_buyer_tail(text, part_start, part_end, department=canonical not in _SECTION_ONE_LABELS)
                part_end = without_bracket_note(text, part_start, part_end)  # "X公安局（平潭县）", "（使用单位：Y）"
                part_end = without_address_note(text, part_start, part_end)  # "X (Av. España 450, Lima)"
                if canonical in _USING_UNIT_LABELS:
                    using_units.add(part_start)
            elif not _LINE_OPENING_RE.search(text[max(0, label_start - 40):label_start]):  # "… 2026. Supplier: X."
                part_end = without_sentence_dot(text, part_start, part_end)
            if not _plausible_name(text[part_start:part_end]) or (
                    canonical in _SECTION_ONE_LABELS and text[part_start:part_end].casefold() in _ROLE_OF_LABEL):
                continue  # "Section I : Pouvoir adjudicateur\nNom officiel : X": a heading, the name follows
            grantee = canonical == "recipient" and _is_grantee(text, text[part_start:part_end])
            if grantee:  # "Recipient: City of Jackson, Mississippi": the body, not its state (round 15)
                from enrich.prose_buyers import strip_place_tail
                cut = strip_place_tail(text, part_start, part_end)[1]
                comma = text.find(",", part_start, part_end)
                part_end = comma if cut < part_end and " " not in text[part_start:cut].strip() and comma > 0 else cut
            agency = None
            if role == "buyer" and (canonical in _PARENT_AGENCY_LABELS or canonical == "agency"):
                line_end = text.find("\n", part_end)
                line_end = len(text) if line_end < 0 else line_end
                piped = re.match(r"[ \t]*\|", text[part_end:line_end])  # a table's cells: "Department | Agency"
                agency = _DEPARTMENT_THEN_AGENCY.fullmatch(text, part_start, line_end if piped else part_end)
            if agency:
                part_start, part_end = agency.span(1)
            if canonical in ("agency", "awarding agency") and not agency:
                from enrich.prose_buyers import strip_place_tail
                part_end = strip_place_tail(text, part_start, part_end)[1]  # "U.S. Marshals Service, Arlington, VA"
            if canonical == "awarding office":
                if _ACQUISITION_UNIT.match(text, part_start, part_end):
                    continue  # "ICE Office of Acquisition Management": the agency's buying unit, named by its acronym
                from enrich.prose_buyers import strip_place_tail
                part_end = strip_place_tail(text, part_start, part_end)[1]  # "Laboratory, Springfield, MO"
            found.append(("buyer" if grantee else role, part_start, part_end))
            if canonical in _PARENT_AGENCY_LABELS or agency:
                parents.add(part_start)
            elif canonical in _SUB_AGENCY_LABELS or grantee:
                has_sub_agency = True  # the awarding agency (a parent) only funds what the sub agency or grantee buys
    for match in _INFO_BLOCK_RE.finditer(text) if "信息" in text else ():  # (every match holds 信息, which has no case)
        role = "buyer" if match.group("who").startswith("采购") else "supplier"
        start, end = _cut_value(text, match.end(), len(text))
        if _plausible_name(text[start:end]):
            found.append((role, start, end))

    found = split_supplier_values(text, found, registry, _plausible_name)  # "A公司（联合体牵头）、B公司"
    if has_sub_agency:  # USAspending: the sub agency (ICE, FBI) contracts; its department (DHS, DOJ) only funds
        found = [f for f in found if not (f[0] == "buyer" and f[1] in parents)]
    if any(role == "buyer" and start not in using_units for role, start, _ in found):
        # round 36 (labelling rule, part 3): the 采购人/招标人 signs; the 需求单位 or 项目单位 named beside it uses
        found = [f for f in found if not (f[0] == "buyer" and f[1] in using_units)]
    roles_found = {role for role, _, _ in found}
    if "buyer" not in roles_found:
        # round 27: a court, an auditor or a committee gives way to the body it oversees
        # round 28: the department it acts through ("…, tramite la Direzione X"), its own list of fields
        chosen = as_written(text, overseen_first(text, prose_buyers(text)))
        if (board := board_heading(text)) is not None:
            chosen = [board]  # r43b_boards: "X County Board of Supervisors – Item 31 \n Approve …": the board buys
        if chosen and (funded := beneficiary(text, *chosen[0])) is not None:
            chosen = [funded]  # r43_buyers: "X City Council approved $2.6 million for the Y Police Service": Y buys
        found.extend(("buyer", after_deciding_body(text, after_possessive(text, start, end), end),
                      without_facility(text, start, end)) for start, end in chosen[:1])  # r40b: "X人大常委会审议Y局"
    found.extend(("supplier", start, end) for start, end in json_suppliers(text)
                 if not any(s < end and start < e for _, s, e in found))  # OCDS JSON quoted in the text
    if "supplier" not in roles_found:
        found.extend(("supplier", start, end) for start, end in prose_suppliers(text))
        found.extend(unlisted_suppliers(text, found, registry))
        filer = filer_span(text, kind)  # round 36: a disclosure's filer, also one the registry does not know
        if filer and not any(s < filer[1] and filer[0] < e for _, s, e in found if _ == "supplier"):
            found = [f for f in found if not (f[0] == "buyer" and text[f[1]:f[2]] == text[filer[0]:filer[1]])]
            found.append(("supplier", *filer))

    parties: list[Party] = []
    seen: set[tuple[str, str]] = set()
    for role, start, end in sorted(found, key=lambda f: (f[1], f[0])):
        value_start, value_end = start, end
        if role == "supplier":
            end = supplier_tail(text, start, end)  # "Turia Vigilancia S.L. 140 cámaras": the name ends at its form
            end = georgian_company_end(text, start, end)  # r42: "შპს „X“. ღირებულება": at its closing quote
            start, end = supplier_edges(text, start, end)  # "代理商X有限公司（中标）": round 36, the CJK name's edges
            disclaimer = disclaimer_at(text, start, end)  # "X（非浙江大華）": the name ends there, not that vendor
            end = end if disclaimer is None else disclaimer
        else:
            disclaimer = None
        name = text[start:end]
        if (role, name) in seen:
            continue
        seen.add((role, name))
        party = Party(role=role, name=name, evidence=Span(start, end, name))
        if role == "supplier":
            resolution = None if disclaimer is not None else registry.resolve(name)
            if resolution:
                party = replace(party, vendor_id=resolution.vendor_id, match_method=resolution.method,
                                match_score=resolution.score, subsidiary=resolution.subsidiary)
            else:
                parties.extend(_resold(text, value_start, value_end, registry))
        parties.append(party)

    taken = [(p.evidence.start, p.evidence.end) for p in parties]
    linked = {p.vendor_id for p in parties if p.role == "supplier" and p.vendor_id}
    spaced = _markup_masked(original, cell=" ")  # one line still one clause; "品牌 … 大华" a brand's cell
    vendor_spans = [(p.evidence.start, p.evidence.end) for p in parties if p.vendor_id]
    buyers = {p.name for p in parties if p.role == "buyer"}
    for party in vendor_parties(spaced, registry, taken=taken, kind=kind, suppliers=linked,
                                vendor_spans=vendor_spans):
        if (party.role, party.name) in seen or ("supplier", party.name) in seen:
            continue  # the same organisation is already a supplier (e.g. also listed among the bidders)
        if party.role == "supplier" and party.name in buyers:
            party = replace(party, role="mentioned")  # the vendor is this purchase's buyer (采购人：X; X's title)
        seen.add((party.role, party.name))
        parties.append(party)
    parties.sort(key=lambda p: (p.evidence.start, p.evidence.end))
    parties = disclosure_roles.settle(text, parties, kind)  # a filing's partners, chip or cloud providers: mentioned
    parties = news_vendor_roles.settle(text, parties, kind)  # r43: news - a body's vendor, not a market's
    parties = refused_item_vendors.settle(text, parties)  # r43b: a refused or deferred item's vendor: none
    parties = requirement_vendors.settle(text, parties)  # r43b: a benchmark, component or excluded brand
    if text is not original:  # a name that ran over masked markup is no name
        parties = [p for p in parties if original[p.evidence.start:p.evidence.end] == p.name]
    return with_identifiers(original, parties, facts=facts, registry=registry)


def _resold(text: str, start: int, end: int, registry: Registry) -> list[Party]:
    """"Shannon Digital Ltd (authorised Motorola Solutions reseller)", "Cellebrite亞太代理 騰鑫科技股份有限公司": a
    supplier written as the reseller or agent of a registry vendor supplies that vendor's goods."""
    return [Party(role="supplier", name=text[start + c.start:start + c.end], vendor_id=c.vendor_id,
                  match_method="brand_model", match_score=1.0,
                  evidence=Span(start + c.start, start + c.end, text[start + c.start:start + c.end]))
            for c in registry.find_names(text[start:end]) if _RESOLD.match(text, start + c.end, end)]


_MARKUP = re.compile(r"<[^<>\n]{0,200}>|&nbsp;?")


def _markup_masked(text: str, cell: str = "\t") -> str:
    """``text`` with HTML tags left in it as tabs (or ``cell``) and &nbsp; as spaces, offsets unchanged: a table
    pasted as markup ("<td>采购人</td><td>某县公安局</td>") reads as the cells it is, "label<TAB>value"."""
    if "<" not in text and "&nbsp" not in text:
        return text
    return _MARKUP.sub(lambda m: (" " if m.group(0).startswith("&") else cell) * len(m.group(0)), text)
