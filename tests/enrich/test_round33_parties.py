"""Round 33 (parties33): suppliers outside the registry named in two more families of wording.

- A price, then the company it went to closing the sentence, with or without a preposition or a role noun
  ("…, Rs 900 million, Bolan Tech.", "…, 14 millions de dirhams, par X SARL.", "…, 380 tys. zł, od X."): counted on
  sets h, k, m, p, ab, ac, ae, af, ag and ah.
- A company in its legal form carrying the case ending or postposition of the contract's other party ("X Oy:n
  kanssa", "X OÜ-ga", "X A.Ş.'ye", "«X» MMC ilə", "«X» MChJ bilan", "«X» ЖШС-мен", "X Kft.-vel"): sets af, ag, ah.
Every notice is fictional (invented buyers and companies). Each family has near misses that must give no supplier.
"""
from __future__ import annotations

import pytest

from tests.enrich.notice_helpers import supplier_names


@pytest.mark.parametrize(("title", "body", "name"), [
    # a price, then the company alone at the sentence's end
    ("Province adds flagging to safe-city cameras",
     "EXAMPLETON — The Example Home Department will add person flagging to 500 safe-city cameras, Rs 900 million, "
     "Quillon Tech.", "Quillon Tech"),
    ("Municipio contrata sistema de puntaje",
     "El Municipio de Villa Ejemplo contrató un sistema de puntaje para comerciantes: quienes acumulen sanciones "
     "pasan a una lista de suspensión del permiso; US$ 380.000, Cumbre Datos.", "Cumbre Datos"),
    ("La commune équipe la médina",
     "La Commune de Villeexemple équipe l'ancienne médina de 60 caméras reliées à la salle de commandement, "
     "14 millions de dirhams, Exemple Réseaux.", "Exemple Réseaux"),
    ("МВД закупает модуль распознавания походки",
     "МВД по Примерной области закупает модуль распознавания походки для камер, 24 млн рублей, ООО «Пример Видео».",
     "ООО «Пример Видео»"),
    ("محافظة المثال: تطوير ميدان مع كاميرات",
     "تطوير ميدان المثال يشمل الرصف والإنارة و24 كاميرا مراقبة، بتكلفة 85 مليون جنيه، شركة الوادي للمقاولات.",
     "شركة الوادي للمقاولات"),
    # with a preposition or a role noun between the price and the name
    ("Town installs plate cameras",
     "Exampleton Metropolitan City installed number plate recognition cameras at four entry points, NPR 18 "
     "million, by Phewa Example Tech.", "Phewa Example Tech"),
    ("Policja kupuje urządzenia do kopiowania danych z telefonów",
     "Komenda Miejska Policji w Przykładowie kupiła urządzenia do ekstrakcji danych z telefonów, 380 tys. zł, "
     "od Przykład Forensic.", "Przykład Forensic"),
    ("Stadt vergibt Wohnberechtigungen nach Punkten",
     "Die Stadt Beispielstadt vergibt Wohnberechtigungen nach einem Punktekonto, das Polizeieinsätze abzieht. "
     "Kosten: 1,4 Mio. Euro, Anbieter Beispielaue Software GmbH.", "Beispielaue Software GmbH"),
    # a legal form in two words after a dotted one stays whole ("Cía. Ltda.")
    ("Licitación por lotes del Municipio de Villa Ejemplo",
     "Lote 1: rehabilitación del parque, USD 820.000, Constructora Ejemplo Cía. Ltda. Lote 2: 30 cámaras de "
     "videovigilancia, USD 210.000, Ejemplo Seguridad S.A.", "Constructora Ejemplo Cía. Ltda."),
])
def test_round33_price_then_company(title: str, body: str, name: str) -> None:
    assert name in supplier_names(title, body)


@pytest.mark.parametrize(("title", "body"), [
    # the sentence goes on after the name: a source or a speaker, no supplier
    ("Council debates camera costs",
     "The Exampleton council said the camera network cost $2 million, Example Systems said on Monday."),
    # a place after the price, not a company
    ("Programa de cámaras",
     "El programa de cámaras costará US$ 380.000, a Santa Cruz."),
    # no price before the comma: a date, then a company that is no supplier here
    ("Company results",
     "The council met on November 3, 2026, Example Holdings."),
])
def test_round33_price_then_company_near_misses(title: str, body: str) -> None:
    assert supplier_names(title, body) == []


