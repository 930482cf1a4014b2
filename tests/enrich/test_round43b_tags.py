"""Round 43b (tags): plate-reading cameras named in one phrase in sq, el, az and tr are `vehicle_recognition`, not
`cctv` (README: "Dedicated plate readers alone … do not"), also when the headline names them again as bare cameras;
and an explainer in es, pt, fr, it or de that names no body is tagged with nothing (README rule of 02:03). Every
input is fictional."""
from __future__ import annotations

import pytest

from enrich import enrich


def _tags(title: str, body: str, language: str | None = None) -> dict[str, list[str]]:
    result = enrich(title, body, language=language)
    text = f"{title}\n{body}"
    found: dict[str, list[str]] = {}
    for tag in result.tags:
        assert text[tag.evidence.start:tag.evidence.end] == tag.evidence.text  # the evidence is quoted from the text
        found.setdefault(tag.taxonomy_id, []).append(tag.evidence.text)
    return found


@pytest.mark.parametrize(("title", "body", "language"), [
    ("Bashkia Korçë – kamera",
     "Bashkia Korçë blen 60 kamera me lexim targash për hyrjet e qytetit, 90 milionë lekë.", "sq"),
    ("Policia e Elbasanit – kamera të reja",
     "Policia e Elbasanit vendos 35 kamera që lexojnë targat e automjeteve, kontratë 48 milionë lekë.", "sq"),
    ("Δήμος Πάτρας – κάμερες",
     "Ο Δήμος Πατρέων αναθέτει 1,1 εκατ. ευρώ για 40 κάμερες αναγνώρισης πινακίδων στις εισόδους της πόλης.", "el"),
    ("Gəncə şəhər Polis İdarəsi – kameralar",
     "Gəncə şəhər Polis İdarəsi 120 nömrə tanıma kamerası alır, 7 milyon manat.", "az"),
    ("Bursa Emniyeti – kameralar",
     "Bursa Emniyet Müdürlüğü 60 plaka tanıma kamerası için 21 milyon TL'lik sözleşme imzaladı.", "tr"),
])
def test_plate_cameras_alone_are_no_cctv(title: str, body: str, language: str) -> None:
    tags = _tags(title, body, language)
    assert "vehicle_recognition" in tags
    assert "cctv" not in tags


@pytest.mark.parametrize(("title", "body", "language"), [
    ("Bashkia Korçë – kamera",
     "Bashkia Korçë blen 200 kamera të vëzhgimit dhe 60 kamera me lexim targash, 190 milionë lekë.", "sq"),
    ("Δήμος Πάτρας – κάμερες",
     "Ο Δήμος Πατρέων αγοράζει κάμερες ασφαλείας για το κέντρο και κάμερες αναγνώρισης πινακίδων, 2 εκατ. ευρώ.",
     "el"),
])
def test_other_cameras_beside_plate_cameras_stay_cctv(title: str, body: str, language: str) -> None:
    tags = _tags(title, body, language)
    assert "cctv" in tags


@pytest.mark.parametrize(("title", "body", "language"), [
    ("Explicador: ¿cómo funciona el reconocimiento facial en vivo?",
     "El reconocimiento facial en vivo compara los rostros que pasan frente a una cámara con una lista de vigilancia.",
     "es"),
    ("Explication : la vidéosurveillance algorithmique",
     "La vidéosurveillance algorithmique analyse les images des caméras pour repérer des événements.", "fr"),
    ("Explicador: o que é a leitura de placas?",
     "Câmeras de leitura de placas transformam as placas dos veículos em texto e comparam com listas.", "pt"),
    ("Spiegazione: come funziona la videosorveglianza intelligente",
     "La videosorveglianza intelligente usa algoritmi per riconoscere eventi nelle immagini delle telecamere.", "it"),
])
def test_explainers_are_tagged_with_nothing(title: str, body: str, language: str) -> None:
    assert _tags(title, body, language) == {}


def test_a_purchase_headed_explained_keeps_its_tags() -> None:
    tags = _tags("Explicación: qué compró la Alcaldía de Pradera",
                 "La Alcaldía de Pradera compró 80 cámaras de videovigilancia por $950 millones a Andina Video S.A.S.",
                 "es")
    assert "cctv" in tags


def test_japanese_automatic_plate_reader_is_vehicle_recognition() -> None:
    tags = _tags("仙台市役所 ナンバープレート自動読取装置 導入",
                 "発注者：仙台市役所。落札者：株式会社東北ビジョン。落札金額：3,200万円。市営駐車場の入出庫記録を宮城県警察に提供する。",
                 "ja")
    assert tags.get("vehicle_recognition") == ["ナンバープレート自動読取"]


def test_arabic_bird_reserve_cameras_are_no_cctv() -> None:
    assert "cctv" not in _tags("بلدية العين – كاميرات مراقبة الحياة البرية",
                               "بلدية العين تشتري كاميرات لمراقبة الطيور في محمية جبل حفيت بقيمة 210 ألف درهم.", "ar")


def test_arabic_street_surveillance_cameras_stay_cctv() -> None:
    assert "cctv" in _tags("بلدية العين – كاميرات مراقبة",
                           "بلدية العين تشتري 120 كاميرات مراقبة للشوارع والأسواق بقيمة 2 مليون درهم.", "ar")
