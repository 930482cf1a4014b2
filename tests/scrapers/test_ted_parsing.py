"""TED XML in both schemas — legacy TED_EXPORT (2008–2023) and eForms — read into the lines and facts users see.

Fixtures in tests/fixtures/ted_formats are fictional notices in the real shapes (the only real vendor name is a
registry vendor, so vendor matching has something to match)."""
from __future__ import annotations

import json
import re
from datetime import date

import pytest
from lxml import etree
from scrapy.http import Request

from scrapers.items import NoticeItem
from scrapers.parsing.eforms import parse_eforms
from scrapers.parsing.safexml import UnsafeXmlError
from scrapers.parsing.ted import NotTedXmlError, is_ted_xml, parse_ted_xml
from scrapers.parsing.ted_legacy import parse_ted_export
from tests.scrapers.conftest import FIXTURES, response_for

TED = FIXTURES / "ted_formats"
HIKVISION = "Hangzhou Hikvision Digital Technology Co., Ltd."
R209 = b"http://publications.europa.eu/resource/schema/ted/R2.0.9/publication"


def read(name: str) -> bytes:
    return (TED / name).read_bytes()


def lines_of(body: str) -> list[str]:
    return body.splitlines()


def assert_no_contact_data(parsed: dict) -> None:
    text = parsed["body"] + json.dumps(parsed["facts"], ensure_ascii=False)
    assert not re.search(r"[\w.+-]+@[\w-]+\.", text), "an e-mail address leaked"
    for personal in ("Jane Fictional", "John Placeholder", "Mary Madeup", "Camille Fictive", "+44 1632", "+353 1",
                     "+33 1", "+86 000", "Procurement Desk"):
        assert personal not in text


# -- legacy TED_EXPORT --------------------------------------------------------------------------------------------

def test_legacy_f03_award_reads_buyer_lots_winners_and_values():
    parsed = parse_ted_export(read("legacy_f03.xml"))
    lines = lines_of(parsed["body"])
    assert parsed["title"] == "Town centre CCTV and ANPR upgrade"  # the ORIGINAL (EN) form, not the DE translation
    assert parsed["kind"] == "award" and parsed["country"] == "GB" and parsed["language"] == "en"
    assert parsed["published"] == date(2021, 3, 16)
    assert lines[1:5] == ["Buyer: Town of Eastbrook Council", "Town: Eastbrook", "Region: UKD33", "Country: GB"]
    assert "Procedure: open" in lines and "CPV: 32323500 Video-surveillance system" in lines
    assert "Total award value: 1250000.00 GBP" in lines
    lot1 = lines[lines.index("Lot 1: IP cameras and video management software"):]
    assert lot1[1:5] == ["Tenders received: 5", f"Winner: {HIKVISION}", "Estimated value: 900000.00 GBP",
                         "Award value: 850000.00 GBP"]
    assert "Winner: Northgate Roadwatch Systems Ltd" in lines and "Lowest offer: 380000.00 GBP" in lines
    assert "Result: no contract awarded" in lines
    assert "Place of performance: UKD34" in lines
    assert not any(line.startswith("Winner: ") and line.endswith(")") for line in lines)

    facts = parsed["facts"]
    assert json.loads(json.dumps(facts)) == facts
    assert facts["notice_number"] == "900101-2021" and facts["form"] == "F03"
    assert facts["buyer"] == {"name": "Town of Eastbrook Council", "town": "Eastbrook", "nuts": "UKD33",
                              "country": "GB", "national_id": "EBC-0042"}
    assert facts["contractors"][0] == {"name": HIKVISION, "town": "Hangzhou", "nuts": "00", "country": "CN",
                                       "national_id": "CN-REG-000000", "lot": "1"}
    assert facts["tenders_received"] == 8 and facts["procedure_type"] == "open"
    assert facts["award_values"] == [{"amount": 850000.0, "currency": "GBP", "lot": "1"}]
    assert facts["total_award_value"] == {"amount": 1250000.0, "currency": "GBP"}
    assert facts["cpv"] == ["32323500", "35125300"] and facts["place_of_performance_nuts"] == ["UKD33", "UKD34"]
    assert_no_contact_data(parsed)


