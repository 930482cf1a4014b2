"""Round 29: the labelling rule "Platform: connected cameras, monitoring rooms and capture cameras"
(tests/eval/README.md).

Family a: cameras only joined to an existing centre, platform or VMS are cctv, not a surveillance platform (unless the
clause says the centre fuses them with calls, dispatch, records or other agencies, or names a fusion centre).
Family b: a command or control room beside the cameras is a platform only where the notice says what it fuses.
Family c: a centre fusing the feeds with dispatch, plates, records or several agencies is a platform.
Family d: the platform itself built, bought, extended or maintained is a platform.
Every buyer and firm below is fictional. Families a and b run the engine as users run it (tag model on: it must not
propose what the rule takes away); the positive families run the cue rules alone (`tag_rules_only`).
"""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import enriched_tag_ids

PLATFORM = "surveillance_platform"


# --- family a: cameras joined to an existing centre are cctv -------------------------------------------------------
@pytest.mark.parametrize(("title", "body"), [
    ("Port Alpha council buys street cameras",
     "PORT ALPHA — Port Alpha City Council has signed a contract with Sample Vision Systems Ltd for 300 CCTV cameras "
     "in the market district, linked to the police command centre, at a cost of 27 million shillings."),
    ("Davao Norte to add 1,200 cameras",
     "The cameras will be connected to the Public Safety Command Center of Davao Norte, supplied by Example Systems."),
    ("France-Valbonne-sur-Mer : Extension du dispositif de vidéoprotection urbaine",
     "Pouvoir adjudicateur : Ville de Valbonne-sur-Mer. Objet : fourniture et pose de 180 caméras de vidéoprotection "
     "et raccordement au centre de supervision urbain. Valeur totale : 4 620 000,00 EUR. "
     "Titulaire : Exemple Sûreté SAS."),
    ("Villa Serena: el municipio instala cámaras",
     "VILLA SERENA — La Municipalidad de Villa Serena adjudicó a Ejemplo Andina S.A.C. la instalación de 150 cámaras "
     "de videovigilancia integradas al centro de monitoreo municipal, por S/ 4,8 millones."),
    ("Serra Clara amplia videomonitoramento",
     "SERRA CLARA — A Prefeitura de Serra Clara contratou a Exemplo Vigilância Ltda. por R$ 8 milhões para 400 câmeras "
     "de videomonitoramento ligadas ao centro de comando da Guarda Municipal."),
    ("示例县雪亮工程视频专网扩容项目中标候选人公示",
     "示例县委政法委员会雪亮工程视频专网扩容项目中标候选人：第一名：示例安防工程有限公司，投标报价2,364,000元。"
     "建设内容：新增高清监控点位260个，接入县综治中心视频共享平台。"),
    ("مدينة المثال: توسعة شبكة كاميرات المراقبة",
     "نشرت مديرية الأمن في مدينة المثال 900 كاميرا مراقبة في الشوارع مرتبطة بمركز القيادة والسيطرة، "
     "بكلفة 4.2 مليار دينار."),
    ("Примерск: мэрия установит камеры на въездах",
     "Мэрия города Примерск заключила договор с ООО «Пример Технологии» на установку 350 камер видеонаблюдения, "
     "подключённых к единому центру мониторинга. Стоимость — 96 млн рублей."),
    ("Kota Contoh pasang kamera CCTV untuk kampung",
     "KOTA CONTOH — Pemerintah Kota Contoh membeli 600 kamera CCTV untuk kampung-kampung yang terhubung ke Command "
     "Center kota, senilai Rp 12 miliar, dari PT Contoh Visi."),
])
def test_cameras_only_joined_to_an_existing_centre_are_cctv(title: str, body: str) -> None:
    tags = enriched_tag_ids(title, body)
    assert "cctv" in tags
    assert PLATFORM not in tags


@pytest.mark.parametrize(("title", "body"), [
    ("Fictional Republic: police CCTV",
     "The Fictional Police Service awarded 186 million to Sample Systems Ltd for 500 cameras linked to the national "
     "command centre, which also dispatches emergency calls and receives plate-reader alerts."),
    # (round 33: "32 arcos con lectores de placas y cámaras de videovigilancia enlazados al C5i estatal" moved to
    # tests/enrich/test_round33_platform.py as no platform: plate readers only joined to a C5 name nothing it fuses)
])
def test_cameras_joined_to_a_centre_that_fuses_them_are_a_platform(title: str, body: str, tag_rules_only: None) -> None:
    assert PLATFORM in enriched_tag_ids(title, body)


