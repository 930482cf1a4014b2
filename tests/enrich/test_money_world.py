"""Sums written in the world's digits, currency words and magnitude words (enrich/money, enrich/data/currency_*).

Every sentence is made up (fictional buyers and suppliers); each asserts the value and the ISO currency a reader
would write down, and the controls assert what must not become money: a year or a phone number in Persian digits,
a bare "K" or "N" without a country that writes its currency so, a weight in Myanmar kyattha.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from enrich.money import extract_amounts, with_local_currency


def sums(text: str, language: str | None = None, country: str | None = None) -> list[tuple[Decimal | None, str | None]]:
    amounts = extract_amounts(text, language)
    if country is not None:
        amounts = with_local_currency(amounts, country)
    return [(a.value, a.currency) for a in amounts]


@pytest.mark.parametrize(("text", "language", "country", "expected"), [
    # Arabic-Indic digits with the Arabic thousands separator ٬ and decimal separator ٫
    ("وقّعت بلدية الواحة الخضراء عقدًا مع شركة الرمال للتقنية بقيمة ٣٥٬٢٠٠٬٠٠٠ جنيه.", "ar", "EG",
     [(Decimal(35200000), "EGP")]),
    ("أسندت جماعة الساحل صفقة الإنارة إلى شركة النخيل بمبلغ ٧٫٥ مليون درهم.", "ar", "MA", [(Decimal(7500000), "MAD")]),
    # ٬ written as the decimal mark before a magnitude word: 18.4 million, not 4 million
    ("اعتمدت هيئة الموانئ عقدًا بقيمة ١٨٬٤ مليون درهم مع شركة المرجان.", "ar", "AE", [(Decimal(18400000), "AED")]),
    # Persian digits, Persian magnitude words, the Iranian rial and the toman (10 rials)
    ("شهرداری نمونه‌آباد قراردادی به مبلغ ۳۲۰ میلیارد ریال با شرکت آسمان‌نگار امضا کرد.", "fa", None,
     [(Decimal(320000000000), "IRR")]),
    ("قرارداد ۱۵ میلیارد ریالی با شرکت کوهپایه بسته شد.", "fa", None, [(Decimal(15000000000), "IRR")]),
    ("ارزش این قرارداد ۱۲ میلیارد تومان است.", "fa", None, [(Decimal(120000000000), "IRR")]),
    # Myanmar digits after the kyat word; Khmer digits before "American dollar" and riel
    ("မြို့တော်ကော်မတီသည် Silver Lotus Co., Ltd. နှင့် ကျပ် ၄,၂၅၀,၀၀၀ တန်ဖိုးရှိ စာချုပ် ချုပ်ဆိုခဲ့သည်။", "my", None,
     [(Decimal(4250000), "MMK")]),
    ("ក្រសួងបានទិញឧបករណ៍ពីក្រុមហ៊ុន River Star ក្នុងតម្លៃ ១,២៥០,០០០ ដុល្លារអាមេរិក។", "km", None,
     [(Decimal(1250000), "USD")]),
    ("ថ្លៃសេវាសរុប ៨,៥០០,០០០ រៀល។", "km", None, [(Decimal(8500000), "KHR")]),
    # Bengali (lakh grouping), Thai and Devanagari digits
    ("মোট চুক্তিমূল্য ১২,৫০,০০০ টাকা।", "bn", None, [(Decimal(1250000), "BDT")]),
    ("ราคาสัญญา ๓,๒๐๐,๐๐๐ บาท", "th", None, [(Decimal(3200000), "THB")]),
    ("अनुबंध की राशि १२,००० रुपये है।", "hi", None, [(Decimal(12000), "INR")]),
    # Kazakh tenge, Uzbek sum (Cyrillic and Latin), Georgian lari, Armenian dram
    ("Шарт сомасы — 1 250 000 теңге.", "kk", None, [(Decimal(1250000), "KZT")]),
    ("Әкімдік «Дала Сервис» ЖШС-мен 84 000 000 теңгелік шарт жасасты.", "kk", None, [(Decimal(84000000), "KZT")]),
    ("Ҳокимлик «Боғ Нур» МЧЖ билан 45 000 000 сўмлик шартнома тузди.", "uz", None, [(Decimal(45000000), "UZS")]),
    ("Shartnoma qiymati 12 mlrd soʻm.", "uz", None, [(Decimal(12000000000), "UZS")]),
    ("ხელშეკრულების ღირებულებაა 3 400 000 ლარი.", "ka", None, [(Decimal(3400000), "GEL")]),
    ("ტენდერის ღირებულება 2.5 მილიონი ლარის ოდენობით.", "ka", None, [(Decimal(2500000), "GEL")]),
    ("Պայմանագրի արժեքը՝ 72 500 000 դրամ։", "hy", None, [(Decimal(72500000), "AMD")]),
    ("Ընդհանուր արժեքը 1.2 միլիարդ դրամ է։", "hy", None, [(Decimal(1200000000), "AMD")]),
    # a magnitude word between the currency and the number: Sinhala, Swahili
    ("නගර සභාව Ceylon Bright (Pvt) Ltd සමඟ රු. මිලියන 12.5ක ගිවිසුමක් අත්සන් කළේය.", "si", None,
     [(Decimal(12500000), "LKR")]),
    ("Halmashauri imesaini mkataba wa TSh bilioni 3.4 na kampuni ya Mlima Solar.", "sw", None,
     [(Decimal(3400000000), "TZS")]),
    ("Kaunti ya Nairobi imeipa kampuni ya Simba Lights zabuni ya Sh 240 milioni.", "sw", None,
     [(Decimal(240000000), "KES")]),
    # Ethiopian birr in Amharic, Angolan kwanza, Fiji dollar, Paraguayan guaraní, Hungarian forint
    ("ኮሚሽኑ ከSheba Tech PLC ጋር በብር 12,300,000 ውል ተፈራርሟል።", "am", None, [(Decimal(12300000), "ETB")]),
    ("ውሉ 4.5 ሚሊዮን ብር ነው።", "am", None, [(Decimal(4500000), "ETB")]),
    ("Um contrato de Kz 3.250.000,00 foi adjudicado à Palanca Serviços, Lda.", "pt", None,
     [(Decimal(3250000), "AOA")]),
    ("The council approved a FJ$1.9 million tender awarded to Coral Reef Networks.", "en", None,
     [(Decimal(1900000), "FJD")]),
    ("La Municipalidad adjudicó a Yacaré S.A. el servicio por Gs. 4.800 millones.", "es", None,
     [(Decimal(4800000000), "PYG")]),
    ("A Tiszapart Kft. 14,2 millió forintért szállítja a kamerákat.", "hu", None, [(Decimal(14200000), "HUF")]),
    # Korean: a count of 억 and a count of thousands of 만
    ("시는 한빛시스템(주)과 12억 4천만 원에 계약했다.", "ko", None, [(Decimal(1240000000), "KRW")]),
])
def test_sums_in_local_digits_and_currency_words(text, language, country, expected):
    assert sums(text, language, country) == expected


def test_a_year_or_a_phone_number_in_persian_digits_is_no_amount():
    assert sums("این قرارداد در سال ۱۴۰۵ امضا شد؛ تلفن تماس: ۰۲۱-۸۸۷۷۶۶۵۵ و کد پستی ۱۴۳۵۶۷۸۹۱۲.", "fa") == []
    assert sums("تأسست الشركة عام ٢٠١٩ ورقم الهاتف ٠١٢٣٤٥٦٧٨٩.", "ar") == []


def test_persian_spelled_rial_outside_persian_text_stays_without_currency():
    # Urdu writes ریال for the Saudi riyal: no language row applies, so the currency is unknown, the value kept
    assert sums("معاہدہ ۵۰۰ ملین ریال کا ہے۔", "ur") == [(Decimal(500000000), None)]
    assert sums("معاہدہ ۵۰۰ ملین ریال کا ہے۔", "ur", "SA") == [(Decimal(500000000), "SAR")]
    assert sums("منصوبے کی لاگت ۵۰ کروڑ روپے ہے۔", "ur", "PK") == [(Decimal(500000000), "PKR")]


def test_a_weight_in_kyattha_is_no_money():
    assert sums("ရွှေ ၅ ကျပ်သား ဝယ်ယူခဲ့သည်။", "my") == []


def test_k_is_money_only_where_the_notice_names_a_country_that_writes_its_currency_so():
    assert sums("PORT MORESBY - The authority awarded a K2.8 million contract to Hiri Signal Ltd.", "en") == [
        (Decimal(2800000), "PGK")]
    assert sums("LUSAKA - The council signed a K 6.4 million contract with Kafue Lamps Ltd.", "en") == [
        (Decimal(6400000), "ZMW")]
    assert sums("The vendor sold K2.8 million units of its K9 tracker last year.", "en") == []
    # the place found after extraction decides too, and wins over the cues
    amounts = extract_amounts("Lusaka and Port Moresby buyers paid K2.8 million.", "en")
    assert [(a.value, a.currency) for a in amounts] == [(Decimal(2800000), None)]
    assert [(a.value, a.currency) for a in with_local_currency(amounts, "PG")] == [(Decimal(2800000), "PGK")]


def test_n_is_naira_only_in_a_nigerian_context_and_only_written_as_a_sum():
    assert sums("KADUNA - The state signed a N3,450,000,000 contract with Zaria Smart Grid Ltd.", "en") == [
        (Decimal(3450000000), "NGN")]
    assert sums("The hospital in Lagos bought 40,000 N95 respirators.", "en") == []
    assert sums("Reference N3,450,000,000 appears in the Oslo register.", "en") == []


def test_sh_needs_an_east_african_country():
    assert sums("The club paid Sh 240 milioni for the transfer.", "sw") == []
    assert sums("Dar es Salaam: mkataba wa Sh 9.5 bilioni.", "sw") == [(Decimal(9500000000), "TZS")]


def test_bs_is_boliviano_or_bolivar_by_the_country():
    assert sums("El municipio de Cochabamba adjudicó a Tunari S.R.L. el contrato por Bs 14.500.000.", "es") == [
        (Decimal(14500000), "BOB")]
    assert sums("La alcaldía adjudicó a Tepuy C.A. el contrato por Bs 14.500.000.", "es") == [
        (Decimal(14500000), None)]
    assert sums("La alcaldía adjudicó a Tepuy C.A. el contrato por Bs 14.500.000.", "es", "VE") == [
        (Decimal(14500000), "VES")]


def test_lei_is_the_leu_of_the_notice_place():
    text = "Valoarea contractului atribuit firmei Nistru Lumina SRL: 12.300.000 lei (fără TVA)."
    assert sums(text, "ro") == [(Decimal(12300000), "RON")]
    assert sums(text, "ro", "RO") == [(Decimal(12300000), "RON")]
    assert sums(text, "ro", "MD") == [(Decimal(12300000), "MDL")]


def test_ambiguous_dollar_and_rupee_take_the_place_currency():
    assert sums("Council awarded the contract to Maple Relay Ltd. for $740,000.", "en") == [(Decimal(740000), "USD")]
    assert sums("Council awarded the contract to Maple Relay Ltd. for $740,000.", "en", "CA") == [
        (Decimal(740000), "CAD")]
    assert sums("The board awarded a Rs 85 million contract to Indus Relay (Pvt) Ltd.", "en") == [
        (Decimal(85000000), None)]
    assert sums("The board awarded a Rs 85 million contract to Indus Relay (Pvt) Ltd.", "en", "PK") == [
        (Decimal(85000000), "PKR")]
    assert sums("Le SPVM a octroyé à Érable Vidéo inc. un contrat de 2,4 M$.", "fr", "CA") == [
        (Decimal(2400000), "CAD")]


def test_m_n_is_moneda_nacional_not_millions():
    text = "Se adjudicó a Sierra Madre Vigilancia, S.A. de C.V. por un monto de $4,560,000.00 M.N. con IVA."
    assert sums(text, "es") == [(Decimal(4560000), None)]
    assert sums(text, "es", "MX") == [(Decimal(4560000), "MXN")]
    assert sums("The city approved US$2.5M.", "en") == [(Decimal(2500000), "USD")]
    cents = "Monto: $2,150,000.00 (dos millones ciento cincuenta mil pesos 00/100 M.N.)"
    assert sums(cents, "es", "MX") == [(Decimal(2150000), "MXN")]  # "00/100" is the cents, not a sum


def test_nepali_rupee_by_the_language():
    assert sums("ठेक्का रु. ४५,००,००० मा सम्झौता भयो।", "ne") == [(Decimal(4500000), "NPR")]
    assert sums("अनुबंध रु. ४५,००,००० में हुआ।", "hi") == [(Decimal(4500000), "INR")]


@pytest.mark.parametrize("text", [
    "Northgate Vision Corp. - Form 10-K. Backlog at year end was $12.3 million.",
    "晴川科技控股有限公司年報：截至年底止年度，本集團收益約為港幣8.6億元。",
    "El municipio de Valle Alto firmó un contrato de empréstito por $120.000 millones con el Banco del Sur.",
])
def test_backlog_revenue_and_borrowing_never_headline(text):
    from enrich.money import largest_amount

    amounts = extract_amounts(text)
    assert amounts and all(a.kind == "other" for a in amounts)
    assert largest_amount(amounts, text=text) is None


def test_myanmar_wa_typed_for_zero_inside_a_number():
    assert sums("စာချုပ်တန်ဖိုး ကျပ် ၅,ဝဝဝ,ဝဝဝ ဖြစ်သည်။", "my") == [(Decimal(5000000), "MMK")]
    from enrich.money.numbers import fold_fullwidth

    assert fold_fullwidth("၅ဝယ်ယူ") == "5ဝယ်ယူ"  # ဝယ် ("buy") right after a digit stays a word
