"""Round 38b money: currencies written out or abbreviated as their own press writes them, both ways.

Families (development sets s, l, t, u, z, o, p, ah, aj, an): French franc adjectives (francs comoriens, burundais,
djiboutiens), ouguiyas and dobras written out, tögrög/tugrik in English, NIS and TL before a sum with its magnitude
word, the Samoan tala in a Samoan notice, Finnish genitive millions and the Latvian/Finnish "milj.", and the
Kinyarwanda franc written before its magnitude word."""
from __future__ import annotations

from decimal import Decimal

import pytest

from enrich import enrich
from enrich.money import extract_amounts, largest_amount


def _sums(text: str, lang: str | None) -> list[tuple[Decimal | None, str | None]]:
    return [(a.value, a.currency) for a in extract_amounts(text, lang)]


@pytest.mark.parametrize(("lang", "text", "value", "currency"), [
    ("fr", "La gendarmerie de Mutsamudu a commandé 40 caméras pour 75 millions de francs comoriens.",
     "75000000", "KMF"),
    ("fr", "Le ministère a payé 2,6 milliards de francs burundais pour des bornes biométriques.", "2600000000", "BIF"),
    ("fr", "Le port a signé un contrat de 30 millions de francs djiboutiens pour sa vidéosurveillance.",
     "30000000", "DJF"),
    ("fr", "La mairie de Nouadhibou a installé 90 caméras pour 65 millions d'ouguiyas.", "65000000", "MRU"),
    ("pt", "A polícia de São Tomé comprou leitores biométricos por 9 milhões de dobras.", "9000000", "STN"),
    ("en", "Ulaanbaatar police paid 450 million tögrög for body cameras.", "450000000", "MNT"),
    ("en", "The ministry signed a 2.1 billion tugrik deal for plate readers.", "2100000000", "MNT"),
    ("en", "Haifa municipality approved NIS 14 million for street cameras.", "14000000", "ILS"),
    ("en", "Bursa municipality bought traffic cameras for TL 85 million.", "85000000", "TRY"),
    ("fi", "Tampereen kaupunki teki 1,4 miljoonan euron sopimuksen valvontakameroista.", "1400000", "EUR"),
    ("lv", "Daugavpils pašvaldība iegādājās videonovērošanas kameras par 3,1 milj. eiro.", "3100000", "EUR"),
    ("rw", "Umujyi wa Kigali waguze camera 40 ku mafaranga miliyoni 120.", "120000000", "RWF"),
])
def test_currency_written_as_local_press_writes_it(lang: str, text: str, value: str, currency: str) -> None:
    assert (Decimal(value), currency) in _sums(text, lang)


def test_samoan_tala_in_a_samoan_notice() -> None:
    result = enrich("Apia: new cameras at the wharf",
                    "APIA — The Samoa Ports Authority awarded Matautu Electrical a contract for 12 cameras, "
                    "Tala 95,000.")
    assert [(a.value, a.currency) for a in result.amounts] == [(Decimal(95000), "WST")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tala 2 was the name of the project lead's boat in Suva."),  # no Samoan context: a name, not money
    ("en", "The agency must comply with the NIS 2 directive by October."),  # EU directive, no magnitude word
    ("en", "Readers TL 4 and TL 5 were installed at the gate."),  # model numbers, no magnitude word
    ("rw", "Akarere gafite abaturage miliyoni 2 n'amashuri 40."),  # a count of people, no franc written
    ("fi", "Kaupungissa asuu 1,2 miljoonan asukkaan seutu."),  # a million inhabitants, no currency
])
def test_not_money(lang: str, text: str) -> None:
    assert _sums(text, lang) == []


@pytest.mark.parametrize(("title", "body"), [
    ("佳視科技股份有限公司 年度報告", "本公司銷售網路攝影機予各地政府。本年度營業收入新臺幣18.4億元。"),
    ("杭州某视频科技股份有限公司年度报告", "公司主要产品为安防摄像机。本年度研发投入2.3亿元。"),
    ("有価証券報告書：株式会社サクラ映像", "当社は防犯カメラを自治体に販売しています。当期の売上高は86億円でした。"),
])
def test_revenue_and_research_spending_in_annual_reports_never_headline(title: str, body: str) -> None:
    result = enrich(title, body, source="cninfo")
    assert all(a.kind == "other" for a in result.amounts)
    assert largest_amount(list(result.amounts), text=f"{title}\n{body}") is None


