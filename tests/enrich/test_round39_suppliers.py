"""Round 39 (suppliers): company names holding a town's nickname or a street, and compatibility written in Russian
and Ukrainian. Every sentence is our own; each family has near misses that must not give a supplier."""
from __future__ import annotations

import pytest

from enrich import enrich
from enrich.trade_names import public_named, trade_named


def _suppliers(title: str, body: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.vendor_id) for p in enrich(title, body).parties if p.role == "supplier"]


@pytest.mark.parametrize(("body", "name"), [
    ("The housing board hired Prairie City Electric to fix 90 cameras on its estates.", "Prairie City Electric"),
    ("The transit agency bought 40 plate readers from Rocket City Signals for $310,000.", "Rocket City Signals"),
    ("The school board accepted the quote from Steel City Low Voltage to replace 50 hallway cameras.",
     "Steel City Low Voltage"),
    ("The county purchased a video wall from Lantern Office Systems for its dispatch room.", "Lantern Office Systems"),
    ("The sheriff bought body cameras from Granite Public Safety Partners under a five-year lease.",
     "Granite Public Safety Partners"),
])
def test_trade_names_with_a_nickname_are_suppliers(body: str, name: str) -> None:
    assert (name, None) in _suppliers("Camera purchase approved", body)


@pytest.mark.parametrize("body", [
    "The school district bought 40 radios from the City Police Department.",
    "The county bought the licences from the Department of Information Technology.",
    "The agency bought 12 cameras from Capital City Police Systems.",
    "The police bought the software from the Central Market Authority.",
])
def test_public_bodies_stay_out(body: str) -> None:
    assert _suppliers("Camera purchase", body) == []


def test_trade_named_rules() -> None:
    public = {"city", "police", "department", "office", "capital"}
    assert trade_named(["bluff", "city", "electric"], public)
    assert not trade_named(["city", "police", "systems"], public)  # police is only a public body's word
    assert not trade_named(["department", "of", "information", "technology"], public)
    assert not trade_named(["harris", "city"], public)  # no trade word at the end
    assert public_named(["city", "police"], public)
    assert not public_named(["hill", "capital", "electricals"], public)


@pytest.mark.parametrize(("title", "body", "vendor"), [
    ("Закупка камер", "Камеры должны быть совместимы с платформой Hikvision, которая уже работает в городе.",
     "hikvision"),
    ("Закупівля камер", "Нові камери мають бути сумісні з системою Dahua, що вже працює у місті.", "dahua"),
    ("Закупка видеонаблюдения", "Оборудование должно быть совместимо со всей существующей системой Uniview.",
     "uniview"),
])
def test_compatibility_in_russian_and_ukrainian_is_no_supply(title: str, body: str, vendor: str) -> None:
    parties = enrich(title, body).parties
    assert all(p.role != "supplier" for p in parties if p.vendor_id == vendor)
    assert any(p.vendor_id == vendor for p in parties)  # still named: `mentioned`


@pytest.mark.parametrize(("title", "body", "vendor"), [
    ("Поставка камер", "Камеры поставила компания Hikvision по контракту на 12 млн рублей.", "hikvision"),
    ("Постачання камер", "Камери Dahua поставлено за договором, постачальник - Dahua.", "dahua"),
])
def test_russian_and_ukrainian_supply_stays(title: str, body: str, vendor: str) -> None:
    assert any(v == vendor for _, v in _suppliers(title, body))


def _statement_suppliers(text: str) -> list[str]:
    from enrich.parties import extract_parties

    return [p.name for p in extract_parties(text) if p.role == "supplier"]


