"""Round 42b (places): currency signs and words that the money table reads are country clues too (the lari, dram,
manat and tögrög signs, the Samoan, Jamaican and Trinidad dollars, Albanian lekë, Turkmen manat); "Tender" and "Bid"
opening an English title are no towns (Tønder, Beed). Sentences written for these tests."""
from __future__ import annotations

import pytest

from enrich import enrich


def _place(title: str, body: str, language: str | None = None) -> tuple[str | None, str | None]:
    place = enrich(title, body, language=language).place
    return (place.country, place.city) if place is not None else (None, None)


@pytest.mark.parametrize(("title", "body", "language", "country"), [
    ("Contract: licence plate readers on the bypass",
     "The Road Patrol Department signed for 60 ANPR cameras on the bypass, ₾ 3.1 million.", None, "GE"),
    ("Award: junction cameras", "The transport agency awarded 90 junction cameras for ֏ 410 million.", None, "AM"),
    ("Award: face matching in the underground",
     "The underground operator contracted face matching on 300 platform cameras for ₼ 9 million.", None, "AZ"),
    ("Purchase of phone extraction kits",
     "The General Intelligence Agency bought four phone extraction kits for ₮ 2.1 billion.", None, "MN"),
    ("Award: cameras at the wharf", "The Ports Authority awarded 40 CCTV cameras at the wharf, WS$ 250,000.", None,
     "WS"),
    ("Body cameras for constables", "The Constabulary Force bought 300 body cameras worth J$ 85 million.", None, "JM"),
    ("Bashkia blen kamera", "Bashkia e qytetit bleu 40 kamera sigurie për 30 milionë lekë.", "sq", "AL"),
    ("Border sensors tender withdrawn", "Ministry of Interior, Tirana: the tender for border sensors (ALL 45 million) "
     "was withdrawn.", None, "AL"),
    ("Häkimlik kameralar satyn aldy", "Şäher häkimligi 150 kamera oturtdy, bahasy 9 million manat.", "tk", "TM"),
])
def test_a_currency_the_money_table_knows_names_its_country(title: str, body: str, language: str | None,
                                                           country: str) -> None:
    assert _place(title, body, language)[0] == country


@pytest.mark.parametrize(("title", "body"), [
    ("Tender: traffic cameras for the ring road",
     "The Roads Department invites bids for 40 traffic cameras; all units to be delivered by June."),
    ("Tender: body-worn cameras", "The Municipal Guard seeks 150 body-worn cameras for its wardens."),
    ("Bid: CCTV maintenance", "The Water Board invites bids for the maintenance of its CCTV system."),
])
def test_tender_and_bid_opening_a_title_are_no_towns(title: str, body: str) -> None:
    assert _place(title, body) == (None, None)


def test_a_town_written_as_such_still_resolves() -> None:
    assert _place("Festival cameras in Tønder", "Tønder Kommune installed 12 cameras at the festival grounds.") == (
        "DK", "Tønder")


@pytest.mark.parametrize(("title", "body", "language", "country"), [
    # a shared name is no one country's: lei are Moldova's money as well as Romania's
    ("Camere video pentru poliție", "Poliția din Chișinău a cumpărat 40 de camere pentru 5 milioane lei.", "ro", "MD"),
    # a currency word standing alone, with no figure, is no clue: "the rand" in a US think-tank's study
    ("Study on city cameras", "A study by the Rand Corporation of 12 cities found that cameras cut car theft.", None,
     None),
    # an ISO code that is an English word counts only before a figure and a magnitude word
    ("Camera rollout", "ALL 80 CAMERAS ARE NOW LIVE across the district, the sheriff said.", None, None),
    # the plain dollar of a US council stays the US's
    ("Council approves camera budget", "The Springfield City Council, Illinois, approved $2 million for cameras.", None,
     "US"),
])
def test_money_that_names_no_one_country_is_no_clue(title: str, body: str, language: str | None,
                                                    country: str | None) -> None:
    assert _place(title, body, language)[0] == country


def test_palau_by_its_own_name_and_its_largest_town() -> None:
    assert _place("Koror: cameras at the dock",
                  "The Koror State Government installed 20 cameras at the commercial dock for $180,000.") == (
        "PW", "Koror")
    assert _place("X-ray scanner bought", "Belau National Hospital bought an X-ray scanner, $120,000.")[0] == "PW"
