"""Registry vendors inside a labelled supplier value that names more than one organisation (round 23).

Why: a winner field often joins a consortium or the winner and the maker of its goods in one value -
"阿里云计算有限公司（联合体牵头）、新疆某某科技有限公司", "华为技术有限公司（牵头人）与新疆某某有限公司联合体",
"Dahua Technology Poland Sp. z o.o., with installer X", "X公司，设备采用天地伟业技术有限公司产品",
"X Kft., delivering Uniview cameras". Taken whole, such a value resolves to no vendor, and the registry name inside it
is hidden from enrich/vendor_links.py (a party's span is `taken`): the vendor → buyer link is lost.

How: an unresolved supplier value holding a registry name is cut -
* where it opens with the vendor's organisation name (extended as in enrich/vendor_spans.py): that name is a supplier,
  and so is the organisation after a bracketed role note and a list connector ("、", "与", ", with installer"), a
  trailing 联合体/consortium dropped;
* where the vendor comes later: the value is cut at the first separator before it ("，", "（", ", delivering"), the
  organisation before it stays the labelled supplier, and the vendor's own role is left to the wording around it
  (vendor_links: "设备品牌为X", "采用X产品", "delivering X cameras" are supply; "兼容X平台" is not).
A value that cuts into no plausible organisation name is kept whole.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from enrich.party_values import _split_several as split_several
from enrich.vendor_spans import extend
from enrich.vendors import Registry

# After a registry name inside a supplier's own name: the supplier resells it (round 17; enrich/parties.py `_resold`);
# round 26: "X之臺灣代理商「Y」", "X的总代理" (a possessive before the agent); round 30: the region in any script mix
# ("Cellebrite台灣代理", 台 with 灣), Hong Kong, Macao, the mainland, Greater China, Asia
RESOLD = re.compile(r"[ \t]*(?:(?:authori[sz]ed|certified|official)[ \t]+)?(?:reseller|distributor|dealer|agent)s?\b"
                    r"|[ \t.]*(?:之|的)?(?:亚太|亞太|中国|中國|台湾|臺灣|台灣|臺湾|香港|澳門|澳门|"
                    r"大陆|大陸|大中华|大中華|亚洲|亞洲|总|總)?(?:区|區)?(?:总|總|独家|獨家|授权|授權)?"
                    r"(?:代理商?|经销商|經銷商)",
                    re.IGNORECASE)
# between the vendor's name and the next organisation: a bracketed role note, a list connector, an installer's role
_AFTER_VENDOR_RE = re.compile(
    r"[ \t]*(?:[（(][^（）()]{0,20}[)）])?[ \t]*"
    r"(?:[、，,;；/&][ \t]*|[ \t]*(?:与|和|及|以及|联合|聯合)[ \t]*|[ \t]+(?:and|und|et|y|e)[ \t]+)?"
    r"(?:(?:together[ \t]+)?with[ \t]+(?:(?:the|its|an?)[ \t]+)?"
    r"(?:(?:local|installation|installing|integration)[ \t]+)?"
    r"(?:installer|subcontractor|partner|integrator|contractor)s?[ \t]+|(?:together[ \t]+)?with[ \t]+)?",
    re.IGNORECASE)
_JOINT_TAIL_RE = re.compile(
    r"[ \t]*(?:[（(]?(?:联合体|聯合體)(?:成员|成員)?[)）]?|(?:,[ \t]*)?(?:consortium|joint venture|JV))$",
    re.IGNORECASE)
# the first separator before a vendor named inside the value: Chinese punctuation or a bracket, a Latin comma before
# a lower-case word ("Kft., delivering"), a bracket, a dash
_HEAD_STOP_RE = re.compile(r"[，；;（(]|,(?=[ \t]+[a-zà-ÿ])|[ \t]+[-–—][ \t]+")
# a list connector right before the vendor's organisation name: it is one of the winners listed
_LIST_BEFORE_RE = re.compile(r"(?:[ \t]*[、/&][ \t]*|[ \t]*(?:与|和|及)[ \t]*|,?[ \t]+(?:and|y|e|et|und)[ \t]+)\Z")
_ORG_CJK_END_RE = re.compile(r"(?:公司|集团|集團|中心|研究院|研究所)$")
_LATIN_ORG_RE = re.compile(r"[A-ZÀ-ÖØ-Þ0-9]")


def split_supplier_values(text: str, found: list[tuple[str, int, int]], registry: Registry,
                          plausible: Callable[[str], bool]) -> list[tuple[str, int, int]]:
    """``found`` (role, start, end) with each unresolved supplier value that names a registry vendor among other
    organisations cut into its organisations (see the module docstring); every other entry as it was."""
    out: list[tuple[str, int, int]] = []
    for role, start, end in found:
        parts = _parts(text, start, end, registry, plausible) if role == "supplier" else None
        out.extend(("supplier", s, e) for s, e in parts) if parts else out.append((role, start, end))
    return out


def _parts(text: str, start: int, end: int, registry: Registry, plausible: Callable[[str], bool]
           ) -> list[tuple[int, int]] | None:
    value = text[start:end]
    if registry.resolve(value) is not None:
        return None
    for candidate in registry.find_names(value):
        vendor_start, vendor_end, resolution = extend(text, start + candidate.start, start + candidate.end,
                                                      candidate.vendor_id, registry)
        if resolution is None and not candidate.contextual:
            continue  # a short or ambiguous name (NEC, ZTE) inside another name proves nothing
        if RESOLD.match(text, start + candidate.end, end):
            return None  # "A Ltd (authorised X reseller)": enrich/parties.py links X through the reseller
        if vendor_start == start:
            return _vendor_first(text, vendor_end, end, registry, plausible, (vendor_start, vendor_end))
        listed = _LIST_BEFORE_RE.search(text, start, vendor_start)
        if listed and _is_org(text[start:listed.start()], plausible):
            # "A Ltd and Huawei Technologies Co., Ltd.", "A公司与华为技术有限公司": every organisation listed won
            rest = _vendor_first(text, vendor_end, end, registry, plausible, (vendor_start, vendor_end))
            return [(start, listed.start()), *(rest or [(vendor_start, vendor_end)])]
        stop = _HEAD_STOP_RE.search(text, start, vendor_start)
        if stop is None:
            return None
        head_end = len(text[start:stop.start()].rstrip(" \t,:：")) + start
        return split_several(text, start, head_end) if _is_org(text[start:head_end], plausible) else None
    return None


def _vendor_first(text: str, vendor_end: int, end: int, registry: Registry, plausible: Callable[[str], bool],
                  vendor: tuple[int, int]) -> list[tuple[int, int]] | None:
    """The vendor opens the value: it, and the organisation after a note and a connector (if any)."""
    if not text[vendor_end:end].strip(" \t.,;；。"):
        return [vendor]
    gap = _AFTER_VENDOR_RE.match(text, vendor_end, end)
    if gap is None or not gap.group(0).strip():
        return None  # the name runs on ("Dahua Road Works Ltd"): not the vendor's own name
    rest = text[gap.end():end]
    tail = _JOINT_TAIL_RE.search(rest)
    rest_end = gap.end() + len(rest[:tail.start() if tail else len(rest)].rstrip(" \t,.;；。"))
    if rest_end > gap.end() and _is_org(text[gap.end():rest_end], plausible):
        return [vendor, (gap.end(), rest_end)]
    return [vendor] if rest_end == gap.end() else None


def _is_org(name: str, plausible: Callable[[str], bool]) -> bool:
    """An organisation's name: plausible, and a Chinese one ending in a company form, a Latin one capitalised."""
    if len(name) < 3 or not plausible(name):
        return False
    if re.search(r"[\u3400-\u9fff]", name):
        return bool(_ORG_CJK_END_RE.search(name))
    return bool(_LATIN_ORG_RE.match(name))
