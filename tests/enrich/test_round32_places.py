"""Round 32 places outside China (task places32): every sentence here is fictional (invented bodies and firms, real
towns).

Families: money written "US$" is how notices from outside the United States write the dollar (of ~220 development
notices writing it, none is placed in the US: Liberia, El Salvador, Zimbabwe, Ecuador, Cambodia …), so it no longer
counts for the US and a same-named US town (Monrovia CA, Santa Ana CA) stops taking the place (sets ab, l, s, af,
ag); Nepal's Lalitpur, which GeoNames calls Pātan, is reached by its own name (Lalitpur, ललितपुर), not as the weaker
reading beside India's Lalitpur (sets g, j, k, n, af, ag); a town followed by its province or state as the country's
press abbreviates it ("Winnipeg, Man.", "Adelaide, SA.") is not the Isle of Man or Saudi Arabia (set af); a country's
own short name ("of Laos", "du Bénin", "Government of Saint Lucia", "Malta Police Force") is not a same-named town of
another country unless that town's country has as many clues or its region is written (sets af, ag; Salvador, Bahia
and Norfolk, Virginia stay).
"""
from __future__ import annotations

from tests.enrich.notice_helpers import quoted_place as _place


def test_monrovia_with_dollars_written_us_dollar_is_liberia() -> None:
    place = _place("Monrovia city corporation fits cameras at Waterside market",
                   "Monrovia City Corporation installed 48 CCTV cameras at Waterside market under a US$ 820,000 "
                   "contract with Ducor Signal Inc.")
    assert place is not None and (place.country, place.city) == ("LR", "Monrovia")


def test_santa_ana_with_dollars_written_us_dollar_is_not_california() -> None:
    place = _place("El Salvador: Santa Ana market lighting",
                   "The Alcaldía de Santa Ana installed LED lighting and 30 cameras around the central market, "
                   "US$410,000, with Volcán Eléctrica S.A. de C.V.")
    assert place is not None and place.country == "SV"


def test_plain_dollars_in_an_american_notice_stay_american() -> None:
    place = _place("Santa Ana Police Department body camera renewal",
                   "The City of Santa Ana, California renewed its body-worn camera licences with Orange Grove "
                   "Video LLC for $1,240,000.")
    assert place is not None and (place.country, place.city) == ("US", "Santa Ana")


def test_nepali_lalitpur_metropolitan_city_is_in_nepal() -> None:
    place = _place("ललितपुर महानगरपालिका: सडक बत्ती र क्यामेरा",
                   "ललितपुर महानगरपालिकाले मंगल बजार क्षेत्रमा ३० वटा क्यामेरा जडान गर्न काठमाडौं सेक्युरिटी "
                   "प्रा.लि.सँग रु. ७५ लाखको सम्झौता गरेको छ।")
    assert place is not None and (place.country, place.city) == ("NP", "ललितपुर")


def test_english_lalitpur_metropolitan_city_is_in_nepal() -> None:
    place = _place("Lalitpur buys cameras for heritage squares",
                   "Lalitpur Metropolitan City has installed 40 cameras around Patan Durbar Square for Rs 2.2 crore; "
                   "the contractor is Bagmati Secure.")
    assert place is not None and place.country == "NP"


def test_hindi_lalitpur_stays_in_india() -> None:
    place = _place("ललितपुर नगर पालिका परिषद ने कैमरे लगाए",
                   "ललितपुर नगर पालिका परिषद ने बाज़ार में 25 सीसीटीवी कैमरे लगाने का ठेका बुंदेलखंड टेक प्राइवेट "
                   "लिमिटेड को दिया है।")
    assert place is not None and (place.country, place.city) == ("IN", "ललितपुर")


def test_canadian_town_signed_off_with_its_province_is_not_the_isle_of_man() -> None:
    place = _place("Transit camera refresh",
                   "Winnipeg Transit will replace 120 cameras at its garages. Contract: Red River Signal Ltd., "
                   "$1.4 million. Winnipeg, Man.")
    assert place is not None and (place.country, place.city) == ("CA", "Winnipeg")


def test_australian_town_signed_off_with_its_state_is_not_saudi_arabia() -> None:
    place = _place("Adelaide: laneway lighting",
                   "The City of Adelaide bought laneway lighting from Torrens Lamp Co, A$210,000. Adelaide, SA.")
    assert place is not None and (place.country, place.city) == ("AU", "Adelaide")


def test_ministry_of_a_country_is_not_a_same_named_town_abroad() -> None:
    place = _place("Laos ministry extends traffic cameras",
                   "The Ministry of Public Security of Laos extended the Vientiane traffic camera network with 90 "
                   "cameras, contract USD 2.1 million with Mekong Vision Co.")
    assert place is not None and place.country == "LA"


def test_government_of_an_island_state_is_not_a_village_elsewhere() -> None:
    place = _place("Permit portal",
                   "The Government of Saint Lucia launched a permit portal built by Pitons Code Ltd, XCD 1.4 million.")
    assert place is not None and place.country == "LC"


def test_country_named_in_french_is_not_a_town_of_its_neighbour() -> None:
    place = _place("Le ministère de l'Intérieur du Bénin confie l'enrôlement biométrique",
                   "Le ministère de l'Intérieur et de la Sécurité publique du Bénin a attribué à Atacora Biométrie SA "
                   "l'enrôlement biométrique des agents, pour 900 millions de FCFA.")
    assert place is not None and place.country == "BJ"


def test_town_sharing_a_country_name_stays_when_its_state_is_written() -> None:
    place = _place("Norfolk, VA: harbour camera maintenance",
                   "The City of Norfolk renewed the harbour camera maintenance contract with Tidewater Signal LLC "
                   "for $240,000.")
    assert place is not None and (place.country, place.city) == ("US", "Norfolk")


def test_salvador_bahia_is_not_el_salvador() -> None:
    place = _place("Estudo avalia câmeras no Carnaval de Salvador",
                   "Pesquisadores analisaram as câmeras usadas no Carnaval de Salvador e relataram taxas de erro. O "
                   "estudo não envolve contratação.")
    assert place is None or place.country == "BR"
