"""Round 31b (buyers31b): buyer spans read from set ag's mismatches, families counted on the other development sets
first (fictional bodies and firms; towns as placeholders).

- a name whose first word is an abbreviation ("St. Ann Municipal Corporation", "St. Vincent's University Hospital"):
  the full stop of "St." was read as a sentence end and the name began after it (ag 2; names of the shape labelled
  in ac, d, i, r, t, u);
- a unit in lower case after the body's proper name is the buyer ("The Nairobi County education department
  installed", "The Sri Lanka Police Northern Province command in Jaffna bought", "Nairobi City County veterinary
  office bought", "Rakhine State security authorities paid"): ag 3, af 3, ad 2, ac 2, aa, o, v, y;
- a council that hears a body's report, a legislator who questions it, an overseer who censures it: the body heard
  is the buyer, not the sentence that opens with the council ("县人大常委会第十二次会议听取X县公安局…", "会议听取了X局",
  "X市議員於定期會質詢X市政府警察局"): ag 2, h, l (ae's 監察院糾正 as well);
- a Chinese title head that a longer head continues ("…卫生健康委" + "员会"): the longer one (ag; a bug of shape);
- an overseer is never the buyer: its finding, fine, formal notice or censure ("found that", "fined", "a mis en
  demeure", "señaló que", "rügte", 审计报告指出) gives way to the body it names (ag 6, ae, ad, ac, af by their
  oversight texts); one that names no other body buys nothing (a court may buy and stays); Chinese audit offices
  and discipline commissions are overseers.
"""
from __future__ import annotations

import pytest

from enrich import enrich


def _buyer(title: str, body: str) -> str | None:
    parties = [p for p in enrich(title, body).parties if p.role == "buyer"]
    return parties[0].name if parties else None


@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("Parish council adds cameras to market rehabilitation",
     "The St. Elmo Municipal Corporation, Jamaica, awarded the market rehabilitation — roofing, drainage, stalls and "
     "CCTV cameras linked to the police — to Harbour View Builders Ltd for J$148 million.",
     "St. Elmo Municipal Corporation"),
    ("Hospital buys patient monitoring system",
     "St. Brendan's Regional Hospital, Dublin, purchased a CCTV system for its emergency department from Liffey "
     "Secure Ltd, €78,000.", "St. Brendan's Regional Hospital"),
])
def test_a_name_opening_with_an_abbreviation(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("Cameras for Lakeside schools",
     "The Lakeside County education department installed 400 CCTV cameras in 60 primary schools, supplied by "
     "Kilima Vision Ltd for KSh 38 million.", "Lakeside County education department"),
    ("Police buy camera analytics",
     "The Harbour Police Northern Province command in Jaffna bought video analytics for 120 CCTV cameras from "
     "Palmyra Systems for LKR 90 million.", "Harbour Police Northern Province command"),
    ("Oman police buys loggers",
     "MUSCAT — The Royal Harbour Police directorate of forensic laboratories has bought CCTV cameras for 80 "
     "evidence rooms from Gulf Sentinel LLC for OMR 120,000.",
     "Royal Harbour Police directorate of forensic laboratories"),
])
def test_a_unit_in_lower_case_after_the_name(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


def test_a_service_bought_is_no_unit() -> None:
    body = ("The Lakeside County Council paid security service providers KSh 4 million for CCTV monitoring, "
            "records show.")
    assert _buyer("Lakeside pays for camera monitoring", body) == "Lakeside County Council"


@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("县人大常委会审议公共场所人脸识别使用情况报告",
     "青禾县人大常委会第十二次会议听取青禾县公安局关于公共场所人脸识别设备使用情况的报告，委员们就数据保存期限提出意见。",
     "青禾县公安局"),
    ("議員質詢警察局車牌辨識系統",
     "松園市議員於定期會質詢松園市政府警察局車牌辨識系統的資料保存期限，警察局表示將檢討。", "松園市政府警察局"),
])
def test_the_body_a_council_hears_or_questions(title: str, body: str, buyer: str) -> None:
    # r39b (README 17:37): a report that buys nothing keeps the body it is about as `mentioned`, no buyer
    parties = enrich(title, body).parties
    assert _buyer(title, body) in (buyer, None)
    assert buyer in {p.name for p in parties if p.role in ("buyer", "mentioned")}


def test_a_hearing_that_decides_no_purchase_names_the_heard_body_but_no_buyer() -> None:
    """README: a text that buys nothing names no buyer (round 31b's closing sentences, enrich/classify/closings.py);
    the body it hears is still found, as `mentioned`."""
    result = enrich(title="县人大常委会审议公共场所人脸识别使用情况报告",
                    body="青禾县人大常委会第十二次会议听取青禾县公安局关于公共场所人脸识别设备使用情况的报告，"
                         "委员们就数据保存期限提出意见。会议未作出新增采购决定。")
    assert [(p.role, p.name) for p in result.parties] == [("mentioned", "青禾县公安局")]
    assert result.tags == []


def test_a_title_head_a_longer_head_continues() -> None:
    title = "青禾县卫生健康委员会医疗机构视频监控系统维保"
    body = ("青禾县卫生健康委员会对辖区17家医疗机构的门诊大厅、药房视频监控进行维保。"
            "成交供应商：某某电子有限公司，金额：18.9万元。")
    assert _buyer(title, body) == "青禾县卫生健康委员会"


@pytest.mark.parametrize(("title", "body", "buyer"), [
    ("Ombudsman finds irregular award of face recognition gates",
     "The Office of the Ombudsman found that the Harbourview Airport Authority irregularly awarded face recognition "
     "boarding gates to Bayside Smart Gates Inc. for PHP 480 million.", "Harbourview Airport Authority"),
    ("Regulator fines council over plate cameras retention",
     "The Information Commissioner's Office fined Lowmoor Council for keeping plate reads too long from 30 ANPR "
     "cameras it bought from Pennine Gate Tech for £240,000.", "Lowmoor Council"),
    ("Contraloría observa contrato de lectoras de placas",
     "La Contraloría General de Villa Clara señaló que la Secretaría de Movilidad de Villa Clara pagó COP 5.200 "
     "millones a Valle Vial S.A.S. por cámaras de reconocimiento de placas que no estaban integradas.",
     "Secretaría de Movilidad de Villa Clara"),
])
def test_an_overseer_gives_way_to_the_body_it_names(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize(("title", "body"), [
    ("Privacy commissioner investigates retailer face recognition",
     "The Office of the Privacy Commissioner opened an investigation into a retail chain's use of facial "
     "recognition at store entrances. No public body purchase is involved."),
    ("审计署报告：部分地区雪亮工程重复建设",
     "审计署在年度审计报告中指出，个别县区“雪亮工程”与“天网工程”存在重复建设、设备闲置问题，报告未列出具体合同。"),
])
def test_an_overseer_naming_no_body_is_no_buyer(title: str, body: str) -> None:
    assert _buyer(title, body) is None
