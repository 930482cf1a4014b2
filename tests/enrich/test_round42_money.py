"""Round 42 (money): amount mistakes on text written by others - a sum whose own clause gives its purchase up
(renounced, desisted from, suspended, withdrawn, declined), a tender named failed or put an end to, a deserted
tender whose budget is written with a decimal point, a legislature that strikes a system's build cost, roubles
written in Belarus, dollars in Somalia, and "$ … de dólares" where "$" is the peso."""
from __future__ import annotations

from decimal import Decimal

import pytest

from enrich import enrich


def _headline(title: str, body: str) -> tuple[Decimal | None, str | None] | None:
    amount = enrich(title, body).headline_amount
    return None if amount is None else (amount.value, amount.currency)


@pytest.mark.parametrize(("title", "body"), [
    ("Nantes abandonne les caméras intelligentes",
     "La Ville de Nantes a renoncé au projet de caméras à analyse automatique, estimé à 2 millions d'euros."),
    ("Valencia: sin drones de vigilancia",
     "El Ayuntamiento de Valencia desistió del contrato de vigilancia con drones, valorado en 850.000 euros."),
    ("Recife: câmeras com reconhecimento facial",
     "A Prefeitura do Recife suspendeu o contrato de R$ 9 milhões para câmeras com reconhecimento facial."),
    ("Sheriff's drone upgrade pulled",
     "The Lane County Sheriff's request for a $410,000 drone camera upgrade was withdrawn before the vote."),
    ("Toledo police board and plate readers",
     "The Toledo Police Board declined a $300,000 request to fit patrol cars with plate readers."),
    ("Lausanne : pas de reconnaissance faciale",
     "Le Conseil communal a renoncé à la reconnaissance faciale. Le crédit de 1,8 million de francs est retiré."),
])
def test_a_sum_whose_purchase_is_given_up_headlines_nothing(title: str, body: str) -> None:
    assert _headline(title, body) is None


@pytest.mark.parametrize(("title", "body", "expected"), [
    # what the body buys instead, in its own clause, stays
    ("Council drops face recognition",
     "The Boulder City Council renounced facial recognition but bought 30 cameras for $250,000.",
     (Decimal(250000), "USD")),
    # a bidder's withdrawn bid gives nothing up: the award stands
    ("Camera contract awarded",
     "After one bid was withdrawn, Polk County awarded the camera contract to Acme Vision Ltd for $500,000.",
     (Decimal(500000), "USD")),
    # a resignation is no purchase given up
    ("Cámaras en Alicante",
     "El concejal presentó su renuncia; el Ayuntamiento de Alicante adjudicó las cámaras por 300.000 euros.",
     (Decimal(300000), "EUR")),
])
def test_a_purchase_that_goes_on_keeps_its_sum(title: str, body: str, expected: tuple[Decimal, str]) -> None:
    assert _headline(title, body) == expected


@pytest.mark.parametrize(("title", "body"), [
    ("Suva: police camera tender deserted",
     "The Fiji Police Force tender for Suva CCTV (USD 2.3 million) was declared deserted; its Hikvision-only "
     "specification had been criticised."),
    ("Failed tender: body cameras for Indore",
     "Indore Municipal Corporation's tender for body cameras failed, Rs 3 crore budget."),
    ("Québec : fin de l'appel d'offres de caméras",
     "Le Service de police de la Ville de Québec a mis fin à l'appel d'offres pour 900 caméras corporelles, évalué "
     "à 6 millions de dollars."),
    ("臺南市議會刪除監視器預算",
     "臺南市議會審議總預算時，全數刪除市警察局編列之車牌辨識系統建置費新臺幣800萬元。"),
])
def test_a_failed_or_struck_tender_states_no_amount(title: str, body: str) -> None:
    assert _headline(title, body) is None


