"""Export writers: pure functions from export rows (db/queries/export.py) to file bytes.

Every format carries the citation of each notice (source URL, archive SHA-256 and retrieval time, evidence text)
and the demo flag, so a fact can be checked by whoever receives the file. Contact details of officials that
notices print (联系人, 联系电话, phone numbers, e-mail addresses) are redacted unless the caller asks for them:
exports get forwarded, and the people named are usually clerks, not the story.

The CLI (`survtrack export`) reuses these writers, so they take no Streamlit objects.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import tempfile
from pathlib import Path
from typing import Iterable

REDACTED = "[redacted]"

# A label for a contact person or phone, then its value up to the next separator.
_CONTACT_LABEL = re.compile(
    r"(?P<label>(?:项目|采购人|采购单位|代理机构|采购代理机构)?(?:联\s*系\s*人|经\s*办\s*人|负\s*责\s*人)"
    r"|(?i:contact(?:\s+person)?|attn\.?|attention))"
    r"(?P<sep>\s*[：:]\s*)(?P<value>"
    r"[\u3400-\u9fff·•]{1,8}(?:\s[\u3400-\u9fff]{1,2}(?![\u3400-\u9fff]))?"  # 张三, 李 四
    r"|[A-Z][\w.'-]*(?:[ \t]+[A-Z][\w.'-]*){0,3}"  # Jane Example, Dr. J. Smith
    r"|[^\s，,；;。、|()（）\n]{1,30})")
_PHONE_LABEL = re.compile(
    r"(?P<label>联\s*系\s*电\s*话|联系方式|电\s*话|手\s*机|传\s*真|tel(?:ephone)?|phone|mobile|fax)"
    r"(?P<sep>\s*[：:]\s*)(?P<value>[0-9０-９+＋()（）\-－—–\s/、,，转ext.]{5,60}[0-9０-９])",
    re.IGNORECASE)
_PHONE_PATTERNS = [
    re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])"),  # mainland China mobile
    re.compile(r"(?<![0-9])0[0-9]{2,3}[-－—\s][0-9]{7,8}(?![0-9])"),  # mainland China landline with area code
    re.compile(r"(?<![0-9A-Za-z])\+[0-9]{1,3}[\s\-.]?(?:\(?[0-9]{1,4}\)?[\s\-.]?){2,5}[0-9]{2,4}(?![0-9])"),
    re.compile(r"(?<![0-9])\(?[0-9]{3}\)?[\s.-][0-9]{3}[\s.-][0-9]{4}(?![0-9])"),  # North American
]
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def redact(text: str | None) -> str | None:
    """`text` without contact persons' names, phone numbers and e-mail addresses (labels are kept)."""
    if not text:
        return text
    text = _CONTACT_LABEL.sub(lambda m: f"{m['label']}{m['sep']}{REDACTED}", text)
    text = _PHONE_LABEL.sub(lambda m: f"{m['label']}{m['sep']}{REDACTED}", text)
    for pattern in _PHONE_PATTERNS:
        text = pattern.sub(REDACTED, text)
    return _EMAIL.sub(REDACTED, text)


def prepare(rows: Iterable[dict], *, include_contacts: bool = False) -> list[dict]:
    """Copies of `rows` with free text redacted (unless include_contacts) and a `contacts_redacted` flag."""
    out = []
    for row in rows:
        row = json.loads(json.dumps(row, default=str))  # deep copy; dates already strings
        if not include_contacts:
            row["title"] = redact(row.get("title"))
            row["text"] = redact(row.get("text"))
            for tag in row.get("technologies") or []:
                tag["evidence"] = redact(tag.get("evidence"))
            if row.get("amount"):
                row["amount"]["evidence"] = redact(row["amount"].get("evidence"))
        row["contacts_redacted"] = not include_contacts
        out.append(row)
    return out


# --- flat formats ---------------------------------------------------------------------------------------------

FLAT_COLUMNS = [
    "id", "source", "kind", "published", "title", "buyer", "suppliers", "supplier_vendor_ids",
    "watchlists_at_award", "technologies", "evidence", "amount_value", "amount_currency", "amount_kind",
    "amount_evidence", "country", "admin1", "admin2", "admin3", "city", "adcode", "lat", "lon", "precision",
    "status", "removed_on", "first_seen", "last_seen", "language", "surveillance", "classifier_version",
    "source_url", "archive_sha256", "retrieved_at", "demo", "contacts_redacted", "text",
]


