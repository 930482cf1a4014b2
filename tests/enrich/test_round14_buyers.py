"""Round 14, buyers: the body that opens a sentence in more shapes, eForms fields, and no buyer for a notice that
names surveillance only to say it is not bought.

Found on development probe q (written blind by an independent evaluator); every sentence here was written for
these tests, none copied from an evaluation set.
"""
from __future__ import annotations

import pytest

import enrich
from tests.enrich.notice_helpers import first_buyer

# A head-first name whose organisation word the engine did not know, or a shape of sentence it did not read.
SUBJECTS = [
    ("Le Port autonome de Pointe-Noire a acquis 60 caméras de surveillance pour 300 millions de FCFA.",
     "Port autonome de Pointe-Noire"),
    ("La Commission nationale des frontières (CNF) a commandé des lecteurs biométriques pour 90 millions de FCFA.",
     "Commission nationale des frontières"),
    ("La Segreteria di Stato per la Sicurezza ha acquistato 12 telecamere per 80.000 euro.",
     "Segreteria di Stato per la Sicurezza"),
    ("La Presidencia Municipal de Celaya, Guanajuato, pagará 9 millones de pesos por 120 cámaras de videovigilancia.",
     "Presidencia Municipal de Celaya"),
    ("Fakultní nemocnice Olomouc nakoupila 40 kamer za 3 mil. Kč.", "Fakultní nemocnice Olomouc"),
    ("Lučka uprava Rijeka kupila je 30 nadzornih kamera za 200.000 eura.", "Lučka uprava Rijeka"),
    ("Министарство правде Републике Србије потписало је уговор за 50 камера.", "Министарство правде Републике Србије"),
    ("Департамент транспорта Казани выбрал поставщиком ООО «Волга Видео» (контракт 12 млн рублей).",
     "Департамент транспорта Казани"),
    ("The National Identity Programme has awarded US$3 million for 400 iris enrolment kits.",
     "National Identity Programme"),
    ("The City Council of Decatur, Illinois approved a $90,000 contract for 30 CCTV cameras.",
     "City Council of Decatur"),
    ("The City Council of the City of Peoria approved a $70,000 contract for 20 CCTV cameras.", "City of Peoria"),
]
# A sentence opened by something else first: a dateline's dash, a fronted place, an initial of a state.
OPENINGS = [
    ("San Salvador.— El Ministerio de Justicia adjudicó US$2 millones por 300 cámaras de videovigilancia.",
     "Ministerio de Justicia"),
    ("À Bamako, le ministère de la Sécurité a attribué 900 millions de FCFA pour des caméras de vidéosurveillance.",
     "ministère de la Sécurité"),
    ("In Kisumu, the County Government of Kisumu has awarded a contract for 150 CCTV cameras.",
     "County Government of Kisumu"),
    ("GUADALAJARA, JAL.— La Comisaría de Seguridad de Guadalajara instaló 80 cámaras de videovigilancia.",
     "Comisaría de Seguridad de Guadalajara"),
    ("BERN — Die Kantonspolizei Bern hat 20 Bodycams für 90.000 Franken gekauft.", "Kantonspolizei Bern"),
    ("ВАРНА — Министерството на правосъдието закупи 40 камери за видеонаблюдение.", "Министерството на правосъдието"),
    ("TAMPERE — Tampereen poliisilaitos hankki 30 valvontakameraa 90 000 eurolla.", "Tampereen poliisilaitos"),
    ("LUBUMBASHI — La Police nationale congolaise enregistre les empreintes digitales des suspects.",
     "Police nationale congolaise"),
]
# eForms fields flattened onto one line, and an award "by" the buyer a few words after the verb.
FIELDS = [
    ("BT-500 Organisation name: Dundee City Council\nBT-27 Estimated value: 900 000 GBP\nBT-24 Description: CCTV.",
     "Dundee City Council"),
    ("BT-500 Organisation name: Police Service of Northern Ireland. BT-27 Estimated value: 2 000 000 GBP.",
     "Police Service of Northern Ireland"),
    ("In the quarter we were awarded a $1.1 million licence by the Omaha Police Department for video search.",
     "Omaha Police Department"),
]


@pytest.mark.parametrize(("body", "buyer"), SUBJECTS + OPENINGS + FIELDS,
                         ids=[b[:30] for _, b in SUBJECTS + OPENINGS + FIELDS])
def test_the_buyer_is_read(body: str, buyer: str) -> None:
    assert first_buyer("Video surveillance", body) == buyer


def test_an_initial_is_no_sentence_start() -> None:
    body = "MÉRIDA, YUC.— La Secretaría de Seguridad Pública de Yucatán instaló 40 cámaras de videovigilancia."
    assert first_buyer("Mérida: cámaras", body) == "Secretaría de Seguridad Pública de Yucatán"


# A notice that names surveillance only to say it is not bought, and names no price: the body it names buys nothing,
# so it is mentioned, never the buyer (the evaluation sets since set f label no buyer on these).
DENIALS = [
    ("Police: no facial recognition at the marathon",
     "LEEDS — West Yorkshire Police said no facial recognition cameras will be used at Sunday's marathon.",
     "West Yorkshire Police"),
    ("Lyon : pas de reconnaissance faciale dans le métro",
     "LYON — La Métropole de Lyon a confirmé qu'aucun système de reconnaissance faciale ne sera installé.",
     "Métropole de Lyon"),
]


@pytest.mark.parametrize(("title", "body", "body_named"), DENIALS, ids=[n for _, _, n in DENIALS])
def test_a_denial_names_no_buyer(title: str, body: str, body_named: str) -> None:
    result = enrich.enrich(title, body)
    assert not result.tags
    assert [p for p in result.parties if p.role == "buyer"] == []
    assert body_named in [p.name for p in result.parties if p.role == "mentioned"]


def test_a_purchase_beside_an_absent_camera_keeps_its_buyer() -> None:
    """LED lamps bought, cameras said absent: the council still buys the lamps."""
    body = ("Wrexham County Borough Council has awarded a £640,000 contract for 2,000 LED street lamps. "
            "The lamps carry no cameras.")
    assert first_buyer("Street lighting contract", body) == "Wrexham County Borough Council"
