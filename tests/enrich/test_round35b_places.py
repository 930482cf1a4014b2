"""Round 35b places: a vendor's disclosure that names no buyer is placed nowhere; a Hong Kong district written as a
區 in the body is the town of a notice headed 香港."""
from __future__ import annotations

from enrich import enrich
from enrich.places.disclosure_place import is_disclosure, withhold_place

_FILING = ("Annual report 2026: risk factors",
           "Our video analytics platform is sold to police departments across the United States, and our "
           "headquarters in Austin, Texas hosts the engineering team. Revenue from public-safety customers rose 12%.")


def test_sec_disclosure_without_buyer_has_no_place() -> None:
    result = enrich(*_FILING, source="usa_sec_edgar")
    assert result.place is None
    assert "Austin" in result.text  # the town is still in the text a reporter reads


def test_same_text_from_a_news_import_keeps_its_place() -> None:
    result = enrich(*_FILING, source="import")
    assert result.place is not None and result.place.country == "US"


def test_cninfo_disclosure_without_buyer_has_no_place() -> None:
    result = enrich("关于公司获得政府补助的公告",
                    "本公司注册地位于浙江省杭州市，主营视频监控产品，本期确认政府补助收入320万元。",
                    source="china_cninfo")
    assert result.place is None


def test_disclosure_kind_and_sources() -> None:
    assert is_disclosure(None, "disclosure")
    assert is_disclosure("sec_edgar", None) and is_disclosure("cninfo", None)
    assert not is_disclosure("ted", "award") and not is_disclosure(None, None)
    assert not withhold_place("usa_sec_edgar", "disclosure", has_buyer=True)
    assert withhold_place("usa_sec_edgar", None, has_buyer=False)
    assert not withhold_place("import", None, has_buyer=False)


def test_hong_kong_district_in_body_is_the_town() -> None:
    result = enrich("香港 房屋署 屋邨閉路電視系統保養合約批出",
                    "房屋署批出合約，為觀塘區五個公共屋邨提供閉路電視攝影機保養，合約金額港幣900萬元，承辦商為港城保安有限公司。")
    assert result.place is not None
    assert (result.place.country, result.place.city) == ("HK", "觀塘")


def test_hong_kong_district_only_in_a_company_name_is_not_the_town() -> None:
    result = enrich("香港 運輸署 交通燈控制器更換合約",
                    "運輸署批出合約，合約金額港幣480萬元，承辦商：九龍城安達保安系統有限公司。")
    assert result.place is not None
    assert (result.place.country, result.place.city) == ("HK", "香港")


def test_russian_adjectival_town_in_genitive_is_reported_in_its_russian_nominative() -> None:
    result = enrich("Мэрия Грозного закупает видеонаблюдение",
                    "Администрация Грозного заключила контракт на 200 камер видеонаблюдения за 24 млн рублей.")
    assert result.place is not None
    assert (result.place.country, result.place.city) == ("RU", "Грозный")


def test_town_in_genitive_still_reads_its_plain_nominative() -> None:
    result = enrich("Мэрия Казани закупает камеры",
                    "Администрация Казани заключила контракт на установку 150 камер видеонаблюдения на 12 млн рублей.")
    assert result.place is not None
    assert result.place.city == "Казань"


def test_dateline_town_before_its_municipality_name_is_the_town() -> None:
    result = enrich("Municipality renews CCTV control room contract",
                    "PIETERMARITZBURG, KwaZulu-Natal — Msunduzi Municipality renewed its CCTV control room "
                    "contract with a local security firm for R9.8 million.")
    assert result.place is not None
    assert (result.place.country, result.place.city) == ("ZA", "Pietermaritzburg")


def test_municipality_name_alone_stays_as_written() -> None:
    result = enrich("Msunduzi Municipality buys cameras",
                    "Msunduzi Municipality awarded a R3 million contract for 40 CCTV cameras in the CBD.")
    assert result.place is not None
    assert result.place.city == "Msunduzi"


def test_disclosure_keeps_the_place_of_its_contract_customer() -> None:
    result = enrich("Form 8-K — Item 1.01 Entry into a Material Definitive Agreement",
                    "On October 2, 2026, Harbor Sensing Inc. entered into an agreement with the City of Tucson, "
                    "Arizona, to install 90 license plate reader cameras.", source="usa_sec_edgar")
    assert result.place is not None
    assert result.place.country == "US"
