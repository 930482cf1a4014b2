"""OCDS releases and records → notice title, kind, date and a plain-text body of labelled lines.

Why one module: the UK spiders and the generic `ocds` spider read the same standard. Packages come as release
packages, record packages (compiledRelease, embedded releases, or only linked releases) or JSON lines of either;
this module flattens them into (id, release) pairs and renders one release. Fields we do not render are ignored
on purpose (contact details, documents' metadata, milestones): they are kept in the archived raw package.
"""
from __future__ import annotations

import json
from datetime import date
from typing import Any, Iterator

from scrapers.parsing.codes import country_alpha2, cpv_line, language_alpha2, money


class OcdsFormatError(ValueError):
    """The data is not a release/record package, a release, a record, or JSON lines of them."""


def iter_json_documents(body: bytes | str) -> Iterator[Any]:
    """One JSON document, or one per line (JSON lines)."""
    text = body.decode("utf-8") if isinstance(body, bytes) else body
    text = text.lstrip("\ufeff")
    try:
        yield json.loads(text)
        return
    except json.JSONDecodeError as whole_error:
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) < 2:
            raise OcdsFormatError(f"not JSON: {whole_error}") from whole_error
    for number, line in enumerate(lines, 1):
        try:
            yield json.loads(line)
        except json.JSONDecodeError as exc:
            raise OcdsFormatError(f"JSON lines: line {number} is not JSON: {exc}") from exc


def iter_releases(document: Any) -> Iterator[tuple[str, dict]]:
    """(notice id, release) pairs: release.id for releases, ocid for records (their compiledRelease)."""
    if isinstance(document, list):
        for part in document:
            yield from iter_releases(part)
        return
    if not isinstance(document, dict):
        raise OcdsFormatError(f"expected a JSON object, got {type(document).__name__}")
    if "ocid" in document and ("compiledRelease" in document or "releases" in document):
        compiled = document.get("compiledRelease")
        embedded = [r for r in document.get("releases") or [] if isinstance(r, dict) and "tag" in r and "ocid" in r]
        release = compiled or (sorted(embedded, key=lambda r: str(r.get("date", "")))[-1] if embedded else None)
        if release is None:
            raise OcdsFormatError(f"record {document['ocid']} has only linked releases and no compiledRelease")
        yield str(document["ocid"]), release
        return
    if isinstance(document.get("releases"), list):
        for release in document["releases"]:
            if isinstance(release, dict) and "tag" in release and "ocid" in release:
                yield str(release.get("id") or release["ocid"]), release
        return
    if isinstance(document.get("records"), list):
        for record in document["records"]:
            yield from iter_releases(record)
        return
    if "ocid" in document and "tag" in document:
        yield str(document.get("id") or document["ocid"]), document
        return
    raise OcdsFormatError("not an OCDS release package, record package, release or record")


def _kind(tags: list[str], release: dict) -> str:
    tags = [str(t) for t in tags or []]
    if "compiled" in tags:  # a record's compiledRelease: the stages present say what it is now
        tags = [stage for stage in ("contract", "award", "tender", "planning") if release.get(stage + "s")
                or release.get(stage)]
    if any(t.startswith(("award", "contract", "implementation")) for t in tags):
        return "award"
    if any(t.startswith("tender") for t in tags):
        return "tender"
    if any(t.startswith("planning") for t in tags):
        return "plan"
    return "other"


def _value(node: Any) -> str | None:
    if not isinstance(node, dict):
        return None
    return money(node.get("amount"), node.get("currency"))


def _party_lines(release: dict, role: str, label: str) -> tuple[list[str], str | None]:
    lines, country = [], None
    for party in release.get("parties") or []:
        if role in (party.get("roles") or []):
            lines.append(f"{label}: {party.get('name') or party.get('identifier', {}).get('legalName', '')}".strip())
            address = party.get("address") or {}
            if role == "buyer":
                if address.get("locality"):
                    lines.append(f"Town: {address['locality']}")
                if address.get("region"):
                    lines.append(f"Region: {address['region']}")
                country = country_alpha2(address.get("countryName") or address.get("country"))
    return lines, country


def _classification_line(classification: Any) -> str | None:
    if not isinstance(classification, dict) or not classification.get("id"):
        return None
    code = str(classification["id"]).removesuffix(".0")
    if str(classification.get("scheme", "")).upper() == "CPV":
        line = cpv_line(code)
        if line == f"CPV: {code}" and classification.get("description"):
            line += f" {classification['description']}"
        return line
    scheme = classification.get("scheme") or "Classification"
    return f"{scheme}: {code} {classification.get('description', '')}".strip()


def release_notice(release: dict, *, default_country: str | None = None) -> dict:
    """title, body, kind, published, language, country for one release (or compiled release)."""
    tender = release.get("tender") or {}
    awards = release.get("awards") or []
    contracts = release.get("contracts") or []
    title = (tender.get("title") or next((a.get("title") for a in awards if a.get("title")), None)
             or (release.get("planning") or {}).get("project") or release.get("ocid"))
    lines = [f"OCID: {release.get('ocid')}", f"Release: {release.get('id')}",
             f"Tag: {', '.join(map(str, release.get('tag') or []))}"]
    buyer_lines, country = _party_lines(release, "buyer", "Buyer")
    if not buyer_lines and isinstance(release.get("buyer"), dict) and release["buyer"].get("name"):
        buyer_lines = [f"Buyer: {release['buyer']['name']}"]
    lines += buyer_lines
    country = country or default_country
    if country:
        lines.append(f"Country: {country}")
    if tender.get("description"):
        lines.append(f"Description: {tender['description']}")
    if _value(tender.get("value")):
        lines.append(f"Estimated value: {_value(tender.get('value'))}")
    if tender.get("procurementMethod") or tender.get("procurementMethodDetails"):
        lines.append(f"Procedure: {tender.get('procurementMethodDetails') or tender.get('procurementMethod')}")
    items = list(tender.get("items") or [])
    for award in awards:
        items += award.get("items") or []
    seen_lines: set[str] = set()
    for item in items:
        for classification in [item.get("classification"), *(item.get("additionalClassifications") or [])]:
            line = _classification_line(classification)
            if line and line not in seen_lines:
                seen_lines.add(line)
                lines.append(line)
        if item.get("description"):
            lines.append(f"Item: {item['description']}")
    for award in awards:
        if award.get("title") and award.get("title") != title:
            lines.append(f"Award: {award['title']}")
        if award.get("description"):
            lines.append(f"Award description: {award['description']}")
        for supplier in award.get("suppliers") or []:
            if supplier.get("name"):
                lines.append(f"Winner: {supplier['name']}")
        if _value(award.get("value")):
            lines.append(f"Value: {_value(award.get('value'))}")
        if award.get("date"):
            lines.append(f"Award date: {str(award['date'])[:10]}")
    for contract in contracts:
        if contract.get("title"):
            lines.append(f"Contract: {contract['title']}")
        if _value(contract.get("value")):
            lines.append(f"Contract value: {_value(contract.get('value'))}")
        if contract.get("dateSigned"):
            lines.append(f"Contract signed: {str(contract['dateSigned'])[:10]}")
    published = None
    if release.get("date"):
        try:
            published = date.fromisoformat(str(release["date"])[:10])
        except ValueError:
            published = None
    return {"title": str(title), "body": "\n".join(lines), "kind": _kind(release.get("tag"), release),
            "published": published, "language": language_alpha2(release.get("language")), "country": country}
