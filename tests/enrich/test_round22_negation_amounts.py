"""Round 22, negation and amounts.

Negation removes only what it negates: a body that bars, declines, stops or refuses a technology (in English,
Chinese, Finnish, Hebrew, Romanian, Armenian, Hausa, Persian) gets no tag for it, while the near-miss wording keeps
the tag; a headline word that only looks like a withdrawal ("refuse trucks", "rejects challenge", "denies
applicants", "… voted down; … proceeds") withdraws nothing. Amounts: the yen in kanji numerals, OCDS flattened to
dotted paths, currencies written the local way (T$, VT, Nfa, KM before the number), Yoruba and Zulu magnitude words,
and the offer of a second-ranked 中标候选人 on the first's line. Every sentence was written for this file (fictional
bodies and firms); none comes from an evaluation set."""
from __future__ import annotations

from decimal import Decimal

import pytest

import enrich
from enrich.money import largest_amount
from tests.enrich.notice_helpers import enriched_tag_ids

_tags = enriched_tag_ids


def _headline(title: str, body: str) -> tuple[Decimal | None, str | None, str] | None:
    result = enrich.enrich(title, body)
    amount = largest_amount(list(result.amounts), text=result.text)
    if amount is None:
        return None
    assert result.text[amount.evidence.start:amount.evidence.end] == amount.evidence.text
    return amount.value, amount.currency, amount.evidence.text


# (pattern, title, body, the id the text negates): the negated id is not tagged
NEGATED = [
    ("bars", "Ord. 31: camera network policy", "Town of Alder Bend Council. Approving the use policy for the 60 "
     "camera network of the parks department. The ordinance expressly bars facial recognition on every feed.",
     "facial_recognition"),
    ("not approved", "Port Hale: esplanade CCTV project not approved", "The finance committee sent the project "
     "back for a privacy review.", "cctv"),
    ("voted to end", "Riverton council minutes", "The Riverton council voted to end the sheriff's "
     "facial recognition contract with a vendor from out of state.", "facial_recognition"),
    ("never spent", "Audit note: harbour security", "The audit found that money budgeted for iris scanners at the "
     "ferry terminal was never spent.", "other_biometrics"),
    ("不结合", "门禁升级说明", "本项目仅对楼宇门禁读卡器进行更换，不结合人脸识别功能，由某某科技有限公司实施。",
     "facial_recognition"),
    ("未安排", "县级部门预算说明", "本年度预算未安排人脸识别系统建设经费，只安排办公设备购置经费。",
     "facial_recognition"),
    ("ei hanki", "Kirjasto ei hanki kasvojentunnistusta", "Kaupunginkirjasto ei hanki kasvojentunnistusta "
     "lainausautomaatteihin.", "facial_recognition"),
    ("מסרבת", "המועצה מסרבת להצעה לזיהוי פנים בפארק", "המועצה המקומית החליטה שלא לקדם את ההצעה.",
     "facial_recognition"),
    ("investor Q&A", "投资者关系活动记录表", "问：公司是否参与人脸识别类项目？答：公司不开发、也不销售此类产品。",
     "facial_recognition"),
    ("declining renewal", "Elm City resolution declining Flock Safety renewal", "The city manager is directed to let "
     "the agreement expire.", "vehicle_recognition"),
    ("donation declined", "Harbour police cameras donation declined", "The harbour police said it will buy radios "
     "instead.", "cctv"),
    ("ends integration", "Oakvale council: order to end Fusus integration", "The order was adopted 7-2.",
     "surveillance_platform"),
    ("nu a achiziționat", "Primăria Dealu Mare", "Primăria a precizat că nu a achiziționat camere cu recunoaștere "
     "facială pentru piață.", "facial_recognition"),
]

