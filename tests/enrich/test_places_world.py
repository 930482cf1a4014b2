"""World places from prose: buyer-name patterns, population priors, country clues, declined names, TW/HK/MO.

Every buyer below is invented; the places are real. Sentences follow the patterns of issue 10, written here.
"""
from __future__ import annotations

import pytest

from enrich import enrich
from enrich.places import resolve_place
from enrich.places.signals import country_evidence


def _place(title: str, body: str = ""):
    result = enrich(title, body)
    place = result.place
    if place is not None and place.evidence is not None:
        ev = place.evidence
        assert result.text[ev.start:ev.end] == ev.text
    return place


@pytest.mark.parametrize(
    ("title", "body", "country", "admin1", "city"),
    [
        ("Commune de Marseille. Objet : renouvellement des caméras de vidéoprotection du Vieux-Port", "", "FR",
         "Provence-Alpes-Côte d'Azur", "Marseille"),
        ("Ayuntamiento de Valencia", "Licitación del mantenimiento de la red de videovigilancia, 800.000 €", "ES",
         None, "Valencia"),
        ("Prefeitura de Recife", "Pregão eletrônico para câmeras de monitoramento urbano, R$ 2.400.000,00", "BR",
         "Pernambuco", "Recife"),
        ("Alcaldía de Medellín", "Contrato de cámaras con analítica para el centro de monitoreo", "CO", "Antioquia",
         "Medellín"),
        ("Sindh Safe City Authority", "Request for proposals: 2,000 cameras and a command centre in Karachi.", "PK",
         "Sindh", "Karachi"),
        ("Mairie de Toulouse", "Acquisition de caméras-piétons pour la police municipale.", "FR", "Occitanie",
         "Toulouse"),
        ("Comune di Torino", "Affidamento del servizio di videosorveglianza urbana per € 640.000.", "IT", None,
         "Torino"),
        ("Landeshauptstadt München", "Vergabe: Videoschutz am Stachus, Auftragswert 300.000 EUR.", "DE", None,
         "München"),
        ("Urząd Miasta Krakowa", "Przetarg na rozbudowę monitoringu miejskiego, wartość 2 mln zł.", "PL", None,
         "Kraków"),
        ("İzmir Büyükşehir Belediyesi", "Kent güvenliği kamera sistemi ihalesi, 9.000.000 TL.", "TR", None, "İzmir"),
        ("Pemerintah Kota Semarang", "Pengadaan kamera CCTV untuk ruang publik, Rp 4.000.000.000.", "ID", None,
         "Semarang"),
        ("City of Tucson", "The Police Department will buy 40 license plate readers for $410,000.", "US", "Arizona",
         "Tucson"),
        ("Gemeente Utrecht", "Aanbesteding cameratoezicht in de binnenstad, € 700.000.", "NL", None, "Utrecht"),
    ],
)
def test_buyer_name_patterns_give_the_town(title, body, country, admin1, city):
    place = _place(title, body)
    assert place is not None and (place.country, place.city) == (country, city)
    if admin1:
        assert place.admin1 == admin1
    assert place.lat is not None and place.precision == "city"


def test_us_county_sheriff_and_state_agencies():
    place = _place("Los Angeles County Sheriff's Department", "Purchase of facial recognition licences.")
    assert (place.country, place.admin1, place.admin2, place.precision) == (
        "US", "California", "Los Angeles County", "admin2")
    place = _place("Texas Department of Public Safety", "Contract for mobile license plate readers.")
    assert (place.country, place.admin1, place.precision) == ("US", "Texas", "admin1")


def test_several_towns_of_one_country():
    place = _place("Safe city rollout", "The contractor will install cameras across Kampala and Entebbe.")
    assert place.country == "UG"


def test_russian_cities_regions_and_declined_forms():
    place = _place("Администрация Санкт-Петербурга", "Закупка камер видеонаблюдения, 12 млн руб.")
    assert (place.country, place.admin1, place.city) == ("RU", "Saint Petersburg", "Санкт-Петербург")
    place = _place("Республика Башкортостан", "Поставка камер для системы «Безопасный город».")
    assert (place.country, place.admin1, place.precision) == ("RU", "Bashkortostan", "admin1")
    place = _place("Видеонаблюдение", "Администрация города Казани объявляет аукцион на поставку камер.")
    assert (place.country, place.city) == ("RU", "Казань")


def test_population_prior_and_country_clues_choose_among_same_names():
    # Mérida is in Spain, Mexico and Venezuela: the euro and a Spanish legal form point to Spain.
    place = _place("Compra de cámaras", "El Consorcio de Emergencias de Mérida adjudicó a Ejemplo Sistemas S.L. "
                   "la compra por 210.000 €.")
    assert (place.country, place.city) == ("ES", "Mérida")
    # Rosario: Argentina's is ten times any other.
    place = _place("Rosario: el municipio amplía su red de cámaras", "La inversión es de $ 40.000.000.")
    assert (place.country, place.city) == ("AR", "Rosario")


