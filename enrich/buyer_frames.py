"""Buyers read by a fixed frame rather than by a sentence's subject: portal fields and JSON buyers, "by the X",
scripts the Latin sentence rules cannot read (神奈川県警察本部は…, लखनऊ नगर निगम ने…), fixed-head names.

Why a module of its own: enrich/prose_buyers.py reached the module size limit (round 32); these readers take their
cues from enrich/data/prose_buyer_cues.yaml (labels, by_frames, script_frames, name_frames) and each returns spans
of the window it is given; enrich/prose_buyers.py ranks them.
"""
from __future__ import annotations

import re

from enrich.buyer_cues import cues as _cues
from enrich.buyer_cues import org_like as _org_like
from enrich.buyer_name_parts import strip_place_tail
from enrich.party_values import drop_latin_address
from enrich.prose_text import ELIDED_ARTICLE, arabic_construct_end
from enrich.prose_text import trimmed as _trimmed

# The name-end reader of "by the X": simpler than prose_parties' (no legal forms: a company is never a sentence's
# buyer). Trimming is shared through enrich/prose_text.py (prose_parties calls prose_buyers; no cycles).
_CAPITAL_TOKEN = re.compile(r"[A-Z0-9ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞŠŽČĆĐА-ЯЁ][\w.'’&\-/+]*")
_CAPS_STOPS = {"FOR", "IN", "AT", "ON", "WITH", "TO", "BY", "FROM", "AS", "UNDER", "PER", "WHICH", "THAT", "WHO"}
_JOINERS = {"of", "de", "do", "da", "dos", "das", "del", "la", "y", "e", "and", "&", "und", "et", "i", "für", "du",
            "des", "the"}


def _latin_name_end(text: str, start: int, limit: int = 160) -> int:
    """End of a name written in capitals word by word from ``start`` ("National Police Service of Kenya")."""
    end, position, stop = start, start, min(len(text), start + limit)
    while position < stop:
        token = _CAPITAL_TOKEN.match(text, position)
        if token and token.group(0).rstrip(".,") not in _CAPS_STOPS:
            end = position = token.end()
            word = token.group(0)
            if word.endswith(".") and len(word) > 5 and "." not in word[:-1]:
                return end - 1  # "… Police Department. Motorola Solutions will …": a sentence ends, not an abbreviation
        else:
            elided = ELIDED_ARTICLE.match(text, position, stop)
            if elided and position != start:
                position = elided.end()  # "District Autonome d’Abidjan": the article is glued to the name
                continue
            joiner = re.match(r"[\w&'’]+", text[position:stop])
            if position == start or not joiner or joiner.group(0).casefold() not in _JOINERS:
                break
            position += joiner.end()
        gap = re.match(r"[ \t]{1,2}", text[position:stop])
        if not gap:
            break
        position += gap.end()
    return end

_ARABIC = re.compile("[\u0621-\u064a]")

_FIELD_VALUE_END = re.compile(r"\n|\t| \| |｜|；|。| / |\.[ \t]+(?=[A-ZÀ-ÞА-ЯЁӨҮ][\w ]{2,30}:)|;"
                              r"|[.,]?[ \t]+BT-\d{2,4}\b")
_KOREAN_STOP = re.compile(r"(?<=[\uac00-\ud7a3])\.(?=[ \t]|$)")  # r40b: "수요기관: 청주시. 방범 …"
# r40b_buyers: a town's own name of three characters ("発注者：富山市。", "수요기관: 청주시."), and a Korean province
# written before its city or county ("강원특별자치도 춘천시": set ap labels the city alone, as its title names it)
_SHORT_TOWN = re.compile(r"(?!某)[\u4e00-\u9fff\uac00-\ud7a3]{2}[市町村区县시군구]")  # (not "某某市": withheld)
_KO_PROVINCE = re.compile(r"[\uac00-\ud7a3]{1,6}도[ \t]+(?=[\uac00-\ud7a3]{1,5}(?:시|군)(?:청|[ \t]|$))")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# r43b_buyernames: a Japanese city's office written after its prefecture ("発注者：宮城県仙台市交通局"): the body's
# own name has no prefecture (札幌市役所, 仙台市交通局, as the notice's title and the labels write it), while a
# prefecture's own bodies keep it (京都府警察, 広島県庁: nothing follows as a city); and a prefecture in brackets
# after a body ("警視庁（東京都）") is a note on where it sits (rule "names with their country", part 3)
_JA_PREFECTURE = re.compile(r"(?:北海道|東京都|京都府|大阪府|[\u4e00-\u9fff]{2,3}県)"
                            r"(?=[\u4e00-\u9fff]{1,4}市(?:役所|役場|交通局|水道局|教育委員会|消防局|議会|長|$))")
