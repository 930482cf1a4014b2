"""Round 30b: the platform rule's fusion with police or national databases, and platforms upgraded or extended
(tests/eval/README.md, "Platform: connected cameras, monitoring rooms and capture cameras").

Recognition hits or alerts that a centre checks against police or national databases, records or files fuse the feeds
with other data (a platform, even beside recognition of one kind); software detecting behaviour over camera images is
more than recognition of one kind; a Chinese video platform's software upgraded or extended is the platform itself; an
alarm pushing the cameras' video to the 110 desk and a centre receiving emergency calls fuse the cameras with dispatch.
Cameras only added to a Safe City's existing command centre are cctv. Every buyer and firm below is fictional. The
cases run the engine as users run it, and the new cues also with the cue rules alone (`tag_rules_only`).
"""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import enriched_tag_ids

PLATFORM = "surveillance_platform"


FUSED = [
    # en: face recognition on cameras, alerts checked by a centre against a national database
    ("Sampleton municipality adds face recognition to station cameras",
     "The Municipality of Sampleton added face recognition to 40 cameras at bus stations with Example Vision S.A. for "
     "$ 120 millones; alerts go to the municipal operations centre, which checks them against the national wanted "
     "persons database. Sampleton."),
    # en: plate readers whose hits are linked to police records
    ("Northvale metro adds ANPR cameras to its control centre",
     "Northvale Municipality awarded Sample Smart Systems R40 million to add 30 ANPR cameras to its CCTV control "
     "centre and link hits to police stolen-vehicle and wanted-person records for joint response. Northvale."),
    # fr: a command centre that cross-checks the alerts with its files
    ("Villeexemple : caméras reliées à la police, avec reconnaissance faciale",
     "La ville de Villeexemple a lancé la deuxième phase de vidéosurveillance : 300 caméras dont 20 avec "
     "reconnaissance faciale, reliées au centre de commandement de la police qui croise les alertes avec ses "
     "fichiers. Titulaire : Exemple Systèmes. 90 millions MAD."),
    # es: plate alerts compared with the police database
    ("Municipio de Ejemplo instala lectores de placas",
     "El Municipio de Ejemplo instaló 25 cámaras lectoras de placas; las alertas se cotejan con la base de datos de "
     "vehículos robados de la Policía Nacional. Proveedor: Ejemplo Tecnología S.A."),
    # fr: software detecting behaviour over the town's camera images
    ("Commune d'Exempleville : logiciel d'analyse des images",
     "La commune d'Exempleville a acquis auprès d'Exemple Analytics un logiciel d'analyse automatique des images de "
     "vidéoprotection détectant des comportements, pour 60 000 EUR."),
    # (zh: the video platform software upgraded, with licences: cctv since round 32, test_round32_platform.py)
    # zh: an alarm pushes the school cameras' video to the 110 desk
    ("示例县平安校园一键报警项目成交公告",
     "示例县教育局为全县学校门卫室配置一键报警装置，校园已有摄像机接入县公安局指挥中心，报警时自动推送现场视频至110接警席位。"
     "成交供应商：示例安讯科技有限公司。成交金额：80万元。"),
    # pt: the operations centre receiving the 153 calls beside the cameras
    ("Prefeitura de Exemplo homologa videomonitoramento",
     "A Prefeitura de Exemplo homologou a implantação de 120 câmeras de videomonitoramento nas praças, integradas à "
     "central de operações da Guarda Civil Municipal, que recebe também os chamados do 153. Valor: R$ 9 milhões."),
]


@pytest.mark.parametrize(("title", "body"), FUSED)
def test_fusion_and_platforms_built_are_a_platform(title: str, body: str) -> None:
    assert PLATFORM in enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body"), FUSED)
def test_fusion_and_platforms_built_tag_rules_only(tag_rules_only: None, title: str, body: str) -> None:
    assert PLATFORM in enriched_tag_ids(title, body)


@pytest.mark.parametrize(("title", "body"), [
    ("Sampleland: police add cameras to Example City safe city",
     "The National Police Service will extend the Example City surveillance network with 200 cameras supplied by "
     "Sample Cameras Ltd, connected to the existing Example City command centre. Cost: KSh 0.8 billion. Example City. "
     "The project is part of the Example City safe city programme."),
    ("Sampleland awards Safe City phase II camera extension",
     "The Sampleland State Government has awarded Example Integrators Ltd the extension of the Sample Safe City "
     "network with 600 additional cameras, linked to the existing state security command centre. "
     "Contract sum: ₦4.1 billion."),
])
def test_safe_city_cameras_joined_to_existing_centre_are_cctv(title: str, body: str) -> None:
    tags = enriched_tag_ids(title, body)
    assert "cctv" in tags
    assert PLATFORM not in tags


def test_own_watch_list_stays_recognition_of_one_kind() -> None:
    tags = enriched_tag_ids("Northvale police licence live face recognition",
                 "Northvale Police Service has licensed live face recognition for 12 city cameras from Sample Faces "
                 "Ltd; faces are compared against a watchlist of wanted people. R2 million.")
    assert "facial_recognition" in tags
    assert PLATFORM not in tags
