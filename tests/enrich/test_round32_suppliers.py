"""Round 32 (suppliers32): a supplier named right before the price it was paid, by family of wording.

Sets ad, ae, af and ag (four writers) name most suppliers the rules missed the same way: a linking word (a
preposition, the recipient's case, a "Contract:" label), the company, then the price - "bought 22 signs from X Co.
for $233,000", "paid X LLC $212,600", "con X S.A.S., por COP 9.400 millones", "firmě X s.r.o. za 18 400 000 Kč".
Every notice is fictional (invented buyers and companies). Each family has a near miss that must give no supplier.
"""
from __future__ import annotations

import pytest

import enrich
from tests.enrich.notice_helpers import supplier_names


@pytest.mark.parametrize(("title", "body", "name"), [
    # en: goods from, through or with a company, then the price (any company shape)
    ("City installs parking guidance signs",
     "The City of Exampleton installed 22 dynamic parking guidance signs from Willowmere Wayfinding Co. for "
     "$233,000. The signs show available spaces.", "Willowmere Wayfinding Co."),
    ("City adds traffic counters",
     "The City of Exampleton will install 30 video-based traffic and bicycle counters from Greyfield Mobility Data, "
     "$74,000. The devices count and classify movement.", "Greyfield Mobility Data"),
    ("Port upgrades CCTV",
     "The Exampleton Ports Authority upgraded 260 cameras at the port with Quayside Security Systems Ltd for TZS 9.8 "
     "billion.", "Quayside Security Systems Ltd"),
    ("Town adds market cameras",
     "The Exampleton Town Council installed 24 cameras at the market and the bus terminal through Lagoonside "
     "Electrical Services, at WST 286,000.", "Lagoonside Electrical Services"),
    ("Audit office questions camera repairs",
     "The county audit office reported that the Facilities Department paid Mesa Example Security LLC $212,600 for "
     "courthouse CCTV repairs.", "Mesa Example Security LLC"),
    ("Transit cameras",
     "The authority will add 500 cameras to its bus stations, monitored at the operations room. Contract: Prairie "
     "Example Networks, $3.1 million. Exampleton.", "Prairie Example Networks"),
    # es/pt/fr/de/cs: the same with a preposition or case that also opens places: the name closes with a legal form
    ("Municipio instala cámaras en mercados",
     "La Municipalidad de Villa Ejemplo instaló 36 cámaras en mercados cantonales con Quebrada Tech S.A., por Q 4,2 "
     "millones.", "Quebrada Tech S.A."),
    ("Prefeitura amplia banco de perfis",
     "A Prefeitura de Vila Exemplo contratou a ampliação do sistema de câmeras, com a Planalto Exemplo Ltda., por R$ "
     "22 milhões.", "Planalto Exemplo Ltda."),
    ("La ville installe des caméras",
     "La Communauté urbaine de Villeexemple a installé 64 caméras de vidéosurveillance au carrefour avec Exemple "
     "Systèmes SARL, pour 1,1 milliard de FCFA.", "Exemple Systèmes SARL"),
    ("Stadt mietet Kameras",
     "Die Stadt Beispielstadt mietet für den Adventmarkt 20 mobile Videokameras samt Betrieb von Musterhang Event "
     "Security GmbH für 64.000 Euro.", "Musterhang Event Security GmbH"),
    ("Město rozšíří kamerový systém",
     "Statutární město Příkladov zadalo rozšíření 40 kamer firmě Příklad Bezpečnost s.r.o. za 18 400 000 Kč.",
     "Příklad Bezpečnost s.r.o."),
    # a currency written with one capital ("K 9 million", kwacha)
    ("Courts record hearings",
     "The Judiciary of Exampleland installed audio-video recording in 20 courtrooms from Kafue Example AV Ltd, K 9 "
     "million.", "Kafue Example AV Ltd"),
    # "awards X" with a contract or the work as its object ("The jury awarded X $2 million" stays no supply)
    ("City of Exampleton - transit bus camera retrofit",
     "The City of Exampleton awards Prairie Example Video Inc. a contract to retrofit 640 transit buses with "
     "interior cameras.", "Prairie Example Video Inc."),
    ("State awards safe city extension",
     "The Exampleland State Government has awarded Lagoon Example Systems Ltd the extension of the safe city network "
     "with 1,000 cameras.", "Lagoon Example Systems Ltd"),
])
def test_round32_priced_suppliers(title: str, body: str, name: str) -> None:
    assert name in supplier_names(title, body)


