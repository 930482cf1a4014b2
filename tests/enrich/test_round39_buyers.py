"""Round 39, buyers in text nobody here wrote: own-script field labels (th, hi, mr, bn, ur, fa, he:
enrich/party_labels.py); Thai bodies that rent, contract, add, cancel or pay; a Hebrew city council that approves;
Hindi and Bengali heads (district administrations, head-first "नगर निगम X", a state before or after the name); the
Ukrainian police's head body with its "у місті Києві" tail; a dateline before "Мингорисполком"; a Russian,
Ukrainian or Belarusian customer in the genitive after "по заказу", "для нужд", "на замовлення", "па замове", as
printed (enrich/buyer_frames.py); a body denied right after its name ("… y no por la Policía") is cut there.
Sentences written for this test, not taken from the evaluation sets.
"""
from __future__ import annotations

import pytest

from enrich import enrich


def _buyer(title: str, body: str) -> str | None:
    buyers = [p.name for p in enrich(title=title, body=body).parties if p.role == "buyer"]
    return buyers[0] if buyers else None


@pytest.mark.parametrize("title, body, buyer", [
    ("ประกาศจัดซื้อกล้องวงจรปิด", "ผู้ซื้อ: สำนักงานตำรวจแห่งชาติ\nรายการ: กล้องวงจรปิด 150 ตัว\nวงเงิน 5,200,000 บาท",
     "สำนักงานตำรวจแห่งชาติ"),
    ("ประกาศผู้ชนะการเสนอราคา", "หน่วยงาน: เทศบาลนครนครราชสีมา\nโครงการติดตั้งกล้อง CCTV รอบสวนสาธารณะ",
     "เทศบาลนครนครราชสีมา"),
    ("निविदा सूचना", "क्रेता: नगर निगम कानपुर\nसामग्री: सीसीटीवी कैमरे 250\nअनुमानित लागत: ₹ 1.8 करोड़", "नगर निगम कानपुर"),
    ("निविदा", "खरेदीदार: नागपूर महानगरपालिका\nसीसीटीव्ही कॅमेरे बसविणे", "नागपूर महानगरपालिका"),
    ("ٹینڈر نوٹس", "خریدار: ملتان ڈویلپمنٹ اتھارٹی\nسی سی ٹی وی کیمروں کی فراہمی", "ملتان ڈویلپمنٹ اتھارٹی"),
    ("מכרז פומבי", "המזמין: עיריית רמת גן\nהתקנת 300 מצלמות אבטחה ברחבי העיר", "עיריית רמת גן"),
    ("দরপত্র বিজ্ঞপ্তি", "ক্রেতা: রাজশাহী সিটি কর্পোরেশন\nসিসিটিভি ক্যামেরা সরবরাহ", "রাজশাহী সিটি কর্পোরেশন"),
])
def test_own_script_field_labels_name_the_buyer(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize("title, body, buyer", [
    ("ข่าว", "กรุงเทพมหานครทำสัญญาซื้อกล้อง CCTV 1,500 ตัวจากบริษัท เมืองไทยวิชั่น จำกัด", "กรุงเทพมหานคร"),
    ("ข่าว", "เทศบาลนครอุดรธานีเช่ากล้องวงจรปิด 200 ตัว วงเงิน 14 ล้านบาท", "เทศบาลนครอุดรธานี"),
    ("ข่าว", "องค์การบริหารส่วนจังหวัดสงขลายกเลิกการประกวดราคากล้องวงจรปิด วงเงิน 9 ล้านบาท",
     "องค์การบริหารส่วนจังหวัดสงขลา"),
    ("ข่าว", "ศูนย์ปฏิบัติการตำรวจจังหวัดชายแดนภาคใต้ที่นราธิวาสจ่ายเงิน 30 ล้านบาทให้บริษัท ทักษิณ วิชั่น จำกัด "
     "สำหรับกล้องวงจรปิด", "ศูนย์ปฏิบัติการตำรวจจังหวัดชายแดนภาคใต้"),
    ("חדשות", 'מועצת עיריית חולון אישרה התקשרות להתקנת 45 מצלמות אבטחה בסך 1.1 מיליון ש"ח.', "מועצת עיריית חולון"),
    ("समाचार", "नगर निगम ग्वालियर ने 400 सीसीटीवी कैमरे ₹6 करोड़ में खरीदे।", "नगर निगम ग्वालियर"),
    ("समाचार", "बिहार के पटना नगर निगम ने 150 सीसीटीवी कैमरे लगाने का ठेका दिया।", "पटना नगर निगम"),
    ("समाचार", "रांची नगर निगम, झारखंड, ने शहर में 90 सीसीटीवी कैमरे खरीदे।", "रांची नगर निगम"),
    ("সংবাদ", "খুলনা জেলা প্রশাসন শহরে ৪০টি সিসিটিভি ক্যামেরা কিনেছে, খরচ দেড় কোটি টাকা।", "খুলনা জেলা প্রশাসন"),
    ("Новини", "Головне управління Національної поліції у місті Києві закупило 120 нагрудних камер на 9 млн гривень.",
     "Головне управління Національної поліції у місті Києві"),
    ("Гомель", "ГОМЕЛЬ — Гомельский горисполком заключил договор на 200 камер видеонаблюдения.",
     "Гомельский горисполком"),
])
def test_bodies_opening_a_sentence_in_their_own_script(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize("title, body, buyer", [
    ("Новости", "По заказу ГУ МВД России по Омской области выполнена поставка 250 камер на 21 млн рублей.",
     "ГУ МВД России по Омской области"),
    ("Новости", "Камеры с распознаванием лиц закуплены для нужд Управления Росгвардии по Пермскому краю на 8 млн "
     "рублей.", "Управления Росгвардии по Пермскому краю"),
    ("Новини", "Камери придбано на замовлення Одеської міської ради за 30 млн гривень.", "Одеської міської ради"),
    ("Навіны", "Камеры набыты па замове Гродзенскага гарвыканкама за 1 млн рублёў.", "Гродзенскага гарвыканкама"),
])
def test_a_customer_in_the_genitive_is_the_buyer_as_printed(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize("title, body", [
    ("Новости", "Камеры закуплены для нужд полиции на 12 млн рублей."),
    ("Новости", "Работы выполнены по заказу «Безопасного города» в срок."),
    ("Новини", "Система управління дорожнім рухом отримала нові камери."),
    ("ข่าว", "นักวิชาการเพิ่มความกังวลเรื่องกล้องวงจรปิดในเมือง"),
])
def test_no_buyer_where_no_body_is_named(title: str, body: str) -> None:
    assert _buyer(title, body) is None


def test_a_denied_body_after_the_buyer_is_no_part_of_its_name() -> None:
    body = ("El sistema de cámaras fue contratado por la Gobernación de Antioquia y no por la Policía Nacional, por "
            "1.500 millones de pesos.")
    assert _buyer("Cámaras", body) == "Gobernación de Antioquia"


@pytest.mark.parametrize("title, body, buyer", [
    ("Flock cameras", "The Larimer County Board of Commissioners approved a $310,000 contract with Flock Safety for 35 "
     "licence plate readers.", "Larimer County Board of Commissioners"),
    ("Videoüberwachung", "Der Stadtrat von Landshut hat den Auftrag für 25 Kameras für 190.000 Euro an die Firma "
     "Securitas vergeben.", "Stadtrat von Landshut"),
    ("Vidéoprotection", "Le conseil municipal de Valence a attribué le marché de vidéoprotection de 420 000 euros à "
     "la société Citeos.", "conseil municipal de Valence"),
    ("Videovigilância", "A Câmara Municipal de Setúbal adjudicou a instalação de 60 câmaras de videovigilância por "
     "900 mil euros.", "Câmara Municipal de Setúbal"),
])
def test_a_governing_body_that_awards_is_the_buyer(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer
