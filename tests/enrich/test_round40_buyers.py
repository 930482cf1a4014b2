"""Round 40 (buyers): customers a company's filing names, read from more verbs and more kinds of filing; 的 before a
Chinese buyer read from prose. Sentences written for these tests, not taken from the labelled sets."""
from __future__ import annotations

import pytest

from enrich import enrich


def _buyer(title: str, body: str, source: str | None = None) -> str | None:
    result = enrich(title, body, source=source)
    return next((p.name for p in result.parties if p.role == "buyer"), None)


@pytest.mark.parametrize(("title", "body", "buyer"), [
    # an exchange announcement or a press release is a filing: the customer that ordered or contracted is the buyer
    ("ASX announcement – Harbour Optics Ltd",
     "Harbour Optics Ltd advises that Tasmania Police has ordered 80 of its in-car plate reader units.",
     "Tasmania Police"),
    ("NSE filing – Savanna Vision plc",
     "Savanna Vision plc informs shareholders that Nairobi City County has contracted the company to install 90 CCTV "
     "cameras.", "Nairobi City County"),
    ("Press release – Corvid Analytics plc wins Leeds City Council contract",
     "Corvid Analytics plc announces that Leeds City Council has ordered its video analytics for 150 cameras.",
     "Leeds City Council"),
    # the customer's town in brackets between its name and the verb; a renewed contract
    ("Form 10-K – Northgate Imaging Inc.",
     "During fiscal 2026, Tulsa Police Department (Tulsa, Okla.) deployed our face search platform on 400 cameras.",
     "Tulsa Police Department"),
    ("Form 20-F – Cordillera Biometrics S.A.",
     "During the year the Registro Civil de Bolivia renewed its fingerprint matching contract with us.",
     "Registro Civil de Bolivia"),
    # a list of the filer's customers, in a filing about surveillance
    ("Form 10-K – Northgate Imaging Inc.",
     "Our customers include the Ohio Bureau of Criminal Investigation, which uses our face search on booking photos.",
     "Ohio Bureau of Criminal Investigation"),
    # fr pt es ja zh-Hant zh
    ("Document d'enregistrement universel – Optivue SA",
     "Optivue SA vend des caméras. En 2026, la Ville de Toulon a déployé notre solution de vidéoprotection "
     "sur 60 sites.",
     "Ville de Toulon"),
    ("Formulário de Referência – Olho Vivo S.A.",
     "A Olho Vivo S.A. vende câmeras. Em 2026, a Prefeitura de Curitiba contratou nossa solução de leitura de placas.",
     "Prefeitura de Curitiba"),
    ("Informe anual – Vigía Andina S.A.",
     "Vigía Andina S.A. vende cámaras. En 2026 la Municipalidad de Arequipa ha renovado su contrato de "
     "videovigilancia.",
     "Municipalidad de Arequipa"),
    ("有価証券報告書 – 株式会社ヒカリ監視",
     "当社は顔認証システムを販売しています。当期、仙台市交通局が当社の顔認証ゲートを導入しました。", "仙台市交通局"),
    ("鼎睿科技股份有限公司重大訊息公告", "本公司接獲臺中市政府警察局通知，得標「路口監視器汰換案」。",
     "臺中市政府警察局"),
    ("某某科技股份有限公司2026年半年度报告",
     "报告期内，公司中标的喀什市公安局“雪亮工程”人脸抓拍项目已完成交付，部署摄像机300台。", "喀什市公安局"),
])
def test_a_filing_names_its_customer_as_buyer(title: str, body: str, buyer: str) -> None:
    assert _buyer(title, body) == buyer


@pytest.mark.parametrize(("title", "body"), [
    # a customer named by its kind only
    ("Form 10-K – Northgate Imaging Inc.", "Our customers include municipal police agencies across the Midwest."),
    # a company is never a filing's buyer
    ("ASX announcement – Harbour Optics Ltd",
     "Harbour Optics Ltd advises that Brightline Pty Ltd has ordered 80 of its units for resale."),
    ("有価証券報告書 – 株式会社ヒカリ監視",
     "当社は顔認証システムを販売しています。当期、株式会社ミドリ商事が当社の顔認証ゲートを導入しました。"),
    # a customer listed by a filer that sells no surveillance (a hard negative) buys none
    ("Form 10-K – Tidewater Parking Systems, Inc.",
     "Tidewater sells parking guidance signs and bay occupancy sensors that record no plates. Customers include the "
     "City of Norfolk."),
    # a press release that names no customer
    ("Press release – Corvid Analytics plc", "Corvid Analytics plc announces its half-year results; revenue rose 12%."),
])
def test_no_customer_no_buyer(title: str, body: str) -> None:
    assert _buyer(title, body) is None


def test_listed_customer_keeps_no_sentence_dot_and_is_placed() -> None:
    result = enrich("Form 10-K – Northgate Imaging Inc.",
                    "We sell license plate recognition cameras to police. Customers include the City of Raleigh.")
    assert next((p.name for p in result.parties if p.role == "buyer"), None) == "City of Raleigh"
    assert result.place is not None and result.place.country == "US"


def test_a_phrase_before_de_is_cut_from_a_chinese_prose_buyer() -> None:
    body = "经评审，城区视频监控项目的阿克苏市公安局采购需求已确认，中标人为新疆天眼科技有限公司，金额300万元。"
    assert _buyer("城区视频监控项目中标公告", body) == "阿克苏市公安局"


def test_a_report_on_polish_councillors_keeps_its_place() -> None:
    """README 17:37: a text that buys nothing about a named public body is placed where the body is, buyer null."""
    result = enrich("Radni sejmiku debatowali o kamerach na dworcach",
                    "POZNAŃ — Radni sejmiku wielkopolskiego dyskutowali o monitoringu na dworcach; nie podjęto "
                    "uchwały o zakupie.")
    assert next((p.name for p in result.parties if p.role == "buyer"), None) is None
    assert result.place is not None and result.place.country == "PL"


def test_a_statistics_office_report_stays_unplaced() -> None:
    result = enrich("Census report on language groups",
                    "Statistics Lesotho released a report tabulating the population by language group and district.")
    assert next((p.name for p in result.parties if p.role == "buyer"), None) is None
    assert result.place is None
