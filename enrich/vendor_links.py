"""Vendor links: every registry vendor a notice names becomes a party - `supplier` where the text says it supplied,
`mentioned` otherwise - with the name as written for evidence.

Why: a tracker whose output is a vendor → buyer graph must not miss "delivered with our technology partner ZTE",
"developed with Yitu", "cameras supplied by Hikvision", "算法由北京依图网络科技有限公司提供" or a 20-F listing its
suppliers ("including Zhejiang Uniview Technologies Co., Ltd. and iFLYTEK Co., Ltd."), and must never accuse a
vendor that a notice names as a competitor, a compatibility requirement or an "or equivalent" brand.

How (cue lists in enrich/data/vendor_link_cues.yaml, one regex family per job and language):

* Names come from the registry's automaton (enrich/vendor_mentions.py). A name is extended to the organisation
  name written around it when that longer name resolves to the same vendor ("Huawei" → "Huawei del Perú S.A.C.",
  "依图" → "北京依图网络科技有限公司", "HIKVISION" → "HANGZHOU HIKVISION DIGITAL TECH"); a short or ambiguous name
  (NEC, ZTE, 依图) needs brand context, such an extension, or a supplier phrase right next to it.
* Negative wording next to the name wins: competitors and "many makers, including X", "unlike", "we do not use",
  "-compatible", "or equivalent", replacement or removal, existing or earlier equipment, a report or study naming
  vendors ("networks built by X", "exports by X"), owners and investors ("partly owned by X"), a ban naming
  vendors, a reference brand negated after it (非本项目供货), 竞争对手, 兼容, 或同等 → `mentioned`.
* Supplier wording next to the name → `supplier`: strong phrases everywhere (supplied/developed by or with,
  technology partner, contract with, awarded to, supplier/vendor/contractor, 由X提供, 与X合作, 中标供应商为 …,
  lists of a filer's suppliers, partners and customers); weak ones (bought, uses, software of, 采用X技术) except
  in a call for tenders, where a brand so named is a requirement.
* Without such wording, outside a call for tenders, and unless the clause negates ("declined to buy"), speaks of a
  possibility (risk factors) or undoes the purchase ("… were removed"), and unless the wording makes the name an
  example or a reference ("such as", 参考品牌): a brand/model string (the goods delivered in an award, "品牌：海康
  威视", "HIKVISION DS-2CD…"; cameras a news text says are in use, "Hikvision cameras watch …" - not in a company
  report) is a supplier, and so is a name in a clause with a purchase or deployment verb. Anything else is
  `mentioned`.
* A name joined to the previous one by a list connector ("X and Y", "X、Y") takes the previous one's explicit role.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

import yaml

from enrich import vendor_role_model
from enrich.cache import table
from enrich.fastscan import Alternation, Found, Member, Scan
from enrich.fastscan import search as prefixed_search
from enrich.model import Party, Span
from enrich.regexfactors import AnyGuarded
from enrich.vendor_clauses import clause as _clause
from enrich.vendor_contexts import Restriction
from enrich.vendor_lists import listed_before_suppliers, listed_with_known_names, negative_stops
from enrich.vendor_mentions import Candidate, _has_brand_context
from enrich.vendor_spans import extend
from enrich.vendors import Registry, Resolution

CUES_PATH = Path(__file__).parent / "data" / "vendor_link_cues.yaml"
WINDOW = 160  # characters before a name that its wording may use
LINK_WINDOW = 60_000  # a vendor named deeper than this in a long document is not linked (annexes, boilerplate)

_FILLER = (r"(?:[\s:：\"“«„'‘(（—–-]|(?:the|a|an|our|its|their|la|el|los|las|le|les|l['’]|die|der|das|den|dem|des|"
           r"company|firm|firma|société|societe|empresa|compañía|companhia|messrs\.?|компании|компанией|kompanije|"
           r"kompanijom|tvrtke|firme)\b)*")
_LATIN_START = r"(?<![^\W\u3400-\u9fff\uf900-\ufaff])"  # not inside a Latin/Cyrillic word (CJK has no spaces)
_SHORT_LIST_GAP_RE = re.compile(r"[^。；;.!?\n]{0,40}")
_OPEN_BRACKET_GAP_RE = re.compile(r"\s*[（(]\s*")
_SENTENCE_STOP_RE = re.compile(r"[.!?。！？\n؟]")  # ؟ the Arabic-script question mark (r34_vendors34)


@dataclass(frozen=True)
class _Cues:
    version: str
    before: Alternation
    before_weak: Alternation
    pairs: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    pairs_weak: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    after: re.Pattern[str]
    lists: Alternation
    connectors: re.Pattern[str]
    negative_before: Alternation
    negative_after: AnyGuarded  # costly where tried (lazy repetitions): each part only where its words are near
    requirement_before: Alternation
    hypothetical: re.Pattern[str]
    negated_strong: re.Pattern[str]  # a negation right before strong wording
    negation: re.Pattern[str]
    removal_after: re.Pattern[str]
    rejection_after: re.Pattern[str]
    hearsay: re.Pattern[str]  # a report or claim opening the name's clause ("reports that X supplied … are false")
    verbs: re.Pattern[str]
    award: re.Pattern[str]
    decision: re.Pattern[str]
    tender: re.Pattern[str]
    report: re.Pattern[str]


def _before_re(patterns: list[str]) -> Alternation:
    """Wording that must end right before a name (only filler words between); an Alternation, so that at a
    position only the wordings that can start there are tried (enrich/fastscan.py)."""
    return Alternation(_LATIN_START, patterns, rf"{_FILLER}\Z", re.IGNORECASE)


def _any_re(patterns: list[str], *, bounded: bool = False) -> re.Pattern[str]:
    joined = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(rf"{_LATIN_START}(?:{joined})" if bounded else joined, re.IGNORECASE)


@table()
def load_cues() -> _Cues:
    """The reviewed cue file, compiled once per process."""
    data = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))

    def pairs(key: str) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
        return tuple((re.compile(rf"(?:{b}){_FILLER}\Z", re.IGNORECASE), re.compile(a, re.IGNORECASE))
                     for b, a in data.get(key) or [])

    return _Cues(
        version=str(data["version"]),
        before=_before_re(data["supplier_before"]),
        before_weak=_before_re(data["supplier_before_weak"]),
        pairs=pairs("supplier_pairs"), pairs_weak=pairs("supplier_pairs_weak"),
        after=re.compile("|".join(f"(?:{p})" for p in data["supplier_after"]), re.IGNORECASE),
        lists=_before_re(data["supplier_lists"]),
        connectors=re.compile(rf"(?:{data['list_connectors']})\Z", re.IGNORECASE),
        negative_before=_before_re(data["negative_before"]),
        negative_after=AnyGuarded([re.compile(p, re.IGNORECASE) for p in data["negative_after"]]),
        requirement_before=_before_re(data["requirement_before"]),
        hypothetical=re.compile(data["hypothetical"], re.IGNORECASE),
        negated_strong=re.compile(data["negated_strong"], re.IGNORECASE),
        negation=re.compile(data["negation"], re.IGNORECASE),
        removal_after=re.compile(data["removal_after"], re.IGNORECASE),
        rejection_after=re.compile(data["rejection_after"], re.IGNORECASE),
        hearsay=re.compile(data["hearsay"], re.IGNORECASE),
        verbs=_any_re(data["purchase_verbs"], bounded=True),
        award=_any_re(data["award_cues"]), decision=_any_re(data["award_decision"]),
        tender=_any_re(data["tender_cues"]),
        report=_any_re(data["report_cues"]),
    )


def _members(c: _Cues) -> list[Member]:
    """The cues searched in slices around each name, in the order of `_scan`'s members."""
    return [c.negative_before, c.before, c.lists, *(b for b, _ in c.pairs), c.before_weak,
            *(b for b, _ in c.pairs_weak), c.requirement_before, c.negation, c.hypothetical, c.removal_after, c.verbs,
            c.rejection_after]


