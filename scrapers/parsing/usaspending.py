"""USAspending spending_by_award and spending_by_transaction results → notice fields with labelled lines
(Recipient, Awarding Agency, Value…) and facts (award id, generated id, modification number, amounts).

Why separate: the requested `fields` differ per award-type group (contracts have "Contract Award Type", grants
"Award Type"), and PSC/NAICS come back as {code, description} objects or plain codes depending on API version.
An award's row holds its current total; each transaction (the base award "Mod 0" and every modification) is its
own row of spending_by_transaction, joined to the award by generated_internal_id (enrich/procurement.py).
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
           "Place of Performance State Code", "Place of Performance City Code", "recipient_id", "Recipient UEI"]
FIELDS = {
    "contracts": _COMMON + ["Contract Award Type", "NAICS", "PSC"],
    "idvs": _COMMON + ["Contract Award Type", "NAICS", "PSC"],
    "grants": _COMMON + ["Award Type", "CFDA Number"],
}
#: spending_by_transaction fields (api_contracts/contracts/v2/search/spending_by_transaction.md); same for every group.
TRANSACTION_FIELDS = ["Award ID", "Mod", "Recipient Name", "Action Date", "Transaction Amount",
                      "Transaction Description", "Awarding Agency", "Awarding Sub Agency", "Award Type",
                      "internal_id", "generated_internal_id"]


def _code(value: object) -> str | None:
    if isinstance(value, dict):
        return " ".join(str(value.get(k)) for k in ("code", "description") if value.get(k)) or None
    return str(value) if value else None


def award_notice(award: dict, group: str) -> dict:
    description = (award.get("Description") or "").strip()
    lines = [f"Award ID: {award.get('Award ID')}"]
    for label, key in (("Recipient", "Recipient Name"), ("Recipient UEI", "Recipient UEI"),
                       ("Awarding Agency", "Awarding Agency"),
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
    recipient = award.get("Recipient Name") or "unknown recipient"
    title = f"{description[:160] or 'Award ' + str(award.get('Award ID'))} — {recipient}"
    facts = {"award_id": award.get("Award ID"), "generated_internal_id": award.get("generated_internal_id"),
             "amount": award.get("Award Amount"), "start_date": award.get("Start Date"), "group": group,
             "recipient": {k: v for k, v in (("name", award.get("Recipient Name")),
                                             ("uei", award.get("Recipient UEI"))) if v} or None}
    return {"title": title, "body": "\n".join(lines), "kind": "grant" if group == "grants" else "award",
            "published": published, "country": country,
            "facts": {k: v for k, v in facts.items() if v not in (None, "")}}


def transaction_notice(transaction: dict, group: str) -> dict:
    """One transaction of an award: the base award (Mod 0) or a modification, with its own amount (obligation)."""
    modification = str(transaction.get("Mod") or "0").strip()
    award_id = transaction.get("Award ID")
    lines = [f"Award ID: {award_id}", f"Modification: {modification}"]
    for label, key in (("Recipient", "Recipient Name"), ("Awarding Agency", "Awarding Agency"),
                       ("Awarding Sub Agency", "Awarding Sub Agency"), ("Award type", "Award Type")):
        if transaction.get(key):
            lines.append(f"{label}: {transaction[key]}")
    if money(transaction.get("Transaction Amount"), "USD"):
        lines.append(f"Transaction amount: {money(transaction.get('Transaction Amount'), 'USD')}")
    if transaction.get("Action Date"):
        lines.append(f"Action date: {transaction['Action Date']}")
    description = (transaction.get("Transaction Description") or "").strip()
    if description:
        lines.append(f"Description: {description}")
    try:
        published = date.fromisoformat(str(transaction.get("Action Date"))[:10])
    except ValueError:
        published = None
    what = "Base award" if modification in ("0", "") else f"Modification {modification}"
    title = f"{what} of award {award_id} — {transaction.get('Recipient Name') or 'unknown recipient'}"
    facts = {"award_id": award_id, "generated_internal_id": transaction.get("generated_internal_id"),
             "modification_number": modification, "action_date": transaction.get("Action Date"),
             "amount": transaction.get("Transaction Amount"), "group": group}
    return {"title": title, "body": "\n".join(lines), "kind": "grant" if group == "grants" else "award",
            "published": published, "facts": {k: v for k, v in facts.items() if v not in (None, "")}}
