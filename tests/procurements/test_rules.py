"""The pure indicator rules (enrich/integrity.py, enrich/procurement.py), including the hard negatives that must
never fire: clauses that forbid brands, "or equivalent" in five languages, prose that merely mentions a method."""
from __future__ import annotations

from datetime import date

import pytest

from enrich.integrity import brand_locked_spec, minimum_period, notice_flags, short_tender_period, single_bid
from enrich.model import Party, ProcurementLink, Span
from enrich.procurement import link, procedure_class, stated_procedure, ted_number

TENDER = ProcurementLink(key=None, method="none", evidence=None, stage="tender")


def brand(text: str, stage: str = "tender", parties=()):
    return brand_locked_spec(f"Title\n{text}", stage=stage, parties=list(parties))


@pytest.mark.parametrize("text", [
    "前端摄像机指定品牌：海康威视，型号DS-2CD3T47。",
    "摄像机品牌：大华",
    "Cameras: brand name only, no substitutes.",
    "Brand: Axis Communications",
    "Marque : Bosch",
    "Marca: Dahua",
    "Hersteller: Bosch Sicherheitssysteme",
])
def test_a_named_brand_without_an_equivalent_locks_the_specification(text):
    assert brand(text) is not None


@pytest.mark.parametrize("text", [
    "本项目不得指定品牌。",
    "投标产品不指定品牌，品牌：不限。",
    "可参考海康威视DS-2CD3T47或同等档次产品。",
    "Brand: Axis or equivalent",
    "Marque : Bosch ou équivalent",
    "Marca: Dahua o equivalente",
    "Marke: Bosch oder gleichwertig",
    "Brand: any",
    "品牌：详见附件",
    "所列品牌型号仅供参考，投标人可选用其他品牌。\n摄像机品牌：海康威视",
    "Any brand or model named in this specification is for reference only.\nBrand: Axis",
])
def test_hard_negatives_never_lock(text):
    assert brand(text) is None


def test_an_award_names_what_was_bought_and_is_never_a_brand_lock():
    assert brand("主要标的信息\n品牌：美的 规格型号：KFR-72GW", stage="award") is None


def test_a_registry_model_string_in_a_call_locks_unless_equivalents_are_allowed():
    text = "Title\n采购海康威视DS-2CD3T47摄像机50台。"
    start = text.index("海康威视")
    model = Party("mentioned", "海康威视", Span(start, start + 4, "海康威视"), vendor_id="hikvision",
                  match_method="brand_model")
    assert brand_locked_spec(text, stage="tender", parties=[model]).fields["brand_model"] == "海康威视"
    text = "Title\n采购海康威视DS-2CD3T47或相当摄像机50台。"
    assert brand_locked_spec(text, stage="tender", parties=[model]) is None


@pytest.mark.parametrize("value, expected", [
    ("negotiated without prior publication", "non_open"), ("open", "open"), ("direct", "non_open"),
    ("nicht offenes Verfahren", "restricted"), ("offenes Verfahren", "open"), ("procédure négociée sans publication",
                                                                             "non_open"),
    ("adjudicación directa", "non_open"), ("竞争性磋商", "cn_consultation"), ("open-ended framework", None),
])
def test_procedure_words(value, expected):
    assert procedure_class(value) == expected


def test_a_method_named_in_prose_is_not_the_procedure():
    text = "项目公告\n三、采购方式：公开招标\n说明：本项目不得采用单一来源方式。"
    assert stated_procedure({}, text, "项目公告")[0] == "open"
    assert stated_procedure({}, "项目\n说明：不采用单一来源", "某项目采购公告")[0] is None
    assert stated_procedure({}, "x\ny", "某单位单一来源采购公示")[0] == "non_open"


@pytest.mark.parametrize("procedure, fires", [("open", True), ("restricted", True), ("non_open", False), (None, False)])
def test_single_bid_only_where_competition_was_invited(procedure, fires):
    text = "T\nTenders received: 1"
    assert (single_bid({"tenders_received": 1}, text, procedure, f"procedure: {procedure}") is not None) == fires


def test_single_bid_reads_lots():
    facts = {"lots": [{"lot": "LOT-0001", "tenders_received": 4}, {"lot": "LOT-0002", "tenders_received": 1}]}
    flag = single_bid(facts, "T\nTenders received: 4\nTenders received: 1", "open", "procedure: open")
    assert flag.fields["lots"] == ["LOT-0002"] and flag.evidence.text == "Tenders received: 1"
    assert single_bid({"lots": [{"lot": "LOT-0001", "tenders_received": 2}]}, "T", "open", "") is None


@pytest.mark.parametrize("country, procedure, days, fires", [
    ("CN", "open", 19, True), ("CN", "open", 20, False), ("FR", "restricted", 29, True), ("FR", "open", 30, False),
    ("US", "open", 29, True), (None, None, 14, True), (None, None, 15, False), ("CN", "non_open", 1, False),
])
def test_short_period_against_the_jurisdiction_table(country, procedure, days, fires):
    facts = {"submission_deadline": date.fromordinal(date(2024, 1, 1).toordinal() + days).isoformat()}
    flag = short_tender_period(facts, "T\nSubmission deadline: x", stage="tender", published=date(2024, 1, 1),
                               country=country, procedure=procedure)
    assert (flag is not None) == fires


def test_the_minimum_table_falls_back_to_the_default():
    assert minimum_period("CN", "open")[0] == 20
    assert minimum_period("CN", "restricted")[0] == 20
    assert minimum_period("BR", "open") == minimum_period(None, None)
    assert minimum_period(None, None)[0] == 15 and "R003" in minimum_period(None, None)[1]


def test_only_calls_have_a_submission_period():
    facts = {"submission_deadline": "2024-01-03"}
    award = ProcurementLink(key=None, method="none", evidence=None, stage="award")
    assert notice_flags(facts, "T\nSubmission deadline: 2024-01-03", title="T", link=award, parties=[],
                        published=date(2024, 1, 1), country="FR") == []


@pytest.mark.parametrize("raw, number", [("2020/S 201-900001", "900001-2020"), ("900001-2020", "900001-2020"),
                                         ("123-2021", "000123-2021"), ("not a ref", None)])
def test_ted_numbers(raw, number):
    assert ted_number(raw) == number


def test_a_ccgp_project_number_needs_the_buyer():
    text = "某项目\n一、项目编号：ABC-2024-01"
    assert link({}, text, kind="tender").key is None
    buyer = Party("buyer", "某市公安局", Span(0, 5, "某市公安局"))
    assert link({}, text, kind="tender", parties=[buyer]).key == "ccgp:ABC-2024-01|某市公安局"


def test_legacy_ted_links_to_the_notice_it_refers_to():
    found = link({"notice_number": "900101-2021", "referenced_notice": "2020/S 201-900001", "form": "F03"}, "T\nx")
    assert (found.key, found.method, found.stage, found.own_ref) == ("ted:900001-2020", "ted_reference", "award",
                                                                      "900101-2021")