def test_data_fed_to_a_platform_the_same_project_builds_is_a_platform(tag_rules_only: None) -> None:
    title = "示例县公安局重点区域人像卡口建设项目成交公告"
    body = ("采购人：示例县公安局。成交供应商：示例智能科技有限公司。"
            "内容：新建人脸卡口40处，抓拍数据汇入同期新建的县级管控指挥平台。")
    assert PLATFORM in enriched_tag_ids(title, body)


# --- family b: a room that only watches the cameras is cctv; one that fuses them is a platform ----------------------
@pytest.mark.parametrize(("title", "body"), [
    ("Port Alpha: City Police cameras and command centre",
     "PORT ALPHA — The City of Port Alpha approved 27 million for 210 CCTV cameras and a command centre in the City "
     "Police headquarters."),
    ("Thành phố Mẫu: Công an lắp camera giám sát",
     "THÀNH PHỐ MẪU — Công an thành phố Mẫu mua hệ thống camera giám sát cho trung tâm chỉ huy, trị giá 320 tỷ đồng."),
])
def test_a_command_room_beside_the_cameras_fusing_nothing_is_cctv(title: str, body: str) -> None:
    tags = enriched_tag_ids(title, body)
    assert "cctv" in tags
    assert PLATFORM not in tags


@pytest.mark.parametrize(("title", "body"), [
    ("Fictional Capital: police launch command and control centre",
     "The Public Security Directorate of Fictional Capital launched a command and control centre linking 3,000 street "
     "cameras with number plate reading systems, built by Sample Smart Solutions for 22 million."),
    # round 43: a centre that takes calls and watches the cameras is cctv (README 13:17 (1)): moved to round 43
    ("Port Alpha picks Sample Solutions for joint operations control room",
     "PORT ALPHA — The City of Port Alpha awarded Sample Solutions 210 million for its joint operations control room "
     "linking CCTV and ANPR feeds."),
    ("Fictional County: council approves drone-as-first-responder",
     "The Fictional County Council approved $2.4 million for police drones with live video to the emergency "
     "communications center."),
    # round 43: a centre that takes calls and watches the cameras is cctv (README 13:17 (1)): moved to round 43
])
def test_a_command_room_that_fuses_the_cameras_with_other_data_is_a_platform(title: str, body: str,
                                                                             tag_rules_only: None) -> None:
    assert PLATFORM in enriched_tag_ids(title, body)


# --- family d: the platform itself extended, maintained or bought as software ----------------------------------------
@pytest.mark.parametrize(("title", "body"), [
    # r41: the maintenance names the command centre that joins the cameras with emergency calls (a Safe City's upkeep
    # that names nothing it fuses is its cameras' upkeep, cctv: tests/enrich/test_round41_tags.py)
    ("Fictional City: Safe City maintenance renewed",
     "The Fictional City administration renewed Safe City maintenance, including the command centre that joins the "
     "cameras with emergency calls, with Sample Technologies for 240 billion."),
    ("PORT ALPHA: Police command centre adds gait search",
     "The Port Alpha City Police command and control centre will add gait-based person search across 6,000 city "
     "cameras, under a contract awarded to Sample Vision Ltd."),
    ("示例市公安局外籍人员管理平台建设项目中标公告",
     "示例市公安局外籍人员管理平台项目，中标单位：示例数智科技有限公司，中标价：1,875万元。内容：整合商贸城2,600路视频、"
     "人脸卡口及出入境数据，进行分类统计和异常聚集预警。"),
    ("Cidade Exemplo passa a integrar câmeras de concessionárias",
     "CIDADE EXEMPLO - A Prefeitura contratou a Exemplo Dados Ltda. por R$ 18,4 milhões para integrar ao centro de "
     "operações as imagens ao vivo de 3.200 câmeras, cruzadas com dados de trânsito e ocorrências policiais."),
])
def test_the_platform_itself_extended_maintained_or_bought_is_a_platform(title: str, body: str,
                                                                         tag_rules_only: None) -> None:
    assert PLATFORM in enriched_tag_ids(title, body)


def test_a_safe_city_phase_of_cameras_only_stays_cameras() -> None:
    title = "Fictional City Safe City contract extended"
    body = ("The Ministry of Internal Affairs has extended its Safe City contract with Sample Technologies for "
            "400 more cameras in Fictional City, worth 90 million.")
    assert PLATFORM not in enriched_tag_ids(title, body)
