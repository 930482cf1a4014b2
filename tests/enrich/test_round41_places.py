"""Round 41 (places): a Korean or Japanese region written before a town of it, the town's Hangul names GeoNames
lacks, and the Arabic eye of an iris scanner, which is no town. Sentences written for these tests."""
from __future__ import annotations

import pytest

from enrich import enrich


def _place(title: str, body: str) -> tuple[str | None, str | None]:
    place = enrich(title, body).place
    return (place.country, place.city) if place is not None else (None, None)


@pytest.mark.parametrize(("title", "body", "city"), [
    ("大阪府堺市 防犯カメラ設置業務", "堺市は市内の公園に防犯カメラ30台を設置する。", "堺市"),
    ("東京都千代田区 街頭防犯カメラ更新", "千代田区は街頭防犯カメラの更新を発注した。", "千代田区"),
    ("京都府京都市 顔認証システム", "京都市は庁舎に顔認証システムを導入する。", "京都市"),
    ("제주특별자치도 서귀포시 방범 CCTV 확충", "서귀포시는 읍면 지역에 방범용 CCTV 25대를 새로 설치한다.", "서귀포"),
    ("전북특별자치도 김제시 어린이보호구역 CCTV", "김제시는 어린이보호구역에 CCTV를 설치한다.", "김제"),
])
def test_a_town_after_its_region_is_the_place(title: str, body: str, city: str) -> None:
    country, got = _place(title, body)
    assert country in ("JP", "KR")
    assert got == city


@pytest.mark.parametrize(("title", "body", "city"), [
    # a ward belongs to its city
    ("大阪市北区 防犯カメラ", "大阪市北区は防犯カメラを設置する。", "大阪市"),
    ("부산광역시 해운대구 지능형 CCTV", "해운대구는 지능형 선별관제 시스템을 도입한다.", "부산광역시"),
])
def test_a_city_and_its_own_district_stay_the_city(title: str, body: str, city: str) -> None:
    assert _place(title, body)[1] == city


def test_the_eye_of_an_iris_scanner_is_no_town() -> None:
    country, city = _place("وزارة الداخلية تشتري أجهزة بصمة العين",
                           "اشترت الوزارة أجهزة للتعرف على بصمة العين وقزحية العين في المطارات.")
    assert city is None and country != "AE"


def test_al_ain_named_as_a_town_is_still_al_ain() -> None:
    country, city = _place("بلدية مدينة العين تركب كاميرات مراقبة", "ركبت بلدية مدينة العين 300 كاميرا في الشوارع.")
    assert country == "AE" and city is not None


def test_a_prefecture_without_a_town_after_it_is_read_as_before() -> None:
    country, city = _place("大阪府警察 顔認証システムの導入", "大阪府警察は顔認証システムを導入した。")
    assert country == "JP" and city in (None, "大阪")


@pytest.mark.parametrize(("title", "body", "country", "city"), [
    ("Policía Nacional de Honduras adquiere cámaras", "La Policía Nacional de Honduras (Tegucigalpa) compra 60 cámaras "
     "de videovigilancia para el centro histórico de Comayagua. Monto: L 4.500.000.", "HN", "Comayagua"),
    ("Ministère de l'Intérieur du Burkina Faso : vidéosurveillance", "Le ministère de l'Intérieur, à Ouagadougou, "
     "a attribué l'installation de 80 caméras de vidéosurveillance à Bobo-Dioulasso.", "BF", "Bobo-Dioulasso"),
    ("Interior ministry funds CCTV cameras", "Kenya's Ministry of Interior and National Administration, based in "
     "Nairobi, will fund 200 CCTV cameras in Mombasa.", "KE", "Mombasa"),
])
def test_a_national_body_buying_cameras_for_a_town_is_placed_there(title: str, body: str, country: str,
                                                                  city: str) -> None:
    assert _place(title, body) == (country, city)


@pytest.mark.parametrize(("title", "body", "city"), [
    # a body named for its own town keeps it
    ("City of Johannesburg installs cameras", "The City of Johannesburg has installed 100 CCTV cameras in Soweto.",
     "Johannesburg"),
    # a story filed from a town: the dateline's town
    ("Luanda: Ministério do Interior alarga videovigilância", "LUANDA - O Ministério do Interior vai instalar mais "
     "800 câmaras de videovigilância em Viana.", "Luanda"),
])
def test_the_cameras_town_does_not_displace_the_body_s_own_or_the_dateline(title: str, body: str, city: str) -> None:
    assert _place(title, body)[1] == city


def test_a_national_body_with_no_town_stays_in_its_country() -> None:
    assert _place("Kenya National Police Service buys body cameras",
                  "The National Police Service bought 2,000 body-worn cameras for its officers.") == ("KE", None)


def test_the_city_in_arabic_is_no_town_but_medina_with_its_epithet_is() -> None:
    country, city = _place("الدار البيضاء: مجلس المدينة يشتري كاميرات مراقبة",
                           "اشترى مجلس المدينة 120 كاميرا مراقبة لوسط المدينة بقيمة 9,000,000 درهم.")
    assert (country, city) != ("SA", "المدينة")
    assert _place("أمانة المدينة المنورة تركب كاميرات", "ركبت أمانة المدينة المنورة 300 كاميرا مراقبة.") == (
        "SA", "المدينة المنورة")


def test_a_korean_company_named_for_a_region_is_no_place() -> None:
    country, city = _place("서울 노원구 CCTV 관제 용역", "서울 노원구는 CCTV 관제 용역을 한양시큐리티와 계약했다.")
    assert country == "KR" and city in ("서울", "노원구")


def test_salvador_in_a_brazilian_notice_is_the_town_not_el_salvador() -> None:
    place = enrich("Prefeitura amplia câmeras em Salvador",
                   "A Guarda Civil Municipal recebeu 90 câmeras para o centro de Salvador, Bahia.")
    assert place.place is not None and (place.place.country, place.place.city) == ("BR", "Salvador")


def test_el_salvador_by_its_own_name_is_still_the_country() -> None:
    place = enrich("Policía Nacional Civil de El Salvador compra cámaras corporales",
                   "La Policía Nacional Civil de El Salvador adquirió 500 cámaras corporales por USD 900.000.")
    assert place.place is not None and place.place.country == "SV"
