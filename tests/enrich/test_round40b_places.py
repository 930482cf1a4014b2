"""Round 40b (places): national bodies placed in their country (a parliament, an audit board, a rights commission, a
prison service, an emergency service), customers a company's filing names after their state, in German verb-second
order and as the subject of a Japanese or Korean sentence, and Korean 예산 (budget) read as no town. Sentences
written for these tests, not taken from the labelled sets."""
from __future__ import annotations

import pytest

from enrich import enrich


def _place(title: str, body: str) -> tuple[str | None, str | None]:
    place = enrich(title, body).place
    return (place.country, place.city) if place is not None else (None, None)


def _buyer(title: str, body: str) -> str | None:
    return next((p.name for p in enrich(title, body).parties if p.role == "buyer"), None)


@pytest.mark.parametrize(("title", "body", "country"), [
    ("Bundestag streitet über Videoüberwachung",
     "Im Bundestag wurde über automatische Gesichtserkennung an Flughäfen gestritten; beschlossen wurde nichts.", "DE"),
    ("Federal Bureau of Prisons orders body scanners",
     "The Federal Bureau of Prisons ordered 12 body scanners for contraband phones. Amount: $640,000.", "US"),
    ("ECU 911 renueva su centro de monitoreo",
     "El ECU 911 renovó los monitores de su sala de videovigilancia. Valor: USD 310.000.", "EC"),
    ("국가인권위원회, 지하철 얼굴인식 중단 권고",
     "국가인권위원회는 지하철 역사의 얼굴인식 카메라 운영을 중단하라고 권고했다.", "KR"),
    ("감사원, 교통 CCTV 점검",
     "감사원은 도로 교통 CCTV 관제 실태를 점검하고 결과를 공개했다.", "KR"),
])
def test_national_body_places_its_country(title: str, body: str, country: str) -> None:
    assert _place(title, body)[0] == country


@pytest.mark.parametrize(("title", "body"), [
    # 감사원칙 (audit principles) is no Board of Audit and Inspection; 예산 (budget) is no town
    ("CCTV 운영 지침", "회사는 내부 감사원칙에 따라 CCTV 운영 예산을 점검했다."),
    ("Bundestagswahl: Plakate", "Zur Bundestagswahl hängen Plakate; eine Firma verkauft Kameras an Private."),
])
def test_no_national_body_in_other_words(title: str, body: str) -> None:
    assert _place(title, body) == (None, None)


def test_korean_budget_is_no_town() -> None:
    held = _place("경찰청, 얼굴인식 도입 보류", "경찰청은 얼굴인식 시스템 도입을 보류했고 관련 예산을 집행하지 "
                  "않았다.")
    assert held[1] != "예산"
    assert _place("예산군, 방범 CCTV 구매", "예산군은 방범용 CCTV 30대를 구매했다. 계약금액 2억 원.")[1] == "예산군"


@pytest.mark.parametrize(("title", "body", "buyer", "city"), [
    ("Form 10-K — Ridgeline Optics, Inc.",
     "We sell plate reader cameras. In fiscal 2026 the City of Spokane, Washington deployed our readers citywide "
     "under a two-year contract valued at $1.9 million.", "City of Spokane", "Spokane"),
    ("Geschäftsbericht 2026 der Weserblick Sicherheitstechnik AG",
     "Wir liefern Videoüberwachung. Im Berichtsjahr hat die Stadt Oldenburg unsere Kameras für den Bahnhof "
     "bestellt (Auftragswert 0,9 Mio. EUR).", "Stadt Oldenburg", "Oldenburg"),
    ("有価証券報告書（2026年3月期）株式会社北斗ビジョン",
     "当社は監視カメラを製造しております。当期、札幌市交通局に顔認証ゲートを納入いたしました"
     "（契約金額 1億2,000万円）。",
     "札幌市交通局", "札幌市"),
    ("㈜누리비전 분기보고서",
     "당사는 영상분석 솔루션을 판매하며, 이번 분기 대구광역시 수성구가 당사 솔루션을 도입했다(계약금액 9억 원).",
     "대구광역시 수성구", "대구광역시"),
])
def test_disclosure_customer_and_its_place(title: str, body: str, buyer: str, city: str) -> None:
    assert _buyer(title, body) == buyer
    assert _place(title, body)[1] == city


@pytest.mark.parametrize(("title", "body", "not_buyer"), [
    # the filer's own seat, a city that only published a study, a customer by its kind: no customer read
    ("Form 10-K — Ridgeline Optics, Inc.",
     "We are headquartered in Austin, Texas and sell plate reader cameras to municipal customers.", "Austin"),
    ("Geschäftsbericht 2026 der Weserblick Sicherheitstechnik AG",
     "Im Berichtsjahr hat die Stadt Oldenburg ein Gutachten veröffentlicht; unsere Umsätze stiegen.",
     "Stadt Oldenburg"),
    ("㈜누리비전 분기보고서", "당사는 영상분석 솔루션을 판매하며, 이번 분기 지자체 고객이 당사 솔루션을 "
     "도입했다.", "지자체 고객"),
])
def test_no_customer_read(title: str, body: str, not_buyer: str) -> None:
    buyer = _buyer(title, body)
    assert buyer is None or not_buyer not in buyer


@pytest.mark.parametrize(("body", "country", "city"), [
    # a newspaper's state abbreviation after a town picks the US town over its bigger namesake abroad
    ("Town of Greenwich, Conn., Police Department seeks bids for 25 CCTV cameras. Estimated budget: $190,000.",
     "US", "Greenwich"),
    ("Greenwich Council buys 25 CCTV cameras for £190,000.", "GB", None),
    # CABA, as Argentine addresses write Buenos Aires; a Philippine Caba stays Philippine
    ("Ministerio de Seguridad (Av. Belgrano 1100, CABA) adjudicó 300 cámaras. Monto: $ 86.000.000.", "AR", "CABA"),
    ("The Municipality of Caba, La Union awarded 20 CCTV cameras for PHP 2,400,000.", "PH", "Caba"),
])
def test_town_read_in_its_own_country(body: str, country: str, city: str | None) -> None:
    place = _place("Cameras", body)
    assert place[0] == country
    assert city is None or place[1] == city
