"""Round 39b (tags): cameras an emergency system keeps up or joins in the future tense (es), Safe City camera upkeep in
Urdu, one trait searched in recorded footage named by its bare word, and experts speaking of no particular body (zh).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from enrich.classify import classify


def _ids(text: str) -> set[str]:
    return {tag.taxonomy_id for tag in classify(text)}


CAMERAS_ONLY = [
    # es: cameras that will be joined (future tense) to a centre that exists already
    "Loja: nuevas cámaras para el ECU 911\nEl Municipio de Loja compra 40 cámaras domo que se conectarán al centro "
    "zonal ECU 911 existente. Monto: USD 210.000.",
    "Ibarra amplía la videovigilancia\nEl GAD de Ibarra instalará 25 cámaras que se enlazarán a la sala de monitoreo "
    "existente del ECU 911. Presupuesto: USD 150.000.",
    # es: the cameras of Medellín's SIES-M kept up, nothing else
    "Medellín – mantenimiento de cámaras\nLa Alcaldía de Medellín contrató el mantenimiento correctivo de 900 cámaras "
    "del SIES-M por $2.100.000.000 COP.",
    # ur: the upkeep (دیکھ بھال) of a Safe City's cameras
    "ملتان سیف سٹی – کیمروں کی دیکھ بھال\nپنجاب سیف سٹیز اتھارٹی نے ملتان کے 1,500 کیمروں کی دیکھ بھال کا ٹھیکہ "
    "60 کروڑ روپے میں دیا۔",
]


@pytest.mark.parametrize("text", CAMERAS_ONLY)
def test_cameras_kept_up_or_joined_are_cctv_only(text: str) -> None:
    assert _ids(text) == {"cctv"}


PLATFORM_KEPT = [
    # the centre the cameras join fuses them with calls and dispatch: a platform
    "Loja: cámaras y despacho\nEl Municipio de Loja compra 40 cámaras que se conectarán al ECU 911, que integra las "
    "llamadas de emergencia y el despacho de ambulancias. Monto: USD 210.000.",
    # SIES-M's cameras kept up together with their integration into the monitoring centre
    "Medellín – mantenimiento\nLa Alcaldía contrató el mantenimiento de 900 cámaras del SIES-M y su integración con "
    "el centro de monitoreo y la línea 123.",
    # ur: the command centre that fuses helpline calls is kept up too
    "اسلام آباد سیف سٹی\nاسلام آباد سیف سٹی اتھارٹی نے 900 کیمروں اور کمانڈ سینٹر کی دیکھ بھال کا ٹھیکہ دیا۔ کمانڈ "
    "سینٹر 15 ہیلپ لائن کالز اور نمبر پلیٹ الرٹس کو یکجا کرتا ہے۔",
]


@pytest.mark.parametrize("text", PLATFORM_KEPT)
def test_platform_work_keeps_the_platform(text: str) -> None:
    assert "surveillance_platform" in _ids(text)


def test_gait_compared_in_recorded_footage_is_gait_only() -> None:
    text = ("Gait comparison for detectives – Thames Valley Police\nThames Valley Police hired Kennet Forensic Ltd to "
            "compare a suspect's gait with recorded CCTV footage from two robberies. £62,000.")
    ids = _ids(text)
    assert "gait_recognition" in ids
    assert "surveillance_platform" not in ids


def test_gait_search_across_all_cameras_keeps_the_platform() -> None:
    text = ("Gait search – Thames Valley Police\nThames Valley Police bought software that searches recorded footage "
            "across all city cameras by gait, clothing and other attributes. £620,000.")
    assert "surveillance_platform" in _ids(text)


def test_experts_on_no_particular_body_tag_nothing() -> None:
    text = "学者谈步态识别\n多位法学专家在座谈会上指出，公共场所使用步态识别应当有明确的法律依据。"
    assert _ids(text) == set()


def test_a_police_purchase_with_an_expert_quote_keeps_its_tags() -> None:
    text = ("某县公安局人脸识别系统采购项目中标公告\n采购人：某县公安局。采购人脸识别系统一套，中标金额：96万元。"
            "专家表示，该系统将接入县局视频监控平台。")
    assert "facial_recognition" in _ids(text)


BRANDS_EXCLUDED = [
    "Porirua CCTV tender bars Chinese makers\nPorirua City Council's tender for 35 cameras excludes equipment from "
    "Hikvision and Dahua. The contract went to Harbour Watch Ltd for NZ$ 410,000.",
    "臺中市立圖書館監視器汰換案\n臺中市立圖書館汰換路口監視器30支，規格明定不得使用海康威視產品。決標金額：新臺幣980,000元。",
]


@pytest.mark.parametrize("text", BRANDS_EXCLUDED)
def test_a_tender_excluding_brands_keeps_its_cameras(text: str) -> None:
    assert "cctv" in _ids(text)


def test_what_a_body_did_instead_is_kept() -> None:
    text = ("Idemia not chosen – Bristol City Council\nBristol City Council did not pick Idemia; it bought no face "
            "recognition and instead extended its CCTV maintenance contract with Avon Secure for £180,000.")
    ids = _ids(text)
    assert "cctv" in ids
    assert "facial_recognition" not in ids


def test_instead_of_still_negates() -> None:
    text = ("Police choose officers instead of cameras\nThe county police hired 12 patrol officers instead of CCTV "
            "cameras for the market square.")
    assert "cctv" not in _ids(text)


def test_a_command_centres_display_wall_kept_up_is_no_platform() -> None:
    text = ("某市公安局110指挥中心显示系统维保\n采购人：某市公安局。110指挥中心拼接大屏及解码器年度维护保养。"
            "成交金额：12.8万元。")
    assert "surveillance_platform" not in _ids(text)


def test_a_command_centres_platform_upgraded_keeps_the_platform() -> None:
    text = ("某县公安局110指挥中心大屏及视频融合平台升级\n采购人：某县公安局。110指挥中心LED大屏更换，"
            "视频融合平台升级，汇聚全县视频监控与接处警数据。中标金额：286万元。")
    assert "surveillance_platform" in _ids(text)