def test_legacy_f20_modification_values_before_and_after():
    parsed = parse_ted_xml(read("legacy_f20.xml"))
    lines = lines_of(parsed["body"])
    assert parsed["kind"] == "award" and parsed["country"] == "IE"
    assert parsed["title"] == "Public space CCTV managed service"
    assert ("Modification: Addition of a facial recognition module to 40 existing cameras and a one-year extension."
            in lines)
    assert any(line.startswith("Modification reason: A change in national guidance") for line in lines)
    assert "Contract value before modification: 1200000.00 EUR" in lines
    assert "Contract value after modification: 1380000.00 EUR" in lines
    assert lines.count("Winner: Lakeside Vision Analytics Ltd") == 1
    assert "Place of performance: IE062" not in lines  # the contractor's NUTS is not where the contract is performed
    mod = parsed["facts"]["modification"]
    assert mod["value_before"] == {"amount": 1200000.0, "currency": "EUR"}
    assert mod["value_after"] == {"amount": 1380000.0, "currency": "EUR"}
    assert mod["reason_type"] == "unforeseen circumstance"
    assert_no_contact_data(parsed)


@pytest.mark.parametrize("namespace", [
    R209, b"http://publications.europa.eu/resource/schema/ted/R2.0.8/publication", None])
def test_legacy_namespace_versions_read_the_same(namespace):
    data = read("legacy_f03.xml")
    if namespace is None:
        data = data.replace(b' xmlns="' + R209 + b'"', b"")
    else:
        data = data.replace(R209, namespace)
    assert parse_ted_xml(data)["body"] == parse_ted_export(read("legacy_f03.xml"))["body"]


def test_legacy_without_original_category_falls_back_to_lg_orig_then_first_form():
    data = read("legacy_f03.xml").replace(b'CATEGORY="ORIGINAL" ', b"")
    assert parse_ted_export(data)["title"] == "Town centre CCTV and ANPR upgrade"  # LG="EN" = LG_ORIG
    data = data.replace(b"<LG_ORIG>EN</LG_ORIG>", b"")
    assert parse_ted_export(data)["title"] == "Modernisierung der Videoüberwachung im Stadtzentrum"


def test_legacy_pre_2014_form_uses_common_names_and_coded_data():
    """Older forms (CONTRACT_AWARD, …) share OFFICIALNAME/TOWN/COUNTRY/CPV_CODE; the rest comes from CODED_DATA."""
    old_form = b"""<?xml version="1.0" encoding="UTF-8"?>
<TED_EXPORT xmlns="http://publications.europa.eu/TED_schema/Export" DOC_ID="900505-2012" VERSION="R2.0.8.S02.E01">
<CODED_DATA_SECTION><REF_OJS><DATE_PUB>20120301</DATE_PUB></REF_OJS>
<NOTICE_DATA><NO_DOC_OJS>2012/S 42-900505</NO_DOC_OJS><LG_ORIG>EN</LG_ORIG><ISO_COUNTRY VALUE="EL"/>
<ORIGINAL_CPV CODE="32323500">Video-surveillance system</ORIGINAL_CPV>
<VALUES><VALUE TYPE="PROCUREMENT_TOTAL" CURRENCY="EUR">240000</VALUE></VALUES></NOTICE_DATA>
<CODIF_DATA><TD_DOCUMENT_TYPE CODE="7">Contract award</TD_DOCUMENT_TYPE>
<PR_PROC CODE="1">Open procedure</PR_PROC></CODIF_DATA>
</CODED_DATA_SECTION>
<TRANSLATION_SECTION><ML_TITLES><ML_TI_DOC LG="EN"><TI_CY>Greece</TI_CY><TI_TOWN>Eastbrook</TI_TOWN>
<TI_TEXT><P>Video-surveillance system</P></TI_TEXT></ML_TI_DOC></ML_TITLES>
<ML_AA_NAMES><AA_NAME LG="EN">Municipality of Eastbrook</AA_NAME></ML_AA_NAMES></TRANSLATION_SECTION>
<FORM_SECTION><CONTRACT_AWARD CATEGORY="ORIGINAL" FORM="3" LG="EN"><FD_CONTRACT_AWARD>
<AWARD_OF_CONTRACT><CONTRACT_TITLE><P>Harbour CCTV</P></CONTRACT_TITLE>
<OFFERS_RECEIVED_NUMBER>4</OFFERS_RECEIVED_NUMBER>
<ECONOMIC_OPERATOR_NAME_ADDRESS><CONTACT_DATA_WITHOUT_RESPONSIBLE_NAME><ORGANISATION>
<OFFICIALNAME>Eastbrook Optics SA</OFFICIALNAME>
</ORGANISATION><TOWN>Eastbrook</TOWN><COUNTRY VALUE="GR"/></CONTACT_DATA_WITHOUT_RESPONSIBLE_NAME>
</ECONOMIC_OPERATOR_NAME_ADDRESS>
</AWARD_OF_CONTRACT></FD_CONTRACT_AWARD></CONTRACT_AWARD></FORM_SECTION></TED_EXPORT>"""
    parsed = parse_ted_xml(old_form)
    lines = lines_of(parsed["body"])
    assert parsed["title"] == "Video-surveillance system" and parsed["kind"] == "award"
    assert parsed["country"] == "GR" and parsed["published"] == date(2012, 3, 1)
    assert "Buyer: Municipality of Eastbrook" in lines and "Procedure: Open procedure" in lines
    assert "Winner: Eastbrook Optics SA" in lines and "Tenders received: 4" in lines
    assert "Total award value: 240000.00 EUR" in lines and "CPV: 32323500 Video-surveillance system" in lines


