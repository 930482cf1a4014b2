"""Round 29 (29b) places outside China: every sentence here is fictional (invented bodies and firms, real towns).

Families: a name that several villages of one country share (GeoNames towns under 15,000, without population) gives
no country when the notice has no clue of that country and names none of their regions - the region the notice does
name wins ("Byron Shire Council in New South Wales" is not Byron, Georgia); such villages still count when their
state is written ("Byron, GA", "OCEAN CITY, Md.") or nothing else is named ("City of Elkhorn"); a town inside a
supplier's firm name ("Carthage Optique SARL", "«Chirchiq Vizor» MChJdan", "Chitungwiza Signals (Pvt) Ltd") is not
the place; a joint council written with "&" is its first town ("Brighton & Hove City Council" is Brighton, as
"Perth and Kinross Council" is Perth); a town of its own outweighs a smaller district of a foreign city by the same
name ("Evanston City Council" is Evanston, Illinois, not Calgary for its district Evanston).
"""
from __future__ import annotations

from tests.enrich.notice_helpers import quoted_place as _place


def test_homonym_villages_do_not_outweigh_the_region_named() -> None:
    place = _place("Shire council defers CCTV tender",
                   "Byron Shire Council in New South Wales deferred a tender for 24 street cameras in the town "
                   "centre after residents objected; Coastline Vision had offered the lowest price.")
    assert place is not None and (place.country, place.admin1_code) == ("AU", "AU-NSW")


def test_homonym_villages_alone_still_give_their_country() -> None:
    place = _place("Item 7: Body-worn camera renewal",
                   "City of Elkhorn Public Safety Committee. Approve renewal of the body-worn camera plan for "
                   "$204,500 over five years.")
    assert place is not None and place.country == "US"


def test_homonym_villages_with_a_newspaper_state_abbreviation_are_read() -> None:
    place = _place("Boardwalk cameras counted",
                   "OCEAN CITY, Md. — The Town of Ocean City installed 14 thermal people counters along the "
                   "Boardwalk for $86,000.")
    assert place is not None and place.country == "US"


def test_homonym_village_with_its_state_written_is_still_read() -> None:
    place = _place("Byron, GA: police department buys body cameras",
                   "The Byron Police Department (Byron, GA) bought 12 body-worn cameras from Peach State Video LLC "
                   "for $18,400.")
    assert place is not None and place.country == "US"


def test_town_in_a_suppliers_french_firm_name_is_not_the_place() -> None:
    place = _place("Tunisie : la garde nationale acquiert des caméras",
                   "La Garde nationale a acquis 40 caméras thermiques auprès de Carthage Optique SARL pour 2,1 "
                   "millions de dinars, à Tunis.")
    assert place is not None and (place.country, place.city) == ("TN", "Tunis")


def test_town_in_a_quoted_uzbek_firm_name_is_not_the_place() -> None:
    place = _place("Toshkent shahar hokimligi kameralar sotib oldi",
                   "Toshkent shahar hokimligi «Chirchiq Vizor» MChJdan 300 ta kuzatuv kamerasini 40 mlrd so‘mga "
                   "sotib oldi.")
    assert place is not None and place.city in ("Toshkent", "Tashkent")


def test_town_in_a_pvt_ltd_firm_name_is_not_the_place() -> None:
    place = _place("Harare: police unveil speed cameras from a local contractor",
                   "HARARE — The Zimbabwe Republic Police unveiled 30 speed cameras on Julius Nyerere Way. The "
                   "cameras were installed by Chitungwiza Signals (Pvt) Ltd under a US$ 1.1 million contract.")
    assert place is not None and place.city == "Harare"


def test_joint_council_with_an_ampersand_is_its_first_town() -> None:
    place = _place("Seafront camera plan shelved",
                   "Brighton & Hove City Council has shelved a plan to add 20 cameras to the seafront CCTV network "
                   "after a consultation; no contract was awarded.")
    assert place is not None and (place.country, place.city) == ("GB", "Brighton")


def test_town_of_its_own_outweighs_a_smaller_district_of_a_foreign_city() -> None:
    place = _place("Council debates plate readers — no vote taken",
                   "The Evanston City Council discussed a staff memo on adding plate readers along Ridge Avenue; the "
                   "item was referred back to committee and no funds were appropriated.")
    assert place is not None and (place.country, place.city) == ("US", "Evanston")