_JA_PLACE_NOTE = re.compile(r"[（(](?:北海道|東京都|京都府|大阪府|[\u4e00-\u9fff]{2,3}県)[）)]$")
# r43b_buyernames: a Mongolian body's seat after a comma ("Захиалагч: X аймгийн … газар, Мөрөн сум"): an address
_MN_SEAT = re.compile(r"(?<=[а-яёөү]),[ \t]+[А-ЯЁӨҮ][а-яёөү-]+(?:[ \t]+[А-ЯЁӨҮ][а-яёөү-]+)?"
                      r"[ \t]+(?:сум|дүүрэг|хороо|хот)$")
_JA_COMPANY = re.compile(r"株式会社|有限会社|合同会社|㈱")


def field_buyers(window: str) -> list[tuple[int, int]]:
    found = []
    for m in _cues().labels.finditer(window):
        line_end = _FIELD_VALUE_END.search(window, m.end())
        end = line_end.start() if line_end else min(len(window), m.end() + 200)
        start, end = _trimmed(window, m.end(), end)
        stop = _KOREAN_STOP.search(window, start, end) if _HANGUL.match(window, start) else None
        end = stop.start() if stop else end
        end = start + len(drop_latin_address(window[start:end]))
        start, end = strip_place_tail(window, start, end)
        province = _KO_PROVINCE.match(window, start, end) or _JA_PREFECTURE.match(window, start, end)
        start = province.end() if province else start
        seat = _MN_SEAT.search(window, start, end)
        end = seat.start() if seat else end
        note = _JA_PLACE_NOTE.search(window, start, end)
        end = note.start() if note and note.start() - start >= 2 else end
        value = window[start:end]
        if "契約者" in m.group() and _JA_COMPANY.search(value):
            continue  # r43b: "契約者：X株式会社" names the contractor (a company), not the buying body
        if _SHORT_TOWN.fullmatch(value) or note and len(value) >= 3 or 4 <= len(value) <= 140 and (
                re.search(r"[\u4e00-\u9fff]", value) or _HANGUL.match(value) or _org_like(value, allow_company=True)
                or len(value.split()) >= 2 and value[:1].isupper()):
            found.append((start, end))
    for m in re.finditer(r'"buyer"\s*:\s*\{[^{}]{0,200}?"name"\s*:\s*"([^"\n]{3,140})"', window):
        found.append(m.span(1))
    return found


# where a framed name ends: punctuation or a preposition after it (r38_buyers: Russian "с"/"со" before the other
# party: "заключён Администрацией города Тюмени с ООО «…»")
# r39_buyers: or a denial of another body after it ("contratado por la Alcaldía de X y no por la Policía")
_FRAMED_NAME_STOP = re.compile(r"[,.;:()\n]| (?:pour|para|por|que|per|com|con|avec|with|für|untuk|voor|на|с|со) "
                               r"| (?:y|e|et|and|und|и|і) (?:no|não|non|not|nicht|pas|не) ")


# r39_buyers: a Russian, Ukrainian or Belarusian customer after "по заказу", "для нужд", "на замовлення", "па замове"
# is written in the genitive and its sentence goes on in lower case ("… ГУ МВД России по Новосибирской области выполнена
# поставка"): the name ends at its last capitalised word, abbreviation, closing quote or territory word
_CUSTOMER_NAME_WORD = re.compile(r"[А-ЯЁІЇЄҐЎ][\w'’.-]*|[\w-]*»|(?:области|края|краю|округа|округу|района|району|"
                                 r"області|району|районі|міста|городу|города|вобласці|раёна|адміністрації|ради|"
                                 r"управління|поліції|департаменту|комітету|служби|міністерства|администрации|"
                                 r"управления|полиции|департамента|комитета|службы|министерства|думы|мэрии|"
                                 r"[а-яё]*исполкома|выканкама|гарвыканкама|упраўлення|міліцыі)(?![\w-])")


