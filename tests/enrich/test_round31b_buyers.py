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
  "X市議員於定期會質詢X市政府警察局"): ag 2, h, l (ae's 監察院糾正 as well).
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
     "青禾县人大常委会第十二次会议听取青禾县公安局关于公共场所人脸识别设备使用情况的报告，委员们就数据保存期限提出意见。"
     "会议未作出新增采购决定。", "青禾县公安局"),
    ("議員質詢警察局車牌辨識系統",
     "松園市議員於定期會質詢松園市政府警察局車牌辨識系統的資料保存期限，警察局表示將檢討。", "松園市政府警察局"),
])
def test_the_body_a_council_hears_or_questions(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer
