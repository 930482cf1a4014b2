"""Round 41 (money): one list of the cancellation words the tender reader and the classifier's headline share
(enrich/cancelling_words.py), and amount mistakes of text written by others: sums a Chinese government meeting or a
legislature refuses, a budget cut on review, a council that denies a budget item, a cancelled Chinese tender named
before its cancelling word, a Macau or Taiwan sum in 億 and 萬 after its currency's name."""
from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from enrich import enrich
from enrich.cancelling_words import UNSPACED, WORD_STARTS, WORDS, withdraws_cues
from enrich.classify.rules import load_rules
from enrich.tender_cancellation import CANCELLING, voids_tender
from enrich.text import fold

DATA = Path(__file__).resolve().parents[2] / "enrich" / "data"


def _headline(title: str, body: str) -> tuple[Decimal | None, str | None] | None:
    amount = enrich(title, body).headline_amount
    return None if amount is None else (amount.value, amount.currency)


@pytest.fixture(scope="module")
def withdraws() -> re.Pattern[str]:
    pattern = load_rules(DATA / "taxonomy_cues.yaml", DATA / "structured_codes.csv").headline_withdraws
    assert pattern is not None
    return pattern


@pytest.mark.parametrize("word", [
    "cancelled", "annulled", "withdrawn", "scrapped", "revoked", "suspended", "desierta", "anulada", "cancelado",
    "revogou", "annulée", "aufgehoben", "storniert", "ingetrokken", "zrušil", "peruttiin", "iptal", "batal",
    "ยกเลิก", "ביטל", "रद्द", "中止", "撤回", "취소", "유찰",
])
def test_a_shared_word_is_read_by_both(word: str, withdraws: re.Pattern[str]) -> None:
    text = fold(f"Notice {word} today")
    assert CANCELLING.search(text) is not None
    assert withdraws.search(text) is not None


def test_the_words_are_listed_once() -> None:
    first, last = withdraws_cues()
    assert len(first) == 2 and last == list(UNSPACED)
    everything = WORDS + WORD_STARTS + UNSPACED
    assert len(everything) == len(set(everything))
    cues = (DATA / "taxonomy_cues.yaml").read_text(encoding="utf-8")
    for gone in ("|storniert|", "'취소|", "'中止|", "|ləğv|", "iptal{b}", "sans suite'"):
        assert gone not in cues


@pytest.mark.parametrize(("text", "tender", "headline"), [
    # only the headline reader: a bare "withdraw" (a plan, a feature) or a denial cancels no tender
    ("Mayor to withdraw face search", False, True),
    ("Police deny cameras", False, True),
    # only the tender reader: a tender that ended without an award
    ("The call for ward cameras received no bids", True, False),
    ("The county's camera procurement was called off", True, False),
])
def test_words_only_one_side_needs(text: str, tender: bool, headline: bool, withdraws: re.Pattern[str]) -> None:
    folded = fold(text)
    assert (CANCELLING.search(folded) is not None) is tender
    assert (withdraws.search(folded) is not None) is headline


@pytest.mark.parametrize(("title", "body"), [
    ("某县政府常务会议研究公安局经费申请",
     "某县人民政府常务会议研究县公安局提出的人脸识别门禁追加经费（92万元），会议决定不予同意。"),
    ("某市政府不同意民族识别设备采购",
     "某市人民政府常务会议对市公安局提出的民族识别摄像机采购项目（75万元）不予批准。"),
    ("某縣議會刪除監視器預算", "某縣議會審議總預算，刪除縣警察局路口監視器擴充預算新臺幣1,800萬元。"),
    ("Concejo niega recursos para cámaras", "El Concejo Municipal negó la adición presupuestal de $ 4.500.000.000 "
     "solicitada por la Secretaría de Seguridad para cámaras con reconocimiento facial."),
])
def test_a_refused_sum_does_not_headline(title: str, body: str) -> None:
    assert _headline(title, body) is None


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a feature deleted, the budget adjusted: the tender goes on with its new budget
    ("某县公安局视频监控更正公告",
     "原公告“视频监控及人脸比对扩展”更正为“视频监控”，删除人脸比对内容，预算调整为156万元。采购人：某县公安局。",
     (Decimal("1560000"), "CNY")),
    # a review cut: the cut sum is refused, the approved one headlines
    ("某县公安局视频监控项目预算批复", "经财政部门审核，核减预算120万元，批复预算480万元，用于采购高清摄像机。",
     (Decimal("4800000"), "CNY")),
])
def test_a_sum_that_goes_on_keeps_its_headline(title: str, body: str, expected: tuple[Decimal, str]) -> None:
    assert _headline(title, body) == expected


