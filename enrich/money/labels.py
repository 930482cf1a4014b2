"""What a sum is: the label before it (budget, award, other), the lot it belongs to.

Why: reporters compare what a buyer planned to spend with what a supplier was paid, so a budget must never be
taken for an award, nor a bid, deposit or unit price for either. Labels are reviewed data in
enrich/data/money_kind_cues.csv ("before" cues label the sum after them, "after" cues such as "credit facility"
disqualify the sum before them).
"""
from __future__ import annotations

import csv
import re
from bisect import bisect_left
from functools import lru_cache
from typing import Any, NamedTuple

from enrich.cache import table
from enrich.fastscan import Scan, finditer, search
from enrich.money.currencies import DATA_DIR

_LOT_RE = re.compile(
    r"(?:第\s*[0-9一二三四五六七八九十]+\s*(?:包|标段|标包|分标|批次)"
    r"|(?:采购包|包组|标包|分包|标段|包)\s*[:：]?\s*(?:[0-9]+|[一二三四五六七八九十]+|[A-Z](?![A-Za-z]))"
    r"|(?<![^\W\d_])(?:Lot|LOT|Lote|LOTE|Los|Lotto|Partija|Partie|Лот|лот)\s*(?:No\.?|N[°º]\.?|n[°º]\.?|Nr\.?|№|#)?\s*"
    r"(?:[0-9]+|[A-Z](?![A-Za-z]))"
    # r42_money: a lot in lower case before its number ("lot 2 réseaux 410 000 €", "lote 2: alumbrado"), and the
    # Polish, Czech and Slovak part of a contract ("Część 1: kamery – 4 150 000,00 PLN", "Část 2", "Časť 1")
    r"|(?<![^\W\d_])(?<!parking )(?<!car )(?:lot|lote|lotto|Część|część|CZĘŚĆ|Část|část|Časť|časť)"
    r"\s*(?:nr\.?|č\.|n[°º]\.?)?\s*[0-9]+(?![0-9]))"
)
# A stated total ("合计中标金额", "Total value") belongs to no lot even when it follows the last lot's lines.
TOTAL_LABEL = re.compile(
    r"(?:合计|合計|总计|總計|总金额|總金額|总中标|總中標|总成交|總成交|总决标|總決標|中标总|中標總|成交总|成交總|共计|共計|总预算|總預算|总投资|總投資|(?<![^\W\d_])(?:total|totale|totaal|gesamt\w*|итого|всего|ukupno"
    r"|ukupna|łącznie|razem|(?:valor|montant|importe|monto) global)(?![^\W\d_]))",  # r39: "Valor global: R$ …"
    re.IGNORECASE,
)
# The offer of the first-ranked candidate is the prospective award (中标候选人公示 lists every bidder's offer).
FIRST_RANKED = re.compile(r"第一(?:中标|成交|中標|得標)?候选人|第一(?:中標|得標)?候選人|排名第一|第一名")
# Round 22: any rank, so that the offer of the second or third candidate on the same line as the first stays a bid.
_RANK = "[一二三四五六七八九十1-9]"
_RANKED = re.compile(rf"第\s*(?P<rank>{_RANK})\s*(?:中标|成交|中標|得標)?候[选選]人|排名第(?P<rank2>{_RANK})"
                     rf"|第(?P<rank3>{_RANK})名")
BID_CUES = frozenset({"报价", "投标报价"})
# (a yearly fee, "服务费¥180,000元/年", is no unit price: an annual service contract's value, round 27)
# r39_money: a price per device written out ("$3,000 per camera", "$189 each", "por unidad", "par caméra", "pro
# Kamera"): a unit price, never the contract's value; "per year" / "por año" is a yearly contract's value and stays.
_UNIT_PRICE_AFTER = re.compile(
    r"\s*/\s*(?:台|套|个|件|月|天|日|人|次|平方米|米|m|unit|pcs|Stück|шт)"
    r"|[ \t\u00a0]*per (?:camera|unit|device|licen[cs]e|body[- ]?cam(?:era)?|officer|vehicle|seat|user)\b"
    r"|[ \t\u00a0]*each\b|[ \t\u00a0]*(?:c/u|cada un[oa]\b|por (?:unidad|cámara|câmera|unidade|equipo)\b"
    r"|par (?:caméra|unité|appareil)\b|l'unité\b|(?:pro|je) (?:Kamera|Stück|Gerät)\b)")


@table()
def kind_cues() -> list[tuple[str, str]]:
    """Reviewed (cue in lower case, kind) pairs from money_kind_cues.csv: labels written before the amount."""
    return [(cue, kind) for cue, kind, position in _all_kind_cues() if position == "before"]


