"""A Chinese buyer's name as the signing body writes it: no note in brackets, no hall or jail it buys for.

Why (round 36, labelling rule "buyer and using unit", part 3): a Chinese notice's buyer is the body named as 采购人 /
采购单位 / 招标人 exactly as written, also when another unit is named as the user; only without such a field is the
buyer the body the text says buys. Three shapes came out longer than the body that signs:

* A note in full-width brackets after the field's value that is no part of the name: the county the body sits in
  ("采购人：平潭综合实验区公安局（平潭县）", "西双版纳州边境管理支队（景洪市）"), the body it acts for
  ("临朐县财政局（代农商行）"), or the using unit ("X县公安局（使用单位：交警大队）"). A bracket that belongs to the
  name stays: "江达县文化和旅游局（体育局）" (a second name of the same body), "X银行（原X信用社）".
* In prose only (no buyer field), a facility of a public security bureau written after its name, which is where the
  goods go and not who signs: "X县公安局看守所采购…", "X县公安局户政大厅采购…", "X县公安局办证大厅…" - labelled as
  the bureau in every development set that writes it (ae, ag, ah, ai). A field's value keeps it ("采购单位：X县公安局
  看守所" is the buyer as written), and so does a unit that is a body of its own (交警大队, 派出所, 分局).
* In prose only, a phrase joined to the body by 的 ("…监控项目的X县公安局", "公司中标的X市公安局…"): 的 ends a
  phrase, never starts or sits inside a body's name (no buyer label of the development sets holds it), so the name
  starts after the last 的 (round 40). A place before 的 stays ("雲林縣虎尾鎮的虎尾分局"): the span is where the
  notice is placed, and the town would be lost.
enrich/parties.py asks these of every Chinese buyer span.
"""
from __future__ import annotations

import re

# the place a body sits in: a county, city, district, league or banner name alone, at most eight characters
_PLACE_NOTE = re.compile(r"[（(](?P<place>[\u4e00-\u9fff]{1,7}(?:县|市|区|旗|州|盟))[）)]$")
# the body it acts for, or the unit that will use what is bought
_ACTING_NOTE = re.compile(r"[（(](?:代|代理|受托|使用单位|需求单位|用户单位|使用方|需求方|用户)[^（）()]{0,30}[）)]$")
# words that make a bracket a body of its own rather than a place ("（蒙城县发展和改革委员会）")
_BODY_WORD = re.compile(r"局|委|会|院|所|队|办|中心|公司|政府|部|厅|站|校")
# a bureau's facility after its name in prose: "公安局看守所", "公安分局户政大厅", "公安局出入境接待大厅"
_FACILITY = re.compile(r"(?:公安局|分局)(?P<facility>看守所|拘留所|戒毒所|(?:户政|办证|出入境接待|出入境|政务服务|"
                       r"户籍|服务)大厅)$")


def without_bracket_note(text: str, start: int, end: int) -> int:
    """End of a Chinese buyer value without a trailing note in brackets that names a place, an acted-for body or the
    using unit; ``end`` when there is none or the bracket belongs to the name."""
    value = text[start:end]
    if not value.endswith(("）", ")")) or len(value) < 8:
        return end
    acting = _ACTING_NOTE.search(value)
    if acting and acting.start() >= 4:
        return start + acting.start()
    place = _PLACE_NOTE.search(value)
    if place and place.start() >= 4 and not _BODY_WORD.search(place.group("place")):
        return start + place.start()
    return end


def without_facility(text: str, start: int, end: int) -> int:
    """End of a buyer read from prose without the bureau's facility written after it ("X县公安局看守所" -> the
    bureau); ``end`` when none follows a bureau's name."""
    facility = _FACILITY.search(text, start, end)
    if facility and facility.start("facility") - start >= 5:
        return facility.start("facility")
    return end


# a body's name after 的: two or more CJK characters to the end of the span
_AFTER_POSSESSIVE = re.compile(r"(?<![省市县縣区區镇鎮乡鄉村旗州])的(?P<name>[\u4e00-\u9fff]{2,})$")


def after_possessive(text: str, start: int, end: int) -> int:
    """Start of a Chinese buyer read from prose without a phrase joined to it by 的 ("X镇的虎尾分局" -> 虎尾分局);
    ``start`` when the span holds no 的."""
    joined = _AFTER_POSSESSIVE.search(text, start, end)
    return joined.start("name") if joined else start
