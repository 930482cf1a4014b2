"""Round 43 (money): signs that are money only in some countries, read by the notice's place when no cue of the text
names the country (a dateline town, a region: "HAWASSA — … Br 12 million"); signs of small states that were not read
at all (CFA before the sum, रु without its dot, ကျပ် ဘီလီယံ, Ariary capitalised after the sum, леев in Russian)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from enrich import enrich


def _headline(title: str, body: str) -> tuple[Decimal | None, str | None, str] | None:
    amount = enrich(title, body).headline_amount
    return None if amount is None else (amount.value, amount.currency, amount.evidence.text)


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a dateline town or a region places the notice; no country name, demonym, capital or currency word is written
    ("Hawassa: health bureau buys thermal cameras",
     "HAWASSA — The Sidama regional health bureau bought 40 thermal cameras for Br 12 million from Lakeside Tech PLC.",
     (Decimal("12000000"), "ETB", "Br 12 million")),
    ("Kabwe council installs market cameras",
     "KABWE — Kabwe Municipal Council awarded K3.2 million to Mulungushi Systems Ltd for 24 market CCTV cameras.",
     (Decimal("3200000"), "ZMW", "K3.2 million")),
    ("Jos: state buys traffic cameras",
     "JOS — The Plateau State Traffic Management Agency bought 30 traffic cameras for N95 million from Rayfield Ltd.",
     (Decimal("95000000"), "NGN", "N95 million")),
])
def test_a_sign_of_some_countries_is_read_by_the_place_found(title: str, body: str, expected: tuple) -> None:
    assert _headline(title, body) == expected


@pytest.mark.parametrize(("title", "body"), [
    # the place's country does not write the sign so: no money (P is the pula and the Philippine peso, not the birr)
    ("Hawassa: health bureau buys thermal cameras",
     "HAWASSA — The Sidama regional health bureau bought 40 thermal cameras for P 12 million from Lakeside Tech PLC."),
    # no place at all: "Br" is never guessed
    ("Agency buys thermal cameras", "The agency bought 40 thermal cameras for Br 12 million from Lakeside Tech PLC."),
])
def test_a_sign_the_place_does_not_write_is_no_money(title: str, body: str) -> None:
    assert _headline(title, body) is None


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Lomé: ID enrolment contract",
     "LOMÉ — Togo's identification agency awarded CFA 9 billion to Kara Systems for fingerprint enrolment.",
     (Decimal("9000000000"), "XOF", "CFA 9 billion")),
    ("पोखरा: महानगरपालिकाले क्यामेरा किन्यो",
     "पोखरा महानगरपालिकाले ६० सीसीटीभी क्यामेरा रु २ करोडमा खरिद गर्यो।",
     (Decimal("20000000"), "NPR", "रु २ करोड")),
    ("မန္တလေး: ရဲတပ်ဖွဲ့ ကင်မရာ ဝယ်ယူ",
     "မန္တလေးတိုင်းဒေသကြီး ရဲတပ်ဖွဲ့သည် ကင်မရာ ၂၀၀ လုံးကို ကျပ် ဘီလီယံ ၃ ဖြင့် ဝယ်ယူခဲ့သည်။",
     (Decimal("3000000000"), "MMK", "ကျပ် ဘီလီယံ ၃")),
    ("Toamasina : caméras au port",
     "La Commune Urbaine de Toamasina a acheté 30 caméras de surveillance pour 180 000 000 Ariary.",
     (Decimal("180000000"), "MGA", "180 000 000 Ariary")),
    ("Молдова: полиция закупила камеры",
     "Генеральный инспекторат полиции Молдовы закупил 300 видеокамер за 6 млн леев.",
     (Decimal("6000000"), "MDL", "6 млн леев")),
])
def test_signs_of_small_states(title: str, body: str, expected: tuple) -> None:
    assert _headline(title, body) == expected


def test_cfa_is_no_money_without_a_magnitude() -> None:
    assert _headline("Training", "The officers passed the CFA 2024 examination in Lomé.") is None


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a pipe table pasted as text: the unit in the header, bare figures under it; the largest award, or the total
    ("Awards table — Mansa Municipal Council, Q2",
     "| Council | Item | Contractor | Amount (ZMW) |\n"
     "| Mansa Municipal Council | Borehole drilling | Luapula Drillers Ltd | 1,940,000 |\n"
     "| Mansa Municipal Council | Bus station CCTV, 20 cameras | Samfya Secure Ltd | 1,310,000 |",
     (Decimal("1940000"), "ZMW", "1,940,000")),
    ("Purchase order - body cameras for county sheriff",
     "Buyer: Pima County Sheriff's Department\n| Line | Amount (USD) |\n| 1 | 96,500.00 |\n| 2 | 41,250.00 |\n"
     "| Total | 137,750.00 |",
     (Decimal("137750"), "USD", "137,750.00")),
    ("Cuadro de adjudicaciones — Gobierno Regional de Cusco",
     "N° | Objeto | Adjudicatario | Monto (S/)\n1 | Cámaras de videovigilancia para el terminal | "
     "Inti Seguridad S.A.C. | 318.400,00\n2 | Radios portátiles | Qosqo Com E.I.R.L. | 92.100,00",
     (Decimal("318400"), "PEN", "318.400,00")),
])
def test_pipe_tables(title: str, body: str, expected: tuple) -> None:
    assert _headline(title, body) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("សៀមរាប: ដំឡើងកាមេរ៉ា",
     "សៀមរាប — សាលាខេត្តសៀមរាប បានដំឡើងកាមេរ៉ាសុវត្ថិភាព ១២០ គ្រឿង ដោយមានតម្លៃ ៣ ពាន់លានរៀល។",
     (Decimal("3000000000"), "KHR", "៣ ពាន់លានរៀល")),
    ("Akureyrarbær kaupir myndavélar",
     "Akureyrarbær keypti 12 öryggismyndavélar fyrir 21 milljón króna.",
     (Decimal("21000000"), "ISK", "21 milljón króna")),
])
def test_magnitude_words(title: str, body: str, expected: tuple) -> None:
    assert _headline(title, body) == expected


@pytest.mark.parametrize(("title", "body"), [
    ("Study: global body camera market to reach $4.2bn by 2030",
     "Analysts expect police demand in Europe and Asia to drive growth of 11% a year."),
    ("Relatório: mercado de câmeras corporais",
     "Segundo a consultoria, o mercado deve atingir US$ 3,4 bilhões em 2030, puxado pelas polícias estaduais."),
])
def test_a_market_forecast_headlines_nothing(title: str, body: str) -> None:
    assert _headline(title, body) is None
