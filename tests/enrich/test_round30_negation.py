"""Round 30, negated notices: shapes that recur across sets and languages, not one notice's words.

- A list subject closed by a negation after its last item ("Facial recognition, gait recognition and licence plate
  reading are not included", "El reconocimiento facial, … y la lectura de matrículas quedan excluidos", "…, … und …
  sind nicht Bestandteil", "…, … et … sont exclues"): every item is negated, not only those after the last comma
  (enrich/classify/listsubject.py). One comma alone ("40 cameras, facial recognition is not included") is two
  clauses: the cameras keep their tag.
- A negation that takes the cue right after it as its object ("40 street cameras excluding facial recognition",
  "cámaras excluyendo el reconocimiento facial") does not negate the cue before it: the cameras are bought
  (listsubject.py `_heads_own_object`).
- A headline that buys something "with" a technology its body only negates ("Polisen köper kameror med
  ansiktsigenkänning" over "Ansiktsigenkänning ingår inte i avtalet"): the body corrects the headline, the cameras
  stay (enrich/classify/__init__.py `_named_as_feature`). A body that names the feature bought keeps it.
- A body opening with a third party's report or study that documents, describes or examines the technology ("A report
  by … documents", "Un informe de … documenta", "Un rapport de … décrit", "Ein Bericht der … dokumentiert", "Um
  relatório da … descreve", "Uno studio dell'… analizza"): it buys nothing (enrich/classify/reports.py). Not an
  auditor's or inspector's report, not a notice naming a price, not what a purchase verb of the body buys.
- A body opening with a maker's product shown at a trade fair ("unveiled … at the Security Expo", "presentó … en la
  feria", "a dévoilé … au salon", "stellte … auf der Messe … vor", 在安博会上展示): marketing, no buyer, buys nothing
  (reports.py `opens_with_marketing`); not a press conference, not a purchase of what was shown.
- Languages missing from a family the others already read: ru "no X was bought" in the past or future ("не
  закупалась", "не была закуплена", "закупаться не будет"); it a motion or proposal rejected ("ha respinto la
  mozione", "bocciata", "rigettata"), as es rechazó, pt rejeitou, fr a rejeté, de lehnte ab.
Every text was written for this file (fictional bodies and firms); none comes from an evaluation set."""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import enriched_tag_ids

_tags = enriched_tag_ids


@pytest.mark.parametrize(("title", "body", "denied"), [
    ("Camera maintenance contract, Westbrook",
     "Westbrook renews the maintenance of 40 street cameras with Harbour Optics Ltd for $86,000. Facial recognition, "
     "gait recognition and licence plate recognition are not included.", "facial_recognition"),
    ("Minutes: Public Safety Committee, Eastvale",
     "Item 5. Renewal of the downtown camera maintenance contract with Ridge Video Inc. for $120,000. Staff confirmed "
     "that face matching, gait matching and any estimate of race or ethnicity are expressly excluded.",
     "facial_recognition"),
    ("Mantenimiento de cámaras de videovigilancia, Villaverde",
     "El ayuntamiento de Villaverde adjudica el mantenimiento de 40 cámaras por 90.000 euros. El reconocimiento "
     "facial, el reconocimiento de la marcha y la lectura de matrículas quedan excluidos del contrato.",
     "facial_recognition"),
    ("Wartung der Videoüberwachung, Neustadt",
     "Die Stadt Neustadt vergibt die Wartung von 40 Kameras für 90.000 Euro. Gesichtserkennung, Ganganalyse und "
     "Kennzeichenerkennung sind nicht Bestandteil des Auftrags.", "facial_recognition"),
    ("Maintenance de la vidéosurveillance, Villeneuve",
     "La ville de Villeneuve confie la maintenance de 40 caméras pour 90 000 euros. La reconnaissance faciale, la "
     "reconnaissance de la démarche et la lecture de plaques sont exclues du marché.", "facial_recognition"),
])
def test_a_list_subject_negated_after_its_last_item_loses_every_item(title: str, body: str, denied: str) -> None:
    tags = _tags(title, body)
    assert denied not in tags
    assert "cctv" in tags


def test_one_comma_is_two_clauses_not_a_list() -> None:
    tags = _tags("Camera contract, Westbrook",
                 "Westbrook buys 40 street cameras from Harbour Optics Ltd for $86,000, facial recognition is not "
                 "included.")
    assert "cctv" in tags
    assert "facial_recognition" not in tags


def test_a_list_whose_items_are_bought_keeps_them() -> None:
    tags = _tags("Camera contract, Westbrook",
                 "Westbrook buys facial recognition, licence plate recognition and 40 street cameras from Harbour "
                 "Optics Ltd for $86,000; storage upgrades are not included.")
    assert {"cctv", "facial_recognition", "vehicle_recognition"} <= tags


@pytest.mark.parametrize(("title", "body"), [
    ("Polisen köper kameror med ansiktsigenkänning till tunnelbanan",
     "Polismyndigheten i Norrby har tecknat avtal för 34 miljoner kronor om 200 kameror i tunnelbanan. "
     "Ansiktsigenkänning ingår inte i avtalet."),
    ("Westbrook police buy 200 cameras with facial recognition for the metro",
     "The Westbrook police signed a $3 million contract for 200 metro cameras with Harbour Optics Ltd. Facial "
     "recognition is not included in the contract."),
    ("La policía de Villaverde compra cámaras con reconocimiento facial",
     "La policía de Villaverde firmó un contrato de 3 millones de euros por 200 cámaras. El reconocimiento facial no "
     "está incluido en el contrato."),
])
def test_a_headline_feature_the_body_only_negates_is_dropped(title: str, body: str) -> None:
    tags = _tags(title, body)
    assert "facial_recognition" not in tags
    assert "cctv" in tags


