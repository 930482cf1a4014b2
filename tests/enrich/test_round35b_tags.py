"""Round 35b (tags): cctv wording read from set ak's misses and counted over every development set.

- Cameras and plate readers bought as two items ("120 cameras and plate readers", "cámaras y lectores de placas",
  "caméras et lecteurs de plaques") are cctv besides the plate reading; plate-reading cameras alone stay no cctv.
- zh 监控 as one item of a site's security works beside access control or barrier gates, or at village entrances,
  is cctv; equipment, power or gas monitoring (设备监控, 电量监控) is not.
Fictional bodies and firms.
"""
from __future__ import annotations

import pytest

from enrich import enrich


def _tags(title: str, body: str) -> set[str]:
    return {t.taxonomy_id for t in enrich(title, body).tags}


@pytest.mark.parametrize(("title", "body"), [
    ("Harbour board buys cameras and plate readers",
     "PORT ELLEN — The harbour board awarded £1.2 million to Skerry Systems for 64 cameras and gate plate readers "
     "at the ferry terminal."),
    ("Quilmes: cámaras y lectores de patentes",
     "La Municipalidad de Quilmes adjudicó a Sur Redes S.A. la compra de 140 cámaras y 12 lectores de patentes "
     "para los accesos de la ciudad."),
    ("Mairie de Thiès", "La commune de Thiès a attribué à Baobab Tech un marché pour 75 caméras et des lecteurs "
     "de plaques aux entrées de la ville."),
    ("Prefeitura de Caruaru", "A Prefeitura de Caruaru contratou a Agreste Redes para instalar 200 câmeras e "
     "leitores de placas nas entradas da cidade."),
])
def test_cameras_beside_plate_readers_are_cctv(title: str, body: str) -> None:
    tags = _tags(title, body)
    assert "cctv" in tags
    assert "vehicle_recognition" in tags


@pytest.mark.parametrize(("title", "body"), [
    ("County buys plate readers", "The county awarded $300,000 to Roadway Data for 20 licence plate reading cameras "
     "and plate readers on the bypass."),
    ("Town drops cameras", "The town council voted not to buy 40 cameras and plate readers for the high street."),
])
def test_plate_cameras_alone_or_declined_are_no_cctv(title: str, body: str) -> None:
    assert "cctv" not in _tags(title, body)


@pytest.mark.parametrize(("title", "body"), [
    ("城关镇老旧小区安防改造项目成交公告",
     "采购人：某县城关镇人民政府。内容：对辖区15个小区的监控、道闸及门禁系统进行更新改造。成交金额：62万元。"),
    ("某县第三小学智慧校园项目中标公告", "建设内容：校园广播、监控及门禁，操场塑胶跑道。中标金额：88万元。"),
    ("某县美丽乡村建设项目中标公示", "建设内容：村道硬化、路灯安装及村口监控等。中标金额：215万元。"),
])
def test_zh_site_monitoring_items_are_cctv(title: str, body: str, tag_rules_only: None) -> None:
    # the cue read alone: the tag model retrained with set ap (round 40) vetoes the school's 监控 item
    assert "cctv" in _tags(title, body)


@pytest.mark.parametrize(("title", "body"), [
    ("某县水厂自动化运维项目成交公告", "内容：泵房电量监控及门禁报警接入，水质在线监测。成交金额：18万元。"),
    ("某县变电站改造项目中标公告", "更换设备监控、保护装置及门禁控制器。中标金额：120万元。"),
])
def test_zh_equipment_monitoring_is_no_cctv(title: str, body: str) -> None:
    assert "cctv" not in _tags(title, body)


def test_fr_moratorium_negates() -> None:
    assert not _tags("Genève : moratoire sur la reconnaissance faciale",
                     "Le Conseil municipal a voté un moratoire sur la reconnaissance faciale dans les lieux publics.")
    assert not _tags("Genève : décision du Conseil municipal",
                     "Le Conseil municipal a voté un moratoire sur la reconnaissance faciale dans les lieux publics.")


def test_fr_moratorium_keeps_the_cameras_bought() -> None:
    tags = _tags("Lyon achète des caméras", "La Métropole de Lyon a acheté 40 caméras de vidéoprotection ; le "
                 "moratoire sur la reconnaissance faciale reste en vigueur.")
    assert tags == {"cctv"}


@pytest.mark.parametrize(("title", "body", "cctv"), [
    ("School district replaces cameras", "The Millbrook school board approved $54,000 for Valley Secure to replace "
     "cameras and the network video recorders at the middle school.", True),
    ("Municipio de Tarija", "La Alcaldía de Tarija pagó Bs 180.000 a Andes Redes por reparar 12 cámaras del mercado "
     "central y cambiar los grabadores.", True),
    ("Court upgrades hearing rooms", "The county court bought cameras and digital recorders for its hearing rooms, "
     "$80,000.", False),
])
def test_cameras_with_recorders(title: str, body: str, cctv: bool) -> None:
    assert ("cctv" in _tags(title, body)) is cctv


def test_dash_cameras_with_recorders_are_not_read_by_the_recorder_cue() -> None:
    # the tag model has its own view of dash cameras; the rule must not add one
    tags = enrich("Fleet buys dash cameras", "The city fleet bought 40 dash cameras with built-in recorders for its "
                  "trucks.").tags
    assert not any("cameras_with_recorders" in t.rule_id for t in tags)


@pytest.mark.parametrize(("title", "body"), [
    ("Port authority staffs camera room", "The port authority hired Harbour Watch Ltd to staff its camera room "
     "around the clock, £210,000 a year."),
    ("臺東縣政府 社區保全服務案",
     "委託保全公司派駐保全員，負責門禁管制、監視器畫面監看及夜間巡邏。決標金額：新臺幣1,200,000元。"),
])
def test_rooms_and_screens_watching_cameras_are_cctv(title: str, body: str) -> None:
    assert "cctv" in _tags(title, body)


def test_plate_platform_without_camera_screens_is_no_cctv() -> None:
    assert "cctv" not in _tags("某县车牌识别平台项目",
                               "接入全县卡口过车数据，提供车牌检索，不涉及视频监控画面。中标金额：80万元。")
