"""Export: the records of db/export.py written as files, one writer per format, shared by every caller.

    records = db.export.iter_records(conn, filters)           # the one query (filters: db/queries/filters.py)
    survtrack.export.write("csv", records, out)               # the one writer per format, redaction included

`survtrack export` and the dashboard's download button both go through these two calls, so one selection gives
the same file from both (byte for byte for jsonl, csv, geojson and ftm). Contact details are redacted the same
way in every format unless `include_contacts` (survtrack/export/redact.py). This package imports nothing from
the CLI, so the dashboard may use it.
"""
from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, BinaryIO

from survtrack.export.ftm import write_ftm
from survtrack.export.redact import REDACTED, prepare, redact
from survtrack.export.writers import write_csv, write_geojson, write_gpkg, write_jsonl, write_xlsx

__all__ = ["FORMATS", "REDACTED", "Format", "prepare", "redact", "to_bytes", "write"]


@dataclass(frozen=True)
class Format:
    writer: Callable[[Iterable[dict[str, Any]], BinaryIO], int]
    mime: str
    extension: str
    label: str
    #: Text formats may go to stdout; binary ones need a file.
    text: bool


#: In the order the dashboard offers them (CSV first: what most readers open).
FORMATS: dict[str, Format] = {
    "csv": Format(write_csv, "text/csv", "csv", "CSV", True),
    "xlsx": Format(write_xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx",
                   "Excel (XLSX)", False),
    "geojson": Format(write_geojson, "application/geo+json", "geojson", "GeoJSON", True),
    "gpkg": Format(write_gpkg, "application/geopackage+sqlite3", "gpkg", "GeoPackage (QGIS)", False),
    "ftm": Format(write_ftm, "application/json", "ftm.json", "FollowTheMoney JSON (Aleph)", True),
    "jsonl": Format(write_jsonl, "application/x-ndjson", "jsonl", "JSON lines (the data contract's records)", True),
}


def write(fmt: str, records: Iterable[dict[str, Any]], out: BinaryIO, *, include_contacts: bool = False) -> int:
    """Write export records (db/export.py) in format `fmt` to a binary stream; returns the number of notices."""
    return FORMATS[fmt].writer(prepare(records, include_contacts=include_contacts), out)


def to_bytes(fmt: str, records: Iterable[dict[str, Any]], *, include_contacts: bool = False) -> bytes:
    """The file `write` would produce, as bytes (for a download button)."""
    buffer = io.BytesIO()
    write(fmt, records, buffer, include_contacts=include_contacts)
    return buffer.getvalue()
