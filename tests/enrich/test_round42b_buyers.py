"""Round 42b (buyers, read from set ar after it was spent): names cut short. A ministry's or department's remit of
two parts joined by "and" is one body ("Ministry of Works and Transport"; 53 development labels); a university's or
college's town after "of" is part of its name ("American University of Beirut"), while an office's town is still left
out. Sentences written for these tests, not taken from the labelled sets."""
from __future__ import annotations

import pytest

from enrich import enrich


def _buyer(title: str, body: str) -> str | None:
    return next((p.name for p in enrich(title, body).parties if p.role == "buyer"), None)


@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("Traffic cameras for the capital",
     "The Ministry of Roads and Infrastructure purchased 60 traffic enforcement cameras for the capital, "
     "US$ 2.4 million.", "Ministry of Roads and Infrastructure"),
    ("Border control upgrade",
     "The Department of Immigration and Citizenship bought 30 passport readers with face verification for the "
     "airport, AUD 3 million.", "Department of Immigration and Citizenship"),
    ("Fiji: speed cameras",
     "The Ministry of Transport and Communications of Fiji installed 25 speed cameras along the Queens Road, "
     "FJ$ 4 million.", "Ministry of Transport and Communications of Fiji"),
])
def test_a_two_part_remit_is_one_body(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("Campus security cameras",
     "The American University of Cairo bought 120 CCTV cameras for its new campus, US$ 410,000.",
     "American University of Cairo"),
    ("Lab equipment",
     "The Imperial College of London bought two gait analysis systems for its biomechanics lab, £ 90,000.",
     "Imperial College of London"),
])
def test_a_university_keeps_its_town(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


def test_an_office_still_leaves_its_town_out() -> None:
    buyer = _buyer("Cameras for the port",
                   "The Harbour Security Office in Vancouver replaced 40 cameras at the container terminal, "
                   "C$ 600,000.")
    assert buyer == "Harbour Security Office"


def test_a_filing_title_customer_ends_at_the_line() -> None:
    """A customer read from a filing's title never runs into the next line, where the filer opens the body."""
    parties = enrich("8-K: Corvane Analytics — Agreement with National Police of Ruritania",
                     "Corvane Analytics announces a US$ 9 million agreement with the National Police of Ruritania for "
                     "video analytics software.", source="sec_edgar").parties
    buyers = [p.name for p in parties if p.role == "buyer"]
    assert buyers == ["National Police of Ruritania"]


@pytest.mark.parametrize(("body", "buyer"), [
    ("Kenya's IEBC bought 400 biometric voter kits with fingerprint readers, KSh 900 million.", "IEBC"),
    ("Peru's SUNAT installed 200 CCTV cameras at border posts, S/ 9 million.", "SUNAT"),
    ("Malaysia's Public Works Department bought 40 CCTV cameras, RM 4 million.", "Public Works Department"),
])
def test_a_places_acronym_body_drops_the_possessive(body: str, buyer: str) -> None:
    assert _buyer("Cameras", body) == buyer


def test_an_officer_after_the_acronym_is_no_verb() -> None:
    assert _buyer("Cameras", "Kenya's IEBC chairman said 400 biometric kits were bought, KSh 900 million.") != "IEBC"


@pytest.mark.parametrize(("title", "body"), [
    ("Regulator fines retailer over face cameras",
     "The Irish Data Protection Commission fined a supermarket chain €1.2 million for using facial recognition at "
     "its store entrances."),
    ("Il Garante blocca le telecamere",
     "Il Garante per la protezione dei dati personali ha vietato al comune l'uso delle telecamere con riconoscimento "
     "facciale."),
    ("La AEPD sanciona a un gimnasio",
     "La Agencia Española de Protección de Datos sancionó a una cadena de gimnasios por el acceso con reconocimiento "
     "facial."),
])
def test_a_privacy_regulator_is_no_buyer(title: str, body: str) -> None:
    parties = enrich(title, body).parties
    assert not any(p.role == "buyer" and ("Dat" in p.name or "Garante" in p.name) for p in parties)


def test_a_body_buying_is_still_its_buyer_beside_a_regulator() -> None:
    buyer = _buyer("Cameras approved after privacy review",
                   "The Wexford County Council bought 60 CCTV cameras for the town centre, €400,000, after consulting "
                   "the Data Protection Commission.")
    assert buyer == "Wexford County Council"
