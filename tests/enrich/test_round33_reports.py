"""Round 33 (reports33): texts that buy nothing and notices that withdraw their own tender, read from the false tags
and the unrecognised withdrawals of sets ae-ah and older, and counted on every development set first (fictional
bodies, firms and towns).

Families: a publication or researchers opening the body with what a study does ("A think-tank brief reviews ...",
"A marketing brochure describes ...", "Researchers at X tested ...": enrich/classify/reports.py
`_REPORT_LEDE_R33`); a headline that labels itself the cancellation of a tender ("Cancellation of RFP ...",
"Annulation de l'appel d'offres ...", "Anulación del proceso ...": enrich/classify/cancel_labels.py); a Chinese
headline ending on its failed tender (…采购废标, …项目（流标）); a body saying the buyer cancelled its own tender in de
fr es sk tr id ru en (taxonomy_cues.yaml `withdraws_in_body`, r33_reports33). A withdrawn notice keeps its stated
budget out of money spent (`purchase_state`).
"""
from __future__ import annotations

import pytest

from enrich import enrich


def _tags(title: str, body: str) -> set[str]:
    return {t.taxonomy_id for t in enrich(title, body).tags}


def _state(title: str, body: str) -> str | None:
    state = enrich(title, body).purchase_state
    return None if state is None else state.state


@pytest.mark.parametrize(("title", "body"), [
    ("Think-tank brief on camera exports",
     "A think-tank brief reviews smart-city camera projects in the Ostrava region as described in public sources and "
     "recommends transparency rules."),
    ("Vendor brochure: city suite with face and plate analytics",
     "A marketing brochure describes a city suite offering face search, plate recognition and crowd heat maps for "
     "CCTV cameras. No customer or price is named."),
    ("Vendor blog: what is an NVR",
     "A blog post by a camera retailer explains NVRs and compares CCTV camera models for home users."),
    ("NGO report maps cameras in city networks",
     "A report by the Lindqvist Rights Foundation counted CCTV cameras in 40 city networks."),
    ("Academic paper: gait recognition accuracy",
     "Researchers evaluated gait recognition accuracy under different clothing using open-source models."),
    ("Product review: video synopsis tool",
     "A trade magazine reviewed a video synopsis tool for CCTV footage; no customer is named."),
])
def test_publication_ledes_buy_nothing(title: str, body: str) -> None:
    assert _tags(title, body) == set()


@pytest.mark.parametrize(("title", "body", "expected"), [
    # an overseer's report speaks of a purchase that was made
    ("Committee report on live facial recognition",
     "A report by a parliamentary committee reviewed live facial recognition deployments by the Valmont Police.",
     {"facial_recognition"}),
    # a priced purchase stays a purchase whatever its first sentence says
    ("Police buy face recognition cameras",
     "A study by the Valmont Police found gaps in coverage; the force bought 40 face recognition cameras for "
     "$300,000 from Ardent Systems Ltd.", {"cctv", "facial_recognition"}),
])
def test_positives_keep_their_tags(title: str, body: str, expected: set[str]) -> None:
    assert expected <= _tags(title, body)


@pytest.mark.parametrize(("title", "body"), [
    ("Cancellation of tender: Supply of body-worn cameras",
     "Tender No. BWC/2026/14 for the supply of 300 body-worn cameras for the Brookvale Municipal Police, estimated at "
     "KES 45,000,000, will not proceed."),
    ("Cancellation of Tender No. 14/2026 - Supply and installation of CCTV surveillance system",
     "Reference is made to the above tender advertised on 3 March 2026. The County Government of Lornia notifies all "
     "bidders of the cancellation of the tender. Budget: KES 24,000,000."),
    ("Item 3 — Cancelled RFP 26-071, Citywide Video Surveillance Upgrade",
     "CITY OF BROOKVALE. Staff recommends that Council reject all proposals received under RFP 26-071 for a "
     "citywide video surveillance upgrade ($1,900,000)."),
    ("Annulation de l'appel d'offres n° 2026-17 - Fourniture et installation de caméras de vidéosurveillance",
     "La Mairie de Valbonne-sur-Loir informe les soumissionnaires que la procédure, d'un montant prévisionnel de 80 "
     "millions FCFA, n'aboutira pas."),
    ("Anulación del proceso de licitación LP-2026-08: adquisición de cámaras de videovigilancia",
     "La Municipalidad de Villa Aurora comunica que el proceso para la adquisición de 60 cámaras de videovigilancia, "
     "presupuesto S/ 900 000, no continuará."),
    ("青石县公安局步态识别门采购废标",
     "青石县公安局步态识别通道门采购项目（预算48万元），因投标报价均超过预算，依法废标。"),
    ("青石县公安分局车辆卡口建设项目（流标）",
     "青石县公安分局车辆卡口建设项目，预算120万元，因供应商不足三家，本次招标失败。"),
    ("Altenbruck: Polizei verzichtet auf Gesichtserkennung",
     "Die Polizei Altenbruck hat die Ausschreibung für eine Gesichtserkennungssoftware (1,2 Mio. Euro) aufgehoben."),
    ("Valbonne : la police renonce aux caméras intelligentes",
     "La zone de police de Valbonne a retiré son appel d'offres pour des caméras à reconnaissance faciale "
     "(400 000 euros)."),
    ("Villa Aurora desiste del reconocimiento facial",
     "La Secretaría de Seguridad de Villa Aurora declaró desierto el proceso para reconocimiento facial en "
     "estaciones, presupuestado en 2 millones de pesos."),
    ("Lornia police withdraw IMSI catcher request",
     "The Lornia Police Service withdrew its request for cell-site simulators worth $800,000 after questions."),
])
def test_withdrawn_tenders(title: str, body: str) -> None:
    assert _state(title, body) == "withdrawn"
    assert _tags(title, body) == set()


