"""Round 39 (money): sums written in words (enrich/money/words.py, read by text2num), shared signs read by the
country the text names when no place was found (enrich/money/cued_currency.py), fines and prices per device that
never headline, "CAD 911" as a dispatch system, Urdu crores and lakhs, and the rupee and rial signs. Sentences
written for this test, not taken from any set."""
from __future__ import annotations

from decimal import Decimal

import pytest

from enrich import enrich
from enrich.money import extract_amounts, largest_amount
from enrich.money.cued_currency import with_cued_currency
from enrich.money.words import word_sums


def _headline(title: str, body: str) -> tuple[Decimal | None, str | None] | None:
    amount = largest_amount(list(enrich(title, body).amounts))
    return None if amount is None else (amount.value, amount.currency)


WORDS = [
    ("Vidéoprotection à Dijon", "La commune de Dijon a attribué le marché de vidéoprotection pour un montant de deux "
     "cent cinquante mille euros HT.", Decimal(250000), "EUR"),
    ("Nice : lecture de plaques", "La Métropole a notifié un marché de deux millions et demi d'euros pour des "
     "caméras de lecture de plaques.", Decimal(2500000), "EUR"),
    ("Videovigilancia en Rosario", "La Municipalidad de Rosario adjudicó la compra de cámaras de videovigilancia por "
     "quinientos mil pesos.", Decimal(500000), "ARS"),
    ("Cámaras en Asunción", "El Ministerio del Interior del Paraguay adjudicó el sistema de videovigilancia por "
     "ciento veinte millones de guaraníes.", Decimal(120000000), "PYG"),
    ("Câmeras em Curitiba", "A Prefeitura de Curitiba contratou o sistema de videomonitoramento por três milhões e "
     "quinhentos mil reais.", Decimal(3500000), "BRL"),
    ("CCTV contract in Leeds", "Leeds City Council awarded a CCTV contract worth two hundred thousand pounds to a "
     "local installer.", Decimal(200000), "GBP"),
    ("Plate readers in Ohio", "Columbus City Council approved a plate reader contract not to exceed three hundred "
     "forty-two thousand dollars.", Decimal(342000), "USD"),
    ("Telecamere a Bari", "Il Comune di Bari ha aggiudicato l'appalto per la videosorveglianza per un milione e "
     "duecentomila euro.", Decimal(1200000), "EUR"),
    ("Videoüberwachung in Köln", "Die Stadt Köln vergibt den Auftrag für Videoüberwachung am Dom über zwei Millionen "
     "Euro.", Decimal(2000000), "EUR"),
    ("Body cameras for Manchester", "Greater Manchester Police will spend four point two million pounds on body "
     "cameras.", Decimal(4200000), "GBP"),
    ("Camera's in Utrecht", "De gemeente Utrecht gunt de opdracht voor cameratoezicht voor twee miljoen euro.",
     Decimal(2000000), "EUR"),
]


@pytest.mark.parametrize(("title", "body", "value", "currency"), WORDS)
def test_a_sum_written_in_words_is_read(title: str, body: str, value: Decimal, currency: str) -> None:
    assert _headline(title, body) == (value, currency)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "La ville a dépensé des millions d'euros pour la sécurité."),
    ("en", "The department has spent several million dollars on cameras over the years."),
    ("en", "Hundreds of thousands of dollars were lost to theft."),
    ("de", "Die Polizei betreibt mehrere Millionen Euro teure Systeme."),
    ("es", "Miles de pesos se pierden cada año."),
    ("en", "The city installed twelve cameras and two hundred signs."),
    ("pt", "A PSP do Porto instalou trinta e duas câmaras de videovigilância."),
    ("fr", "Le stationnement coûte trois euros par heure."),
])
def test_quantities_in_words_are_no_sum(lang: str, text: str) -> None:
    assert word_sums(text, lang) == []


def test_words_after_figures_give_the_same_sum_once() -> None:
    text = "Valor do contrato: R$ 1.250.000,00 (um milhão, duzentos e cinquenta mil reais)."
    amounts = extract_amounts(text, "pt")
    assert [(a.value, a.currency) for a in amounts] == [(Decimal(1250000), "BRL")]


@pytest.mark.parametrize(("title", "body", "currency"), [
    ("Cámaras para Carabineros", "La Contraloría observó la compra de drones con cámara por Carabineros en Temuco, "
     "por $410 millones.", "CLP"),
    ("Caméras à Abidjan", "La mairie a équipé 20 carrefours de caméras de vidéosurveillance pour 520 millions de FCFA. "
     "Côte d'Ivoire.", "XOF"),
    ("Caméras à Yaoundé", "La communauté urbaine a acquis des caméras de surveillance pour 300 millions de FCFA, "
     "Cameroun.", "XAF"),
    ("Safe city cameras", "The Sindh police bought CCTV cameras for Karachi, Rs 350 million.", "PKR"),
])
def test_a_shared_sign_is_read_by_the_country_the_text_names(title: str, body: str, currency: str) -> None:
    headline = _headline(title, body)
    assert headline is not None and headline[1] == currency