@table()
def _scan() -> Scan:
    """One automaton for the prefixes of every cue searched around a name (enrich/fastscan.py)."""
    return Scan(_members(load_cues()))


def notice_stage(text: str, kind: str | None = None) -> str | None:
    """'award' (goods named were delivered), 'tender' (goods named are requirements), 'report' (a company report:
    products it sells, risks it runs) or None (news, minutes…): from the notice kind when the source states it,
    else from the title, else from the body; a decision naming the winner makes it an award."""
    if kind in ("award", "contract", "grant"):
        return "award"
    if kind == "disclosure":
        return "report"
    if kind in ("tender", "plan"):
        return "tender"
    cues = load_cues()
    title, _, body = text.partition("\n")
    if cues.report.search(title):
        return "report"
    if _decided(text, cues):  # a winner named ("se adjudica a X", 中标供应商：X): the result is reported
        return "award"
    for part in (title, body[:6000]):
        award, tender = _stage_cues(part, cues)
        if award and not (tender and tender.start() > award.start()):
            return "award"
        if tender:
            return "tender"
    return None


@table()
def _decision_scan() -> Scan:
    """The prefixes of the decision cues (a winner named)."""
    return Scan([load_cues().decision])


def _decided(text: str, cues: _Cues) -> re.Match[str] | None:
    """``cues.decision.search(text, 0, 6000)``, tried only where one of its prefixes stands (the plain search tried
    the pattern at every position: ~1 % of a 2 KB notice)."""
    scan = _decision_scan()
    if scan.unbounded:
        return cues.decision.search(text, 0, 6000)
    return prefixed_search(cues.decision, text, sorted(scan.find(text, 0, min(len(text), 6000))[0]), 0, 6000)


