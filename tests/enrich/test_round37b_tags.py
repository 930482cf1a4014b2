"""Round 37b (tags): closing sentences saying a text about surveillance buys nothing, in wordings the earlier
closings lacked (enrich/classify/closings_undecided.py). Sentences written for these tests."""
from __future__ import annotations

import pytest

from enrich.classify import _rules, classify
from enrich.classify.closings import closes_nothing_bought
from enrich.classify.negation import Document


def _ids(text: str) -> set[str]:
    return {tag.taxonomy_id for tag in classify(text)}


CLOSINGS = [
    "Ombudsman reviews city's camera network\nThe ombudsman looked at how long the city keeps footage from its "
    "street cameras. No new contract was reviewed.",
    "Assembleia discute videomonitoramento\nVereadores de Campinas discutiram o programa de videomonitoramento da "
    "cidade. Nenhuma compra nova foi anunciada.",
    "Депутаты обсудили распознавание лиц\nДепутаты городской думы Казани обсудили распознавание лиц на вокзалах. "
    "Решения о закупке не принимались.",
    "市議会で防犯カメラを議論\n札幌市議会で顔認証カメラの是非について質問があった。調達は予定されていない。",
    "구의회, 얼굴인식 CCTV 논의\n대전 구의회가 얼굴인식 CCTV에 대해 토론했다. 구청은 도입 계획이 없다고 말했다.",
    "ندوة حول كاميرات المراقبة\nناقشت ندوة في عمّان استخدام كاميرات المراقبة في الأحياء، ولا تذكر أي صفقة.",
    "Tọa đàm về camera giám sát\nCác chuyên gia tại Đà Nẵng bàn về camera nhận diện khuôn mặt. Chưa có hợp đồng "
    "nào được ký.",
    "學者談閉路電視\n台北學者座談會討論公共場所閉路電視與人臉識別，並不涉及採購。",
    "媒体关注人脸识别门禁\n记者走访发现多个小区使用人脸识别门禁，物业公司未透露任何采购。",
]


@pytest.mark.parametrize("text", CLOSINGS)
def test_closing_is_read_as_buying_nothing(text: str) -> None:
    folded = Document(text, _rules(), None).folded
    assert closes_nothing_bought(folded, folded.find("\n"))


@pytest.mark.parametrize("text", [
    "Camera maintenance contract\nThe county renewed maintenance of its 30 CCTV cameras; no other purchase was "
    "reviewed by the board.",
    "Tender for cameras\nThe council seeks 40 cameras for the market. A new contract was reviewed by the board.",
    "采购公告\n本项目采购摄像机50台，已披露采购预算。",
])
def test_other_closings_are_not(text: str) -> None:
    folded = Document(text, _rules(), None).folded
    assert not closes_nothing_bought(folded, folded.find("\n"))


@pytest.mark.parametrize("text", CLOSINGS)
def test_closing_that_buys_nothing_leaves_no_tag(text: str) -> None:
    assert _ids(text) == set()


@pytest.mark.parametrize("text, expected", [
    # a priced purchase keeps its tags whatever its last sentence says
    ("City buys street cameras\nThe city of Dayton bought 40 street cameras for $120,000 from Acme Video. "
     "No new contract was reviewed.", {"cctv"}),
    # a closing about one other thing, with the cameras bought in the body
    ("区公安分局视频监控采购项目成交公告\n采购人：某区公安分局。采购内容：高清摄像机120台、硬盘录像机10台。"
     "成交供应商：某科技有限公司。", {"cctv"}),
    # "no other purchase": not a closing of this kind
    ("Camera maintenance contract\nThe county renewed maintenance of its 30 CCTV cameras; no other purchase was "
     "reviewed by the board.", {"cctv"}),
])
def test_purchases_keep_their_tags(text: str, expected: set[str]) -> None:
    assert expected <= _ids(text)


