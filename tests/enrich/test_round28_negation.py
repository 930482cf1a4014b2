"""Round 28, hard negatives: questions put in hearings answered no, relative clauses that take a thing back.

- A member's question "about" a technology in minutes or a hearing, answered no by the official right after it
  (asked about / preguntaron por / سأل عن / 询问…是否, replies that deny through an anaphor or say the devices do
  something else only): the technology is not bought (enrich/classify/replies.py).
- A headline naming a hearing, debate, parliamentary question or its answer revisits: a technology it names and
  the body names only to deny is not tagged.
- "…, which the director said had been rejected", "…, cuja inclusão … foi abandonada": a relative clause that
  reports the thing rejected or dropped takes it back (enrich/classify/takeback.py).
- "the contract forbids adding X"; de „X“ gestrichen; the cameras a notice says are all it still buys stay cctv.
Every text was written for this file (fictional bodies and firms); none comes from an evaluation set."""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import enriched_tag_ids

_tags = enriched_tag_ids


@pytest.mark.parametrize(("title", "body", "denied", "kept"), [
    ("Minutes — Town of Elmbrook, Public Safety Committee",
     "3. Discussion of the plate reader contract with Brookline Traffic Data LLC for 12 ALPR cameras. CM Voss asked "
     "about face capture; staff confirmed the devices read plates only and the contract forbids adding facial "
     "recognition.", "facial_recognition", "vehicle_recognition"),
    ("Elmbrook: council hearing on the Safe Streets contract",
     "Councillors asked about the option to recognise people by gait; the police chief said that such a function was "
     "not part of the contract. The 300 CCTV cameras of the Safe Streets contract are installed by Elm Security Ltd.",
     "gait_recognition", "cctv"),
    ("Concejo de Villa Alta — acta de sesión: debate sobre cámaras y puntaje ciudadano",
     "El secretario informó que el municipio adjudicó a Montes Seguridad S.A.S. la instalación de 200 cámaras de "
     "videovigilancia. Varios concejales preguntaron por el componente \"Puntaje Ciudadano\", que otorgaría puntos a "
     "los residentes. El secretario respondió que ese componente fue retirado del proyecto y no se contratará.",
     "social_credit", "cctv"),
    ("مجلس المحافظة يناقش مشروع كاميرات المدينة",
     "ركبت شركة الواحة للأنظمة الأمنية 400 كاميرا مراقبة في شوارع المدينة. كما سأل أعضاء المجلس عن إمكانية استخدام "
     "الكاميرات للتعرف على الوجوه، فأجاب المسؤولون بأن المرحلة الحالية لا تتضمن هذه الخاصية.",
     "facial_recognition", "cctv"),
])
def test_a_question_answered_no_in_minutes_denies_only_what_was_asked(title: str, body: str, denied: str,
                                                                      kept: str) -> None:
    tags = _tags(title, body)
    assert denied not in tags
    assert kept in tags


@pytest.mark.parametrize(("title", "body"), [
    ("議會質詢紀錄：警察局是否採購IMSI捕捉器",
     "議會第3會期質詢中，議員詢問市警察局是否編列預算購置IMSI捕捉器。市警察局書面答覆：本局並未採購亦無規劃採購IMSI"
     "捕捉器。"),
    ("Landtag — Antwort der Landesregierung auf die Kleine Anfrage 77: Gesichtserkennung",
     "Frage 1: Setzt die Landespolizei Software zur Gesichtserkennung ein? Antwort: Nein. Die Landespolizei setzt "
     "keine Gesichtserkennung ein."),
])
def test_a_parliamentary_question_answered_no_buys_nothing(title: str, body: str) -> None:
    assert _tags(title, body) == set()


@pytest.mark.parametrize(("title", "body", "denied", "kept"), [
    ("Riverton council debates gait analytics on buses",
     "The transit agency runs gait analytics on the footage of its 800 bus CCTV cameras. A councillor showed that the "
     "same supplier had offered a face-recognition module based on software from another vendor, which the director "
     "said had been rejected.", "facial_recognition", "cctv"),
    ("Tribunal de Contas: relatório sobre câmeras corporais da Guarda Municipal de Vila Nova",
     "A Guarda Municipal de Vila Nova usa 500 câmeras corporais contratadas por R$ 9 milhões. Não há, no contrato, "
     "qualquer funcionalidade de reconhecimento facial, cuja inclusão chegou a ser cogitada em 2024 e foi abandonada.",
     "facial_recognition", "cctv"),
    ("Bundespolizei Nord: Erkennung der „ethnischen Herkunft“ aus Ausschreibung gestrichen",
     "Die Direktion Nord hat aus der Ausschreibung für Videoanalyse die Funktion „Schätzung der ethnischen Herkunft“ "
     "gestrichen. Beschafft werden nur Kameras und eine Personenzählung.", "ethnicity_analytics", "cctv"),
])
def test_a_thing_struck_or_rejected_is_taken_back(title: str, body: str, denied: str, kept: str) -> None:
    tags = _tags(title, body)
    assert denied not in tags
    assert kept in tags


@pytest.mark.parametrize(("title", "body", "tag"), [
    # the reply confirms the cameras it names: they stay
    ("Elmbrook: committee minutes",
     "CM Voss asked about the new CCTV cameras in the park; the chief said the cameras only record the playground "
     "and the car park.", "cctv"),
    # a relative clause that reports something else done to the thing
    ("Elmbrook buys facial recognition",
     "Elmbrook Police bought a facial recognition system from Northgate Vision, which was installed in May.",
     "facial_recognition"),
    # "gestrichen" far from any cue, painted poles
    ("Elmstadt: neue Videoüberwachung am Markt",
     "Die Stadt Elmstadt installiert 20 Kameras zur Videoüberwachung am Marktplatz; die Masten werden grün "
     "gestrichen.", "cctv"),
])
def test_near_misses_keep_their_tag(title: str, body: str, tag: str) -> None:
    assert tag in _tags(title, body)


