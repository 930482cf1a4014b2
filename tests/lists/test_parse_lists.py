"""List files in their real formats → entries: CSL CSV (by header name), FCC Covered List HTML, FtM NDJSON + deltas."""
from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from enrich.lists import ListEntry, match_entry
from scrapers.parsing.watchlists import (
    CSL_COLUMNS,
    ListFormatError,
    delta_date,
    parse_csl_csv,
    parse_fcc_covered_list,
    parse_ftm_delta,
    parse_ftm_entities,
)

FIXTURES = Path(__file__).parent.parent / "fixtures"
CSL = FIXTURES / "usa_consolidated_screening_list/base/downloadable_consolidated_screening_list/v1/consolidated.csv"
FCC = FIXTURES / "usa_fcc_covered_list/base/supplychain/coveredlist.html"
FTM = FIXTURES / "opensanctions/base/datasets/latest/us_trade_csl/entities.ftm.json"
DELTA = FIXTURES / "opensanctions/base/artifacts/20240528014702-pfh/entities.delta.json"


def _rewrite_csv(path: Path, columns: list[str], extra: dict[str, str] | None = None) -> bytes:
    rows = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns + list(extra or {}))
    writer.writeheader()
    for row in rows:
        writer.writerow({**{c: row.get(c, "") for c in columns}, **(extra or {})})
    return out.getvalue().encode("utf-8")


def by_id(entries: list[ListEntry]) -> dict[str, ListEntry]:
    return {e.source_entry_id: e for e in entries}


def test_csl_fixture_has_the_29_real_columns():
    header = next(csv.reader(CSL.open(encoding="utf-8")))
    assert tuple(header) == CSL_COLUMNS and len(header) == 29


def test_csl_entries_carry_list_dates_citation_and_multi_values():
    parsed = parse_csl_csv(CSL.read_bytes(), source_url="file:///consolidated.csv")
    entries = by_id(parsed.entries)
    hik = entries["fx-el-0001"]
    assert hik.list_id == "us_bis_entity_list"
    assert hik.listed_on == date(2019, 10, 9) and hik.delisted_on is None
    assert hik.citation == "84 FR 54002" and hik.country == "CN"
    fictional = entries["fx-el-0003"]
    assert fictional.alt_names == ["Northwind Optical", "北风光学有限公司"]
    assert fictional.citation == "99 FR 10001; 99 FR 20002"
    assert fictional.delisted_on == date(2023, 2, 1)
    assert fictional.covers_subsidiaries is True and hik.covers_subsidiaries is False
    assert entries["fx-meu-0001"].list_id == "us_bis_meu_list"
    assert entries["fx-cmic-0001"].list_id == "us_ofac_ns_cmic"
    assert entries["fx-sdn-0001"].entity_type == "individual" and entries["fx-sdn-0001"].listed_on is None
    assert parsed.warnings == []
    assert parsed.complete_lists == {"us_bis_entity_list", "us_bis_meu_list", "us_ofac_ns_cmic", "us_ofac_sdn"}


def test_csl_reordered_columns_read_the_same():
    reordered = list(reversed(CSL_COLUMNS))
    original = parse_csl_csv(CSL.read_bytes())
    shuffled = parse_csl_csv(_rewrite_csv(CSL, reordered))
    assert [(e.source_entry_id, e.entity_name, e.listed_on, e.citation, e.alt_names) for e in shuffled.entries] == \
        [(e.source_entry_id, e.entity_name, e.listed_on, e.citation, e.alt_names) for e in original.entries]


def test_csl_unknown_new_column_is_kept_and_named():
    parsed = parse_csl_csv(_rewrite_csv(CSL, list(CSL_COLUMNS), {"sanction_reason": "testing"}))
    assert len(parsed.entries) == 6
    assert any("unknown column 'sanction_reason'" in w for w in parsed.warnings)
    assert parsed.entries[0].raw["sanction_reason"] == "testing"


def test_csl_missing_required_column_is_a_clear_error():
    columns = [c for c in CSL_COLUMNS if c != "name"]
    with pytest.raises(ListFormatError, match="required column.*'name'"):
        parse_csl_csv(_rewrite_csv(CSL, columns))


def test_csl_bad_date_names_line_and_column_and_the_other_lines_are_read():
    good = parse_csl_csv(CSL.read_text(encoding="utf-8"))
    text = CSL.read_text(encoding="utf-8").replace("2019-10-09", "9th of Octember", 1)
    parsed = parse_csl_csv(text)
    assert len(parsed.errors) == 1 and "line 2 start_date" in parsed.errors[0]
    assert len(parsed.entries) == len(good.entries) - 1  # one bad line loses that line only
    assert parsed.complete_lists == set()  # …and the file no longer proves any entry missing
    assert any("not treated as a complete snapshot" in w for w in parsed.warnings)


def test_csl_unknown_source_becomes_its_own_list_with_a_warning():
    text = CSL.read_text(encoding="utf-8").replace(
        "Military End User (MEU) List - Bureau of Industry and Security", "Future Example List (FXL) - Some Agency")
    parsed = parse_csl_csv(text)
    assert by_id(parsed.entries)["fx-meu-0001"].list_id == "us_csl_fxl"
    assert "us_csl_fxl" in parsed.new_watchlists
    assert any("unknown CSL source" in w for w in parsed.warnings)


