"""Round 36b (buyers): names cut before their place, and buyers named in their own script that were never found.

Sentences are written for these tests (not copied from any set); each asserts the buyer a user sees."""
from __future__ import annotations

import pytest

from enrich import enrich


def _buyer(title: str, body: str) -> str | None:
    return next((p.name for p in enrich(title, body).parties if p.role == "buyer"), None)


@pytest.mark.parametrize(("title", "body", "buyer"), [
    # a body named only by its kind keeps the place after "of"
    ("Licence cameras", "The Motor Vehicle Division of Wyoming bought 25 photo capture stations for $180,000.",
     "Motor Vehicle Division of Wyoming"),
    ("Cameras for schools", "The District School Board of Ottawa approved $900,000 to Capital Alarm for cameras at "
     "22 schools.", "District School Board of Ottawa"),
    ("Traffic screens", "The Mayor's Office of Cebu City will put up 12 LED screens at junctions; ₱4 million to "
     "Visayas Signs.", "Mayor's Office of Cebu City"),
    # a board's heading line names its county or district after a comma
    ("Item 4: Jail camera upgrade", "Board of County Commissioners, Weld County. Approve $412,000 to Plains "
     "Integrators for 96 jail cameras.", "Board of County Commissioners, Weld County"),
    # de: a plural body's verb; gl: a town's name with "de"; sw: a hospital; uz: a short form before a quoted brand
    ("Kanalinspektion", "Die Stadtwerke Graz vergeben die Kamera-Befahrung der Kanäle, 90.000 Euro.",
     "Stadtwerke Graz"),
    ("Cámaras", "O Concello de Vilagarcía de Arousa contratou 20 cámaras para o porto, 60.000 euros.",
     "Concello de Vilagarcía de Arousa"),
    ("Barakoa", "Hospitali ya Rufaa Mbeya ilinunua barakoa laki mbili kwa Sh milioni 80.", "Hospitali ya Rufaa Mbeya"),
    ("Kamera", "Samarqand shahar IIBB «Dahua» kameralari uchun 9 mlrd so‘mlik shartnoma tuzdi.",
     "Samarqand shahar IIBB"),
    # a town and a colon open an English lede
    ("Airport cameras", "Kigali: the Rwanda Civil Aviation Authority installed 80 cameras at the terminal, "
     "RWF 900 million.", "Rwanda Civil Aviation Authority"),
])
def test_place_kept_with_a_kind_only_name(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize(("title", "body", "buyer"), [
    # a head with a name of its own still gives its town up
    ("Cameras", "The Burlington Police Department in Vermont bought 40 body cameras for $60,000.",
     "Burlington Police Department"),
])
def test_named_head_still_drops_its_town(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize(("title", "body", "buyer"), [
    # ko: a province, a ministry's unit, a district after a bare city name
    ("체납자 관리 시스템", "강원특별자치도는 체납 관리 시스템을 강원데이터에 4억 원에 발주했다.", "강원특별자치도"),
    ("교정시설 장비", "법무부 교정본부는 교정시설 CCTV 관제 장비를 9억 원에 구매했다.", "법무부 교정본부"),
    ("관제요원 용역", "부산 해운대구는 통합관제센터 관제요원 용역을 해운시큐리티와 7억 원에 계약했다.", "해운대구"),
    # ja: a city's health centre
    ("防護具の購入", "福岡市保健所は、防護服を900万円で購入した。", "福岡市保健所"),
    # th: a police station, a subdistrict body with its province after it
    ("ติดตั้งกล้อง", "สถานีตำรวจภูธรเมืองเชียงใหม่ จ้างบริษัท ล้านนา ซีเคียว จำกัด ติดตั้งกล้องวงจรปิด 40 ตัว วงเงิน 2 ล้านบาท",
     "สถานีตำรวจภูธรเมืองเชียงใหม่"),
    ("ปรับปรุงถนน", "องค์การบริหารส่วนตำบลหนองบัว จังหวัดอุดรธานี ว่าจ้างปรับปรุงถนนและกล้องวงจรปิด 6 จุด วงเงิน 1.8 ล้านบาท",
     "องค์การบริหารส่วนตำบลหนองบัว"),
    # vi: a commune's committee with its district and province after a comma; a port authority; "thuộc" its parent
    ("Camera an ninh", "UBND xã An Bình, huyện Phú Giáo, tỉnh Bình Dương nâng cấp đường và lắp 10 camera, 3 tỷ đồng.",
     "UBND xã An Bình"),
    ("Camera sân bay", "Cảng vụ Hàng không miền Bắc lắp 40 camera tại sân bay Nội Bài, 15 tỷ đồng.",
     "Cảng vụ Hàng không miền Bắc"),
    # ar: a present-tense verb opening the lede; a general authority after a past-tense verb
    ("كاميرات", "تطور محافظة الإسكندرية كورنيش المدينة بتكلفة 60 مليون جنيه تشمل كاميرات المراقبة.",
     "محافظة الإسكندرية"),
    ("بوابات", "ركبت الهيئة العامة للطيران المدني بوابات للتحقق من الوجه في مطار الدمام بقيمة 30 مليون ريال.",
     "الهيئة العامة للطيران المدني"),
])
def test_buyers_in_their_own_script(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize(("title", "body"), [
    # a report that says it buys nothing names no buyer (ko, ja)
    ("지능형 CCTV 연구 결과", "행정안전부는 지능형 CCTV 연구 결과를 발표했다. 구매 계획은 포함되지 않았다."),
    ("顔認証の実証結果", "総務省は、顔認証の実証結果を公表した。調達は含まれない。"),
    # pt, en: a report that describes no contract, a ministry that commissions nothing
    ("Reportagem: fornecedores chineses", "Reportagem de revista analisa a presença de fornecedores chineses em "
     "cidades. Nenhuma contratação é descrita."),
    ("Guidance on face search", "The Home Office published guidance for forces on live face search. It does not "
     "commission any system."),
    # ko: a common word ending in 부 or 도 is no body
    ("CCTV 설치", "일부는 CCTV 설치에 반대했다."),
    # a capitalised word and a colon that is no town opens no lede
    ("Cameras", "Update: new cameras were installed downtown last year."),
])
def test_no_buyer(title: str, body: str) -> None:
    assert _buyer(title, body) is None
