"""Round 36 (scripts): towns outside China written in their own script and in a case of their own language.

Families: a Greek town in the genitive, as a municipality names it ("Δήμος Πατρέων", "Δήμος Λάρισας", "Δήμου
Ηρακλείου"), reported in Greek in its nominative; an Armenian town ending in -ի written with -ու / -ում
("Գյումրու քաղաքապետարան", "Գյումրում"); one Azerbaijani name that GeoNames gives two towns of one country, read as
the town whose region bears that name ("Gəncə şəhər İcra Hakimiyyəti": Ganja, not Yevlakh). Negatives: common Greek
genitives and Armenian words (կենտրոն, "centre", also a district of Yerevan) are no towns; "León, Guanajuato" stays
León.
"""
from __future__ import annotations

import unicodedata

import pytest

from enrich import enrich


def _place(title: str, body: str) -> dict[str, str | None]:
    place = enrich(title, body).place
    if place is None:
        return {}
    return {"country": place.country, "admin1": place.admin1, "city": place.city}


def _bare(name: str | None) -> str:
    """A name without accents, as the evaluation compares towns (Πατρα == Πάτρα)."""
    return "".join(c for c in unicodedata.normalize("NFKD", name or "") if not unicodedata.combining(c)).casefold()


@pytest.mark.parametrize(("title", "body", "city"), [
    ("Δήμος Πατρέων: νέες κάμερες στην παραλία",
     "Το δημοτικό συμβούλιο του Δήμου Πατρέων ενέκρινε την προμήθεια 30 καμερών από την Ιόνιο Ασφάλεια Ε.Π.Ε.",
     "Πάτρα"),
    ("Δήμος Λάρισας: σύστημα βιντεοεπιτήρησης",
     "Ο Δήμος Λάρισας υπέγραψε σύμβαση 95.000 ευρώ για κάμερες στις εισόδους της πόλης.", "Λάρισα"),
    ("Δήμος Ηρακλείου: κάμερες κυκλοφορίας",
     "Ο Δήμος Ηρακλείου τοποθετεί 12 κάμερες στους κεντρικούς δρόμους, έναντι 60.000 ευρώ.", "Ηρακλειο"),
])
def test_greek_town_in_the_genitive(title: str, body: str, city: str) -> None:
    place = _place(title, body)
    assert place["country"] == "GR"
    assert _bare(place["city"]) == _bare(city)


def test_greek_town_named_as_the_text_writes_it() -> None:
    place = _place("Ο Δήμος Αθηναίων επεκτείνει τις κάμερες",
                   "Με απόφαση του Δήμου Αθηναίων τοποθετούνται 40 κάμερες στο κέντρο της Αθήνας. Αθήνα, 3 Μαρτίου.")
    assert place["country"] == "GR" and place["city"] == "Αθήνα"


def test_common_greek_genitives_are_no_towns() -> None:
    place = _place("Προμήθεια καμερών ασφαλείας",
                   "Η Εταιρεία Υδάτων ανακοινώνει την προμήθεια καμερών ασφαλείας για τα γραφεία της χώρας.")
    assert place.get("city") is None


@pytest.mark.parametrize(("title", "body"), [
    ("Գյումրու քաղաքապետարանը տեսախցիկներ է գնում",
     "Գյումրու քաղաքապետարանը 25 տեսախցիկ է ձեռք բերում «Արփա Համակարգեր» ՍՊԸ-ից՝ 40 մլն դրամով։"),
    ("Գյումրում կտեղադրվեն տեսախցիկներ", "Գյումրում կտեղադրվեն 30 տեսախցիկներ, հայտնում է համայնքապետարանը։"),
])
def test_armenian_town_in_a_case(title: str, body: str) -> None:
    assert _place(title, body) == {"country": "AM", "admin1": "Shirak", "city": "Գյումրի"}


def test_armenian_words_ending_in_u_are_no_towns() -> None:
    place = _place("Տեսախցիկների գնում", "Նախարարությունը գնում է 10 տեսախցիկ ու 2 սերվեր՝ 8 մլն դրամով։")
    assert place.get("city") is None


def test_armenian_word_for_centre_is_no_district() -> None:
    """Կենտրոն is a district of Yerevan and the word for a centre: "in the town centre" is not Yerevan."""
    place = _place("Տեսահսկում քաղաքի կենտրոնում", "Քաղաքի կենտրոնում կտեղադրվեն 30 տեսախցիկներ։")
    assert place.get("city") is None


def test_azerbaijani_name_of_two_towns_is_the_one_whose_region_bears_it() -> None:
    place = _place("Gəncə şəhər İcra Hakimiyyəti kameralar alır",
                   "Gəncə şəhər İcra Hakimiyyəti 60 müşahidə kamerası üçün 900 min manatlıq müqavilə imzalayıb.")
    assert place == {"country": "AZ", "admin1": "Ganja City", "city": "Gəncə"}


def test_town_and_its_state_stay_the_town() -> None:
    place = _place("Compra de cámaras", "El Ayuntamiento de León, Guanajuato, adquiere 200 cámaras por $30 millones.")
    assert place["country"] == "MX" and place["city"] == "León"
