"""One OCDS release → notice title, kind, date and a plain-text body of labelled lines, plus structured facts.

Fields we do not render are ignored on purpose (contact details, documents' metadata, milestones): they are kept
in the archived raw package.
"""
from __future__ import annotations

import math
from datetime import date
from typing import Any

from scrapers.parsing.codes import address_country, cpv_line, language_alpha2, money
from scrapers.parsing.ocds.country import inferred_country


def _kind(tags: Any, release: dict) -> str:
    tags = [str(t) for t in tags or []]
    if "compiled" in tags:  # a record's compiledRelease: the stages present say what it is now
        tags = [stage for stage in ("contract", "award", "tender", "planning") if release.get(stage + "s")
                or release.get(stage)]
    if any(t.startswith(("award", "contract", "implementation")) for t in tags):
        return "award"
    if any(isinstance(a, dict) and a.get("suppliers") for a in release.get("awards") or []):
        return "award"  # publishers (armeps.am) tag a release "tender" that already names its winners
    if any(t.startswith("tender") for t in tags):
        return "tender"
    if any(t.startswith("planning") for t in tags):
        return "plan"
    return "other"


def _value(node: Any) -> str | None:
    """"123.00 EUR" for an OCDS Value; None for a missing, non-numeric or zero amount (a placeholder)."""
    if not isinstance(node, dict) or _is_zero(node.get("amount")):
        return None
    return money(node.get("amount"), node.get("currency"))


def _is_zero(amount: Any) -> bool:
    """0 and sub-unit amounts (0.01) are placeholders publishers fill a required field with, not prices; NaN and
    Infinity (JSON that Python's parser accepts) are no amount either."""
    try:
        value = float(str(amount))
    except ValueError:
        return False
    return not math.isfinite(value) or abs(value) < 1


def _value_fact(node: Any) -> dict | None:
    if _value(node) is None:
        return None
    return {"amount": node.get("amount"), "currency": node.get("currency")}


def _text(value: Any) -> str | None:
    """A text field as one line (publishers put HTML line breaks and newlines in descriptions)."""
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value)
    if "<" in text and ">" in text:  # NSW eTendering and others publish HTML in descriptions
        from enrich.html_text import html_to_text

        text = html_to_text(text)
    text = " ".join(text.split())
    return text or None


def _object(node: dict, key: str) -> dict:
    """node[key] when it is a JSON object, else {} (publishers put strings, lists and nulls where objects go)."""
    value = node.get(key)
    return value if isinstance(value, dict) else {}


def _organisation(node: dict) -> dict:
    """Name, identifier and address of a party (OCDS 1.1 `parties[]`, or 1.0's inline buyer/supplier)."""
    identifier = _object(node, "identifier")
    address = _object(node, "address")
    org: dict[str, Any] = {"name": _text(node.get("name")) or _text(identifier.get("legalName")),
           "identifier": {"scheme": identifier.get("scheme"), "id": identifier.get("id")} if identifier.get("id")
           else None,
           "locality": _text(address.get("locality")), "region": _text(address.get("region")),
           "postcode": _text(address.get("postalCode")),
           "country_name": _text(address.get("countryName") or address.get("country"))}
    org["country"] = address_country(org["country_name"], org["region"], org["postcode"])
    return {k: v for k, v in org.items() if v}


def _parties(release: dict, role: str) -> list[dict]:
    found = [_organisation(p) for p in release.get("parties") or []
             if isinstance(p, dict) and role in (p.get("roles") or [])]
    return [org for org in found if org.get("name")]


_ADDRESS_KEYS = ("locality", "region", "postcode", "country_name", "country")


def _buyer(release: dict) -> dict | None:
    """The buyer: `parties` with role buyer (1.1), else `buyer` with its own address (1.0), else the procuring
    entity; the 1.1 `buyer` reference lends its name when the parties list does not hold it.

    A buyer party without any address borrows the address of the next buying-side party that has one (its
    procuring entity: Mexico's publishers give the address only on the buying unit, "INAH-Dirección de Recursos
    Materiales", not on the institute), so a structured address is never dropped for a text guess."""
    buyer, procuring = _object(release, "buyer"), _object(_object(release, "tender"), "procuringEntity")
    named = [candidate[0] for candidate in (
        _parties(release, "buyer"), [_organisation(buyer)] if buyer else [],
        _parties(release, "procuringEntity"), [_organisation(procuring)] if procuring else [])
        if candidate and candidate[0].get("name")]
    if not named:
        return None
    chosen = named[0]
    if not any(chosen.get(key) for key in _ADDRESS_KEYS):
        donor = next((org for org in named[1:] if any(org.get(key) for key in _ADDRESS_KEYS)), None)
        if donor is not None:
            chosen = {**chosen, **{key: donor[key] for key in _ADDRESS_KEYS if donor.get(key)}}
    return chosen