@table()
def kind_cues_after() -> list[str]:
    """Reviewed cues written right after a sum that make it not a purchase ("$75 million credit facility")."""
    return [cue for cue, kind, position in _all_kind_cues() if position == "after" and kind == "other"]


@table()
def _cue_automaton() -> tuple[Any, tuple[int, ...]]:  # (an ahocorasick.Automaton, untyped; …)
    """The `kind_cues` in one Aho-Corasick automaton (cue → its length, its numbers in kind_cues), and the numbers
    of empty cues (found at the end of any context, as str.rfind finds "")."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    numbers: dict[str, list[int]] = {}
    for n, (cue, _) in enumerate(kind_cues()):
        numbers.setdefault(cue, []).append(n)
    for cue, ns in numbers.items():
        if cue:
            automaton.add_word(cue, (len(cue), tuple(ns)))
    automaton.make_automaton()
    return automaton, tuple(numbers.get("", ()))


@table()
def _all_kind_cues() -> list[tuple[str, str, str]]:
    with open(DATA_DIR / "money_kind_cues.csv", encoding="utf-8", newline="") as handle:
        return [(row["cue"].lower(), row["kind"], (row.get("position") or "before").strip())
                for row in csv.DictReader(handle)]


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end == -1 else end)


def _line_start_within(text: str, pos: int, reach: int) -> int:
    """max(the start of pos's line, pos - reach), reading back at most `reach` characters (a notice flattened to
    a few long lines is not read back to a line start for every sum)."""
    lowest = max(0, pos - reach)
    line_break = text.rfind("\n", lowest, pos)
    return lowest if line_break == -1 else line_break + 1


# A space between two ideographs; written space-first (the look-behind spans the space) so that `re` can skip
# straight to spaces instead of trying every position.
_CJK_SPACE = re.compile(r" (?<=[\u4e00-\u9fff] )(?=[\u4e00-\u9fff])")
_BRACKETS = re.compile(r"[（(][^（()）]*[)）]")


class Cue(NamedTuple):
    end: int  # where the nearest label ends in the (unspaced, lower-case) context
    kind: str  # budget | award | other: the kind of the label that heads it
    text: str  # the nearest label itself ("投标报价")

    @property
    def is_bid(self) -> bool:
        return any(self.text.endswith(cue) for cue in BID_CUES)


def unspaced(context: str) -> str:
    """Lower case, and OCR-spaced Chinese labels ("预 算：") read as written unspaced."""
    lowered = context.lower()
    return _CJK_SPACE.sub("", lowered) if " " in lowered else lowered


@lru_cache(maxsize=4096)
def nearest_cue(context: str) -> Cue | None:
    """The label closest before the amount; when labels overlap ("начальная (максимальная) цена контракта"
    holds "цена контракта"), the phrase that starts first is the head and wins. Words in brackets right after
    a label qualify it and are no label of their own: "中标价(报价承诺)" is an award price, "成交金额(含税)" and
    "中标金额（不含保证金）" too.

    Cached (the answer is an immutable Cue): a notice's sums repeat a few contexts ("中标金额：", "Estimated
    value:") over and over, and each reading costs an automaton pass and a sort."""
    lowered = unspaced(context)
    automaton, empty = _cue_automaton()
    last = dict.fromkeys(empty, len(lowered))  # cue number → its last start (what str.rfind gives), in one pass
    for end, (length, numbers) in automaton.iter(lowered):
        for number in numbers:
            last[number] = end - length + 1  # occurrences come in order of their ends: the last one stays
    if not last:
        return None  # (half the contexts of a notice hold no label at all)
    cues = kind_cues()
    hits = [(last[n], last[n] + len(cues[n][0]), cues[n][1], cues[n][0]) for n in sorted(last)]
    if len(hits) > 1 and ("(" in lowered or "（" in lowered):
        hits = _without_qualifiers(lowered, hits)
    if any(h[2] == "other" and h[3] in _REVENUE_WORDS for h in hits):
        hits = [h for h in hits if not (h[2] == "other" and h[3] in _REVENUE_WORDS and _names_agency(lowered, h))]
    if not hits:
        return None
    nearest = max(hits, key=lambda h: (h[1], h[1] - h[0]))
    overlapping = [h for h in hits if h[0] < nearest[1] and nearest[0] < h[1]]
    head = min(overlapping, key=lambda h: (h[0], -h[1]))
    return Cue(nearest[1], head[2], nearest[3])


