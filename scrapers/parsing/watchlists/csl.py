"""US Consolidated Screening List (trade.gov) bulk CSV → list entries.

29 columns, multi-values separated by ``;``. Columns are found by header name, so a reordered file reads the
same; a column we do not know is kept in ``raw`` and reported in ``ParsedList.warnings`` (never silently
dropped); a missing required column is a ``ListFormatError`` naming it. Each ``source`` (Entity List, MEU, CMIC,
SDN, …) maps to its own list id via the reviewed file ``enrich/data/watchlists.csv``; an unknown source becomes
``us_csl_<code>`` with a warning.
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from typing import Any

from enrich.ids import fingerprint
from enrich.lists import ListEntry, Watchlist, known_watchlists, says_subsidiaries_covered
from scrapers.parsing.codes import country_alpha2
from scrapers.parsing.watchlists.common import ListFormatError, ParsedList, clean_text, decode_text, parse_list_date

CSL_COLUMNS = (
    "_id", "source", "entity_number", "type", "programs", "name", "title", "addresses", "federal_register_notice",
    "start_date", "end_date", "standard_order", "license_requirement", "license_policy", "call_sign",
    "vessel_type", "gross_tonnage", "gross_registered_tonnage", "vessel_flag", "vessel_owner", "remarks",
    "source_list_url", "alt_names", "citizenships", "dates_of_birth", "nationalities", "places_of_birth",
    "source_information_url", "ids",
)
CSL_REQUIRED = ("source", "name")
CSL_MULTI = frozenset({"programs", "addresses", "federal_register_notice", "alt_names", "citizenships",
                       "dates_of_birth", "nationalities", "places_of_birth", "ids", "title"})
#: Header spellings seen in other renderings of the same file (TSV/JSON-derived), folded to our names.
_CSL_HEADER_ALIASES = {"id": "_id", "source_list": "source", "alt_name": "alt_names"}
_CSL_CODE_ALIASES = {"NS-MBS": "MBS", "NS-MBS LIST": "MBS", "CAPTA": "CAP", "NS-CMIC": "CMIC", "NS-PLC": "PLC"}
_CSL_TYPES = {"entity": "entity", "individual": "individual", "vessel": "vessel", "aircraft": "aircraft"}


def _header_key(name: str) -> str:
    key = clean_text(name).lstrip("\ufeff").strip().lower().replace(" ", "_")
    return _CSL_HEADER_ALIASES.get(key, key)


def csl_list_id(source: str) -> tuple[str, Watchlist | None]:
    """The list id of a CSL `source` value; a second value is a new Watchlist when the source is unknown."""
    text = clean_text(source)
    match = re.search(r"\(([A-Za-z][A-Za-z\- ]*)\)", text)
    code = (match.group(1) if match else text).strip().upper()
    code = _CSL_CODE_ALIASES.get(code, code)
    for watchlist in known_watchlists().values():
        if watchlist.csl_code and watchlist.csl_code.upper() == code:
            return watchlist.id, None
    slug = re.sub(r"[^a-z0-9]+", "_", code.lower()).strip("_") or "unknown"
    new = Watchlist(id=f"us_csl_{slug}", name=text or code, authority=text.split(" - ")[-1] if " - " in text else None,
                    url=None)
    return new.id, new


def _split_multi(value: str) -> list[str]:
    return [part for part in (clean_text(p) for p in (value or "").split(";")) if part]


def _address_country(address: str) -> str | None:
    tail = address.rsplit(",", 1)[-1]
    return country_alpha2(clean_text(tail), user_assigned=True) if len(clean_text(tail)) == 2 else None


def parse_csl_csv(data: bytes | str, *, source_url: str | None = None, max_line_bytes: int | None = None) -> ParsedList:
    """Read a Consolidated Screening List CSV (or TSV) file into entries, by header name. A field longer than
    `max_line_bytes` (default: the csv module's 131,072) makes its line an error; the other lines are read."""
    previous = csv.field_size_limit(max_line_bytes or 131_072)  # the module-wide limit, whatever others set
    try:
        return _parse_csl_csv(data, source_url=source_url)
    finally:
        csv.field_size_limit(previous)


def _parse_csl_csv(data: bytes | str, *, source_url: str | None) -> ParsedList:
    where = source_url or "consolidated screening list"
    text = decode_text(data, where=where)
    first_line = text.split("\n", 1)[0]
    delimiter = "\t" if first_line.count("\t") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise ListFormatError(f"{where}: the file is empty") from None
    except csv.Error as exc:
        raise ListFormatError(f"{where}: line 1 (the header): unreadable CSV ({exc})") from None
    if not any(cell.strip() for cell in header):
        raise ListFormatError(f"{where}: the first line is empty (expected the header)")
    keys = [_header_key(h) for h in header]
    duplicates = sorted({k for k in keys if keys.count(k) > 1 and k})
    if duplicates:
        raise ListFormatError(f"{where}: column(s) {', '.join(duplicates)} appear more than once in the header")
    missing = [c for c in CSL_REQUIRED if c not in keys]
    if missing:
        raise ListFormatError(
            f"{where}: required column(s) {', '.join(repr(m) for m in missing)} not found in the header "
            f"(got {', '.join(repr(h) for h in header[:40])})")
    parsed = ParsedList(entries=[])
    unknown = [h for h, k in zip(header, keys, strict=True) if k not in CSL_COLUMNS]
    for column in unknown:
        parsed.warnings.append(f"{where}: unknown column {column!r}; its values are kept in each entry's raw data")
    absent = [c for c in CSL_COLUMNS if c not in keys]
    if absent:
        parsed.warnings.append(f"{where}: column(s) {', '.join(absent)} missing; those fields stay empty")
    seen_ids: set[tuple[str, str]] = set()
    for line_number, row in _csv_rows(reader, where, parsed):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(keys):
            parsed.errors.append(f"{where}: line {line_number} has {len(row)} fields, the header has {len(keys)}")
            continue
        try:
            record = dict(zip(keys, row, strict=True))
            entry = _csl_entry(record, header, row, line_number, where, source_url, parsed, seen_ids)
        except ListFormatError as exc:
            parsed.errors.append(str(exc))
            continue
        if entry is not None:
            parsed.entries.append(entry)
    if not parsed.entries and not parsed.errors:
        raise ListFormatError(f"{where}: no entries (the file has a header and nothing else)")
    parsed.incomplete_if_errors(where)
    return parsed


def _csv_rows(reader, where: str, parsed: ParsedList) -> Iterator[tuple[int, list[str]]]:
    """(line number, row) of a csv reader; a line the csv module cannot read is an error, the next is read."""
    last_error_line = None
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if reader.line_num == last_error_line:
                return  # no progress: the rest of the file is unreadable
            last_error_line = reader.line_num
            parsed.errors.append(f"{where}: line {reader.line_num}: unreadable CSV ({exc})")
            continue
        yield reader.line_num, row


def _csl_entry(record: dict, header: list[str], row: list[str], line_number: int, where: str,
               source_url: str | None, parsed: ParsedList, seen_ids: set) -> ListEntry | None:
    """One CSL row → an entry (None when it names no entity); a bad date raises ListFormatError naming it."""
    name = clean_text(record.get("name"))
    source = clean_text(record.get("source"))
    if not name or not source:
        parsed.warnings.append(f"{where}: line {line_number} has no name or source; skipped")
        return None
    listed_on = parse_list_date(record.get("start_date"), where=f"{where} line {line_number} start_date")
    delisted_on = parse_list_date(record.get("end_date"), where=f"{where} line {line_number} end_date")
    list_id, new_list = csl_list_id(source)
    if new_list is not None and list_id not in parsed.new_watchlists:
        parsed.new_watchlists[list_id] = new_list
        parsed.warnings.append(f"{where}: unknown CSL source {source!r}; stored as list {list_id}")
    parsed.complete_lists.add(list_id)
    entry_id = clean_text(record.get("_id")) or fingerprint(source, record.get("entity_number"), name,
                                                              record.get("addresses"))
    if (list_id, entry_id) in seen_ids:
        parsed.warnings.append(f"{where}: line {line_number} repeats entry id {entry_id}; later line kept")
    seen_ids.add((list_id, entry_id))
    addresses = _split_multi(record.get("addresses", ""))
    countries = [c for c in (_address_country(a) for a in addresses) if c]
    stated = _split_multi(record.get("nationalities", "")) + _split_multi(record.get("citizenships", ""))
    countries += [c for c in (country_alpha2(v, user_assigned=True) for v in stated) if c]
    notices = _split_multi(record.get("federal_register_notice", ""))
    raw: dict[str, Any] = {h: v for h, v in zip(header, row, strict=True) if v != ""}
    raw["_line"] = line_number
    return ListEntry(
        list_id=list_id,
        source_entry_id=entry_id,
        entity_name=name,
        alt_names=_split_multi(record.get("alt_names", "")),
        entity_type=_CSL_TYPES.get(clean_text(record.get("type")).lower()),
        country=countries[0] if countries else None,
        program="; ".join(_split_multi(record.get("programs", ""))) or None,
        listed_on=listed_on,
        delisted_on=delisted_on,
        citation="; ".join(notices) or None,
        source_url=clean_text(record.get("source_list_url")) or source_url,
        covers_subsidiaries=says_subsidiaries_covered(record.get("remarks"), record.get("license_requirement")),
        raw=raw,
    )

