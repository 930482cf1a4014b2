"""Buyers named in prose, in every supported language, with evidence; never a registry vendor.

All organisations below are invented (vendors aside, which are real names used only to check that a vendor is
never taken for the buyer).
"""
from __future__ import annotations

import pytest

from enrich.parties import extract_parties
from enrich.prose_buyers import strip_place_tail


def _buyer(text: str) -> str | None:
    parties = [p for p in extract_parties(text) if p.role == "buyer"]
    for party in parties:
        assert text[party.evidence.start:party.evidence.end] == party.evidence.text == party.name
    return parties[0].name if parties else None


@pytest.mark.parametrize(
    ("text", "buyer"),
    [
        ("Award\nThe contract was awarded by the Westmere Transit Safety Authority to a local integrator.",
         "Westmere Transit Safety Authority"),
        ("Award\nThe Lagos State Example Directorate has awarded a contract for 900 CCTV cameras.",
         "Lagos State Example Directorate"),
        ("Notice\nAcme Integration Ltd, on behalf of Westshire County Council, invites tenders for CCTV.",
         "Westshire County Council"),
        ("Award\nThe Sindh Example Safety Office (the Authority) awarded the camera project.",
         "Sindh Example Safety Office"),
        ("Press\nThe vendor said the contract for the National Police Service of Kenya covers 1,800 cameras.",
         "National Police Service of Kenya"),
        ("Licitación\nEl Servicio Integrado de Seguridad ECU 911 adjudicó la compra de cámaras por USD 12 millones.",
         "Servicio Integrado de Seguridad ECU 911"),
        ("招标公告\n受示范县公安局委托，某某招标代理有限公司就视频监控项目进行公开招标。", "示范县公安局"),
        ("中标公告\n本项目采购人为示范市公安局，中标供应商为某某科技有限公司。", "示范市公安局"),
        ("Purchase order\nRecipient: Example Forensics LLC\nAwarding office: Northern Lakes Evidence Support Office\n"
         "Amount: $84,000.00", "Northern Lakes Evidence Support Office"),
        ("天眼系統擴展工程\n判給實體：示範公共空間安全辦公室\n判給金額：澳門元 5,000,000", "示範公共空間安全辦公室"),
        ("Câmeras\nA Secretaria Municipal de Ordem Pública de Niterói adquiriu 80 câmeras por R$ 900.000,00.",
         "Secretaria Municipal de Ordem Pública de Niterói"),
        ("Caméras\nLe Syndicat intercommunal de sécurité du Grand Exemple (Lyon) a commandé 40 caméras.",
         "Syndicat intercommunal de sécurité du Grand Exemple"),
        ("Telecamere\nL'Ente di gestione della sicurezza urbana di Parma ha affidato il servizio per € 90.000.",
         "Ente di gestione della sicurezza urbana di Parma"),
        ("Kameras\nDie Landesstelle für technische Einsatzunterstützung Kiel hat 12 Kameras beschafft.",
         "Landesstelle für technische Einsatzunterstützung Kiel"),
        ("Kamere\nFond za sigurnost grada Niša nabavio je 40 kamera.", "Fond za sigurnost grada Niša"),
        ("Камеры\nАНО «Цифровой город Пример» закупила систему видеоаналитики.", "АНО «Цифровой город Пример»"),
        ("Cameras\nBrimfield Social Care Trust, Bristol, bought 300 handsets for £96,000.",
         "Brimfield Social Care Trust"),
        ("Cameras\nThe Pinewood Corrections Authority of Boise, Idaho, has signed a five-year agreement.",
         "Pinewood Corrections Authority"),
        ("Safe city\nHuawei Technologies Co., Ltd. signed an agreement with the Kampala Example City Authority.",
         "Kampala Example City Authority"),
    ],
)
def test_prose_buyers_in_every_language(text, buyer):
    assert _buyer(text) == buyer


def test_a_registry_vendor_is_never_the_buyer():
    text = "Safe city contract\nZTE Corporation has signed a contract with the Ministry of Interior of Ecuador."
    assert _buyer(text) == "Ministry of Interior of Ecuador"
    text = "Contract\nHikvision Digital Technology Corporation has awarded a subcontract for cabling."
    assert _buyer(text) is None


def test_headings_and_sentences_are_not_buyers():
    assert _buyer("Council Bill 24-112\nCITY COUNCIL – REGULAR MEETING – Tuesday, March 12, 2024") is None
    assert _buyer("Notice\nProcurement documents show a contract for 'social credit' scoring.") is None
    assert _buyer("Nota\nLa compra de 40 cámaras a cargo de la empresa fue aprobada.") is None


def test_place_tail_is_stripped_only_when_it_names_a_place():
    text = "Wyrley Example Custody Unit, Birmingham"
    assert text[slice(*strip_place_tail(text, 0, len(text)))] == "Wyrley Example Custody Unit"
    text = "Companhia de Segurança Urbana de Fortaleza — CE"
    assert text[slice(*strip_place_tail(text, 0, len(text)))] == "Companhia de Segurança Urbana de Fortaleza"
    text = "Example Partners, Analytics and Training"
    assert strip_place_tail(text, 0, len(text)) == (0, len(text))