def flatten(row: dict) -> dict:
    """One export row as flat columns (lists joined with ' | '), citation columns included."""
    tags = row.get("technologies") or []
    suppliers = row.get("suppliers") or []
    amount = row.get("amount") or {}
    location = row.get("location") or {}
    archive = row.get("archive") or {}
    buyer = row.get("buyer") or {}
    watch = [f"{s['name']}: {w['list']} since {w['listed_on']}" for s in suppliers for w in s.get("watchlists") or []]
    return {
        "id": row.get("id"), "source": row.get("source"), "kind": row.get("kind"),
        "published": row.get("published"), "title": row.get("title"), "buyer": buyer.get("name"),
        "suppliers": " | ".join(s["name"] for s in suppliers),
        "supplier_vendor_ids": " | ".join(s.get("vendor_id") or "" for s in suppliers).strip(" |"),
        "watchlists_at_award": " | ".join(watch),
        "technologies": " | ".join(sorted({t["id"] for t in tags})),
        "evidence": " | ".join(f"{t['id']}: {t['evidence']}" for t in tags),
        "amount_value": amount.get("value"), "amount_currency": amount.get("currency"),
        "amount_kind": amount.get("kind"), "amount_evidence": amount.get("evidence"),
        "country": location.get("country"), "admin1": location.get("admin1"), "admin2": location.get("admin2"),
        "admin3": location.get("admin3"), "city": location.get("city"), "adcode": location.get("adcode"),
        "lat": location.get("lat"), "lon": location.get("lon"), "precision": location.get("precision"),
        "status": row.get("status"), "removed_on": row.get("removed_on"), "first_seen": row.get("first_seen"),
        "last_seen": row.get("last_seen"), "language": row.get("language"),
        "surveillance": row.get("surveillance"), "classifier_version": row.get("classifier_version"),
        "source_url": row.get("url"), "archive_sha256": archive.get("sha256"),
        "retrieved_at": archive.get("retrieved_at"), "demo": row.get("demo"),
        "contacts_redacted": row.get("contacts_redacted", True), "text": row.get("text"),
    }


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _spreadsheet_safe(value):
    """Text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def to_csv(rows: Iterable[dict], *, include_contacts: bool = False) -> bytes:
    """UTF-8 CSV with a BOM (so Excel opens Chinese text correctly), one notice per line."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FLAT_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in prepare(rows, include_contacts=include_contacts):
        writer.writerow({k: _spreadsheet_safe(v) for k, v in flatten(row).items()})
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


XLSX_CELL_LIMIT = 32767


