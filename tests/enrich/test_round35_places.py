"""Round 35 places: every sentence here is fictional (invented bodies and firms, real towns and countries).

Families: a country name that is an ordinary noun in the notice's own language (English "Island", Iceland's name in
German and the Nordic languages) names no country; the US dollar alone, in a notice whose language Puerto Rico or
Panama also speaks, does not move it there; a town written in a case of its own language (Czech "v Praze", Finnish
"Helsingissä", Hungarian "Debrecenben", Lithuanian "Vilniuje", Ukrainian "у Києві", Turkish "İstanbul'da") is that
town, while a common noun in such a case places nothing; a country stated only indirectly - a title's dateline, the
rand as the press writes it, a named country among the few whose money the notice writes, "South Sudan" (not Sudan).
"""
from __future__ import annotations

import pytest

from enrich.places.case_endings import declined_towns
from enrich.places.gazetteer import place_key
from enrich.places.signals import country_evidence
from tests.enrich.notice_helpers import quoted_place as _place


def _country(title: str, body: str) -> str | None:
    place = _place(title, body)
    return place.country if place is not None else None


def test_english_island_is_not_iceland() -> None:
    assert _country("Island council turns down camera gift",
                    "The Island Council of Aitutaki turned down an offer of twelve donated street cameras; "
                    "councillors said no cameras would be put up.") != "IS"
    weights = country_evidence("Pacific Island states meet\nLeaders of Pacific Island states discussed policing.",
                               "en").weights
    assert weights.get("IS", 0.0) < 1.0


def test_german_island_still_names_iceland() -> None:
    weights = country_evidence("Polizei in Island kauft Kameras\nDie Polizei in Island hat 40 Kameras gekauft.",
                               "de").weights
    assert weights.get("IS", 0.0) >= 2.0


def test_the_dollar_alone_does_not_give_puerto_rico_or_panama_an_english_notice() -> None:
    weights = country_evidence("Police buy body cameras\nThe police service bought 300 body cameras for "
                               "US$ 1.4 million from a local integrator.", "en").weights
    assert weights.get("PR", 0.0) < 2.0 and weights.get("PA", 0.0) < 2.0
    # the dollar still goes with a town of a dollar country
    assert _country("Cámaras para Guayaquil", "La Municipalidad de Guayaquil compró 120 cámaras de "
                                              "videovigilancia por US$ 2,3 millones.") == "EC"


@pytest.mark.parametrize(("title", "body", "country", "town"), [
    ("Kamerový systém", "Městská policie v Praze pořídila nový kamerový systém za 14 milionů korun.", "CZ", "Praha"),
    ("Kamery pro strážníky", "Město koupilo v Brně 60 nových kamer pro městskou policii za 9 milionů korun.", "CZ",
     "Brno"),
    ("Valvontakamerat", "Poliisi hankki Helsingissä 80 uutta valvontakameraa 1,2 miljoonalla eurolla.", "FI",
     "Helsinki"),
    ("Valvontakamerat", "Kaupunki asensi Tampereella 40 uutta valvontakameraa 600 000 eurolla.", "FI", "Tampere"),
    ("Térfigyelő kamerák", "Az önkormányzat Debrecenben 90 új térfigyelő kamerát szerelt fel 300 millió forintért.",
     "HU", "Debrecen"),
    ("Vaizdo kameros", "Savivaldybė Vilniuje įrengė 70 naujų vaizdo stebėjimo kamerų už 900 tūkst. eurų.", "LT",
     "Vilnius"),
    ("Камери", "Міська рада закупила у Києві 150 камер відеоспостереження за 12 млн гривень.", "UA", "Kyiv"),
    ("Güvenlik kameraları", "Belediye İstanbul'da 200 yeni güvenlik kamerası için 40 milyon lira ödedi.", "TR",
     "Istanbul"),
])
def test_a_town_in_its_own_languages_case_is_that_town(title: str, body: str, country: str, town: str) -> None:
    place = _place(title, body)
    assert place is not None and place.country == country
    assert place.city is not None and place_key(town) in {place_key(place.city), place_key(town)}