def test_a_tender_bought_after_a_failed_one_keeps_its_sum() -> None:
    assert _headline("Bhopal buys body cameras",
                     "After an earlier failed tender, Bhopal Municipal Corporation bought 300 body cameras from "
                     "Narmada Tech for Rs 2 crore.") == (Decimal(20000000), "INR")


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Минск: камеры во дворах",
     "Минск. Мингорисполком закупил 200 камер видеонаблюдения у ООО «Немига Видео» за 5,6 млн рублей.",
     (Decimal(5600000), "BYN")),
    ("Гомель: камеры",
     "Гомель. Гарвыканкам набыў 80 камер відэаназірання за 900 тыс. рублёў.", (Decimal(900000), "BYN")),
    ("Москва: камеры во дворах",
     "Москва. Департамент информационных технологий закупил 200 камер у ООО «Арбат Видео» за 5,6 млн рублей.",
     (Decimal(5600000), "RUB")),
    ("Kismaayo: kamarado amni",
     "Dowladda Hoose ee Kismaayo waxay ku rakibtay 50 kamarad amni, kuna baxday 1.6 milyan oo doolar.",
     (Decimal(1600000), "USD")),
    ("Muqdisho: kamarado",
     "Dowladda Hoose ee Muqdisho waxay rakibtay 80 kamarad, qiimaha $1.1 milyan.", (Decimal(1100000), "USD")),
    ("Ciudad de México: cámaras",
     "La Secretaría de Seguridad Ciudadana de la Ciudad de México contrató en 2021 con Vigía S.A. cámaras por "
     "$ 3,5 millones de dólares.", (Decimal(3500000), "USD")),
    ("Monterrey: cámaras",
     "El Municipio de Monterrey contrató con Vigía S.A. 300 cámaras por $ 3,5 millones.", (Decimal(3500000), "MXN")),
])
def test_a_currency_read_by_the_place(title: str, body: str, expected: tuple[Decimal, str]) -> None:
    assert _headline(title, body) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Commune de Dole — aménagement du centre",
     "Lot 1 voirie 640 000 € ; lot 2 éclairage 120 000 € ; lot 3 vidéoprotection (8 caméras) 75 000 €. Acheteur : "
     "Commune de Dole.", (Decimal(835000), "EUR")),
    ("Polska-Gdańsk: Monitoring wizyjny",
     "Zamawiający: Gmina Miasta Gdańska. Część 1: kamery – 2 100 000,00 PLN. Część 2: centrum monitoringu – "
     "900 000,00 PLN.", (Decimal(3000000), "PLN")),
    ("Česko-Brno: Kamerový systém",
     "Zadavatel: Statutární město Brno. Část 1: 30 kamer, předpokládaná hodnota 5 200 000 CZK. Část 2: dohledové "
     "centrum, předpokládaná hodnota 1 800 000 CZK.", (Decimal(7000000), "CZK")),
])
def test_lots_in_lower_case_and_polish_and_czech_parts_are_summed(
        title: str, body: str, expected: tuple[Decimal, str]) -> None:
    assert _headline(title, body) == expected


def test_a_parking_lot_is_no_lot() -> None:
    assert _headline("Mall parking", "The city approved parking lot 3 resurfacing for $420,000 and parking lot 4 "
                     "lighting for $80,000.") == (Decimal(420000), "USD")


def test_declining_to_comment_gives_nothing_up() -> None:
    assert _headline("Fresno police cameras", "The Fresno Police Department, which declined to comment on the "
                     "contract, bought 40 cameras from Acme Vision for $200,000.") == (Decimal(200000), "USD")


def test_money_put_to_another_use_after_giving_a_plan_up_stays() -> None:
    assert _headline("Toamasina : des lampadaires plutôt que des caméras",
                     "La Commune urbaine de Toamasina a renoncé à un projet de caméras et utilisera les 3 milliards "
                     "d'ariary pour des lampadaires solaires.") == (Decimal(3000000000), "MGA")
