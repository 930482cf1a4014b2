"""Round 39b (places): regions, metros and towns that were read as another country's town, or not read at all.

A title opening "KwaZulu-Natal:" is the province, not Natal (Brazil) through the TED "Country-Town:" cue; Nelson
Mandela Bay is Gqeberha's metro, not Nelson (New Zealand); a Canadian Press abbreviation after a buyer's name with its
town inside ("Brandon Police Service, Man.") is the province, not the Isle of Man; a two-letter town after a
buyer-name cue ("мэрия города Ош"); Dari municipality and province words (شاروالی, ولایت); a title closing with a dash
and the town it is about.
"""
from __future__ import annotations

from enrich import enrich


def _place(title: str, body: str):
    return enrich(title, body).place


def test_kwazulu_natal_title_is_the_province_not_natal_brazil() -> None:
    place = _place("KwaZulu-Natal: provincial roads department installs speed cameras",
                   "The KwaZulu-Natal Department of Transport installs 40 speed cameras on the N3 near "
                   "Pietermaritzburg. R 9,500,000.")
    assert place is not None and place.country == "ZA"


def test_ted_country_town_titles_still_name_the_town() -> None:
    place = _place("Deutschland-Leipzig: Videoüberwachungsanlagen",
                   "Stadt Leipzig, Amt für Ordnung. Lieferung von Kameras.")
    assert place is not None and (place.country, place.city) == ("DE", "Leipzig")
    place = _place("UK-Leeds: CCTV maintenance services", "Leeds City Council seeks CCTV maintenance.")
    assert place is not None and (place.country, place.city) == ("GB", "Leeds")


def test_nelson_mandela_bay_is_south_africa() -> None:
    place = _place("Traffic cameras for Nelson Mandela Bay",
                   "Nelson Mandela Bay Municipality invites bids for 30 traffic cameras. R 2,300,000.")
    assert place is not None and place.country == "ZA"


def test_nelson_new_zealand_stays_nelson() -> None:
    place = _place("Nelson City Council – CCTV renewal",
                   "Nelson City Council renews 12 CCTV cameras in the central city. NZ$ 180,000.")
    assert place is not None and (place.country, place.city) == ("NZ", "Nelson")


def test_press_abbreviation_after_a_buyer_with_its_town_is_the_province() -> None:
    place = _place("Body cameras for Brandon police",
                   "Brandon Police Service, Man., bought 60 body-worn cameras from Axon. C$ 240,000.")
    assert place is not None and place.country == "CA"


def test_two_letter_town_after_a_mayoralty_cue() -> None:
    place = _place("Видеонаблюдение на рынке", "Мэрия города Ош закупает 30 камер видеонаблюдения для рынка.")
    assert place is not None and (place.country, place.city) == ("KG", "Ош")


def test_two_letter_capitals_after_a_cue_are_no_town() -> None:
    place = _place("Ville de ZZ – marché", "La Ville de ZZ lance un marché de nettoyage des bureaux.")
    assert place is None or place.city != "ZZ"


def test_dari_municipality_names_its_town() -> None:
    place = _place("شاروالی کابل – کمره های نظارتی", "شاروالی کابل ۲۰۰ کمره نظارتی برای چهارراه ها خریداری می‌کند.")
    assert place is not None and place.country == "AF"


def test_title_closing_with_a_dash_and_a_town() -> None:
    place = _place("Ring road enforcement cameras – Kampala",
                   "The authority bought 50 enforcement cameras for the ring road.")
    assert place is not None and (place.country, place.city) == ("UG", "Kampala")


def test_title_closing_with_a_section_or_company_is_no_town() -> None:
    assert _place("Annual report – Risk Factors", "We sell video analytics to retailers.") is None
    place = _place("Bodycams – Vigilis Holdings", "Vigilis Holdings sells body cameras to retailers.")
    assert place is None or place.city is None
