"""Round 43 (buyers): a council, board or legislature approving money or a contract for another named body names
that body as buyer (README "Buyers of rejected proposals", 10:25: "One it approves names as buyer the body that is
to buy, exactly as written"). Every input is fictional."""
from __future__ import annotations

import pytest

from enrich import enrich


def _buyer(title: str, body: str, language: str | None = None):
    result = enrich(title, body, language=language)
    buyer = next((p for p in result.parties if p.role == "buyer"), None)
    if buyer is not None:
        assert result_text(title, body)[buyer.evidence.start:buyer.evidence.end] == buyer.name  # evidence is the name
    return buyer.name if buyer else None


def result_text(title: str, body: str) -> str:
    return f"{title}\n{body}"


@pytest.mark.parametrize(("title", "body", "language", "expected"), [
    ("Council approves camera money for police",
     "Larkfield City Council approved $1.2 million for the Larkfield Police Department to buy 90 body-worn cameras.",
     "en", "Larkfield Police Department"),
    ("Assembly funds body cameras",
     "The Kenmoor Assembly voted 8-3 on Monday to fund body-worn cameras for all patrol officers of the Kenmoor "
     "Police Department.", "en", "Kenmoor Police Department"),
    ("Agreement: plate readers",
     "Ridgeport City Council authorizes the Ridgeport Police Department to add 40 licence plate readers; vendor "
     "Delta Optics LLC; amount $310,000.", "en", "Ridgeport Police Department"),
    ("Resolution approving purchase of drones",
     "Oakvale County Board of Commissioners, Oakvale, Kansas\nItem No. 9 - Consent Agenda\nTitle: Resolution "
     "approving the purchase by the Oakvale County Sheriff's Office of six drones with thermal cameras from Skyline "
     "Aerial Inc., in the amount of $212,000.00.", "en", "Oakvale County Sheriff's Office"),
    ("Concejo aprueba cámaras",
     "El Concejo de Villa Serena aprobó vigencias futuras por $12.000 millones para que la Secretaría de Seguridad "
     "instale 300 cámaras de videovigilancia.", "es", "Secretaría de Seguridad"),
    ("Câmara aprova verba para câmeras",
     "A Câmara Municipal de Serra Alta aprovou crédito de R$ 1.300.000,00 pedido pela Prefeitura de Serra Alta "
     "para ampliar o videomonitoramento.", "pt", "Prefeitura de Serra Alta"),
    ("Toulouse : caméras",
     "Le conseil municipal a approuvé pour la Ville de Carmaux un marché de maintenance de 90 caméras de "
     "vidéoprotection pour 120 000 euros.", "fr", "Ville de Carmaux"),
    ("Larkfield City Council: Ordinance No. 14-2026",
     "Larkfield, Ohio. Authorizing the Director of Public Safety to enter into contract with "
     "Delta Optics LLC for a camera wall, $560,000.", "en", "Director of Public Safety"),
    ("Minutes: vape detectors",
     "Board of Education, Pinecrest School District. Approved purchase of 120 vape detection sensors from Alder "
     "Sensing for $84,000.", "en", "Pinecrest School District"),
])
def test_council_approves_for_another_body(title: str, body: str, language: str, expected: str) -> None:
    assert _buyer(title, body, language) == expected


@pytest.mark.parametrize(("title", "body", "language", "expected"), [
    # the council buys for itself: it stays the buyer
    # a unit the text leaves unnamed: the council's name is the only one that says whose
    ("Approval of video analytics renewal",
     "The City Council of Larkfield, Ohio, approves renewal of the Police Department's video analytics licence from "
     "Delta Optics LLC, $96,000.", "en", "City Council of Larkfield"),
    # a programme, not a body
    ("Council approves Safe Streets Phase III",
     "Larkfield City Council approved $4 million for Safe Streets Phase III, adding 200 cameras downtown.",
     "en", "Larkfield City Council"),
    ("Council buys cameras for the town hall",
     "Larkfield City Council approved $240,000 for 30 CCTV cameras at the town hall, supplied by Delta Optics LLC.",
     "en", "Larkfield City Council"),
])
def test_council_buying_for_itself_stays(title: str, body: str, language: str, expected: str) -> None:
    assert _buyer(title, body, language) == expected


def test_vendor_is_never_the_approved_body() -> None:
    buyer = _buyer("Council approves camera contract",
                   "Larkfield City Council approved a $500,000 contract for Hikvision cameras at the bus depot.", "en")
    assert buyer != "Hikvision"


def test_rejected_request_names_no_buyer() -> None:
    assert _buyer("Council rejects drone request",
                  "The Larkfield City Council voted 5-2 to reject the Larkfield Police Department's request for "
                  "$240,000 to buy drones.", "en") is None