@pytest.mark.parametrize(("title", "body", "not_a_supplier"), [
    # a grant's source before its amount is no supplier
    ("County gets camera grant",
     "The county received a grant from Justice Example Bureau for $200,000 toward 40 cameras.",
     "Justice Example Bureau"),
    # a place after "a", "com", "mit" before a price: no legal form, no supplier
    ("Viaje de la comisión", "La comisión viajó a Santa Cruz de la Sierra por $ 3.000 para revisar las cámaras.",
     "Santa Cruz"),
    # a public body paid is no company
    ("City pays county for dispatch", "The City of Exampleton paid Exampleton County Sheriff Office $40,000 for "
     "dispatch services.", "Exampleton County"),
])
def test_round32_priced_near_misses(title: str, body: str, not_a_supplier: str) -> None:
    assert not any(not_a_supplier in name for name in supplier_names(title, body))


@pytest.mark.parametrize(("title", "body", "vendor", "supplier"), [
    # a vote against the purchase names the vendor: no supplier link; a separate approved deal keeps its own
    ("City council vote fails on Axon drone programme",
     "The Exampleton City Council voted 5-4 against funding a drone-as-first-responder programme with Axon cameras; "
     "the $390,000 request lapses.", "axon", None),
    ("Council committee votes down ShotSpotter renewal; Flock contract proceeds",
     "EXAMPLETON — The committee voted 9-6 against renewing the gunshot detection contract. In a separate vote it "
     "approved a $4.3 million agreement with Flock Safety for 300 license plate readers.", "soundthinking",
     "flock_safety"),
])
def test_round32_vote_against_names_no_supplier(title: str, body: str, vendor: str, supplier: str | None) -> None:
    import enrich.vendor_role_model as role_model

    enabled, role_model.ENABLED = role_model.ENABLED, False  # the rules alone
    try:
        parties = enrich.enrich(title, body).parties
    finally:
        role_model.ENABLED = enabled
    linked = {p.vendor_id for p in parties if p.role == "supplier"}
    assert vendor not in linked
    if supplier:
        assert supplier in linked


@pytest.mark.parametrize(("title", "body", "whole", "cut"), [
    # "de" inside a company's name opens no second name: the whole name only
    ("Prefeitura contrata semáforos",
     "A Prefeitura de Vila Exemplo contratou a Exemplo Sistemas de Trânsito e Segurança Ltda. por R$ 4 milhões.",
     "Exemplo Sistemas de Trânsito e Segurança Ltda.", "Trânsito e Segurança Ltda."),
    # a possessive's "s" is no Czech "s" (with), and a count is no price
    ("Sheriff: mobile fingerprint identification devices",
     "Approve agreement between the Exampleton County Sheriff's Department and Example Biometrics Inc. for 300 "
     "handheld mobile fingerprint identification devices, $1,086,000.", "Example Biometrics Inc.",
     "Department and Example Biometrics Inc."),
])
def test_round32_priced_names_whole(title: str, body: str, whole: str, cut: str) -> None:
    names = supplier_names(title, body)
    assert cut not in names
    assert whole in names or not any(whole in name for name in names)


@pytest.mark.parametrize("body", [
    "The Exampleton County Board bought 40 cameras from New York for $300,000 last year.",
    "Two technicians were flown in from Los Angeles for $3,000 to install the county's CCTV cameras.",
    "The Exampleton Police Department bought its body cameras from Texas.",
])
def test_a_place_named_where_a_company_would_be_is_no_supplier(body: str) -> None:
    """Review of round 32: a supply statement's company shape also fits a town, a state or a country by its whole
    name; a reporter would print "bought from New York" as a supplier named New York."""
    assert not supplier_names("County cameras", body)
