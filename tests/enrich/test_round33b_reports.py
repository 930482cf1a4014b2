"""Round 33b (reports33b): texts that buy nothing and close by saying so, in more languages and wordings, read from
set ai's false tags and counted on every development set's last sentences first (fictional bodies and towns).

The family: a hearing, regulator's opinion, court ruling, study or analyst note about surveillance technology whose
last sentence says no purchase is concerned, approved, decided, recommended or indicated ("Aucun achat public n'est
visé", "hakuna ununuzi uliopitishwa", "Walang pagbili na naaprubahan", "it discusses no contract", "makes
recommendations only", "暂不启动采购"), or that a trial ended without a purchase (enrich/classify/closings.py
`_CLOSING_R33B`). A council that debates and approves a priced purchase stays positive.
"""
from __future__ import annotations

import pytest

from enrich import enrich


def _tags(title: str, body: str) -> set[str]:
    return {t.taxonomy_id for t in enrich(title, body).tags}


@pytest.mark.parametrize(("title", "body"), [
    ("Commission de contrôle publie un avis sur la reconnaissance faciale",
     "MARVILLE — La Commission régionale de contrôle des fichiers a publié un avis sur la reconnaissance faciale dans "
     "les gares. Aucun marché public n'est visé."),
    ("Kamati ya baraza yajadili kamera za utambuzi wa nyuso",
     "MJI MPYA — Kamati ya baraza la mji ilijadili kamera za utambuzi wa nyuso sokoni; hakuna ununuzi uliopitishwa."),
    ("Konseho, tinalakay ang facial recognition sa terminal",
     "SAN ISIDRO — Tinalakay ng konseho ang paggamit ng facial recognition sa terminal ng bus. Walang pagbili na "
     "naaprubahan."),
    ("Police board hearing on body-worn cameras",
     "The Eastfield police board heard residents on body-worn cameras for patrol officers. It discussed no contract."),
    ("Ombudsman report on live facial recognition at stations",
     "The Northvale Ombudsman published a report on live facial recognition at railway stations. It makes "
     "recommendations only."),
    ("Estudio universitario sobre videovigilancia en barrios",
     "VILLAVERDE — Un equipo universitario evaluó las cámaras de videovigilancia de cinco barrios. El trabajo no "
     "propone nuevas compras."),
    ("Relatório sobre reconhecimento facial em estádios",
     "Uma associação de torcedores examinou o reconhecimento facial em estádios, sem mencionar novas aquisições."),
    ("Avis du Médiateur sur la vidéoprotection algorithmique",
     "LYONNEL — Le Médiateur régional publie un avis sur la vidéoprotection algorithmique dans les transports. Il "
     "formule des recommandations sans annoncer de nouvel achat."),
    ("Η Αρχή εξέτασε κάμερες σε πλατείες",
     "ΝΕΑ ΠΟΛΗ — Η Αρχή εξέδωσε γνώμη για κάμερες παρακολούθησης σε πλατείες. Δεν αφορά καμία προμήθεια."),
    ("Kaupunginhallitus keskusteli kasvojentunnistuksesta",
     "JÄRVELÄ — Kaupunginhallitus keskusteli kasvojentunnistuksesta asemilla; hankinnasta ei päätetty."),
    ("区人大常委会听取视频监控建设情况汇报",
     "会上，委员们就公共区域人脸识别摄像头的使用范围提出意见，区公安分局表示暂不启动采购。"),
    ("Trial of face-recognition kiosks ends",
     "The Westbrook transit authority ended its six-month trial of face-recognition ticket kiosks without a purchase."),
])
def test_closing_that_buys_nothing_keeps_no_tag(title: str, body: str) -> None:
    assert _tags(title, body) == set()


def test_council_that_debates_and_approves_a_purchase_stays_positive() -> None:
    body = ("MARVILLE — Le conseil municipal a débattu puis approuvé l'achat de 40 caméras de vidéoprotection pour "
            "320 000 euros, attribué à Vigie Systèmes SARL. Aucun autre achat n'est concerné.")
    assert "cctv" in _tags("Marville : le conseil approuve l'achat de caméras", body)


def test_a_closing_that_denies_another_purchase_keeps_the_bought_cameras() -> None:
    body = ("The Riverton city council approved a contract with Harbour Vision Ltd to install 25 CCTV cameras in the "
            "old market. The council discussed no other contract.")
    assert "cctv" in _tags("Riverton approves market CCTV contract", body)
