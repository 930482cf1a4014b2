"""Round 42 (suppliers): supplier names in scripts without capitals: Devanagari (Hindi, Marathi, Nepali), Bengali,
and Georgian names with their legal form and quotes. Sentences written for these tests."""
from __future__ import annotations

import pytest

from enrich import enrich


def _suppliers(title: str, body: str) -> list[str]:
    return [p.name for p in enrich(title, body).parties if p.role == "supplier"]


@pytest.mark.parametrize(("title", "body", "supplier"), [
    ("कानपुर में नए कैमरे", "कानपुर नगर निगम ने बाज़ारों में 250 सीसीटीवी कैमरे लगाने का ठेका कावेरी विज़न सिस्टम्स को "
     "₹4.1 करोड़ में दिया है।", "कावेरी विज़न सिस्टम्स"),
    ("वडोदरा पुलिस ने कैमरे खरीदे", "वडोदरा पुलिस ने 90 बॉडी कैमरे ₹1.2 करोड़ में साबरमती टेक प्राइवेट लिमिटेड से खरीदे।",
     "साबरमती टेक प्राइवेट लिमिटेड"),
    ("धरान उपमहानगरपालिका", "धरान उपमहानगरपालिकाले ३० वटा सीसीटीभी क्यामेरा जडान गर्न कोशी टेक प्रा.लि.सँग रु. ९० लाखको "
     "सम्झौता गरेको छ।", "कोशी टेक प्रा.लि."),
    ("नाशिक महापालिका", "नाशिक महापालिकेने २०० कॅमेरे बसवण्यासाठी ₹५ कोटींचा करार गोदावरी सिक्युरिटी सिस्टम्सला दिला.",
     "गोदावरी सिक्युरिटी सिस्टम्स"),
    ("सिलेट সিটি কর্পোরেশন", "সিলেট সিটি কর্পোরেশন ১৫০টি সিসিটিভি ক্যামেরা বসাতে সুরমা সিকিউরিটি লিমিটেডের সঙ্গে ৬ কোটি "
     "টাকার চুক্তি করেছে।", "সুরমা সিকিউরিটি লিমিটেড"),
    ("খুলনা পুলিশ", "খুলনা মেট্রোপলিটন পুলিশ ৩ কোটি টাকায় রূপসা টেক লিমিটেড থেকে ৫০টি বডি ক্যামেরা কিনেছে।",
     "রূপসা টেক লিমিটেড"),
    ("ქუთაისის მერია", "ქუთაისის მერიამ შპს „რიონი ვიჟენი“-სთან გააფორმა ხელშეკრულება 70 ვიდეოკამერის მონტაჟზე.",
     "შპს „რიონი ვიჟენი“"),
])
def test_supplier_named_in_a_script_without_capitals(title: str, body: str, supplier: str) -> None:
    assert supplier in _suppliers(title, body)


def test_a_georgian_supplier_field_ends_at_the_closing_quote() -> None:
    body = "შემსყიდველი: ზუგდიდის მერია. მიმწოდებელი: შპს „ენგური სისტემსი“. ღირებულება: 900 000 ლარი."
    assert _suppliers("ზუგდიდის მერია: ვიდეოკამერები", body) == ["შპს „ენგური სისტემსი“"]


@pytest.mark.parametrize(("title", "body"), [
    # the buyer of a smart city company ending in लिमिटेड is no supplier
    ("सूरत स्मार्ट सिटी", "सूरत स्मार्ट सिटी डेवलपमेंट लिमिटेड ने 300 कैमरे लगाने का कार्यादेश जारी किया है।"),
    # a company named without any supply wording
    ("कंपनी की खबर", "तापी टेक्नोलॉजीज़ के कर्मचारियों ने शहर में एक खेल प्रतियोगिता आयोजित की।"),
    # a Bengali company only mentioned, nothing bought from it
    ("খবর", "মেঘনা টেক লিমিটেডের কর্মীরা একটি ক্রীড়া প্রতিযোগিতার আয়োজন করেছে।"),
])
def test_no_supplier_without_supply_wording(title: str, body: str) -> None:
    assert _suppliers(title, body) == []


@pytest.mark.parametrize(("title", "body", "supplier"), [
    ("Камеры в Твери", "Администрация Твери заключила с ООО «Тверца Видеосистемы» контракт на обслуживание "
     "300 камер за 14 млн рублей.", "ООО «Тверца Видеосистемы»"),
    ("Камери у Полтаві", "Полтавська міська рада уклала з ТОВ «Ворскла Безпека» договір на встановлення 90 камер.",
     "ТОВ «Ворскла Безпека»"),
    ("Камералар", "Қарағанды қаласының әкімдігі 200 камера сатып алды, жеткізуші — «Нұра Бейне» ЖШС.",
     "«Нұра Бейне» ЖШС"),
    ("Камери во Охрид", "Општина Охрид набави 20 камери од Галичица Системи ДООЕЛ за 3 милиони денари.",
     "Галичица Системи ДООЕЛ"),
])
def test_cyrillic_company_with_its_legal_form(title: str, body: str, supplier: str) -> None:
    assert supplier in _suppliers(title, body)


@pytest.mark.parametrize(("title", "body"), [
    # the company that opens its sentence and installed something is the buyer
    ("Турникеты", "АО «Северная пригородная компания» установило турникеты с распознаванием лиц на вокзале, "
     "9 млн рублей."),
    # a rejected bid names no supplier
    ("Торги", "Заявка ООО «Камская Оптика» на поставку камер отклонена комиссией."),
    # a company in a sentence that supplies nothing
    ("Новости", "ООО «Камская Оптика» провело день открытых дверей для студентов."),
])
def test_cyrillic_company_that_supplies_nothing(title: str, body: str) -> None:
    assert _suppliers(title, body) == []


@pytest.mark.parametrize(("title", "body", "supplier"), [
    ("เทศบาลนครลำปาง", "เทศบาลนครลำปางว่าจ้างบริษัท วังน้ำ ซีเคียวริตี้ จำกัด ติดตั้งกล้องวงจรปิด 80 ตัว วงเงิน 12 ล้านบาท",
     "บริษัท วังน้ำ ซีเคียวริตี้ จำกัด"),
    ("עיריית נתניה", "עיריית נתניה חתמה עם שרון מערכות מיגון בע\"מ על הסכם להתקנת 40 מצלמות אבטחה.",
     "שרון מערכות מיגון בע\"מ"),
])
def test_thai_and_hebrew_company_with_its_legal_form(title: str, body: str, supplier: str) -> None:
    assert supplier in _suppliers(title, body)


def test_a_thai_company_that_only_sponsors_is_no_supplier() -> None:
    body = "บริษัท วังน้ำ ซีเคียวริตี้ จำกัด เป็นผู้สนับสนุนการแข่งขันฟุตบอลของโรงเรียน"
    assert _suppliers("ข่าวกีฬา", body) == []
