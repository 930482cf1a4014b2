"""Round 18 (issue 10, item 2): a registry vendor whose own clause gives it a role other than this purchase's supply
is `mentioned`: evaluated or considered but not selected, passed over, not adopted, an earlier pilot not continued,
earlier equipment kept in place, a contract not renewed, a denied purchase. The brand of goods delivered stays a
supplier.

Every sentence here was written for these tests (fictional buyers and local firms; vendor names are real registry
names used only to test matching), none copied from an evaluation set.
"""
from __future__ import annotations

import pytest

import enrich


def supplies(title: str, body: str, vendor: str) -> bool:
    return any(p.role == "supplier" and p.vendor_id == vendor for p in enrich.enrich(title, body).parties)


# (title, body, vendor, supplied?)
CASES = [
    # evaluated / considered, then not selected
    ("Item 14: camera analytics contract", "Approve a $310,000 agreement with Birchwood Analytics LLC for video "
     "search; the Idemia platform was tested and not selected.", "idemia", False),
    ("Тверь: полиция купила видеоаналитику", "Полиция Твери закупила систему видеоаналитики за 90 млн рублей; "
     "ранее оценивалось решение компании NtechLab.", "ntechlab", False),
    ("Municipio compra analítica de video", "La alcaldía compró un sistema de analítica por $2 millones; se evaluó "
     "la plataforma de Idemia, que no fue adoptada.", "idemia", False),
    # passed over, not adopted (pt, ko, ja, en title)
    ("Curitiba compra câmeras", "A Prefeitura de Curitiba comprou 200 câmeras por R$ 3 milhões; o sistema da "
     "Dahua foi preterido.", "dahua", False),
    ("부산시 CCTV 도입", "부산시는 방범용 CCTV 300대를 25억 원에 도입했다. 한화비전 제품은 선정되지 않았다.",
     "hanwha_vision", False),
    ("Harbour police select a regional integrator over Hikvision", "Harbour Police awarded £400,000 to Saltmarsh "
     "Systems Ltd for 80 cameras.", "hikvision", False),
    # an earlier pilot not continued, earlier equipment kept
    ("Town buys cameras", "Eastfield Town will install 40 cameras for €300,000; the earlier Dahua trial is not "
     "continued.", "dahua", False),
    ("City adds plate readers", "Northgate City awarded $500,000 to Ridge Tech LLC for 60 plate readers; earlier "
     "Hikvision cameras remain in service.", "hikvision", False),
    # a contract not renewed (fr, es, de), a denied purchase (ar, es)
    ("Lyon : la police municipale ne prolongera pas son contrat avec Idemia", "La police municipale a confirmé "
     "qu'elle n'utilise plus le logiciel d'Idemia.", "idemia", False),
    ("Policía de Rosario", "La Policía de Rosario no renovó su contrato con Cellebrite por falta de presupuesto.",
     "cellebrite", False),
    ("Stadtpolizei", "Der Vertrag mit Idemia wird nicht verlängert, teilte die Stadtpolizei mit.", "idemia", False),
    ("عمّان: الشرطة", "عمّان. نفت مديرية الأمن العام شراء كاميرات من شركة Dahua، وقالت إن الشحنة كانت معدات مكتبية.",
     "dahua", False),
    # still supply: the brand of goods delivered, a vendor chosen, a renewal that goes ahead
    ("Eastfield cameras", "Eastfield Town awarded €300,000 to Fenland Security Ltd for 40 Dahua cameras.",
     "dahua", True),
    ("Item 14: camera analytics contract", "Approve a $310,000 agreement with Idemia for video search. Idemia was "
     "evaluated and selected after a pilot.", "idemia", True),
    ("Lyon : la police municipale prolonge son contrat avec Idemia", "La police municipale a renouvelé son contrat "
     "avec Idemia pour deux ans.", "idemia", True),
    ("부산시 CCTV 도입", "부산시는 한화비전 CCTV 300대를 25억 원에 도입했다.", "hanwha_vision", True),
    ("Curitiba compra câmeras", "A Prefeitura de Curitiba comprou 200 câmeras da Dahua por R$ 3 milhões.",
     "dahua", True),
]


@pytest.mark.parametrize(("title", "body", "vendor", "supplied"), CASES)
def test_vendor_clause_role(title: str, body: str, vendor: str, supplied: bool) -> None:
    assert supplies(title, body, vendor) is supplied, [(p.role, p.name, p.vendor_id)
                                                        for p in enrich.enrich(title, body).parties]