def test_a_chinese_tender_named_cancelled_states_no_budget() -> None:
    title, body = "某市视频监控采购取消（参数争议）", "采购人：某市公安局。因技术参数被质疑，本项目（预算58万元）取消。"
    assert voids_tender(f"{title}\n{body}")
    assert _headline(title, body) is None


def test_a_project_that_drops_a_feature_is_no_cancelled_tender() -> None:
    assert not voids_tender("某县视频监控项目取消了人脸识别功能\n采购人：某县公安局。预算金额：200万元。")


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("澳門治安警察局錄像監視系統",
     "治安警察局判給某保安科技有限公司第六期公共地方錄像監視系統，判給金額澳門元2億3,400萬。",
     (Decimal("234000000"), "MOP")),
    ("警政署路口監視器決標", "警政署決標金額新臺幣1億5,600萬元，廠商為某科技股份有限公司。",
     (Decimal("156000000"), "TWD")),
    ("某市公安局视频监控中标公告", "采购人：某市公安局。中标金额：1亿2,600万元。", (Decimal("126000000"), "CNY")),
])
def test_a_sum_in_two_myriad_units_after_its_currency(title: str, body: str, expected: tuple[Decimal, str]) -> None:
    assert _headline(title, body) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    # a bare 金额 opening its clause is the notice's own sum, whatever the clause before named (a loan, a bid)
    ("某农商银行柜面系统维护服务",
     "采购人：某农村商业银行股份有限公司。个人信用贷款系统及柜面终端维护服务。金额：36万元。",
     (Decimal("360000"), "CNY")),
    ("某县公安局警务终端（竞争性磋商）",
     "采购人：某县公安局。参与磋商的某通信公司报价未通过评审。成交供应商：某信息技术有限公司，金额：31万元。",
     (Decimal("310000"), "CNY")),
    # a currency code after the number in a notice placed in Morocco, Cabo Verde's escudo abbreviation
    ("Sûreté nationale du Maroc : caméras", "La Direction générale de la sûreté nationale a acquis des caméras "
     "thermiques pour Rabat auprès de Maghreb Vision SARL. Montant : 12 300 000 MAD.", (Decimal("12300000"), "MAD")),
    ("Câmara Municipal do Mindelo: videovigilância",
     "A Câmara Municipal de São Vicente adjudicou 30 câmaras à Atlântico Sistemas Lda. Valor: 14.200.000 ECV.",
     (Decimal("14200000"), "CVE")),
])
def test_amounts_written_by_others(title: str, body: str, expected: tuple[Decimal, str]) -> None:
    assert _headline(title, body) == expected


@pytest.mark.parametrize(("title", "body"), [
    # a deposit labelled as such stays a deposit
    ("某县公安局视频监控采购", "采购人：某县公安局。投标保证金金额：2万元。"),
    # "MAD" after a number in a notice placed nowhere near Morocco is an acronym, not the dirham
    ("Lab buys detectors", "The lab bought 40 MAD detectors for its mass spectrometry unit."),
])
def test_what_stays_no_headline(title: str, body: str) -> None:
    assert _headline(title, body) is None


def test_a_denied_claim_keeps_the_contract_sum() -> None:
    title = "Alcaldía firma contrato de cámaras"
    body = ("La Alcaldía de Pereira firmó un contrato por $ 2.300.000.000 para 150 cámaras de vigilancia con Andina "
            "Seguridad S.A.S.; el secretario negó que incluyan reconocimiento facial.")
    assert _headline(title, body) == (Decimal("2300000000"), "COP")


@pytest.mark.parametrize(("body", "expected"), [
    ("更正事项：预算金额由 360 万元调整为 295 万元。采购人：某县公安局。", (Decimal("2950000"), "CNY")),
    ("更正事项：预算由52万元更正为68万元，其他内容不变。采购人：某县公安局。", (Decimal("680000"), "CNY")),
])
def test_a_corrected_budget_headlines_its_new_sum(body: str, expected: tuple[Decimal, str]) -> None:
    assert _headline("某县公安局视频监控采购项目更正公告", body) == expected
