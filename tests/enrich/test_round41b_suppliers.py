"""Round 41b (suppliers): a contractor's name written right before the sum it was paid ("awarded Korle Tech GH₵ 12
million", "awarded Huawei Technologies Nigeria Ltd N14.2 billion", "a atribuit firmei X 14 milioane lei") ends where
the sum starts. Every sentence is our own; near misses must keep their names whole, give no supplier where no award
is stated, and keep a registry vendor's link when its local arm is the awardee."""
from __future__ import annotations

import pytest

from enrich import enrich


def _suppliers(title: str, body: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.vendor_id) for p in enrich(title, body).parties if p.role == "supplier"]


# (a) an award frame whose sum follows the name with a currency mark of its own or a figure and its scale
@pytest.mark.parametrize(("body", "supplier"), [
    ("Kumasi Metropolitan Assembly awarded Ashanti Optics GH₵ 7.5 million for 90 street cameras.", "Ashanti Optics"),
    ("Maseru City Council awarded Thaba Vision M 3.1 million for 25 CCTV cameras at the bus rank.", "Thaba Vision"),
    ("The Vanuatu Police Force awarded Tanna Systems VT 22 million for body cameras.", "Tanna Systems"),
    ("The Ministry of Interior awarded Litani Secure LBP 40 billion for CCTV at border posts.", "Litani Secure"),
    ("Toronto Police Services Board awarded Humber Video C$ 3.4 million for in-car cameras.", "Humber Video"),
    ("City of Hobart awarded Derwent Security A$ 610,000 for CCTV in the city centre.", "Derwent Security"),
    ("La Mairie de Porto-Novo awarded Lagune Tech 95 millions FCFA for 40 surveillance cameras.", "Lagune Tech"),
])
def test_award_frame_name_ends_before_its_sum(body: str, supplier: str) -> None:
    assert (supplier, None) in _suppliers("CCTV contract awarded", body)


# (b) a name any reader took with the sum glued to it is cut at the amount the money extractor found
@pytest.mark.parametrize(("body", "supplier", "vendor"), [
    ("Kaduna State Government awarded Huawei Technologies Nigeria Ltd N3.8 billion for 600 city cameras.",
     "Huawei Technologies Nigeria Ltd", "huawei"),
    ("Hyderabad City Police awarded NEC India Pvt Ltd Rs 22 crore for facial recognition at the railway station.",
     "NEC India Pvt Ltd", "nec"),
    ("The Ministry of Public Security bought 25 cameras from Pitons Tech, EC$ 310,000 for Castries market.",
     "Pitons Tech", None),
    ("Primăria Bălți a atribuit firmei Răut Tech 9 milioane lei pentru camere de supraveghere.", "Răut Tech", None),
])
def test_a_name_read_into_its_sum_is_cut(body: str, supplier: str, vendor: str | None) -> None:
    found = _suppliers("Cameras", body)
    assert (supplier, vendor) in found
    assert not any(name != supplier and name.startswith(supplier) for name, _ in found)


# near misses: names with a number of their own, no award, a registry vendor's local arm, no sum at all
def test_a_number_inside_a_name_stays() -> None:
    assert ("Studio 54 Security", None) in _suppliers(
        "CCTV", "The council awarded Studio 54 Security a contract for 30 cameras in the old town.")


def test_a_count_after_awarded_is_no_supplier() -> None:
    assert _suppliers("CCTV", "The county awarded 3 contracts for CCTV cameras in 2024.") == []


def test_a_registry_vendors_local_arm_keeps_its_link() -> None:
    found = _suppliers("Fingerprint system", "Queensland Police Service awarded IDEMIA Australasia Pty Ltd AUD 9.2 "
                                             "million to upgrade its fingerprint identification system.")
    assert any(vendor == "idemia" for _, vendor in found)


def test_an_amount_elsewhere_leaves_the_name_whole() -> None:
    found = _suppliers("CCTV", "Contractor: Northgate Systems Ltd. Contract value: USD 1.2 million for 40 cameras.")
    assert all(not name.endswith(("USD", "USD 1.2")) for name, _ in found)