def test_a_shared_sign_stays_unknown_when_no_country_is_named() -> None:
    headline = _headline("Cámaras de vigilancia", "La entidad compró cámaras de vigilancia por $410 millones.")
    assert headline is not None and headline[1] is None


def test_a_shared_sign_with_two_countries_named_stays_unknown() -> None:
    amounts = extract_amounts("Compra de cámaras por 300 millions de FCFA.", "fr")
    text = "Le Sénégal et le Cameroun ont comparé leurs achats : 300 millions de FCFA."
    assert all(a.currency is None for a in with_cued_currency(amounts, text))


@pytest.mark.parametrize(("title", "body"), [
    ("Regulator fines police force", "The Information Commissioner's Office fined the police force £120,000 for "
     "unlawful use of facial recognition cameras."),
    ("Multa a la policía", "La autoridad de protección de datos multó a la policía local con 50.000 euros por el uso "
     "de cámaras sin aviso."),
    ("Amende pour vidéosurveillance", "La CNIL a infligé une amende de 20 000 euros à la commune pour ses caméras."),
    ("Bußgeld wegen Kameras", "Der Datenschutzbeauftragte verhängte ein Bußgeld von 35.000 Euro gegen die Stadt."),
])
def test_a_fine_is_no_procurement_amount(title: str, body: str) -> None:
    assert _headline(title, body) is None


def test_a_fine_beside_a_purchase_leaves_the_purchase() -> None:
    body = ("The council bought 40 cameras from Northway Systems for £380,000 in 2024. The regulator later fined the "
            "council £15,000 for keeping the footage too long.")
    assert _headline("Cameras and a fine", body) == (Decimal(380000), "GBP")


@pytest.mark.parametrize(("body", "value"), [
    ("Contract with Plateworks Inc. for 30 readers, not to exceed $212,000. Subscription is $2,500 per camera.",
     Decimal(212000)),
    ("El municipio compró 50 cámaras a 1.200 euros por unidad, por un total de 60.000 euros.", Decimal(60000)),
])
def test_a_price_per_device_does_not_headline(body: str, value: Decimal) -> None:
    headline = _headline("Camera contract", body)
    assert headline is not None and headline[0] == value


def test_a_yearly_contract_value_still_headlines() -> None:
    headline = _headline("Cameras", "The county signed with Flock Safety for $96,000 per year for 40 plate readers.")
    assert headline == (Decimal(96000), "USD")


def test_cad_911_is_a_dispatch_system() -> None:
    body = ("Awarding agency: City of Mobile Police Department, Alabama. Real-time crime center integrating cameras "
            "and CAD 911 calls. Obligated amount: $1,475,000.")
    result = enrich("Award: real-time crime center", body)
    headline = largest_amount(list(result.amounts))
    assert result.place is not None and result.place.country == "US"
    assert headline is not None and (headline.value, headline.currency) == (Decimal(1475000), "USD")
    assert [(a.value, a.currency) for a in extract_amounts("a grant of CAD 911,000 for cameras", "en")] == [
        (Decimal(911000), "CAD")]


def test_urdu_crores_and_lakhs() -> None:
    amounts = extract_amounts("ٹھیکہ ۳ کروڑ ۶۰ لاکھ روپے میں دیا گیا", "ur")
    assert [a.value for a in amounts] == [Decimal(36000000)]


def test_rupee_sign_by_place_and_riel_sign() -> None:
    assert _headline("CCTV", "Sindh Police in Karachi, Pakistan bought CCTV cameras for ₨ 250 million.") == (
        Decimal(250000000), "PKR")
    assert _headline("CCTV", "The police bought CCTV cameras for ₨ 250 million.") == (Decimal(250000000), None)
    assert [(a.value, a.currency) for a in extract_amounts("cameras for ៛ 2,400,000,000", "en")] == [
        (Decimal(2400000000), "KHR")]


def test_a_fine_far_before_the_purchase_price_leaves_the_purchase() -> None:
    body = ("The data regulator fined Westbrook Borough Council for keeping number-plate reads too long from the 24 "
            "cameras it had bought from Fenline Traffic Systems for £310,000.")
    assert _headline("Regulator fines council", body) == (Decimal(310000), "GBP")


def test_tagalog_milyong_and_a_stated_global_value() -> None:
    assert _headline("CCTV", "Ang Lungsod ng Pasig ay nagbigay ng ₱72 milyong kontrata para sa 300 CCTV camera.") == (
        Decimal(72000000), "PHP")
    body = ("Prefeitura de Londrina. Lote 1 - câmeras: Norte Vigilância Ltda., R$ 2.400.000. Lote 2 - postes: Paraná "
            "Obras Ltda., R$ 900.000. Valor global: R$ 3.300.000.")
    assert _headline("Resultado por lotes", body) == (Decimal(3300000), "BRL")
