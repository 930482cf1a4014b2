"""Round 38b, buyers: lede subjects an English lede writes without an initial capital (Central Asian city
administrations in lower case, Nguni-prefixed names, a body written in Hangul or Han; enrich/lede_name_forms.py,
enrich/lede_subjects.py); a police detachment or a county jail after its proper name (enrich/buyer_unit_tail.py);
French, German and trade regulators, and their calls to order, requests and observations, never buyers
(enrich/oversight_buyers.py). Sentences written for this test, not taken from the evaluation sets.
"""
from __future__ import annotations

import pytest

from enrich import enrich


def _buyer(title: str, body: str) -> str | None:
    buyers = [p.name for p in enrich(title=title, body=body).parties if p.role == "buyer"]
    return buyers[0] if buyers else None


@pytest.mark.parametrize("title, body, buyer", [
    # Central Asian city and district administrations written in lower case after the place
    ("Turkmenabat street cameras", "TURKMENABAT — Turkmenabat city hakimlik bought 75 street cameras from Amyderya "
     "Tech for TMT 9 million.", "Turkmenabat city hakimlik"),
    ("Khujand cameras", "KHUJAND — Khujand city hukumat signed a contract for 40 cameras with Sughd Systems, TJS 5 "
     "million.", "Khujand city hukumat"),
    ("Samarkand cameras", "SAMARKAND — Samarkand city khokimiyat installed 120 cameras at bazaars with Registan "
     "Vision LLC.", "Samarkand city khokimiyat"),
    # a Nguni prefix before the capital
    ("Richards Bay cameras", "RICHARDS BAY — uMhlathuze Local Municipality awarded a CCTV tender for the harbour "
     "road to Zululand Alarm Systems, R 3.1 million.", "uMhlathuze Local Municipality"),
    ("Ballito cameras", "BALLITO — KwaDukuza officials said iLembe District Municipality installed 30 cameras on the "
     "N2 ramps.", None),
    # a body written in its own script inside English prose
    ("Daegu cameras", "DAEGU — 대구광역시 installed 500 smart poles with street cameras, costing ₩ 3.2 billion in "
     "total.", "대구광역시"),
    ("Kyoto cameras", "KYOTO — 京都市 bought 120 station cameras for ¥40 million.", "京都市"),
    # a police detachment and a county jail
    ("Body cameras for Kelowna", "KELOWNA, B.C. — The Kelowna RCMP detachment bought 60 body cameras for "
     "$210,000.", "Kelowna RCMP detachment"),
    ("Jail scanner", "FORT WAYNE, Ind. — The Allen County jail will buy a full-body scanner for $120,000.",
     "Allen County jail"),
])
def test_lede_subjects_without_capitals(title: str, body: str, buyer: str | None) -> None:
    if buyer is None:  # (the second case: the speaker's report, checked only not to name the officials)
        assert _buyer(title, body) != "KwaDukuza officials"
        return
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize("title, body", [
    # a company written in its own script is no body
    ("Incheon cameras", "INCHEON — 인천보안시스템 installed 200 cameras for the port, ₩ 1.1 billion."),
    ("Nagoya cameras", "NAGOYA — 中部セキュリティ supplied 80 cameras to the city's port authority for ¥30 "
     "million in total."),
    # a county that paid jail staff: the county, not its jail staff
    ("Jail overtime", "PHOENIX — Maricopa County paid jail contractors $2 million for camera upgrades."),
])
def test_no_lower_case_body_where_none(title: str, body: str) -> None:
    buyer = _buyer(title, body)
    assert buyer is None or buyer == "Maricopa County"


@pytest.mark.parametrize("title, body, not_buyer", [
    ("Lomé : la commission rappelle la mairie à l'ordre", "La Commission nationale de protection des données "
     "personnelles a demandé à la Mairie de Lomé de retirer les caméras du grand marché.",
     "Commission nationale de protection des données personnelles"),
    ("Mons : avertissement", "L'Organe de contrôle de l'information policière a adressé un avertissement à la Zone "
     "de police de Mons au sujet de ses caméras ANPR.", "Organe de contrôle de l'information policière"),
    ("Kennzeichenerfassung gerügt", "Der Landesdatenschutzbeauftragte hat das Polizeipräsidium Westhessen gerügt, "
     "weil es Kennzeichendaten zu lange speicherte.", "Landesdatenschutzbeauftragte"),
    ("Regulator fines camera app maker", "The Federal Trade Commission fined a baby-monitor camera maker for "
     "leaving customer video streams unprotected.", "Federal Trade Commission"),
    ("Contraloría y cámaras", "La Contraloría General de la República formuló observaciones sobre el contrato de "
     "cámaras que suscribió la Alcaldía de Pasto con Nariño Vigilancia S.A.S.",
     "Contraloría General de la República"),
])
def test_regulators_are_no_buyers(title: str, body: str, not_buyer: str) -> None:
    assert _buyer(title, body) != not_buyer


def test_overseen_body_named_by_a_contraloria() -> None:
    assert _buyer("Contraloría y cámaras", "La Contraloría General de la República formuló observaciones sobre el "
                  "contrato de cámaras que suscribió la Alcaldía de Pasto con Nariño Vigilancia S.A.S.") == (
        "Alcaldía de Pasto")


def test_a_data_protection_board_that_buys_its_own_cameras_is_still_none_of_the_above() -> None:
    # a city council is a local authority that buys: the new regulator words leave it alone
    assert _buyer("Câmaras", "NAIROBI — Nairobi City County bought 300 cameras for KSh 90 million.") == (
        "Nairobi City County")


@pytest.mark.parametrize("title, body, buyer", [
    ("Sheriff buys drone", "SHREVEPORT, La. — Caddo Parish Sheriff's Office records show the purchase of two "
     "thermal-camera drones for $96,000 from Red River Aerial LLC.", "Caddo Parish Sheriff's Office"),
    ("Police paid for cameras", "QUETTA — Balochistan Police's records show it paid Rs 12 million for 60 street "
     "cameras.", "Balochistan Police"),
])
def test_records_that_show_a_purchase(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


def test_records_that_show_no_purchase_name_no_buyer() -> None:
    assert _buyer("Cameras vandalised", "KANO — Kano State Police records show 35 street cameras were damaged last "
                  "year.") is None