def test_fcc_row_naming_three_companies_gives_three_entries():
    parsed = parse_fcc_covered_list(FCC.read_bytes())
    names = [e.entity_name for e in parsed.entries]
    assert names == ["Huawei Technologies Company", "ZTE Corporation", "Hytera Communications Corporation",
                     "Hangzhou Hikvision Digital Technology Company", "Dahua Technology Company",
                     "Example Secure Labs, Inc"]
    hik = parsed.entries[3]
    assert hik.listed_on == date(2021, 3, 12) and hik.covers_subsidiaries
    assert "public safety" in hik.program


def test_fcc_page_without_table_is_an_error():
    with pytest.raises(ListFormatError, match="no table rows"):
        parse_fcc_covered_list(b"<html><body><p>Access denied</p></body></html>")


def test_ftm_targets_per_dataset_and_non_targets_skipped():
    parsed = parse_ftm_entities(FTM.read_bytes())
    keys = sorted((e.list_id, e.source_entry_id) for e in parsed.entries)
    assert keys == [("os_us_ofac_sdn", "NK-fx2QuillfeatherAnalytics"), ("os_us_ofac_sdn", "NK-fx3ExamplePerson"),
                    ("os_us_trade_csl", "NK-fx1NorthwindOptics"), ("os_us_trade_csl", "NK-fx2QuillfeatherAnalytics")]
    northwind = next(e for e in parsed.entries if e.source_entry_id == "NK-fx1NorthwindOptics")
    assert northwind.listed_on == date(2021, 6, 1) and northwind.raw["listed_on_basis"] == "createdAt"
    assert "乐山北风光学有限公司" in northwind.alt_names and northwind.country == "CN"
    quill = next(e for e in parsed.entries if e.source_entry_id == "NK-fx2QuillfeatherAnalytics")
    assert quill.listed_on == date(2022, 3, 16) and quill.raw["listed_on_basis"] == "first_seen"


def test_ftm_dataset_filter_and_bad_line():
    only = parse_ftm_entities(FTM.read_bytes(), datasets=["us_ofac_sdn"])
    assert {e.list_id for e in only.entries} == {"os_us_ofac_sdn"}
    first = FTM.read_bytes().split(b"\n")[0]
    parsed = parse_ftm_entities(first + b"\n{broken\n" + first + b"\n")
    assert len(parsed.errors) == 1 and "line 2: invalid JSON" in parsed.errors[0]
    assert len(parsed.entries) == 2 * len(parse_ftm_entities(first).entries)  # the lines around it are read


def test_ftm_delta_ops_and_date():
    ops, warnings = parse_ftm_delta(DELTA.read_bytes())
    assert [(o.op, o.entity_id) for o in ops] == [("ADD", "NK-fx5BrightlakeVision"),
                                                  ("MOD", "NK-fx2QuillfeatherAnalytics"),
                                                  ("DEL", "NK-fx1NorthwindOptics")]
    assert ops[2].entries == [] and ops[2].datasets == ["us_trade_csl"]
    assert warnings == []
    assert delta_date(str(DELTA)) == date(2024, 5, 28)


@pytest.mark.parametrize(("name", "country", "vendor", "method"), [
    ("Hangzhou Hikvision Digital Technology Co., Ltd.", "CN", "hikvision", "exact_alias"),
    ("Dahua Technology Company", "CN", "dahua", "suffix_stripped"),
    ("Megvii Technology", "CN", "megvii", "suffix_stripped"),  # the registry's distinctive-name rule (score 0.95)
    ("Yitu Technologies", "CN", "yitu", "transliteration_core"),
])
def test_list_names_match_registry_vendors(name, country, vendor, method):
    match = match_entry(ListEntry("us_bis_entity_list", "x", name, country=country))
    assert match is not None and (match.vendor_id, match.method) == (vendor, method)


def test_no_match_for_individuals_unrelated_names_or_other_country_near_misses():
    assert match_entry(ListEntry("l", "1", "Hikvision", entity_type="individual")) is None
    assert match_entry(ListEntry("l", "1", "Northwind Optics Co., Ltd.", country="CN")) is None
    assert match_entry(ListEntry("l", "1", "Megvii Technology", country="US")) is None


def test_alias_match_and_subsidiary_name_flag():
    alias = match_entry(ListEntry("l", "1", "Example Holdings 42", alt_names=["Zhejiang Dahua Technology Co., Ltd."]))
    assert alias.vendor_id == "dahua" and alias.method.startswith("alias:") and alias.score < 1
    sub = match_entry(ListEntry("l", "1", "Hikvision Europe B.V.", country="NL"))
    assert sub.vendor_id == "hikvision" and sub.subsidiary_name


def test_parent_short_name_is_not_mistaken_for_a_subsidiary():
    match = match_entry(ListEntry("l", "1", "Hikvision", country="CN"))
    assert match.vendor_id == "hikvision" and not match.subsidiary_name