def test_case_endings_read_only_towns_of_the_languages_countries() -> None:
    assert {c.cc for c in declined_towns(place_key("Praze"))} == {"CZ"}
    assert {c.cc for c in declined_towns(place_key("Helsingissä"))} == {"FI"}
    assert {c.cc for c in declined_towns(place_key("Києві"))} == {"UA"}
    assert {c.cc for c in declined_towns(place_key("Ankara'nın"))} == {"TR"}
    # common nouns in a case: "in the city" (Finnish), "in the year" (Hungarian), "in the town hall" (Czech)
    assert declined_towns(place_key("Kaupungissa")) == ()
    assert declined_towns(place_key("Évben")) == ()
    assert declined_towns(place_key("Radnici")) == ()


def test_a_common_noun_in_a_case_places_nothing() -> None:
    assert _place("Valvontakamerat", "Kaupungissa hankittiin uusia valvontakameroita poliisille.") is None


def test_a_titles_dateline_country() -> None:
    # (round 36: a study about no particular body is placed nowhere, so the study names the body it is about)
    assert _country("Ecuador: study reviews emergency response times",
                    "An academic study reviewed response times of the police emergency service; no purchase.") == "EC"
    # a dateline that is also a town elsewhere is the town's (Salvador, Bahia), not El Salvador
    assert _country("Salvador: prefeitura amplia videomonitoramento",
                    "A prefeitura instalou 300 câmeras no centro histórico por R$ 4,2 milhões.") == "BR"


def test_the_rand_as_the_press_writes_it() -> None:
    assert _country("Home Affairs biometric kiosks",
                    "The Department of Home Affairs paid a contractor R36 million for fingerprint kiosks.") == "ZA"
    # a bare R and a number is a road or a model, not money
    assert country_evidence("Road works\nCameras along the R12 near the bridge.", "en").weights.get("ZA", 0.0) < 1.0


def test_a_named_country_among_those_whose_money_it_is() -> None:
    assert _country("Forensic kits for the police", "Sri Lanka Police bought phone extraction kits for "
                                                      "Rs 38 million.") == "LK"


def test_south_sudan_is_not_sudan_too() -> None:
    weights = country_evidence("South Sudan passports\nThe Immigration Directorate of South Sudan bought "
                               "fingerprint kits.", "en").weights
    assert weights.get("SS", 0.0) > weights.get("SD", 0.0) + 2.0


def test_a_currency_code_outside_the_reviewed_table_names_its_country() -> None:
    assert _country("Island city buys cameras", "The Commune Urbaine de Toamasina installed 80 street cameras "
                                                "through a local integrator, MGA 9 billion.") == "MG"
    weights = country_evidence("Cameras for the port\nThe port authority paid SCR 4.1 million for cameras.",
                               "en").weights
    assert weights.get("SC", 0.0) >= 4.0
    # a code that is an English word in capitals is not money
    assert country_evidence("ALL 12 CAMERAS REPLACED\nAll twelve cameras were replaced.", "en").weights.get(
        "AL", 0.0) < 1.0


def test_belarusian_roubles_written_out_are_belarus() -> None:
    assert _country("Светофоры для Гродно", "ГРОДНО. Горисполком заключил договор на модернизацию 40 светофорных "
                                            "объектов на сумму 3,1 млн белорусских рублей.") == "BY"


def test_a_bare_dollar_in_english_is_the_money_of_the_dollar_countries_own() -> None:
    assert _country("Transit cameras", "The Spokane Transit Authority bought 90 bus cameras for $410,000.") == "US"
    weights = country_evidence("Cameras\nThe council bought 12 cameras for $80,000.", "en").weights
    assert weights.get("US", 0.0) >= 2.0 and weights.get("PR", 0.0) < 1.0 and weights.get("EC", 0.0) < 1.0


def test_a_town_with_its_state_written_after_it_is_that_states() -> None:
    place = _place("Town of Chatham buys cameras for the harbour",
                   "The Town of Chatham, Massachusetts ordered 14 cameras for the harbour car park. Total: $58,200.")
    assert place is not None and place.country == "US" and place.admin1 == "Massachusetts"


def test_north_america_is_no_town() -> None:
    place = _place("Annual report", "The company sells video software to police customers in North America; "
                                    "revenue was $412.3 million.")
    assert place is None or place.city != "North"