@table()
def _stage_scan() -> Scan:
    """One automaton for the prefixes of the award and tender cues: both are tried only where they can start."""
    cues = load_cues()
    return Scan([cues.award, cues.tender])


def _stage_cues(part: str, cues: _Cues) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """(cues.award.search(part), cues.tender.search(part)), found in one automaton pass instead of two large
    alternations tried at every position of the first 6,000 characters."""
    scan = _stage_scan()
    found = scan.find(part)

    def first(n: int, pattern: re.Pattern[str]) -> re.Match[str] | None:
        return pattern.search(part) if n in scan.unbounded else prefixed_search(pattern, part, sorted(found[n]))

    return first(0, cues.award), first(1, cues.tender)


def vendor_parties(text: str, registry: Registry, *, taken: Sequence[tuple[int, int]] = (),
                   kind: str | None = None, suppliers: AbstractSet[str] = frozenset(),
                   vendor_spans: Sequence[tuple[int, int]] = ()) -> list[Party]:
    """Parties for every registry vendor named in ``text`` outside the spans already ``taken`` (labelled buyers and
    suppliers), in text order; at most one party per role and name. ``suppliers``: vendor ids already linked as
    suppliers (labelled fields), whose wordless mentions are not repeated; ``vendor_spans``: where those labelled
    vendors are named (the role model reads them as other vendors' names, enrich/vendor_role_model)."""
    parties, implicit, stage, strong = _link(text, registry, taken=taken, kind=kind)
    if parties:
        parties = vendor_role_model.review(text, parties, implicit, stage, others=vendor_spans, suppliers=suppliers,
                                           strong=strong)
    linked = set(suppliers) | {p.vendor_id for p in parties if p.role == "supplier"}
    return drop_redundant_mentions(parties, implicit, linked)


