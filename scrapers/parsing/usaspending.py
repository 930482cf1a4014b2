"""USAspending spending_by_award results → notice fields with labelled lines (Recipient, Awarding Agency, Value…).

Why separate: the requested `fields` differ per award-type group (contracts have "Contract Award Type", grants
"Award Type"), and PSC/NAICS come back as {code, description} objects or plain codes depending on API version.
"""
from __future__ import annotations

from datetime import date

from scrapers.parsing.codes import country_alpha2, money

GROUPS = {
    "contracts": ["A", "B", "C", "D"],
    "idvs": ["IDV_A", "IDV_B", "IDV_B_A", "IDV_B_B", "IDV_B_C", "IDV_C", "IDV_D", "IDV_E"],
    "grants": ["02", "03", "04", "05"],
}
_COMMON = ["Award ID", "Recipient Name", "Start Date", "End Date", "Award Amount", "Description",
           "Awarding Agency", "Awarding Sub Agency", "Place of Performance Country Code",
           "Place of Performance State Code", "Place of Performance City Code", "recipient_id"]
FIELDS = {
    "contracts": _COMMON + ["Contract Award Type", "NAICS", "PSC"],
    "idvs": _COMMON + ["Contract Award Type", "NAICS", "PSC"],
    "grants": _COMMON + ["Award Type", "CFDA Number"],
}


def _code(value: object) -> str | None:
    if isinstance(value, dict):
        return " ".join(str(value.get(k)) for k in ("code", "description") if value.get(k)) or None
    return str(value) if value else None


def award_notice(award: dict, group: str) -> dict:
    description = (award.get("Description") or "").strip()
    lines = [f"Award ID: {award.get('Award ID')}"]
    for label, key in (("Recipient", "Recipient Name"), ("Awarding Agency", "Awarding Agency"),
                       ("Awarding Sub Agency", "Awarding Sub Agency"), ("Award type", "Contract Award Type"),
                       ("Award type", "Award Type"), ("CFDA", "CFDA Number")):
        if award.get(key):
            lines.append(f"{label}: {award[key]}")
    for label in ("PSC", "NAICS"):
        if _code(award.get(label)):
            lines.append(f"{label}: {_code(award.get(label))}")
    if money(award.get("Award Amount"), "USD"):
        lines.append(f"Value: {money(award.get('Award Amount'), 'USD')}")
    country = country_alpha2(award.get("Place of Performance Country Code"))
    place = [award.get("Place of Performance City Code"), award.get("Place of Performance State Code")]
    if any(place):
        lines.append("Place of performance: " + ", ".join(str(p) for p in place if p))
    if country:
        lines.append(f"Country: {country}")
    for label, key in (("Start date", "Start Date"), ("End date", "End Date")):
        if award.get(key):
            lines.append(f"{label}: {award[key]}")
    if description:
        lines.append(f"Description: {description}")
    published = None
    try:
        published = date.fromisoformat(str(award.get("Start Date"))[:10])
    except ValueError:
        pass
    title = f"{description[:160] or 'Award ' + str(award.get('Award ID'))} — {award.get('Recipient Name') or 'unknown recipient'}"
    return {"title": title, "body": "\n".join(lines), "kind": "grant" if group == "grants" else "award",
            "published": published, "country": country}
