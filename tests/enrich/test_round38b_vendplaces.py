"""Round 38b (vendplaces): registry vendors that are named but supplied nothing, and towns a dateline states.

Every notice is fictional (invented buyers and companies), written the way the development sets' news briefs and
award summaries are. Each family has a near miss that must keep its supplier or town.
"""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import quoted_place, supplier_ids


@pytest.mark.parametrize(("title", "body", "vendor"), [
    # no contract with X: a denial, in several languages
    ("Force denies face matching deal",
     "Westmarch Constabulary said it holds no live facial recognition contract with NEC and has no plans to sign one.",
     "nec"),
    ("Policía niega acuerdo",
     "La Policía Municipal de Villa Ejemplo aclaró que no tiene ningún contrato con Hikvision para cámaras.",
     "hikvision"),
    ("La mairie dément",
     "La mairie de Exempleville affirme n'avoir aucun contrat avec Dahua pour ses caméras.", "dahua"),
    # new goods connected to or integrated with a platform of X that is already there
    ("Alcaldía amplía cámaras",
     "La Alcaldía de Villa Ejemplo instaló 60 cámaras de Andes Video conectadas a la plataforma Huawei existente, "
     "por $ 900 millones.", "huawei"),
    ("Prefeitura instala câmeras",
     "A Prefeitura de Exemplópolis instalou 40 câmeras da Serra Vídeo integradas à plataforma Hikvision, R$ 2 "
     "milhões.", "hikvision"),
    ("Caméras pour la commune",
     "La commune de Exempleville a posé 30 caméras de Vallée Sécurité raccordées à la plateforme Genetec existante, "
     "pour 400 000 euros.", "genetec"),
    # a question whether a buyer still uses X (zh)
    ("議員質詢警方監視器",
     "議員要求市警察局說明是否仍使用海康威視監視器，警察局表示將清查。", "hikvision"),
    # X's goods supplied years ago: equipment already there, not this purchase
    ("Council hires repair firm",
     "Eastholm Town Council hired Brightwire Services to repair street cameras first supplied by Tiandy a decade ago, "
     "$80,000.", "tiandy"),
    ("Reparación de cámaras",
     "El Municipio de Villa Ejemplo contrató a Técnica Sur para reparar cámaras suministradas por Dahua hace diez "
     "años, por $ 30 millones.", "dahua"),
    # X never used
    ("Polizei weist Bericht zurück",
     "Die Polizei Musterstadt erklärte, sie habe Clearview AI nie genutzt.", "clearview_ai"),
    ("Sheriff responds to claims",
     "The Exampleton County Sheriff's Office said Clearview AI was never used by its investigators.", "clearview_ai"),
])
def test_a_vendor_named_without_supplying_is_no_supplier(title: str, body: str, vendor: str) -> None:
    assert vendor not in supplier_ids(title, body)


@pytest.mark.parametrize(("title", "body", "vendor"), [
    # a contract with X, not denied
    ("Force signs face matching deal",
     "Westmarch Constabulary signed a live facial recognition contract with NEC worth £2 million.", "nec"),
    # bought from X, connected to nothing
    ("Alcaldía compra cámaras",
     "La Alcaldía de Villa Ejemplo compró 60 cámaras a Huawei por $ 900 millones.", "huawei"),
    # supplied by X, no time in the past
    ("Council buys cameras",
     "Eastholm Town Council bought 40 street cameras supplied by Tiandy for $80,000.", "tiandy"),
])
def test_a_vendor_that_supplies_stays_the_supplier(title: str, body: str, vendor: str) -> None:
    assert vendor in supplier_ids(title, body)


def test_a_dateline_town_inside_a_county_written_with_its_accent() -> None:
    place = quoted_place("Sheriff buys plate readers",
                         "LAS CRUCES, N.M. — Doña Ana County Sheriff's Office bought 12 plate readers, $140,000.")
    assert place is not None and (place.country, place.city) == ("US", "Las Cruces")


def test_a_dateline_town_over_the_city_its_state_is_named_after() -> None:
    place = quoted_place("Cameras for Lagos task force",
                         "IKEJA, Lagos State — Lagos State Security Trust Fund bought 50 cameras for the task force, "
                         "N 900 million.")
    assert place is not None and (place.country, place.city) == ("NG", "Ikeja")


def test_a_dateline_does_not_outweigh_a_town_the_body_names_as_its_buyer() -> None:
    place = quoted_place("Manila: clearance points system",
                         "MANILA — The Quezon City government's new clearance system scores residents; it cost "
                         "₱20 million.")
    assert place is None or place.city != "Manila"