@pytest.mark.parametrize("text", [
    "Council approves cameras for downtown\nThe Springfield City Council approved 45 street cameras whose feeds will "
    "be shown in the existing 9-1-1 communications center; vendor Prairie Signals LLC; $390,000.",
    "Мэрия закупила камеры\nМэрия Омска закупила 90 камер видеонаблюдения, камеры подключат к существующему центру "
    "обработки вызовов 112. Сумма контракта — 9,4 млн рублей.",
    "Belediye kameraları 112'ye bağlıyor\nKayseri Belediyesi, 60 kamerayı mevcut 112 Acil Çağrı Merkezi'ne bağlamak "
    "için Erciyes Güvenlik A.Ş. ile 9,2 milyon TL'lik sözleşme imzaladı.",
    "Prefeitura compra câmeras\nA Prefeitura de Natal adquiriu 90 câmeras que serão ligadas ao centro integrado de "
    "operações já existente. Valor: R$ 2.100.000,00.",
])
def test_cameras_joined_to_an_existing_centre_are_cctv_only(text: str) -> None:
    assert _ids(text) & {"cctv", "surveillance_platform"} == {"cctv"}


@pytest.mark.parametrize("text", [
    # the centre fuses the feeds with calls and records: a platform
    "City extends 911 centre\nThe city of Lakeview connected 45 cameras to the existing 9-1-1 communications center, "
    "whose software fuses the feeds with 911 calls and police records; $390,000.",
    # the notice builds the centre
    "County builds emergency centre\nThe county will build a new 911 communications center and connect 80 cameras to "
    "it, next to the existing dispatch center; $2.4 million.",
])
def test_centres_that_fuse_or_are_built_keep_the_platform(text: str) -> None:
    assert "surveillance_platform" in _ids(text)


@pytest.mark.parametrize("text", [
    "Village buys Flock cameras\nThe Village of Glenview, Illinois, bought 14 Flock Safety cameras for $42,000 through "
    "a state contract.",
    "Sheriff installs Flock cameras on rural roads\nThe Greene County Sheriff's Office installed 18 Flock cameras "
    "($54,000) and will share the plate alerts with neighbouring counties.",
])
def test_flock_cameras_are_plate_readers_only(text: str) -> None:
    ids = _ids(text)
    assert "vehicle_recognition" in ids and "cctv" not in ids


@pytest.mark.parametrize("text", [
    "Flock cameras and security cameras for the park\nThe City of Roswell will install 20 Flock Safety cameras and "
    "6 security cameras in its parks under a $95,000 contract.",
    "Police add Flock cameras and street cameras\nThe police department bought 10 Flock Safety cameras and 25 street "
    "cameras for downtown, $140,000.",
])
def test_flock_cameras_beside_other_cameras_keep_cctv(text: str) -> None:
    assert {"cctv", "vehicle_recognition"} <= _ids(text)


def _rule_ids(text: str) -> set[str]:
    """The rules' tags alone (the tag model's review switched off)."""
    from unittest import mock

    with mock.patch("enrich.classify.tag_model.review", lambda text, folded, tags, withheld: tags):
        return {tag.taxonomy_id for tag in classify(text)}


@pytest.mark.parametrize("text", [
    "社区通知：小区人脸门禁改为刷卡\n武昌区某社区居委会通知，辖区三个小区的人脸识别门禁将根据居民意见改为刷卡门禁。",
    "报道：多个小区停用人脸识别门禁\n据报道，成都市部分小区已停用人脸识别门禁，物业称不再采集住户人脸。",
])
def test_face_gates_stopped_or_changed_to_cards_are_not_facial(text: str) -> None:
    assert "facial_recognition" not in _rule_ids(text)


@pytest.mark.parametrize("text", [
    # face gates bought, card gates stopped: the faces stay
    "某小区人脸识别门禁采购\n某物业公司采购人脸识别门禁20套，原刷卡门禁停用，金额8万元。",
    # one face system stopped, another bought
    "公安局人像比对系统采购\n原人脸识别门禁已停用；本次采购人像比对系统一套及人脸抓拍机30台，金额96万元。",
])
def test_faces_bought_stay(text: str) -> None:
    assert "facial_recognition" in _rule_ids(text)