def _link(text: str, registry: Registry, *, taken: Sequence[tuple[int, int]], kind: str | None
          ) -> tuple[list[Party], set[int], str | None, set[int]]:
    """(parties, indexes of those `mentioned` for want of wording, the notice's stage, indexes of suppliers that the
    strongest supply wording names: "supplied by X", "X supplied", 由X提供 - see `_strong_supply`)."""
    window = text[:LINK_WINDOW]
    candidates = registry.find_names(window)
    if not candidates:
        return [], set(), None, set()
    cues = load_cues()
    stage = notice_stage(text, kind)
    restricted = Restriction(window)  # a maintenance-only notice, or one that says it buys nothing
    parties: list[Party] = []
    seen: set[tuple[str, str]] = set()
    previous: tuple[int, str, bool, str] | None = None  # (end, role, explicit, vendor) of the last linked name
    implicit_mentions: set[int] = set()  # parties that are `mentioned` only for want of wording
    wordless: set[int] = set()  # parties that are `supplier` without wording (a brand string, a purchase clause)
    strong: set[int] = set()  # parties that the strongest supply wording makes `supplier` (`_strong_supply`)
    worded_suppliers: set[str] = set()  # vendors that wording names as a supplier somewhere
    worded_others: set[str] = set()  # … and in another role (a competitor, a contract ended, a brand excluded)
    spans = _Spans(taken)
    placed: list[tuple[Candidate, int, int, Resolution | None] | None] = []  # None: inside a taken span
    for candidate in candidates:
        start, end = candidate.start, candidate.end
        if spans.overlaps(start, end):
            placed.append(None)
            continue
        start, end, resolution = extend(window, start, end, candidate.vendor_id, registry)
        placed.append(None if spans.overlaps(start, end) else (candidate, start, end, resolution))
    founds = _Founds(window, [(p[1], p[2]) for p in placed if p is not None], cues)
    names = [(p[1], p[2], p[0].vendor_id, p[0].contextual or p[3] is not None) for p in placed if p is not None]
    stops = negative_stops(window, names, cues.connectors, WINDOW)
    listed_with_known = listed_with_known_names(window, names, cues.connectors)
    linked: list[tuple[int, int, int, bool]] = []  # (party index, start, end, explicit) of each party, in text order
    for item in placed:
        if item is None:
            previous = None
            continue
        candidate, start, end, resolution = item
        known = candidate.contextual or resolution is not None or (start, end) in listed_with_known
        found = founds.next()  # the cues' places around the name, found once per group of nearby names
        role, explicit = _role(window, start, end, cues, stage, found, known=known,
                               brand=(candidate.start, candidate.end),
                               negative_after=partial(founds.negative_after, end, stops[end]), restricted=restricted,
                               stop=stops[end])
        between = window[previous[0]:start] if previous else ""
        if previous and previous[2] and (not explicit or role is None) \
                and cues.connectors.search(between[-40:] or " ") and _SHORT_LIST_GAP_RE.fullmatch(between):
            role, explicit = previous[1], True  # "X and Y", "X、Y": one list, one role (unless Y has its own wording)
        elif previous and previous[3] == candidate.vendor_id and _OPEN_BRACKET_GAP_RE.fullmatch(between):
            role, explicit = previous[1], previous[2]  # 大华（Dahua Technology）: the same name in another script
        if role == "supplier" and _in_question(window, start, end):
            role, explicit = "mentioned", True  # "Megvii-powered turnstiles?": a question asserts no sale
        if explicit:
            (worded_suppliers if role == "supplier" else worded_others).add(candidate.vendor_id)
        if role is None:
            # not a party itself, but a negative cue before it still rules the rest of its list ("兼容现有商汤、旷视")
            previous = (end, "mentioned", True, candidate.vendor_id) if explicit else None
            continue
        previous = (end, role, explicit, candidate.vendor_id)
        name = window[start:end]
        if (role, name) in seen:
            continue
        seen.add((role, name))
        if resolution is None:
            resolution = registry.resolve(name)
            if resolution is not None and resolution.vendor_id != candidate.vendor_id:
                resolution = None
        extended = (start, end) != (candidate.start, candidate.end)
        if role == "mentioned" and not explicit:
            implicit_mentions.add(len(parties))
        elif role == "supplier" and not explicit:
            wordless.add(len(parties))
        elif role == "supplier" and vendor_role_model.strong_veto_differs() and _strong_supply(window, start, end, cues,
                                                                                               found):
            strong.add(len(parties))  # asked only while the strongest wording has a threshold of its own
        linked.append((len(parties), start, end, explicit))
        parties.append(Party(
            role=role, name=name, evidence=Span(start, end, name), vendor_id=candidate.vendor_id,
            match_method=resolution.method if extended and resolution else "brand_model",
            match_score=resolution.score if extended and resolution else 1.0,
            subsidiary=resolution.subsidiary if resolution else None))
    for index, worded in listed_before_suppliers(window, parties, linked, implicit_mentions, cues.connectors):
        parties[index] = replace(parties[index], role="supplier")
        implicit_mentions.discard(index)
        if worded:
            worded_suppliers.add(parties[index].vendor_id or "")
        else:
            wordless.add(index)
    return _settle(parties, wordless, worded_others - worded_suppliers), implicit_mentions, stage, strong


def _strong_supply(text: str, start: int, end: int, cues: _Cues, found: Found) -> bool:
    """The name's supplier role comes from the strongest wording: a supply phrase right before it ("supplied by",
    "contract with", 中标供应商为) or right after it ("X supplied", "X won") - not a weak one ("cameras from"), a
    list or a frame pair. The role model vetoes these below its own threshold (vendor_role_model.STRONG_VETO_BELOW)."""
    return bool(found.search(cues.before, max(0, start - WINDOW), start) or cues.after.match(text, end, end + WINDOW))


def _settle(parties: list[Party], wordless: set[int], negative: set[str]) -> list[Party]:
    """A vendor that wording names only in a role other than supplier ("ended its X contract", "X cameras are not
    affected", "X equipment excluded") is not made a supplier by a wordless mention elsewhere (a headline's "keeps X
    cameras", a brand string): those supplier links become `mentioned`."""
    if not negative or not wordless:
        return parties
    return [replace(p, role="mentioned") if i in wordless and p.vendor_id in negative else p
            for i, p in enumerate(parties)]


