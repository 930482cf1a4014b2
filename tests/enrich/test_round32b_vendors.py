"""Round 32b, supplier links (issue 10): families of wording behind set ah's missed and spurious vendor links,
each counted on several development sets before it was written - a purchase's price followed by the company it came
from or was done with ("…, B$ 1.2 million, with X", "…, 18 milioane de lei, de la X", "with X, VND 60 billion"); the
previous contract's holder ("X had held the previous contract", "the previous supplier, X"); competitors written
主要競爭者為X; the original maker of equipment already there (原厂：X); texts that say they are no purchase ("this is
not a procurement", "it proposes no purchase", "approved no new funds"). Every text was written for this file
(fictional buyers and firms; real registry names only in the role the test names); none comes from an evaluation
set. Each case is checked with the role model on (the default) and with the rules alone (the model switched off)."""
from __future__ import annotations

import pytest

from tests.enrich.conftest import vendor_roles

_roles = vendor_roles  # the `mode` fixture (role model on, then rules alone) is in conftest.py


SUPPLIERS = [
    ("price, then with X", "Northvale police fingerprint system",
     "The Northvale Police Service upgraded its automated fingerprint identification system, N$ 1.4 million, "
     "with IDEMIA.", "idemia"),
    ("price, then from X after an upgrade", "Eastport police AFIS",
     "The Eastport Police upgraded its fingerprint identification system, €2.7 million, from IDEMIA.", "idemia"),
    ("with X, then the price", "Northvale police database upgrade",
     "Northvale city police upgraded the fingerprint database for criminal records with NEC, VND 42 billion.", "nec"),
    ("ro: price, then de la X", "Poliția Northvale achiziționează kituri",
     "Inspectoratul de Poliție Northvale a achiziționat 300 de dispozitive de prelevare a amprentelor, în valoare de "
     "12 milioane de lei, de la IDEMIA.", "idemia"),
]


@pytest.mark.parametrize(("label", "title", "body", "vendor"), SUPPLIERS, ids=[c[0] for c in SUPPLIERS])
def test_supplier_linked(mode: str, label: str, title: str, body: str, vendor: str) -> None:
    roles = _roles(title, body)
    assert "supplier" in roles.get(vendor, set()), roles


NOT_SUPPLIERS = [
    ("held the previous contract", "Brightline Public Safety Inc. contract",
     "Brightline Public Safety Inc. announced a $9.5 million contract with the Northvale Police Department for a "
     "real-time crime center platform fusing cameras, 911 data and ALPR hits. Motorola Solutions had held the "
     "previous contract.", "motorola_solutions"),
    ("the previous supplier, X", "Northvale body-worn cameras",
     "Northvale Police Department bought 200 body-worn cameras from Brightline Video Inc. for $1,200,000. The "
     "department's previous supplier, Axon, did not respond to the request for quotations.", "axon"),
    ("competitor written 主要競爭者為X", "北嶺科技股份有限公司年報",
     "本公司提供車牌辨識及影像監控系統予各縣市警察局，主要競爭者為海康威視在台代理商及本地業者。", "hikvision"),
    ("original maker of existing equipment", "北岭县公安局步态识别系统维保服务",
     "北岭县公安局对既有步态识别系统（原厂：银河水滴）提供一年维保。成交：北岭天网网络有限公司，金额：18万元。",
     "watrix"),
    ("this is not a procurement", "Explainer: 5G equipment debate",
     "An explainer summarises the public debate in Northvale about Huawei and ZTE equipment in 5G networks; this is "
     "not a procurement.", "huawei"),
    ("it proposes no purchase", "CEIEC profile in think-tank paper",
     "A think-tank paper profiles CEIEC and its past ECU 911 work; it proposes no purchase.", "ceiec"),
    ("no findings about a purchase", "NGO report maps cameras in cities",
     "A report by the Northvale Rights Foundation counted Hikvision and Dahua cameras in 30 city networks. It makes "
     "no findings about a single purchase.", "hikvision"),
]


@pytest.mark.parametrize(("label", "title", "body", "vendor"), NOT_SUPPLIERS, ids=[c[0] for c in NOT_SUPPLIERS])
def test_not_this_purchase_supplier(mode: str, label: str, title: str, body: str, vendor: str) -> None:
    roles = _roles(title, body)
    assert "supplier" not in roles.get(vendor, set()), roles


# Near misses: the new wording does not undo plain supply wording next to the name.
NEAR_MISSES = [
    ("a year, not a price, after with X", "Northvale cameras",
     "The Northvale Borough Council bought 120 street cameras from Hikvision for £800,000, with delivery in 2027.",
     "hikvision"),
    ("previous contract in the sentence before", "Northvale body-worn cameras",
     "The previous contract ended in March. Northvale Police Department bought 200 body-worn cameras from Axon "
     "Enterprise, Inc. for $1,200,000.", "axon"),
]


@pytest.mark.parametrize(("label", "title", "body", "vendor"), NEAR_MISSES, ids=[c[0] for c in NEAR_MISSES])
def test_near_misses_stay_suppliers(mode: str, label: str, title: str, body: str, vendor: str) -> None:
    roles = _roles(title, body)
    assert "supplier" in roles.get(vendor, set()), roles


def test_maker_of_the_goods_bought_stays_supplier(mode: str) -> None:
    """原厂 alone names the maker of the goods bought (an agent won the award): only 既有…（原厂：X） is earlier
    equipment."""
    roles = _roles("北嶺縣政府警察局數位鑑識手機採證設備",
                   "北嶺縣政府警察局採購行動裝置數位鑑識設備2套，得標廠商為代理商北嶺資訊有限公司，設備原廠為Cellebrite。"
                   "決標金額：新臺幣210萬元。")
    assert "supplier" in roles.get("cellebrite", set()), roles
