"""eForms (UBL 2.3 + efext) notices from TED → title, kind, buyer, winners, values, CPV as labelled lines.

Why: the TED search API returns only the fields asked for, per lot and multilingual; the eForms XML is the
complete notice. Organisations are declared once (efac:Organizations, ORG-000n) and referenced by id from the
buyer (cac:ContractingParty), tenders (efac:TenderingParty → efac:Tenderer) and results (efac:LotResult →
efac:LotTender). Parsing goes through scrapers.parsing.safexml (no entities, no network).
"""
from __future__ import annotations

from datetime import date

from lxml import etree

from scrapers.parsing.codes import country_alpha2, cpv_line, language_alpha2, money
from scrapers.parsing.safexml import parse_xml

NS = {
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "efac": "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1",
    "efbc": "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1",
    "efext": "http://data.europa.eu/p27/eforms-ubl-extensions/1",
}
ROOTS = {"ContractNotice", "ContractAwardNotice", "PriorInformationNotice"}


class NotEformsError(ValueError):
    """The XML is not an eForms notice (e.g. a legacy TED schema or an error page)."""


def _x(node: etree._Element, path: str) -> list:
    return node.xpath(path, namespaces=NS)


def _first(node: etree._Element, path: str) -> str | None:
    found = _x(node, path)
    if not found:
        return None
    value = found[0] if isinstance(found[0], str) else (found[0].text or "")
    return " ".join(value.split()) or None


def _kind(notice_type: str | None, root_name: str) -> str:
    notice_type = (notice_type or "").lower()
    if notice_type.startswith(("can", "veat")) or root_name == "ContractAwardNotice":
        return "award"
    if notice_type.startswith(("cn", "qu", "subco")) or root_name == "ContractNotice":
        return "tender"
    if notice_type.startswith("pin") or root_name == "PriorInformationNotice":
        return "plan"
    return "other"


def parse_eforms(data: bytes) -> dict:
    """title, body, kind, published, language, country for one eForms notice; raises on unsafe/bad XML."""
    root = parse_xml(data)
    root_name = etree.QName(root).localname
    if root_name not in ROOTS:
        raise NotEformsError(f"root element is {root_name}, not an eForms notice")
    orgs: dict[str, dict] = {}
    for company in _x(root, ".//efac:Organizations/efac:Organization/efac:Company"):
        org_id = _first(company, "cac:PartyIdentification/cbc:ID")
        if org_id:
            orgs[org_id] = {"name": _first(company, "cac:PartyName/cbc:Name"),
                            "town": _first(company, "cac:PostalAddress/cbc:CityName"),
                            "country": country_alpha2(_first(company, "cac:PostalAddress/cac:Country/cbc:IdentificationCode")),
                            "company_id": _first(company, "cac:PartyLegalEntity/cbc:CompanyID")}
    notice_type = _first(root, "cbc:NoticeTypeCode")
    project = (_x(root, "cac:ProcurementProject") or [root])[0]
    title = _first(project, "cbc:Name") or _first(root, ".//cac:ProcurementProjectLot/cac:ProcurementProject/cbc:Name")
    lines = [f"Notice type: {notice_type}"] if notice_type else []
    buyer_country = None
    for org_id in _x(root, "cac:ContractingParty/cac:Party/cac:PartyIdentification/cbc:ID/text()"):
        org = orgs.get(org_id.strip(), {})
        if org.get("name"):
            lines.append(f"Buyer: {org['name']}")
        if org.get("town"):
            lines.append(f"Town: {org['town']}")
        if org.get("country"):
            buyer_country = buyer_country or org["country"]
            lines.append(f"Country: {org['country']}")
    description = _first(project, "cbc:Description")
    if description:
        lines.append(f"Description: {description}")
    estimated = _x(project, "cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount")
    if estimated:
        lines.append(f"Estimated value: {money(estimated[0].text, estimated[0].get('currencyID'))}")
    codes: list[str] = []
    for code in _x(root, ".//cac:MainCommodityClassification/cbc:ItemClassificationCode/text()"
                         " | .//cac:AdditionalCommodityClassification/cbc:ItemClassificationCode/text()"):
        if code.strip() not in codes:
            codes.append(code.strip())
    lines += [cpv_line(code) for code in codes]
    for lot in _x(root, "cac:ProcurementProjectLot"):
        lot_name = _first(lot, "cac:ProcurementProject/cbc:Name")
        if lot_name and lot_name != title:
            lines.append(f"Lot {_first(lot, 'cbc:ID')}: {lot_name}")
        lot_description = _first(lot, "cac:ProcurementProject/cbc:Description")
        if lot_description and lot_description != description:
            lines.append(f"Lot description: {lot_description}")
    result = (_x(root, ".//efac:NoticeResult") or [None])[0]
    if result is not None:
        parties = {_first(tp, "cbc:ID"): [t.strip() for t in _x(tp, "efac:Tenderer/cbc:ID/text()")]
                   for tp in _x(result, "efac:TenderingParty")}
        tenders = {_first(t, "cbc:ID"): t for t in _x(result, "efac:LotTender")}
        winning: list[str] = []
        for lot_result in _x(result, "efac:LotResult"):
            status = _first(lot_result, "cbc:TenderResultCode")
            if status in (None, "selec-w"):
                winning += [t.strip() for t in _x(lot_result, "efac:LotTender/cbc:ID/text()")]
        for tender_id in dict.fromkeys(winning):
            tender = tenders.get(tender_id)
            if tender is None:
                continue
            for org_id in parties.get(_first(tender, "efac:TenderingParty/cbc:ID"), []):
                org = orgs.get(org_id, {})
                if org.get("name"):
                    suffix = f" ({org['country']})" if org.get("country") else ""
                    lines.append(f"Winner: {org['name']}{suffix}")
            amount = _x(tender, "cac:LegalMonetaryTotal/cbc:PayableAmount")
            if amount:
                lines.append(f"Value: {money(amount[0].text, amount[0].get('currencyID'))}")
        total = _x(result, "cbc:TotalAmount")
        if total:
            lines.append(f"Total value: {money(total[0].text, total[0].get('currencyID'))}")
        for contract_date in _x(result, "efac:SettledContract/cbc:IssueDate/text()"):
            lines.append(f"Contract signed: {contract_date[:10]}")
    published = None
    issue = _first(root, "cbc:IssueDate")
    if issue:
        try:
            published = date.fromisoformat(issue[:10])
        except ValueError:
            published = None
    return {"title": title or "(untitled eForms notice)", "body": "\n".join(lines), "kind": _kind(notice_type, root_name),
            "published": published, "language": language_alpha2(_first(root, "cbc:NoticeLanguageCode")),
            "country": buyer_country}
