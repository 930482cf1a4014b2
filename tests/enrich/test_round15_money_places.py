"""Round 15, money and places: currencies written by their country's press, magnitude words of more languages, the
Mexican decimal point, the dollar of the notice's own place, and the town written as the notice names it.
Sentences written for these tests."""
from __future__ import annotations

from decimal import Decimal

import pytest

import enrich
from enrich.model import Place
from enrich.money import extract_amounts, with_local_currency
from enrich.places.city_form import as_named

HEADLINES = [
    ("The Karaganda regional akimat has paid 2.1 billion tenge for 600 street cameras.", 2_100_000_000, "KZT"),
    ("The Khujand city administration will pay 9 million somoni for a camera network.", 9_000_000, "TJS"),
    ("Kuwait's traffic department has awarded KD 3.4 million for plate-reading cameras.", 3_400_000, "KWD"),
    ("Qatar's ministry has signed a QR 120 million camera contract in Doha.", 120_000_000, "QAR"),
    ("Oman's Sohar municipality will spend RO 2.5 million on cameras, Muscat officials said.", 2_500_000, "OMR"),
    ("Samoa's ministry bought 20 cameras with ST 450,000 from the budget, officials in Apia said.", 450_000, "WST"),
    ("The Tonga police bought cameras for TOP 1.2 million in Nuku'alofa.", 1_200_000, "TOP"),
    ("The Barbados Defence Force bought 30 cameras for BDS$2.4 million.", 2_400_000, "BBD"),
    ("The Belmopan council bought 12 cameras for BZ$80,000.", 80_000, "BZD"),
    ("The Apia council bought 12 cameras for WS$300,000.", 300_000, "WST"),
    ("The Selangor state government has awarded RM12.5mil for 400 cameras.", 12_500_000, "MYR"),
    ("Gasteizko Udalak 2,3 milioi euroko kontratua sinatu du kamerentzat.", 2_300_000, "EUR"),
    ("Irungo Udalak 45 kamera erosi ditu, 510.000 euroren truke.", 510_000, "EUR"),
    ("O Concello de Lugo adxudicou 40 cámaras por 2,1 millóns de euros.", 2_100_000, "EUR"),
    ("D'Gemeng Esch huet 30 Kameraen fir 1,3 Milliounen Euro kaaft.", 1_300_000, "EUR"),
    ("Liepājas pašvaldība iegādājās kameras. Līguma summa: 2,4 miljons eiro.", 2_400_000, "EUR"),
    ("Kauno savivaldybė įrengs kameras. Sutarties vertė – 310 tūkst. eurų.", 310_000, "EUR"),
    ("Bashkia Durrës bleu kamera. Kontrata prej 40 milionë lekësh u fitua nga një firmë.", 40_000_000, "ALL"),
    ("Polisi y'u Rwanda yaguze kamera zifite agaciro ka miliyari 1.8 Frw.", 1_800_000_000, "RWF"),
    ("Akarere ka Huye kaguze kamera, isoko ryatwaye miliyoni 350 z'amafaranga y'u Rwanda.", 350_000_000, "RWF"),
    ("Gəncə polisi 40 kamera 3 milyon manata alıb.", 3_000_000, "AZN"),
    ("Мары шәher häkimligi 5 million manatlyk şertnama baglaşdy.", 5_000_000, "TMT"),
    ("Брэсцкі гарвыканкам заключыў дагавор. Кошт — 1,4 млн беларускіх рублёў.", 1_400_000, "BYN"),
    ("Министарство је потписало уговор од 2,5 милијарде динара за камере.", 2_500_000_000, "RSD"),
]


@pytest.mark.parametrize(("body", "value", "currency"), HEADLINES, ids=[b[:24] for b, _, _ in HEADLINES])
def test_the_amount_is_read(body: str, value: int, currency: str) -> None:
    amounts = enrich.enrich("Camera purchase", body).amounts
    assert any((float(a.value or 0), a.currency) == (value, currency) for a in amounts), amounts


@pytest.mark.parametrize("words", [
    "Scan the QR 2 code at the gate.",  # QR outside a Qatari notice, and no magnitude: a code
    "The RO 3 model was replaced.",
    "Join our TOP 5 webinar on cameras.",
    "miliyoni 2 z'abaturage batuye i Kigali",  # a count of people, no franc written
    "ST 4 million",  # ST is the tala only in a Samoan notice
])
def test_a_marker_that_is_also_a_word_is_no_money_out_of_its_country(words: str) -> None:
    assert extract_amounts(words, "en") == []


