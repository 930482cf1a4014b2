"""Organisation identifiers: checks per their standards, read where notices print them, tied to the right party.

Every code here is constructed for the test (its check character computed), none is a real company's."""
from __future__ import annotations

import pytest

from enrich.identifiers import (
    fact_identifiers,
    is_valid_cnpj,
    is_valid_lei,
    is_valid_uscc,
    normalise,
    printed_identifiers,
    uscc_check_character,
)
from enrich.parties import extract_parties
from enrich.vendors import parse_registry

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _uscc(first17: str) -> str:
    """Check character computed independently of the module: weights 3^(i-1) mod 31, 31 - sum mod 31."""
    total = sum(ALPHABET.index(c) * pow(3, i, 31) for i, c in enumerate(first17))
    return first17 + ALPHABET[(31 - total % 31) % 31]


def test_uscc_check_character_worked_by_hand():
    # 9·1 + 1·3 + 3·9 + 3·27 + 0·19 + 1·26 + 0·16 + 0·17 + M(21)·20 + A(10)·29 + 2·25 + B(11)·13 + 3·8 + C(12)·24
    # + 4·10 + D(13)·30 + 5·28 = 1931; 1931 mod 31 = 9; 31 - 9 = 22 → N
    assert uscc_check_character("91330100MA2B3C4D5") == "N"
    # 1·1 + 1·3 + 1·9 = 13; 31 - 13 = 18 → J
    assert uscc_check_character("11100000000000000") == "J"


@pytest.mark.parametrize("first17", ["91330100MA2B3C4D5", "91110108000000000", "12440300X00000017",
                                     "52510100MJ0000001", "93650000MA7700002", "Y1420000000000003"])
def test_constructed_codes_validate_and_any_single_change_fails(first17):
    code = _uscc(first17)
    assert is_valid_uscc(code) and is_valid_uscc(code.lower())
    assert code[17] == uscc_check_character(first17)
    for position in range(18):
        for replacement in "0A":
            changed = code[:position] + replacement + code[position + 1:]
            if changed != code:
                assert not is_valid_uscc(changed), changed


@pytest.mark.parametrize("bad", ["", "9133010", "91330100MA2B3C4D5NN", "91330100MA2B3C4D5I",  # I is not in the set
                                 "Z1330100MA2B3C4D5N",  # no registration authority Z
                                 "9133A100MA2B3C4D5N"])  # division code must be digits
def test_malformed_codes_fail(bad):
    assert not is_valid_uscc(bad)


def test_lei_and_cnpj_checks():
    body = "9695001EXAMPLE0TEST"[:18]
    check = 98 - int("".join(str(int(c, 36)) for c in body + "00")) % 97
    lei = f"{body}{check:02d}"
    assert is_valid_lei(lei) and not is_valid_lei(lei[:-1] + str((int(lei[-1]) + 1) % 10))
    digits = "123456780001"
    for weights in ((5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2), (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)):
        remainder = sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11
        digits += str(0 if remainder < 2 else 11 - remainder)
    printed = f"{digits[:2]}.{digits[2:5]}.{digits[5:8]}/{digits[8:12]}-{digits[12:]}"
    assert is_valid_cnpj(printed) and not is_valid_cnpj(printed[:-1] + "0" if printed[-1] != "0" else "1")
    assert not is_valid_cnpj("00.000.000/0000-00")


def test_normalise_schemes():
    assert normalise("GB-COH", "1234567").value == "01234567"
    assert normalise("GB-COH", "SC123456").scheme == "gb_coh"
    assert normalise("national", "FR 123 456 789 01", country="FR") == normalise("eu_vat", "FR12345678901")
    assert normalise("national", "123 456 789", country="FR").scheme == "fr_national"
    assert normalise("national", "see annex") is None
    assert normalise("us_uei", "ABCD1234EFGH").value == "ABCD1234EFGH"
    assert normalise("us_uei", "OBCD1234EFGH") is None  # no letter O in a UEI
    assert normalise("MX-RFC", "ABC010101AB1").scheme == "mx_rfc"
    assert normalise("national", _uscc("91330100MA2B3C4D5"), country="CN").scheme == "cn_uscc"


