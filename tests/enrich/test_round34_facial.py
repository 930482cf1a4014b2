"""Round 34 (r34_facial34): what makes a text a report about face recognition rather than a purchase, and face words
in their other senses (fictional bodies, towns and firms).

Reports by their genre (enrich/classify/report_genre.py): a court, regulator, ombudsman, parliament, council, NGO,
university or analyst that rules, fines, debates, hears, publishes or tests, in the lead, no sum and no purchase or
system held in the body: nothing is bought, whatever the closing sentence says (here: none). What keeps a tag: a sum,
a purchase stated as a fact ("bought in 2024", "acquistate"), a system kept in service, a headline that takes one
technology back while the cameras stay.

Near-misses (enrich/classify/face_senses.py): a notice whose face words are all masks, face-to-face, face unlock,
animated faces or animals' faces gets no facial recognition from the tag model either.
"""
from __future__ import annotations

import pytest

from enrich import enrich


def _tags(title: str, body: str) -> set[str]:
    return {t.taxonomy_id for t in enrich(title, body).tags}


# A report says who speaks and how; none of these closes with a sentence saying nothing is bought.
@pytest.mark.parametrize(("title", "body"), [
    ("Data protection agency fines gym chain over facial recognition entry",
     "The Northland Data Protection Agency fined a gym chain in Eastport for using facial recognition at its "
     "entrances without a legal basis."),
    ("AEPD multa a un supermercado por el reconocimiento facial",
     "VALDEMORO — La Agencia de Protección de Datos multó a una cadena de supermercados por implantar el "
     "reconocimiento facial en sus cajas."),
    ("Tribunal considera ilegal o reconhecimento facial no metrô",
     "PORTO NOVO — O Tribunal de Justiça decidiu que o reconhecimento facial nas estações viola a lei de dados."),
    ("Commission des droits publie un avis sur la reconnaissance faciale",
     "MARVILLE — La Défenseure des droits a publié un avis sur la reconnaissance faciale dans les gares."),
    ("Parlamentsausschuss hört Sachverständige zur Gesichtserkennung",
     "BERLIN — Der Innenausschuss des Landtages hörte Sachverständige zur Gesichtserkennung an Bahnhöfen."),
    ("Суд рассмотрел жалобу на распознавание лиц",
     "Районный суд рассмотрел жалобу активиста на применение распознавания лиц в метро Северограда."),
    ("DPRD membahas kamera pengenal wajah",
     "KOTA BARU — Dewan Perwakilan Rakyat Daerah membahas rencana kamera pengenal wajah di terminal bus."),
    ("Study: error rates of live facial recognition at stadiums",
     "Researchers at Eastvale University tested live facial recognition at two stadiums and found high error rates."),
    ("市人大常委会审议人脸识别使用情况",
     "市人大常委会听取关于公共场所人脸识别设备使用情况的报告，委员们提出加强数据保护。"),
    ("Úřad pro ochranu osobních údajů vydal stanovisko k rozpoznávání obličejů",
     "NOVÉ MĚSTO — Úřad pro ochranu osobních údajů vydal stanovisko k rozpoznávání obličejů v obchodních centrech."),
    ("Kommunfullmäktige diskuterade kameror med ansiktsigenkänning",
     "NORRVIK — Kommunfullmäktige diskuterade en motion om kameror med ansiktsigenkänning vid resecentrum."),
    ("Sud: prepoznavanje lica u tramvajima nezakonito",
     "NOVI GRAD — Upravni sud presudio je da je prepoznavanje lica u tramvajima protivno zakonu."),
    ("Lawmakers grill vendor over facial recognition errors",
     "CAPITOL CITY — Senators grilled executives of a face recognition company over false matches at a hearing."),
])
def test_a_report_by_its_genre_buys_no_facial_recognition(tag_rules_only: None, title: str, body: str) -> None:
    assert "facial_recognition" not in _tags(title, body)


@pytest.mark.parametrize(("title", "body", "kept"), [
    # the overseer speaks of a purchase that was made
    ("Garante sanziona il Comune di Borgoverde",
     "Il Garante ha sanzionato il Comune di Borgoverde per le telecamere con riconoscimento facciale acquistate nel "
     "2024 per il centro storico.", "facial_recognition"),
    ("Watchdog reviews police face matching",
     "EASTPORT — The Crime Commission reviewed the Eastport Police face-matching searches of licence photos bought "
     "under a 2024 contract.", "facial_recognition"),
    # a sum named
    ("Committee questions facial recognition contract",
     "A parliamentary committee questioned why the Northland Police signed a $2.4 million contract for facial "
     "recognition cameras at the port.", "facial_recognition"),
    # the cameras stay in service while a judge has the face recognition switched off
    ("Medio Valle: fallo judicial sobre el reconocimiento facial",
     "MEDIO VALLE — Un juez administrativo ordenó apagar el módulo de reconocimiento facial del sistema de "
     "videovigilancia municipal. Las cámaras del centro seguirán operando.", "cctv"),
])
def test_a_purchase_a_sum_or_a_system_kept_stays_tagged(tag_rules_only: None, title: str, body: str, kept: str) -> None:
    assert kept in _tags(title, body)


@pytest.mark.parametrize(("title", "body"), [
    ("Face-to-face training for officers",
     "The Eastport Police Academy contracts face-to-face training sessions on de-escalation for 120 officers, "
     "$40,000."),
    ("Smartphones with face unlock for staff",
     "The Northland Ministry of Works buys 500 smartphones with face unlock for its field staff, $210,000."),
    ("Robot with a friendly face for the library",
     "Eastvale Library buys a reception robot with an animated face display that greets visitors, $18,000."),
    ("Face recognition app for pets",
     "The Eastport animal shelter buys an app that recognises lost dogs by their faces, $7,000."),
    ("Facial expression research software",
     "The Eastvale University psychology department buys software that codes facial expressions of volunteers in lab "
     "experiments, €12,000."),
])
def test_face_words_in_other_senses_are_no_facial_recognition(title: str, body: str) -> None:
    assert "facial_recognition" not in _tags(title, body)  # tag model on


def test_face_recognition_bought_beside_face_masks_stays() -> None:
    tags = _tags("Eastport police buys face recognition for station cameras",
                 "The Eastport Police awarded a contract for face recognition software on 40 station cameras, "
                 "$300,000. Staff will also receive face masks.")
    assert "facial_recognition" in tags
