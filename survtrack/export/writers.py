"""One writer per file format: prepared export records (redact.prepare) → bytes on a binary stream.

Each writer takes an iterable of records and a binary file object and returns how many notices it wrote. The
text formats stream (a record is written as soon as it is read); XLSX and GeoPackage build the file in memory.
Output depends only on the records, so the CLI and the dashboard write identical files for one selection.
"""
from __future__ import annotations

import csv
import io
import json
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO

from survtrack.export.flat import COLUMN_NOTES, FLAT_COLUMNS, flatten, spreadsheet_safe

XLSX_CELL_LIMIT = 32767


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def write_jsonl(records: Iterable[dict[str, Any]], out: BinaryIO) -> int:
    """One record per line, in the data contract's shape (UTF-8)."""
    count = 0
    for record in records:
        out.write((_json(record) + "\n").encode("utf-8"))
        count += 1
    return count


def write_csv(records: Iterable[dict[str, Any]], out: BinaryIO) -> int:
    """UTF-8 CSV with a BOM (so Excel opens Chinese text correctly), CRLF line ends, one notice per row."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FLAT_COLUMNS, lineterminator="\r\n")

    def flush() -> None:
        out.write(buffer.getvalue().encode("utf-8"))
        buffer.seek(0)
        buffer.truncate()

    out.write("\ufeff".encode("utf-8"))
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow({k: spreadsheet_safe(v) for k, v in flatten(record).items()})
        count += 1
        flush()
    flush()
    return count


def _feature(record: dict[str, Any]) -> dict[str, Any]:
    flat = flatten(record)
    lat, lon = flat.pop("lat"), flat.pop("lon")
    geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
    return {"type": "Feature", "id": flat["id"], "geometry": geometry, "properties": flat}


def write_geojson(records: Iterable[dict[str, Any]], out: BinaryIO) -> int:
    """RFC 7946 GeoJSON, one feature per line: a point at the most precise known place; notices without
    coordinates are kept with a null geometry."""
    out.write(b'{"type": "FeatureCollection", "features": [\n')
    count = 0
    for record in records:
        out.write(((",\n" if count else "") + _json(_feature(record))).encode("utf-8"))
        count += 1
    out.write(b"\n]}\n")
    return count


def write_xlsx(records: Iterable[dict[str, Any]], out: BinaryIO) -> int:
    """An Excel workbook: sheet `notices` (flat columns) and sheet `about` (what the columns mean)."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook has one worksheet, the active one
    sheet.title = "notices"
    sheet.append(FLAT_COLUMNS)
    count = 0
    for r, record in enumerate(records, start=2):
        flat = flatten(record)
        for c, key in enumerate(FLAT_COLUMNS, start=1):
            value = flat[key]
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
                if len(value) > XLSX_CELL_LIMIT:
                    value = value[: XLSX_CELL_LIMIT - 20] + " …[truncated]"
            cell = sheet.cell(row=r, column=c, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
        count += 1
    about = book.create_sheet("about")
    about.append(["column", "meaning"])
    for column, meaning in COLUMN_NOTES.items():
        about.append([column, meaning])
    book.save(out)
    return count


def write_gpkg(records: Iterable[dict[str, Any]], out: BinaryIO) -> int:
    """A GeoPackage (layer `notices`, EPSG:4326) that opens in QGIS."""
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import Point

    flats = [flatten(record) for record in records]
    frame = pd.DataFrame(flats, columns=FLAT_COLUMNS)
    geometry = [Point(f["lon"], f["lat"]) if f["lat"] is not None and f["lon"] is not None else None for f in flats]
    for column in ("lat", "lon", "amount_value"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce")
    for column in ("surveillance", "demo", "contacts_redacted"):
        frame[column] = frame[column].astype("boolean")
    for column in frame.columns:
        if frame[column].dtype == object:
            frame[column] = frame[column].astype("string")
    # None is a notice without coordinates (a null geometry): geopandas takes it, types-geopandas does not say so.
    layer = gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "survtrack.gpkg"
        layer.to_file(path, layer="notices", driver="GPKG", engine="pyogrio")
        out.write(path.read_bytes())
    return len(flats)
