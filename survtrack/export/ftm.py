"""FollowTheMoney entities (what `ftm` tools, Aleph and OpenSanctions read) from export records.

PublicBody buyers, Company suppliers, a Contract (or CallForTenders for tenders) per notice and a ContractAward
per supplier of a contract. Organisations are deduplicated by survtrack organisation id; ids are stable hashes of
survtrack ids, never of personal data.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO


def _ftm_id(*parts: Any) -> str:
    return "survtrack-" + hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()


def _entity(entity_id: str, schema: str, **properties: Any) -> dict[str, Any]:
    props = {}
    for key, value in properties.items():
        values = value if isinstance(value, list) else [value]
        values = [str(v) for v in values if v not in (None, "")]
        if values:
            props[key] = values
    return {"id": entity_id, "schema": schema, "properties": props}


def _notice_entities(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The entities of one notice: buyer, the notice, then each supplier and its award."""
    location = record.get("location") or {}
    archive = record.get("archive") or {}
    tags = record.get("technologies") or []
    country = (location.get("country") or "").lower() or None
    notes = [f"{t['id']}: {t['evidence']}" for t in tags]
    notes += [f"red flag {f['id']}: {f['evidence']}" for f in record.get("red_flags") or []]
    if (state := record.get("purchase_state")) and state.get("state") == "withdrawn":  # r32_money32
        notes.append(f"cancelled: budget, not spent: {state.get('evidence') or ''}".rstrip(": "))
    if record.get("procurement_id"):
        notes.append(f"survtrack procurement {record['procurement_id']}")
    if record.get("demo"):
        notes.insert(0, "DEMO DATA: fictional notice from the survtrack demo corpus")
    if archive.get("sha256"):
        notes.append(f"archive sha256 {archive['sha256']}")
    buyer = record.get("buyer")
    buyer_id = None
    if buyer and buyer.get("name"):
        buyer_id = _ftm_id("org", buyer.get("org_id") or buyer["name"])
        yield _entity(buyer_id, "PublicBody", name=buyer["name"], country=country)
    amount = record.get("amount") or {}
    common = dict(title=record.get("title") or f"notice {record['id']}", sourceUrl=record.get("url"),
                  publisher=record.get("source"), country=country, keywords=sorted({t["id"] for t in tags}),
                  notes=notes, retrievedAt=archive.get("retrieved_at"))
    notice_id = _ftm_id("notice", record["id"])
    is_contract = not (record.get("kind") == "tender" and buyer_id)
    if is_contract:
        yield _entity(notice_id, "Contract", authority=buyer_id, contractDate=record.get("published"),
                      amount=amount.get("value"), currency=amount.get("currency"),
                      amountUsd=amount.get("value_usd"), amountEur=amount.get("value_eur"), **common)
    else:
        yield _entity(notice_id, "CallForTenders", authority=buyer_id, publicationDate=record.get("published"),
                      **common)
    suppliers = record.get("suppliers") or []
    for supplier in suppliers:
        supplier_id = _ftm_id("org", supplier.get("org_id") or supplier["name"])
        yield _entity(supplier_id, "Company", name=supplier["name"])
        if not is_contract:
            continue
        watch = [f"{w['list']} since {w['listed_on']}" for w in supplier.get("watchlists") or []]
        sole = len(suppliers) == 1
        yield _entity(_ftm_id("award", record["id"], supplier_id), "ContractAward", contract=notice_id,
                      supplier=supplier_id, date=record.get("published"),
                      amount=amount.get("value") if sole else None, currency=amount.get("currency") if sole else None,
                      amountUsd=amount.get("value_usd") if sole else None,
                      amountEur=amount.get("value_eur") if sole else None,
                      sourceUrl=record.get("url"), summary=("listed at award: " + "; ".join(watch)) if watch else None)


def ftm_entities(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Every entity once (the first time it appears), in the order the notices name them."""
    seen: set[str] = set()
    for record in records:
        for entity in _notice_entities(record):
            if entity["id"] not in seen:
                seen.add(entity["id"])
                yield entity


def write_ftm(records: Iterable[dict[str, Any]], out: BinaryIO) -> int:
    """Line-delimited FollowTheMoney entity JSON; returns the number of notices."""
    count = 0

    def counted() -> Iterator[dict[str, Any]]:
        nonlocal count
        for record in records:
            count += 1
            yield record

    for entity in ftm_entities(counted()):
        out.write((json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))
    return count
