"""Round 29b, registry vendor links (issue 10 item 2, spurious supplier links): the families of wording behind set ae's
spurious supplier links - a plan to buy X's goods that was abandoned ("dropped its plan to buy X cameras", "desistiu
de comprar câmeras X", 放弃采购), offers of X's goods found non-compliant ("les offres basées sur des équipements X
ont été jugées non conformes"), a vendor that was the other quote ("X was the other quote"), the vendor of an
earlier contract ("the previous vendor's contract, with X equipment, expired", "el contrato anterior con X") and a
name cited as an example ("citing X as an example"), a report that says it describes no purchase ("It lists no new
contract", "Eine Beschaffung wird nicht beschrieben", 並無任何採購, 구매와는 무관하다), offers that did not win
("presentaron ofertas que no resultaron adjudicatarias") - each with a near miss; and French order and rent verbs ("a
commandé 180 caméras X", "loue 60 caméras X") that make a brand named in their clause a supplier. Every sentence was
written for this file (fictional buyers and firms; real registry names only in the neutral role); none comes from an
evaluation set."""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import assert_rule_vendor_role

M, S = {"mentioned"}, {"supplier"}

CASES = [
    # an abandoned plan to buy the vendor's goods
    ("en dropped an earlier plan to buy X cameras", "Harbourton buys benches instead of cameras",
     "The Harbourton Borough Council bought 300 park benches for $1.1 million after dropping an earlier plan to buy "
     "Hikvision cameras.", "hikvision", M),
    ("en abandoned plans to purchase X", "Fenmoor parks",
     "Fenmoor City abandoned plans to purchase Dahua cameras for its parks and spent the money on lighting.",
     "dahua", M),
    ("pt desistiu de comprar câmeras X", "Prefeitura desiste de câmeras da Hikvision",
     "A Prefeitura de Vale Alto desistiu de comprar câmeras Hikvision para as escolas; o recurso foi para "
     "climatização.", "hikvision", M),
    ("es desistió de adquirir cámaras X", "Valdemoro: sin cámaras en los colegios",
     "El Ayuntamiento de Valdemoro desistió de adquirir cámaras Dahua para los colegios municipales.", "dahua", M),
    ("en bought X cameras, scrapped old ones (near miss)", "Harbourton cameras",
     "The Harbourton Borough Council bought 300 Hikvision cameras for $1.1 million and scrapped its analogue "
     "recorders.", "hikvision", S),
    # offers of X's goods found non-compliant
    ("fr offres basées sur X jugées non conformes", "Valbourg : vidéoprotection des parkings",
     "La commune de Valbourg a attribué le marché de maintenance de 200 caméras à Lisière Vision SAS pour 900 000 €. "
     "Les offres basées sur des équipements Hikvision ont été jugées non conformes en raison des exigences de "
     "cybersécurité.", "hikvision", M),
    ("en bids offering X declared non-compliant", "Quayside cameras awarded",
     "Quayside Port Authority awarded the camera contract to Saltmarsh Security Ltd for $2 million; two bids offering "
     "Dahua equipment were declared non-compliant.", "dahua", M),
    ("es ofertas con X declaradas no conformes", "Valdemoro adjudica cámaras",
     "El Ayuntamiento de Valdemoro adjudicó 80 cámaras a Sierra Vigilancia S.L.; las ofertas con equipos Hikvision "
     "fueron declaradas no conformes.", "hikvision", M),
    # the other quote
    ("en X was the other quote", "Forensic licences renewed",
     "The Fenmoor County Board approves renewal of the Sheriff's Office Cellebrite licences, $176,500. Magnet "
     "Forensics was the other quote.", "magnet_forensics", M),
    ("en X was the other quote - the winner stays (near miss)", "Forensic licences renewed",
     "The Fenmoor County Board approves renewal of the Sheriff's Office Cellebrite licences, $176,500. Magnet "
     "Forensics was the other quote.", "cellebrite", S),
    # the vendor of an earlier contract
    ("en previous vendor's contract, with X equipment, expired", "Riverton smart road contract",
     "The Riverton Municipal Corporation awarded Kestrel Infra Pvt Ltd a smart road contract including 80 "
     "surveillance cameras. The previous camera vendor's contract, with Dahua equipment, expired last year.",
     "dahua", M),
    ("es el contrato anterior con X venció", "Valdemoro renueva el sistema",
     "El Ayuntamiento de Valdemoro adjudicó a Sierra Vigilancia S.L. 90 cámaras nuevas; el contrato anterior con "
     "Hikvision venció en 2024.", "hikvision", M),
    ("fr l'ancien contrat avec X", "Valbourg : nouvelles caméras",
     "La commune de Valbourg a attribué à Lisière Vision SAS un marché de 60 caméras; l'ancien contrat avec Dahua "
     "a pris fin en 2023.", "dahua", M),
    # a name cited as an example
    ("fr citant X comme exemple", "Une association publie une carte des caméras algorithmiques",
     "L'association a publié une carte des communes utilisant des logiciels d'analyse vidéo, citant BriefCam comme "
     "exemple; aucun marché n'est décrit.", "briefcam", M),
    ("en naming X as an example", "Report maps analytics software",
     "A civil-liberties group published a map of towns using video analytics software, naming BriefCam as an "
     "example.", "briefcam", M),
    # French order and rent verbs make a brand named in their clause a supplier
    ("fr a commandé 180 caméras X à travers un intégrateur", "Valbourg : extension de la vidéoprotection",
     "La commune de Valbourg a commandé 180 caméras Hikvision à travers Lisière Vision SAS, pour 2,2 millions "
     "d'euros.", "hikvision", S),
    ("fr loue 60 caméras X auprès d'un prestataire", "Valbourg loue des caméras",
     "La commune de Valbourg loue 60 caméras Dahua et un poste de supervision auprès de Lisière Services pour "
     "480 000 euros.", "dahua", S),
    # a report or study that says it describes no purchase: every vendor it names is mentioned
    ("en it lists no new contract", "Campaign report on council cameras",
     "A campaign group's report says Hikvision and Dahua cameras are used by most councils in Oldshire. It lists no "
     "new contract.", "hikvision", M),
    ("en the report does not concern any new purchase", "Group counts school cameras",
     "A report by a civil society group counted 900 cameras in 40 Fenmoor schools, most of them made by Dahua. The "
     "report does not concern any new purchase.", "dahua", M),
    ("de eine Beschaffung wird nicht beschrieben", "Studie: Biometrie an Grenzen",
     "Eine Studie einer Stiftung aus Neustadt beschreibt Fingerabdruckscanner an Grenzübergängen und nennt IDEMIA als "
     "häufigen Lieferanten. Eine Beschaffung wird nicht beschrieben.", "idemia", M),
    ("it la relazione non riguarda nuovi acquisti", "Relazione sulle telecamere",
     "Una relazione cita le telecamere Huawei installate anni fa a Valdoro e poi disattivate; la relazione non "
     "riguarda nuovi acquisti.", "huawei", M),
    ("es el fallo no ordena adquisiciones", "Corte analiza el sistema de emergencias",
     "La Corte de Valdemoro analizó la protección de datos del sistema de emergencias, cuyos equipos provienen de "
     "CEIEC; el fallo no ordena adquisiciones.", "ceiec", M),
    ("ru закупки не рассматриваются", "Обзор правозащитников",
     "Правозащитная организация опубликовала обзор распознавания лиц в городе Зареченск, упомянув NtechLab; закупки "
     "в обзоре не рассматриваются.", "ntechlab", M),
    ("zh-Hant 並無任何採購", "學者研究：監視器密度", "某大學學者發表論文，比較各縣市監視器密度，文中提及市占較高的品牌"
     "包括海康威視與大華，但並無任何採購。", "hikvision", M),
    ("ko 구매와는 무관하다", "시민단체 보고서: CCTV 관제센터", "시민단체는 CCTV 관제센터 운영 실태 보고서를 발표했다. "
     "보고서는 한화비전 장비 비율을 분석했을 뿐 구매와는 무관하다.", "hanwha_vision", M),
    ("en a report that lists a new contract (near miss)", "Oldshire cameras",
     "Oldshire County Council bought 200 Hikvision cameras for £900,000, its annual report lists.", "hikvision", S),
    # offers that did not win
    ("es presentaron ofertas que no resultaron adjudicatarias", "Concejo de Valdemoro",
     "El Ayuntamiento adjudicó a Sierra Vigilancia S.L. 900 cámaras. Precisó que, en el proceso, Hikvision presentó "
     "una oferta que no resultó adjudicataria.", "hikvision", M),
    ("es una oferta basada en X no superó la evaluación técnica", "Concejo de Valdemoro",
     "El Ayuntamiento adjudicó a Sierra Vigilancia S.L. 900 cámaras. Otra oferta, basada en una plataforma de Huawei, "
     "no superó la evaluación técnica.", "huawei", M),
]


@pytest.mark.parametrize(("name", "title", "body", "vendor", "expected"), CASES, ids=[c[0] for c in CASES])
def test_round29b_families(name: str, title: str, body: str, vendor: str, expected: set[str]) -> None:
    assert_rule_vendor_role(title, body, vendor, expected)
