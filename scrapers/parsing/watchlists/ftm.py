"""OpenSanctions FollowTheMoney NDJSON (``entities.ftm.json``, all property values are lists) and delta files
(``{"op": "ADD"|"MOD"|"DEL", "entity": {…}}``) → list entries. Each dataset an entity belongs to is its own list
(``os_<dataset>``); DEL ends the designation, it never deletes it.
"""
from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from enrich.lists import DeltaOp, ListEntry, os_list_id, says_subsidiaries_covered
from scrapers.parsing.codes import country_alpha2
from scrapers.parsing.watchlists.common import ListFormatError, ParsedList, clean_text, parse_list_date

FTM_MATCHABLE_SCHEMAS = frozenset({"Company", "Organization", "LegalEntity", "PublicBody"})
FTM_DEFAULT_SCHEMAS = FTM_MATCHABLE_SCHEMAS | {"Person"}


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
        country = country_alpha2(_first(props, prop), user_assigned=True)
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


def _json_lines(data: bytes | str, where: str, limit: int | None, errors: list[str]) -> Iterator[tuple[int, Any]]:
    """(line number, value) for every readable non-blank line, read by the project's one JSON-lines reader
    (enrich.jsonstream.parse_lines): a bad line (not JSON, nested too deep, over `limit` bytes) is one error in
    `errors`, named "<where> line N" like the other list parsers' errors, and never stops the others."""
    from enrich.jsonstream import JsonError, parse_lines

    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    try:
        raw.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        encoding = "cp1252"  # what a list file that is not UTF-8 is written in
    for number, value in parse_lines(io.BytesIO(raw), where, limit=limit or len(raw), encoding=encoding):
        if isinstance(value, JsonError):
            errors.append(f"{where} line {number}: {str(value).removeprefix(f'{where}:{number}: ')}")
        else:
            yield number, value


def _line_entries(entity: Any, where: str, number: int, errors: list[str],
                  **options: Any) -> list[ListEntry] | None:
    """ftm_entries for the entity on line `number`; None (and one error) when it is not an entity we can read."""
    try:
        return ftm_entries(entity, where=f"{where} line {number}", **options)
    except ListFormatError as exc:
        errors.append(str(exc))
        return None


def parse_ftm_entities(data: bytes | str, *, source_url: str | None = None, datasets: Iterable[str] | None = None,
                       schemas: frozenset[str] = FTM_DEFAULT_SCHEMAS, max_line_bytes: int | None = None) -> ParsedList:
    """A full FtM export: every target entity of the wanted schemas, once per dataset. A line that is not JSON,
    not an entity or over `max_line_bytes` is an error in `errors`; the other lines are read."""
    where = source_url or "FtM entities"
    parsed = ParsedList(entries=[])
    for number, entity in _json_lines(data, where, max_line_bytes, parsed.errors):
        parsed.entries += _line_entries(entity, where, number, parsed.errors, datasets=datasets, schemas=schemas,
                                        source_url=source_url) or []
    parsed.complete_lists = {e.list_id for e in parsed.entries}
    parsed.incomplete_if_errors(where)
    return parsed


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
    for number, line in _json_lines(data, where, max_line_bytes, parsed.errors):
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
        entries = _line_entries(entity, where, number, parsed.errors, datasets=datasets, schemas=schemas,
                                source_url=source_url)
        if entries is not None:
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

