"""Round 16 places: a word that opens a longer place name is no place on its own.

"Il-Kunsill Lokali ta' San Pawl il-Baħar" put a Maltese notice in Mali: GeoNames has a town called San, and the
sub-phrase lookup tried the name's first word alone once the whole name was not found.
"""
from __future__ import annotations

import pytest

import enrich


@pytest.mark.parametrize(("title", "body", "not_country"), [
    ("Kameras CCTV ġodda", "Il-Kunsill Lokali ta' San Pawl il-Baħar iffirma kuntratt ta' €186,000 għal 32 kamera "
     "CCTV, b'aċċess għall-Pulizija ta' Malta.", "ML"),
])
def test_a_name_opener_alone_is_no_place(title: str, body: str, not_country: str) -> None:
    place = enrich.enrich(title, body).place
    assert place is None or place.country != not_country


def test_the_maltese_council_is_placed_in_malta() -> None:
    place = enrich.enrich("Kameras CCTV ġodda", "Il-Kunsill Lokali ta' San Pawl il-Baħar iffirma kuntratt ta' "
                          "€186,000 għal 32 kamera CCTV, b'aċċess għall-Pulizija ta' Malta.").place
    assert place is not None and place.country == "MT"


def test_the_opener_written_alone_still_names_its_town() -> None:
    place = enrich.enrich("CCTV for San", "The town council of San, Ségou region, bought 12 CCTV cameras.").place
    assert place is not None and (place.country, place.city) == ("ML", "San")