class _Founds:
    """The cues' places around names (``Found`` over [start - 300, end + 300) for each), one scan per group of
    names whose ranges overlap or lie close together; `next()` gives them in the order the names were given.

    Why: a scan has a fixed cost (its haystack, the automaton's setup) and names come in runs (a list of brands, a
    name and its legal form); a scan of a wider range answers every search inside it exactly as a narrower one
    (a match starts with a prefix inside the searched slice, which both scans find), so one range serves the run."""

    GAP = 300  # ranges closer than this are scanned as one

    def __init__(self, text: str, names: list[tuple[int, int]], cues: _Cues) -> None:
        self.text, self.cues = text, cues
        self.ranges: list[list[int]] = []  # [lo, hi) of each group
        self.groups: list[int] = []  # per name, its group
        for start, end in names:
            lo, hi = max(0, start - 300), min(len(text), end + 300)
            if self.ranges and self.ranges[-1][0] <= lo <= self.ranges[-1][1] + self.GAP:
                self.ranges[-1][1] = max(self.ranges[-1][1], hi)
            else:
                self.ranges.append([lo, hi])
            self.groups.append(len(self.ranges) - 1)
        self.found: dict[int, Found] = {}
        self.name = 0
        self.hay: str | None = None  # negative_after's haystack of the text

    def next(self) -> Found:
        """A Found covering the next name's [start - 300, end + 300)."""
        group = self.groups[self.name]
        self.name += 1
        found = self.found.get(group)
        if found is None:
            lo, hi = self.ranges[group]
            found = self.found[group] = Found(_scan(), _members(self.cues), self.text, lo, hi)
        return found

    def negative_after(self, end: int, stop: int) -> bool:
        """cues.negative_after.matches(text[end:min(stop, end + WINDOW)])."""
        endpos = min(len(self.text), end + WINDOW, stop)  # (its factors found in that reach only: a third of the
        # characters of the names' ranges, which the factors were once found in)
        if self.hay is None:
            self.hay = self.cues.negative_after.haystack_of(self.text)
        factors = self.cues.negative_after.factors_in(self.text, end, endpos, self.hay) if endpos > end else []
        return self.cues.negative_after.matches_in(self.text, end, endpos, factors)


def _in_question(text: str, start: int, end: int) -> bool:
    """The name stands in a sentence that ends with a question mark."""
    stop = _SENTENCE_STOP_RE.search(text, end)
    return stop is not None and text[stop.start()] in "?？؟"