def test_the_mexican_comma_groups_thousands_once_the_place_is_known() -> None:
    amounts = extract_amounts("El contrato por $1,240 millones de pesos fue adjudicado.", "es")
    assert with_local_currency(amounts, "MX")[0].value == Decimal(1_240_000_000)
    # Spain writes the decimal comma: the same figure in euros stays 1.24 million
    euros = extract_amounts("El contrato por 1,240 millones de euros fue adjudicado.", "es")
    assert euros[0].value == Decimal(1_240_000)
    # a figure already read with the comma as grouping is not multiplied again
    english = extract_amounts("The contract is worth $1,240 million.", "en")
    assert with_local_currency(english, "MX")[0].value == Decimal(1_240_000_000)


@pytest.mark.parametrize(("country", "currency"), [("BB", "BBD"), ("CD", "USD"), ("BZ", "BZD"), ("US", "USD")])
def test_a_bare_dollar_is_the_dollar_of_the_place(country: str, currency: str) -> None:
    amounts = extract_amounts("The police bought cameras for $2.5 million.", "en")
    assert with_local_currency(amounts, country)[0].currency == currency


def test_french_dollars_are_us_dollars_in_kinshasa() -> None:
    amounts = extract_amounts("La mairie a signé un contrat de 6 millions de dollars américains.", "fr")
    assert amounts[0].currency == "USD"
    plain = extract_amounts("La mairie a signé un contrat de 6 millions de dollars.", "fr")
    assert with_local_currency(plain, "CD")[0].currency == "USD"
    assert with_local_currency(plain, "CA")[0].currency == "CAD"


def test_bengali_taka_in_india_is_the_rupee() -> None:
    amounts = extract_amounts("কলকাতা পুরসভা ৪০ লাখ টাকায় ক্যামেরা কিনেছে।", "bn")
    assert with_local_currency(amounts, "IN")[0].currency == "INR"
    assert with_local_currency(amounts, "BD")[0].currency == "BDT"


def test_the_eforms_tender_value_is_the_award() -> None:
    body = ("BT-500 Organisation name: Gemeente Zwolle. BT-27 Estimated value: 900 000 EUR. "
            "BT-720 Tender value: 850 000 EUR. BT-500 Winner: Example Camera B.V.")
    headline = enrich.enrich("eForms notice", body).headline_amount
    assert headline is not None and (headline.value, headline.kind) == (Decimal(850_000), "award")
    bare = enrich.enrich("OCDS", "Tender value: 850 000 EUR for cameras.").amounts
    assert bare[0].kind == "budget"  # the OCDS tender value (no BT-720) stays the budget


def _place(city: str, country: str) -> Place:
    return Place(country=country, precision="city", method="test", city=city)


@pytest.mark.parametrize(("city", "country", "text", "expected"), [
    ("울산시", "KR", "울산시는 카메라를 설치한다.", "울산"),
    ("광주시", "KR", "광주시는 카메라를 설치한다.", "광주시"),  # Gwangju-si of Gyeonggi, an ordinary city
    ("대전시", "KR", "대전시", "대전"),
    ("광주광역시", "KR", "광주광역시는 카메라를 설치한다.", "광주광역시"),  # the full title is written as it is
    ("수원시", "KR", "수원시는 카메라를 설치한다.", "수원시"),  # an ordinary city keeps its 시
    ("မန္တလေးမြို့", "MM", "မန္တလေးမြို့", "မန္တလေး"),
    ("GƏNCƏ", "AZ", "GƏNCƏ - Gəncə şəhər polisi kameralar alıb.", "Gəncə"),
    ("QUITO", "EC", "QUITO - The city bought cameras.", "QUITO"),  # no other spelling written: unchanged
    ("시", "KR", "시", "시"),  # too short to be a town without its suffix
    ("Ōsaka市", "JP", "", "Ōsaka市"),  # only Korean and Burmese drop the word
    ("Panamá", "PA", "La Alcaldía adquirió cámaras en la Ciudad de Panamá.", "Ciudad de Panamá"),
    ("Guatemala", "GT", "Guatemala: el Ministerio compró cámaras.", "Guatemala"),  # "Ciudad de" not written
    ("תל אביב", "IL", "עיריית תל אביב-יפו רכשה מצלמות.", "תל אביב-יפו"),
    ("Berlin", "DE", "Bezirksamt Berlin-Mitte kauft Kameras.", "Berlin"),  # only Tel Aviv-Yafo joins its suffix
])
def test_the_town_is_written_as_the_notice_names_it(city: str, country: str, text: str, expected: str) -> None:
    place = as_named(_place(city, country), text)
    assert place is not None and place.city == expected


def test_an_estonian_genitive_is_the_town() -> None:
    body = ("Tartu linn ostis kaamerad. Tallinna Transpordiamet ostis 40 liikluskaamerat 380 000 euro eest, "
            "tarnija Harju Liiklussüsteemid OÜ. Tallinna linnavalitsus kinnitas hanke.")
    place = enrich.enrich("Tallinna Transpordiamet ostab kaamerad", body).place
    assert place is not None and place.city != "Tallinna"


