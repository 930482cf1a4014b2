"""Round 27, hard negatives: cameras bought to watch fire, furnaces or animals.

A camera maker's name (Hikvision, Dahua, Uniview) or a counted number of cameras says cameras, not what they watch:
when the sentence says the cameras are thermal or thermographic, watch for forest fires ("focos de incêndio",
"incendios forestales"), furnace or kiln temperatures, or the animals of a zoo ("Tierpark", "Verhalten der Tiere"),
no cctv tag; the same makers' cameras in a police or public-space sentence keep it. Every sentence was written for
this file (fictional bodies and firms); none comes from an evaluation set."""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import enriched_tag_ids

_tags = enriched_tag_ids


@pytest.mark.parametrize(("title", "body"), [
    ("Vila Serrana: Prefeitura instala câmeras térmicas da Dahua para monitorar queimadas",
     "VILA SERRANA (MG) — A Secretaria Municipal de Meio Ambiente e Sustentabilidade instalou 12 câmeras térmicas da "
     "Dahua em torres de observação do parque estadual da Serra Azul para detectar focos de incêndio, em contrato de "
     "R$ 1,4 milhão com a Serra Azul Sistemas Ltda."),
    ("Ironvale foundry buys thermographic cameras",
     "IRONVALE — The Ironvale Foundry Cooperative has bought 24 Hikvision thermographic cameras to watch kiln shell "
     "temperatures, wired into its process control system by Northgate Automation Ltd for US$ 410,000."),
    ("Tierpark Nordstadt: neue Kameras im Affenhaus",
     "NORDSTADT — Der Tierpark Nordstadt hat im Affenhaus 18 Kameras der Marke Uniview installieren lassen, die das "
     "Verhalten der Tiere rund um die Uhr aufzeichnen. Den Auftrag über 54.000 Euro führte die Weidenau Medien GmbH "
     "aus."),
    ("Villaverde: la Policía Local estrena drones con cámara térmica en la sierra",
     "VILLAVERDE — La Policía Local de Villaverde usará tres drones con cámara térmica para detectar incendios "
     "forestales en el parque natural de la Sierra Alta, adquiridos por 48.000 euros."),
])
def test_fire_furnace_and_zoo_cameras_are_no_cctv(title: str, body: str, tag_rules_only: None) -> None:
    # the rules' exclusion, read alone: the tag model retrained with set ap (round 40) proposes cctv for the zoo's
    # Uniview cameras, a model miss the evaluation sets score (tests/eval/README.md, round 40)
    assert "cctv" not in _tags(title, body)


@pytest.mark.parametrize(("title", "body"), [
    ("Vila Serrana: Guarda Municipal instala câmeras",
     "VILA SERRANA (MG) — A Guarda Municipal instalou 40 câmeras da Dahua nas praças do centro para a segurança "
     "pública, em contrato de R$ 900 mil."),
    ("Ironvale police buy cameras for the town square",
     "IRONVALE — The Ironvale Police Department bought 200 Hikvision cameras for the town square and the bus "
     "station, for US$ 380,000."),
    ("Nordstadt: Polizei installiert Kameras am Bahnhof",
     "NORDSTADT — Die Polizei hat am Bahnhofsplatz 30 neue Kameras der Marke Uniview zur Videoüberwachung "
     "installieren lassen."),
])
def test_the_same_makers_cameras_for_police_stay_cctv(title: str, body: str) -> None:
    assert "cctv" in _tags(title, body)


@pytest.mark.parametrize(("title", "body"), [
    ("Annual report of the Westbrook Teachers' Pension Fund — responsible investment (extract)",
     "WESTBROOK — Section 4: Exclusions.\n\nDuring the year the Trustees sold the Fund's shares in makers of video "
     "surveillance equipment, including Hikvision and Dahua, worth $1.9 million, under the exclusion policy adopted "
     "in 2025.\n\nThe Fund does not purchase or use surveillance equipment; this section reports investment "
     "decisions only."),
    ("Study: camera density in fifteen port cities",
     "ROTTERDAM — A study by the fictional Harbourline Institute counts surveillance cameras in fifteen port cities "
     "and names Hikvision and Dahua as the largest suppliers. The study was funded by a university grant; no "
     "authority bought anything in connection with it."),
    ("東港市政府警察局人臉辨識試辦案調查報告摘要",
     "調查報告指出，東港市政府警察局試辦路口攝影機人臉辨識比對，未訂定作業規範；報告建議研訂使用準則。本報告不涉採購金額。"),
])
def test_a_report_that_says_it_buys_no_surveillance_gets_no_tag(title: str, body: str) -> None:
    assert _tags(title, body) == set()


def test_a_tender_that_forbade_face_recognition_keeps_only_the_cameras() -> None:
    title = "Tribunal de Contas aponta sobrepreço em câmeras corporais da Guarda Municipal de Vila Serrana"
    body = ("VILA SERRANA — O Tribunal de Contas apontou sobrepreço no pregão da Guarda Municipal para a compra de 900 "
            "câmeras corporais, contrato de R$ 21 milhões assinado com a Serra Azul Vídeo Ltda.\n"
            "O acórdão registra que o edital vedava qualquer funcionalidade de reconhecimento facial nas câmeras, "
            "exigência que os conselheiros consideraram adequada.")
    tags = _tags(title, body)
    assert "cctv" in tags
    assert "facial_recognition" not in tags
