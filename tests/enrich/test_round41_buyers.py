"""Round 41 (buyers): texts that only report on a body name no buyer (an auditor's finding, an overseer at its
work); names kept with their state or their field (وزارة الداخلية بدولة الكويت, "Protection civile du Mali"); a school
district's board; a Korean city before its district. Sentences written for these tests, not taken from the labelled
sets."""
from __future__ import annotations

import pytest

from enrich import enrich


def _parties(title: str, body: str) -> list[tuple[str, str]]:
    return [(p.role, p.name) for p in enrich(title, body).parties]


def _buyer(title: str, body: str) -> str | None:
    return next((name for role, name in _parties(title, body) if role == "buyer"), None)


@pytest.mark.parametrize(("title", "body"), [
    # an auditor's or inspector's finding that states no purchase: the body it is about buys nothing here
    ("Auditors criticise police camera rollout",
     "The State Auditor found that the Riverton Police Department kept facial recognition logs without a retention "
     "policy, the report published on Tuesday says."),
    ("Inspector general reviews plate readers",
     "The Office of Inspector General found that the Millbrook Police Department rarely checked plate-reader hits "
     "before stops."),
    # an overseer at its work in the lead, no purchase stated (fr es)
    ("La CNIL met en demeure une commune",
     "La CNIL a mis en demeure la commune de Saint-Arnoux de cesser l'usage de caméras « intelligentes » qui "
     "détectent les comportements."),
    ("La Defensoría del Pueblo cuestiona cámaras",
     "La Defensoría del Pueblo pidió a la Secretaría de Seguridad de Villa Serena explicar el uso de analítica de "
     "video en sus cámaras."),
])
def test_a_report_on_a_body_names_no_buyer(title: str, body: str) -> None:
    assert _buyer(title, body) is None


@pytest.mark.parametrize(("title", "body"), [
    # a police statement that a trial or a system ended, and nothing is bought
    ("Gait analysis pilot ends", "Millbrook Police Department ended its six-month gait analysis pilot and will not "
                                 "buy the software."),
    ("Face search retired", "Harlow County Sheriff's Office, Ore., retired its face search tool and will not replace "
                            "it."),
    ("Sheriff ends trial", "Dunmore County Sheriff's Office said it ended its Clearview AI trial; no contract "
                           "followed."),
])
def test_a_body_that_ended_a_trial_buys_nothing(title: str, body: str) -> None:
    assert _buyer(title, body) is None


def test_a_body_that_ended_a_trial_and_bought_something_else_is_the_buyer() -> None:
    assert _buyer("Police swap analytics", "Millbrook Police Department ended its BriefCam trial and bought 40 Axis "
                                           "cameras for $90,000.") == "Millbrook Police Department"