# Round 30: "revenue" in a tax agency's name labels no sum as revenue ("The Barbados Revenue Authority awarded X
# BDS$4.8 million", "the Internal Revenue Service", "a Revenue Board contract", pt "Receita Federal", es "Dirección de
# Ingresos"): the agency buys like any other body, and its sums keep the kind the rest of the sentence gives them.
# Round 35b: so does the revenue staff or work a purchase is for ("bought 400 phones for revenue officers, KSh 12
# million", "tablets for market revenue collection").
_REVENUE_WORDS = frozenset({"revenue", "receita", "ingresos"})
_AGENCY_AFTER = re.compile(
    r"\s*(?:authority|authorities|service|services|agency|department|board|office|administration|commission|division"
    r"|and customs|federal|estadual|municipal|públicos municipales"
    r"|officers?|officials?|collectors?|collection|clerks?|inspectors?|staff)(?![^\W\d_])")  # r35b: its staff
_AGENCY_BEFORE = re.compile(
    r"(?:internal|secretaria da|secretaria de|administración de|dirección de|servicio de|agencia de"
    r"|departamento de)\s*$")


def _names_agency(lowered: str, hit: tuple[int, int, str, str]) -> bool:
    """Whether the revenue word at `hit` is part of an agency's name (see _REVENUE_WORDS)."""
    return bool(_AGENCY_AFTER.match(lowered, hit[1]) or _AGENCY_BEFORE.search(lowered, 0, hit[0]))