# (pattern, title, body, the id that must stay): the near miss says the technology is bought
KEPT = [
    ("bars (noun)", "Night-time economy plan", "Licensed bars must connect their CCTV cameras to the town's "
     "monitoring room.", "cctv"),
    ("approved", "Port Hale: esplanade CCTV project approved", "The finance committee approved the project "
     "after a privacy review.", "cctv"),
    ("voted to buy", "Riverton council minutes", "The Riverton council voted to buy facial "
     "recognition software for the sheriff's office.", "facial_recognition"),
    ("spent", "Audit note: harbour security", "The audit found that the money budgeted for iris scanners at the "
     "ferry terminal was spent on time.", "other_biometrics"),
    ("结合", "门禁升级说明", "本项目对楼宇门禁进行更换，结合人脸识别功能，由某某科技有限公司实施。",
     "facial_recognition"),
    ("安排", "县级部门预算说明", "本年度预算安排人脸识别系统建设经费80万元。", "facial_recognition"),
    ("hankkii", "Kirjasto hankkii kasvojentunnistusta", "Kaupunginkirjasto hankkii kasvojentunnistusta "
     "lainausautomaatteihin.", "facial_recognition"),
    ("investor Q&A, yes", "投资者关系活动记录表", "问：公司是否参与人脸识别类项目？答：公司参与了两个人脸识别类项目。",
     "facial_recognition"),
    ("approving renewal", "Elm City resolution approving Flock Safety renewal", "The city manager is directed to sign "
     "the agreement.", "vehicle_recognition"),
    ("donation accepted", "Harbour police cameras donation accepted", "The harbour police will install the cameras "
     "at the pier.", "cctv"),
    ("a achiziționat", "Primăria Dealu Mare", "Primăria a achiziționat camere cu recunoaștere facială pentru "
     "piață.", "facial_recognition"),
]


@pytest.mark.parametrize(("pattern", "title", "body", "tid"), NEGATED, ids=[row[0] for row in NEGATED])
def test_negated_technology_is_not_tagged(pattern: str, title: str, body: str, tid: str) -> None:
    assert tid not in _tags(title, body)


@pytest.mark.parametrize(("pattern", "title", "body", "tid"), KEPT, ids=[row[0] for row in KEPT])
def test_near_miss_keeps_the_tag(pattern: str, title: str, body: str, tid: str) -> None:
    assert tid in _tags(title, body)


# (pattern, title, body, id, (value, currency)): the headline word withdraws nothing; tag and sum stand
NOT_WITHDRAWN = [
    ("refuse trucks", "Kestrel town buys tracking for refuse trucks", "Kestrel Town Council bought GPS trackers "
     "for 30 refuse trucks. The US$90,000 system tracks the trucks.", None, ("90000", "USD")),
    ("rejects challenge", "Court rejects challenge to city plate readers", "The court dismissed the petition "
     "against the city's 40 licence plate readers, bought in 2025 for $1.2 million.", "vehicle_recognition",
     ("1200000", "USD")),
    ("denies applicants", "Town permit system denies applicants with low scores", "The town's permit system gives "
     "residents conduct points and lists those below 40 on a public blacklist. It cost $2 million.", "social_credit",
     ("2000000", "USD")),
]


@pytest.mark.parametrize(("pattern", "title", "body", "tid", "amount"), NOT_WITHDRAWN,
                         ids=[row[0] for row in NOT_WITHDRAWN])
def test_look_alike_headline_word_withdraws_nothing(pattern: str, title: str, body: str, tid: str | None,
                                                    amount: tuple[str, str]) -> None:
    if tid is not None:
        assert tid in _tags(title, body)
    headline = _headline(title, body)
    assert headline is not None and (headline[0], headline[1]) == (Decimal(amount[0]), amount[1])


def test_voted_down_then_another_purchase_proceeds() -> None:
    title = "Elm City votes down gunshot sensor renewal; Ridge contract proceeds"
    body = ("In a separate vote the council approved a $2.1 million agreement with Ridge Systems for 90 licence "
            "plate readers.")
    assert "vehicle_recognition" in _tags(title, body)
    headline = _headline(title, body)
    assert headline is not None and (headline[0], headline[1]) == (Decimal("2100000"), "USD")


def test_vendor_denying_its_role_is_no_supplier_and_the_purchase_stands() -> None:
    title = "Hikvision denies supplying Ridgeport police"
    body = ("Hikvision said it had no contract with the Ridgeport police; the city's 60 licence plate readers were "
            "installed by Ridge Digital LLP for KZT 3.1 billion.")
    result = enrich.enrich(title, body)
    assert "vehicle_recognition" in {tag.taxonomy_id for tag in result.tags}
    assert not any(p.role == "supplier" and p.vendor_id == "hikvision" for p in result.parties)
    headline = _headline(title, body)
    assert headline is not None and (headline[0], headline[1]) == (Decimal("3100000000"), "KZT")


