"""Round 36, buyers: a Chinese notice's buyer is the body named as 采购人 / 采购单位 / 招标人 exactly as written, also
when a using unit is named beside it; only without such a field is the buyer the body the text says buys."""
from __future__ import annotations

import pytest

from enrich import enrich


def _buyer(body: str, title: str = "项目公告") -> str | None:
    buyers = [p.name for p in enrich(title=title, body=body).parties if p.role == "buyer"]
    return buyers[0] if buyers else None


@pytest.mark.parametrize("body, buyer", [
    # the signing body, whichever field comes first
    ("需求单位：东安县公安局交通警察大队 采购人：东安县公安局 预算：210万元 内容：电子警察及卡口", "东安县公安局"),
    ("项目单位：祁阳市公安局城关派出所。招标人：祁阳市公安局。招标内容：人脸抓拍机。", "祁阳市公安局"),
    ("一、采购人信息 名称：江永县公安局 地址：潇浦镇某路 二、需求单位：江永县公安局治安大队", "江永县公安局"),
    ("采购人：道县公安局。使用单位：道县公安局交通警察大队。采购内容：违停抓拍球机30台。", "道县公安局"),
    # a sub-unit written in the field is the buyer as written
    ("采购人：蓝山县公安局交通警察大队。采购内容：电子警察12套。", "蓝山县公安局交通警察大队"),
    ("采购单位：新田县公安局龙泉派出所 采购内容：人脸门禁4套", "新田县公安局龙泉派出所"),
    ("采购单位：宁远县公安局看守所 预算：54万元 需求：监室摄像机", "宁远县公安局看守所"),
    # with no 采购人 field, a 需求单位 still names the buyer
    ("需求单位：双牌县公安局 预算：88万元 内容：视频监控运维", "双牌县公安局"),
])
def test_field_buyer_is_the_signing_body(body: str, buyer: str) -> None:
    assert _buyer(body) == buyer


@pytest.mark.parametrize("body, buyer", [
    ("采购人：长乐区公安分局（长乐区） 中标人：某科技有限公司 内容：沿海监控点位", "长乐区公安分局"),
    ("采购人：东山县财政局（代县农商行）；预算：40万元。内容：信贷系统升级。", "东山县财政局"),
    ("采购人：江华县公安局（使用单位：交警大队） 内容：电子警察", "江华县公安局"),
    # a bracket that belongs to the name stays
    ("采购人：江达县文化和旅游局（体育局）；成交供应商：某公司", "江达县文化和旅游局（体育局）"),
    ("采购人：上饶农村商业银行股份有限公司（原上饶市农村信用合作联社） 内容：自助设备",
     "上饶农村商业银行股份有限公司（原上饶市农村信用合作联社）"),
])
def test_bracket_notes(body: str, buyer: str) -> None:
    assert _buyer(body) == buyer


@pytest.mark.parametrize("body, buyer", [
    ("临武县公安局看守所采购监室摄像机40台及存储。成交供应商：郴州某科技有限公司，金额：36万元。", "临武县公安局"),
    ("嘉禾县公安局户政大厅采购身份证照相设备3套。成交：某影像公司，金额：8万元。", "嘉禾县公安局"),
    # a brigade is a body of its own
    ("桂阳县公安局交通管理大队采购电子警察8套。中标供应商：某交通科技有限公司，中标金额：300万元。",
     "桂阳县公安局交通管理大队"),
    ("桂阳县公安局城关派出所采购人脸门禁4套。成交供应商：某公司，金额：9万元。", "桂阳县公安局城关派出所"),
])
def test_bureau_facility_in_prose(body: str, buyer: str) -> None:
    assert _buyer(body) == buyer


@pytest.mark.parametrize("body, buyer", [
    ("合同甲方：霍尔果斯市口岸管理委员会；合同乙方：某智能科技有限公司。合同金额：120万元。标的：人证核验闸机。",
     "霍尔果斯市口岸管理委员会"),
    ("合同甲方（采购人）：和田县公安局。合同乙方：某安防有限公司。合同金额：60万元。标的：人脸门禁。", "和田县公安局"),
    ("为便于供应商及时了解政府采购信息，现将策勒县公安局2027年第二季度采购意向公开如下：1.监控运维，预算90万元。",
     "策勒县公安局"),
    ("审计发现：尉犁县公安局2024年采购的车辆识别卡口设备中有9台未联网使用。", "尉犁县公安局"),
    ("县审计局指出，轮台县公安局2023年以210万元向某视界科技有限公司采购的人脸识别设备长期闲置。", "轮台县公安局"),
    ("10月12日，若羌县公安局与巴州某智能科技有限公司签订合同，在城区新装高清摄像头90路。", "若羌县公安局"),
    ("本公司控股子公司近日与江宁区公安分局签署《视频结构化平台建设合同》，合同金额为人民币4,200万元。",
     "江宁区公安分局"),
    ("公司于近日收到柳州市城中区人民政府发出的《中标通知书》，确认公司为视频感知平台项目中标单位。",
     "柳州市城中区人民政府"),
    ("本工程由东乡县住房和城乡建设局组织实施，内容包括管网改造及小区出入口高清监控。中标人：某建设集团有限公司。",
     "东乡县住房和城乡建设局"),
    ("本报讯 近日，祥云县委政法委牵头建设的农村雪亮工程新增高清视频监控点位120个。", "祥云县委政法委"),
    ("审计报告指出，凤翔县公安局2025年实施的天网扩容项目中有74路摄像机长期离线。", "凤翔县公安局"),
])
def test_prose_says_who_buys(body: str, buyer: str) -> None:
    assert _buyer(body) == buyer


@pytest.mark.parametrize("body", [
    # a company is never the body in a contract sentence; a date without a purchase names no buyer
    "本公司与杭州某科技有限公司签署战略合作协议，双方将在智慧城市领域开展合作。",
    "据悉，2024年采购的设备已全部安装完毕，运行情况良好。",
    "现将本单位2027年采购意向公开如下：办公家具，预算20万元。",
    "原平台由该公司建设，拟单一来源采购运维服务。",
])
def test_no_buyer_from_these_sentences(body: str) -> None:
    assert _buyer(body) is None


@pytest.mark.parametrize("title, body, buyer", [
    # a Taiwanese award notice's 機關 field, also after the amount
    ("新北市三重區社區活動中心整修工程決標公告",
     "工程內容：屋頂防水及出入口監視攝影機8組。得標廠商：某營造股份有限公司。決標金額：新臺幣946萬元。"
     "機關：新北市三重區公所。",
     "新北市三重區公所"),
    ("宜蘭縣政府 學生證照相服務",
     "委託攝影業者拍攝學生證大頭照。得標：某照相館。金額：新臺幣42萬元。機關：宜蘭縣政府教育處。",
     "宜蘭縣政府教育處"),
    # 机关 inside a word or a heading is no field
    ("公告", "党政机关：办公用房维修。采购人：某县人民政府办公室。", "某县人民政府办公室"),
])
def test_taiwan_agency_field(title: str, body: str, buyer: str) -> None:
    assert _buyer(body, title) == buyer