@pytest.mark.parametrize(("title", "body"), [
    ("Ombudsman — resolution on the Lakeview smart lamp-post contract (extract)",
     "LAKEVIEW — This Office resolved the complaint on the city's contract with Lakeview Smart Poles Inc. for 900 LED "
     "lamp posts. Complainants alleged that the posts had hidden cameras feeding the Public Safety Command Center. "
     "Inspection of 40 posts found LED luminaires and batteries only; no cameras, sensors or modems were found."),
    ("Kisiwa: Polisi wakanusha madai ya kamera",
     "KISIWA — Jeshi la Polisi limekanusha madai kuwa kamera za mji wa Kisiwa zinatambua makabila ya watu."),
    ("Minister on police equipment",
     "The Minister told Parliament that the Harbour Police does not use facial recognition and has not bought any, "
     "responding to claims about cameras donated in 2019."),
])
def test_an_allegation_the_notice_refutes_buys_nothing(title: str, body: str) -> None:
    assert _tags(title, body) == set()


@pytest.mark.parametrize(("title", "body", "tag"), [
    # an allegation the notice confirms
    ("Audit confirms hidden cameras",
     "Complainants alleged that the posts had hidden cameras feeding the police command center. The audit confirmed "
     "that 120 cameras were installed by Lakeview Smart Poles Inc. for $2.4 million.", "cctv"),
    # paid for and never activated: bought
    ("Audit: police paid for unused licences",
     "The audit found that $4 million was paid in 2025 for facial recognition licences for the city network, which "
     "were never activated.", "facial_recognition"),
])
def test_confirmed_claims_and_idle_purchases_keep_their_tag(title: str, body: str, tag: str) -> None:
    assert tag in _tags(title, body)


@pytest.mark.parametrize(("title", "body", "denied", "kept"), [
    ("Vila Nova: edital previa classificação por cor da pele",
     "O edital da Prefeitura de Vila Nova previa analítica de vídeo que classifica pessoas por cor e etnia; o item foi "
     "retirado e o contrato de R$ 4 milhões mantém apenas 900 câmeras de videomonitoramento.",
     "ethnicity_analytics", "cctv"),
    ("Protokół z sesji Rady Miasta Nowa Wola",
     "Pkt 5: przyjęto uchwałę o zakupie 40 kamer monitoringu miejskiego; pkt 6: odrzucono wniosek o rozpoznawanie "
     "twarzy.", "facial_recognition", "cctv"),
    ("Lakeview: police analytics contract strips race attribute",
     "The Lakeview Police Department signed a $300,000 video analytics contract for its 400 CCTV cameras; the city "
     "required that the race attribute be disabled.", "ethnicity_analytics", "cctv"),
])
def test_struck_rejected_or_disabled_items_are_denied(title: str, body: str, denied: str, kept: str) -> None:
    tags = _tags(title, body)
    assert denied not in tags
    assert kept in tags


@pytest.mark.parametrize(("title", "body"), [
    ("Contraloría General — hallazgo sobre alumbrado público en Villa Clara (extracto)",
     "VILLA CLARA — Hallazgo 7. El Distrito de Villa Clara pagó $48.600 millones a Luz Clara S.A.S. por la "
     "modernización de 22.000 luminarias LED. El contrato preveía como opción la instalación de cámaras de Hikvision "
     "en 400 postes, opción que no fue ejercida; sin embargo, se pagaron $1.200 millones por ductos y soportes para "
     "dichas cámaras que no se instalaron."),
    ("Audit of the Villa Clara street lighting contract",
     "The contract provided as an option the installation of CCTV cameras on 400 poles, an option which was never "
     "exercised."),
])
def test_an_option_never_exercised_buys_nothing(title: str, body: str) -> None:
    assert _tags(title, body) == set()


@pytest.mark.parametrize("body", [
    "La ville de Port-Lumière installe 40 caméras de vidéoprotection sur le port. Le module de reconnaissance faciale "
    "est abandonné.",
    "La ville de Port-Lumière installe 40 caméras de vidéoprotection sur le port ; la reconnaissance faciale a été "
    "abandonnée après le débat.",
])
def test_an_abandoned_function_is_denied_and_the_cameras_stay(body: str) -> None:
    assert _tags("Port-Lumière : vidéoprotection du port", body) == {"cctv"}


@pytest.mark.parametrize(("title", "body"), [
    ("Tribunal de Contas do Estado — acórdão sobre pregão de câmeras corporais (trecho)",
     "VILA NOVA — Trata-se de representação sobre o pregão eletrônico nº 7/2026 da Guarda Municipal de Vila Nova, "
     "com valor estimado de R$ 12 milhões, para câmeras corporais com reconhecimento facial embarcado. O Tribunal "
     "constatou que o órgão revogou o pregão antes da análise, e que nova licitação ainda não foi publicada."),
    ("Contraloría Municipal — informe sobre la licitación de cámaras de videovigilancia",
     "La Contraloría de Villa Alta revisó la licitación pública 14/2026 para 300 cámaras de videovigilancia con "
     "reconocimiento facial. La alcaldía revocó la licitación antes de adjudicarla."),
])
def test_a_tender_the_buyer_revoked_buys_nothing(title: str, body: str) -> None:
    assert _tags(title, body) == set()
