"""Round 33b places: every sentence here is fictional (invented bodies and firms, real towns and institutions).

Families: Chinese writes its money glued to the words around it (決標金額新臺幣7,800,000元, 合約價值港幣…元), which is
still a Taiwan or Hong Kong clue; the Republic of China's branches and National Police Agency (立法院, 行政院, 警政署,
內政部) place a Taiwan notice that names no town; a Hong Kong district named in a 港幣 contract (觀塘區, 沙田區) is the
town; the word of a postal service after its country ("Pakistan Post") and a camera maker's name ("Dahua") are
never the buyer's town.
"""
from __future__ import annotations

from tests.enrich.notice_helpers import quoted_place as _place


def test_new_taiwan_dollar_glued_to_the_clause_places_taiwan() -> None:
    place = _place("國立示範大學醫院復健設備採購",
                   "示範大學醫院復健部採購步態分析跑步機一台。決標金額新臺幣3,200,000元，得標廠商：晨星醫材有限公司。")
    assert place is not None and place.country == "TW"


def test_hong_kong_dollar_glued_to_the_clause_places_hong_kong() -> None:
    place = _place("屋邨閉路電視保養合約批出",
                   "有關部門批出屋邨公共地方閉路電視系統保養合約，為期兩年，合約價值港幣3,150,000元。")
    assert place is not None and place.country == "HK"


def test_taiwan_legislature_and_police_agency_place_taiwan() -> None:
    place = _place("立法院質詢：警政署是否採購車牌辨識",
                   "委員於委員會質詢時詢問內政部警政署有無採購車牌辨識系統，署長答復目前並無採購計畫。")
    assert place is not None and place.country == "TW"


def test_hong_kong_district_in_a_contract_is_the_town() -> None:
    place = _place("公共屋邨閉路電視保養合約",
                   "有關部門就沙田區八個公共屋邨之閉路電視系統批出三年保養合約，承辦商為海濱保安工程有限公司，合約總額港幣1,280萬元。")
    assert place is not None and (place.country, place.city) == ("HK", "沙田")


def test_mainland_notice_with_its_county_is_unchanged() -> None:
    place = _place("示范县公安局视频监控运维项目成交公告",
                   "采购人：平塘县公安局。成交金额：人民币108万元，另含港元报价的进口镜头。")
    assert place is not None and place.country == "CN"


def test_postal_service_after_its_country_is_no_town() -> None:
    place = _place("Routers for rural post offices",
                   "Pakistan Post bought 1,500 4G routers for rural post offices from Indus Fictional Telecom, "
                   "Rs 72 million.")
    assert place is None or (place.country == "PK" and place.city is None)


def test_camera_maker_is_no_town() -> None:
    place = _place("Bill would bar purchases from listed vendors",
                   "A bill introduced in the Ohio Senate would bar state agencies from buying equipment from "
                   "Hikvision, Dahua and Huawei. It has not been voted on.")
    assert place is None or place.country != "CN"


def test_philippine_city_in_a_capitalised_dateline_keeps_its_city_word() -> None:
    place = _place("City links barangay cameras to its command center",
                   "DAVAO CITY — The city government of Davao connected 400 barangay cameras to its command center. "
                   "The P41 million works were done by Fictional Netlink Inc.")
    assert place is not None and (place.country, place.city.casefold()) == ("PH", "davao city")


def test_data_protection_authority_fining_a_gym_is_no_buyer() -> None:
    from enrich import enrich

    result = enrich("AEPD sanciona a un gimnasio por usar reconocimiento facial",
                    "La Agencia Española de Protección de Datos multó a una cadena de gimnasios ficticia por implantar "
                    "acceso mediante reconocimiento facial sin base legal.")
    assert not [p for p in result.parties if p.role == "buyer"]


def test_rights_defender_report_is_no_buyer() -> None:
    from enrich import enrich

    result = enrich("Rapport de la Défenseure des droits sur la vidéoprotection algorithmique",
                    "La Défenseure des droits publie un rapport sur les expérimentations de vidéoprotection "
                    "algorithmique. Il formule des recommandations sans viser de marché précis.")
    assert not [p for p in result.parties if p.role == "buyer"]