@pytest.mark.parametrize(("title", "body"), [
    # a tender labelled as a cancellation notice only in passing: the cameras are bought
    ("City cancels facial recognition tender, buys 40 CCTV cameras",
     "The City of Brookvale buys 40 CCTV cameras for $300,000 from Ardent Systems Ltd."),
    # a re-run after a failed tender goes ahead
    ("青石县治安卡口建设项目（第二次）",
     "第一次招标因投标人不足三家流标。本次采购预算：¥3,420,000.00。建设内容：新建治安卡口9处，配置车辆号牌识别相机。"),
])
def test_purchases_that_go_on_are_not_withdrawn(title: str, body: str) -> None:
    assert _state(title, body) is None
    assert _tags(title, body)


@pytest.mark.parametrize(("title", "body"), [
    ("Lornia court notice on facial recognition",
     "A petition before the High Court questioned a police face recognition project in Lornia; the police denied "
     "operating any such system. The court sought a reply."),
    ("Brookvale police command centre tags people by religion?",
     "A petition alleges that the Brookvale City Police command centre tags people in its facial recognition records "
     "by religion. Police deny it."),
    ("Alcaldía de Villa Aurora y las cámaras con análisis étnico",
     "Una investigación periodística afirma que un proveedor ofreció a la Alcaldía de Villa Aurora cámaras con "
     "análisis étnico de transeúntes; la Alcaldía negó haberlo comprado."),
    ("Council debate on plate reader cameras ends without vote",
     "BROOKVALE — Council members discussed a proposal for licence plate readers but tabled the item without a "
     "vote."),
    ("Senate hearing on ALPR data sharing",
     "A Senate subcommittee heard testimony on sharing licence plate reader data from ALPR cameras. No bill passed."),
])
def test_denials_and_undecided_hearings_buy_nothing(title: str, body: str) -> None:
    assert _tags(title, body) == set()


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a priced purchase whose body denies one feature keeps its cameras
    ("Valmont cameras do not detect ethnicity, says city",
     "The City of Valmont denied that its new street cameras detect ethnicity, saying the $4.1 million contract with "
     "Ardent Systems Ltd covers 300 CCTV cameras only.", {"cctv"}),
    # a committee that approves a purchase without a vote is no undecided hearing
    ("Committee approves camera purchase",
     "The Brookvale Public Safety Committee approved the purchase of 40 CCTV cameras without a vote.", {"cctv"}),
])
def test_denials_and_decisions_keep_purchases(title: str, body: str, expected: set[str]) -> None:
    assert expected <= _tags(title, body)


@pytest.mark.parametrize(("title", "body"), [
    ("Indian municipal body scraps face recognition attendance for sanitation workers",
     "The Valmont Municipal Corporation scrapped a plan for face recognition attendance of sanitation workers "
     "(budget Rs 1.6 crore) after union objections."),
    ("Police chief drops drone-with-face-matching proposal",
     "The Brookvale Police Department said it would not add face matching to its drone programme; the $250,000 "
     "request was withdrawn from the budget."),
    ("Council abandons facial recognition at libraries",
     "The City of Lornia abandoned a proposal to install facial recognition at library entrances after community "
     "feedback; no contract was signed."),
])
def test_dropped_plans_withdraw_the_purchase(title: str, body: str) -> None:
    assert _state(title, body) == "withdrawn"
    assert _tags(title, body) == set()


def test_a_dropped_plan_beside_a_purchase_keeps_it() -> None:
    title = "Brookvale replaces office locks, drops face recognition"
    body = ("The Brookvale City Council approved a $412,000 contract to replace 40 CCTV cameras at City Hall, after "
            "staff dropped a proposal for facial recognition entry.")
    assert _state(title, body) is None
    assert "cctv" in _tags(title, body)
