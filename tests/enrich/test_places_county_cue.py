"""A "{NAME} County Board/Commissioners" cue names the county, not a same-named town inside another county."""
from enrich.places import resolve_place


def test_county_cue_reads_the_county_not_the_town():
    place = resolve_place("Maricopa County Board of Supervisors. Approve purchase of patrol video units, $410,000.",
                          language="en")
    assert (place.country, place.admin1, place.admin2, place.precision) == (
        "US", "Arizona", "Maricopa County", "admin2")
    assert place.evidence.text == "Maricopa"


def test_town_without_county_word_stays_the_town():
    place = resolve_place("The Maricopa Police Department approved licence plate readers, $60,000.", language="en")
    assert (place.country, place.city, place.admin2) == ("US", "Maricopa", "Pinal County")