@pytest.mark.parametrize(("text", "name"), [
    ("Die Gemeinde hat 14 Kameras für den Marktplatz bei der Ilmtal Sicherheitstechnik GmbH für 236.500 Euro bestellt.",
     "Ilmtal Sicherheitstechnik GmbH"),
    ("Das Landeskriminalamt beschafft drei Auswertegeräte bei der Saale Forensik GmbH, 410.000 Euro.",
     "Saale Forensik GmbH"),
    ("Die Stadtpolizei hat zwei Drohnen für 88.000 Franken von der Emme Luftbild AG gekauft.", "Emme Luftbild AG"),
    ("Die Stadt hat den Auftrag über 2,3 Mio. Euro an die Werra Videotechnik GmbH vergeben.",
     "Werra Videotechnik GmbH"),
    ("Den Zuschlag über 740.000 Euro erhielt die Fulda Signaltechnik GmbH.", "Fulda Signaltechnik GmbH"),
    ("Der Landkreis beauftragt die Lahn Netzwerke GmbH mit dem Ausbau der Videoanlage am Bahnhof.",
     "Lahn Netzwerke GmbH"),
    ("Das Polizeipräsidium hat die Ruhrtal Analyse GmbH mit einem Pilotversuch zur Kennzeichenerfassung beauftragt.",
     "Ruhrtal Analyse GmbH"),
    ("Die Verkehrsbetriebe haben den Wartungsvertrag für 1.200 Kameras mit der Spree Bildtechnik GmbH verlängert.",
     "Spree Bildtechnik GmbH"),
])
def test_german_statements_across_prices_and_word_order(text: str, name: str) -> None:
    assert name in _statement_suppliers(text)


@pytest.mark.parametrize("text", [
    "Die Stadt hat den Vertrag mit der Werra Videotechnik GmbH nicht verlängert.",  # a contract not renewed
    "Die Stadt hat 30 Kameras von der Polizei Wien übernommen und gekauft.",  # a public body
    "Der Bürgermeister hat die Firma Müller mit Sorge erwähnt.",  # no legal form, no commission
])
def test_german_near_misses(text: str) -> None:
    assert _statement_suppliers(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Община Русе възложи на Дунав Охрана ЕООД монтажа на 45 камери за видеонаблюдение.", "Дунав Охрана ЕООД"),
    ("Община Варна възложи на „Черноморие Системи“ ООД поддръжката на 300 камери.", "„Черноморие Системи“ ООД"),
    ("Министерството сключи договор с Пирин Технологии АД за 40 камери на границата.", "Пирин Технологии АД"),
    ("Град Крагујевац закључио је уговор са фирмом Лепеница Видео д.о.о. за 70 камера.", "Лепеница Видео д.о.о."),
    ("Град Чачак закључио је уговор са фирмом „Морава Систем“ д.о.о. о одржавању 90 камера.",
     "„Морава Систем“ д.о.о."),
    ("Општина Битола склучи договор со „Пелистер Безбедност“ ДООЕЛ за 25 камери.", "„Пелистер Безбедност“ ДООЕЛ"),
])
def test_balkan_award_statements(text: str, name: str) -> None:
    assert name in _statement_suppliers(text)


@pytest.mark.parametrize("text", [
    "Общината възложи на кмета да подготви доклад за камерите.",  # a person, no company
    "Град Ниш закључио је уговор са Министарством унутрашњих послова о камерама.",  # a public body
])
def test_balkan_near_misses(text: str) -> None:
    assert _statement_suppliers(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Ο Δήμος Καβάλας ανέθεσε στην Παγγαίο Συστήματα Α.Ε. την εγκατάσταση 18 καμερών στο λιμάνι.",
     "Παγγαίο Συστήματα Α.Ε."),
    ("Ο Δήμος Βόλου υπέγραψε σύμβαση 2,1 εκατ. ευρώ με την Πήλιο Τεχνική για τη συντήρηση των καμερών.",
     "Πήλιο Τεχνική"),
    ("Ο Δήμος Χανίων ανέθεσε στην εταιρεία Λευκά Όρη Ασφάλεια Ε.Π.Ε. την προμήθεια 12 καμερών.",
     "Λευκά Όρη Ασφάλεια Ε.Π.Ε."),
])
def test_greek_awards(text: str, name: str) -> None:
    assert name in _statement_suppliers(text)


@pytest.mark.parametrize("text", [
    "Η Περιφέρεια υπέγραψε σύμβαση με τον Δήμο Πατρέων για τις κάμερες.",  # a public body
    "Το Υπουργείο ανέθεσε στην Ελληνική Αστυνομία την εποπτεία των καμερών.",  # a public body
])
def test_greek_near_misses(text: str) -> None:
    assert _statement_suppliers(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ('עיריית נתניה חתמה על חוזה בסך 4.2 מיליון ש"ח עם חברת שרון מיגון בע"מ להתקנת 80 מצלמות אבטחה.',
     'שרון מיגון בע"מ'),
    ("עיריית אשדוד התקשרה עם חברת חוף מערכות אבטחה על תחזוקת 200 מצלמות בטיילת.", "חוף מערכות אבטחה"),
    ("המשטרה רכשה את המערכת מחברת גליל ראייה ממוחשבת בע״מ ב-3 מיליון ש״ח.", "גליל ראייה ממוחשבת בע״מ"),
])
def test_hebrew_contracts(text: str, name: str) -> None:
    assert name in _statement_suppliers(text)


