"""Round 27, headline amounts: a local currency written as its own press writes it, with a scale word (set ac and
earlier development sets).

* Local symbols and names: FRw, FBu, ₭, ALL (with a magnitude word), "CFA francs", "Belarusian rubles", Russian
  манатов; letters that are other words elsewhere (Br, Vt, som) only where the notice is placed in their country,
  as K and N already were (now also by Nigeria's and Myanmar's states).
* Scale words: Uzbek/Russian trln/трлн, Yoruba bilionu without tone marks, Slovak/Czech "mil." (a million).
* Inflected and compound forms: Turkish liralık, Uzbek so'mga; English "a 96-million-dinar contract".
* Headline: "a US$ 64 million loan-financed contract" is the contract's sum; Italian "ha invece approvato" spends.

Every sentence was written for these tests (fictional bodies and firms), none copied from an evaluation set; each
family has a near miss that must not change.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from enrich import enrich
from enrich.money import extract_amounts


def _sums(text: str, language: str) -> list[tuple[Decimal | None, str | None]]:
    return [(a.value, a.currency) for a in extract_amounts(text, language)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("KIGALI — The Nyarugenge district signed a FRw 1.4 billion contract with Inzira Vision Ltd for 90 cameras.",
     "en", (Decimal("1400000000"), "RWF")),
    ("BUJUMBURA — The contract, worth FBu 6 billion, went to Rusizi Systems SPRL.", "en",
     (Decimal("6000000000"), "BIF")),
    ("VIENTIANE — The ministry bought 12 scanners from Nam Ngum Tech Co. for ₭ 9 billion.", "en",
     (Decimal("9000000000"), "LAK")),
    ("TIRANA — The agency awarded the data centre contract to Drini Net sh.p.k. (ALL 310 million).", "en",
     (Decimal("310000000"), "ALL")),
    ("ADDIS ABABA — The city bureau bought 40 body cameras for Br 26 million from Entoto Tech PLC.", "en",
     (Decimal("26000000"), "ETB")),
    ("PORT VILA — The ministry awarded a Vt 420 million contract to Efate Networks Ltd.", "en",
     (Decimal("420000000"), "VUV")),
    ("BISHKEK — The mayor's office signed a 260-million-som contract with Chui Light LLC for street cameras.", "en",
     (Decimal("260000000"), "KGS")),
    ("BELGRADE — The city awarded a 48-million-dinar contract to Zemun Data d.o.o. for traffic counters.", "en",
     (Decimal("48000000"), "RSD")),
    ("ASTANA — The 2.2-billion-tenge module was built by Esil Soft LLP.", "en", (Decimal("2200000000"), "KZT")),
    ("MINSK — The city transport company awarded 3 million Belarusian rubles to Svisloch Sensor LLC.", "en",
     (Decimal("3000000"), "BYN")),
    ("Toshkent shahar hokimligi tizimni 2,4 trln so‘m evaziga joriy etdi.", "uz", (Decimal("2400000000000"), "UZS")),
    ("Tizimni \"Chorsu Soft\" MChJ 3,6 mlrd so‘mga ishlab chiqdi.", "uz", (Decimal("3600000000"), "UZS")),
    ("İl Emniyet Müdürlüğü, Boğaz Görüntü A.Ş. ile 240 milyon liralık sözleşme imzaladı.", "tr",
     (Decimal("240000000"), "TRY")),
    ("Ijọba ipinlẹ fun ile-iṣẹ Ọya Security Ltd ni iwe adehun ti o to ₦1.6 bilionu.", "yo",
     (Decimal("1600000000"), "NGN")),
    ("Zákazku za 2,3 mil. eur vyhrala spoločnosť Váh Security s.r.o.", "sk", (Decimal("2300000"), "EUR")),
])
def test_local_currency_with_scale_word(text: str, language: str, expected: tuple[Decimal, str]) -> None:
    assert expected in _sums(text, language)


def test_cfa_francs_and_manat_take_the_notice_country() -> None:
    found = enrich("Dakar: gendarmerie buys radios",
                   "DAKAR — The Senegalese gendarmerie bought 30 radios from Saloum Telecom SARL for 2.1 billion "
                   "CFA francs.")
    assert found.amounts and (found.amounts[0].value, found.amounts[0].currency) == (Decimal("2100000000"), "XOF")
    assert _sums("Министерство закупило оборудование на 8 млн манатов.", "ru") == [(Decimal("8000000"), None)]


@pytest.mark.parametrize(("text", "language"), [
    ("The Br 48 million contract was signed.", "en"),  # no country that writes the birr or the ruble so
    ("We counted 300 som users and 12 Vt 4 units.", "en"),
    ("ALL 24 cameras were installed on the bridge.", "en"),  # "ALL" without a magnitude word is the English word
    ("The Benue State Police bought N95 masks.", "en"),  # a Nigerian state places the notice, N95 is still a mask
])
def test_letters_that_are_other_words_stay_words(text: str, language: str) -> None:
    assert _sums(text, language) == []


def test_loan_financed_contract_headlines() -> None:
    found = enrich("Lusaka: command centre handed over",
                   "LUSAKA — Chongwe Systems Ltd has handed over the command centre of the Kafue Safe City project: "
                   "300 cameras and a data centre, under a US$ 42 million loan-financed contract.")
    assert found.headline_amount is not None
    assert (found.headline_amount.value, found.headline_amount.currency) == (Decimal("42000000"), "USD")
    loan = enrich("Lusaka: loan signed", "LUSAKA — The ministry signed a US$ 42 million loan with Kafue Bank.")
    assert loan.headline_amount is None  # a loan is still no purchase


def test_italian_instead_approved_is_spent() -> None:
    found = enrich("Trentino: riconoscimento facciale respinto",
                   "VALLEROSA — Il Consiglio comunale ha respinto la mozione che chiedeva telecamere con "
                   "riconoscimento facciale.\n\nIl Consiglio ha invece approvato uno stanziamento di 240.000 euro "
                   "per l'illuminazione dei parchi.")
    assert found.headline_amount is not None and found.headline_amount.value == Decimal("240000")


def test_audit_contracted_is_spent() -> None:
    body = ("MOROGORO — 3.2 Kilombero Water Authority (KIWA): prepaid meter project.\n\n"
            "KIWA contracted Uluguru Metering Ltd for 40,000 prepaid water meters at TSh 12 billion. We found that "
            "900 meters were never installed.\n\nThe meters measure water flow only; no cameras were bought, contrary "
            "to a newspaper report.")
    found = enrich("National Audit Office — annual report on Kilombero prepaid meters (extract)", body)
    assert found.headline_amount is not None
    assert (found.headline_amount.value, found.headline_amount.currency) == (Decimal("12000000000"), "TZS")
    denied = enrich("Kilombero: authority denies meter contract",
                    "MOROGORO — KIWA denied that it contracted Uluguru Metering Ltd for TSh 12 billion, contrary to "
                    "a newspaper report; no contract was signed.")
    assert denied.headline_amount is None


def test_yearly_service_fee_headlines_a_monthly_rate_does_not() -> None:
    yearly = enrich("青禾县共享单车电子围栏停放管理服务",
                    "青禾县城市管理局采购共享单车电子围栏停放管理服务，设置电子围栏停放点120个，服务费¥96,000元/年，"
                    "成交单位：青禾畅行服务有限公司。")
    assert yearly.headline_amount is not None
    assert (yearly.headline_amount.value, yearly.headline_amount.currency) == (Decimal("96000"), "CNY")
    monthly = enrich("青禾县机房租赁服务",
                     "青禾县公安局租赁机房一间，租金¥5,000元/月，成交单位：青禾数据服务有限公司。")
    assert monthly.headline_amount is None  # a monthly rate (or a price per unit) is no contract value