@pytest.mark.parametrize("body", [
    "Port of Spain City Corporation has bought 40 cameras for TT$1.2 million.",
    "PORT OF SPAIN - The Trinidad and Tobago Police Service has bought 200 body cameras for TT$4 million.",
    "The Trinidad and Tobago Coast Guard bought radar cameras for TT$3 million for its base in Port of Spain.",
])
def test_port_of_spain_is_one_town_and_tobago_is_part_of_the_country(body: str) -> None:
    place = enrich.enrich("Camera purchase", body).place
    assert place is not None and place.country == "TT"
    assert place.city == "Port of Spain" and place.admin1 != "Tobago"


def test_a_region_inside_a_country_name_is_not_the_place() -> None:
    place = enrich.enrich("Police purchase", "The Trinidad and Tobago Police Service bought 20 drones.").place
    assert place is None or place.admin1 != "Tobago"


@pytest.mark.parametrize(("title", "body", "country", "city"), [
    ("Gasteizko Udalak kamerak erosi ditu", "Gasteizko Udalak 12 bideozaintza kamera jarriko ditu Alde Zaharrean.",
     "ES", "Gasteiz"),
    ("ކެމެރާ ބެހެއްޓުން", "މާލެ - މާލެ ސިޓީ ކައުންސިލުން 40 ކެމެރާ ގަނެފި.", "MV", "މާލެ"),
    ("የፖሊስ ካሜራዎች", "የአዲስ አበባ ፖሊስ ኮሚሽን 200 ካሜራዎችን ገዛ።", "ET", "አዲስ አበባ"),
    ("كاميرات مراقبة", "وقعت ولاية الخرطوم عقدا مع شركة محلية لتركيب 80 كاميرا مراقبة في الأسواق.", "SD", "الخرطوم"),
])
def test_towns_in_more_languages_and_scripts(title: str, body: str, country: str, city: str) -> None:
    place = enrich.enrich(title, body).place
    assert place is not None and (place.country, place.city) == (country, city)


def test_a_basque_genitive_of_no_town_is_no_place() -> None:
    place = enrich.enrich("Udala", "Kamerako Udalak ez du ezer erosi.").place
    assert place is None or place.city is None


def test_a_town_named_as_a_municipality_is_not_folded_into_its_big_neighbour() -> None:
    body = "The City of Chula Vista will buy four drones with cameras for $310,000 for its police department."
    place = enrich.enrich("Drone purchase", body).place
    assert place is not None and place.city == "Chula Vista"
    # named only in passing (no municipal cue), a suburb still stands for its city
    passing = enrich.enrich("Drone purchase", "San Diego police will fly drones over Chula Vista, officials said.")
    assert passing.place is None or passing.place.city != "Chula Vista" or passing.place.country == "US"


@pytest.mark.parametrize("body", [
    "The city corporation will disburse Tk 45 crore in microcredit to street vendors.",
    "The county signed a $12 million line of credit with a local bank.",
    "The issuer entered into a $900 million senior unsecured revolving credit facility.",
    "The provident fund opened a window lending up to $15,000 to market traders.",
    "La cooperativa colocará Bs 25 millones en microcréditos para artesanos.",
    "The city announced a bond issue of $300 million for roads.",
])
def test_credit_is_no_procurement_amount(body: str) -> None:
    assert enrich.enrich("Credit", body).headline_amount is None


def test_a_purchase_still_headlines_in_a_story_that_mentions_credit_later() -> None:
    body = "The council bought 40 cameras for $2 million from a local integrator.\nIt also runs a microcredit scheme."
    headline = enrich.enrich("Cameras", body).headline_amount
    assert headline is not None and headline.value == Decimal(2_000_000)


def test_a_sum_beside_a_mention_of_microloans_is_still_a_sum() -> None:
    body = "La cooperativa abrió una agencia con inversión de 600.000 dólares; ofrecerá microcréditos a emprendedores."
    headline = enrich.enrich("Agencia", body).headline_amount
    assert headline is not None and headline.value == Decimal(600_000)


@pytest.mark.parametrize(("title", "body"), [
    ("Council rejects camera contract", "The Iloilo City Council voted 8-5 against the proposed ₱40-million purchase "
                                        "of facial recognition cameras for the downtown market."),
    ("Tender cancelled", "The City of Gaborone has cancelled its P12 million CCTV tender after all bids failed."),
])
def test_a_withdrawn_purchase_has_no_headline_amount(title: str, body: str) -> None:
    result = enrich.enrich(title, body)
    assert result.headline_amount is None
    assert result.amounts and all(a.kind == "other" for a in result.amounts)  # the sums are still read


def test_a_purchase_that_denies_only_one_feature_keeps_its_amount() -> None:
    body = "The council bought 30 street cameras for $400,000; the cameras have no facial recognition."
    headline = enrich.enrich("Council buys street cameras", body).headline_amount
    assert headline is not None and headline.value == Decimal(400_000)