@pytest.mark.parametrize("text", [
    "The Real Time Crime Center joins 911 CAD data, plate hits and 300 camera feeds.",
    "The center pulls 9-1-1 CAD incidents onto the video wall.",
    "Dispatchers will see E911 CAD events beside live video.",
])
def test_emergency_number_before_cad_is_no_sum(text: str) -> None:
    assert _sums(text, "en") == []


@pytest.mark.parametrize(("text", "value"), [
    ("Ottawa Police Service paid CAD 911,000 for in-car cameras.", "911000"),
    ("Le SPVM a payé 911 000 CAD pour des caméras.", "911000"),
    ("Nanaimo approved 450,000 CAD for body cameras.", "450000"),
])
def test_canadian_dollars_still_read(text: str, value: str) -> None:
    assert (Decimal(value), "CAD") in _sums(text, "fr" if "payé" in text else "en")


def test_dispatch_cad_places_no_notice_in_canada() -> None:
    result = enrich("Transit agency keeps its Motorola CAD but buys a new VMS",
                    "SAN JOSE, Calif. — The transit authority awarded Bay Video Systems $1.6 million for a video "
                    "management system for 900 cameras; it keeps its Motorola CAD.")
    assert result.place is None or result.place.country != "CA"
    assert [(a.value, a.currency) for a in result.amounts] == [(Decimal(1600000), "USD")]


@pytest.mark.parametrize(("title", "body"), [
    ("Forecast: body-camera market to grow",
     "An industry analyst says worldwide spending on body-worn cameras will reach $4.2 billion by 2029."),
    ("Pension fund sells surveillance shares",
     "The fund sold its Hikvision shares, with a market value of $3.1 million. Total assets were $2.4 billion."),
])
def test_forecasts_and_holdings_never_headline(title: str, body: str) -> None:
    result = enrich(title, body)
    assert largest_amount(list(result.amounts), text=f"{title}\n{body}") is None


def test_recommended_vendor_is_an_award() -> None:
    body = ("CITY OF ASHEVILLE — Item 9: camera program. Lot 1 – cameras. Recommended vendor: Blue Ridge Video LLC, "
            "$412,000.\nLot 2 – maintenance. Recommended vendor: Mountain Electric Inc., $96,500.")
    result = enrich("Council item 9: camera program (two lots)", body, source="legistar")
    assert sorted(a.value for a in result.amounts if a.kind == "award") == [Decimal(96500), Decimal(412000)]


def test_denial_and_a_second_reported_purchase() -> None:
    body = ("KANO — Kano State Government said it had not signed any deal with a Chinese vendor and that the cameras "
            "on Zoo Road were installed by Sabon Gari Systems for N 450 million.")
    result = enrich("Kano denies Chinese camera deal", body)
    assert [(a.value, a.currency) for a in result.amounts] == [(Decimal(450000000), "NGN")]
    assert largest_amount(list(result.amounts), text=f"Kano denies Chinese camera deal\n{body}") is not None


def test_denial_alone_still_spends_nothing() -> None:
    body = ("KANO — Kano State Government said it had not signed a N 450 million deal with a Chinese vendor and that "
            "no such cameras exist.")
    result = enrich("Kano denies Chinese camera deal", body)
    assert all(a.kind == "other" for a in result.amounts)


@pytest.mark.parametrize(("text", "expected"), [
    ("DURBAN — eThekwini Municipality paid R350,000 for 12 cameras at the beachfront.", [(Decimal(350000), "ZAR")]),
    ("PRETORIA — Tshwane bought body cameras for R 2,400.", [(Decimal(2400), "ZAR")]),
    ("LEEDS — The council paid R350,000 for cameras.", []),  # one group, no South African context
    ("DURBAN — Take the R102, 1,500 m past the toll plaza.", []),  # a road, and a distance
])
def test_rand_with_one_group_in_a_south_african_notice(text: str, expected: list[tuple[Decimal, str]]) -> None:
    assert _sums(text, "en") == expected
