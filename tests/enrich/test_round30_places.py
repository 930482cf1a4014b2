"""Round 30 places outside China: every sentence here is fictional (invented bodies and firms, real towns).

Families: a city that is its own first-level region (Moscow, Saint Petersburg: ISO 3166-2 "autonomous city") keeps
its dateline's words when a town of that region is read from another of its names elsewhere ("МОСКВА — Московский
метрополитен …" is Moscow, not the town Moskovskiy); the short end of a hyphenated name is reported whole
("… по Санкт-Петербургу" is Санкт-Петербург, not Петербург); a capitalised Cyrillic dateline is reported in the
town's cased name (МОСКВА → Москва); a country's own name in a national body ("Belize Police Department") is not a
town or region of it when the dateline or title names another of its towns (Belmopan); the Eastern Caribbean dollar
(EC$) and the short name "Antigua" point to the islands that use them (St. John's, Antigua, not Newfoundland); a
town read from capitals is reported as the notice writes it ("PORT VILA —" is Port Vila, not GeoNames' Port-Vila);
a name no town of 15,000 has, followed by its own state or region ("Window Rock, Arizona", "Shire of Broome in
Western Australia"), is read among GeoNames' smaller towns.
"""
from __future__ import annotations

from tests.enrich.notice_helpers import quoted_place as _place


def test_city_region_dateline_beats_a_town_read_from_an_adjective() -> None:
    place = _place("Москва: метро закупает камеры",
                   "МОСКВА — ГУП «Московский метрополитен» заключило с ООО «Тверская Оптика» договор на 120 млн "
                   "рублей на установку 80 камер на станциях.")
    assert place is not None and (place.country, place.admin1_code, place.city) == ("RU", "RU-MOW", "Москва")


def test_city_region_title_beats_a_town_read_from_an_adjective_without_dateline() -> None:
    place = _place("Москва: метрополитен и камеры",
                   "Журналисты сообщили, что ГКУ «Московский метрополитен» заказал модуль видеоаналитики за 40 млн "
                   "рублей у ООО «Сокольники Софт».")
    assert place is not None and (place.country, place.city) == ("RU", "Москва")


def test_short_end_of_a_hyphenated_name_is_reported_whole() -> None:
    place = _place("Санкт-Петербург: полиция закупает камеры",
                   "САНКТ-ПЕТЕРБУРГ — ГУ МВД по Санкт-Петербургу и Ленинградской области закупило 120 камер для "
                   "станций метро за 60 млн рублей.")
    assert place is not None and (place.country, place.city) == ("RU", "Санкт-Петербург")


def test_country_name_in_a_national_body_is_not_its_town_when_the_dateline_names_one() -> None:
    place = _place("Belize police buy radios",
                   "BELMOPAN — The Belize Police Department bought 120 handheld radios for BZ$1.2 million from "
                   "Cayo Signals Ltd.")
    assert place is not None and (place.country, place.city) == ("BZ", "Belmopan")


def test_country_named_like_its_capital_still_gives_the_capital() -> None:
    place = _place("Singapore police extend camera network",
                   "The Singapore Police Force extended its camera network in Woodlands with 200 more cameras "
                   "for S$4 million.")
    assert place is not None and place.country == "SG" and place.city != "Woodlands"


def test_eastern_caribbean_dollar_points_to_the_islands() -> None:
    place = _place("Court recording system installed",
                   "The High Court registry in St. John's installed digital courtroom recording for EC$350,000, "
                   "supplied by Harbour Audio Ltd.")
    assert place is not None and place.country == "AG"


def test_antigua_names_the_country() -> None:
    place = _place("St. John's: Antigua street camera tender cancelled",
                   "ST. JOHN'S - The Ministry of Public Safety cancelled its tender for 40 street cameras after the "
                   "sole bidder withdrew.")
    assert place is not None and place.country == "AG"


def test_capitalised_dateline_town_is_reported_as_the_notice_writes_it() -> None:
    place = _place("Port Vila: harbour cameras switched on",
                   "PORT VILA - The Ports Authority opened a monitoring room linking 40 harbour cameras, funded with "
                   "VT 60 million.")
    assert place is not None and (place.country, place.city) == ("VU", "Port Vila")


def test_capitalised_dateline_town_keeps_the_notices_spacing_without_a_cased_mention() -> None:
    place = _place("Vanuatu: ministry network upgrade",
                   "PORT VILA — The Office of the Government Chief Information Officer awarded a Vt 400 million "
                   "contract to Melanesia Networks Ltd.")
    assert place is not None and (place.country, place.city) == ("VU", "Port Vila")


def test_small_town_followed_by_its_state_is_read() -> None:
    place = _place("Tribal police receive radios",
                   "The Navajo Nation Police in Window Rock, Arizona, bought 120 handheld radios from Mesa Signal "
                   "LLC for $410,000.")
    assert place is not None and (place.country, place.admin1_code, place.city) == ("US", "US-AZ", "Window Rock")


def test_small_town_followed_by_in_and_its_region_is_read() -> None:
    place = _place("Shire council adds cameras to foreshore",
                   "The Shire of Broome in Western Australia awarded Pindan Build Co AUD 640,000 for foreshore "
                   "lighting and six CCTV cameras.")
    assert place is not None and (place.country, place.city) == ("AU", "Broome")