@pytest.mark.parametrize(("title", "body", "buyer"), [
    # the same overseers where the text says the body bought something: the body stays the buyer
    ("Audit: police bought cameras for $2 million",
     "The State Auditor found that the Riverton Police Department paid $2 million for 80 cameras from Acme Vision "
     "Ltd.", "Riverton Police Department"),
    ("Ville de Saint-Arnoux : 40 caméras",
     "La commune de Saint-Arnoux a attribué un marché de 300 000 euros à Vidéo Sud SARL pour 40 caméras.",
     "commune de Saint-Arnoux"),
])
def test_a_purchase_an_overseer_speaks_of_keeps_its_buyer(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize(("title", "body", "buyer"), [
    # ar: the state a ministry belongs to is part of its name (README "names with their country")
    ("مناقصة كاميرات مراقبة",
     "أعلنت وزارة الداخلية بدولة الكويت عن مناقصة لتوريد وتركيب كاميرات مراقبة في المنافذ الحدودية.",
     "وزارة الداخلية بدولة الكويت"),
    ("مشروع كاميرات",
     "وقعت وزارة الداخلية بمملكة البحرين عقداً لتركيب 300 كاميرا مراقبة في الطرق السريعة.",
     "وزارة الداخلية بمملكة البحرين"),
    # fr: a ministry's field with its adjective, and the country after it
    ("Bamako : caméras de vidéosurveillance",
     "Le Ministère de la Sécurité et de la Protection civile du Mali a reçu 150 caméras installées par Sahel "
     "Vision SARL. Coût : 2 000 000 000 FCFA.", "Ministère de la Sécurité et de la Protection civile du Mali"),
    ("Vidéosurveillance à la gare",
     "Le Ministère de la Sécurité intérieure a autorisé 20 caméras supplémentaires autour de la gare ; prestataire "
     "Alzette Systems, 640 000 euros.", "Ministère de la Sécurité intérieure"),
    ("Drones à caméras thermiques",
     "La Direction de la Protection civile a acquis 12 drones équipés de caméras thermiques auprès de Sahel Drones "
     "SARL pour 90 millions FCFA.", "Direction de la Protection civile"),
    # en: a school district's board decides; the district is the buyer
    ("Board approves school cameras",
     "The Millard Public Schools board approved 200 cameras from Verkada for $300,000.", "Millard Public Schools"),
    ("Vape detectors approved",
     "The Round Rock ISD board approved $260,000 for vape detectors in restrooms.", "Round Rock ISD"),
    # ko: a city before its district, as printed
    ("해운대구, 지능형 CCTV 도입",
     "부산시 해운대구는 해수욕장에 지능형 CCTV 40대를 설치했다. 사업비 9억 원.", "부산시 해운대구"),
    ("수성구 CCTV", "대구시 수성구는 어린이보호구역에 CCTV 30대를 설치했다. 사업비 3억 원.", "대구시 수성구"),
    ("CCTV 설치", "경기도 수원시는 어린이보호구역에 CCTV 80대를 설치한다. 사업비 12억원.", "수원시"),
])
def test_names_read_whole(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize(("title", "body", "buyer"), [
    # hu: the firm a body contracts "with" (-val/-vel) is no part of its name
    ("Szeged: térfigyelő kamerák",
     "Szeged Megyei Jogú Város Önkormányzata a Tisza Kamera Zrt.-vel kötött szerződést 60 kamera telepítésére, 40 "
     "millió forintért.", "Szeged Megyei Jogú Város Önkormányzata"),
    ("Budapest: kamerák", "Budapest Főváros Önkormányzata 120 térfigyelő kamerát vásárolt 300 millió forintért.",
     "Budapest Főváros Önkormányzata"),
    # en: a bracketed acronym before the country that is part of the name; a town after it is left out
    ("Biometric kits", "The National Registration Bureau (NRB) of Malawi bought 300 biometric kits from Acme Ltd.",
     "National Registration Bureau (NRB) of Malawi"),
    ("Biometric kits", "The National Registration Bureau (NRB) of Lilongwe bought 300 biometric kits from Acme Ltd.",
     "National Registration Bureau"),
    # ru: the procedure named before the body that runs it
    ("Закупка камер", "Электронный аукцион администрации города Томска на поставку 80 камер (НМЦК 12 млн рублей) "
                      "завершён.", "администрации города Томска"),
    ("Камеры", "Администрация города Томска закупила 50 камер за 10 млн рублей.", "Администрация города Томска"),
])
def test_words_around_a_name(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


def test_school_people_are_no_buyer() -> None:
    """A school district named as where people come from buys nothing."""
    assert _buyer("Students visit police", "Students from Denver Public Schools visited the police training "
                                           "centre on Friday.") is None


def test_a_french_adjective_after_a_capitalised_word_outside_a_name() -> None:
    """"civile" after a capitalised word that is no body's field stays out of the name."""
    buyer = _buyer("Caméras", "La Ville de Lyon a acquis 30 caméras auprès de Vidéo Sud SARL pour 200 000 euros.")
    assert buyer == "Ville de Lyon"
