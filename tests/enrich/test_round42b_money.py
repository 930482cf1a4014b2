"""Round 42b (money): sums written in the currencies of smaller countries as their own press writes them - the
ariary sign before the sum (Ar 3,2 miliara), the new leone (NLe), the gourde in Haitian Creole (goud), the Cuban
peso's code (CUP), a sign a notice places by naming the currency in words (kwacha, kina, lempiras, dalasi, pula,
paʻanga) or by its telephone country code (+260, +675), the Philippine peso with "Philippine", and the manat of
Turkmenistan or Azerbaijan by the country named - and the same letters where no country is given, never money."""
from __future__ import annotations

from decimal import Decimal

import pytest

from enrich import enrich


def _headline(title: str, body: str) -> tuple[Decimal | None, str | None] | None:
    amount = enrich(title, body).headline_amount
    return None if amount is None else (amount.value, amount.currency)


@pytest.mark.parametrize(("title", "body", "value", "currency"), [
    # the ariary sign before the sum, in Malagasy and in English
    ("Kaominina Toamasina: jiro an-dalambe",
     "Nividy jiro an-dalambe 300 ny Kaominina Toamasina tamin'ny Ar 1,2 miliara.", "1200000000", "MGA"),
    ("Madagascar police radios", "The Gendarmerie in Antananarivo signed an Ar 45 billion radio contract.",
     "45000000000", "MGA"),
    # the redenominated leone
    ("Kenema market lights", "Kenema City Council paid NLe 2.5 million for 80 market lights.", "2500000", "SLE"),
    # the gourde in Haitian Creole
    ("Okap: kamera nan mache", "Meri Okap achte 25 kamera pou mache a, 12 milyon goud.", "12000000", "HTG"),
    # the Cuban peso's code before the sum
    ("Santiago de Cuba: street lighting", "The provincial government of Santiago de Cuba paid CUP 7 million for "
     "new street lamps.", "7000000", "CUP"),
    # the currency named in words places its sign
    ("Council buys radios, kwacha", "Chipata Municipal Council bought 60 radios for K 3.4 million.", "3400000", None),
    ("Port cameras priced in kina", "The harbour board will buy 12 cameras, K 1.5 million.", "1500000", "PGK"),
    ("Traffic cameras, lempiras", "The transit police installed 20 cameras on the main road, L 9 million.",
     "9000000", "HNL"),
    ("Dalasi budget for border posts", "The immigration department will fit 6 border posts with scanners, "
     "D 12 million.", "12000000", "GMD"),
    ("Water meters, pula", "The water utility bought 5,000 smart meters, P 8 million.", "8000000", "BWP"),
    ("Drones for fisheries, pa'anga", "The fisheries ministry bought two patrol drones, T$ 350,000.", "350000",
     "TOP"),
    # a telephone country code places the sign
    ("School tablets", "The district office bought 900 tablets, K 6 million; enquiries +260 977 000111.",
     "6000000", "ZMW"),
    ("Hospital generators", "Contact +675 325 1111. The hospital board bought two generators for K 4 million.",
     "4000000", "PGK"),
    # the Philippine peso
    ("Fire trucks for the bureau", "The Philippine National Police bought 30 patrol boats, P45 million.",
     "45000000", "PHP"),
    # the manat by the country named, whatever the language was read as
    ("Aşgabat: ýol yşyklary", "Aşgabat şäher häkimligi täze ýol yşyklary üçin 8 million manat töledi.",
     "8000000", "TMT"),
])
def test_small_country_currencies(title: str, body: str, value: str, currency: str | None) -> None:
    found = _headline(title, body)
    assert found is not None and found[0] == Decimal(value)
    if currency is not None:
        assert found[1] == currency


def test_kwacha_named_with_its_place() -> None:
    # "kwacha" is Zambia's and Malawi's: the place decides
    assert _headline("Lilongwe: street cameras", "Lilongwe City Council bought 40 cameras, K 90 million, paid in "
                     "kwacha.") == (Decimal("90000000"), "MWK")


@pytest.mark.parametrize(("title", "body"), [
    ("Volunteer day", "Volunteers planted trees along the river; K 9 unit joined the clean-up."),
    ("Sports results", "Nederland wint 3 goud en 2 zilver op het toernooi."),
    ("WORLD CUP 2026 tickets", "Fans queued for World CUP 2026 tickets in Madrid."),
    ("Chess club news", "White played D 4 and later L 3 in the endgame at the Pula open."),
    ("Memo", "Room NLe 12 is closed for painting."),
    ("Meeting notes", "The ministry met on Friday; tel. +260 211 000000 for minutes. Item P 6 was deferred."),
])
def test_letters_without_a_sum_are_no_money(title: str, body: str) -> None:
    assert enrich(title, body).headline_amount is None


def test_refused_credit_with_its_sum_between_verb_and_particle() -> None:
    # German separable "lehnte … ab" with the sum between: the council refused it, nothing headlines
    assert _headline("Basel: Kameras am Rheinufer", "Der Grosse Rat lehnte den Kredit über CHF 1'200'000 für "
                     "Videoüberwachung am Rheinufer ab.") is None


def test_objection_rejected_award_stands() -> None:
    # a bidder's objection rejected: the award in the same sentence stands
    found = _headline("Medellín: cámaras adjudicadas", "La Alcaldía de Medellín rechazó las observaciones de "
                      "Vigilancia Andina S.A.S. y adjudicó las cámaras a Antioquia Video S.A.S. por $ 3.500 millones.")
    assert found is not None and found[0] == Decimal("3500000000")


def test_cancelled_call_for_tenders_states_no_budget() -> None:
    # Paraguay's and Uruguay's buyers call a tender "llamado": cancelled, its estimate is no amount
    assert _headline("Ciudad del Este: llamado cancelado", "La Municipalidad de Ciudad del Este canceló el llamado "
                     "para cámaras de vigilancia (monto estimado Gs. 2.400.000.000).") is None


def test_a_system_called_something_is_no_tender() -> None:
    # "llamado" as "called" after a noun is no call for tenders: the purchase stands
    found = _headline("Montevideo: sistema de cámaras", "La Intendencia de Montevideo compró un sistema llamado "
                      "Ojo Ciudadano por USD 1.200.000 y canceló el mantenimiento anterior.")
    assert found is not None and found[0] == Decimal("1200000")
