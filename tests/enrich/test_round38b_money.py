"""Round 38b money: currencies written out or abbreviated as their own press writes them, both ways.

Families (development sets s, l, t, u, z, o, p, ah, aj, an): French franc adjectives (francs comoriens, burundais,
djiboutiens), ouguiyas and dobras written out, tögrög/tugrik in English, NIS and TL before a sum with its magnitude
word, the Samoan tala in a Samoan notice, Finnish genitive millions and the Latvian/Finnish "milj.", and the
Kinyarwanda franc written before its magnitude word."""
from __future__ import annotations

from decimal import Decimal

import pytest

from enrich import enrich
from enrich.money import extract_amounts


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
