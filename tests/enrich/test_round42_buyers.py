"""Round 42 (buyers): a proposal a council, board, court or legislature refused names no buyer (README "Buyers of
rejected proposals", 10:25), while one it approves, a tender its buyer cancels and a purchase told beside a refused
bid keep theirs; an overseer's order to a body buys nothing; a vendor's name that is also a place inside a body's
name ("Condado de Harris") stays in the name. Sentences written for these tests, not taken from the labelled sets."""
from __future__ import annotations

import pytest

from enrich import enrich


def _parties(title: str, body: str) -> list[tuple[str, str]]:
    return [(p.role, p.name) for p in enrich(title, body).parties]


def _buyer(title: str, body: str) -> str | None:
    return next((name for role, name in _parties(title, body) if role == "buyer"), None)


@pytest.mark.parametrize(("title", "body", "mentioned"), [
    ("City council rejects police drone request",
     "The Millbrook City Council voted 5-2 on Tuesday to reject the police department's request for $240,000 to buy "
     "four surveillance drones.", "Millbrook City Council"),
    ("El Concejo rechazó la compra de cámaras",
     "El Concejo Municipal de Villa Ramos rechazó el pedido de la Secretaría de Seguridad para adquirir 150 cámaras de "
     "videovigilancia por $ 80 millones.", "Concejo Municipal de Villa Ramos"),
    ("Le conseil municipal refuse le crédit pour la vidéosurveillance",
     "Le conseil municipal de Saint-Aubin a refusé le crédit de 450 000 euros demandé par le maire pour installer 40 "
     "caméras de vidéosurveillance.", "conseil municipal de Saint-Aubin"),
    ("Gemeinderat lehnt Videoüberwachung ab",
     "Der Gemeinderat von Neustadt hat den Antrag der Stadtverwaltung abgelehnt, für 300.000 Euro Videokameras am "
     "Bahnhof zu installieren.", "Gemeinderat von Neustadt"),
    ("Câmara rejeita compra de câmeras",
     "A Câmara Municipal de Vila Nova rejeitou o projeto da Prefeitura para comprar 200 câmeras de reconhecimento "
     "facial por R$ 5 milhões.", "Câmara Municipal de Vila Nova"),
    ("Council votes against camera network expansion",
     "The Bakersfield City Council voted 8-5 on Monday not to fund a $1.4 million expansion of the police camera "
     "network.", "Bakersfield City Council"),
])
def test_a_refused_proposal_names_no_buyer_but_is_placed(title: str, body: str, mentioned: str) -> None:
    result = enrich(title, body)
    assert not [p for p in result.parties if p.role == "buyer"]
    assert any(p.role == "mentioned" and p.name == mentioned for p in result.parties)
    assert result.place is not None  # the body that is mentioned still places the text