# -- eForms -------------------------------------------------------------------------------------------------------

def test_eforms_award_lots_winner_names_values_and_tenders():
    parsed = parse_eforms(read("eforms_can_lots.xml"))
    lines = lines_of(parsed["body"])
    assert parsed["kind"] == "award" and parsed["country"] == "GB" and parsed["title"] == "Town centre CCTV renewal"
    assert parsed["published"] == date(2024, 4, 15)  # efac:Publication date, not the dispatch date
    assert lines[1:6] == ["Buyer: Town of Eastbrook Council", "Town: Eastbrook", "Region: UKD33", "Country: GB",
                          "National registration number: EBC-0042"]
    assert "Procedure: open" in lines and "Estimated value: 1000000.00 GBP" in lines
    lot1 = lines[lines.index("Lot 1: IP cameras and video management software"):]
    assert lot1[1:6] == ["Estimated value: 600000.00 GBP", "Place of performance: Eastbrook, UKD33, GB",
                         "Tenders received: 5", f"Winner: {HIKVISION}", "Award value: 580000.00 GBP"]
    assert "Winner: Westmere Camera Systems Ltd" in lines and "Award value: 350000.00 GBP" in lines
    assert "Total award value: 930000.00 GBP" in lines and "CPV: 35125300 Security cameras" in lines
    assert not any(line.startswith(("Value:", "Total value:")) for line in lines)
    assert "(CN)" not in parsed["body"] and "(GB)" not in parsed["body"]

    facts = parsed["facts"]
    assert json.loads(json.dumps(facts)) == facts
    assert facts["winners"][0] == {"name": HIKVISION, "country": "CN", "town": "Hangzhou",
                                   "company_id": "CN-REG-000000", "lot": "LOT-0001"}
    assert facts["tenders_received"] == 7 and [lot["tenders_received"] for lot in facts["lots"]] == [5, 2]
    assert facts["procedure_type"] == "open" and facts["notice_type"] == "can-standard"
    assert facts["estimated_value"] == {"amount": 1000000.0, "currency": "GBP"}
    assert [v["amount"] for v in facts["award_values"]] == [580000.0, 350000.0]
    assert facts["contract_folder_id"] == "00000000-fict-4000-8000-0000000f0303"
    assert facts["publication_number"] == "900303-2024" and facts["notice_version"] == "01"
    assert facts["buyer"]["nuts"] == "UKD33" and facts["buyer"]["company_id"] == "EBC-0042"
    assert_no_contact_data(parsed)


def test_eforms_contract_notice_deadline_procedure_and_place():
    parsed = parse_ted_xml(read("eforms_cn_deadline.xml"))
    lines = lines_of(parsed["body"])
    assert parsed["kind"] == "tender" and parsed["language"] == "fr" and parsed["country"] == "FR"
    assert "Procedure: restricted" in lines and "Submission deadline: 2024-05-17" in lines
    assert "Estimated value: 480000.00 EUR" in lines and "Region: FR101" in lines
    assert "Place of performance: Estbrouck, FR101, FR" in lines
    assert not any(line.startswith(("Award value", "Total award value", "Winner")) for line in lines)
    facts = parsed["facts"]
    assert facts["submission_deadline"] == "2024-05-17" and facts["procedure_type"] == "restricted"
    assert facts["estimated_value"] == {"amount": 480000.0, "currency": "EUR"}
    assert_no_contact_data(parsed)


def test_eforms_modification_notice():
    parsed = parse_ted_xml(read("eforms_can_modif.xml"))
    lines = lines_of(parsed["body"])
    assert parsed["kind"] == "award"
    assert "Modification: Facial recognition module added to 40 existing cameras" in lines
    assert "Contract value after modification: 1380000.00 EUR" in lines
    assert "Winner: Lakeside Vision Analytics Ltd" in lines
    assert not any(line.startswith("Award value:") for line in lines)
    mod = parsed["facts"]["modification"]
    assert mod["value_after"] == {"amount": 1380000.0, "currency": "EUR"} and mod["reason_code"] == "add-wss"
    assert mod["changed_notice"] == "900404-2022"
    assert_no_contact_data(parsed)


_EUR_ESTIMATE = (b'<cbc:EstimatedOverallContractAmount currencyID="GBP">1000000',
                 b'<cbc:EstimatedOverallContractAmount currencyID="EUR">1200000')