class _Spans:
    """Spans (start, end) asked whether one overlaps [start, end): only spans starting within the longest span's
    length before `start` can, so a search replaces a scan of every span for every name."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.ends = [e for _, e in ordered]
        self.longest = max((e - s for s, e in ordered), default=0)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end) - 1
        while i >= 0 and self.starts[i] > start - self.longest:
            if self.ends[i] > start and self.starts[i] < end:
                return True
            i -= 1
        return False


def drop_redundant_mentions(parties: list[Party], implicit: set[int],
                            suppliers: AbstractSet[str | None]) -> list[Party]:
    """A vendor the notice already names as a supplier is not also `mentioned` where no wording says why (its
    product names, a second spelling); a negative or requirement mention of it stays."""
    return [p for index, p in enumerate(parties)
            if not (index in implicit and p.role == "mentioned" and p.vendor_id in suppliers)]


def _role(text: str, start: int, end: int, cues: _Cues, stage: str | None, found: Found, *, known: bool,
          brand: tuple[int, int], negative_after: Callable[[], bool], restricted: Callable[[int, int, str], bool],
          stop: int | None = None) -> tuple[str | None, bool]:
    """(role, explicit): explicit when wording next to the name decided it. None: not a vendor mention at all.
    `found` answers searches in slices of `text` around the name (the words before it: ``text[b:start]``);
    `brand`: the registry name as found, whose brand context is read only when the wording leaves the role open;
    `restricted(start, end, wording)`: a context where that supplier wording does not make this purchase's supplier
    (enrich/vendor_contexts.py); `stop`: where wording after the name stops being its own (the next vendor's name)."""
    b = max(0, start - WINDOW)
    after = text[end:end + WINDOW]
    if found.search(cues.negative_before, b, start) or negative_after():  # cues.negative_after.matches(after)
        return ("mentioned" if known else None), True
    clause_start, clause_end = _clause(text, start, end)
    reach = min(clause_end, end + WINDOW, stop or len(text))
    if _search_text(found, cues.rejection_after, end, reach) \
            and (not cues.after.match(after) or cues.hearsay.search(text, clause_start, start)):
        # "X's offer was rejected", "IDEMIA n'a pas été retenu", "reports that X supplied the gates are incorrect"
        return ("mentioned" if known else None), True
    # a pair's words after the name first: one match at the name's end, where its words before it are searched at
    # every candidate position in the window (the same first pair found: both are read only)
    strong = (found.search(cues.before, b, start) or found.search(cues.lists, b, start) or cues.after.match(after)
              or next((m for bf, a in cues.pairs if a.match(after) and (m := found.search(bf, b, start))), None))
    if strong:
        if strong.re is not cues.after and _negated(text, start, end, b + strong.start(), cues):
            return ("mentioned" if known else None), True  # "had not bought software from X"
        return ("mentioned" if restricted(start, end, strong.group(0)) else "supplier"), True
    weak = found.search(cues.before_weak, b, start) or next(
        (m for before, a in cues.pairs_weak if a.match(after) and (m := found.search(before, b, start))), None)
    if stage != "tender" and weak:
        clause_start, _ = _clause(text, start, end)
        phrase_start = max(0, start - WINDOW) + weak.start()
        # the clause before the phrase, then the phrase: text[clause_start:phrase_start] + weak.group(0) is one
        # slice of the text (the phrase itself where it opens before the clause), searched in the name's `found`
        if found.search(cues.negation, min(clause_start, phrase_start), phrase_start + len(weak.group(0))):
            return ("mentioned" if known else None), True  # "declined to buy", "will stop using"
        # the wording is the context a short name needs: 采用依图技术
        return ("mentioned" if restricted(start, end, weak.group(0)) else "supplier"), True
    if not known:
        return None, False
    if found.search(cues.requirement_before, b, start):
        return "mentioned", True
    if stage == "tender" or not _in_force(text, start, end, cues, found):
        return "mentioned", False
    if restricted(start, end, ""):
        return "mentioned", True
    if stage != "report" and _has_brand_context(text, *brand):  # an award, or news and minutes (stage None)
        return "supplier", False  # the brand of goods delivered, or of cameras a text says are in use
    return ("supplier" if _purchase_clause(text, start, end, cues, found) else "mentioned"), False


def _search_text(found: Found, pattern: re.Pattern[str], pos: int, endpos: int) -> re.Match[str] | None:
    """``pattern.search(found.text, pos, endpos)`` - the whole text: look-behinds and ``\\b`` see before `pos` - tried
    only where `found`'s scan saw one of the member's prefixes (for found.lo <= pos <= endpos <= found.hi). Why: the
    rejection cues (~16 µs a plain search after every name) hardly ever match."""
    masks = found.masks.get(id(pattern))
    if masks is None or pos < found.lo or endpos > found.hi:
        return pattern.search(found.text, pos, endpos)
    if id(pattern) not in found.sorted:
        found.sorted[id(pattern)] = sorted(masks)
    return prefixed_search(pattern, found.text, found.sorted[id(pattern)], pos, endpos)


def _negated(text: str, start: int, end: int, phrase_start: int, cues: _Cues) -> bool:
    """A negation ends the name's clause right before its supplier phrase ("had not bought … from X")."""
    clause_start, _ = _clause(text, start, end)
    return phrase_start > clause_start and bool(cues.negated_strong.search(text, clause_start, phrase_start))


def _in_force(text: str, start: int, end: int, cues: _Cues, found: Found) -> bool:
    """No negation before the name and no removal after it in its clause, and not a hypothetical clause."""
    clause_start, clause_end = _clause(text, start, end)
    if found.search(cues.negation, clause_start, start) or found.search(cues.hypothetical, clause_start, clause_end):
        return False
    return not found.search(cues.removal_after, end, min(clause_end, end + 120))


def _purchase_clause(text: str, start: int, end: int, cues: _Cues, found: Found) -> bool:
    """A purchase or deployment verb in the name's clause, before it or shortly after, not a hypothetical."""
    clause_start, clause_end = _clause(text, start, end)
    return bool(found.search(cues.verbs, clause_start, start)
                or found.search(cues.verbs, end, min(clause_end, end + 80)))