# a customer's name holds a body's head in the genitive or an abbreviation ("Управления …", "ГУ МВД …"); a town alone
# ("для нужд Москвы") is none
_CUSTOMER_HEAD = re.compile(r"(?<![\w-])(?:[А-ЯЁІЇЄҐЎ]{2,6}|(?i:управления|управління|упраўлення|министерства|"
                            r"міністерства|міністэрства|департамента|департаменту|комитета|комітету|службы|служби|"
                            r"администрации|адміністрації|мэрии|ради|думы|полиции|поліції|міліцыі|[а-яё]*исполкома|"
                            r"[а-яё]*выканкама|учреждения|установи))(?![\w-])")


def _customer_name_end(window: str, start: int, end: int) -> int:
    """The end of the last word of a customer's name between ``start`` and ``end`` (``start`` when none)."""
    last, price = start, window.find(" за ", start, end)  # "… адміністрації за 40 млн": the price follows
    for word in _CUSTOMER_NAME_WORD.finditer(window, start, price if price >= 0 else end):
        if word.start() == start or window[word.start() - 1] in " \t«":
            last = word.end()
    return last


def by_frame_buyers(window: str) -> list[tuple[int, int]]:
    found = []
    for language, frame in _cues().by_frames:
        for m in frame.finditer(window):
            position = m.end()
            if language == "en":
                end = _latin_name_end(window, position)
            else:
                stop = _FRAMED_NAME_STOP.search(window, position, min(len(window), position + 160))
                end = stop.start() if stop else position
            s, e = _trimmed(window, position, end)
            if language == "customer":
                e = _customer_name_end(window, s, e)
            s, e = strip_place_tail(window, s, e)
            if e > s and (_org_like(window[s:e]) or language == "customer" and _CUSTOMER_HEAD.search(
                    window, s, e)) and not _PORTFOLIO.search(window, max(0, m.start() - 30), m.end()):
                found.append((s, e))
    return found


# round 30: a minister's portfolio is no body ("To ask the Secretary of State for the Home Department, …")
_PORTFOLIO = re.compile(r"(?:Secretary of State|Minister|Secretary|Commissioner)[ \t]+for[ \t]+the[ \t]+$")


def script_buyers(window: str) -> list[tuple[int, int]]:
    """A buyer in a language the Latin-script sentence rules cannot read: 神奈川県警察本部は…, 서울특별시는…,
    लखनऊ नगर निगम ने…, กรุงเทพมหานครได้…, Công an thành phố Hà Nội đã…, أعلنت القيادة العامة لشرطة دبي ترسية…"""
    if window[:3000].isascii():
        return []
    found = []
    title_end = window.find("\n")
    for pattern in _cues().script_frames:
        for m in pattern.finditer(window[:3000]):
            org = m.group("org")
            if org[:1] in _DEICTIC or (re.fullmatch("[가-힣]+", org) and len(org) < 3):
                continue  # 同市は, 本県が, 当局は ("the said city"); 도시는 ("the city"): no name
            s, e = _trimmed(window, *m.span("org"))
            found.append((s, arabic_construct_end(window, s, e) if _ARABIC.match(org) else e))
    in_body = [span for span in found if span[0] > title_end]
    return in_body or found  # the body names the buyer in full ("Công an thành phố Hà Nội"; the title "TP Hà Nội")


def named_bodies(window: str) -> list[tuple[int, int]]:
    """A municipal or government body with a fixed head (name_frames of the cue file), in the body first."""
    found = [_trimmed(window, *m.span("org")) for pattern in _cues().name_frames
             for m in pattern.finditer(window[:3000])]
    title_end = window.find("\n")
    in_body = sorted(span for span in found if span[0] > title_end)
    return in_body[:1] or sorted(found)[:1]


_DEICTIC = frozenset("同本当該该我其此这這")
