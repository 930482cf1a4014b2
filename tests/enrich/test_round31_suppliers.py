"""Round 31 (suppliers31): supplier names the rules missed on fresh text, by family of wording.

Every notice is fictional (invented buyers and companies), written in the formats the development sets use: news
briefs with a headline line, council minutes, award summaries with a role label. Each family has a near miss that
must not give a supplier.
"""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import supplier_names


@pytest.mark.parametrize(("title", "body", "name"), [
    # a reseller or integrator the purchase went through, named with its legal form
    ("Harbour police buys Hikvision cameras for market junctions",
     "The Port Meridian Police Service bought 90 Hikvision cameras for market junctions through Saltmarsh Trading "
     "Ltd, USD 410,000.", "Saltmarsh Trading Ltd"),
    ("Policía de Villa Ejemplo adquiere licencias de extracción forense",
     "La Policía de Villa Ejemplo adquirió 12 licencias de extracción de datos de teléfonos por medio de Quebrada "
     "Forense S.A.C., por PEN 1.200.000.", "Quebrada Forense S.A.C."),
    # an amount, then the company it went to, through or with
    ("Provincial hall adds face recognition turnstiles",
     "The Provincial Hall of Exampleton bought 30 face recognition turnstiles, THB 14 million, through Lagoon Gate "
     "Systems.", "Lagoon Gate Systems"),
    ("Prison service enrols iris at reception",
     "The prison service will enrol iris at reception in two centres. Contract value: $1.4 million to Bramblecourt "
     "Identity Solutions.", "Bramblecourt Identity Solutions"),
    # goods bought from a company: "with units from X"
    ("Transit authority replaces bus cameras",
     "The Exampleton Area Transit Authority replaced 300 Dahua cameras on buses with units from Quarry Lane Video "
     "Inc. for $610,000.", "Quarry Lane Video Inc."),
    # ru/uk/ky: bought from a company in its legal form and quotes
    ("Управление закупает комплексы извлечения данных",
     "Управление полиции города Примерска закупило у ООО «Пример Форензик» 8 комплексов извлечения данных из "
     "телефонов за 30 млн рублей.", "ООО «Пример Форензик»"),
    ("Мэрия закупила светофорные объекты",
     "Мэрия города Примерный закупила 40 светофорных объектов у ОсОО «Пример Трафик» за 60 млн сомов.",
     "ОсОО «Пример Трафик»"),
    # de: the award after an abbreviated amount ("3,2 Mio. Euro an die X GmbH"), the supplier named with "ist die"
    ("Autobahn: Schutzplanken werden erneuert",
     "Die Autobahnniederlassung Beispielstadt vergibt die Erneuerung von Schutzplanken für 1,4 Mio. Euro an die "
     "Musterbach Verkehrssicherung GmbH.", "Musterbach Verkehrssicherung GmbH"),
    ("Kanton beschafft Kennzeichenleser",
     "Die Kantonspolizei Beispiel hat zwölf Kennzeichenlesegeräte beschafft. Lieferant ist die Musteraa Technik AG, "
     "Kosten: CHF 860'000.", "Musteraa Technik AG"),
    # the supplier's role label in more languages, mid-line after a sentence
    ("Debrecen példa: új térfigyelő kamerák",
     "A példaváros 40 új térfigyelő kamerát telepít. Kivitelező: Példa Biztonságtechnika Kft., 86 millió Ft.",
     "Példa Biztonságtechnika Kft."),
    ("Vilniaus pavyzdys: numerių atpažinimo kameros",
     "Pavyzdžio savivaldybė įrengia 20 numerių atpažinimo kamerų. Tiekėjas: Pavyzdys Eismas UAB, 310 000 eurų.",
     "Pavyzdys Eismas UAB"),
    ("Paraná ejemplo: semáforos inteligentes",
     "La municipalidad de Villa Ejemplo renovó 40 semáforos con detección por lazos. Adjudicataria: Ejemplo Vial "
     "S.A., $ 120 millones.", "Ejemplo Vial S.A."),
    # es/pt: an amount, then the company it went to in its legal form
    ("Hospital ejemplo compra laboratorio de marcha",
     "El Hospital Infantil de Villa Ejemplo compró un laboratorio de análisis de la marcha para rehabilitación, por "
     "$ 1.200 millones, a Costa Ejemplo Biomédica S.A.S. Villa Ejemplo.", "Costa Ejemplo Biomédica S.A.S."),
    ("Prefeitura exemplo troca iluminação de praças",
     "A Prefeitura de Vila Exemplo trocou a iluminação de 60 praças por LED, por R$ 5,4 milhões, com a Cerrado "
     "Exemplo Luz Ltda. O contrato não inclui câmeras.", "Cerrado Exemplo Luz Ltda."),
    # maintenance renewed with a company, in a maintenance-only notice
    ("Villa Ejemplo: Ministerio renueva mantenimiento de videovigilancia",
     "El Ministerio del Interior de Villa Ejemplo renovó con Quebrada Seguridad S.A. el mantenimiento de 900 "
     "cámaras de videovigilancia.", "Quebrada Seguridad S.A."),
    ("Gemeente Voorbeeld: onderhoud camera's verlengd",
     "De gemeente Voorbeeld verlengt het onderhoud van de 30 camera's op het marktplein met Polder Beveiliging B.V., "
     "196.000 EUR.", "Polder Beveiliging B.V."),
])
def test_round31_supplier_families(title: str, body: str, name: str) -> None:
    assert name in supplier_names(title, body)