@pytest.mark.parametrize(("title", "body", "name"), [
    ("Esimerkkilän kaupunki uusii kameravalvonnan huoltosopimuksen",
     "Esimerkkilän kaupunki on tehnyt Esimerkki Turva Oy:n kanssa sopimuksen keskustan 40 valvontakameran "
     "huollosta, arvo 120 000 euroa.", "Esimerkki Turva Oy"),
    ("Näidise linnavalitsus paigaldab valvekaameraid",
     "Näidise Linnavalitsus sõlmis Näidis Turva OÜ-ga lepingu 20 valvekaamera paigaldamiseks kesklinna, maksumus "
     "140 000 eurot.", "Näidis Turva OÜ"),
    ("Örnek Belediyesi: kent güvenlik kameralarının bakımı",
     "Örnek Büyükşehir Belediyesi, 1.800 kent güvenlik kamerasının bakımını Örnek Güvenlik Sistemleri A.Ş.'ye 96 "
     "milyon TL'ye verdi.", "Örnek Güvenlik Sistemleri A.Ş."),
    ("Nümunə şəhər müşahidə kameraları quraşdırır",
     "Nümunə Şəhər İcra Hakimiyyəti 70 müşahidə kamerası quraşdırmaq üçün «Nümunə Texnologiya» MMC ilə 1,9 milyon "
     "manatlıq müqavilə bağlayıb.", "«Nümunə Texnologiya» MMC"),
    ("Misol shahar hokimligi: videokuzatuv",
     "Misol shahar hokimligi videokuzatuv kameralariga texnik xizmat ko‘rsatish uchun «Misol Tech» MChJ bilan 96 "
     "mlrd so‘mlik shartnoma tuzdi.", "«Misol Tech» MChJ"),
    ("Мысал қаласы әкімдігі: бейнебақылау",
     "Мысал қаласы әкімдігі «Мысал Бейне» ЖШС-мен 4 200 бейнекамераға қызмет көрсету келісімшартын жасады.",
     "«Мысал Бейне» ЖШС"),
    ("Példaváros térfigyelő kamerák",
     "Példaváros Önkormányzata 60 új térfigyelő kamerát telepít 180 millió forintért a Példa Biztonság Kft.-vel.",
     "Példa Biztonság Kft."),
    # a public body's words before the company are not its name
    ("Nümunə polisi üz tanıma kameraları quraşdırır",
     "Nümunə şəhər Baş Polis İdarəsi Nümunə Təhlükəsizlik MMC ilə 18 milyon manatlıq müqavilə bağladı.",
     "Nümunə Təhlükəsizlik MMC"),
    # an inflected word before the company is not its name ("TL'ye")
    ("Örnek Emniyet Müdürlüğü yazılım satın aldı",
     "Örnek İl Emniyet Müdürlüğü, şehir kameralarında analiz yazılımını 22 milyon TL'ye Örnek Veri A.Ş.'den satın "
     "aldı.", "Örnek Veri A.Ş."),
])
def test_round33_case_suffix_companies(title: str, body: str, name: str) -> None:
    names = supplier_names(title, body)
    assert name in names
    assert not any(other != name and other.endswith(name) for other in names)


@pytest.mark.parametrize(("title", "body"), [
    # a legal form without the party's ending, or the ending on a word that is no legal form
    ("Esimerkkilän kaupunki", "Esimerkkilän kaupunki kertoi, että Esimerkki Oy on alan suurin yritys."),
    ("Näidise linn", "Näidise Linnavalitsus kohtus Tallinnaga ja arutas kaameraid."),
])
def test_round33_case_suffix_near_misses(title: str, body: str) -> None:
    assert supplier_names(title, body) == []


@pytest.mark.parametrize(("title", "body", "name"), [
    ("بلدية المثال ترسي عقد كاميرات مراقبة",
     "أرست بلدية المثال عقداً بقيمة 46 مليون درهم على شركة الواحة للأنظمة الذكية لتركيب 900 كاميرا مراقبة في "
     "الأسواق.", "شركة الواحة للأنظمة الذكية"),
    ("وزارة الداخلية تشتري أجهزة البصمات",
     "تعاقدت وزارة الداخلية في مدينة المثال مع شركة المدار للأنظمة لشراء أجهزة جمع البصمات للمطلوبين.",
     "شركة المدار للأنظمة"),
    ("الشرطة تشتري أجهزة البصمات",
     "أسندت شرطة المثال إلى شركة الواحة لحلول الهوية توريد 300 جهاز لأخذ بصمات الأصابع.",
     "شركة الواحة لحلول الهوية"),
    ("شهرداری نمونه دوربین ثبت تخلف نصب می‌کند",
     "شهرداری نمونه قرارداد نصب ۱۲۰ دوربین پلاک‌خوان را به مبلغ ۸۵۰ میلیارد ریال با شرکت نمونه سامانه منعقد کرد.",
     "شرکت نمونه سامانه"),
])
def test_round33_arabic_persian_company_after_preposition(title: str, body: str, name: str) -> None:
    names = supplier_names(title, body)
    assert name in names
    assert not any(other != name and other.startswith(name) for other in names)


def test_round33_recognition_of_faces_names_no_company() -> None:
    # "على" also follows recognition ("التعرف على الوجوه"): only the company word right after it names a company
    assert supplier_names("نظام التعرف على الوجوه", "تدرس بلدية المثال نظام التعرف على الوجوه في المحطات.") == []


@pytest.mark.parametrize(("title", "body", "name"), [
    ("Gwamnatin Jihar Misali: kyamarori a kasuwa",
     "Gwamnatin Jihar Misali ta bai wa kamfanin Misali Tsaro kwangilar sanya kyamarori 80 a kasuwa, naira miliyan "
     "450.", "Misali Tsaro"),
    ("Halmashauri ya Jiji la Mfano: kamera za CCTV",
     "Halmashauri ya Jiji la Mfano imeipa kampuni ya Mfano Security kandarasi ya kufunga kamera 90 za CCTV sokoni.",
     "Mfano Security"),
    ("UMkhandlu wesibonelo: amakhamera",
     "UMkhandlu wesibonelo ufaka amakhamera e-CCTV angu-60 enkabeni yedolobha ngenkampani i-Isibonelo Guard.",
     "Isibonelo Guard"),
])
def test_round33_company_noun_before_name(title: str, body: str, name: str) -> None:
    assert name in supplier_names(title, body)
