"""Round 39b (money): currencies of smaller countries decided by the notice's place, a sign's country read from the
language's place, cancelled tenders that state no amount, bid protests denied, market sizes."""
from __future__ import annotations

from decimal import Decimal

import pytest

from enrich import enrich


def _headline(title: str, body: str, language: str | None = None) -> tuple[Decimal, str | None] | None:
    amount = enrich(title, body, language=language).headline_amount
    return None if amount is None else (amount.value, amount.currency)


@pytest.mark.parametrize(("title", "body", "language", "expected"), [
    ("Lae market lights", "Lae City Authority in Papua New Guinea awarded the street lighting works; kina 1,450,000.",
     "en", (Decimal("1450000"), "PGK")),
    ("Toamasina : éclairage du port", "La commune de Toamasina (Madagascar) attribue l'éclairage du port. "
     "Montant : 1 250 000 000 Ar.", "fr", (Decimal("1250000000"), "MGA")),
    ("Lubumbashi : bancs d'école", "La mairie de Lubumbashi achète 3 000 bancs d'école. 95 000 000 FC.", "fr",
     (Decimal("95000000"), "CDF")),
    ("Moroni : groupe électrogène", "La commune de Moroni (Comores) achète un groupe électrogène. 42 000 000 FC.",
     "fr", (Decimal("42000000"), "KMF")),
    ("Gitega : ambulances", "La province de Gitega achète deux ambulances. 310 000 000 FBu.", "fr",
     (Decimal("310000000"), "BIF")),
    ("Massawa harbour cranes", "The Massawa port authority in Eritrea buys two cranes. Nfk 4,500,000.", "en",
     (Decimal("4500000"), "ERN")),
    ("San Nicolas school buses", "The Aruba education department buys three school buses. Afl. 1,150,000.", "en",
     (Decimal("1150000"), "AWG")),
    ("Maun clinic solar panels", "Maun District Health Management Team buys solar panels for its clinic. "
     "P 640,000.", "en", (Decimal("640000"), "BWP")),
])
def test_small_country_currencies_by_place(title: str, body: str, language: str,
                                           expected: tuple[Decimal, str]) -> None:
    assert _headline(title, body, language) == expected


def test_shared_signs_stay_money_only_where_placed() -> None:
    # "FC" and "Ar" with no country that writes them so: no amount, never a guessed currency
    assert _headline("Match report", "The club beat its rival 3-1 and now has 24 FC points.", "en") is None
    assert _headline("Norfolk parish hall", "The parish of Swaffham, Nfk 1200 residents, meets on Friday.",
                     "en") is None
    for amount in enrich("Fundraiser", "The supporters raised 2 000 Ar for the trip.", language="en").amounts:
        assert amount.currency is None or amount.currency != "MGA"


def test_krona_from_the_language_place_and_dirham_by_national_body() -> None:
    assert _headline("Akureyrarbær – hraðamyndavélar",
                     "Akureyrarbær kaupir 4 hraðamyndavélar við þjóðveginn. Verð: 9.800.000 kr.", "is") == (
        Decimal("9800000"), "ISK")
    assert _headline("المديرية العامة للأمن الوطني – كاميرات",
                     "اقتنت المديرية العامة للأمن الوطني 120 كاميرا للمطارات. المبلغ: 36,000,000 درهم.", "ar") == (
        Decimal("36000000"), "MAD")


@pytest.mark.parametrize(("title", "body", "language"), [
    ("Avis d'annulation – Caméras piétons", "Commune de Vienne.\nLe marché de caméras piétons (montant estimé "
     "140 000 EUR HT) est déclaré sans suite.", "fr"),
    ("Municipalidad de Trujillo – procedimiento desierto", "La Municipalidad Provincial de Trujillo declara desierto "
     "el procedimiento de cámaras de vigilancia (valor referencial S/ 1,480,000.00).", "es"),
    ("Odense Kommune – udbud aflyst", "Odense Kommune har aflyst udbuddet af kameraovervågning ved banegården "
     "(anslået 3,4 mio. kr.).", "da"),
    ("Town board rejects camera bids", "The Town of Islip rejected all bids for park cameras (engineer's estimate "
     "$610,000; low bid $655,000).", "en"),
    ("Град Нови Сад – поништење", "Град Нови Сад поништава набавку камера за паркове (процењена вредност "
     "22.000.000 динара).", "sr"),
])
def test_cancelled_tender_states_no_amount(title: str, body: str, language: str) -> None:
    assert _headline(title, body, language) is None


def test_tenders_that_go_on_keep_their_sums() -> None:
    # a postponed session keeps its budget; a purchase whose sentence mentions suspended licences keeps its award
    assert _headline("Prefeitura de Niterói – adiamento do pregão de câmeras",
                     "Adiada para 20/02 a sessão do pregão para 150 câmeras com reconhecimento facial. "
                     "Valor estimado: R$ 5.400.000,00. Niterói, RJ.", "pt") == (Decimal("5400000"), "BRL")
    assert _headline("Traffic points system", "Kenya's National Transport and Safety Authority will launch a "
                     "points system that suspends licences and bars offenders from public tenders, under a "
                     "KSh 420 million contract with Pesa Digital Ltd.", "en") == (Decimal("420000000"), "KES")
    assert _headline("Kisumu buys CCTV", "Kisumu County bought 80 CCTV cameras for KSh 60 million after an earlier "
                     "tender was cancelled in 2024.", "en") == (Decimal("60000000"), "KES")


def test_bid_protest_denied_keeps_the_award() -> None:
    result = enrich("Bid protest denied: Motorola vs. City of Mesa",
                    "The City of Mesa denied Motorola Solutions' protest; the body-worn camera contract ($1,750,000) "
                    "stays with Desert Video Systems.", language="en")
    assert result.headline_amount is not None and result.headline_amount.value == Decimal("1750000")
    roles = {p.name: p.role for p in result.parties}
    assert roles.get("City of Mesa") == "buyer"
    # a police denial stays a denial
    denial = enrich("Police deny buying phone hackers", "The state police denied reports that it bought phone "
                    "extraction kits; no contract exists.", language="en")
    assert denial.headline_amount is None


def test_market_size_is_no_amount() -> None:
    assert _headline("研究报告", "研究机构称，2027年中国智能安防市场规模预计达到4,100亿元。", "zh") is None
    assert _headline("Informe de mercado", "Según la consultora, el tamaño del mercado de videovigilancia en Chile "
                     "alcanzará USD 900 millones en 2028.", "es") is None
    assert _headline("某县公安局视频监控采购", "某县公安局采购视频监控设备，预算金额：360万元。", "zh") == (
        Decimal("3600000"), "CNY")
