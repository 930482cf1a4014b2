"""Round 43 (platform): a centre that takes emergency calls and dispatches help and also watches cameras is a
monitoring room for them - cctv, no surveillance platform - unless the text says the video is joined with the calls
or dispatch (README "Dispatch centres and vendors named in news" (1), 13:17); a monitoring room or video platform
the text says only watches, shows or stores the video is cctv too (README rule of 2026-12-04, second bullet, and rule
of 23:18 (2)); one kind of recognition bought for the cameras of an es/pt command centre is that technology only.
Sentences written for these tests, not taken from the labelled sets."""
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
    # moved from rounds 30 and 31b, which read the centre's calls as fusion before the rule of 13:17
    ("ECU 911 adquiere cámaras",
     "El Servicio Integrado de Seguridad ECU 911 adquirió 300 cámaras de videovigilancia que serán monitoreadas desde "
     "el centro zonal de Ciudad Ejemplo, por USD 2.100.000."),
    ("Port Alpha: new police command centre",
     "The Port Alpha Police opened a command centre for 800 CCTV cameras that also dispatches 911 calls to patrols."),
    ("Villa Serena: la alcaldía adquiere cámaras para el transporte",
     "VILLA SERENA - La Alcaldía Municipal compró 140 cámaras para unidades de transporte público, por L 38 "
     "millones, a Ejemplo Seguridad; las imágenes se monitorean en el centro de control del 911."),
    ("Pemkot Contoh tambah kamera CCTV di kampung",
     "KOTA CONTOH — Pemerintah Kota Contoh menambah 200 kamera CCTV di kampung-kampung yang terhubung ke Command "
     "Center 112, yang juga menerima laporan darurat warga. Nilai kontrak Rp 12 miliar dengan PT Contoh Teknologi."),
    ("Caméras reliées à la gendarmerie",
     "Les 500 caméras de vidéosurveillance seront reliées à un centre de commandement de la gendarmerie, qui "
     "reçoit aussi les appels d'urgence."),
    ("Municipio de Río Claro amplía cámaras",
     "El Municipio de Río Claro instaló 60 cámaras de videovigilancia enlazadas al ECU 911, que despacha las "
     "llamadas de emergencia a policía y bomberos. Proveedor: Páramo Seguridad S.A., USD 300.000."),
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


@pytest.mark.parametrize(("title", "body"), [
    ("Sistema 9-1-1 integra cámaras y despacho",
     "ASUNCIÓN — El Sistema 9-1-1 de Asunción inauguró una plataforma que integra las cámaras de la ciudad y el "
     "despacho de patrullas; obra de Chaco Redes por ₲ 5.000 millones."),
    ("City links cameras with 911 calls",
     "The City of Riverton awarded Delta Signal Inc. $1.1 million for software that links 400 cameras with 911 calls "
     "and patrol dispatch."),
    ("Le CSU relié aux appels du 17",
     "La Ville de Montclar a attribué à Sud Intégration un marché de 800 000 euros pour relier le centre de "
     "supervision urbaine et ses caméras aux appels du 17 et au dispatch de la police municipale."),
])
def test_cameras_joined_with_calls_in_one_clause_stay_a_platform(title: str, body: str) -> None:
    assert PLATFORM in _tags(title, body)


def test_dispatch_consoles_without_video_are_no_platform() -> None:
    tags = _tags("Dispatch consoles for county 911 centre, no video integration",
                 "Harlan County Emergency Communications District bought 12 dispatch consoles for its 911 centre for "
                 "$900,000. The contract excludes video integration.")
    assert PLATFORM not in tags


@pytest.mark.parametrize(("title", "body"), [
    ("Award: safe city control room",
     "Lilongwe City Council awarded a safe city control room for 80 cameras to Mzuzu Systems, MK 900 million; "
     "operators only watch the feeds."),
    ("Luanda: centro monitoriza câmeras",
     "O Governo Provincial de Benguela disse que o centro integrado de segurança pública monitoriza 900 câmeras na "
     "cidade, instaladas pela Kwanza Tech por 3 mil milhões de kwanzas."),
    ("Казань: платформа видеонаблюдения «Безопасный город»",
     "Администрация Казани расширила платформу видеонаблюдения до 2000 камер; платформа только хранит и показывает "
     "видео. Поставщик — ООО «Волга Системы», 30 млн рублей."),
])
def test_a_room_that_only_watches_is_cctv_only(title: str, body: str) -> None:
    tags = _tags(title, body)
    assert "cctv" in tags
    assert PLATFORM not in tags


def test_a_room_that_flags_events_stays_a_platform() -> None:
    tags = _tags("Award: safe city control room with analytics",
                 "Lilongwe City Council awarded a safe city control room for 80 cameras to Mzuzu Systems, MK 900 "
                 "million; its software flags loitering and raises alarms to the operators.")
    assert PLATFORM in tags


@pytest.mark.parametrize(("title", "body", "kind"), [
    ("C5 de Puebla compra análisis de marcha",
     "El Centro de Comando, Control, Cómputo, Comunicaciones y Contacto Ciudadano de Puebla compró análisis de marcha "
     "para sus cámaras, $ 30 millones, a Cholula Visión.", "gait_recognition"),
    ("Fato relevante: Olho Vivo S.A.",
     "A Olho Vivo S.A. informa que a Prefeitura de Curitiba contratou sua plataforma de reconhecimento facial, a ser "
     "executada nas 1.500 câmeras do Centro Integrado de Operações, por R$ 20 milhões.", "facial_recognition"),
])
def test_one_kind_for_a_centres_cameras_is_that_technology(title: str, body: str, kind: str) -> None:
    tags = _tags(title, body)
    assert kind in tags
    assert PLATFORM not in tags


def test_drone_video_to_a_call_centre_stays_a_platform() -> None:
    assert PLATFORM in _tags("Fictional County: council approves drone-as-first-responder",
                             "The Fictional County Council approved $2.4 million for police drones with live video to "
                             "the emergency communications center.")