def test_printed_uscc_belongs_to_the_party_above_it():
    buyer_code, supplier_code = _uscc("11330100000000001"), _uscc("91330100MA2B3C4D5")
    text = (f"青山县雪亮工程视频监控采购项目中标公告\n采购人：青山县公安局\n统一社会信用代码：{buyer_code}\n"
            f"中标供应商：青山星辰安防科技有限公司\n统一社会信用代码：{supplier_code}\n中标金额：100万元")
    parties = {p.role: p for p in extract_parties(text)}
    assert [(i.scheme, i.value) for i in parties["buyer"].identifiers] == [("cn_uscc", buyer_code)]
    identifier = parties["supplier"].identifiers[0]
    assert (identifier.scheme, identifier.value) == ("cn_uscc", supplier_code)
    assert text[identifier.evidence.start:identifier.evidence.end] == supplier_code


def test_a_code_with_a_wrong_check_character_is_not_read():
    code = _uscc("91330100MA2B3C4D5")
    wrong = code[:17] + ("0" if code[17] != "0" else "1")
    assert printed_identifiers(f"统一社会信用代码：{wrong}") == []


def test_eforms_ocds_and_usaspending_lines():
    text = ("Buyer: Wexmoor Borough Council\nTown: Wexmoor\nNational registration number: FR12345678901\n"
            "Buyer identifier: GB-COH 1234567\nWinner: Example Vision Ltd\n"
            "Recipient: EXAMPLE VISION LTD\nRecipient UEI: ABCD1234EFGH\n")
    parties = extract_parties(text)
    by_name = {p.name: {(i.scheme, i.value) for i in p.identifiers} for p in parties}
    assert by_name["Wexmoor Borough Council"] == {("eu_vat", "FR12345678901"), ("gb_coh", "01234567")}
    assert ("us_uei", "ABCD1234EFGH") in by_name["EXAMPLE VISION LTD"]


def test_source_facts_give_identifiers_to_the_named_parties():
    facts = {"buyer": {"name": "Wexmoor Borough Council", "identifier": {"scheme": "GB-COH", "id": "7654321"}},
             "winners": [{"name": "Example Vision Ltd", "company_id": "DE123456789", "country": "DE"}],
             "suppliers": [{"name": "Other Co", "identifier": {"scheme": "GB-COH", "id": "1"}}]}
    assert {(r, n, i.scheme, i.value) for r, n, i in fact_identifiers(facts)} == {
        ("buyer", "Wexmoor Borough Council", "gb_coh", "07654321"),
        ("supplier", "Example Vision Ltd", "eu_vat", "DE123456789"),
        ("supplier", "Other Co", "gb_coh", "00000001")}
    parties = extract_parties("Buyer: Wexmoor Borough Council\nWinner: EXAMPLE VISION LTD.\n", facts=facts)
    by_role = {p.role: p for p in parties}
    assert [(i.scheme, i.value, i.evidence) for i in by_role["supplier"].identifiers] == [
        ("eu_vat", "DE123456789", None)]
    assert by_role["buyer"].identifiers[0].value == "07654321"


def test_a_registry_identifier_resolves_the_vendor_first():
    code = _uscc("91330100MA2B3C4D5")
    registry = parse_registry({"version": "t", "vendors": [
        {"id": "example_vision", "country": "CN", "names": [{"name": "示例视界科技股份有限公司", "type": "legal"}],
         "identifiers": [{"scheme": "cn_uscc", "value": code, "citation": "https://example.test/filing"}],
         "citations": ["https://example.test/"]}]})
    assert registry.by_identifier("cn_uscc", code.lower()) == "example_vision"
    text = f"中标供应商：某某数码经营部\n统一社会信用代码：{code}"
    supplier = next(p for p in extract_parties(text, registry=registry) if p.role == "supplier")
    assert (supplier.vendor_id, supplier.match_method) == ("example_vision", "identifier")


def test_a_member_state_prefix_alone_is_not_a_vat_number():
    assert normalise("national", "DEPGOBJAL031685").scheme == "national"   # "DE…" but not a German VAT shape
    assert normalise("national", "DE12345678", country="DE").scheme == "de_national"
    assert normalise("national", "NL123456789B01").scheme == "eu_vat"
    found = printed_identifiers("Buyer: SEPAF\nBuyer identifier: DEP-GOB-JAL 03-1685\n")
    assert [(i.scheme, i.value, i.evidence.text, role) for i, _, role in found] == [
        ("dep_gob_jal", "031685", "03-1685", "buyer")]


def test_a_printed_national_number_takes_the_scheme_the_source_gives():
    text = "Buyer: Example Administration\nNational registration number: 998298\n"
    facts = {"buyer": {"name": "Example Administration", "company_id": "998298", "country": "LU"}}
    buyer = next(p for p in extract_parties(text, facts=facts) if p.role == "buyer")
    assert [(i.scheme, i.value, i.evidence.text) for i in buyer.identifiers] == [("lu_national", "998298", "998298")]
