"""Round 37: a company disclosure's named customer is its buyer and places it; a customer named by kind or region, a
disclosure naming no customer and the filer's own offices give no buyer and no place (tests/eval/README.md, labelling
rule "Budgets of failed tenders; customers in disclosures; …", part 2). Sentences written for these tests."""
from __future__ import annotations

import pytest

from enrich import enrich


def _buyer_and_place(title: str, body: str, source: str = "import") -> tuple[str | None, tuple | None]:
    result = enrich(title, body, source=source)
    buyers = [p.name for p in result.parties if p.role == "buyer"]
    place = result.place
    return (buyers[0] if buyers else None,
            (place.country, place.admin2 if place.country == "CN" else place.city) if place else None)


@pytest.mark.parametrize(("title", "body", "source", "buyer", "place"), [
    ("Form 8-K — Item 1.01 — Corvex Imaging, Inc.",
     "On February 2, 2027, Corvex Imaging, Inc. signed a $4.2 million agreement with the City of Tacoma, Washington, "
     "to install 300 street cameras and a video management system.", "sec_edgar", "City of Tacoma", ("US", "Tacoma")),
    ("Form 8-K — Item 8.01 — Ostrava Vision Holdings, Inc.",
     "Ostrava Vision Holdings, Inc. entered into a master services agreement with the County of Maricopa for a "
     "real-time crime center platform. The cameras will be installed by our partner Desert Wiring LLC.", "sec_edgar",
     "County of Maricopa", ("US", None)),
    ("Vigimétropole SA — Document d'enregistrement universel 2026",
     "La société a signé un contrat avec la Ville de Nantes pour le déploiement de 180 caméras de vidéoprotection et "
     "d'un centre de supervision urbain.", "import", "Ville de Nantes", ("FR", "Nantes")),
    ("Centinela Sur S.A. — Memoria anual 2026",
     "Durante el ejercicio la compañía firmó un contrato con la Municipalidad de Trujillo para instalar 220 cámaras "
     "de videovigilancia.", "import", "Municipalidad de Trujillo", ("PE", "Trujillo")),
    ("Wachtturm Systeme AG — Geschäftsbericht 2026",
     "Im Berichtsjahr erhielten wir einen Auftrag der Stadt Dortmund über 140 Videoüberwachungskameras für "
     "Bahnhofsvorplätze.", "import", "Stadt Dortmund", ("DE", "Dortmund")),
    ("北辰智视科技股份有限公司关于签订日常经营重大合同的公告",
     "公司近日与常州市公安局武进分局签订《武进区视频监控联网建设项目合同》，合同金额为人民币6,420万元。", "cninfo",
     "常州市公安局武进分局", ("CN", "常州市")),
    ("华衡信用科技股份有限公司关于中标项目的公告",
     "公司中标韶关市浈江区发展和改革局“社会信用体系建设项目”，中标金额1,260万元，内容包括信用积分与失信联合惩戒系统。",
     "cninfo", "韶关市浈江区发展和改革局", ("CN", "韶关市")),
    ("株式会社ミナトアイ 有価証券報告書", "当社は当連結会計年度に横浜市から防犯カメラ300台を受注しました。", "import",
     "横浜市", ("JP", "横浜市")),
    ("㈜한누리비전 사업보고서", "당사는 2026년 수원시와 CCTV 통합관제센터 구축 계약을 체결하였다.", "import", "수원시",
     ("KR", "수원시")),
])
def test_named_customer_is_buyer_and_place(title: str, body: str, source: str, buyer: str, place: tuple) -> None:
    got_buyer, got_place = _buyer_and_place(title, body, source)
    assert got_buyer == buyer
    assert got_place is not None and got_place[0] == place[0]
    if place[1] is not None:
        assert got_place[1] == place[1]


@pytest.mark.parametrize(("title", "body", "source"), [
    # a customer named only by kind or region
    ("Form 10-Q — Halden Sight Corp.", "During the quarter we delivered body-worn cameras to a municipal customer in "
     "the Midwest. No single customer exceeded 10% of revenue.", "sec_edgar"),
    ("Vigimétropole SA — Rapport annuel 2026", "La société commercialise des caméras de vidéoprotection auprès de "
     "collectivités ; un client municipal du sud-ouest a renouvelé sa commande.", "import"),
    ("北辰智视科技股份有限公司关于签订日常经营重大合同的公告",
     "公司近日与某省某市公安局签订视频监控建设合同，合同金额为人民币3,100万元。", "cninfo"),
    ("北辰智视科技股份有限公司2026年年度报告", "公司为各地公安机关提供视频结构化平台，客户覆盖多地政府。", "cninfo"),
    ("㈜한누리비전 사업보고서", "당사는 지자체 고객에게 CCTV 영상분석 솔루션을 공급한다.", "import"),
    # no customer; the filer's own offices and its contract manufacturer
    ("Form 10-K — Item 2. Properties — Halden Sight Corp.", "Our headquarters are in Austin, Texas, and we lease "
     "offices in Denver, Colorado. We sell video surveillance cameras to police agencies.", "sec_edgar"),
    ("Form 10-K — Risk Factors — Skylark Optics Inc.", "Our gimbal cameras are built by a contract manufacturer in "
     "Taiwan. We sell drones that stream video to police commanders.", "sec_edgar"),
    ("Annual Report 2026 — Karoo Watch Holdings (JSE)", "Karoo Watch Holdings monitors CCTV for residential estates "
     "in Gauteng from our own control rooms.", "import"),
    ("Spreeblick Sicherheit AG — Geschäftsbericht 2026", "Die Gesellschaft verkauft Videoüberwachungstechnik an "
     "Kommunen. Das Projekt in Potsdam wurde mit unserem Partner umgesetzt.", "import"),
])
def test_no_named_customer_no_buyer_no_place(title: str, body: str, source: str) -> None:
    assert _buyer_and_place(title, body, source) == (None, None)


def test_filer_is_never_buyer_but_its_customer_is() -> None:
    buyer, place = _buyer_and_place(
        "Tidewater Secure Group — Annual Report", "Tidewater installed 900 cameras for the City of Savannah under a "
        "three-year contract; the poles were erected by our subcontractor Coastal Poles LLC.", "import")
    assert buyer == "City of Savannah"
    assert place == ("US", "Savannah")


def test_partner_subcontractor_or_company_is_never_buyer() -> None:
    result = enrich("Form 8-K — Halcyon Grid Inc.", "Halcyon Grid Inc. entered into a subcontract with Motorola "
                    "Solutions, Inc. under which Halcyon will install plate readers for the Ohio Department of Public "
                    "Safety.", source="sec_edgar")
    buyers = [p.name for p in result.parties if p.role == "buyer"]
    assert buyers == ["Ohio Department of Public Safety"]


def test_tender_notice_keeps_its_buyer() -> None:
    result = enrich("Invitation to tender: CCTV extension", "Buyer: Borough of Tamworth Council\nThe council invites "
                    "tenders for 40 cameras; an agreement with the City of Lichfield covers shared monitoring.")
    buyers = [p.name for p in result.parties if p.role == "buyer"]
    assert buyers == ["Borough of Tamworth Council"]