def _address_lines(org: dict) -> list[str]:
    lines = [f"Town: {org['locality']}"] if org.get("locality") else []
    if org.get("region"):
        lines.append(f"Region: {org['region']}")
    if org.get("postcode"):
        lines.append(f"Postcode: {org['postcode']}")
    return lines


def _classification_line(classification: Any) -> str | None:
    if not isinstance(classification, dict) or not classification.get("id"):
        return None
    code = str(classification["id"]).strip().removesuffix(".0")
    if str(classification.get("scheme", "")).upper() == "CPV":
        line = cpv_line(code)
        if line == f"CPV: {code}" and classification.get("description"):
            line += f" {classification['description']}"
        return line
    scheme = classification.get("scheme") or "Classification"
    return f"{scheme}: {code} {_text(classification.get('description')) or ''}".strip()


def _date(value: Any) -> str | None:
    """YYYY-MM-DD of an OCDS date-time; None when it is not one."""
    text = str(value or "")[:10]
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        return None


def _item_lines(items: list, seen: set[str]) -> list[str]:
    lines = []
    for item in items:
        if not isinstance(item, dict):
            continue
        for classification in [item.get("classification"), *(item.get("additionalClassifications") or [])]:
            line = _classification_line(classification)
            if line and line not in seen:
                seen.add(line)
                lines.append(line)
        description = _text(item.get("description"))
        if description and f"Item: {description}" not in seen:
            seen.add(f"Item: {description}")
            lines.append(f"Item: {description}")
    return lines


def _heading_lines(node: dict, label: str, title: str | None) -> list[str]:
    """"Award: <title>" (unless it repeats the notice title) and "Award description: …" of an award or contract."""
    lines = []
    if _text(node.get("title")) and _text(node.get("title")) != title:
        lines.append(f"{label}: {_text(node['title'])}")
    if _text(node.get("description")):
        lines.append(f"{label} description: {_text(node['description'])}")
    return lines


def _value_and_date_lines(node: dict, label: str, date_key: str, date_label: str, values: list) -> list[str]:
    """"Award value: …" (its fact appended to `values`) and "<date_label>: YYYY-MM-DD" of an award or contract."""
    lines = []
    if _value(node.get("value")):
        lines.append(f"{label} value: {_value(node.get('value'))}")
        values.append(_value_fact(node.get("value")))
    if _date(node.get(date_key)):
        lines.append(f"{date_label}: {_date(node[date_key])}")
    return lines


def _amendment_lines(node: dict, label: str) -> list[str]:
    """"Tender amendment: …" for each amendment of a tender or contract (its description, else its rationale)."""
    texts = [_text(a.get("description") or a.get("rationale")) for a in node.get("amendments") or []
             if isinstance(a, dict)]
    return [f"{label} amendment: {text}" for text in texts if text]