@pytest.mark.parametrize(("title", "body", "buyer"), [
    # approved: the body stays the buyer
    ("El Concejo aprobó la compra de cámaras",
     "El Concejo Municipal de Villa Ramos aprobó el pedido de la Secretaría de Seguridad para adquirir 150 cámaras de "
     "videovigilancia por $ 80 millones.", "Concejo Municipal de Villa Ramos"),
    # a tender the buyer itself cancels keeps its buyer
    ("Municipality cancels CCTV tender",
     "The Municipality of Kavala cancelled its tender for a CCTV system worth €1.2 million after no bids met the "
     "requirements.", "Municipality of Kavala"),
    # a refused bid beside a purchase: the body that bought stays
    ("Port gates get plate readers; Dahua bid rejected",
     "The Walvis Bay Port Authority commissioned 30 number-plate readers for N$ 12 million from Namib Secure Systems; "
     "a bid offering Dahua cameras was rejected.", "Walvis Bay Port Authority"),
    ("Council rejects face recognition, approves camera refresh",
     "The Tamworth Regional Council approved A$560,000 to replace 40 CCTV cameras but rejected an option to add face "
     "recognition.", "Tamworth Regional Council"),
])
def test_approved_cancelled_and_bought_keep_their_buyer(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize(("title", "body"), [
    ("Court orders police to stop using facial recognition",
     "The High Court ordered the Eastshire Police to stop using live facial recognition cameras at football matches."),
    ("CNIL orders town to stop facial recognition",
     "La CNIL a mis en demeure la commune de Valmont de cesser d'utiliser son système de reconnaissance faciale."),
    ("Datenschutzbeauftragter untersagt Videoüberwachung",
     "Der Landesbeauftragte für Datenschutz hat der Stadt Linden untersagt, ihre Kameras am Marktplatz weiter zu "
     "betreiben."),
    ("Privacy regulator tells transit agency to switch off microphones",
     "The Privacy Commissioner told Harbour Transit to stop recording audio on its bus cameras."),
])
def test_an_overseers_order_buys_nothing(title: str, body: str) -> None:
    assert _buyer(title, body) is None


def test_an_overseer_that_orders_a_payment_for_a_purchase_keeps_the_buyer() -> None:
    # a contract named: the body bought, the order is about what it owes
    assert _buyer("Court orders city to pay camera supplier",
                  "The High Court ordered the City of Wexmoor to pay Brightline Ltd for the CCTV contract it signed "
                  "in 2024.") is not None


@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("El Condado de Harris compró cámaras",
     "El Condado de Harris compró 300 cámaras de videovigilancia por 1,2 millones de dólares.", "Condado de Harris"),
    ("La Oficina del Sheriff del Condado de Harris adquirió drones",
     "La Oficina del Sheriff del Condado de Harris adquirió 12 drones por 90.000 dólares.",
     "Oficina del Sheriff del Condado de Harris"),
    ("O Condado de Harris comprou câmeras",
     "O Condado de Harris comprou 200 câmeras da Axis por US$ 300 mil.", "Condado de Harris"),
    ("Le Comté de Harris achète des caméras",
     "Le Comté de Harris a acheté 200 caméras pour 300 000 dollars.", "Comté de Harris"),
    ("Harris County buys license plate readers",
     "Harris County Commissioners Court approved the purchase of 40 license plate readers from Flock Safety for "
     "$480,000.", "Harris County Commissioners Court"),
])
def test_a_vendor_name_that_is_the_place_in_a_body_name_stays(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


def test_a_vendor_named_right_after_the_body_is_still_cut_off() -> None:
    parties = _parties("Ichki ishlar vazirligi Kedacom bilan shartnoma",
                       "Ichki ishlar vazirligi Kedacom bilan 2 million dollarlik shartnoma imzoladi.")
    assert ("buyer", "Ichki ishlar vazirligi") in parties


@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("Window repairs", "Kingston, Ont. — Kingston Community Housing awarded window repairs, C$1.1 million. "
     "Contractor: Limestone Glazing.", "Kingston Community Housing"),
    ("Door cameras", "Ithaca, N.Y. — Ithaca Public Schools bought 40 door cameras for $200,000.",
     "Ithaca Public Schools"),
    ("Body cameras", "Fresno, Calif. — Fresno Unified School District bought 40 body cameras for $200,000.",
     "Fresno Unified School District"),
])
def test_a_dateline_with_a_state_abbreviation_opens_the_lede(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize(("title", "body", "requester"), [
    ("市人大否决智慧安防预算", "文登区人大常委会否决了文登区公安分局提请的智慧安防预算（120万元）。", "文登区公安分局"),
    ("县政府常务会议不同意采购", "疏附县人民政府常务会议对疏附县公安局提出的人脸卡口采购（48万元）不予批准。",
     "疏附县公安局"),
])
def test_a_request_a_chinese_deciding_body_refuses_names_no_buyer(title: str, body: str, requester: str) -> None:
    parties = _parties(title, body)
    assert not [name for role, name in parties if role == "buyer"]
    assert ("mentioned", requester) in parties


def test_a_request_a_chinese_deciding_body_approves_keeps_the_requester() -> None:
    assert _buyer("县人大常委会批准视频监控经费",
                  "疏勒县人大常委会第六次会议审议并批准疏勒县公安局提交的视频监控运维经费60万元。") == "疏勒县公安局"
