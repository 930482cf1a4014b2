"""Round 43, facial recognition: (1) a use a named body stopped, a trial it ended, or a running system a court ordered
suspended still ran and is tagged (tests/eval/README.md "Technologies of texts that buy nothing": "an order to stop
does not undo what ran"; enrich/classify/stopped_use.py), while a tender suspended, a product no longer sold and a use
denied stay untagged; (2) face comparison named by its es/pt nouns ("cotejo facial", "comparação facial") is face
recognition, and "without cameras" negates only the cameras (cue file, facial_recognition r43).
Sentences written for this test, not taken from the evaluation sets; every body and firm is fictional.
"""
from __future__ import annotations

import pytest

from enrich import enrich


def _tags(title: str, body: str) -> dict[str, str]:
    return {tag.taxonomy_id: tag.evidence.text for tag in enrich(title=title, body=body).tags}


@pytest.mark.parametrize("title, body, evidence", [
    ("Police statement", "LAKEVILLE — The Lakeville Police Department said on Monday it has stopped using a facial "
     "recognition tool its investigators had used on suspect photos.", "facial recognition"),
    ("Pilot over", "The Northland Constabulary said its pilot of face-recognition body cameras ended in 2024 and was "
     "not extended.", "face-recognition"),
    ("Juez ordena suspender", "Una jueza de Rosario ordenó a la Municipalidad suspender el sistema de reconocimiento "
     "facial que funcionaba sobre las cámaras del centro.", "reconocimiento facial"),
    ("警務處試點", "資料摘要指出，某市警察局於去年在車站大廳測試即時人臉識別兩個月，測試已結束。", "人臉識別"),
])
def test_stopped_use_keeps_facial(title: str, body: str, evidence: str) -> None:
    tags = _tags(title, body)
    assert tags.get("facial_recognition", "").lower() == evidence.lower()


def test_ordered_suspension_on_city_cameras_is_cctv_too() -> None:
    tags = _tags("Juez ordena suspender", "Una jueza de Rosario ordenó a la Municipalidad suspender el sistema de "
                 "reconocimiento facial que funcionaba sobre las cámaras del centro.")
    assert "cctv" in tags


@pytest.mark.parametrize("title, body", [
    ("Pregão suspenso", "A Prefeitura de Londrina suspendeu o pregão de câmeras com reconhecimento facial por decisão "
     "do Tribunal de Contas."),
    ("Denial", "The Riverton Police Department said it has never used facial recognition and has no plans to buy it."),
    ("Licitación suspendida", "El municipio de Tarija suspendió la licitación del sistema de reconocimiento facial "
     "para la terminal de buses."),
])
def test_stopped_purchase_or_denial_stays_untagged(title: str, body: str) -> None:
    assert "facial_recognition" not in _tags(title, body)


@pytest.mark.parametrize("title, body, evidence", [
    ("Policía compra software de cotejo facial", "La Policía de la Provincia de Salta contrató licencias de cotejo "
     "facial para búsquedas sobre fotografías de prontuarios, sin cámaras, por ARS 95.000.000.", "cotejo facial"),
    ("Polícia adquire licença", "A Polícia Civil do Estado do Ceará adquiriu licenças de software de comparação facial "
     "para o Instituto de Identificação, sem câmeras, por R$ 1.200.000,00.", "comparação facial"),
])
def test_face_comparison_nouns_without_cameras(title: str, body: str, evidence: str) -> None:
    tags = _tags(title, body)
    assert tags.get("facial_recognition") == evidence
    assert "cctv" not in tags


@pytest.mark.parametrize("title, body", [
    ("Busan: police buy station cameras", "The Busan Metropolitan Police Agency bought 300 cameras for metro stations, "
     "₩ 4.1 billion, with live face matching disabled."),
    ("Council approves camera renewal", "Dunedin City Council approved NZ$900,000 to replace 60 CCTV cameras. "
     "Councillors removed a clause that would have enabled facial recognition."),
    ("Annual report excerpt", "Harrow Vision Ltd manufactures CCTV cameras. We stopped selling facial recognition "
     "analytics in 2024 and no longer offer it."),
])
def test_disabled_removed_or_no_longer_sold_is_cameras_only(title: str, body: str) -> None:
    tags = _tags(title, body)
    assert "facial_recognition" not in tags
    assert "cctv" in tags


def test_cameras_bought_with_recognition_keep_it() -> None:
    tags = _tags("Town buys cameras", "The Town of Ashby bought 40 cameras with facial recognition for EUR 300,000 "
                 "for the disabled entrance at the station.")
    assert tags.get("facial_recognition") == "facial recognition"
