"""Round 37 (places): country names written in a script without capitals, read in running text
(enrich/places/native_countries.py). Sentences are written for this test, not taken from any labelled set."""
from __future__ import annotations

import pytest

from enrich import enrich
from enrich.places.native_countries import native_country_names


@pytest.mark.parametrize(("window", "country", "written"), [
    ("המשטרה רכשה 40 מצלמות גוף לשוטרי הסיור בישראל.", "IL", "בישראל"),
    ("وزارة الداخلية في لبنان وقعت عقداً لتركيب كاميرات.", "LB", "لبنان"),
    ("پلیس راهور ایران ۲۰۰ دوربین ثبت تخلف خرید.", "IR", "ایران"),
    ("বাংলাদেশের পুলিশ নতুন ক্যামেরা কিনেছে।", "BD", "বাংলাদেশের"),
    ("대한민국은 지능형 CCTV를 확대한다.", "KR", "대한민국은"),
    ("საქართველოში პოლიციამ კამერები შეიძინა.", "GE", "საქართველოში"),
    ("インドネシアの警察が監視カメラを導入した。", "ID", "インドネシア"),
    ("شركة من غينيا بيساو", "GW", "غينيا بيساو"),
])
def test_country_names_in_caseless_scripts_are_read(window: str, country: str, written: str) -> None:
    found = dict(native_country_names(window))
    assert country in found
    assert found[country].text == written
    assert window[found[country].start:found[country].end] == written


@pytest.mark.parametrize("window", [
    "인도에서 보행자 안전을 위한 공사",  # 인도: India, and the Korean "sidewalk"
    "أمانة عمان الكبرى تركب كاميرات",  # عمان: Oman, and Amman
    "Police buy cameras in Leeds.",  # no caseless script at all
    "市公安局采购视频监控设备",  # Chinese is read elsewhere
])
def test_ambiguous_or_other_script_names_are_not_read(window: str) -> None:
    assert native_country_names(window) == []


def test_a_purchase_naming_its_country_in_its_own_script_is_placed_there() -> None:
    result = enrich("ডিএনএ ল্যাব সম্প্রসারণ",
                    "বাংলাদেশ পুলিশ অপরাধীদের ডিএনএ ডেটাবেজ সম্প্রসারণে ৮ কোটি টাকা ব্যয় করবে।")
    assert result.place is not None and result.place.country == "BD"
    result = enrich("지능형 CCTV 구매", "대한민국 경찰청은 지능형 CCTV 500대를 25억 원에 구매했다.")
    assert result.place is not None and result.place.country == "KR"


def test_a_study_that_only_names_the_country_stays_unplaced() -> None:
    result = enrich("מחקר: מצלמות במרחב הציבורי",
                    "חוקרים באוניברסיטה פרסמו מחקר על מצלמות במרחב הציבורי בישראל. המחקר אינו עוסק ברכש.")
    assert result.place is None


def test_a_word_of_the_buyers_name_is_no_town_of_another_country_than_the_one_the_name_ends_with() -> None:
    result = enrich("Cámaras para el registro de cédulas",
                    "El Registro Civil de Ecuador adquirió 40 cámaras para fotografías de cédulas, USD 210.000.")
    assert result.place is not None and result.place.country == "EC" and result.place.city is None
    result = enrich("Kits biométricos",
                    "El Registro Nacional de las Personas de Honduras compró 300 lectores de huellas, L 12 millones.")
    assert result.place is not None and result.place.country == "HN"


def test_the_town_stays_when_the_name_is_the_towns_own_or_the_town_is_stated_apart() -> None:
    result = enrich("Câmeras no centro", "A Prefeitura de Registro comprou 40 câmeras de segurança por R$ 900 mil.")
    assert result.place is not None and (result.place.country, result.place.city) == ("BR", "Registro")
    result = enrich("Cámaras", "La Policía Nacional de Colombia en Medellín compró 40 cámaras por $ 900 millones.")
    assert result.place is not None and (result.place.country, result.place.city) == ("CO", "Medellín")


def test_home_is_no_town_in_a_body_name() -> None:
    result = enrich("Guidance on face search",
                    "The Home Office bought 12 retrospective face-search licences for police forces for £1.4 million.")
    assert result.place is None or (result.place.country == "GB" and result.place.city is None)