@pytest.mark.parametrize("name, replace, expected", [
    ("eforms_can_lots.xml", None, (930000, "GBP")),
    ("eforms_can_lots.xml", _EUR_ESTIMATE, (930000, "GBP")),  # can_24_UKRI: the estimate in EUR, awards in GBP
    ("eforms_can_modif.xml", None, (1380000, "EUR")),
    ("legacy_f03.xml", None, (1250000, "GBP")),
    ("legacy_f20.xml", None, (1380000, "EUR")),  # the value after the modification
])
def test_award_and_modification_notices_headline_the_awarded_value_not_the_estimate(name, replace, expected):
    """Seen on real data: the eForms UKRI award exported its EUR estimate as the headline."""
    from enrich import enrich

    data = read(name)
    if replace:
        assert replace[0] in data
        data = data.replace(*replace)
    parsed = parse_ted_xml(data)
    headline = enrich(parsed["title"], parsed["body"], language=parsed["language"], published=parsed["published"],
                      country=parsed["country"], source="eu_ted").headline_amount
    assert headline is not None and (headline.value, headline.currency, headline.kind) == (*expected, "award")


# -- dispatch, sniffing, safety -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name,kind", [("legacy_f03.xml", "award"), ("legacy_f20.xml", "award"),
                                       ("eforms_can_lots.xml", "award"), ("eforms_cn_deadline.xml", "tender")])
def test_parse_ted_xml_dispatches_both_schemas(name, kind):
    assert is_ted_xml(read(name))
    parsed = parse_ted_xml(read(name))
    assert parsed["kind"] == kind and parsed["title"] and parsed["facts"]["cpv"]
    assert set(parsed) == {"title", "body", "kind", "published", "language", "country", "facts"}


@pytest.mark.parametrize("data,message", [
    (b'<?xml version="1.0"?><rss version="2.0"><channel/></rss>', "root element <rss> .no namespace."),
    (b'<ContractNotice xmlns="urn:example:not-ubl"/>', "root element <ContractNotice> in namespace urn:example"),
    (b"<html><body>Service unavailable</body></html>", "not a TED notice"),
])
def test_other_xml_is_rejected_with_a_clear_error(data, message):
    assert not is_ted_xml(data)
    with pytest.raises(NotTedXmlError, match=message):
        parse_ted_xml(data)
    assert issubclass(NotTedXmlError, ValueError)


def test_is_ted_xml_sniffs_past_prolog_and_comments():
    head = b'<?xml version="1.0"?>\n<!-- exported -->\n'
    assert is_ted_xml(head + b'<ted:TED_EXPORT xmlns:ted="' + R209 + b'" DOC_ID="1-2020">')
    assert is_ted_xml(head + b'<can:ContractAwardNotice xmlns:can="urn:oasis:names:specification:ubl:schema:'
                             b'xsd:ContractAwardNotice-2">')
    assert not is_ted_xml(head + b"<Notices><TED_EXPORT/></Notices>")
    assert not is_ted_xml(b"%PDF-1.7") and not is_ted_xml(b"")


@pytest.mark.parametrize("name", ["xxe.xml", "bomb.xml"])
def test_entity_declarations_are_rejected_for_either_schema(name):
    with pytest.raises(UnsafeXmlError, match="entity"):
        parse_ted_xml((FIXTURES / "eu_ted/bad" / name).read_bytes())
    legacy_xxe = read("legacy_f03.xml").replace(
        b"<TED_EXPORT ", b'<!DOCTYPE TED_EXPORT [<!ENTITY leak SYSTEM "file:///etc/passwd">]>\n<TED_EXPORT ', 1)
    legacy_xxe = legacy_xxe.replace(b"<TOWN>Eastbrook</TOWN>", b"<TOWN>&leak;</TOWN>", 1)
    with pytest.raises(UnsafeXmlError, match="entity"):
        parse_ted_xml(legacy_xxe)


def test_malformed_xml_is_a_syntax_error():
    with pytest.raises(etree.XMLSyntaxError):
        parse_ted_xml(b"<TED_EXPORT><FORM_SECTION>")


def test_spider_reads_a_legacy_notice_with_facts(make_spider):
    spider = make_spider("eu_ted")
    url = "http://127.0.0.1:9/eu_ted/web/en/notice/900101-2021/xml"
    request = Request(url, meta={"notice_id": "900101-2021"})
    item = next(spider.parse_detail(response_for(TED / "legacy_f03.xml", url, request)))
    assert isinstance(item, NoticeItem) and item.kind == "award" and item.country == "GB"
    assert item.url == "https://ted.europa.eu/en/notice/900101-2021"
    assert f"Winner: {HIKVISION}" in item.body and item.facts["tenders_received"] == 8
