"""Round 43b (boards): a governing board that heads its own minutes item is the buyer of what the item approves
(README "Buyers of rejected proposals", 10:25: "One it approves names as buyer the body that is to buy, exactly as
written"); one it fails, tables, defers or sees withdrawn names none. Every input is fictional."""
from __future__ import annotations

import pytest

from enrich import enrich
from enrich.board_headings import board_heading


def _buyer(title: str, body: str):
    result = enrich(title, body)
    buyer = next((p for p in result.parties if p.role == "buyer"), None)
    if buyer is not None:
        assert f"{title}\n{body}"[buyer.evidence.start:buyer.evidence.end] == buyer.name  # evidence is the name
    return buyer.name if buyer else None


@pytest.mark.parametrize(("title", "body", "expected"), [
    # the board as written, also where the body names the place alone or a unit without a name of its own
    ("Kestrel County Board of Supervisors – Item 44",
     "Approve renewal of the jail booking photo system with Northgate Imaging LLC, $412,000. Kestrel City, Ariz.",
     "Kestrel County Board of Supervisors"),
    ("Board of Commissioners of Alderbrook County – consent agenda",
     "Approve 60 body-worn cameras from Brightline Optics Inc. for the Sheriff’s Office, $244,000. Alderbrook, Ga.",
     "Board of Commissioners of Alderbrook County"),
    ("Board of Trustees of Millhaven Township – regular meeting",
     "Trustees approved purchase of 18 licence plate readers from Redwing Systems LLC, $96,000. Millhaven Township, "
     "Mich.", "Board of Trustees of Millhaven Township"),
    ("Pemberton County Commissioners Court – agenda 21",
     "Dalton, Tex. Approve interlocal agreement for in-car cameras from Vantor Video Inc. for Constable Precinct 2; "
     "five-year total $720,000.", "Pemberton County Commissioners Court"),
    ("Board of County Commissioners, Larch County – radio purchase",
     "Approve portable radios for the Sheriff from Relay Comms Inc., $1,300,000. Larchmont, Minn.",
     "Board of County Commissioners, Larch County"),
    ("Elmsford-Bayview School District Board – consent",
     "Approve the purchase of 300 classroom cameras from Lumen Learning Tech, $188,000. Bayview, Minn.",
     "Elmsford-Bayview School District Board"),
    ("Board of Education of the Quarry County Public Schools – Item 8.1",
     "Approve an agreement with Ostrava Security LLC for 500 cameras on 14 campuses, $910,000.",
     "Board of Education of the Quarry County Public Schools"),
    ("Wexford County Legislature – BriefCam licence",
     "Approve a video search licence for the Police Department, $120,000, reseller Harbor Video Systems.",
     "Wexford County Legislature"),
])
def test_board_heading_buys(title, body, expected):
    assert _buyer(title, body) == expected


@pytest.mark.parametrize(("title", "body"), [
    ("Dunmore County Board of Commissioners – Resolution 26-31 (failed)",
     "Resolution authorizing the Sheriff to buy facial recognition software for $40,000. Roll call: 2 yes, 5 no. "
     "Resolution failed."),
    ("Hollins Township Board of Commissioners – Public Safety Committee",
     "Motion to table the police request for 10 licence plate readers ($70,000) until a policy is drafted. Motion to "
     "table carried."),
    ("Redfield County Board of Supervisors – drone pilot (deferred)",
     "Item deferred to the next meeting: Sheriff request for $300,000 to pilot drones with cameras."),
    ("Board of Supervisors – Consent Calendar Item 9",  # no place: whose board is left to the body
     "Approve agreement with Cloudvault LLC for storage of body-worn camera video."),
    ("Board of Selectmen, Town of Harwick – Warrant Article 14",  # another body votes the money
     "Harwick, Mass.: Town Meeting approved $52,000 for the Police Department to replace holding-cell cameras."),
    ("Tender board notice",
     "Following evaluation, the tender board has recommended award of the CCTV contract to Optima Ltd."),
])
def test_no_board_heading(title, body):
    assert board_heading(f"{title}\n{body}") is None


def test_board_gives_way_to_a_named_body_it_funds():
    title = "Ashgrove County Council – Item 4.2"
    body = ("Council approved $1,400,000 for the Ashgrove Metro Police Department to install 90 cameras at rail "
            "stations. Ashgrove County, Utah.")
    assert board_heading(f"{title}\n{body}") is not None
    assert _buyer(title, body) == "Ashgrove Metro Police Department"
