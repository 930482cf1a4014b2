"""Round 31 (tags31): cameras kept up for an emergency system are cctv, not a surveillance platform.

The labelling rule "Platform: connected cameras, monitoring rooms and capture cameras" (tests/eval/README.md) needs a
notice to build, extend, operate or maintain the platform itself; a 9-1-1 system, ECU 911 or a C4/C5 named only as the
owner of the cameras a notice maintains, monitors, replaces or buys is cctv only (sets 12, d, x and ae label seven such
notices so, four writers). A notice that names the platform, its command post, dispatch, integration or its centres
beside the cameras keeps the platform. Every buyer and firm below is fictional. Both with the cue rules alone and with
the tag model on (it learnt the older convention, which must not bring the platform back).
"""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import enriched_tag_ids

PLATFORM = "surveillance_platform"

UPKEEP = [
    # es, a Paraguayan-style tender line: maintenance of the 9-1-1 system's cameras
    ("Ministerio de Ejemplo - Mantenimiento de cámaras de videovigilancia del Sistema 911 Villa Muestra",
     "Convocante: Ministerio de Ejemplo\nID de llamado: 900112\nDescripción: Servicio de mantenimiento preventivo y "
     "correctivo de cámaras de videovigilancia del Sistema 911 en el microcentro de Villa Muestra\nProveedor "
     "adjudicado: Muestra Telecomunicaciones S.A.\nMonto adjudicado: 98.500.000 PYG"),
    # es, news: ECU 911 contracts the upkeep of its camera points
    ("ECU 911 contrata mantenimiento de puntos de videovigilancia en Ejemplo",
     "El Servicio Integrado de Seguridad ECU 911 contrató con Ejemplo Redes Cía. Ltda. el mantenimiento de 320 puntos "
     "de videovigilancia en la provincia de Ejemplo, por USD 910.000."),
    # es, a municipality maintains the cameras of its C5 and the monitoring room
    ("Municipio de Villa Ejemplo adjudica mantenimiento de cámaras del C5 municipal",
     "El Gobierno Municipal de Villa Ejemplo adjudicó a Muestra Seguridad Integral S.A. de C.V. el mantenimiento "
     "preventivo y correctivo de 1.240 cámaras de videovigilancia y del centro de monitoreo, por MXN 41.000.000."),
    # en, news: ECU 911 replaces cameras
    ("Ecuador's ECU 911 in Ejemplo buys new cameras from local integrator",
     "The Servicio Integrado de Seguridad ECU 911 replaced 240 cameras in Ejemplo, with units supplied by Muestra "
     "Vigilancia S.A., USD 1.9 million."),
    # es: the renewal of the system's cameras (a case of round 28's tests, which read the older convention)
    ("Cuenca: el ECU 911 renueva cámaras",
     "El Servicio Integrado de Seguridad ECU 911 adjudicó a Cañar Redes Cía. Ltda. la renovación de 640 cámaras de "
     "videovigilancia en Cuenca por USD 2,1 millones."),
    # es: a municipality buys cameras for the ECU 911 after bids were disqualified
    ("Villa Muestra: el Municipio compra cámaras a empresa local",
     "El Municipio de Villa Muestra adjudicó USD 2,1 millones a Ejemplo Seguridad S.A. por 260 cámaras del ECU 911; "
     "otras dos ofertas fueron descalificadas."),
]

PLATFORM_KEPT = [
    # the cameras integrated into the platform that coordinates police, fire and ambulances
    ("Villa Muestra: ECU 911 suma cámaras",
     "El Servicio Integrado de Seguridad ECU 911 adjudicó USD 2,4 millones a Ejemplo Conecta S.A. para 300 cámaras en "
     "Villa Muestra, integradas a la plataforma que coordina policía, bomberos y ambulancias."),
    # cameras and the monitoring centres of the system maintained nationwide
    ("Ecuador: Muestra Tech to maintain ECU 911 network",
     "QUITO — Muestra Tech has won a US$ 6.1 million contract from the Servicio Integrado de Seguridad ECU 911 to "
     "maintain 3,100 cameras and monitoring centres nationwide."),
    # the C5's command post maintained beside the camera poles
    ("Contrato de mantenimiento del C5 y videovigilancia urbana",
     "comprador: Coordinación de Monitoreo Urbano de la Alcaldía Ejemplo\nobjeto: Servicio de mantenimiento "
     "preventivo y correctivo a 1.200 postes de videovigilancia con botón de pánico y altavoz, y al puesto de mando "
     "del C5.\nproveedor: Ejemplo Visión S.A. de C.V."),
]


@pytest.mark.parametrize(("title", "body"), UPKEEP)
def test_emergency_system_cameras_kept_up_are_cctv_only(title: str, body: str) -> None:
    tags = enriched_tag_ids(title, body)
    assert "cctv" in tags
    assert PLATFORM not in tags


@pytest.mark.parametrize(("title", "body"), UPKEEP)
def test_emergency_system_cameras_kept_up_are_cctv_only_tag_rules_only(tag_rules_only: None, title: str,
                                                                        body: str) -> None:
    tags = enriched_tag_ids(title, body)
    assert "cctv" in tags
    assert PLATFORM not in tags


@pytest.mark.parametrize(("title", "body"), PLATFORM_KEPT)
def test_platform_named_beside_the_cameras_stays_a_platform(tag_rules_only: None, title: str, body: str) -> None:
    assert {"cctv", PLATFORM} <= enriched_tag_ids(title, body)


# --- kk: бейнекамера (video camera) is cctv; forest-fire watch cameras are not ---------------------------------------
KK_CAMERAS = [
    # a city maintains its video cameras and the control room
    ("Мысал қаласы әкімдігі: бейнекамераларға техникалық қызмет көрсету",
     "Мысал қаласы әкімдігі «Мысал Жүйелер» ЖШС-мен 1 800 бейнекамераға және жедел басқару орталығына қызмет "
     "көрсету шартын жасады, 1,2 млрд теңге. Мысал."),
    # police buy cameras with a gait function (gait and cctv)
    ("Мысал қаласы Полиция департаменті жүріс-тұрыс бойынша тану жүйесін сатып алды",
     "Мысал қаласы Полиция департаменті жүрісі бойынша адамдарды тану функциясы бар 60 бейнекамера сатып алды. "
     "Келісімшарт сомасы — 0,9 млрд теңге, жеткізуші — «Мысал Вижн» ЖШС."),
]


@pytest.mark.parametrize(("title", "body"), KK_CAMERAS)
def test_kazakh_video_cameras_are_cctv(tag_rules_only: None, title: str, body: str) -> None:
    assert "cctv" in enriched_tag_ids(title, body)


def test_kazakh_forest_fire_cameras_are_no_cctv(tag_rules_only: None) -> None:
    tags = enriched_tag_ids(
        "Мысал ауданы орман өрттерін бақылау камераларын орнатады",
        "Мысал ауданының әкімдігі Іле Алатауы аймағында орман өрттерін ерте анықтайтын 12 бейнекамераны орнату үшін "
        "«Мысал ЭкоТех» ЖШС-мен 310 000 000 теңгелік шарт жасады.")
    assert "cctv" not in tags
