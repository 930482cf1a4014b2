"""Issue 10: amounts, buyers, vendor links and tags as notices in many languages write them.

Every text here is invented for the test (fictional buyers and companies); none is taken from an evaluation set.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from enrich import enrich
from enrich.money import extract_amounts, with_local_currency
from enrich.parties import extract_parties
from enrich.vendors import load_registry


@pytest.mark.parametrize(
    "text, language, value, currency",
    [
        ("契約額は4,320万円。", "ja", "43200000", "JPY"),
        ("サンプル株式会社が2億1,500万円で落札した。", "ja", "215000000", "JPY"),
        ("사업비는 37억 원이다.", "ko", "3700000000", "KRW"),
        ("giá trúng thầu: 12.500.000.000 đồng", "vi", "12500000000", "VND"),
        ("بقيمة 12 مليون درهم إماراتي", "ar", "12000000", "AED"),
        ("Valoarea contractului: 3.200.000 lei", "ro", "3200000", "RON"),
        ("120 millió forint értékben", "hu", "120000000", "HUF"),
        ("วงเงิน 25 ล้านบาท", "th", "25000000", "THB"),
        ("un marché de 2,4 M€", "fr", "2400000", "EUR"),
        ("per 350 mila euro", "it", "350000", "EUR"),
        ("Vrijednost ugovora: 2,5 milijuna eura", "hr", "2500000", "EUR"),
        ("a KSh 450 million deal", "en", "450000000", "KES"),
        ("a R12 million tender", "en", "12000000", "ZAR"),
        ("₹1.2 करोड़ में", "hi", "12000000", "INR"),
        ("12,5 milionů Kč", "cs", "12500000", "CZK"),
        ("3,2 miljoner kronor", "sv", "3200000", "SEK"),
        ("4,2 мільйона гривень", "uk", "4200000", "UAH"),
        ("Monto adjudicado: 98500000 PYG", "es", "98500000", "PYG"),
    ],
)
def test_currencies_and_magnitude_words_of_many_languages(text, language, value, currency):
    amounts = extract_amounts(text, language)
    assert [(a.value, a.currency) for a in amounts] == [(Decimal(value), currency)]
    assert all(text[a.evidence.start:a.evidence.end] == a.evidence.text for a in amounts)


def test_a_bare_r_or_q_is_no_money():
    assert extract_amounts("Road R12 and lane Q 3 closed", "en") == []


def test_ambiguous_currency_words_take_the_place_of_the_notice():
    amounts = extract_amounts("a contract worth Rs 4.5 billion", "en")
    assert amounts[0].currency is None
    assert with_local_currency(amounts, "PK")[0].currency == "PKR"
    fcfa = extract_amounts("un contrat de 3 milliards de FCFA", "fr")
    assert with_local_currency(fcfa, "CM")[0].currency == "XAF"
    dollars = extract_amounts("The council approved $2.5 million for cameras.", "en")
    assert dollars[0].currency == "USD" and with_local_currency(dollars, "CA")[0].currency == "CAD"


def test_an_award_label_on_the_line_beats_an_earlier_estimate():
    result = enrich("Contract award", "Estimated value: £900,000\nAwarded to: Example Drainage Ltd - £812,400")
    assert result.headline_amount is not None and result.headline_amount.value == Decimal("812400")


@pytest.mark.parametrize(
    "title, body, buyer",
    [
        ("防犯カメラ", "架空市建設局は、防犯カメラ20台を設置する。", "架空市建設局"),
        ("CCTV", "가상광역시는 CCTV 100대를 설치한다.", "가상광역시"),
        ("Camera", "Công an thành phố Hải Dương đã lắp đặt 300 camera giám sát.", "Công an thành phố Hải Dương"),
        ("Cameras", "OLDTOWN - The Example Police Service has signed a contract for body-worn cameras.",
         "Example Police Service"),
        ("Kamery", "Zarząd Dróg Miejskich w Przykładowie zawarł umowę z firmą Przykład sp. z o.o.",
         "Zarząd Dróg Miejskich w Przykładowie"),
        ("Telecamere", "Il Comune di Esempio ha affidato a Esempio S.r.l. l'installazione di 20 telecamere.",
         "Comune di Esempio"),
        ("ALPR agreement", "Item 12: Authorize an agreement for license plate readers.\nCity of Springfield, Ohio",
         "City of Springfield"),
        ("Kamery", "Magistrát města Příkladova uzavřel smlouvu s firmou Příklad s.r.o. na 40 kamer.",
         "Magistrát města Příkladova"),
        ("Kameror", "Exempelstads kommun har tecknat avtal med Exempel AB om 50 kameror.", "Exempelstads kommun"),
        ("Κάμερες", "Ο Δήμος Παραδείγματος υπέγραψε σύμβαση για 100 κάμερες.", "Δήμος Παραδείγματος"),
    ],
)
def test_buyers_as_each_language_writes_them(title, body, buyer):
    result = enrich(title, body)
    assert next(p.name for p in result.parties if p.role == "buyer") == buyer


def test_the_sub_agency_contracts_not_its_department():
    text = ("Award\nAwarding Agency: Department of Examples\nAwarding Sub Agency: Example Enforcement Office\n"
            "Recipient: EXAMPLE SYSTEMS, INC.")
    assert [p.name for p in extract_parties(text) if p.role == "buyer"] == ["Example Enforcement Office"]


def test_ranked_losing_candidates_are_only_mentioned():
    text = ("某某市公安局视频平台项目中标候选人公示\n招标人：某某市公安局\n"
            "第一中标候选人：某某网安科技有限公司，报价：1,000,000.00元\n"
            "第二中标候选人：杭州海康威视系统技术有限公司，报价：1,100,000.00元")
    roles = {(p.role, p.vendor_id) for p in extract_parties(text) if p.vendor_id}
    assert roles == {("mentioned", "hikvision")}


def test_a_negative_cue_rules_its_whole_list():
    text = "某某分局平台项目中标公告\n采购人：某某分局\n注：平台需兼容现有商汤、旷视算法仓。"
    assert not [p for p in extract_parties(text) if p.role == "supplier" and p.vendor_id]


def test_a_chinese_legal_name_around_a_short_name_resolves():
    registry = load_registry()
    assert registry.resolve("上海商汤智能科技有限公司").vendor_id == "sensetime"
    assert registry.resolve("商汤") is not None  # the short name itself, as before
    assert registry.resolve("上海商汤") is None or registry.resolve("上海商汤").vendor_id == "sensetime"


@pytest.mark.parametrize(
    "title, body",
    [
        ("路灯改造", "更换LED路灯800盏；灯杆预留摄像头挂载接口（本期不含摄像设备）。"),
        ("电梯改造", "电梯加装运行监测终端；轿厢内不新增摄像头。"),
        ("가로등", "스마트 가로등 교체 사업. 이번 사업에는 CCTV가 포함되지 않는다."),
        ("Sewer survey", "Inspeção por CFTV de redes coletoras de esgoto, 120 km."),
    ],
)
def test_hard_negatives_are_no_cctv(title, body):
    assert "cctv" not in enrich(title, body).taxonomy_ids


def test_a_county_level_chinese_city_in_english_gets_gb_t_2260_names():
    place = enrich("Cameras", "The Example Township Office in Ruili, a border town in Yunnan, bought 20 cameras.").place
    assert place is not None
    assert (place.country, place.admin1, place.admin2, place.admin3, place.adcode) == (
        "CN", "云南省", "德宏傣族景颇族自治州", "瑞丽市", "533102")
