"""Round 31 places outside China (task places31): every sentence here is fictional (invented bodies and firms, real
towns).

Families, each seen on three or more development sets by different writers: an isiZulu municipality named
with its town glued to a locative ("uMasipala waseThekwini", "wase-eThekwini", "waseMsunduzi") is that
town in South Africa; a Kyrgyz municipality named with the word for city ("Ош шаардык мэриясы", "Ош
шаарынын мэриясы") is that town in Kyrgyzstan; Azerbaijani Gəncə is Ganja (GeoNames also gives the name
to Yevlakh); Icelandic "Reykjavíkurborg" (the city of Reykjavík) is Reykjavík; a town before "from
<supplier> Ltd" is no part of the company's name; Hong Kong named only in a Chinese body is the city 香港;
a Philippine city written "Davao City" keeps "City"; local-script names GeoNames lacks (မန္တလေး, សៀមរាប,
បាត់ដំបង, ຫຼວງພະບາງ, ባህር ዳር, አዳማ) are their towns; Tokyo's metropolis 東京都 is labelled by its name 東京.
"""
from __future__ import annotations

from tests.enrich.notice_helpers import quoted_place as _place


def test_isizulu_municipality_with_glued_locative_is_its_town() -> None:
    place = _place("UMasipala waseThekwini uthenga amakhamera",
                   "UMasipala waseThekwini unikeze i-Ndlovu Vision (Pty) Ltd inkontileka ka-R40 million yokufaka "
                   "amakhamera e-CCTV angu-150.")
    assert place is not None and (place.country, place.admin1_code, place.city) == ("ZA", "ZA-KZN", "Durban")


def test_isizulu_municipality_with_hyphenated_locative_is_its_town() -> None:
    place = _place("uMasipala uthenga amamitha",
                   "UMasipala wase-eThekwini uthenge amamitha kagesi angu-2,000 ngo-R12 million.")
    assert place is not None and (place.country, place.city) == ("ZA", "eThekwini")


def test_isizulu_municipality_of_msunduzi_is_pietermaritzburg() -> None:
    place = _place("Amakhamera e-CCTV edolobheni",
                   "uMasipala waseMsunduzi ufake amakhamera e-CCTV angu-90 ngo-R9 million.")
    assert place is not None and (place.country, place.city) == ("ZA", "Pietermaritzburg")


def test_kyrgyz_city_hall_named_with_the_word_for_city_is_its_town() -> None:
    place = _place("Видеокамералар орнотулат",
                   "Ош шаарынын мэриясы 40 видеокамера орнотуу үчүн 12 миллион сомдук келишим түздү.")
    assert place is not None and (place.country, place.city) == ("KG", "Ош")


def test_azerbaijani_ganja_is_one_town() -> None:
    place = _place("Gəncə: kameralar alınıb",
                   "GƏNCƏ — Gəncə Şəhər Nəqliyyat İdarəsi 30 kamera üçün 1,2 milyon manatlıq müqavilə bağlayıb.")
    assert place is not None and (place.country, place.city) == ("AZ", "Gəncə")


def test_icelandic_city_of_reykjavik_is_reykjavik() -> None:
    place = _place("Reykjavíkurborg kaupir myndavélar",
                   "Reykjavíkurborg keypti 12 myndavélar fyrir 9 milljónir króna.")
    assert place is not None and (place.country, place.city) == ("IS", "Reykjavík")


def test_tokyo_metropolis_is_labelled_by_its_name() -> None:
    place = _place("警視庁、防犯カメラを調達",
                   "東京都の警視庁は、防犯カメラ200台を2億円で調達すると発表した。")
    assert place is not None and (place.country, place.city) == ("JP", "東京")


def test_hong_kong_named_only_in_the_body_is_the_city() -> None:
    place = _place("立法會質詢智慧燈柱",
                   "香港立法會議員質詢政府部門是否利用智慧燈柱收集市民資料；當局表示燈柱不設人臉辨識功能。")
    assert place is not None and (place.country, place.city) == ("HK", "香港")


def test_glued_locative_gives_the_nominative_the_notice_writes() -> None:
    place = _place("UMasipala waseThekwini uthenga amakhamera",
                   "UMasipala waseThekwini uthenge amakhamera angu-80 ngo-R7 million. eThekwini.")
    assert place is not None and (place.country, place.city) == ("ZA", "eThekwini")


def test_town_before_the_supplier_introduced_by_from_is_not_part_of_the_company_name() -> None:
    place = _place("Police buys forensic lab",
                   "The Zambia Police Service bought a mobile phone data extraction lab for Lusaka from Kafue Forensic "
                   "Ltd, ZMW 12 million.")
    assert place is not None and (place.country, place.city) == ("ZM", "Lusaka")


def test_philippine_city_written_with_city_keeps_it() -> None:
    place = _place("Davao City Government buys CCTV",
                   "The Davao City Government awarded Mindanao Lens Corp. a PHP 48 million contract for 300 cameras.")
    assert place is not None and (place.country, place.city) == ("PH", "Davao City")


def test_philippine_city_written_without_city_stays_as_written() -> None:
    place = _place("City Government of Davao buys CCTV",
                   "The City Government of Davao awarded Mindanao Lens Corp. a PHP 48 million contract for 300 "
                   "cameras.")
    assert place is not None and (place.country, place.city) == ("PH", "Davao")


def test_burmese_title_opening_with_mandalay_is_mandalay() -> None:
    place = _place("မန္တလေး: ရဲတပ်ဖွဲ့ ကင်မရာ ဝယ်ယူ",
                   "မန္တလေးတိုင်းဒေသကြီး ရဲတပ်ဖွဲ့သည် ကင်မရာ ၁၀၀ လုံးကို ကျပ် ၂ ဘီလီယံဖြင့် ဝယ်ယူခဲ့သည်။")
    assert place is not None and (place.country, place.city) == ("MM", "မန္တလေး")


def test_khmer_title_opening_with_battambang_is_battambang() -> None:
    place = _place("បាត់ដំបង៖ ស្នងការដ្ឋាននគរបាលទិញកាមេរ៉ា",
                   "ស្នងការដ្ឋាននគរបាលខេត្តបាត់ដំបង បានទិញកាមេរ៉ាចំនួន ៣០ គ្រឿង តម្លៃ ២០០,០០០ ដុល្លារ។")
    assert place is not None and (place.country, place.city) == ("KH", "បាត់ដំបង")


def test_amharic_dateline_bahir_dar_is_bahir_dar() -> None:
    place = _place("የባህር ዳር ከተማ ካሜራዎች ገዛ",
                   "ባህር ዳር — የከተማ አስተዳደሩ 50 ካሜራዎችን በ12 ሚሊዮን ብር ገዝቷል።")
    assert place is not None and (place.country, place.city) == ("ET", "ባህር ዳር")
