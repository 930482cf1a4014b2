"""Round 40b (buyers): a Chinese deciding body's verb before the requesting body, a Chinese field value that runs
past its 。 into Latin text, and "City of X, State" read as "City". Sentences written for these tests, not taken
from the labelled sets."""
from __future__ import annotations

import pytest

from enrich import enrich


def _buyer(title: str, body: str) -> str | None:
    result = enrich(title, body)
    return next((p.name for p in result.parties if p.role == "buyer"), None)


@pytest.mark.parametrize(("title", "body", "buyer"), [
    # a people's congress standing committee or an executive meeting decides on another body's request
    ("县人大常委会审议视频监控经费", "巴楚县人大常委会第八次会议审议并批准巴楚县公安局提交的视频监控运维经费80万元。",
     "巴楚县公安局"),
    ("县政府常务会议研究人脸识别经费", "伽师县人民政府常务会议研究了伽师县公安局提出的人脸识别门禁追加经费申请。",
     "伽师县公安局"),
    # (a request the deciding body refuses names no buyer since README "Buyers of rejected proposals", 10:25:
    # tests/enrich/test_round42_buyers.py)
])
def test_the_requesting_body_not_the_deciding_one(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


def test_a_deciding_body_alone_keeps_its_name() -> None:
    # nothing after its verb could buy: a regulation under review
    found = _buyer("市人大常委会审议条例", "宁波市人大常委会审议公共场所视频图像信息系统管理条例草案。")
    assert found is None or found.startswith("宁波市人大常委会")


@pytest.mark.parametrize(("body", "buyer"), [
    ("采购人：灵璧县图书馆。RFID自助借还设备6台。金额：42万元。", "灵璧县图书馆"),
    ("采购人：泗县公安局。AI视频分析平台一套，预算120万元。", "泗县公安局"),
])
def test_a_chinese_field_value_ends_at_its_stop_before_latin(body: str, buyer: str) -> None:
    assert _buyer("采购结果公告", body) == buyer


@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("Montpelier, Vt.: parking kiosks", "City of Montpelier, Vt., bought 14 parking kiosks for $96,000.",
     "City of Montpelier"),
    ("Juneau, Alaska: radio upgrade", "Municipality of Juneau, Alaska, replaced its dispatch radios for $1,200,000.",
     "Municipality of Juneau"),
    ("Bozeman, Mont.: LED street lights", "City of Bozeman, Mont., awarded $880,000 for LED street light conversion.",
     "City of Bozeman"),
    # a body's own name before "of" keeps the place as written elsewhere (the state still goes)
    ("Madison library cameras", "Library Board of Madison, Wisconsin, approved 30 cameras for $75,000.",
     "Library Board of Madison"),
])
def test_a_bare_kind_keeps_its_town(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize(("title", "body", "buyer"), [
    # Korean buying-body fields (수요기관, 발주처, 발주기관); a province before its city is no part of the name
    ("강릉시 방범 CCTV 유지보수 용역",
     "수요기관: 강원특별자치도 강릉시. 방범 CCTV 820대 유지보수. 추정가격 210,000,000원.", "강릉시"),
    ("아산시 CCTV 교체", "수요기관: 아산시. 어린이보호구역 CCTV 40대 교체. 계약금액 98,000,000원.", "아산시"),
    ("김해시 관제센터 구축", "발주처: 김해시청 정보통신과. 통합관제센터 영상분석 시스템 구축. 낙찰금액 500,000,000원.",
     "김해시청 정보통신과"),
    # a Japanese town of three characters in a 発注者 field
    ("防犯カメラ監視業務委託", "発注者：金沢市。市内の防犯カメラ映像の監視業務。予定価格：30,000,000円。", "金沢市"),
])
def test_korean_and_japanese_buyer_fields(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


def test_a_withheld_town_in_a_field_is_no_buyer() -> None:
    assert _buyer("防犯カメラ監視業務委託", "発注者：某某市。防犯カメラ映像の監視業務。") != "某某市"


def test_a_korean_council_rejects_what_a_city_submitted() -> None:
    # the city whose budget the council voted down is the body the text is about; the council is not
    found = _buyer("여수시의회, 안면인식 출입통제 예산 부결",
                   "여수시의회는 여수시가 제출한 청사 안면인식 출입통제 예산 3억 원을 부결했다.")
    assert found in ("여수시", None)
    assert _buyer("순천시의회 정례회",
                  "순천시의회는 순천시가 제출한 CCTV 관제센터 증설 예산 12억 원을 원안 가결했다.") == "순천시"
