"""Round 34b places: every sentence here is fictional (invented bodies and firms, real countries and towns).

Family: an English notice that names its buyer by its country's adjective before a public body's noun ("Mauritanian
Ministry of Interior", "Philippine Bureau of Fire Protection", "Lao Airports Authority", "Ecuadorian legislators") is
placed in that country; an adjective before a firm or a product ("Israeli firm", "Swedish cameras") is a vendor's home,
no place (enrich/places/demonyms.py, enrich/data/country_adjectives.csv).
"""
from __future__ import annotations

from tests.enrich.notice_helpers import quoted_place as _place


def test_ministry_named_by_its_country_adjective_is_placed_in_that_country() -> None:
    place = _place("Border fingerprint stations",
                   "The Mauritanian Ministry of Interior bought 30 fingerprint stations for border posts from Dune ID "
                   "Systems, MRU 52 million.")
    assert place is not None and place.country == "MR" and place.city is None
    assert place.evidence is not None and place.evidence.text == "Mauritanian"


def test_bureau_and_authority_named_by_adjective() -> None:
    place = _place("Radios for fire service",
                   "The Philippine Bureau of Fire Protection bought 800 handheld radios through Visayas Radio Corp.")
    assert place is not None and place.country == "PH"
    place = _place("Airport face gates", "Lao Airports Authority installed 12 face-verification boarding gates from "
                   "Mekong Gate Systems.")
    assert place is not None and place.country == "LA"


def test_legislators_named_by_adjective_place_a_debate() -> None:
    place = _place("Audit debate on emergency cameras",
                   "Ecuadorian legislators debated an old audit of the national emergency camera network; no new "
                   "procurement was discussed.")
    assert place is not None and place.country == "EC"


def test_adjective_of_a_vendor_is_no_place() -> None:
    place = _place("Phone extraction licences",
                   "The sheriff's office renewed licences for phone extraction software from an Israeli firm and "
                   "bought Swedish cameras for its lobby.")
    assert place is None or place.country not in ("IL", "SE")


def test_demonym_and_stated_town_sign_off() -> None:
    place = _place("Solar inverters for a Namibian school",
                   "The Ministry of Education installed solar inverters at 12 rural schools, N$4 million. Windhoek.")
    assert place is not None and place.country == "NA"


# Family 2: a national data-protection regulator named by its own name or acronym, without its country (the UK's ICO,
# France's CNIL, Spain's AEPD): a country clue as strong as the country's adjective in Arabic (country_cues.csv).
def test_cnil_places_a_french_notice_in_france() -> None:
    place = _place("La CNIL met en demeure une commune",
                   "La CNIL a mis en demeure une commune de cesser l'usage d'un logiciel d'analyse des images de "
                   "vidéoprotection acheté à Rhône Vision SAS pour 36 000 €.")
    assert place is not None and place.country == "FR"


def test_ico_places_an_english_notice_in_the_uk() -> None:
    place = _place("Regulator warns school over fingerprint canteen",
                   "The ICO issued a reprimand to a secondary school that used fingerprint scanning for canteen "
                   "payments without consent; the school has stopped using the system.")
    assert place is not None and place.country == "GB"
