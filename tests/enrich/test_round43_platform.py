"""Round 43 (platform): a centre that takes emergency calls and dispatches help and also watches cameras is a
monitoring room for them - cctv, no surveillance platform - unless the text says the video is joined with the calls
or dispatch (README "Dispatch centres and vendors named in news" (1), 13:17). Sentences written for these tests, not
taken from the labelled sets."""
from __future__ import annotations

import pytest

from enrich import enrich

PLATFORM = "surveillance_platform"


def _tags(title: str, body: str) -> dict[str, str]:
    """Each tag a user sees, with the words it quotes."""
    return {tag.taxonomy_id: tag.evidence.text for tag in enrich(title, body).tags}


@pytest.mark.parametrize(("title", "body"), [
    ("County adds cameras to 911 centre",
     "Larkin County bought 45 cameras for its downtown streets, linked to the county 911 communications center, "
     "where calls are answered and deputies dispatched. Contract: $310,000 with Prairie Video LLC."),
    ("Municipio conecta cámaras al 911",
     "El Municipio de Río Claro conectó 80 cámaras nuevas al centro del Sistema de Emergencias 911, que despacha "
     "policía y bomberos. Contrato de $ 1.200.000 con Redes del Valle S.A."),
    ("Prefeitura liga câmeras à central 190",
     "A Prefeitura de Serra Alta instalou 120 câmeras de videomonitoramento conectadas à central de despacho da "
     "Polícia Militar, que atende as chamadas de emergência. Valor: R$ 2,4 milhões, empresa Vigia Sul Ltda."),
    ("Pemkab tambah kamera CCTV",
     "Pemerintah Kabupaten Sleman menambah 150 kamera CCTV yang terhubung ke Command Center 112, yang juga "
     "menerima panggilan darurat warga. Nilai kontrak Rp 9 miliar dengan PT Merapi Vision."),
    ("Kenya county cameras linked to dispatch",
     "NAKURU — The county government signed a KSh 300 million deal with Rift Secure Ltd for 200 cameras linked to "
     "the police command centre and its 999 dispatch desk."),
])
def test_cameras_at_a_call_centre_are_cctv_only(title: str, body: str) -> None:
    tags = _tags(title, body)
    assert "cctv" in tags
    assert PLATFORM not in tags


@pytest.mark.parametrize(("title", "body"), [
    ("County joins 911 calls with camera video",
     "Larkin County bought software for its 911 communications center that pushes the nearest camera video to "
     "call-takers and responding officers when a call comes in. Contract: $310,000 with Prairie Video LLC."),
    ("Municipio integra video y despacho",
     "El Municipio de Río Claro conectó 80 cámaras al centro del Sistema de Emergencias 911, que fusiona el video con "
     "las llamadas y las alertas de placas en un solo sistema. Contrato de $ 1.200.000 con Redes del Valle S.A."),
])
def test_video_joined_with_calls_stays_a_platform(title: str, body: str) -> None:
    tags = _tags(title, body)
    assert PLATFORM in tags


def test_dispatch_centre_with_work_left_out_keeps_cameras_only() -> None:
    tags = _tags(
        "Adjudicación: cámaras enlazadas al ECU 911",
        "El GAD Municipal de Santa Elena adquiere 60 cámaras de videovigilancia y su enlace al ECU 911. La gestión de "
        "llamadas, el despacho y el software del ECU 911 no forman parte del objeto. Adjudicado: Redes Costa Cía. "
        "Ltda., USD 180.000,00.")
    assert "cctv" in tags
    assert PLATFORM not in tags
