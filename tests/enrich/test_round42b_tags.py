"""Round 42b (tags): cameras only joined to a 911, ECU 911, CISP or police command centre that the notice does not
build, and cameras or one kind of recognition bought by a Safe City authority, are cctv (and that technology), not a
surveillance platform (README labelling rule "Platform: connected cameras, monitoring rooms and capture cameras",
first and third bullets; "Recognition of one kind"). A centre said to fuse the feeds with calls, alerts or records,
a centre the notice builds, or an authority extending its command centre keeps the platform. Sentences written for
these tests, not taken from the labelled sets."""
from __future__ import annotations

import pytest

from enrich import enrich

PLATFORM = "surveillance_platform"


def _tags(title: str, body: str) -> set[str]:
    return {tag.taxonomy_id for tag in enrich(title, body).tags}


@pytest.mark.parametrize(("title", "body"), [
    ("Loja: cámaras nuevas en los barrios",
     "El GAD Municipal de Loja instaló 40 cámaras en los barrios del sur y las conectó al ECU 911 zonal. Inversión: "
     "USD 280.000."),
    ("Maceió: novas câmeras no Centro Integrado",
     "A Prefeitura de Maceió (AL) ligou 150 novas câmeras ao Centro Integrado de Segurança Pública. Investimento: "
     "R$ 3,2 milhões."),
    ("Benguela: manutenção das câmaras do CISP",
     "O Governo Provincial de Benguela adjudicou a manutenção das câmaras do Centro Integrado de Segurança Pública "
     "por Kz 900.000.000."),
    ("Cotonou : nouvelles caméras raccordées au centre de commandement",
     "La Police républicaine a raccordé 80 nouvelles caméras au centre de commandement de Cotonou. Coût : 1,1 "
     "milliard de francs CFA."),
    ("Kitwe council receives safe city cameras",
     "KITWE — Kitwe City Council received 150 safe city cameras from a local installer, linked to the police command "
     "centre, under a K 40 million contract."),
    ("Choluteca: cámaras vinculadas al sistema de emergencias",
     "La Alcaldía Municipal de Choluteca compra 30 cámaras que se vincularán al Sistema Nacional de Emergencias 911. "
     "Monto: L 6.200.000."),
    ("Machala: cámaras al centro zonal",
     "El Servicio Integrado de Seguridad ECU 911 recibirá 25 cámaras instaladas por el municipio de Machala. Las "
     "cámaras se enlazan al centro zonal existente."),
    ("Rawalpindi cameras for the Punjab authority",
     "Punjab Safe Cities Authority awarded Pothohar Systems Rs 600 million for 400 cameras in Rawalpindi linked to "
     "its Integrated Command, Control and Communication centre."),
])
def test_cameras_only_joined_to_a_centre_are_cctv(title: str, body: str) -> None:
    tags = _tags(title, body)
    assert "cctv" in tags
    assert PLATFORM not in tags


def test_a_safe_city_authoritys_face_cameras_are_no_platform() -> None:
    tags = _tags("ملتان: سیف سٹی اتھارٹی کے نئے کیمرے",
                 "پنجاب سیف سٹیز اتھارٹی نے ملتان کے چوکوں پر چہرہ شناسی والے 90 کیمرے لگائے، لاگت 60 کروڑ روپے۔")
    assert {"cctv", "facial_recognition"} <= tags
    assert PLATFORM not in tags


@pytest.mark.parametrize(("title", "body"), [
    ("Parakou : caméras reliées au centre qui fusionne les appels",
     "La mairie de Parakou a signé un contrat pour 200 caméras reliées au centre de commandement de la police, qui "
     "fusionne vidéo, appels d'urgence et positions des patrouilles."),
    ("Sindh authority extends command centre to Hyderabad",
     "The Sindh Safe Cities Authority extended its command and control centre software to Hyderabad, fusing 600 "
     "cameras with 15 emergency calls and vehicle registration records, for Rs 3 billion."),
    ("Nuevo centro de mando para Portoviejo",
     "El municipio de Portoviejo construirá un nuevo centro de comando que integra 300 cámaras con las llamadas del "
     "ECU 911 y las alertas de botones de pánico."),
])
def test_a_centre_that_fuses_or_is_built_keeps_the_platform(title: str, body: str) -> None:
    assert PLATFORM in _tags(title, body)


@pytest.mark.parametrize(("title", "body"), [
    ("某科技股份有限公司关于中标项目的公告",
     "公司近日中标某县公安局“智慧警务”项目中的执法记录仪采购包，负责执法记录仪及视频回传设备供货，合同金额1,860万元。"),
    ("石门县公安局智慧公安声纹采集设备采购成交公告",
     "采购人：石门县公安局。采购内容：声纹采集终端20台，用于采集涉诈人员声纹样本。成交供应商：湘北声讯科技有限公司，成交金额：48万元。"),
])
def test_smart_policing_as_a_project_name_is_no_platform(title: str, body: str) -> None:
    assert PLATFORM not in _tags(title, body)


def test_smart_policing_that_parses_video_keeps_the_platform() -> None:
    tags = _tags("某区公安分局智慧警务视频解析系统采购中标公告",
                 "采购人：某区公安分局。采购内容：智慧警务视频解析系统1套，对全区监控视频进行结构化解析，提取人员、车辆特征供检索。"
                 "中标供应商：某数智科技有限公司，中标金额：560万元。")
    assert PLATFORM in tags