def test_towns_of_similar_size_in_one_country_stay_at_country_unless_the_state_is_named():
    place = _place("Award notice", "The Springfield Example Office bought cameras for $10,000.")
    assert (place.country, place.city) == ("US", None)
    place = _place("Award notice", "The Example Office of Springfield, Missouri bought cameras for $10,000.")
    assert (place.country, place.admin1, place.city) == ("US", "Missouri", "Springfield")


def test_a_stated_country_excludes_towns_elsewhere():
    text = "CCTV\nBuyer: Example Constabulary\nCountry: GB\nDescription: cameras like those of Valencia.\n"
    place = resolve_place(text, language="en")
    assert place.country == "GB" and place.city is None


def test_districts_report_their_city():
    place = _place("Perú: cámaras con analítica", "El Servicio Municipal de Ejemplo de Miraflores (Lima) firmó un "
                   "contrato por S/ 2.000.000,00.")
    assert (place.country, place.city) == ("PE", "Lima")


def test_company_names_and_common_nouns_are_not_places():
    place = _place("Contrato de videovigilancia", "La Municipalidad de Ejemplo contrató a Andes Vial Tecnología SpA.")
    assert place is None or place.city != "Andes"
    place = _place("Council buys cameras", "The Council approved the purchase.")
    assert place is None or place.city is None


def test_tw_hk_mo_units_in_chinese_notices():
    place = _place("臺南市東區治安監視系統建置案 決標公告",
                   "機關名稱：臺南市東區示範服務中心\n決標金額：新臺幣 3,000,000 元")
    assert (place.country, place.city) == ("TW", "臺南市")
    place = _place("天眼系統擴展工程判給公告", "判給實體：澳門示範公共安全辦公室\n判給金額：澳門元 5,000,000")
    assert (place.country, place.city) == ("MO", "澳門")


def test_chinese_city_in_an_english_notice_gets_gb_t_2260_names():
    place = _place("Social credit pilot",
                   "The Lanzhou Example Credit Bureau bought a scoring engine for RMB 2 million.")
    assert (place.country, place.admin1, place.admin2, place.adcode) == ("CN", "甘肃省", "兰州市", "620100")


def test_country_from_clues_alone_but_never_for_a_company_disclosure():
    place = _place("Compra de câmeras", "A Associação Exemplo comprou 40 câmeras por R$ 300.000,00.")
    assert place is not None and place.country == "BR"
    place = _place("Form 10-K excerpt", "Item 1. Business. We sell cameras; revenue was $20 million.")
    assert place is None


def test_country_evidence_weights():
    evidence = country_evidence("Valor: R$ 1.000,00. Tel. +55 61 3333-0000. www.exemplo.gov.br", "pt")
    country, weight, runner_up = evidence.best()
    assert country == "BR" and weight - runner_up >= 4
    title = country_evidence("Deutschland-Kassel: Videokonferenzanlagen\nText", "de")
    assert title.strong == "DE"


@pytest.mark.parametrize(
    ("title", "body", "country", "city"),
    [
        ("مناقصة", "أعلنت محافظة الإسكندرية عن مناقصة لتوريد كاميرات مراقبة بقيمة 12 مليون جنيه", "EG", "الإسكندرية"),
        ("입찰 공고", "부산광역시 교통정보센터 CCTV 구매 입찰, 예산 30억 원", "KR", "부산광역시"),
        ("入札公告", "名古屋市役所 防犯カメラ設置業務 予算 5000万円", "JP", "名古屋市"),
        ("ประกาศ", "จังหวัดเชียงใหม่ ประกวดราคาจัดซื้อกล้องวงจรปิด 10 ล้านบาท", "TH", "เชียงใหม่"),
        ("Διαγωνισμός", "Ο Δήμος Θεσσαλονίκης προκηρύσσει προμήθεια καμερών 500.000 €", "GR", "Θεσσαλονίκη"),
        ("Zakázka", "Magistrát města Brna kupuje kamery za 20 mil. Kč", "CZ", "Brno"),
        ("Gói thầu", "UBND Thành phố Đà Nẵng mua sắm camera giám sát, giá trị 20 tỷ đồng", "VN", "Đà Nẵng"),
    ],
)
def test_scripts_without_capitals_and_declined_names(title, body, country, city):
    place = _place(title, body)
    assert place is not None and (place.country, place.city) == (country, city)


def test_japanese_town_names_are_not_read_in_chinese_text():
    place = resolve_place("某科技股份有限公司年度报告\n公司在安城设立了办事处，主营视频监控产品。", language="zh")
    assert place is None or place.country != "JP"
