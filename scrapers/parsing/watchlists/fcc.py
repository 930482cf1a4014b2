"""FCC Covered List: the one HTML table on fcc.gov/supplychain/coveredlist (description, date of inclusion) → list
entries. One row may name several companies ("produced by Hytera …, Hikvision …, or Dahua …"); each becomes an
entry.
"""
from __future__ import annotations

import re
import unicodedata

from enrich.lists import ListEntry, says_subsidiaries_covered
from scrapers.parsing.watchlists.common import ListFormatError, ParsedList, clean_text, decode_text, parse_list_date

FCC_LIST_ID = "us_fcc_covered_list"
_FCC_BY_RE = re.compile(
    r"\b(?:produced|provided|supplied|operated|manufactured|offered)\b[^.;]{0,60}?\bby\s+(?P<who>.+?)"
    r"(?=,?\s+(?:including|to the extent|for the purpose|subject to|and\s+(?:any|all)\s+(?:of\s+)?(?:its|their)\s+"
    r"(?:\w+,?\s+){0,4}?(?:predecessors|successors|parents|subsidiaries))|\.(?:\s|$)|;|$)",
    re.IGNORECASE | re.DOTALL,
)
_FCC_NOT_A_NAME = re.compile(r"subsidiar|affiliate|such entit|predecessor|successor|parent|directly|indirectly",
                             re.IGNORECASE)
_FCC_SPLIT = re.compile(r",\s*(?:or|and)\s+|\s+(?:or|and)\s+(?=[A-Z])|,\s*(?=[A-Z])")
_FCC_ABBREVIATION = re.compile(r"\s*\((?:[^)]{1,40})\)")
_LEGAL_FORM_ONLY = re.compile(r"(?:Inc|Ltd|LLC|L\.L\.C|Co|Corp|Limited|GmbH|S\.A|AG|plc|B\.V|N\.V)\.?", re.IGNORECASE)
_COMPANY_WORDS = re.compile(r"\b(?:Company|Corporation|Corp|Co|Inc|Ltd|Limited|LLC|Lab|Group|Technologies|"
                            r"Technology|Communications)\b\.?", re.IGNORECASE)


def _fcc_company_names(description: str) -> list[str]:
    match = _FCC_BY_RE.search(description)
    if not match:
        return []
    who = _FCC_ABBREVIATION.sub("", match.group("who"))
    names: list[str] = []
    for part in _FCC_SPLIT.split(who):
        part = clean_text(part).strip(" ,.")
        part = re.sub(r"^(?:or|and)\s+", "", part)
        if not part or _FCC_NOT_A_NAME.search(part):
            continue
        if names and (_LEGAL_FORM_ONLY.fullmatch(part) or (not _COMPANY_WORDS.search(part) and len(part.split()) == 1)):
            names[-1] = f"{names[-1]}, {part}"  # "Kaspersky Lab, Inc." split at its comma
            continue
        names.append(part)
    return names


def parse_fcc_covered_list(data: bytes | str, *, source_url: str | None = None) -> ParsedList:
    """Read the Covered List page: one entry per company named in each table row."""
    from parsel import Selector

    where = source_url or "FCC Covered List"
    html = decode_text(data, where=where)
    selector = Selector(text=html)
    parsed = ParsedList(entries=[], complete_lists={FCC_LIST_ID})
    rows = selector.css("table tr")
    if not rows:
        raise ListFormatError(f"{where}: no table rows found; the page layout changed or this is not the list")
    data_rows = 0
    for index, row in enumerate(rows, start=1):
        cells = [clean_text(" ".join(cell.css("::text").getall())) for cell in row.css("td")]
        if len(cells) < 2:
            continue  # header row (th) or layout row
        description, when = cells[0], cells[-1]
        try:
            listed_on = parse_list_date(when, where=f"{where} row {index} date of inclusion")
        except ListFormatError as exc:
            parsed.warnings.append(str(exc) + "; row kept without a date")
            listed_on = None
        data_rows += 1
        names = _fcc_company_names(description)
        if not names:
            parsed.warnings.append(f"{where}: row {index}: no company name found; stored under its description")
            names = [description[:300]]
        for name in names:
            slug = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKC", name).casefold()).strip("-")
            parsed.entries.append(ListEntry(
                list_id=FCC_LIST_ID,
                source_entry_id=f"{slug}@{listed_on.isoformat() if listed_on else 'undated'}",
                entity_name=name,
                entity_type="entity",
                program=description[:1000],
                listed_on=listed_on,
                citation=f"FCC Covered List, date of inclusion {when}" if when else "FCC Covered List",
                source_url=source_url,
                covers_subsidiaries=says_subsidiaries_covered(description),
                raw={"row": index, "description": description, "date_of_inclusion": when},
            ))
    if data_rows == 0:
        raise ListFormatError(f"{where}: the table has no rows with a description and a date")
    return parsed