def test_a_rejected_rival_bid_withdraws_nothing() -> None:
    title = "Lakeport: camera tender awarded, Dahua bid rejected"
    body = "Lakeport City Council awarded RM12 million for 300 cameras with face recognition to Tasik Optik Sdn Bhd."
    assert {"cctv", "facial_recognition"} <= _tags(title, body)
    headline = _headline(title, body)
    assert headline is not None and (headline[0], headline[1]) == (Decimal("12000000"), "MYR")


def test_a_bid_rejected_after_an_award_withdraws_nothing() -> None:
    title = "Lakeport awards camera contract after rejecting Harbourline bid"
    body = "Lakeport City Council awarded $3 million for 200 CCTV cameras to Tasik Optik LLC."
    assert "cctv" in _tags(title, body)


def test_the_buyer_rejecting_a_bid_without_an_award_still_withdraws() -> None:
    title, body = "Lakeport rejects Safe City bid", "Lakeport rejected every offer in its Safe City camera tender."
    assert "cctv" not in _tags(title, body)


def test_only_more_cameras_under_a_withdrawn_face_system() -> None:
    title = "市警察：顔認証システムの導入見送り"
    body = "市警察は駅前での顔認証カメラ導入を見送ると発表した。防犯カメラの増設のみ行い、費用は約一億二千万円。"
    assert "cctv" in _tags(title, body)
    headline = _headline(title, body)
    assert headline is not None and (headline[0], headline[1]) == (Decimal("120000000"), "JPY")


def test_a_withdrawn_face_system_alone_buys_nothing() -> None:
    title = "市警察：顔認証システムの導入見送り"
    body = "市警察は駅前での顔認証カメラ導入を見送ると発表した。費用は約一億二千万円の見込みだった。"
    assert "facial_recognition" not in _tags(title, body)
    assert _headline(title, body) is None


def test_all_bids_rejected_still_withdraws() -> None:
    title = "Lakeport council rejects all bids for camera tender"
    body = "The council will retender the 300 cameras next year; the lowest offer was RM12 million."
    assert "cctv" not in _tags(title, body)


def test_real_withdrawal_still_withdraws() -> None:
    title, body = "Court rejects city plate reader contract", "The court voided the $1.2 million contract."
    assert "vehicle_recognition" not in _tags(title, body)
    assert _headline(title, body) is None


