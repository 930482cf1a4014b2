"""Round 43b (places): an Arabic public body's name that ends in its country's adjective ("وزارة الداخلية
المغربية") places the text in that country, but a company's adjective ("شركة ... التركية") does not; a town written
in hiragana only (つくば, いわき) is a town with 市 after it, never a piece of hiragana grammar ("仕組みと"). Sentences
written for these tests."""
from __future__ import annotations

import pytest

from enrich import enrich
from enrich.places.arabic_nisba import nisba_clues


def _place(title: str, body: str) -> tuple[str | None, str | None]:
    place = enrich(title, body).place
    return (place.country, place.city) if place is not None else (None, None)


@pytest.mark.parametrize(("title", "body", "country"), [
    ("وزارة الداخلية المغربية – كاميرات مراقبة",
     "أعلنت وزارة الداخلية المغربية عن صفقة لتوريد 300 كاميرا مراقبة بقيمة 12 مليون درهم.", "MA"),
    ("الشرطة العراقية – نظام التعرف على الوجوه",
     "تعاقدت الشرطة العراقية على نظام للتعرف على الوجوه في نقاط التفتيش بقيمة 4 ملايين دولار.", "IQ"),
    ("المديرية العامة للأمن الوطني الجزائري – مناقصة",
     "أطلقت المديرية العامة للأمن الوطني الجزائري مناقصة لاقتناء كاميرات ذكية بقيمة 900 مليون دينار.", "DZ"),
    ("مناقصة كاميرات",
     "طرحت وزارة الداخلية الأردنية مناقصة لتركيب كاميرات على الطرق بقيمة مليوني دينار.", "JO"),
])
def test_an_arabic_body_with_its_country_adjective_is_placed_in_that_country(title: str, body: str,
                                                                             country: str) -> None:
    place = enrich(title, body).place
    assert place is not None and place.country == country
    assert place.city is None  # no town named: the country only (national bodies' rule)


def test_a_company_adjective_is_no_body_clue() -> None:
    text = "دراسة سوق\nقالت شركة الأنظمة الذكية التونسية إن سوق كاميرات المراقبة ينمو بسرعة."
    assert nisba_clues(text, len(text)) == []  # a supplier's country, not a body's
    text = "مناقصة\nطرحت وزارة الداخلية التونسية مناقصة كاميرات."
    assert [(code, subject) for code, subject, _ in nisba_clues(text, len(text))] == [("TN", True)]


def test_hiragana_grammar_is_no_town() -> None:
    assert _place("解説：顔認証とは", "顔認証技術の仕組みとプライバシー上の課題を解説する。") == (None, None)


@pytest.mark.parametrize(("title", "body", "city"), [
    ("つくば市役所 防犯カメラ設置", "発注者：つくば市役所。防犯カメラ30台を駅前に設置する。"
     "契約金額：900万円。", "つくば"),
    ("いわき市 防犯カメラ保守", "いわき市は防犯カメラ40台の保守点検を委託する。契約金額：520万円。", "いわき"),
])
def test_a_hiragana_town_with_its_city_word_is_the_town(title: str, body: str, city: str) -> None:
    country, found = _place(title, body)
    assert (country, found) == ("JP", f"{city}市")  # the official name, as the notice writes it


@pytest.mark.parametrize(("title", "body", "country", "code"), [
    ("Kamerový systém", "Jihomoravský kraj vypsal zakázku na kamerový systém v Brně za 9 mil. Kč.", "CZ", "CZ-64"),
    ("Хяналтын камер", "Захиалагч: Дорнод аймгийн Засаг даргын Тамгын газар. Чойбалсан хотод 40 камер суурилуулна.",
     "MN", "MN-061"),
])
def test_a_region_carries_its_current_iso_code(title: str, body: str, country: str, code: str) -> None:
    place = enrich(title, body).place  # Czech regions are numbered since 2020; Mongolian aimags had no code
    assert place is not None and place.country == country and place.admin1_code == code


def test_the_scorer_reads_an_aimag_by_its_mongolian_name() -> None:
    from bench.eval import admin1_codes

    assert admin1_codes("MN", "Хөвсгөл") == {"MN-041"} and admin1_codes("MN", "Өвөрхангай") == {"MN-055"}
    assert admin1_codes("CZ", "South Moravian") == {"CZ-64"}