def _without_qualifiers(lowered: str, hits: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    ends = {end for _, end, _, _ in hits}
    qualifiers = [m.span() for m in _BRACKETS.finditer(lowered) if m.start() in ends or m.start() - 1 in ends]
    return [h for h in hits if not any(lo < h[0] and h[1] < hi for lo, hi in qualifiers)]


# A label of the amount's own line that is no kind cue ("Value:", "Wert:"): the line above must not lend its
# kind ("Estimated value: 85,000 GBP" above "Value: 75,000 GBP" does not make the second an estimate).
_OWN_LABEL = re.compile(r"[A-Za-z\u00C0-\u024F\u0400-\u04FF]{2,}\s*[:：]\s*$")


def labelled_kind(text: str, start: int, end: int) -> str | None:
    """The kind a label before the amount gives it; None when nothing labels the amount (a sum in running
    prose: "adjudicou por 1.895.000,00 €"). Unit prices and explicit deposits/bids/capital are "other"."""
    if _UNIT_PRICE_AFTER.match(text, end):
        return "other"
    if _SUPERSEDED_AFTER.match(text, end) and _FROM_BEFORE.search(text, max(0, start - _FROM_REACH), start):
        return "other"  # r41_money: "预算由286万元调整为214万元": the budget a correction replaced
    if _bare_amount_label(text, start):
        return None  # r41_money: "…个人信用贷款系统维护服务。金额：52万元": the sentence before labels another thing
    context = text[_line_start_within(text, start, 120):start]
    found = nearest_cue(context)
    if found is not None and found.text in _FINE_CUES and len(context) - found.end > _FINE_REACH:
        found = None  # "fined the council for … cameras it bought for £240,000": the fine is not this sum
    if found is not None and found.kind == "other" and found.is_bid and _first_ranked_nearest(context):
        return "award"  # 第一中标候选人 … 投标报价：the prospective award
    if found is None and len(context.strip()) <= 12:
        line_start = text.rfind("\n", 0, start) + 1
        if line_start > 0 and not _OWN_LABEL.search(context):
            prev_end = line_start - 1
            while prev_end > 0 and text[prev_end - 1] == "\n":
                prev_end -= 1
            prev_start, _ = line_bounds(text, max(prev_end - 1, 0))
            found = nearest_cue(text[max(prev_start, prev_end - 120):prev_end])
    if found is None:
        line_end = text.find("\n", end, end + 40)
        after = _FINANCED_BY.sub("", text[end:end + 40 if line_end == -1 else line_end].lower())
        if any(cue in after for cue in kind_cues_after()):
            return "other"
    return found.kind if found else None


# r41_money: a correction notice's old sum, "由 X 调整为 Y" ("预算金额由 320 万元调整为 268 万元", "预算由45万元更正为
# 88万元"): X is replaced, Y is the budget (sets q, l, m, n label Y; the larger X headlined where it was cut)
_SUPERSEDED_AFTER = re.compile(r"\s*(?:调整|調整|调减|調減|调增|調增|更正|变更|變更|修改|更改|修正)(?:为|為|至)")
_FROM_BEFORE = re.compile(r"由\s*(?:人民币|人民幣)?\s*$")
_FROM_REACH = 6

# r41_money: a bare 金额 ("amount") opening its clause labels the sum right after it as the notice's own
# ("采购人：…银行。信用卡制卡服务。金额：52万元", "成交供应商：某公司，金额：26万元"): no kind of its own, and a cue
# of the clause before ("信用贷款系统维护", "中兴通讯报价未通过评审") labels none; "预算金额：", "中标金额：" are cues
# of their own
_BARE_AMOUNT_LABEL = re.compile(r"金[额額]\s*[:：]\s*(?:人民币|人民幣)?\s*$")
_CLAUSE_OPENS = "。；;，,：:\n"
_BARE_REACH = 12


def _bare_amount_label(text: str, start: int) -> bool:
    """Does a bare 金额 label, opening its clause, stand right before the sum at `start`?"""
    label = _BARE_AMOUNT_LABEL.search(text, max(0, start - _BARE_REACH), start)
    if label is None:
        return False
    at = label.start()
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at == 0 or text[at - 1] in _CLAUSE_OPENS


# r39_money: a fine labels only a sum a few words after it ("fined the force £120,000", "multó … con 50.000 euros").
_FINE_CUES = frozenset({"fined", "a fine of", "penalty of", "civil penalty", "multa de", "multó", "sancionó con",
                        "sanción de", "multou", "amende de", "une amende", "bußgeld", "geldbuße", "geldstrafe",
                        "sanzione di", "multa di", "boete van", "штраф в размере"})
_FINE_REACH = 50


# How a contract is financed, written as a compound before it ("a US$ 64 million loan-financed contract", "a
# €2 m grant-funded scheme"): the sum is the contract's, not a loan's or a grant's (round 27)
_FINANCED_BY = re.compile(r"\b(?:loan|credit|bond|grant|donor)[- ](?:financed|funded|backed)\b")


def _first_ranked_nearest(context: str) -> bool:
    """Is the nearest candidate rank before a bid the first ("第一中标候选人：A，报价412.5万元", not the
    "第二中标候选人：B，报价418万元" after it on the same line)?"""
    if FIRST_RANKED.search(context) is None:
        return False
    ranks = list(_RANKED.finditer(context))
    last = ranks[-1] if ranks else None
    return last is None or (last.group("rank") or last.group("rank2") or last.group("rank3")) in ("一", "1")


@table()
def _lot_scan() -> Scan:
    """Where TOTAL_LABEL and _LOT_RE can start: found once per notice, then searched per sum (fastscan)."""
    return Scan([TOTAL_LABEL])


@table()
def _lot_label_scan() -> Scan:
    """Where _LOT_RE can start, by its first two characters ("Lo", "Pa", "包1", "采购"; longer prefixes are too
    many): a capital L or P or a 采 alone opened a try at every such word of a notice (~10 µs a sum in a 64 KB
    notice). Its prefixes hold digits and spaces ("包 ", "第1"): the haystack with them rewritten is the one
    money's run_starts reads in a long notice (fastscan.haystack keeps it)."""
    return Scan([_LOT_RE], longest=2)


def lot_places(text: str) -> list[list[int]] | None:
    """For `lot_for`: where a total label and a lot label can start in `text` (None: search the plain way)."""
    totals, lots = _lot_scan(), _lot_label_scan()
    return None if totals.unbounded or lots.unbounded else totals.starts(text) + lots.starts(text)


def lot_for(text: str, start: int, places: list[list[int]] | None = None) -> str | None:
    """The lot a sum at `start` belongs to: the last lot label in the 200 characters before it, unless a total
    label opens its line. `places`: `lot_places(text)`, when the caller asks for many sums of one text."""
    window_start = max(0, start - 200)
    if places is not None and not _within(places[1], window_start, start):
        return None  # no lot label can start in the window (most sums of most notices): no total to look for either
    total_at = _line_start_within(text, start, 60)
    if (TOTAL_LABEL.search(text, total_at, start) if places is None
            else search(TOTAL_LABEL, text, _within(places[0], total_at, start), total_at, start)):
        return None  # "合计中标金额：…" after the lots is the stated total, not the last lot's amount
    last = None
    for match in (_LOT_RE.finditer(text, window_start, start) if places is None
                  else finditer(_LOT_RE, text, _within(places[1], window_start, start), window_start, start)):
        last = match
    if last is None:
        return None
    return _SPACES.sub(" ", last.group(0)).strip()


_SPACES = re.compile(r"\s+")


def _within(places: list[int], lo: int, hi: int) -> list[int]:
    """The places (sorted) in [lo, hi): what a search in that window needs, rather than every place after `lo`
    (fastscan copies the positions from `pos` on, thousands in a long notice, for each sum)."""
    return places[bisect_left(places, lo):bisect_left(places, hi)]
