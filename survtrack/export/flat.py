"""Export records as flat rows (CSV, XLSX, GeoJSON properties, GeoPackage columns), citation columns included.

Every row carries what a reader needs to check it: the notice's source URL, the SHA-256 and retrieval time of
the copy survtrack archived, the evidence text of each tag, and the demo flag.
"""
from __future__ import annotations

from typing import Any

FLAT_COLUMNS = [
    "id", "source", "kind", "published", "title", "buyer", "suppliers", "supplier_vendor_ids",
    "watchlists_at_award", "technologies", "evidence", "amount_value", "amount_currency", "amount_kind",
    "amount_evidence", "amount_value_usd", "amount_value_eur", "amount_fx_rate", "amount_fx_date",
    "procurement_id", "red_flags", "red_flag_evidence", "country", "admin1", "admin2", "admin3", "city", "adcode",
    "lat", "lon", "precision",
    "status", "removed_on", "first_seen", "last_seen", "language", "surveillance", "classifier_version",
    "source_url", "archive_sha256", "retrieved_at", "demo", "contacts_redacted", "text",
    "purchase_state", "purchase_state_evidence",  # r32_money32: appended, as the contract extends
]

#: What the less obvious columns mean (the XLSX `about` sheet).
COLUMN_NOTES = {
    "source_url": "Public URL of the notice at its source (may since have been removed: see status).",
    "archive_sha256": "SHA-256 of the raw copy survtrack archived; proves what the source served.",
    "retrieved_at": "When that raw copy was last fetched (UTC).",
    "evidence": "The exact clauses that triggered each technology tag (taxonomy id: quoted text).",
    "supplier_vendor_ids": "Registry vendor of each supplier (a subsidiary's parent vendor), in supplier order.",
    "amount_value": "Headline amount in whole currency units (万元/亿元 converted), in amount_currency.",
    "amount_value_usd": "The headline amount in USD at the ECB reference rate of amount_fx_date (empty: no ECB rate).",
    "amount_fx_rate": "USD per unit of amount_currency (ECB reference rates, award date else publication date).",
    "purchase_state": "withdrawn: the notice withdraws its purchase (tender cancelled or failed, contract voted down); "
                      "its amount is a budget, not money spent. Empty otherwise.",
    "procurement_id": "The same for every notice of one procurement (call, award, contract, amendments).",
    "red_flags": "Integrity indicators raised (ids documented in the README); red_flag_evidence quotes each.",
    "precision": "How far down the place was resolved (country, admin1, admin2, admin3, city).",
    "demo": "TRUE for the bundled fictional demo corpus: not real buyers or purchases.",
    "contacts_redacted": "TRUE when names and phone numbers of contact persons were removed from the text.",
}

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def flatten(record: dict[str, Any]) -> dict[str, Any]:
    """One export record as flat columns (lists joined with ' | '), citation columns included."""
    tags = record.get("technologies") or []
    suppliers = record.get("suppliers") or []
    amount = record.get("amount") or {}
    location = record.get("location") or {}
    archive = record.get("archive") or {}
    buyer = record.get("buyer") or {}
    watch = [f"{s['name']}: {w['list']} since {w['listed_on']}" for s in suppliers for w in s.get("watchlists") or []]
    return {
        "id": record.get("id"), "source": record.get("source"), "kind": record.get("kind"),
        "published": record.get("published"), "title": record.get("title"), "buyer": buyer.get("name"),
        "suppliers": " | ".join(s["name"] for s in suppliers),
        "supplier_vendor_ids": " | ".join(s.get("vendor_id") or "" for s in suppliers).strip(" |"),
        "watchlists_at_award": " | ".join(watch),
        "technologies": " | ".join(sorted({t["id"] for t in tags})),
        "evidence": " | ".join(f"{t['id']}: {t['evidence']}" for t in tags),
        "amount_value": amount.get("value"), "amount_currency": amount.get("currency"),
        "amount_kind": amount.get("kind"), "amount_evidence": amount.get("evidence"),
        "amount_value_usd": amount.get("value_usd"), "amount_value_eur": amount.get("value_eur"),
        "amount_fx_rate": amount.get("fx_rate"), "amount_fx_date": amount.get("fx_date"),
        "purchase_state": (record.get("purchase_state") or {}).get("state"),
        "purchase_state_evidence": (record.get("purchase_state") or {}).get("evidence"),
        "procurement_id": record.get("procurement_id"),
        "red_flags": " | ".join(f["id"] for f in record.get("red_flags") or []),
        "red_flag_evidence": " | ".join(f"{f['id']}: {f['evidence']}" for f in record.get("red_flags") or []),
        "country": location.get("country"), "admin1": location.get("admin1"), "admin2": location.get("admin2"),
        "admin3": location.get("admin3"), "city": location.get("city"), "adcode": location.get("adcode"),
        "lat": location.get("lat"), "lon": location.get("lon"), "precision": location.get("precision"),
        "status": record.get("status"), "removed_on": record.get("removed_on"),
        "first_seen": record.get("first_seen"), "last_seen": record.get("last_seen"),
        "language": record.get("language"), "surveillance": record.get("surveillance"),
        "classifier_version": record.get("classifier_version"), "source_url": record.get("url"),
        "archive_sha256": archive.get("sha256"), "retrieved_at": archive.get("retrieved_at"),
        "demo": record.get("demo"), "contacts_redacted": record.get("contacts_redacted", True),
        "text": record.get("text"),
    }