# (pattern, title, body, (value, currency, evidence)): the headline amount a user sees
AMOUNTS = [
    ("kanji yen", "市、防犯カメラを更新", "市は駅前の防犯カメラを更新する。契約額は三億五千万円。",
     ("350000000", "JPY", "三億五千万円")),
    ("ocds paths", "ocds-x1: Supply of cameras", "buyer.name: Example Water Board; awards[0].value.amount: 5120000; "
     "awards[0].value.currency: MWK; tender.value.amount: 6000000; tender.value.currency: MWK.",
     ("5120000", "MWK", "5120000")),
    ("ocds tender only", "ocds-x2: Supply of cameras", "tender.value.amount: 740000; tender.value.currency: GHS; "
     "tender.status: active.", ("740000", "GHS", "740000")),
    ("T$", "Tonga: new cameras at the wharf", "NUKU'ALOFA - The ministry installed 20 cameras at the wharf; the "
     "T$2.5 million project was funded by a grant.", ("2500000", "TOP", "T$2.5 million")),
    ("VT", "Port Vila: council buys cameras", "PORT VILA - The council bought 30 cameras for VT 45 million.",
     ("45000000", "VUV", "VT 45 million")),
    ("Nfa", "Asmara: ministry buys radios", "The ministry in Asmara, Eritrea, bought radios for Nfa 3 million.",
     ("3000000", "ERN", "Nfa 3 million")),
    ("KM", "Sarajevo: police buy cameras", "SARAJEVO - The cantonal police bought 40 cameras for KM 2.4 million.",
     ("2400000", "BAM", "KM 2.4 million")),
    ("Yoruba bílíọ̀nù", "Ìbàdàn: kámẹ́rà", "Ìjọba ti ra kámẹ́rà CCTV 200 ní iye Naira bílíọ̀nù 1.5.",
     ("1500000000", "NGN", "Naira bílíọ̀nù 1.5")),
    ("Zulu wezigidi", "Umasipala uthenga amakhamera", "UMasipala uthenge amakhamera e-CCTV angama-80 ngemali "
     "engu-R12 wezigidi.", ("12000000", "ZAR", "R12 wezigidi")),
    ("one separator, three digits", "Cervia: nuove webcam", "Il Comune di Cervia ha installato sei webcam sul "
     "lungomare per €36,000.", ("36000", "EUR", "€36,000")),
    ("decimal comma with magnitude", "Sevilla: cámaras", "El Ayuntamiento de Sevilla adjudicó 80 cámaras por "
     "1,250 millones de euros.", ("1250000", "EUR", "1,250 millones de euros")),
    ("Khmer dollar", "ស្នងការដ្ឋាន", "ស្នងការដ្ឋាននគរបាលបានទិញកាមេរ៉ា ២០ គ្រឿង តម្លៃ ៣០០,០០០ ដុល្លារ។",
     ("300000", "USD", "៣០០,០០០ ដុល្លារ")),
    ("award to", "Sweden-Lund: library sorter", "Section II: returns sorter for the city library. Estimated value "
     "EUR 300 000. Section V: award to Skane Library Systems AB, EUR 284 500.", ("284500", "EUR", "EUR 284 500")),
    ("estimate alone", "Sweden-Lund: library sorter", "Section II: returns sorter for the city library. Estimated "
     "value EUR 300 000.", ("300000", "EUR", "EUR 300 000")),
    ("base value, ceiling", "Task order: cell-site simulator", "Awardee: Bayline RF Inc. Base value $1,250,000; "
     "options bring the ceiling to $1,900,000.", ("1250000", "USD", "$1,250,000")),
    ("had cost", "Audit: evidence platform overspend", "The audit found that the force's digital evidence platform "
     "for body-worn video had cost £12.5m against a budget of £9m.", ("12500000", "GBP", "£12.5m")),
    ("will cost", "Audit: evidence platform overspend", "The audit found that the force's digital evidence platform "
     "for body-worn video will cost £12.5m against a budget of £9m.", ("9000000", "GBP", "£9m")),
    ("总预算", "某旗监控平台建设项目（包一、包二）", "采购人：某旗公安局。包一：前端摄像机，预算512万元；"
     "包二：视频云平台，预算288万元；项目总预算800万元。", ("8000000", "CNY", "800万元")),
    ("second candidate", "某县视频监控中标候选人公示", "第一中标候选人：甲科技有限公司，报价301.5万元；"
     "第二中标候选人：乙科技有限公司，报价309万元。采购人：某县公安局。", ("3015000", "CNY", "301.5万元")),
]


@pytest.mark.parametrize(("pattern", "title", "body", "expected"), AMOUNTS, ids=[row[0] for row in AMOUNTS])
def test_headline_amount(pattern: str, title: str, body: str, expected: tuple[str, str, str]) -> None:
    headline = _headline(title, body)
    assert headline is not None
    assert (headline[0], headline[1], headline[2]) == (Decimal(expected[0]), expected[1], expected[2])


# near misses: no currency context, no magnitude, or no sibling currency - no sum is made up
NO_AMOUNT = [
    ("T$ without Tonga", "Town buys cameras", "The T$ fund was closed last year; 20 cameras were installed."),
    ("VT road", "Vermont road cameras", "Cameras were added on VT 100 near the state line."),
    ("KM outside Bosnia", "Road upgrade", "Cameras stand every KM 12 of the new road."),
    ("ocds without currency", "ocds-x3", "tender.value.amount: 740000; tender.status: active."),
    ("R without magnitude", "Umasipala", "Amakhamera ku-R12 endleleni."),
]


@pytest.mark.parametrize(("pattern", "title", "body"), NO_AMOUNT, ids=[row[0] for row in NO_AMOUNT])
def test_no_amount_is_made_up(pattern: str, title: str, body: str) -> None:
    assert _headline(title, body) is None
