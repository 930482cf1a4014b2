"""Round 35 (buyers): traditional-script Chinese title and lede buyers, and a buyer span that ran into the sentence's
predicate, topic particle or a vendor. Sentences are our own, not copied from the labelled sets."""
from __future__ import annotations

import pytest

from enrich import enrich


def _buyer(title: str, body: str) -> str | None:
    return next((p.name for p in enrich(title, body).parties if p.role == "buyer"), None)


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a Taiwanese title that heads with the body (traditional characters, 縣/鄉 places, 公所, a case title in 案)
    ("屏東縣萬丹鄉公所路口監視器增設工程", "增設路口監視攝影機40支及錄影主機。決標金額：新臺幣520萬元。得標廠商：南"
     "國弱電有限公司。",
     "屏東縣萬丹鄉公所"),
    ("臺東市立醫院防疫物資採購", "採購外科口罩及隔離衣。決標金額新臺幣45萬元，"
     "得標廠商：東岸醫材有限公司。", "臺東市立醫院"),
    ("澎湖縣警察局監視器汰換案", "汰換馬公市區監視器88支。得標：海島通信有限公司，決標金額：新臺幣410萬元"
     "。", "澎湖縣警察局"),
    # the body's first clause: it adds, replaces, or is a zoo or a correctional institution
    ("監視器連線案", "苗栗縣警察局新增頭份市監視器52支，連線至既有平台。得標：竹南電通有限公司，"
     "決標金額：新臺幣230萬元。",
     "苗栗縣警察局"),
    ("園區監視系統工程", "臺北市立動物園更新園區步道監視攝影機共48支。得標廠商：木柵弱電工程行，決標"
     "金額：新臺幣2,100,000元。",
     "臺北市立動物園"),
    ("院所閉路電視更換", "懲教署壁屋懲教所更換院所閉路電視系統，包括攝影機120部。承辦商：港灣系統有"
     "限公司，合約金額：港幣9,800,000元。",
     "懲教署壁屋懲教所"),
])
def test_traditional_chinese_buyers(title: str, body: str, expected: str) -> None:
    assert _buyer(title, body) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("מצלמות ברחובות", "עיריית נתניה רכשה 60 מצלמות אבטחה מחבר"
     "ת שמש מערכות בע\"מ בסך 900,000 ש\"ח.", "עיריית נתניה"),
    ("دوربین های شهری", "شهرداری تبریز قرارداد نصب دوربین های ن"
     "ظارتی را با شرکت آذر ایمن به مبلغ ۸ می"
     "لیارد ریال امضا کرد.",
     "شهرداری تبریز"),
    ("金沢市の防犯カメラ", "金沢市は駅前広場に防犯カメラ24台を設置する契約を加賀セキュリティ株式会社と"
     "締結した。契約額は1,800万円。", "金沢市"),
    ("Kamere u Kraljevu", "Gradska uprava Grada Kraljeva dodelila"
     " je ugovor za 45 kamera firmi Ibar Sis"
     "temi d.o.o. "
     "u vrednosti od 9 miliona dinara.", "Gradska uprava Grada Kraljeva"),
    ("Câmeras corporais", "O Detran-MT concluiu a compra de 90 câ"
     "meras corporais da empresa Pantanal Te"
     "ch por R$ 1,4 milhão.",
     "Detran-MT"),
    ("Camera giám sát Huế", "Sở Giao thông vận tải Huế chọn Công ty"
     " Sông Hương Tech lắp đặt 60 camera giá"
     "m sát giao thông, "
     "giá trị 9 tỷ đồng.", "Sở Giao thông vận tải Huế"),
    ("Tana kameralari", "Ichki ishlar vazirligi Kedacom bilan 3"
     "00 ta tana kamerasi yetkazib berish bo"
     "'yicha shartnoma "
     "imzoladi.", "Ichki ishlar vazirligi"),
])
def test_predicate_after_the_name_is_cut(title: str, body: str, expected: str) -> None:
    assert _buyer(title, body) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    # lower-case words that belong to the name stay
    ("Göteborgs stad köper kameror", "Göteborgs stad har tecknat avtal med V"
     "ästkust Vision AB om 30 övervakningska"
     "meror "
     "för 2 miljoner kronor.", "Göteborgs stad"),
    ("Kamere u Splitu", "Gradska uprava Grada Splita nabavila j"
     "e 30 kamera od tvrtke Jadran Sigurnost"
     " d.o.o. "
     "za 1 milijun eura.", "Gradska uprava Grada Splita"),
    # a title that only heads with a place and no body names no buyer
    ("臺中市監視器汰換", "汰換路口監視器60支。決標金額：新臺幣300萬元。得標廠商：中台弱電有限公司"
     "。", None),
])
def test_names_that_keep_their_words(title: str, body: str, expected: str | None) -> None:
    assert _buyer(title, body) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a cancelled tender names the body whose tender it was (README "Buyers of withdrawn tenders"), also where the
    # body's clause follows a cause clause, and in a Taiwanese case title
    ("隆化县雪亮工程二期招标终止公告", "因财政资金未到位，隆化县公安局雪亮工程二期项目（预算980万元）招标终止，"
     "不再采购。", "隆化县公安局"),
    ("臺東縣政府警察局車牌辨識系統採購案取消", "因經費調整，本局原規劃之車牌辨識系統採購案（預算新臺幣600萬元）"
     "決定取消。", "臺東縣政府警察局"),
    # a cause clause, then a denial with no tender: no buyer
    ("某县监控情况说明", "因群众反映强烈，县公安局表示不再采购人脸识别设备。", None),
])
def test_cancelled_tender_buyers(title: str, body: str, expected: str | None) -> None:
    assert _buyer(title, body) == expected