def test_a_headline_feature_the_body_buys_is_kept() -> None:
    tags = _tags("Westbrook police buy 200 cameras with facial recognition for the metro",
                 "The Westbrook police signed a $3 million contract for 200 cameras with facial recognition. Facial "
                 "recognition data is not stored beyond 30 days.")
    assert {"cctv", "facial_recognition"} <= tags


@pytest.mark.parametrize(("title", "body"), [
    ("Report: facial recognition in Northland",
     "A report by the Open Rights Group documents the spread of facial recognition in Northland's cities."),
    ("Informe: reconocimiento facial en Norteña",
     "Un informe de la ONG Derechos Digitales documenta la expansión del reconocimiento facial en las ciudades de "
     "Norteña."),
    ("Rapport : la reconnaissance faciale au Nordland",
     "Un rapport de l'association Libertés Numériques décrit l'essor de la reconnaissance faciale dans les villes du "
     "Nordland."),
    ("Bericht: Gesichtserkennung in Nordland",
     "Ein Bericht der Organisation Digitale Rechte dokumentiert die Ausbreitung der Gesichtserkennung in Nordland."),
    ("Relatório: reconhecimento facial em Nortelândia",
     "Um relatório da ONG Direitos na Rede descreve a expansão do reconhecimento facial nas cidades de Nortelândia."),
    ("Studio: il riconoscimento facciale a Nordlandia",
     "Uno studio dell'associazione Diritti Digitali analizza la diffusione del riconoscimento facciale a Nordlandia."),
])
def test_a_body_opening_with_a_third_party_report_buys_nothing(title: str, body: str) -> None:
    assert "facial_recognition" not in _tags(title, body)


@pytest.mark.parametrize(("title", "body"), [
    ("Audit: Westbrook police cameras",  # an oversight body speaks of a purchase that was made
     "A report by the State Auditor examines the Westbrook police purchase of facial recognition cameras."),
    ("Report: facial recognition in Northland",  # a purchase verb of the body buys it
     "A report by the Open Rights Group documents how the Northland police bought facial recognition cameras."),
    ("Report: facial recognition in Northland",  # a price
     "A report by the Open Rights Group documents the Northland police's facial recognition system, a $2 million "
     "contract."),
    ("Westbrook police buy facial recognition",  # the report is not the body's opening
     "The Westbrook police bought facial recognition software from Northvision Ltd. A report by the Open Rights "
     "Group documents similar systems in other cities."),
])
def test_a_report_of_a_purchase_keeps_its_tag(title: str, body: str) -> None:
    assert "facial_recognition" in _tags(title, body)


@pytest.mark.parametrize(("title", "body"), [
    ("Westbrook: supply notice", "Supply of 40 street cameras excluding facial recognition, $86,000."),
    ("Villaverde: suministro", "Suministro de 40 cámaras excluyendo el reconocimiento facial, 90.000 euros."),
])
def test_a_negation_with_its_own_object_leaves_the_cue_before_it(title: str, body: str) -> None:
    tags = _tags(title, body)
    assert "cctv" in tags
    assert "facial_recognition" not in tags


@pytest.mark.parametrize("sentence", ["Система распознавания лиц не закупалась.",
                                      "Система распознавания лиц не была закуплена.",
                                      "Система распознавания лиц закупаться не будет."])
def test_ru_no_x_was_bought(sentence: str) -> None:
    tags = _tags("Новоград: безопасность", f"Мэрия Новограда установила 40 камер за 9 млн рублей. {sentence}")
    assert "cctv" in tags
    assert "facial_recognition" not in tags


def test_ru_a_purchase_of_x_keeps_it() -> None:
    body = "Мэрия Новограда закупила 40 камер с системой распознавания лиц за 9 млн рублей."
    assert "facial_recognition" in _tags("Новоград: безопасность", body)


def test_it_a_rejected_motion_buys_nothing() -> None:
    tags = _tags("Consiglio di Villanova", "Il consiglio comunale ha respinto la mozione per acquistare telecamere con "
                 "riconoscimento facciale.")
    assert "facial_recognition" not in tags


def test_it_a_rejected_feature_beside_bought_cameras_keeps_the_cameras() -> None:
    tags = _tags("Villanova: telecamere", "La giunta ha bocciato la proposta di riconoscimento facciale; le 40 "
                 "telecamere sono state acquistate per 90.000 euro.")
    assert "cctv" in tags
    assert "facial_recognition" not in tags


@pytest.mark.parametrize(("title", "body"), [
    ("Northvision launches face recognition camera",
     "Northvision Ltd unveiled its new face recognition camera at the Security Expo in Birmingham."),
    ("Norvisión presenta su cámara", "Norvisión presentó su nueva cámara con reconocimiento facial en la feria "
     "Seguridad 2026 de Madrid."),
    ("Nordvision auf der Messe",
     "Nordvision stellte auf der Messe Security Essen seine Kamera mit Gesichtserkennung vor."),
    ("Nordvision au salon", "Nordvision a dévoilé sa caméra à reconnaissance faciale au salon Milipol."),
    ("某公司亮相安博会", "某科技公司在2026安博会上展示了新一代人脸识别摄像机。"),
])
def test_a_product_shown_at_a_trade_fair_buys_nothing(title: str, body: str) -> None:
    assert _tags(title, body) == set()


@pytest.mark.parametrize(("title", "body"), [
    ("Westbrook police show new cameras",
     "The Westbrook police presented the facial recognition cameras they bought at a press conference."),
    ("Westbrook buys expo cameras", "Westbrook bought 40 face recognition cameras unveiled at the Security Expo."),
])
def test_a_purchase_beside_a_showing_keeps_its_tags(title: str, body: str) -> None:
    assert "facial_recognition" in _tags(title, body)
