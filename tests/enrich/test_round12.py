"""Round 12 of the enrichment generalisation (issue 10), on classes seen in set l once it was scored and spent:
camera, fingerprint, phone-extraction, plate and ethnicity words of more languages and phrasings, gait described in
words, resident scores. Sentences are written here (fictional buyers and suppliers), not taken from the sets."""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import first_buyer, tag_ids

CASES = [
    ("Board of Estimates: camera maintenance", "Maintenance of 500 public-safety cameras for the Police "
     "Department.", {"cctv"}),
    ("Transit adds cameras", "Interior cameras on 120 buses after assaults on drivers; footage goes to police.",
     {"cctv"}),
    ("Carabineros incorpora drones", "Carabineros recibió 12 drones con cámaras que transmiten en vivo a la Central "
     "de Comunicaciones.", {"cctv"}),
    ("Oran : caméras sur les axes", "La wilaya a attribué un marché pour 300 caméras de surveillance.", {"cctv"}),
    ("Stad brei kringtelevisie uit", "Die Stad het 90 nuwe kringtelevisiekameras aangekoop.", {"cctv"}),
    ("Umujyi washyizeho kamera", "Umujyi washyize kamera 80 z'umutekano mu masoko.", {"cctv"}),
    ("Houston police license software", "Software that compares the gait of people in recorded video with footage "
     "of suspects.", {"gait_recognition"}),  # software over footage (round 13)
    ("Ministério adjudica sistema", "Sistema de recolha de impressões digitais de reclusos.", {"other_biometrics"}),
    ("懲教署合約批出", "為各院所建立囚犯虹膜及指紋識別系統。", {"other_biometrics"}),
    ("Pregão eletrônico - Polícia Civil", "Objeto: extração forense de dados de telefones celulares apreendidos.",
     {"phone_tracking"}),
    ("Nazirlik kameralar quraşdırır", "Avtomobillərin nömrə nişanlarını tanıyan 80 kamera quraşdırılır.",
     {"vehicle_recognition"}),
    ("Утечка: техзадание", "Подрядчик обеспечит классификацию лиц по этническому типу.",
     {"facial_recognition", "ethnicity_analytics"}),
    ("Police log hotel guests", "Check-in terminals verify each guest's face against the ID card and alert when "
     "the ethnicity field reads Uyghur.", {"facial_recognition", "ethnicity_analytics"}),
    ("某县推行寺庙僧尼积分管理", "积分低于60分者暂停生活补贴发放并限制外出。", {"social_credit"}),
    ("Pemkot uji coba skor perilaku warga", "Warga dengan skor rendah tidak menerima bantuan sosial.",
     {"social_credit"}),
    ("Samarqand hokimligi", "Aholiga “ijtimoiy ishonch balli” tizimi joriy etiladi.", {"social_credit"}),
    # French "les axes" (roads) is no English "axes" (cancels); the English one still is
    ("Oran : caméras sur les axes", "La wilaya a attribué un marché pour 300 caméras de surveillance.", {"cctv"}),
    ("Council axes facial recognition plan", "The council will not buy the cameras.", set()),
]


NEGATED = [
    ("某县执法办案中心改造项目更正公告", "<p>原公告技术参数第2.1条“配置人脸识别比对终端及DNA采样工作站”</p>"
     "<p>更正为：“配置DNA采样工作站，不再采购人脸识别比对终端”。</p>", set()),
    ("关于某“社会信用评分”传闻的说明", "经核实，本市建设的是企业公共信用信息归集平台，不对自然人评分。", set()),
    ("Budapest: az önkormányzat elállt az arcfelismerő kamerák beszerzésétől", "Szerződést nem kötnek.", set()),
    ("Cali apaga el módulo de reconocimiento facial", "Las cámaras de videovigilancia siguen grabando.", {"cctv"}),
    ("Council installs CCTV at depots, facial recognition ruled out", "The council will install 30 CCTV cameras.",
     {"cctv"}),
    ("Council withdraws camera tender", "The council has withdrawn its tender for 80 CCTV cameras with facial "
     "recognition after objections.", set()),
    ("Course for CCTV operators", "A five-day course on data protection for CCTV operators. No equipment is "
     "purchased.", set()),
    # plate and parking-violation cameras, and recorded footage, buy no CCTV
    ("PDRM pasang kamera", "Polis memasang 60 kamera pengecaman nombor plat automatik di sempadan.",
     {"vehicle_recognition"}),
    ("某县城管局违章停车抓拍系统", "违停球机抓拍系统12套，自动识别车牌。", {"vehicle_recognition"}),
]


@pytest.mark.parametrize(("title", "body", "expected"), CASES + NEGATED, ids=[c[0][:30] for c in CASES + NEGATED])
def test_round_12_tags(title: str, body: str, expected: set[str]) -> None:
    assert tag_ids(title, body) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("España-Cádiz: Videovigilancia", "Poder adjudicador: Ayuntamiento de Cádiz, Área de Seguridad. Objeto: cámaras.",
     "Ayuntamiento de Cádiz"),
    ("Guayaquil amplía cámaras", "El Municipio de Manta y el ECU 911 instalaron 200 cámaras nuevas.",
     "Municipio de Manta"),
    ("Cyngor yn prynu camerâu", "Mae Cyngor Dinas Caerdydd wedi dyfarnu contract ar gyfer 40 o gamerâu.",
     "Cyngor Dinas Caerdydd"),
])
def test_round_12_buyers(title: str, body: str, expected: str) -> None:
    assert first_buyer(title, body) == expected


def test_a_dated_headline_is_no_buyer() -> None:
    assert first_buyer("某县2026年第二季度政府采购意向公开", "1.视频监控升级，预算300万元。") is None


def test_a_vietnamese_buyer_after_a_hyphen_dateline() -> None:
    assert first_buyer("Hải Phòng lắp camera", "HẢI PHÒNG - Công an thành phố Hải Phòng đã lắp đặt 300 camera.") == (
        "Công an thành phố Hải Phòng")
