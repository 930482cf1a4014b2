"""Round 22 places outside China: every sentence here is fictional (invented bodies and firms, real towns).

Patterns: a town and its US state's postal code ("Quantico, VA"); a name followed by a region word ("Lagos
State") is the region; a town its region is named after is no suburb (Banjul); words of organisation names that
GeoNames lists as towns (Federal, Energy, Metro); in scripts without capitals, a title opening with the town, the
Arabic locative في and Hebrew one-letter prefixes; the word for "city"/"municipality" written before the town's
name (Khmer, Thai, Arabic); a country named whose own currency the money is in (A$ and Kiribati); one phrase naming
several towns no longer adds its repeat bonus once per town.
"""
from __future__ import annotations

import enrich


def _place(title: str, body: str):  # type: ignore[no-untyped-def]
    return enrich.enrich(title, body).place


def _quoted(title: str, body: str) -> None:
    place = _place(title, body)
    assert place is not None and place.evidence is not None
    text = title + "\n" + body
    assert text[place.evidence.start:place.evidence.end] == place.evidence.text


# --- "Town, ST": a US town and its state's postal code ----------------------------------------------------------

def test_postal_state_after_an_unknown_town_gives_the_state() -> None:
    title, body = ("Award 44F0: forensic licences", "Recipient: Larkspur Digital LLC. Awarding office: Federal "
                   "Training Academy, Quantico, VA. Amount: $310,500.")
    place = _place(title, body)
    assert place is not None and (place.country, place.admin1, place.admin1_code) == ("US", "Virginia", "US-VA")
    assert place.evidence is not None and place.evidence.text == "VA"
    _quoted(title, body)


def test_postal_state_names_the_small_town_of_that_state() -> None:
    place = _place("Item 4: camera purchase", "RICHMOND HEIGHTS, MO — City of Richmond Heights Police Department. "
                   "Approve 30 in-car video systems from Tallow Systems Inc., $212,000.")
    assert place is not None and (place.country, place.admin1_code, place.city) == ("US", "US-MO", "Richmond Heights")


def test_a_degree_after_a_person_is_no_state() -> None:
    place = _place("Clinic note", "The report was reviewed by Helen Brookfield, MD. No purchase is proposed.")
    assert place is None or place.admin1 != "Maryland"


# --- "X State": the region, not a town called X -------------------------------------------------------------------

def test_a_name_before_state_is_the_region_not_its_town() -> None:
    place = _place("Abuja: identity enrolment devices", "The Federal Registry Office awarded ₦2.1 billion to Kanem "
                   "Biometric Ltd for enrolment kits at 300 centres across Abuja and Lagos State.")
    assert place is not None and (place.country, place.city) == ("NG", "Abuja")


def test_the_town_written_alone_is_still_the_town() -> None:
    place = _place("Lagos: traffic cameras", "LAGOS — The Lagos Traffic Office bought 40 cameras for ₦900 million.")
    assert place is not None and (place.country, place.city) == ("NG", "Lagos")


# --- a town its region is named after is the region's seat, not a suburb -------------------------------------------

def test_a_capital_named_like_its_region_is_no_suburb() -> None:
    place = _place("Banjul: fingerprint kits", "The Gambia Police Force in Banjul received 30 fingerprint kits "
                   "valued at D 9 million.")
    assert place is not None and (place.country, place.city) == ("GM", "Banjul")


def test_a_district_still_reads_as_its_city() -> None:
    place = _place("Miraflores: cámaras", "La Municipalidad de Miraflores adjudicó a Serena Vigilancia S.A.C. "
                   "30 cámaras por S/ 1,2 millones.")
    assert place is not None and place.country == "PE"


# --- words of organisation names that GeoNames lists as towns -----------------------------------------------------

def test_federal_in_an_agency_name_is_no_town() -> None:
    place = _place("Award: extraction licences", "Awarding agency: Department of Justice / Federal Bureau of "
                   "Investigation. Amount: $88,000 for licences.")
    assert place is None or (place.country != "AR" and place.city != "Federal")


def test_energy_in_a_ministry_name_is_no_town() -> None:
    place = _place("Street lights", "The Ministry of Infrastructure and Sustainable Energy installed 200 solar "
                   "street lights.")
    assert place is None or place.city != "Energy"


def test_metro_in_a_police_name_leaves_the_dateline_town() -> None:
    place = _place("Jakarta police buy analytics", "JAKARTA — Polda Metro Jaya signed a Rp 90 billion agreement "
                   "with Kali Visi for CCTV analytics.")
    assert place is not None and (place.country, place.city) == ("ID", "Jakarta")


def test_a_town_named_metro_in_an_address_field_stays() -> None:
    place = _place("Pengadaan CCTV", "Kota: Metro\nNegara: Indonesia\nPemerintah Kota membeli 20 kamera CCTV.")
    assert place is not None and place.country == "ID"


# --- scripts without capitals ----------------------------------------------------------------------------------

def test_an_arabic_title_opening_with_the_town() -> None:
    place = _place("الدوحة: وزارة تنفي شراء كاميرات", "نفت الوزارة وجود أي عقد جديد للكاميرات.")
    assert place is not None and (place.country, place.city) == ("QA", "الدوحة")
    _quoted("الدوحة: وزارة تنفي شراء كاميرات", "نفت الوزارة وجود أي عقد جديد للكاميرات.")


