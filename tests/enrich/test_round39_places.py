"""Round 39 (places): towns the world gazetteer lacked (enrich/data/extra_towns.csv), districts' cities it missed
(enrich/data/city_districts.csv), a region named by its seat's own words, Russian two-word towns declined, the
Czech genitive of towns in -eň/-ec, and Polish "główna" as no town. Sentences are written for this test, not taken
from any labelled set."""
from __future__ import annotations

import pytest

from enrich import enrich
from enrich.places.gazetteer import read_table


def _place(title: str, body: str) -> tuple[str | None, str | None, str | None] | None:
    place = enrich(title, body).place
    return None if place is None else (place.country, place.admin1, place.city)


@pytest.mark.parametrize(("title", "body", "country", "city"), [
    ("Nuevas cámaras en Las Condes", "La Municipalidad de Las Condes contrató 90 cámaras de televigilancia para "
     "sus plazas, por $ 640 millones.", "CL", "Las Condes"),
    ("Bolivia: alcaldía alteña compra cámaras", "El Gobierno Autónomo Municipal de El Alto adjudicó la compra de "
     "300 cámaras para su centro de monitoreo.", "BO", "El Alto"),
    ("Kameras ġodda", "Il-Kunsill Lokali tal-Birgu ta kuntratt għal 12-il kamera tas-sigurtà fil-waterfront.",
     "MT", "Birgu"),
    ("Kameras fit-triq il-kbira", "Il-Kunsill Lokali ta' Ħamrun se jinstalla 30 kamera fit-triq ewlenija għal "
     "€36,000.", "MT", "Ħamrun"),
    ("Akarere ka Huye kaguze camera nshya", "Akarere ka Huye kaguze camera 40 zo gucunga umutekano mu mujyi, "
     "zifite agaciro ka miliyoni 52 Frw.", "RW", "Huye"),
    ("Smart poles", "Dubai Municipality will fit 300 smart poles with cameras along the streets of Deira.",
     "AE", "Dubai"),
    ("Камеры в суде", "Суд в Нижнем Новгороде рассмотрит иск о распознавании лиц в метро.", "RU",
     "Нижний Новгород"),
    ("Kamerový systém", "Magistrát města Plzně rozšíří městský kamerový systém o dalších 40 kamer.", "CZ", None),
    ("Kamery", "Magistrát města Liberce vypsal zakázku na nové kamery u nádraží.", "CZ", None),
])
def test_a_town_written_its_own_way_is_found(title: str, body: str, country: str, city: str | None) -> None:
    place = _place(title, body)
    assert place is not None and place[0] == country
    assert place[2] is not None
    if city is not None:
        assert place[2] == city


def test_the_czech_genitive_reads_the_town() -> None:
    assert (_place("Kamery", "Magistrát města Plzně rozšíří kamerový systém.") or ("", "", ""))[2] in (
        "Plzeň", "Pilsen", "Plzně")
    assert (_place("Kamery", "Magistrát města Liberce koupí kamery.") or ("", "", ""))[2] in ("Liberec", "Liberce")


def test_a_region_named_by_its_seat_is_the_seat() -> None:
    place = _place("La Paz: ministerio y cámaras", "El Ministerio de Gobierno instaló 800 cámaras en La Paz y El "
                   "Alto, enlazadas a un centro de monitoreo.")
    assert place is not None and place[2] == "La Paz"


@pytest.mark.parametrize(("title", "body", "city"), [
    ("Cameras for bus terminals", "The Lagos State Government installed 400 cameras at the bus terminals in Ikeja, "
     "worth NGN 3 billion.", "Ikeja"),
    ("Câmeras no estádio", "A Secretaria de Segurança Pública do Rio Grande do Sul instalou 200 câmeras no estádio "
     "de Porto Alegre, por R$ 4 milhões.", "Porto Alegre"),
])
def test_a_region_in_its_own_words_still_confirms_its_town(title: str, body: str, city: str) -> None:
    place = _place(title, body)
    assert place is not None and place[2] == city


def test_a_town_with_its_region_after_it_is_still_confirmed() -> None:
    place = _place("Cámaras", "El municipio de San Pedro Cholula, Puebla, instaló 120 cámaras en el centro.")
    assert place is None or place[0] == "MX"


@pytest.mark.parametrize(("title", "body"), [
    ("Drony dla policji", "Komenda Główna Policji kupuje 40 dronów z kamerami termowizyjnymi."),
    ("Monitoring dworca", "Na Dworcu Głównym zamontowano 60 nowych kamer."),
])
def test_polish_glowna_is_no_town(title: str, body: str) -> None:
    place = _place(title, body)
    assert place is None or place[2] != "Głowno"


def test_glowno_written_in_full_still_resolves() -> None:
    place = _place("Kamery", "Urząd Miejski w Głownie kupi kamery do monitoringu.")
    assert place is not None and place[2] == "Głowno"


def test_an_old_russian_adjective_region_is_not_its_city() -> None:
    place = _place("Биометрия", "Краснодарский край: в отделах полиции начали сбор биометрии.")
    assert place is None or place[2] != "Краснодар"


def test_every_reviewed_row_cites_its_source() -> None:
    for name in ("extra_towns.csv", "city_districts.csv"):
        for row in read_table(name):
            assert row["citation"].startswith("https://"), row
