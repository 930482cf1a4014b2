"""Round 35b (suppliers): two families from set ak's misses, checked across the development sets.

1. Company disclosures whose partner or subcontractor delivers the filer's project to the filer's customer ("installed
   the cameras for the customer", "supplied storage to the force", "para la municipalidad", 联合体成员…共同实施) or does
   the work for the filer ("installed our cameras … for us"): a supplier under the labelling rule "Suppliers in company
   disclosures" (tests/eval/README.md). "Customer" there is the recipient, not the vendor's role, and the storage or
   cloud platform it delivers is the project's, not a component of the filer's products. A Spanish "socio" (partner)
   is no SoC chip.
2. Amounts: Hausa magnitude words after the number (₦640 miliyan, ₦3.2 biliyan), the Rwandan franc in capitals
   (FRW 240,000,000), and the Uzbek sum as English press writes it ("62 billion sum", only in a notice placed in
   Uzbekistan; "$2 million sum" stays dollars); "revenue officers" or "revenue collection" a purchase is for is no
   revenue figure (the sum stays the purchase's).

Every text was written for this file (fictional filers, buyers and places; real registry names only in the role the
test names); none comes from an evaluation set.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from enrich import enrich
from enrich.money import largest_amount
from tests.enrich.conftest import vendor_roles

SUPPLIERS = [
    ("en 10-K, partner installs for the customer", "Form 10-K: Corvane Safety Corp. - Item 1. Business",
     "Corvane sells a crime-analysis platform to police agencies. The Ridgefield project was completed with our "
     "partner Motorola Solutions, which installed the plate readers for the customer.", "motorola_solutions"),
    ("en annual report, subcontractor supplies storage to the force", "Annual report 2025: Brightmoor Systems plc",
     "Brightmoor designs body-worn cameras for police forces. The Cumbria contract was delivered with Axon as "
     "subcontractor, which supplied evidence storage to the force.", "axon"),
    ("en 20-F, consortium member, project without 'we'", "Form 20-F: Lantern Safe City Holdings",
     "Lantern Safe City Holdings sells command-centre software. The Lusaka project was built by a consortium in "
     "which ZTE supplied and installed the cameras for the customer.", "zte"),
    ("en 10-K, integration performed for us", "Form 10-K: Ostrava Imaging, Inc. - Customers",
     "Ostrava Imaging sells plate-recognition cameras. Our largest customer is a Florida county; the integration "
     "there was done by Motorola Solutions, which installed our cameras and linked them to the sheriff's dispatch "
     "for us.",
     "motorola_solutions"),
    ("es memoria anual, socio instala para la municipalidad", "Memoria anual 2025: Cóndor Vigilancia S.A.",
     "La compañía vende sistemas de videovigilancia a municipios. El proyecto de Cusco fue ejecutado con nuestro "
     "socio Huawei, que instaló las cámaras para la municipalidad.", "huawei"),
    ("zh 合同公告, consortium member supplies storage", "四川蜀瞳科技股份有限公司关于签订日常经营合同的公告",
     "公司与某县公安局签订视频监控建设合同，合同金额5,200万元。项目由公司与联合体成员浙江大华技术股份有限公司共同实施，"
     "大华负责存储设备供货安装。", "dahua"),
]


@pytest.mark.parametrize(("case", "title", "body", "vendor"), SUPPLIERS, ids=[s[0] for s in SUPPLIERS])
def test_delivery_to_the_filers_customer_is_supply(mode: str, case: str, title: str, body: str, vendor: str) -> None:
    assert "supplier" in vendor_roles(title, body).get(vendor, set()), case


MENTIONED = [
    ("en equipment partners supplying servers under subcontracts", "Annual report 2025: Kordel Safe City Plc",
     "Kordel Safe City Plc builds command centres. Our equipment partners are Huawei and ZTE, which supply servers "
     "under subcontracts.", "zte"),
    ("en distributor", "Form 20-F: Ferrow Telecom Security",
     "Ferrow sells interception units to law enforcement. Our distributor in Asia is Hytera.", "hytera"),
    ("en customer of the filer", "Form 10-K: Palisade Optics Inc.",
     "Palisade Optics designs camera lenses. Hikvision is our largest customer and buys lenses for its projects.",
     "hikvision"),
    ("es socio sin proyecto", "Memoria anual 2025: Cóndor Vigilancia S.A.",
     "La compañía vende sistemas de videovigilancia a municipios. Nuestro socio tecnológico es Huawei.", "huawei"),
]


@pytest.mark.parametrize(("case", "title", "body", "vendor"), MENTIONED, ids=[m[0] for m in MENTIONED])
def test_partners_without_delivery_stay_mentioned(mode: str, case: str, title: str, body: str, vendor: str) -> None:
    assert "supplier" not in vendor_roles(title, body).get(vendor, set()), case


def _headline(title: str, body: str) -> tuple[Decimal | None, str | None] | None:
    result = enrich(title, body)
    chosen = largest_amount(list(result.amounts), text=result.text)
    return None if chosen is None else (chosen.value, chosen.currency)


@pytest.mark.parametrize(("body", "expected"), [
    ("SOKOTO — Gwamnatin Jihar Sokoto ta ba kamfanin Rima Tech Ltd kwangilar kyamarori 80 kan ₦450 miliyan.",
     (Decimal(450_000_000), "NGN")),
    ("Gwamnatin Jihar Bauchi ta sayi kyamarorin tsaro 300 akan ₦2.5 biliyan.", (Decimal(2_500_000_000), "NGN")),
    ("Akarere ka Huye kasinyanye amasezerano na Nyungwe Tech Ltd yo gushyira camera 20, FRW 180,000,000.",
     (Decimal(180_000_000), "RWF")),
    ("SAMARKAND — The regional police installed 300 cameras with plate reading at city gates, 48 billion sum.",
     (Decimal(48_000_000_000), "UZS")),
])
def test_amount_words_and_markers(body: str, expected: tuple[Decimal, str]) -> None:
    assert _headline("Cameras", body) == expected


def test_sum_is_no_currency_outside_uzbekistan() -> None:
    result = enrich("Council cameras", "The council paid a $2 million sum to the contractor for 40 cameras. "
                    "A total of 5 sum items were listed.")
    assert {a.currency for a in result.amounts} <= {"USD"}


def test_revenue_staff_is_no_revenue_figure() -> None:
    assert _headline("Tablets for revenue officers", "MOMBASA — Mombasa County bought 250 tablets for its revenue "
                     "officers, KSh 9 million.") == (Decimal(9_000_000), "KES")
    assert _headline("Annual report 2025: Kestrel Vision Plc", "Kestrel Vision Plc sells cameras to councils. "
                     "Revenue was £48 million.") is None
