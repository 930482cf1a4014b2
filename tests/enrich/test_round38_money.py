"""Round 38 (money): a sum a council, board, court or legislature refused headlines nothing; one approved, deferred,
sent back or kept after a rejected bid keeps its amount (tests/eval/README.md, "Gathering alerts; …; rejected
proposals; …" (4); enrich/money/refused_sums.py). Sentences written for this test, not taken from any set."""
from __future__ import annotations

from decimal import Decimal

import pytest

from enrich import enrich

REFUSED = [
    ("en", "Council turns down police camera request",
     "The Brookfield City Council voted 5-2 on Tuesday to reject the police department's request for $480,000 to buy "
     "facial recognition cameras for the downtown area."),
    ("en", "Mayor vetoes surveillance camera budget",
     "Mayor Ellen Park vetoed a $650,000 budget item that would have funded 40 new CCTV cameras for the Eastside "
     "police precinct."),
    ("en", "Court strikes down drone camera contract",
     "A state court struck down the Riverside city council's $2.3 million contract for aerial surveillance cameras, "
     "ruling the procurement unlawful."),
    ("de", "Stadtrat: keine Kameras am Bahnhof",
     "Der Stadtrat von Leipzig hat den Antrag auf Videoüberwachung am Hauptbahnhof für 850.000 Euro mehrheitlich "
     "abgelehnt."),
    ("it", "Telecamere, no del consiglio",
     "Il consiglio comunale di Bologna ha bocciato la proposta di spendere 600.000 euro per telecamere di "
     "videosorveglianza con riconoscimento facciale."),
    ("nl", "Geen extra camera's in Utrecht",
     "De gemeenteraad van Utrecht heeft het voorstel om 450.000 euro uit te geven aan extra cameratoezicht "
     "verworpen."),
    ("fr", "Lyon : pas de caméras supplémentaires",
     "Le conseil municipal de Lyon a refusé un crédit de 1,4 million d'euros pour des caméras de vidéoprotection "
     "dans le 7e arrondissement."),
    ("zh", "某市人脸识别项目预算未获批准",
     "某市人大常委会否决了市公安局提交的人脸识别系统建设项目预算，该项目预算金额为860万元。"),
    ("ko", "지능형 CCTV 예산 본회의 통과 못해",
     "서울 마포구의회는 구청이 제출한 지능형 CCTV 설치 예산 12억원을 본회의에서 부결했다."),
    ("ja", "顔認証カメラの予算認められず",
     "大阪市議会は、市が提出した顔認証カメラ導入費3億円を含む補正予算案を否決した。"),
]

KEPT = [
    ("en", "Council approves police cameras",
     "The Brookfield City Council voted 5-2 on Tuesday to approve the police department's request for $480,000 to buy "
     "CCTV cameras for the downtown area.", Decimal(480000)),
    ("en", "Vote on plate readers delayed",
     "The Marion County Board of Supervisors deferred a vote on a proposal to spend $1.2 million on automated license "
     "plate readers until next month.", Decimal(1200000)),
    ("en", "Camera plan sent back to staff",
     "The Lakeside city commission sent the $900,000 CCTV expansion plan back to staff, asking for more detail on data "
     "retention before a final vote.", Decimal(900000)),
    ("en", "Police award CCTV contract",
     "The Harbor City Police Department rejected a bid from Nortel Vision as non-compliant and awarded the CCTV "
     "contract to SecureCam Ltd for $310,000.", Decimal(310000)),
    ("en", "Town renews camera upkeep",
     "The Select Board agreed to pay $58,000 for another year of camera maintenance but rejected the optional plate "
     "reading module.", Decimal(58000)),
    ("fr", "Annecy renouvelle ses caméras",
     "Le conseil municipal d'Annecy a refusé la reconnaissance faciale, mais a voté 640 000 euros pour remplacer 50 "
     "caméras de vidéoprotection.", Decimal(640000)),
    ("zh", "人脸识别闸机采购成交公告",
     "采购人：某区人民医院。成交供应商：某某电子有限公司。另一家供应商报价未通过符合性审查。成交金额：52万元。",
     Decimal(520000)),
    ("en", "County buys a blacklist system",
     "The county bought a joint punishment system, so that listed persons are refused permits, for $290,000.",
     Decimal(290000)),
]


@pytest.mark.parametrize(("language", "title", "body"), REFUSED)
def test_a_refused_proposal_headlines_no_amount(language: str, title: str, body: str) -> None:
    assert enrich(title, body, language=language).headline_amount is None


@pytest.mark.parametrize(("language", "title", "body", "value"), KEPT)
def test_an_approved_deferred_or_bid_rejected_purchase_keeps_its_amount(language: str, title: str, body: str,
                                                                         value: Decimal) -> None:
    headline = enrich(title, body, language=language).headline_amount
    assert headline is not None and headline.value == value


def test_a_cancelled_tender_still_headlines_no_budget() -> None:
    e = enrich("City cancels tender for CCTV cameras",
               "The City of Oakridge has cancelled its tender for 60 CCTV cameras, budgeted at $420,000, after all "
               "bids exceeded the budget.", language="en")
    assert e.headline_amount is None


def test_an_html_label_cell_with_its_unit_prices_the_next_cell() -> None:
    body = ("<table><tr><td>采购人</td><td>某县公安局</td></tr>"
            "<tr><td>成交金额（元）</td><td>&nbsp;1,086,400.00</td></tr><tr><td>数量（台）</td><td>36</td></tr></table>")
    headline = enrich("某县公安局视频监控设备采购成交公告", body, language="zh").headline_amount
    assert headline is not None and headline.value == Decimal(1086400) and headline.currency == "CNY"
    en = enrich("Award notice", "<table><tr><th>Award amount (USD)</th><td>245,300.00</td></tr></table>",
                language="en").headline_amount
    assert en is not None and en.value == Decimal(245300) and en.currency == "USD"


def test_an_html_quantity_cell_is_no_money() -> None:
    body = "<table><tr><td>摄像机数量（台）</td><td>120</td></tr><tr><td>工期（天）</td><td>90</td></tr></table>"
    assert enrich("某县公安局视频监控补点项目", body, language="zh").headline_amount is None
