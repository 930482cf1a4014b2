"""Round 36b, places: a country written as a public body's seat ("<body> of / in / du / de <country>") places the
notice in that country; a purchase priced in a language of one country whose buyer was not read is placed in that
country; a Japanese or Korean company filing is placed nowhere by its language."""
from __future__ import annotations

import pytest

from enrich import enrich
from enrich.places.body_seat import seat_clues


def _country(title: str, body: str) -> str | None:
    place = enrich(title=title, body=body).place
    return place.country if place is not None else None


@pytest.mark.parametrize("title, body, country", [
    ("Licence plate readers for highway patrol",
     "The National Highway Authority in Bhutan ordered 20 plate readers from Thimphu Traffic Systems for Nu 9 million.",
     "BT"),
    ("Caméras de vidéoprotection aux frontières",
     "Le Ministère de l'Intérieur du Maroc a commandé 120 caméras thermiques pour 30 millions de dirhams.", "MA"),
    ("Committee briefed on airport face scanning",
     "The Portfolio Committee of the Parliament of South Africa was briefed on facial recognition at airports.", "ZA"),
])
def test_country_written_as_a_bodys_seat(title: str, body: str, country: str) -> None:
    assert _country(title, body) == country


@pytest.mark.parametrize("text, found", [
    ("the Road Safety Authority of Ireland", ["IE"]),
    ("la Policía Nacional de Colombia", ["CO"]),
    ("Gouvernement du Sénégal", ["SN"]),
    # a vendor's home or a scene is no body's seat
    ("cameras made by a firm in Israel", []),
    ("Hikvision of China", []),
    ("the Department of Homeland Security", []),
])
def test_seat_clues(text: str, found: list[str]) -> None:
    assert [code for code, _ in seat_clues(text)] == found


@pytest.mark.parametrize("title, body, country", [
    ("רכש מצלמות גוף", 'משטרת ישראל – מחוז מרכז רכשה 400 מצלמות גוף ב-3 מיליון ש"ח.', "IL"),
    ("교통 단속 카메라 도입", "경찰청 교통국은 과속 단속 카메라 50대를 12억 원에 구매했다.", "KR"),
])
def test_priced_purchase_in_a_language_of_one_country(title: str, body: str, country: str) -> None:
    assert _country(title, body) == country


@pytest.mark.parametrize("title, body", [
    # a company's own filing names no buyer and no place of a purchase
    ("株式会社サクラ映像　有価証券報告書（事業の内容）",
     "当社グループは監視カメラ及び顔認証システムの開発・販売を行っており、売上高は12億円であります。"),
    ("(주)한결시큐리티 사업보고서", "당사는 CCTV 카메라와 영상분석 소프트웨어를 제조·판매하며 매출액은 85억 원이다."),
])
def test_company_filings_stay_unplaced(title: str, body: str) -> None:
    assert _country(title, body) is None


@pytest.mark.parametrize("title, body, country", [
    # a company's own report taken from its site: its seat, markets and a partner's project town are no place
    ("Brightfield Optics Ltd — Annual Report (Kenya)",
     "Brightfield sells thermal cameras to retailers. The Mombasa port project was delivered with our partner Coast "
     "Integrators, which installed the cameras for us.", None),
    ("Nordlicht Sicherheit GmbH — Halbjahresbericht 2026",
     "Nordlicht vertreibt Kameras. Das Projekt in Dresden wurde mit unserem Partner Elbe Netz umgesetzt.", None),
    # not a company's report: an audit office's annual report on a city keeps its place
    ("National Audit Office of Kenya — annual report on Nairobi traffic cameras",
     "The Nairobi City County Government bought 300 traffic cameras for KSh 450 million in 2025.", "KE"),
])
def test_company_reports_known_by_their_headline(title: str, body: str, country: str | None) -> None:
    assert _country(title, body) == country


@pytest.mark.parametrize("text, found", [
    ("the Cherokee County Sheriff's Office in Georgia", []),  # a US state, not the country
    ("o Ministério da Saúde de Guiné-Bissau", []),  # not Guinea
    ("o Ministério do Interior de Angola", ["AO"]),
])
def test_seat_clues_not_a_state_or_a_part_of_a_name(text: str, found: list[str]) -> None:
    assert [code for code, _ in seat_clues(text)] == found