def test_an_arabic_town_in_a_title_without_colon_is_not_enough() -> None:
    assert _place("مؤتمر عن الدوحة والكاميرات", "ناقش المؤتمر الكاميرات.") is None


def test_the_arabic_locative_names_the_town() -> None:
    place = _place("إلغاء مناقصة", "أعلنت وزارة الداخلية في عمّان إلغاء مناقصة أجهزة الاعتراض.")
    assert place is not None and (place.country, place.city) == ("JO", "عمّان")


def test_an_arabic_town_without_locative_or_title_is_not_enough() -> None:
    assert _place("إلغاء مناقصة", "أعلنت الوزارة إلغاء مناقصة أجهزة الاعتراض مع شركة عمّان.") is None


def test_a_hebrew_prefix_before_the_town() -> None:
    place = _place("רכש מוניטורים", "מרכז רפואי בירושלים רכש 40 מוניטורים בעלות 2 מיליון ש\"ח.")
    assert place is not None and (place.country, place.city) == ("IL", "ירושלים")


def test_a_hebrew_word_that_only_contains_a_town_is_not_it() -> None:
    assert _place("רכש מוניטורים", "מרכז רפואי רכש 40 מוניטורים בעלות 2 מיליון.") is None


# --- the word for city / municipality written before the town's name -------------------------------------------

def test_thai_municipality_word_is_not_part_of_the_town() -> None:
    place = _place("ขอนแก่น: เทศบาลนครขอนแก่นติดตั้งไฟถนน", "ขอนแก่น — เทศบาลนครขอนแก่นติดตั้งไฟถนน 300 ต้น "
                   "งบประมาณ 12 ล้านบาท")
    assert place is not None and (place.country, place.city) == ("TH", "ขอนแก่น")


def test_khmer_city_word_is_not_part_of_the_town() -> None:
    place = _place("ក្រុងសៀមរាប៖ កាមេរ៉ា", "សាលាក្រុងសៀមរាប បានចំណាយ ៥០០,០០០ ដុល្លារ លើកាមេរ៉ា។")
    assert place is not None and (place.country, place.city) == ("KH", "សៀមរាប")
    assert place.evidence is not None and place.evidence.text.endswith("សៀមរាប")


def test_arabic_wilaya_word_is_not_part_of_the_town() -> None:
    place = _place("الجزائر: ولاية وهران تركب كاميرات", "وهران - ركبت ولاية وهران 300 كاميرا بقيمة مليار دينار.")
    assert place is not None and (place.country, place.city) == ("DZ", "وهران")


def test_a_town_written_without_the_word_is_unchanged() -> None:
    place = _place("เชียงใหม่: ไฟถนน", "เชียงใหม่ — สำนักงานจังหวัดติดตั้งไฟถนน 100 ต้น")
    assert place is not None and (place.country, place.city) == ("TH", "เชียงใหม่")


# --- a shared currency and the country named ---------------------------------------------------------------------

def test_a_country_named_whose_currency_the_money_is_in() -> None:
    place = _place("Tarawa: police CCTV", "The Kiribati Police Service installed 20 CCTV cameras in South Tarawa "
                   "for A$300,000, supplied by Lagoon Secure Pty Ltd.")
    assert place is not None and (place.country, place.city) == ("KI", "Tarawa")


def test_the_currency_alone_still_names_its_issuer() -> None:
    place = _place("Council cameras", "The council bought 20 CCTV cameras for A$300,000 from Lagoon Secure Pty Ltd.")
    assert place is None or place.country == "AU"


# --- a known country's town inside a longer phrase; a buyer line's part that names no town ------------------------

def test_the_known_countrys_town_inside_a_longer_phrase() -> None:
    place = _place("Colombo Port City: gate cameras", "The Port City Colombo Zone Office paid LKR 40 million to "
                   "Serendib Gate Tech (Pvt) Ltd for ANPR gates shared with the Sri Lanka Police.")
    assert place is not None and (place.country, place.city) == ("LK", "Colombo")


def test_a_town_of_another_country_in_the_phrase_is_still_not_taken() -> None:
    place = _place("Port City: gate cameras", "The Port City Zone Office paid LKR 40 million to Serendib Gate Tech "
                   "(Pvt) Ltd for ANPR gates shared with the Sri Lanka Police.")
    assert place is None or (place.country == "LK" and place.city is None)


def test_a_suppliers_name_in_the_buyer_line_is_no_stated_town() -> None:
    place = _place("Port Louis: police ANPR", "PORT LOUIS - The Mauritius Police Force extended its camera system "
                   "with 80 ANPR cameras for Rs 120 million; Dodo Systems (Mauritius) Co. Ltd remains the contractor.")
    assert place is not None and (place.country, place.city) == ("MU", "Port Louis")


# --- a royal title before a name: a person, not a town ------------------------------------------------------------

def test_a_name_after_a_royal_title_is_no_town() -> None:
    place = _place("Hospital monitors", "The Queen Elizabeth Hospital in Bridgetown has received 30 bedside "
                   "monitors worth BDS$0.9 million.")
    assert place is not None and (place.country, place.city) == ("BB", "Bridgetown")


def test_a_town_whose_name_opens_with_a_royal_title_stays() -> None:
    place = _place("Prince George: cameras", "PRINCE GEORGE — The city council approved C$400,000 for 20 CCTV "
                   "cameras downtown.")
    assert place is not None and (place.country, place.city) == ("CA", "Prince George")
