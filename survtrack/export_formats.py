"""Serialise export records (db/export.py, the data contract's shape) as JSONL, CSV and GeoJSON.

Flat formats carry citation columns on every row (source URL, archive SHA-256, evidence text) and the demo flag.
"""
from __future__ import annotations

import csv
import io
import json
from typing import Any, Iterable, TextIO

CSV_COLUMNS = [
    "id", "demo", "source", "kind", "published", "title", "surveillance", "technologies", "evidence",
    "buyer", "suppliers", "vendor_ids", "watchlists", "amount", "currency", "amount_kind", "country", "admin1",
    "admin2", "admin3", "adcode", "city", "lat", "lon", "precision", "status", "removed_on", "url",
    "archive_sha256", "archive_retrieved_at", "classifier_version",
]


def flat_row(record: dict[str, Any]) -> dict[str, Any]:
    """One export record as a flat row with citation columns."""
    location = record.get("location") or {}
    amount = record.get("amount") or {}
    archive = record.get("archive") or {}
    suppliers = record.get("suppliers") or []
    techs = record.get("technologies") or []
    return {
        "id": record["id"], "demo": record["demo"], "source": record["source"], "kind": record["kind"],
        "published": record["published"], "title": record["title"], "surveillance": record["surveillance"],
        "technologies": ";".join(sorted({t["id"] for t in techs})),
        "evidence": " | ".join(f"{t['id']}: {t['evidence']}" for t in techs),
        "buyer": (record.get("buyer") or {}).get("name"),
        "suppliers": ";".join(s["name"] for s in suppliers),
        "vendor_ids": ";".join(s["vendor_id"] for s in suppliers if s.get("vendor_id")),
        "watchlists": ";".join(f"{w['list']}@{w['listed_on']}" for s in suppliers for w in s.get("watchlists") or []),
        "amount": amount.get("value"), "currency": amount.get("currency"), "amount_kind": amount.get("kind"),
        **{key: location.get(key) for key in ("country", "admin1", "admin2", "admin3", "adcode", "city", "lat",
                                              "lon", "precision")},
        "status": record.get("status"), "removed_on": record.get("removed_on"), "url": record["url"],
        "archive_sha256": archive.get("sha256"), "archive_retrieved_at": archive.get("retrieved_at"),
        "classifier_version": record.get("classifier_version"),
    }


def write_jsonl(records: Iterable[dict], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        count += 1
    return count


def write_csv(records: Iterable[dict], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow({k: _csv_safe(v) for k, v in flat_row(record).items()})
        count += 1
    return count


def _csv_safe(value: Any) -> Any:
    """Neutralise spreadsheet formulas in scraped text (CSV injection): a leading =,+,-,@ gets a quote."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def write_geojson(records: Iterable[dict], out: TextIO) -> int:
    """A FeatureCollection of notices with coordinates (notices without a place are left out)."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    count = 0
    for record in records:
        row = flat_row(record)
        if row["lat"] is None or row["lon"] is None:
            continue
        feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
                   "properties": {k: v for k, v in row.items() if k not in ("lat", "lon")}}
        out.write(("" if count == 0 else ",\n") + json.dumps(feature, ensure_ascii=False, default=str))
        count += 1
    out.write("\n]}\n")
    return count


def records_to_string(writer, records: Iterable[dict]) -> str:
    buffer = io.StringIO()
    writer(records, buffer)
    return buffer.getvalue()