def to_xlsx(rows: Iterable[dict], *, include_contacts: bool = False) -> bytes:
    """An Excel workbook: sheet `notices` (flat columns) and sheet `about` (what the columns mean)."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = Workbook()
    sheet = book.active
    sheet.title = "notices"
    sheet.append(FLAT_COLUMNS)
    for r, row in enumerate(prepare(rows, include_contacts=include_contacts), start=2):
        flat = flatten(row)
        for c, key in enumerate(FLAT_COLUMNS, start=1):
            value = flat[key]
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
                if len(value) > XLSX_CELL_LIMIT:
                    value = value[: XLSX_CELL_LIMIT - 20] + " …[truncated]"
            cell = sheet.cell(row=r, column=c, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
    about = book.create_sheet("about")
    about.append(["column", "meaning"])
    for column, meaning in COLUMN_NOTES.items():
        about.append([column, meaning])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


COLUMN_NOTES = {
    "source_url": "Public URL of the notice at its source (may since have been removed: see status).",
    "archive_sha256": "SHA-256 of the raw copy survtrack archived; proves what the source served.",
    "retrieved_at": "When that raw copy was last fetched.",
    "evidence": "The exact clauses that triggered each technology tag (taxonomy id: quoted text).",
    "amount_value": "Headline amount in whole currency units (万元/亿元 converted), in amount_currency.",
    "precision": "How far down the place was resolved (country, admin1, admin2, admin3, city).",
    "demo": "TRUE for the bundled fictional demo corpus: not real buyers or purchases.",
    "contacts_redacted": "TRUE when names and phone numbers of contact persons were removed from the text.",
}


# --- geographic formats ------------------------------------------------------------------------------------------

def _feature(row: dict) -> dict:
    flat = flatten(row)
    lat, lon = flat.pop("lat"), flat.pop("lon")
    geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
    return {"type": "Feature", "id": flat["id"], "geometry": geometry, "properties": flat}


def to_geojson(rows: Iterable[dict], *, include_contacts: bool = False) -> bytes:
    """RFC 7946 GeoJSON: a point at the most precise known place; notices without coordinates have null geometry."""
    features = [_feature(row) for row in prepare(rows, include_contacts=include_contacts)]
    collection = {"type": "FeatureCollection", "features": features}
    return json.dumps(collection, ensure_ascii=False, default=str).encode("utf-8")


def to_gpkg(rows: Iterable[dict], *, include_contacts: bool = False) -> bytes:
    """A GeoPackage (layer `notices`, EPSG:4326) that opens in QGIS."""
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import Point

    prepared = prepare(rows, include_contacts=include_contacts)
    flats = [flatten(row) for row in prepared]
    frame = pd.DataFrame(flats, columns=FLAT_COLUMNS)
    geometry = [Point(f["lon"], f["lat"]) if f["lat"] is not None and f["lon"] is not None else None for f in flats]
    for column in ("lat", "lon", "amount_value"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce")
    for column in ("surveillance", "demo", "contacts_redacted"):
        frame[column] = frame[column].astype("boolean")
    for column in frame.columns:
        if frame[column].dtype == object:
            frame[column] = frame[column].astype("string")
    layer = gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "survtrack.gpkg"
        layer.to_file(path, layer="notices", driver="GPKG", engine="pyogrio")
        return path.read_bytes()


# --- FollowTheMoney -----------------------------------------------------------------------------------------------

def _ftm_id(*parts) -> str:
    return "survtrack-" + hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()


def _entity(entity_id: str, schema: str, **properties) -> dict:
    props = {}
    for key, value in properties.items():
        values = value if isinstance(value, list) else [value]
        values = [str(v) for v in values if v not in (None, "")]
        if values:
            props[key] = values
    return {"id": entity_id, "schema": schema, "properties": props}


def ftm_entities(rows: Iterable[dict], *, include_contacts: bool = False) -> list[dict]:
    """FollowTheMoney entities: PublicBody buyers, Company suppliers, a Contract (or CallForTenders for tenders)
    per notice and a ContractAward per supplier. Organisations are deduplicated by survtrack organisation id."""
    entities: dict[str, dict] = {}
    for row in prepare(rows, include_contacts=include_contacts):
        location = row.get("location") or {}
        archive = row.get("archive") or {}
        tags = row.get("technologies") or []
        notes = [f"{t['id']}: {t['evidence']}" for t in tags]
        citation = f"archive sha256 {archive['sha256']}" if archive.get("sha256") else None
        if row.get("demo"):
            notes.insert(0, "DEMO DATA: fictional notice from the survtrack demo corpus")
        buyer = row.get("buyer")
        buyer_id = None
        if buyer and buyer.get("name"):
            buyer_id = _ftm_id("org", buyer.get("org_id") or buyer["name"])
            entities.setdefault(buyer_id, _entity(buyer_id, "PublicBody", name=buyer["name"],
                                                  country=(location.get("country") or "").lower() or None))
        amount = row.get("amount") or {}
        common = dict(title=row.get("title") or f"notice {row['id']}", sourceUrl=row.get("url"),
                      publisher=row.get("source"), country=(location.get("country") or "").lower() or None,
                      keywords=sorted({t["id"] for t in tags}), notes=notes + ([citation] if citation else []),
                      retrievedAt=archive.get("retrieved_at"))
        notice_id = _ftm_id("notice", row["id"])
        if row.get("kind") == "tender" and buyer_id:
            entities[notice_id] = _entity(notice_id, "CallForTenders", authority=buyer_id,
                                          publicationDate=row.get("published"), **common)
        else:
            entities[notice_id] = _entity(notice_id, "Contract", authority=buyer_id,
                                          contractDate=row.get("published"), amount=amount.get("value"),
                                          currency=amount.get("currency"), **common)
        for supplier in row.get("suppliers") or []:
            supplier_id = _ftm_id("org", supplier.get("org_id") or supplier["name"])
            entities.setdefault(supplier_id, _entity(supplier_id, "Company", name=supplier["name"]))
            if entities[notice_id]["schema"] != "Contract":
                continue
            award_id = _ftm_id("award", row["id"], supplier_id)
            watch = [f"{w['list']} since {w['listed_on']}" for w in supplier.get("watchlists") or []]
            entities[award_id] = _entity(
                award_id, "ContractAward", contract=notice_id, supplier=supplier_id, date=row.get("published"),
                amount=amount.get("value") if len(row["suppliers"]) == 1 else None,
                currency=amount.get("currency") if len(row["suppliers"]) == 1 else None,
                sourceUrl=row.get("url"), summary=("listed at award: " + "; ".join(watch)) if watch else None)
    return list(entities.values())


def to_ftm(rows: Iterable[dict], *, include_contacts: bool = False) -> bytes:
    """Line-delimited FollowTheMoney entity JSON (what `ftm` tools, Aleph and OpenSanctions read)."""
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in ftm_entities(rows, include_contacts=include_contacts)]
    return ("\n".join(lines) + ("\n" if lines else "")).encode("utf-8")


FORMATS = {
    "csv": (to_csv, "text/csv", "csv"),
    "xlsx": (to_xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    "geojson": (to_geojson, "application/geo+json", "geojson"),
    "gpkg": (to_gpkg, "application/geopackage+sqlite3", "gpkg"),
    "ftm": (to_ftm, "application/json", "ftm.json"),
}
