"""Round 42b (suppliers): registry vendors named in a role that is not this purchase's supply - a bidder whose
objection was rejected, a lower-ranked candidate in a headline, makers a market study lists as the market's players,
a vendor that won nothing, whose use or trial ended, that lobbied, or whose cameras are kept until a date - stay
`mentioned`; the same vendors named with supply wording stay suppliers. Sentences written for these tests."""
from __future__ import annotations

import pytest

from enrich import enrich


def _supplier_ids(title: str, body: str) -> set[str]:
    return {p.vendor_id for p in enrich(title, body).parties if p.role == "supplier" and p.vendor_id}


def _mentioned_ids(title: str, body: str) -> set[str]:
    return {p.vendor_id for p in enrich(title, body).parties if p.role == "mentioned" and p.vendor_id}


@pytest.mark.parametrize(("title", "body", "vendor"), [
    # an objection or protest of a losing bidder, rejected (es, en, pt, fr)
    ("Medellín: cámaras para el metro", "La Alcaldía de Medellín desestimó la impugnación presentada por Dahua "
     "Technology y adjudicó 300 cámaras a Antioquia Seguridad S.A.S. por COP 9.000 millones.", "dahua"),
    ("City awards camera contract", "The city council rejected the protest filed by Hikvision and awarded the "
     "120-camera contract to Lakeside Integrators LLC for $410,000.", "hikvision"),
    ("Recife amplia videomonitoramento", "A Prefeitura do Recife indeferiu o recurso da Huawei e homologou a compra "
     "de 200 câmeras da Capibaribe Sistemas Ltda. por R$ 3 milhões.", "huawei"),
    ("Lyon : vidéoprotection", "La Métropole de Lyon a rejeté le recours de Hikvision et attribué le marché de 80 "
     "caméras à Rhône Sécurité SAS pour 950 000 euros.", "hikvision"),
    # a lower-ranked candidate named in a headline
    ("某县公安局人脸识别系统中标公告（大华股份为第二中标候选人）",
     "采购人：某县公安局。第一中标候选人：江城智安科技有限公司，报价：95万元。", "dahua"),
    # makers a market study lists as the market's players
    ("Report: body camera market grows", "A new industry report expects the body-worn camera market to double by "
     "2030. Major players in the market include Axon, Motorola Solutions and Hytera.", "axon"),
    # won nothing, use or trial ended, lobbied, kept until a date
    ("Idemia wins nothing in border tender", "The border agency cancelled its biometric gate tender after all offers "
     "exceeded the budget.", "idemia"),
    ("Clearview AI trial ended, sheriff says", "The county sheriff told commissioners the office stopped searching "
     "photos last spring.", "clearview_ai"),
    ("Parliament drops face recognition bill", "The bill would have allowed police to search CCTV stills; Idemia and "
     "Thales had lobbied for it.", "idemia"),
    ("Ministry reviews cameras", "Hikvision cameras at border posts will be kept until 2029, the ministry said after "
     "its security review.", "hikvision"),
    # a regulator's or a body's review or investigation of a vendor's goods
    ("Dahua cameras in hospitals: health ministry review", "The health ministry opened a review of Dahua cameras in "
     "public hospitals; no cameras have been removed.", "dahua"),
    ("Fiscalía y Hikvision", "La fiscalía abrió una investigación sobre Hikvision por las cámaras de la alcaldía.",
     "hikvision"),
])
def test_vendor_in_another_role_is_no_supplier(title: str, body: str, vendor: str) -> None:
    assert vendor not in _supplier_ids(title, body)


@pytest.mark.parametrize(("title", "body"), [
    ("臺南市政府警察局路口監視器汰換案", "機關名稱：臺南市政府警察局\n決標金額：新臺幣3,200,000元\n"
     "得標廠商：海康科技有限公司（非杭州海康威視）"),
    ("Camera upgrade awarded", "Awarded to: Hikvision Systems Ltd (not affiliated with Hangzhou Hikvision), $90,000."),
])
def test_a_supplier_disclaiming_a_vendor_of_its_name_is_not_that_vendor(title: str, body: str) -> None:
    assert "hikvision" not in _supplier_ids(title, body)


def test_the_rejected_protester_is_mentioned_and_the_awardee_keeps_its_supply() -> None:
    body = ("La Secretaría de Seguridad de Cali rechazó la observación de Huawei Colombia y adjudicó 150 cámaras "
            "Hikvision a Valle Video S.A.S. por COP 6.000 millones.")
    assert "huawei" in _mentioned_ids("Cali: cámaras", body)
    assert "huawei" not in _supplier_ids("Cali: cámaras", body)
    assert "hikvision" in _supplier_ids("Cali: cámaras", body)


@pytest.mark.parametrize(("title", "body", "vendor"), [
    # supply wording next to the same vendors still makes them suppliers
    ("City buys cameras", "The city bought 120 cameras from Hikvision after rejecting two late bids, $300,000.",
     "hikvision"),
    ("Axon wins body camera contract", "The police department awarded Axon a five-year body camera contract worth "
     "$2.4 million.", "axon"),
    ("县公安局视频监控中标公告", "采购人：某县公安局。第一中标候选人：杭州海康威视数字技术股份有限公司，"
     "报价：188万元。", "hikvision"),
    ("Council renews licence", "The council renewed its maintenance contract with Genetec for the video "
     "management system, $95,000; an earlier trial of another product ended in May.", "genetec"),
])
def test_supply_wording_still_links_the_vendor(title: str, body: str, vendor: str) -> None:
    assert vendor in _supplier_ids(title, body)
