"""Round 32b places and amounts: every sentence here is fictional (invented bodies and firms, real towns).

Families: the Mauritanian ouguiya written in Arabic (أوقية, أوقية جديدة) is the MRU; an Arab country's adjective
(وزارة الداخلية الكويتية) is a clue to that country, so that the bare riyal or dinar takes its currency; the
Sultanate (شرطة عُمان السلطانية) is Oman, not Amman; a Taiwan township-level town written after its county
(新竹縣竹北市公所) is the town; a town opening a firm's name made of its trade ("Galle Face Systems", "Ohrid
Speech") is the supplier's, not the buyer's.
"""
from __future__ import annotations

from enrich import enrich
from tests.enrich.notice_helpers import quoted_place as _place


def _headline(title: str, body: str) -> tuple[float, str | None] | None:
    amount = enrich(title, body).headline_amount
    return (float(amount.value), amount.currency) if amount is not None else None


def test_ouguiya_in_arabic_is_mru() -> None:
    title, body = "نواكشوط: بلدية تقتني كاميرات", "اقتنت بلدية نواكشوط 300 كاميرا مراقبة بقيمة 75 مليون أوقية."
    assert _headline(title, body) == (75_000_000.0, "MRU")
    assert _headline("نواكشوط: إنارة", "أطلقت مجموعة نواكشوط الحضرية مشروعاً بقيمة 12 مليون أوقية جديدة.") == (
        12_000_000.0, "MRU")


def test_arab_country_adjective_places_the_notice_and_its_dinar() -> None:
    title = "وزارة الداخلية الكويتية: أجهزة بصمة"
    body = "تعاقدت وزارة الداخلية مع شركة الرمال للأنظمة على أجهزة بصمة للمنافذ بقيمة 3 ملايين دينار."
    place = _place(title, body)
    assert place is not None and place.country == "KW"
    assert _headline(title, body) == (3_000_000.0, "KWD")


def test_arab_country_adjective_supports_its_capital_and_riyal() -> None:
    title = "وزارة الداخلية القطرية: كاميرات في الموانئ"
    body = "ركبت وزارة الداخلية كاميرات مراقبة في ميناء الدوحة، بقيمة 40 مليون ريال، مع شركة الخليج للتقنية."
    place = _place(title, body)
    assert place is not None and (place.country, place.city) == ("QA", "الدوحة")
    assert _headline(title, body) == (40_000_000.0, "QAR")


def test_royal_oman_police_is_oman_not_amman() -> None:
    title = "شرطة عُمان السلطانية: قارئات لوحات"
    body = "تركب شرطة عُمان السلطانية في مسقط قارئات لوحات المركبات بقيمة 2 مليون ريال، مع شركة الساحل."
    place = _place(title, body)
    assert place is not None and (place.country, place.city) == ("OM", "مسقط")
    assert _headline(title, body) == (2_000_000.0, "OMR")


def test_taiwan_town_after_its_county_is_the_town() -> None:
    place = _place("苗栗縣竹南鎮公所路口監視器維護案",
                   "竹南鎮公所辦理路口監視器維護一年。得標：竹風保全有限公司，決標金額：新臺幣210萬元。")
    assert place is not None and (place.country, place.city, place.admin1) == ("TW", "竹南鎮", "苗栗縣")


def test_taiwan_county_with_its_own_townships_stays_the_county() -> None:
    place = _place("花蓮縣政府道路監視器汰換案", "花蓮縣轄內鄉鎮路口監視器汰換。決標金額：新臺幣520萬元。")
    assert place is not None and (place.country, place.city) == ("TW", "花蓮縣")


def test_town_opening_a_trade_named_supplier_is_not_the_buyers_place() -> None:
    place = _place("Colombo harbour number-plate readers",
                   "Sri Lanka Ports Authority installed 40 number-plate readers at the harbour gates, Rs 90 million, "
                   "Galle Face Systems.")
    assert place is not None and (place.country, place.city) == ("LK", "Colombo")
    place = _place("Skopje traffic police body cameras",
                   "The North Macedonia Ministry of Interior bought 300 body cameras for traffic police, "
                   "MKD 25 million, Ohrid Vision.")
    assert place is not None and (place.country, place.city) == ("MK", "Skopje")