@pytest.mark.parametrize(("title", "body", "not_a_supplier"), [
    # a purchase made through a framework, a public body or a tender is no company
    ("County buys radios", "The County of Exampleton bought 200 radios through the State Purchasing Office, "
     "$1.2 million.", "State Purchasing Office"),
    ("City buys cameras", "Exampleton City Council bought 40 cameras, $90,000, through Exampleton County.",
     "Exampleton County"),
    # ru: a purchase "у" a body without a company's legal form and quotes
    ("Закупка камер", "Управление закупило у Министерства цифрового развития 40 камер.", "Министерства цифрового"),
    # a maintenance notice: the maker of the cameras serviced stays a mention
    ("Villa Ejemplo: mantenimiento de cámaras",
     "El municipio de Villa Ejemplo contrató el mantenimiento de 200 cámaras Hikvision instaladas en 2019 con "
     "Quebrada Servicios S.A.", "Hikvision"),
])
def test_round31_near_misses(title: str, body: str, not_a_supplier: str) -> None:
    assert not any(not_a_supplier in name for name in supplier_names(title, body))


@pytest.mark.parametrize(("title", "body", "name"), [
    # the supplier's town or registration number after its legal form is not part of its name
    ("Gait and body-shape identification research prototype",
     "Awarding agency: Department of the Army. Recipient: Stridegate Example Analytics LLC, Arlington, VA. "
     "Obligated amount: $2,940,000.", "Stridegate Example Analytics LLC"),
    ("Redeployable CCTV framework - award",
     "Section V: Award of contract. | Lot 1: Contractor: Irkdale Vision Services Ltd, Salford. Value: GBP 860,000. "
     "| Lot 2: Contractor: Pennock Redeployable Systems Ltd, Oldham. Value: GBP 145,000.",
     "Pennock Redeployable Systems Ltd"),
    ("T 026-26 Supply and installation of CCTV cameras",
     "Status: Awarded | Supplier: Swanby Integrated Security Pty Ltd (ABN 51 6xx xxx xxx) | Contract value (AUD): "
     "1,240,000", "Swanby Integrated Security Pty Ltd"),
])
def test_round31_supplier_town_tail(title: str, body: str, name: str) -> None:
    assert name in supplier_names(title, body)