def test_hebrew_common_noun_is_no_company() -> None:
    assert _statement_suppliers("העירייה נפגשה עם חברת החשמל לגבי עמודי התאורה ברחוב.") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Jelgavas pašvaldība noslēdza līgumu ar SIA Zemgales Drošība par 20 videonovērošanas kamerām.",
     "SIA Zemgales Drošība"),
    ("Liepājas pašvaldība noslēdza līgumu ar SIA „Kurzemes Sargs” par 40 kamerām.", "SIA „Kurzemes Sargs”"),
    ("Šiaulių miesto savivaldybė pasirašė sutartį su UAB „Saulės sauga“ dėl 30 kamerų.", "UAB „Saulės sauga“"),
    ("Urząd Miasta Gdańsk zlecił firmie Pomorskie Systemy Wizyjne montaż 60 kamer.", "Pomorskie Systemy Wizyjne"),
    ("Statutární město Ostrava uzavřelo smlouvu s firmou Odra Kamery s.r.o. na 50 kamer.", "Odra Kamery s.r.o."),
    ("Bashkia Durrës i dha kompanisë Adriatik Siguria sh.p.k. kontratën për 40 kamera.", "Adriatik Siguria sh.p.k."),
    ("Trondheim kommune har inngått avtale med Nidaros Sikring om kameraovervåking av Torvet.", "Nidaros Sikring"),
    ("Grad Zadar ugovorio je s tvrtkom Jadran Nadzor d.o.o. održavanje video nadzora.", "Jadran Nadzor d.o.o."),
])
def test_contracts_with_a_company_in_more_languages(text: str, name: str) -> None:
    assert name in _statement_suppliers(text)


@pytest.mark.parametrize("text", [
    "Bergen kommune har inngått avtale med Oslo kommune om samarbeid om kameraer.",  # a public body, one capital
    "Urząd Miasta zlecił firmie wykonanie przeglądu kamer.",  # no name after the noun
])
def test_contracts_near_misses(text: str) -> None:
    assert _statement_suppliers(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Bashkia Shkodër lidhi kontratë prej 30 milionë lekësh me “Rozafa Siguri” sh.p.k. për 40 kamera.",
     "“Rozafa Siguri” sh.p.k."),
    ('Panevėžio savivaldybė pasirašė sutartį su UAB „Nevėžio vaizdas" dėl 20 kamerų.', 'UAB „Nevėžio vaizdas"'),
    ("עיריית רמלה חתמה עם חברת עין רואה ללא מכרז על התקנת 20 מצלמות.", "עין רואה"),
])
def test_quoted_names_and_name_ends(text: str, name: str) -> None:
    assert name in _statement_suppliers(text)


@pytest.mark.parametrize(("title", "body", "vendor", "supplier"), [
    ("Council buys cameras", "Kitwe City Council bought 24 cameras from Nkana Vision Ltd for K 1.4 million, to work "
     "with its Hikvision recorders.", "hikvision", "Nkana Vision Ltd"),
    ("Emergency system upgrade", "The ministry approved Bs 40 million to upgrade the emergency camera system "
     "originally built by CEIEC; the upgrade goes to local firm Yungas Redes.", "ceiec", "Yungas Redes"),
    ("Cámaras municipales", "Las cámaras fueron instaladas originalmente por Dahua en 2016; el municipio amplía la "
     "red con 30 cámaras nuevas.", "dahua", None),
])
def test_existing_equipment_and_first_builders_are_mentioned(title: str, body: str, vendor: str,
                                                             supplier: str | None) -> None:
    parties = enrich(title, body).parties
    assert any(p.vendor_id == vendor for p in parties)
    assert all(p.role == "mentioned" for p in parties if p.vendor_id == vendor)
    assert supplier is None or any(p.role == "supplier" and p.name == supplier for p in parties)


def test_goods_supplied_by_a_maker_stay_supplied() -> None:
    body = "The county's 60 new cameras were supplied by Dahua under a $300,000 order."
    parties = enrich("Cameras supplied", body).parties
    assert any(p.role == "supplier" and p.vendor_id == "dahua" for p in parties)
