"""Round 43b (buyernames): buyer names outside the US at their edges and bodies missed before.

Japanese city offices after their prefecture, a prefecture in brackets after a body, the 契約者 field; Mongolian
Захиалагч fields (and the seat after a comma); Chinese clause words before a body (会议同意, 其中, 公司向) and
委託 after it. Every input is fictional."""
from __future__ import annotations

import pytest

from enrich import enrich
from enrich.buyer_frames import field_buyers
from enrich.zh_clause_prefix import after_clause_verbs


def _buyer(title: str, body: str, language: str | None = None):
    result = enrich(title, body, language=language)
    buyer = next((p for p in result.parties if p.role == "buyer"), None)
    if buyer is not None:
        assert f"{title}\n{body}"[buyer.evidence.start:buyer.evidence.end] == buyer.name  # evidence is the name
    return buyer.name if buyer else None


@pytest.mark.parametrize(("title", "body", "language", "expected"), [
    ("旭川市役所 庁舎防犯カメラ増設 入札公告",
     "発注者：北海道旭川市役所。予定価格：2,400万円。本庁舎の防犯カメラ30台を増設する。", "ja", "旭川市役所"),
    ("金沢市交通局 車内カメラ 落札結果",
     "発注者：石川県金沢市交通局。落札者：株式会社北陸映像。落札金額：8,100万円。路線バスの車内防犯カメラを更新する。",
     "ja", "金沢市交通局"),
    ("静岡県警察 顔画像照合装置 契約",
     "契約者：静岡県警察。契約相手：株式会社東海認証。契約金額：1億4,000万円。顔画像照合装置を更新する。",
     "ja", "静岡県警察"),
    ("大阪府警察 ナンバー読取装置 落札",
     "発注者：大阪府警察。落札者：株式会社関西読取。落札金額：6,200万円。自動車ナンバー自動読取装置を整備する。",
     "ja", "大阪府警察"),
    ("Баянхонгор аймаг: хяналтын камер",
     "Захиалагч: Баянхонгор аймгийн Цагдаагийн газар, Баянхонгор сум. Төсөв: 260 сая төгрөг. Хяналтын камер 24.",
     "mn", "Баянхонгор аймгийн Цагдаагийн газар"),
    ("Нийслэл: замын хяналтын камер",
     "Захиалагч: Нийслэлийн Замын хөдөлгөөний удирдлагын төв. Гэрээний дүн: 1.2 тэрбум төгрөг. Камер 60.",
     "mn", "Нийслэлийн Замын хөдөлгөөний удирдлагын төв"),
    # a headline's short form yields to the body's full name (same first and last word, headline words in order)
    ("Municipalidad de Arequipa – cámaras",
     "La Municipalidad Provincial de Arequipa adjudicó a Sur Vigilancia S.A.C. 120 cámaras de videovigilancia por "
     "S/ 3.200.000.", "es", "Municipalidad Provincial de Arequipa"),
    ("Mairie de Kayes – vidéosurveillance",
     "La Mairie du District de Kayes achète 40 caméras de vidéosurveillance pour 90 millions FCFA.", "fr",
     "Mairie du District de Kayes"),
])
def test_buyer_names(title, body, language, expected):
    assert _buyer(title, body, language) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("発注者：兵庫県神戸市役所。", ["神戸市役所"]),
    ("発注者：神奈川県警察本部。", ["神奈川県警察本部"]),     # a prefecture's own body keeps it
    ("発注者：警視庁（東京都）。落札者：X", ["警視庁"]),     # a bracketed prefecture is a note
    ("契約者：株式会社北陸映像。契約金額：1億円。", []),       # 契約者 naming a company is the contractor
    ("Захиалагч: Дорноговь аймгийн Онцгой байдлын газар, Сайншанд сум. Төсөв: 90 сая", [
        "Дорноговь аймгийн Онцгой байдлын газар"]),
])
def test_field_values(text, expected):
    assert [text[a:b] for a, b in field_buyers(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("会议同意伊宁县公安局", ["伊宁县公安局"]),
    ("其中台中市政府警察局", ["台中市政府警察局"]),
    ("公司向江苏省南京市公安局交通管理局", ["江苏省南京市公安局交通管理局"]),
    ("嘉義市政府委託銀行", ["嘉義市政府"]),
    ("会议同意市公安局", []),                                 # a bare 市公安局 names no particular body
])
def test_chinese_clause_words(text, expected):
    assert [text[a:b] for a, b in after_clause_verbs(text, [(0, len(text))])] == expected


def test_entrusted_body_that_buys_is_not_cut():
    text = "温宿县委宣传部委托温宿县文化局采购公益广告投放服务"
    span = (0, text.index("采购"))
    assert [text[a:b] for a, b in after_clause_verbs(text, [span])] == ["温宿县委宣传部委托温宿县文化局"]
