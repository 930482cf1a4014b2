"""Round 28 places outside China: every sentence here is fictional (invented bodies and firms, real towns).

Families: a town stated without a label carries its region's ISO 3166-2 code; Taiwan's municipalities and counties
are its first-level regions; a US state after a town in the buyer's line is no country (Brookline, MA is not
Morocco; Atlanta, Georgia is not Georgia); a Brazilian state code in parentheses after a dateline town ("BELÉM (PA)")
chooses among same-named towns; a US town of another state than the postal code written after it is not read
("Mammoth, WY" is not Mammoth, Arizona); a US federal award's place of performance is the place; the scorer reads
the Canadian Press province abbreviations and Hausa "Jihar X" state names.
"""
from __future__ import annotations

from tests.enrich.notice_helpers import quoted_place as _place


def test_stated_town_carries_its_region_code() -> None:
    place = _place("Kitchener: regional police buy interview-room cameras",
                   "Town: Kitchener\nCountry: Canada\nThe police service bought 40 interview-room cameras from "
                   "Grandview Video Ltd. for $310,000.")
    assert place is not None and (place.country, place.city, place.admin1, place.admin1_code) == (
        "CA", "Kitchener", "Ontario", "CA-ON")


def test_taiwan_county_is_the_first_level_region() -> None:
    place = _place("花蓮縣政府監視器汰換採購案決標公告",
                   "機關名稱：花蓮縣政府\n決標金額：新臺幣3,200,000元\n得標廠商：東岸影像股份有限公司")
    assert place is not None and (place.country, place.city, place.admin1, place.admin1_code) == (
        "TW", "花蓮縣", "花蓮縣", "TW-HUA")


def test_hong_kong_has_no_first_level_region() -> None:
    place = _place("香港警務處閉路電視系統合約",
                   "香港警務處批出閉路電視系統合約，金額港幣1,200萬元，承辦商為海港影像有限公司。")
    assert place is not None and place.country == "HK" and place.admin1 is None


def test_us_state_code_after_a_town_in_the_buyer_line_is_no_country() -> None:
    place = _place("Ordinance 2026-91: acceptance of donated thermal cameras",
                   "Town of Brookline, MA, Select Board. Accept the donation of four thermal cameras, valued at "
                   "$21,000, for the Brookline Fire Department.")
    assert place is not None and (place.country, place.admin1_code, place.city) == ("US", "US-MA", "Brookline")


def test_us_state_named_like_a_country_after_its_town_is_the_state() -> None:
    place = _place("8-K Item 1.01: agreement for highway plate readers",
                   "On March 3, 2026, Pinecrest Optics, Inc. entered into a contract with the Georgia Department of "
                   "Transportation, Atlanta, Georgia, to provide plate readers on 120 gantries for $9,400,000.")
    assert place is not None and (place.country, place.admin1_code, place.city) == ("US", "US-GA", "Atlanta")


def test_brazilian_state_code_in_parentheses_chooses_the_town() -> None:
    place = _place("Belém: hospital compra câmeras para estacionamento",
                   "BELÉM (PA) — O Hospital Municipal Rio Guamá comprou 60 câmeras de vigilância da Marajó Segurança "
                   "Ltda. por R$ 1,1 milhão.")
    assert place is not None and (place.country, place.admin1_code, place.city) == ("BR", "BR-PA", "Belém")


def test_federal_union_is_no_town() -> None:
    place = _place("Tribunal de Contas da União — pregão de câmeras corporais",
                   "BRASÍLIA (DF) — Trata-se de representação sobre o pregão eletrônico nº 9/2026, com valor estimado "
                   "de R$ 40 milhões, para câmeras corporais.")
    assert place is not None and (place.country, place.admin1_code, place.city) == ("BR", "BR-DF", "Brasília")


def test_town_of_another_state_than_its_postal_code_is_not_read() -> None:
    place = _place("Purchase order: body-worn cameras",
                   "Awarding agency: Department of the Interior. Funding office: National Park Service. Recipient: "
                   "Tetonview Systems LLC. Obligation: $96,500.00. Place of performance: Mammoth, WY.")
    assert place is not None and (place.country, place.admin1_code) == ("US", "US-WY")


def test_place_of_performance_outweighs_the_awarding_office_seat() -> None:
    place = _place("Award PIID 70B02C26C0009: surveillance towers",
                   "Awarding office: U.S. Customs and Border Protection, Procurement Directorate (Washington, DC). "
                   "Recipient: Mesa Sensor Works Inc. Obligated amount: $12,300,000.00. Place of performance: "
                   "El Paso, TX.")
    assert place is not None and (place.country, place.admin1_code, place.city) == ("US", "US-TX", "El Paso")


def test_scorer_reads_canadian_press_and_hausa_state_names() -> None:
    from bench.eval import admin1_codes

    assert admin1_codes("CA", "B.C.") == {"CA-BC"}
    assert admin1_codes("CA", "Ont.") == {"CA-ON"}
    assert admin1_codes("NG", "Jihar Kano") == {"NG-KN"}
    assert admin1_codes("US", "B.C.") == set()


def test_canadian_press_province_after_the_town_chooses_the_country() -> None:
    place = _place("London, Ont. approves red-light cameras",
                   "LONDON, Ont. — City council has approved $1.2 million for red-light cameras at 12 intersections, "
                   "to be run by Thames Valley Enforcement Inc. for the City of London.")
    assert place is not None and (place.country, place.admin1_code, place.city) == ("CA", "CA-ON", "London")


def test_ap_state_followed_by_a_comma_names_the_county_state() -> None:
    place = _place("Item 7: Purchase of a mugshot system upgrade",
                   "Approve a sole-source purchase for the Shelby County Sheriff's Office, Tenn., of a digital "
                   "mugshot upgrade from Riverbend Imaging LLC, $98,400.")
    assert place is not None and (place.country, place.admin1_code, place.admin2) == ("US", "US-TN", "Shelby County")


def test_declined_town_is_named_as_the_notice_writes_it_elsewhere() -> None:
    place = _place("Грозный: камеры на площади",
                   "Мэрия Грозного закупила за 12 млн рублей 40 камер у ООО «Терек Видео» для центральной площади.")
    assert place is not None and (place.country, place.city) == ("RU", "Грозный")


def test_district_municipality_under_its_city_dateline_is_the_city() -> None:
    place = _place("Lima: Municipalidad de Miraflores compra cámaras",
                   "LIMA — La Municipalidad de Miraflores adjudicó S/ 3,1 millones para 90 cámaras de videovigilancia "
                   "del serenazgo.")
    assert place is not None and (place.country, place.city) == ("PE", "Lima")


def test_suburb_named_alone_is_not_its_big_neighbour() -> None:
    place = _place("Item 9: Traffic camera maintenance — Bellevue",
                   "City of Bellevue, WA. Approval of a $410,000 contract with Evergreen Signal Co. for maintenance of "
                   "traffic cameras at 30 intersections.")
    assert place is not None and (place.country, place.admin1_code, place.city) == ("US", "US-WA", "Bellevue")


def test_district_municipality_under_a_title_naming_its_city_stays_the_district() -> None:
    place = _place("Lima: Municipalidad de Miraflores compra cámaras",
                   "La Municipalidad de Miraflores adjudicó S/ 3,1 millones para 90 cámaras de videovigilancia del "
                   "serenazgo.")
    assert place is not None and (place.country, place.city) == ("PE", "Miraflores")


def test_vietnamese_city_initials_keep_their_city_word() -> None:
    place = _place("TP.HCM: Sở Giao thông lắp camera giám sát",
                   "Sở Giao thông vận tải TP.HCM đầu tư 42 tỷ đồng lắp 300 camera giám sát giao thông tại 25 nút giao.")
    assert place is not None and (place.country, place.city) == ("VN", "TP.HCM")
