"""Round 32 (buyers32): an overseeing body is never the buyer, read from set ag's mismatches and counted first on af,
ae and ac (fictional bodies and firms; towns as placeholders).

- an overseer's acronym written in capitals ("La CNIL a mis en demeure la Ville de X"): the name was read in title
  case ("Cnil") and so as no overseer (ag, af, ae);
- what an overseer's text says: a report, a conclusion, a question, an objection, a refusal, a sanction, a
  recommendation ("The Office of Inspector General reported that X paid", "La Contraloría cuestionó el contrato de
  X", "The committee asked X to explain", "Il Garante ha sanzionato il Comune di X", "Депутаты … запросили у X",
  "국가인권위원회는 X가 … 권고했다"): ag 3, af 3, ae 2, ac 1;
- overseers the list missed: a Superior Court, a Chamber of Deputies, a regional legislature's deputies
  (Законодательное собрание, депутаты), a human rights commission and the audit board in Korean (af, ac).
"""
from __future__ import annotations

import pytest

from enrich import enrich


def _buyer(title: str, body: str) -> str | None:
    parties = [p for p in enrich(title, body).parties if p.role == "buyer"]
    return parties[0].name if parties else None


@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("La CNIL met en demeure une commune pour ses caméras",
     "La CNIL a mis en demeure la Ville de Corvenay (Isère) au sujet du logiciel d'analyse automatique ajouté à ses "
     "caméras de vidéoprotection, acheté 64 000 euros à Belledonne Vision SAS.", "Ville de Corvenay"),
])
def test_an_overseer_written_in_capitals(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("Contraloría cuestiona contrato de cámaras",
     "La Contraloría de Villaverde cuestionó el contrato de COP 12.000 millones de la Secretaría Distrital de "
     "Movilidad con Altiplano Vigilancia S.A.S. para el mantenimiento de 900 cámaras.",
     "Secretaría Distrital de Movilidad"),
    ("Parliament committee demands answers on face recognition",
     "Parliament's Portfolio Committee on Home Affairs asked the Republic of Korlia Police to explain a US$1.2 "
     "million contract with Baobab Vision Systems for face-recognition cameras at border posts.",
     "Republic of Korlia Police"),
    ("Il Garante sanziona il comune per la videosorveglianza",
     "Il Garante per la protezione dei dati personali ha sanzionato il Comune di Valbruna per un progetto che "
     "analizzava le immagini delle telecamere in strada.", "Comune di Valbruna"),
    ("Запрос депутатов о камерах",
     "Депутаты Законодательного собрания Северной области запросили у ГКУ «Центр городского мониторинга» сведения "
     "о модуле распознавания лиц, закупленном у ООО «Север Интеллект» за 30 млн руб.",
     "ГКУ «Центр городского мониторинга»"),
    ("Court orders release of ALPR contract",
     "A Superior Court judge in Riverbend ordered the Riverbend County Sheriff's Office to release records of its "
     "licence plate reader contract with Delta Plate Analytics, worth $0.8 million.",
     "Riverbend County Sheriff's Office"),
    ("국가인권위원회, CCTV 기능 중단 권고",
     "국가인권위원회는 한빛시가 다문화거리 CCTV에 도입한 국적 추정 기능의 사용 중단을 권고했다. 한빛시는 이 기능을 "
     "가상AI(주)로부터 2억 원에 구매했다.", "한빛시"),
])
def test_an_overseer_gives_way_to_the_body_it_questions(title: str, body: str, buyer: str) -> None:
    # r39b (README 17:37): a report that buys nothing keeps the body it is about as `mentioned`, no buyer
    parties = enrich(title, body).parties
    assert _buyer(title, body) in (buyer, None)
    assert buyer in {p.name for p in parties if p.role in ("buyer", "mentioned")}


def test_an_overseer_that_reports_names_no_purchase_of_its_own() -> None:
    """The inspector general reports on another body: it is never the buyer (the body it names, or none)."""
    buyer = _buyer("Inspector general: transit cameras replaced at cost",
                   "The Office of Inspector General of the Metropolitan Transit Board, Riverbend, reported that the "
                   "Riverbend Transit Authority paid Harbour Signal Works $2.2 million to replace station cameras.")
    assert buyer == "Riverbend Transit Authority"


def test_a_council_that_buys_is_still_the_buyer() -> None:
    """A body that buys and is no overseer keeps its sentence, whatever verbs the text holds."""
    assert _buyer("Council buys cameras", "Riverbend City Council bought 40 CCTV cameras from Harbour Vision Ltd for "
                  "$90,000 after residents asked for them.") == "Riverbend City Council"


# A buyer field written inside prose ends with its sentence: the sentence's full stop is no part of the name, a legal
# form's or an abbreviation's own dot is (ag 2, ae 1, j 1; suppliers read so since round 30).
@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("Commune de Valcourt-sur-Lys — aménagement du centre-bourg (lot 6 vidéoprotection)",
     "Lot 5 mobilier 60 000 € ; lot 6 vidéoprotection (14 caméras) 95 000 €, attribué à Cantal Réseaux SARL. "
     "Acheteur : Commune de Valcourt-sur-Lys.", "Commune de Valcourt-sur-Lys"),
    ("Licitación por lotes: parque, cámaras y alumbrado",
     "Lote 2: 30 cámaras de videovigilancia, USD 210.000, Sierra Seguridad S.A. Lote 3: alumbrado, USD 140.000, "
     "Luz del Valle Cía. Ltda. Entidad: Gobierno Autónomo Descentralizado Municipal de Valcorto.",
     "Gobierno Autónomo Descentralizado Municipal de Valcorto"),
    ("Servicios de inspección con cámara CCTV",
     "Importe: 1.098.540,00 €. Poder adjudicador: Empresa Metropolitana de Aguas de Valcorto, S.A.",
     "Empresa Metropolitana de Aguas de Valcorto, S.A."),
    ("Camera purchase", "Cameras bought for the lobby. Buyer: Riverbend Police Dept.", "Riverbend Police Dept."),
])
def test_a_buyer_field_in_prose_ends_before_the_sentence_dot(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


# A state or province written after a buyer field's name, with or without a town before it, is the place, not the
# name (ag "…, Alabama", ae "…, Nova Scotia" and "…, Edinburg, Texas"; y, b: a town before the region).
@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("Ferry terminal renovation",
     "Scope: replacement of terminal security cameras. Awarded to Basin Contractors Ltd for CAD 3,210,000. "
     "Buyer: Riverbend Regional Municipality, Nova Scotia.", "Riverbend Regional Municipality"),
    ("Award: Real-time crime center software",
     "Recipient: Gulfline Public Safety Tech LLC. Awarding agency: City of Riverbend Police Department, Alabama. "
     "Description: real-time crime center platform integrating city cameras. Obligated amount: $1,475,000.",
     "City of Riverbend Police Department"),
    ("FY2027 capital improvements package",
     "Buyer: Riverbend County Commissioners Court, Edinburg, Texas. Lot 4: CCTV cameras for the courthouse, $300,000.",
     "Riverbend County Commissioners Court"),
])
def test_a_region_after_a_buyer_field_is_its_place(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer
