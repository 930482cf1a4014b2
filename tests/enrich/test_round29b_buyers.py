"""Round 29b: buyers the set-ae errors showed cut short or run on (fictional bodies and firms; towns as placeholders).

Families, counted on the development sets before coding: a Chinese lede's 县委政法委员会 read only to 政法委 (ae 2,
ad 1, ab 1); a body's kind with no name of its own cut from the town after "of" ("Municipal Council of X",
"Provincial Government of X"); a first body line read as a heading although it is a sentence that runs into a
capitalised word and a colon (pl, fi; the name then carried its verb and object).
"""
from __future__ import annotations

import pytest

from enrich import enrich


def _buyer(title: str, body: str) -> str | None:
    parties = [p for p in enrich(title, body).parties if p.role == "buyer"]
    return parties[0].name if parties else None


@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("青禾县平安乡村视频监控续建",
     "青禾县委政法委员会续建平安乡村视频监控，新增村级点位260个。中标：青禾川信通信工程有限公司，金额：318万元。",
     "青禾县委政法委员会"),
    ("青禾市雪亮工程视频平台扩容",
     "青禾市委政法委员会扩容雪亮工程视频共享平台，新增存储及解码设备。中标：青禾智联信息技术有限公司，金额：146万元。",
     "青禾市委政法委员会"),
])
def test_a_lede_keeps_the_whole_zhengfawei_name(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


def test_the_short_zhengfawei_still_reads() -> None:
    assert _buyer("青禾县雪亮工程扩容", "青禾县委政法委近日扩容雪亮工程视频平台。中标：青禾智联信息技术有限公司，"
                  "金额：146万元。") == "青禾县委政法委"


@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("Municipal council maintains Safe City cameras",
     "The Municipal Council of Springfield extended maintenance of 200 Safe City cameras with Dodo Vale Tech Ltd, "
     "$4.8 million.",
     "Municipal Council of Springfield"),
    ("Province buys plaza cameras",
     "The Provincial Government of Springfield bought 200 cameras for town plazas from Mactavish Vision Inc., "
     "$1.9 million.",
     "Provincial Government of Springfield"),
])
def test_a_nameless_head_keeps_its_town(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


def test_a_named_body_still_loses_the_town_after_of() -> None:
    assert _buyer("Cameras", "The Pinewood Corrections Authority of Boise replaced 40 cameras for $90,000.") == (
        "Pinewood Corrections Authority")


@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("Przebudowa rynku w Wierzbowie z monitoringiem",
     "Gmina Wierzbowo zleciła przebudowę Rynku: nawierzchnia, oświetlenie, fontanna oraz monitoring wizyjny z 16 "
     "kamerami. Wykonawca: Wierzbowskie Budownictwo S.A., 14 600 000 zł.",
     "Gmina Wierzbowo"),
    ("Kylänmäen kaupunki uusii valvontakamerat torilla",
     "Kylänmäen kaupunki on tilannut Pirkan Vartio Oy:ltä torin valvontakameroiden uusimisen 360 000 eurolla.",
     "Kylänmäen kaupunki"),
])
def test_a_sentence_running_into_a_label_is_no_heading(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


def test_a_heading_line_still_names_the_buyer() -> None:
    assert _buyer("Aviso de licitação", "Secretaria de Perícia Técnica de Vale Azul — PE\nObjeto: câmeras de "
                  "videomonitoramento, R$ 900.000,00.") == "Secretaria de Perícia Técnica de Vale Azul"



@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("青禾县城区视频监控系统升级改造中标公告",
     "青禾县公安局。中标人：青禾安联网络工程有限公司，中标金额：687万元。本次将城区330路标清球机替换为高清摄像机。",
     "青禾县公安局"),
    ("青禾市口岸通道人员通关查验系统升级（第2包）",
     "青禾市口岸管理委员会。第2包为人证合一核验通道及虹膜采集终端（预算540万元）。",
     "青禾市口岸管理委员会"),
])
def test_a_body_line_opening_with_the_name_alone(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


def test_a_police_department_that_requests_the_purchase_is_the_buyer() -> None:
    assert _buyer("Surveillance Technology Impact Report: Real-Time Crime Center expansion",
                  "City of Pinecrest, CA - Privacy Advisory Commission. Item 4. The Pinecrest Police Department "
                  "requests approval to connect 320 business cameras to its Real-Time Crime Center through a camera "
                  "registry, at an annual cost of $410,000.") == "Pinecrest Police Department"


def test_a_police_department_that_only_has_something_leaves_the_city() -> None:
    assert _buyer("Surveillance Technology Impact Report: cameras",
                  "City of Pinecrest, CA - Privacy Advisory Commission. Item 4. The Pinecrest Police Department has "
                  "a policy for 40 cameras. The City approves the purchase of 20 more cameras for $90,000.") == (
        "City of Pinecrest")
