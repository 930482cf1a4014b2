"""Round 4 of the enrichment generalisation (issue 10), on classes seen in the spent development sets: a town
elsewhere that the notice's own money and language contradict, a town reached by an old name of another one,
abbreviated saints' names. Sentences are written here (fictional buyers and suppliers), not taken from the
evaluation sets."""
from __future__ import annotations

import pytest

import enrich


@pytest.mark.parametrize(("title", "body", "country", "city"), [
    # pounds sterling and English settle the UK: not Kent, Washington, nor Cornwall, Ontario
    ("Contracts Finder — Street lighting columns",
     "Buyer: Kent County Council. Supplier: Weald Lanterns Ltd. Value: £2,150,000.", "GB", None),
    ("Contracts Finder — Care home gloves",
     "Buyer: Cornwall Council. Supplier: Kernow Gloves Ltd. Value: £84,000.", "GB", None),
    # Philadelphia is Philadelphia PA, not Amman (an old name of it) nor a smaller namesake
    ("Water department cameras", "The Philadelphia Water Department awarded Delaware Valley Controls Inc. $1.2 "
     "million for monitoring cameras.", "US", "Philadelphia"),
    ("Crime centre expansion", "The City of St. Louis approved a $2.4 million expansion of its camera network "
     "with Riverfront Safety LLC.", "US", "St. Louis"),
])
def test_the_town_the_notice_supports(title: str, body: str, country: str, city: str | None) -> None:
    place = enrich.enrich(title, body).place
    assert place is not None and place.country == country
    assert place.city == city
    if place.evidence is not None:
        assert (title + "\n" + body)[place.evidence.start:place.evidence.end] == place.evidence.text


def test_an_old_name_still_finds_its_town_when_no_town_owns_it() -> None:
    """The Arabic name of Casablanca is no other town's own name: the penalty for old names does not apply."""
    place = enrich.enrich("الدار البيضاء: مستشفى يقتني نظاماً",
                          "اقتنى مستشفى بالدار البيضاء نظاماً بمبلغ 4.6 مليون درهم.").place
    assert place is not None and place.country == "MA"
