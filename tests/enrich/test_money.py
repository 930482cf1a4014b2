"""Money extraction on real-format notice text (ccgp detail tables, TED/eForms lines, OCDS renderings).

Buyers and suppliers in these snippets are fictional.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from enrich.money import extract_amounts, largest_amount, parse_number


def _check_offsets(text, amounts):
    for amount in amounts:
        assert text[amount.evidence.start:amount.evidence.end] == amount.evidence.text


def test_ccgp_award_table_reads_wan_yuan_and_yuan_and_ignores_phones_and_quantities():
    text = (
        "疏附县示范社区服务中心视频监控采购项目中标（成交）结果公告\n"
        "总中标金额\n￥668.790000 万元（人民币）\n"
        "项目联系电话\n17388782110\n"
        "一、项目编号：SFX2025-0057\n"
        "五、中标（成交）信息\n中标（成交）金额：6687920.0元\n"
        "单价（元/台）\n5390\n数量\n281台\n公告期限：2025年05月27日至2025年05月30日"
    )
    amounts = extract_amounts(text, "zh")
    _check_offsets(text, amounts)
    assert [(a.value, a.currency, a.kind) for a in amounts] == [
        (Decimal("6687900"), "CNY", "award"),
        (Decimal("6687920"), "CNY", "award"),
    ]


def test_budget_in_column_header_unit_and_price_ceiling():
    text = "采购需求：\n预算金额（万元）：386.5\n最高限价（万元）：380\n投标保证金：2万元"
    amounts = extract_amounts(text, "zh")
    _check_offsets(text, amounts)
    assert [(a.value, a.kind) for a in amounts] == [
        (Decimal("3865000"), "budget"),
        (Decimal("3800000"), "budget"),
        (Decimal("20000"), "other"),
    ]


def test_chinese_uppercase_amount_is_kept_once_next_to_its_digits():
    text = "中标金额：人民币壹佰贰拾万元整（¥1,200,000.00）"
    amounts = extract_amounts(text, "zh")
    _check_offsets(text, amounts)
    assert len(amounts) == 1
    assert amounts[0].value == Decimal("1200000") and amounts[0].kind == "award"
    assert "人民币" not in amounts[0].evidence.text


def test_uppercase_with_jiao_fen_and_yi():
    amounts = extract_amounts("成交金额：叁亿零伍佰万元伍角陆分", "zh")
    assert amounts[0].value == Decimal("305000000.56")


def test_masked_amounts_are_unknown_not_zero():
    text = "中标金额：********元\n预算金额：***万元"
    amounts = extract_amounts(text, "zh")
    assert [(a.value, a.currency, a.kind) for a in amounts] == [(None, "CNY", "award"), (None, "CNY", "budget")]
    assert largest_amount(amounts) is None


def test_several_lots_each_kept_and_headline_is_their_sum():
    text = "包1：预算金额：100万元；\n包2：预算金额：200.5万元；\n标段三 中标金额：50万元"
    amounts = extract_amounts(text, "zh")
    assert [(a.lot, a.value, a.kind) for a in amounts] == [
        ("包1", Decimal("1000000"), "budget"),
        ("包2", Decimal("2005000"), "budget"),
        ("标段三", Decimal("500000"), "award"),
    ]
    headline = largest_amount(amounts, prefer="budget", text=text)
    assert headline.value == Decimal("3005000") and headline.lot == "包1+包2"
    assert text[headline.evidence.start:headline.evidence.end] == headline.evidence.text
    assert largest_amount(amounts).value == Decimal("500000")  # award preferred over budget


def test_not_money_dates_codes_percentages_quantities_phones():
    text = ("项目编号：GX2019-0305\n采购日期：2019年3月5日\nCPV 32323500\n优惠比例10%\n数量：20台，30套，5个\n"
            "电话：0998-1234567\nTel: +33 1 23 45 67 89")
    assert extract_amounts(text, "zh") == []
    assert extract_amounts("Reference 2019/05 - 300 units - 15 %", "en") == []


@pytest.mark.parametrize(
    ("text", "language", "value", "currency", "kind"),
    [
        ("Estimated value excluding VAT: 1 234 567,89 EUR", "fr", "1234567.89", "EUR", "budget"),
        ("Valeur totale du marché : 45\u00a0000,00 €", "fr", "45000", "EUR", "award"),
        ("Geschätzter Auftragswert: 1.234.567,89 €", "de", "1234567.89", "EUR", "budget"),
        ("Wert des Zuschlags: EUR 1.200", "de", "1200", "EUR", "award"),
        ("Awarded value: $1,234,567.89", "en", "1234567.89", "USD", "award"),
        ("Estimated value: US$ 2.5 million", "en", "2500000", "USD", "budget"),
        ("Contract value: £3,000", "en", "3000", "GBP", "award"),
        ("Contract value: GBP 1,234", "en", "1234", "GBP", "award"),
        ("Valor estimado: R$ 1.234.567,89", "pt", "1234567.89", "BRL", "budget"),
        ("Valor adjudicado: 980.000,00 euros", "es", "980000", "EUR", "award"),
        ("Начальная (максимальная) цена контракта: 1 234 567,89 руб.", "ru", "1234567.89", "RUB", "budget"),
        ("Цена контракта: 1 000 000 рублей", "ru", "1000000", "RUB", "award"),
        ("Цена контракта: 15 000 ₽", "ru", "15000", "RUB", "award"),
        ("Procenjena vrednost: 12.000.000 RSD", "sr", "12000000", "RSD", "budget"),
        ("Vrednost ugovora: 10.000.000 дин.", "sr", "10000000", "RSD", "award"),
        ("Procijenjena vrijednost: 1.500.000,00 EUR", "hr", "1500000", "EUR", "budget"),
        ("Contract value: CHF 1'234'567.50", "de", "1234567.5", "CHF", "award"),
        ("Wartość umowy: 5 000 zł", "pl", "5000", "PLN", "award"),
        ("Wartość szacunkowa: PLN 300", "pl", "300", "PLN", "budget"),
        ("中标金额：USD 12,500.00", "zh", "12500", "USD", "award"),
        ("合同金额：RMB 3,865,000", "zh", "3865000", "CNY", "award"),
        ("成交金额：120万美元", "zh", "1200000", "USD", "award"),
    ],
)
def test_each_language_convention(text, language, value, currency, kind):
    amounts = extract_amounts(text, language)
    _check_offsets(text, amounts)
    assert [(a.value, a.currency, a.kind) for a in amounts] == [(Decimal(value), currency, kind)]


def test_lot_labels_in_ted_text():
    text = "Lot No 1\nValue of the contract: 45 000 EUR\nLot No 2\nValue of the contract: 55 000 EUR"
    amounts = extract_amounts(text, "en")
    assert [(a.lot, a.value) for a in amounts] == [("Lot No 1", Decimal("45000")), ("Lot No 2", Decimal("55000"))]
    assert largest_amount(amounts).value == Decimal("100000")


def test_stated_total_beats_lot_sum_when_larger():
    text = ("Total value of the contract: 200 000 EUR\nLot 1\nValue of the contract: 45 000 EUR\n"
            "Lot 2\nValue of the contract: 55 000 EUR")
    assert largest_amount(extract_amounts(text, "en")).value == Decimal("200000")


def test_bare_dollar_is_not_assumed_usd_in_spanish():
    amounts = extract_amounts("Presupuesto oficial: $ 1.234.567", "es")
    assert amounts[0].value == Decimal("1234567") and amounts[0].currency is None
    assert extract_amounts("Presupuesto oficial: $ 1.234.567", "es", country_hint="CO")[0].currency == "COP"


def test_unit_price_is_other():
    amounts = extract_amounts("中标价：1,234.50元\n单价：100元/台", "zh")
    assert [(a.value, a.kind) for a in amounts] == [(Decimal("1234.5"), "award"), (Decimal("100"), "other")]


def test_number_conventions_when_ambiguous():
    assert parse_number("1.234", "de") == Decimal("1234")
    assert parse_number("1.234", "en") == Decimal("1.234")
    assert parse_number("1,234", "en") == Decimal("1234")
    assert parse_number("1,234", "fr") == Decimal("1.234")
    assert parse_number("1.234", None, "EUR") == Decimal("1234")
    assert parse_number("1.234", None, "CNY") == Decimal("1.234")
    assert parse_number("1.234.567", "en") == Decimal("1234567")


def test_space_grouping_not_used_in_chinese_text():
    amounts = extract_amounts("包1 100万元", None)
    assert amounts[0].value == Decimal("1000000") and amounts[0].lot == "包1"


def test_empty_text():
    assert extract_amounts("") == []
    assert largest_amount([]) is None


def test_orders_of_magnitude_in_words_are_not_amounts():
    assert extract_amounts("项目总投资数千万元，其中本期采购数百万元", "zh") == []
    assert extract_amounts("预算金额：三百八十六万五千元", "zh")[0].value == Decimal("3865000")


# --- headline for sums in running prose, regional yuan, full-width digits, totals after lots -------------------

@pytest.mark.parametrize(
    ("text", "language", "value", "currency"),
    [
        ("O Consórcio Intermunicipal do Vale Verde contratou 120 câmeras por R$ 4.315.200,00 em março.", "pt",
         "4315200", "BRL"),
        ("Le Syndicat mixte de la Vallée Bleue a signé pour 2,4 millions d'euros un contrat de vidéoprotection.",
         "fr", "2400000", "EUR"),
        ("Die Gemeindewerke Talheim zahlen für 30 Kameras insgesamt 87.650 Euro.", "de", "87650", "EUR"),
        ("Муниципальный центр «Северный квартал» потратит на камеры 12,5 млн руб.", "ru", "12500000", "RUB"),
        ("Gradska uprava Dolinsko kupila je kamere vrijedne 2,3 milijarde dinara.", "sr", "2300000000", "RSD"),
        ("The Eastfield Transit Board signed a $2.4 million deal for 60 cameras.", "en", "2400000", "USD"),
        ("El Servicio Municipal de Pampa Alta pagó S/ 1.250.000,00 por cámaras.", "es", "1250000", "PEN"),
        ("Pilot kost € 312.400 volgens de raad.", "nl", "312400", "EUR"),
    ],
)
def test_unlabelled_sum_in_prose_headlines_when_nothing_is_labelled(text, language, value, currency):
    amounts = extract_amounts(text, language)
    _check_offsets(text, amounts)
    headline = largest_amount(amounts)
    assert headline is not None
    assert (headline.value, headline.currency, headline.kind) == (Decimal(value), currency, "other")


def test_labelled_other_sums_still_never_headline():
    text = ("Segment revenue was $88.1 million in 2023.\n"
            "On May 2 the Company entered into a $40.0 million revolving credit facility.\n"
            "投标保证金：5,000元")
    amounts = extract_amounts(text, "en")
    _check_offsets(text, amounts)
    assert [a.value for a in amounts] == [Decimal("88100000"), Decimal("40000000"), Decimal("5000")]
    assert not any(a.evidence.text.endswith(".") for a in amounts)  # "million." keeps the full stop out
    assert largest_amount(amounts) is None


def test_labelled_award_beats_a_larger_unlabelled_sum():
    text = "The programme costs $9 million overall.\nAward value: $1,200,000"
    assert largest_amount(extract_amounts(text, "en")).value == Decimal("1200000")


def test_full_width_digits_are_read_never_zero():
    text = "成交金额：Ｙ７２５，４００．００元\n预算金额：３，８００，０００元"
    amounts = extract_amounts(text, "zh")
    _check_offsets(text, amounts)
    assert [(a.value, a.kind) for a in amounts] == [(Decimal("725400"), "award"), (Decimal("3800000"), "budget")]
    assert amounts[0].evidence.text == "７２５，４００．００元"
    # a Chinese full-width comma between a count and a price is punctuation, not a thousands separator
    assert [a.value for a in extract_amounts("数量：１２，单价５元", "zh")] == [Decimal("5")]


def test_ocr_spaced_chinese_amount_and_label():
    text = "采 购 预 算：1 2 . 5 万 元\n联系电话：0991-5******"
    amounts = extract_amounts(text, "zh")
    _check_offsets(text, amounts)
    assert [(a.value, a.currency, a.kind) for a in amounts] == [(Decimal("125000"), "CNY", "budget")]


def test_stated_total_after_lots_is_not_added_to_the_lots():
    text = ("包1：前端设备\t中标金额：600,000.00元\n"
            "包2：平台软件\t中标金额：250,000.00元\n"
            "合计中标金额：850,000.00元")
    amounts = extract_amounts(text, "zh")
    assert [a.lot for a in amounts] == ["包1", "包2", None]
    assert largest_amount(amounts, text=text).value == Decimal("850000")


def test_first_ranked_candidates_offer_is_the_prospective_award():
    text = ("第一中标候选人：某某科技有限公司\t投标报价：1,180,000.00元\n"
            "第二中标候选人：某某工程有限公司\t投标报价：1,260,000.00元")
    amounts = extract_amounts(text, "zh")
    assert [(a.value, a.kind) for a in amounts] == [(Decimal("1180000"), "award"), (Decimal("1260000"), "other")]
    assert largest_amount(amounts).value == Decimal("1180000")


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("嘉義縣民雄鄉社區安全中心 決標公告\n決標金額：1,234,000元", "1234000", "TWD"),
        ("宜蘭縣某公所 監視系統採購\n預算金額：新臺幣 貳佰參拾萬元整", "2300000", "TWD"),
        ("沙田區某物業管理處 閉路電視保養\n合約金額：港幣 520,000 元", "520000", "HKD"),
        ("香港某區辦事處 保安系統合約\n合約金額：350,000 元", "350000", "HKD"),
        ("澳門某公共部門 監察系統\n判給金額：澳門元 1,250 萬", "12500000", "MOP"),
        ("简体公告：昌平区某中心\n中标金额：350,000元", "350000", "CNY"),
    ],
)
def test_yuan_follows_the_region_of_a_traditional_script_notice(text, value, currency):
    amounts = extract_amounts(text, "zh")
    _check_offsets(text, amounts)
    headline = largest_amount(amounts)
    assert (headline.value, headline.currency) == (Decimal(value), currency)


def test_a_mainland_notice_naming_hong_kong_stays_cny():
    text = "采购人：深圳市某街道服务中心\n中标供应商：香港某某科技有限公司\n中标金额：480,000元"
    assert largest_amount(extract_amounts(text, "zh")).currency == "CNY"


@pytest.mark.parametrize(
    ("text", "language", "country", "value", "currency", "kind", "evidence"),
    [
        ("Contract value: £3.2m for the Norbridge ANPR network", "en", "GB", "3200000", "GBP", "award", "£3.2m"),
        ("Estimated value: $1.5bn over ten years", "en", "US", "1500000000", "USD", "budget", "$1.5bn"),
        ("Budget: €250k (excl. VAT)", "en", None, "250000", "EUR", "budget", "€250k"),
        ("Estimated value AUD 1.2M for the Wendale Shire camera upgrade", "en", "AU", "1200000", "AUD", "budget",
         "AUD 1.2M"),
        ("Estimated cost: Rs 4.5 crore", "en", "IN", "45000000", "INR", "budget", "Rs 4.5 crore"),
        ("Estimated cost ₹12 lakh only", "en", "IN", "1200000", "INR", "budget", "₹12 lakh"),
        ("Tender value INR 3,50,00,000 (Rupees three crore fifty lakh)", "en", "IN", "35000000", "INR", "budget",
         "INR 3,50,00,000"),
        ("Estimated cost: Rs.12,34,567.50 only", "en", "IN", "1234567.50", "INR", "budget", "Rs.12,34,567.50"),
        ("Geschätzter Gesamtwert: 1,2 Mio. € netto", "de", "DE", "1200000", "EUR", "budget", "1,2 Mio. €"),
        ("Geschätzter Wert: 2,5 Millionen Euro", "de", "DE", "2500000", "EUR", "budget", "2,5 Millionen Euro"),
        ("Vertragswert 2,5 Mrd. Euro", "de", None, "2500000000", "EUR", "award", "2,5 Mrd. Euro"),
        ("Цена контракта: 1,2 млрд рублей", "ru", "RU", "1200000000", "RUB", "award", "1,2 млрд рублей"),
        ("Valor do contrato: R$ 1,2 milhão", "pt", "BR", "1200000", "BRL", "award", "R$ 1,2 milhão"),
        ("Yaklaşık maliyet: 1.250.000,00 TL", "tr", "TR", "1250000", "TRY", "budget", "1.250.000,00 TL"),
        ("Sözleşme bedeli: ₺3.480.000", "tr", "TR", "3480000", "TRY", "award", "₺3.480.000"),
        ("Nilai HPS: Rp 1.250.000.000,00", "id", "ID", "1250000000", "IDR", "budget", "Rp 1.250.000.000,00"),
        ("Pagu anggaran: Rp1,2 miliar", "id", "ID", "1200000000", "IDR", "budget", "Rp1,2 miliar"),
        ("Nilai kontrak Rp 850.000", None, None, "850000", "IDR", "award", "Rp 850.000"),
    ],
)
def test_abbreviated_magnitudes_and_regional_currencies(text, language, country, value, currency, kind, evidence):
    amounts = extract_amounts(text, language, country_hint=country)
    _check_offsets(text, amounts)
    assert [(a.value, a.currency, a.kind, a.evidence.text) for a in amounts] == [
        (Decimal(value), currency, kind, evidence)
    ]


def test_short_magnitude_letters_need_a_currency_prefix():
    # "m" after a bare number is a metre, "k" a kilo; "m²" is an area even after "$"
    text = "Cable: 400 m EUR-certified; floor price $5 m² of office space; 250 k EUR"
    amounts = extract_amounts(text, "en")
    _check_offsets(text, amounts)
    assert all(a.value is None or a.value < 1000 for a in amounts)
    assert ("$5" in [a.evidence.text for a in amounts])


@pytest.mark.parametrize(
    ("text", "language", "country", "value", "currency"),
    [
        ("Monto adjudicado: $ 1.234.567 pesos", "es", "CO", "1234567", "COP"),
        ("Monto adjudicado: $ 1.234.567 pesos", "es", None, "1234567", None),  # which peso: unknown, not USD
        ("Monto adjudicado: $ 1.234.567 pesos", "en", "US", "1234567", None),  # pesos are never dollars
        ("Awarded amount: $1.234.567 MXN", "en", None, "1234567", "MXN"),
        ("Monto adjudicado: $1.234.567 COP", "es", "MX", "1234567", "COP"),
        ("Monto adjudicado: $1.234.567", "es", "CL", "1234567", "CLP"),
        ("Monto adjudicado: $1.234.567", "es", None, "1234567", None),
        ("Presupuesto oficial: 1,5 mil millones de pesos", "es", "CO", "1500000000", "COP"),
        ("Presupuesto oficial: 1,5 mil millones de pesos", "es", None, "1500000000", None),
    ],
)
def test_peso_amounts_keep_their_value_and_never_become_dollars(text, language, country, value, currency):
    amounts = extract_amounts(text, language, country_hint=country)
    _check_offsets(text, amounts)
    assert len(amounts) == 1
    assert amounts[0].value == Decimal(value) and amounts[0].currency == currency
    assert amounts[0].kind in ("award", "budget")


def test_kind_comes_from_the_nearest_label_with_abbreviated_amounts():
    text = "Estimated value: £1.8m\nContract value: £1.65m\nBid security: £20k"
    amounts = extract_amounts(text, "en", country_hint="GB")
    _check_offsets(text, amounts)
    assert [(a.value, a.kind) for a in amounts] == [
        (Decimal("1800000"), "budget"), (Decimal("1650000"), "award"), (Decimal("20000"), "other"),
    ]
    assert largest_amount(amounts).value == Decimal("1650000")


@pytest.mark.parametrize(
    ("text", "language", "country", "value", "currency"),
    [
        ("Pagu anggaran: Rp 1,2 M", "id", "ID", "1200000000", "IDR"),  # Indonesian M = miliar
        ("Nilai kontrak: Rp 500 jt", "id", "ID", "500000000", "IDR"),
        ("Orçamento estimado: R$ 3,5 mi", "pt", "BR", "3500000", "BRL"),
        ("Orçamento estimado: R$ 1,2 bi", "pt", "BR", "1200000000", "BRL"),
        ("Wartość zamówienia: 250 tys. zł", "pl", "PL", "250000", "PLN"),
        ("Wartość zamówienia: 1,2 mld zł", "pl", "PL", "1200000000", "PLN"),
        ("Valor de referência: R$ 150 mil", "pt", "BR", "150000", "BRL"),
    ],
)
def test_local_magnitude_abbreviations_are_never_read_as_units(text, language, country, value, currency):
    amounts = extract_amounts(text, language, country_hint=country)
    _check_offsets(text, amounts)
    assert [(a.value, a.currency) for a in amounts] == [(Decimal(value), currency)]


def test_ambiguous_english_mil_gives_no_amount_rather_than_a_wrong_one():
    assert extract_amounts("Contract value: US$ 3 mil", "en") == []


def test_pesos_as_weights_are_not_money():
    text = "Kit de gimnasio: 3 pesos de 5 kg y 2 pesos de 10 kg"
    assert extract_amounts(text, "es", country_hint="MX") == []
    assert [a.value for a in extract_amounts("Monto adjudicado: $ 850.000 pesos", "es", country_hint="MX")] == [
        Decimal("850000")
    ]
