"""Round 29, supplier links and supplier names (issue 10): the families behind the development sets' missed supplier
names and spurious vendor links, each with a near miss. Every sentence was written for this file (fictional buyers and
firms; real registry names only in the role the test names); none comes from an evaluation set."""
from __future__ import annotations

import pytest

from enrich.parties import extract_parties


def _suppliers(text: str) -> list[str]:
    return [p.name for p in extract_parties(text) if p.role == "supplier"]


# A supply statement with a gap of words ("deal (…) with X", "awarded (…) to X") is read to its first closing word when
# its last names no company, and to its last when its first names none; a frame's last word ends where a word does.
GAPS = [
    ("deal with X to …", "Harbourton police camera feeds\nThe Harbourton Police Service has signed a $7 million deal "
     "with Brackwater Signal Networks to pipe feeds from 4,000 cameras into its control room.",
     "Brackwater Signal Networks"),
    ("contract to maintain … to X", "Lakeport cameras\nLakeport City Authority awarded a $2 million contract to "
     "maintain 300 street cameras to Fennick Tech Services; the original installer did not bid.",
     "Fennick Tech Services"),
    ("awarded TOP … to X", "Registry kits\nThe Ministry of Home Affairs of Oldharbour has awarded TOP 2.4 million to "
     "Merrow ID Systems for a national ID register with fingerprint capture.", "Merrow ID Systems"),
]


@pytest.mark.parametrize(("label", "text", "supplier"), GAPS, ids=[c[0] for c in GAPS])
def test_statement_gaps(label: str, text: str, supplier: str) -> None:
    assert supplier in _suppliers(text)


def test_frame_word_ends_with_a_word() -> None:
    text = GAPS[2][1]
    assert "P 2.4" not in _suppliers(text)


# OCDS JSON quoted in a notice's text: the names of an award's "suppliers" array are its suppliers; a cancelled award's
# are not (near miss), and "tenderers" are never read.
def test_json_award_suppliers() -> None:
    from enrich import enrich

    body = ('{"buyer":{"name":"Municipio de Valle Quieto"},"tender":{"title":"Cámaras"},"awards":[{"status":"active",'
            '"suppliers":[{"name":"Quebrada Sistemas S.A. de C.V.","id":"MX-RFC-QS1"},{"name":"Otra Vigía S.A."}],'
            '"value":{"amount":8740000,"currency":"MXN"}}],"tenderers":[{"name":"Perdedora Vídeo S.A."}]}')
    parties = [(p.role, p.name) for p in enrich("OCDS release ocds-xx-1", body).parties]
    assert ("supplier", "Quebrada Sistemas S.A. de C.V.") in parties
    assert ("supplier", "Otra Vigía S.A.") in parties
    assert not any(name == "Perdedora Vídeo S.A." for _, name in parties)
    cancelled = body.replace('"status":"active"', '"status":"cancelled"')
    assert not any(p.role == "supplier" for p in enrich("OCDS release ocds-xx-2", cancelled).parties)
