"""Round 34 places: every sentence here is fictional (invented bodies and firms, real towns and regions).

Families: a first-level region written in its own script (Hindi मध्य प्रदेश, Urdu پنجاب, Russian Новосибирская
область; Natural Earth 5.1's names, enrich/data/admin1_natural_earth.tsv) is the region of its ISO 3166-2 code, and
the regions GeoNames left without one (Russia's oblasts, Ukraine's, Sweden's län) have it; a buyer named in a
language that only one country writes its public notices in (Maltese, Lithuanian, Korean, Danish) places a notice
that names no other country's clue in that country, while a report in that language that names no buyer stays
unplaced.
"""
from __future__ import annotations

from enrich.places.gazetteer import place_key
from enrich.places.geonames import admin1_named
from tests.enrich.notice_helpers import quoted_place as _place


def _codes(name: str, country: str) -> set[str]:
    return {unit.iso for unit in admin1_named(place_key(name)) if unit.cc == country}


def test_regions_in_their_own_script_have_their_iso_code() -> None:
    assert _codes("मध्य प्रदेश", "IN") == {"IN-MP"}
    assert _codes("उत्तर प्रदेश", "IN") == {"IN-UP"}
    assert _codes("پنجاب", "PK") == {"PK-PB"}
    assert _codes("Новосибирская область", "RU") == {"RU-NVS"}
    assert _codes("Бурятия", "RU") == {"RU-BU"}


def test_russian_oblasts_without_an_iso_code_gain_it() -> None:
    assert _codes("Amur", "RU") == {"RU-AMU"}
    assert _codes("Курская область", "RU") == {"RU-KRS"}


def test_hindi_state_police_is_placed_in_its_state() -> None:
    place = _place("सीसीटीवी कैमरों की खरीद",
                   "मध्य प्रदेश पुलिस ने 150 सीसीटीवी कैमरे 4.2 करोड़ रुपये में मालवा सिक्योरिटी सिस्टम्स से खरीदे।")
    assert place is not None and (place.country, place.admin1_code) == ("IN", "IN-MP")


def test_maltese_local_council_is_placed_in_malta() -> None:
    place = _place("Il-Kunsill Lokali tal-Għargħur jixtri kameras",
                   "Il-Kunsill Lokali tal-Għargħur iffirma kuntratt ma' Xlokk Sigurtà Ltd għal 12-il kamera tas-CCTV "
                   "fil-pjazza.")
    assert place is not None and place.country == "MT"


def test_lithuanian_police_department_is_placed_in_lithuania() -> None:
    place = _place("Policijos departamentas perka vaizdo kameras",
                   "Policijos departamentas prie Vidaus reikalų ministerijos įsigijo 40 vaizdo stebėjimo kamerų iš "
                   "bendrovės „Pavyzdžio sauga“.")
    assert place is not None and place.country == "LT"


def test_korean_report_without_a_buyer_stays_unplaced() -> None:
    place = _place("시민단체 보고서: CCTV 관제센터 운영 실태",
                   "한 시민단체는 관제센터 운영 실태 보고서를 발표했다. "
                   "보고서는 장비 비율을 분석했을 뿐 구매와는 무관하다.")
    assert place is None


def test_language_does_not_override_another_countrys_money() -> None:
    place = _place("Kunsill Lokali jixtri kameras",
                   "Il-Kunsill Lokali tal-Eżempju xtara 12-il kamera għal £40,000 mingħand Eżempju Ltd.")
    assert place is None or place.method != "language_of_one_country"


def test_russian_region_in_an_oblique_case_is_the_region() -> None:
    place = _place("УМВД закупило комплексы",
                   "УМВД России по Томской области закупило два мобильных комплекса у ООО «Примерсвязь» "
                   "на 64 млн рублей.")
    assert place is not None and (place.country, place.admin1_code) == ("RU", "RU-TOM")


def test_russian_republic_after_its_designator_is_the_region() -> None:
    place = _place("МВД закупает модуль", "МВД по Республике Бурятия закупает модуль для камер, 24 млн рублей.")
    assert place is not None and (place.country, place.admin1_code) == ("RU", "RU-BU")


def test_a_governorate_named_for_its_town_stays_the_town_and_no_buyer() -> None:
    import enrich

    result = enrich.enrich("محافظة المثال: تطوير ميدان مع كاميرات",
                           "تطوير ميدان الرماية بمحافظة الجيزة يشمل الرصف والإنارة و24 كاميرا مراقبة، بتكلفة 85 مليون "
                           "جنيه، شركة المثال للمقاولات.")
    assert [p.name for p in result.parties if p.role == "buyer"] != ["تطوير ميدان"]
    assert result.place is not None and result.place.city == "الجيزة"