def release_notice(release: dict, *, default_country: str | None = None, publisher_uri: str | None = None) -> dict:
    """title, body, kind, published, language, country and facts for one release (or compiled release).

    The country is the buyer's address, else `default_country` (the spider's or the user's), else the one country
    the publisher's domain, the release's document URLs and its currencies agree on (`inferred_country`; the reason
    is kept in the facts as `country_inferred_from`). An inferred country is a hint for enrichment, not a
    "Country:" line: the text never states it.

    Every text-bearing field is rendered as a labelled line (lots, items, awards, contracts, amendments, the
    planning budget), so a notice whose only "CCTV" is in a lot description is still read. Values carry labels
    that say what they are: "Estimated value" (tender), "Budget" (planning), "Award value", "Contract value".
    """
    tender = _object(release, "tender")
    awards = [a for a in release.get("awards") or [] if isinstance(a, dict)]
    contracts = [c for c in release.get("contracts") or [] if isinstance(c, dict)]
    planning_node = release.get("planning")
    if isinstance(planning_node, list):  # armeps.am publishes a list of planning blocks; the first with a budget
        planning_node = next((p for p in planning_node if isinstance(p, dict) and p.get("budget")), {})
    planning: dict = planning_node if isinstance(planning_node, dict) else {}
    budget = _object(planning, "budget")
    title = (_text(tender.get("title")) or next((_text(a.get("title")) for a in awards if _text(a.get("title"))), None)
             or _text(budget.get("project")) or _text(planning.get("project")) or release.get("ocid"))
    lines = [f"OCID: {release.get('ocid')}", f"Release: {release.get('id')}",
             f"Tag: {', '.join(map(str, release.get('tag') or []))}"]
    facts: dict[str, Any] = {"ocid": release.get("ocid"), "release_id": release.get("id"),
                             "tags": [str(t) for t in release.get("tag") or []]}
    buyer = _buyer(release)
    country = None
    if buyer:
        lines.append(f"Buyer: {buyer['name']}")
        lines += _address_lines(buyer)
        country = buyer.get("country")
        facts["buyer"] = buyer
        if buyer.get("identifier"):
            scheme, value = buyer["identifier"].get("scheme"), str(buyer["identifier"]["id"]).strip()
            lines.append(f"Buyer identifier: {scheme} {value}" if scheme else f"Buyer identifier: {value}")
    country = country or default_country
    if country:
        lines.append(f"Country: {country}")
    else:
        inferred = inferred_country(release, publisher_uri)
        if inferred:
            country, facts["country_inferred_from"] = inferred
    description = _text(tender.get("description"))
    if description:
        lines.append(f"Description: {description}")
    if _value(budget.get("amount")):
        lines.append(f"Budget: {_value(budget.get('amount'))}")
        facts["budget"] = _value_fact(budget.get("amount"))
    if _text(budget.get("description")) and _text(budget.get("description")) not in (title, description):
        lines.append(f"Budget description: {_text(budget['description'])}")
    if _value(tender.get("value")):
        lines.append(f"Estimated value: {_value(tender.get('value'))}")
        facts["estimated_value"] = _value_fact(tender.get("value"))
    if _value(tender.get("minValue")):
        lines.append(f"Minimum value: {_value(tender.get('minValue'))}")
    method = tender.get("procurementMethodDetails") or tender.get("procurementMethod")
    if method:
        lines.append(f"Procedure: {_text(method)}")
        facts["procurement_method"] = tender.get("procurementMethod")
        facts["procurement_method_details"] = tender.get("procurementMethodDetails")
    if _text(tender.get("procurementMethodRationale")):
        lines.append(f"Procedure rationale: {_text(tender['procurementMethodRationale'])}")
    period = _object(tender, "tenderPeriod")
    if period.get("startDate") or period.get("endDate"):
        facts["tender_period"] = {"start": _date(period.get("startDate")), "end": _date(period.get("endDate"))}
        if _date(period.get("endDate")):
            lines.append(f"Submission deadline: {_date(period['endDate'])}")
    if isinstance(tender.get("numberOfTenderers"), (int, float)):
        lines.append(f"Tenders received: {int(tender['numberOfTenderers'])}")
        facts["number_of_tenderers"] = int(tender["numberOfTenderers"])
    seen: set[str] = set()
    lines += _item_lines(list(tender.get("items") or []), seen)
    lots = []
    for lot in tender.get("lots") or []:
        if not isinstance(lot, dict):
            continue
        lot_id = lot.get("id")
        lot_title = _text(lot.get("title"))
        if lot_title and lot_title != title:
            lines.append(f"Lot {lot_id}: {lot_title}")
        if _text(lot.get("description")):
            lines.append(f"Lot {lot_id} description: {_text(lot['description'])}")
        if _value(lot.get("value")):
            lines.append(f"Lot {lot_id} estimated value: {_value(lot.get('value'))}")
        lots.append({"id": lot_id, "title": lot_title, "value": _value_fact(lot.get("value"))})
    if lots:
        facts["lots"] = lots
    lines += _amendment_lines(tender, "Tender")
    suppliers: list[dict] = []
    award_values: list[dict | None] = []
    for award in awards:
        lines += _heading_lines(award, "Award", title)
        for supplier in award.get("suppliers") or []:
            org = _organisation(supplier) if isinstance(supplier, dict) else {}
            if org.get("name"):
                lines.append(f"Winner: {org['name']}")
                suppliers.append(org)
        lines += _value_and_date_lines(award, "Award", "date", "Award date", award_values)
        lines += _item_lines(list(award.get("items") or []), seen)
    if suppliers:
        known = {s.get("name") for s in suppliers}
        suppliers += [p for p in _parties(release, "supplier") if p.get("name") not in known]
        facts["suppliers"] = suppliers
    elif _parties(release, "supplier"):
        facts["suppliers"] = _parties(release, "supplier")
        lines += [f"Winner: {p['name']}" for p in facts["suppliers"]]
    if award_values:
        facts["award_values"] = award_values
        facts["award_dates"] = [_date(a.get("date")) for a in awards if a.get("date")]
    contract_values: list[dict | None] = []
    for contract in contracts:
        lines += _heading_lines(contract, "Contract", title)
        lines += _value_and_date_lines(contract, "Contract", "dateSigned", "Contract signed", contract_values)
        lines += _item_lines(list(contract.get("items") or []), seen)
        lines += _amendment_lines(contract, "Contract")
    if contract_values:
        facts["contract_values"] = contract_values
    published = None
    if release.get("date"):
        try:
            published = date.fromisoformat(str(release["date"])[:10])
        except ValueError:
            published = None
    return {"title": str(title), "body": "\n".join(lines), "kind": _kind(release.get("tag"), release),
            "published": published, "language": language_alpha2(release.get("language")), "country": country,
            "facts": {k: v for k, v in facts.items() if v not in (None, [], {})}}
