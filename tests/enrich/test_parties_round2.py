"""Buyer values that run on into the next field, USAspending sub-agencies, and the town written after a buyer.

Every text is invented for these tests.
"""
from __future__ import annotations

import pytest

from enrich.parties import extract_parties
from enrich.places import resolve_place


def _buyers(text: str) -> list[str]:
    parties = extract_parties(text)
    assert all(text[p.evidence.start:p.evidence.end] == p.evidence.text for p in parties)
    return [p.name for p in parties if p.role == "buyer"]


@pytest.mark.parametrize(("text", "buyer"), [
    # a sentence end followed by the next label ends the value
    ("Buyer: Northshire Constabulary. Description: 12 body-worn cameras.", "Northshire Constabulary"),
    ("Acheteur : Commune de Villeneuve. Objet : caméras de vidéoprotection.", "Commune de Villeneuve"),
    ("Заказчик: Администрация города Примерска. Предмет: камеры.", "Администрация города Примерска"),
    ("采购人：某某县城市管理局。采购内容：路灯维护。", "某某县城市管理局"),
    # full stops inside the name do not cut it; a legal-form abbreviation keeps its full stop
    ("Buyer: St. Albans District Council. Description: CCTV upgrade.", "St. Albans District Council"),
    ("Buyer: Městská doprava hl. m. Vzorov, a.s. Object: cameras for trams.", "Městská doprava hl. m. Vzorov, a.s."),
    # USAspending: the sub-agency that contracted, not its department
    ("Awarding agency: Department of Examples. Sub-agency: Bureau of Sample Affairs. Recipient: Foo LLC.",
     "Bureau of Sample Affairs"),
    ("Awarding agency: Department of Examples. Awarding sub-agency: Office of Tests. Recipient: Foo LLC.",
     "Office of Tests"),
    # the town or state written after the buyer's name is its place, not its name
    ("Contracting authority: Regional Transport Board, Tallinn. Object: ticket machines.", "Regional Transport Board"),
    ("Órgão: Prefeitura Municipal de Exemplo (SP). Objeto: câmeras.", "Prefeitura Municipal de Exemplo"),
    # a sub-unit after a comma is no town and stays
    ("Auftraggeber: Landeshauptstadt Musterstadt, Tiefbauamt. Gegenstand: Kameras.",
     "Landeshauptstadt Musterstadt, Tiefbauamt"),
])
def test_buyer_values(text: str, buyer: str) -> None:
    assert _buyers(text) == [buyer]


def test_the_town_after_the_buyer_still_places_the_notice() -> None:
    text = "Nabava kamera\nNaručitelj: Središnja služba za primjere, Zagreb\nPredmet: kamere."
    buyer = next(p for p in extract_parties(text) if p.role == "buyer")
    assert buyer.name == "Središnja služba za primjere"
    place = resolve_place(text, buyer=buyer.evidence)
    assert place is not None and place.country == "HR"


def _vendor_links(text: str) -> list[tuple[str, str | None]]:
    parties = extract_parties(text)
    assert all(text[p.evidence.start:p.evidence.end] == p.evidence.text for p in parties)
    return [(p.role, p.vendor_id) for p in parties if p.vendor_id]


def test_manufactured_for_us_by_is_a_supplier() -> None:
    text = ("Our body cameras are manufactured for us by third parties, including Hangzhou Hikvision Digital "
            "Technology Co., Ltd., under an OEM agreement.")
    assert ("supplier", "hikvision") in _vendor_links(text)


@pytest.mark.parametrize("name", ["深圳市海思半导体有限公司", "华为海思"])
def test_hisilicon_names_resolve_to_huawei(name: str) -> None:
    text = f"公司主要芯片采购自{name}，报告期内采购占比约三成。"
    assert any(vendor == "huawei" for _, vendor in _vendor_links(text))
