"""eForms (UBL 2.3 + efext) notices from TED → labelled lines for enrichment plus structured facts.

Why: the TED search API returns only the fields asked for, per lot and multilingual; the eForms XML is the
complete notice. Organisations are declared once (efac:Organizations, ORG-000n) and referenced by id from the
buyer (cac:ContractingParty), tenders (efac:TenderingParty → efac:Tenderer) and results (efac:LotResult →
efac:LotTender). Parsing goes through scrapers.parsing.safexml (no entities, no network).

The labels are the ones enrich/money.py reads as amount kinds, so a budget is never taken for an award:
"Estimated value:" (BT-27, procedure or lot), "Award value:" (BT-720, a winning tender), "Total award value:"
(BT-161, the notice result) and, in modification notices, "Contract value after modification:". A winner's
line holds the name alone (vendor matching compares whole names); country, town and company id go to facts.
Lots are written "Lot 1", "Lot 2" (from LOT-0001…) next to their values so amounts keep their lot.
Contact names, telephones and e-mails are personal data: never read; e-mail addresses typed into free-text
descriptions are removed.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any

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
UBL_NAMESPACE_PREFIX = "urn:oasis:names:specification:ubl:schema:xsd:"

#: BT-105 procedure-type codes in words; legacy TED PT_* elements are mapped onto these codes (ted_legacy.py).
PROCEDURES = {
    "open": "open", "restricted": "restricted", "neg-w-call": "negotiated with prior publication",
    "neg-wo-call": "negotiated without prior publication", "comp-dial": "competitive dialogue",
    "innovation": "innovation partnership", "comp-tend": "competitive tendering",
    "oth-single": "other single-stage procedure", "oth-mult": "other multi-stage procedure",
}
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


class NotEformsError(ValueError):
    """The XML is not an eForms notice (e.g. a legacy TED schema or an error page)."""


# -- helpers shared with ted_legacy.py ----------------------------------------------------------------------------

def scrub_contacts(text: str | None) -> str | None:
    """Free text with e-mail addresses removed: buyers type contact addresses into descriptions."""
    return _EMAIL.sub("[e-mail removed]", text) if text else text


def money_fact(amount: object, currency: str | None) -> dict | None:
    """{"amount": float, "currency": "EUR"} for facts; None when the amount is not a number."""
    try:
        value = float(str(amount).replace(",", "").strip())
    except (TypeError, ValueError):
        return None
    return {"amount": value, "currency": currency.strip()} if currency and currency.strip() else {"amount": value}


def compact(mapping: dict) -> dict:
    """The mapping without empty values, so facts hold only what the notice states."""
    return {key: value for key, value in mapping.items() if value not in (None, "", [], {})}


def iso_date(value: str | None) -> str | None:
    """YYYY-MM-DD from "2023-05-22+01:00" / "2023-05-22Z"; None when it is not a date."""
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat() if value else None
    except ValueError:
        return None


# -- eForms ------------------------------------------------------------------------------------------------------

def _x(node: etree._Element, path: str) -> list:
    return node.xpath(path, namespaces=NS)


def _first(node: etree._Element, path: str) -> str | None:
    found = _x(node, path)
    if not found:
        return None
    value = found[0] if isinstance(found[0], str) else (found[0].text or "")
    return " ".join(value.split()) or None


def _amount(node: etree._Element, path: str) -> tuple[str | None, dict | None]:
    """(rendered "123.00 EUR", fact) for the first amount at `path`."""
    found = _x(node, path)
    if not found:
        return None, None
    currency = found[0].get("currencyID")
    return money(found[0].text, currency), money_fact(found[0].text, currency)


def _kind(notice_type: str | None, root_name: str) -> str:
    notice_type = (notice_type or "").lower()
    if notice_type.startswith(("can", "veat")) or root_name == "ContractAwardNotice":
        return "award"
    if notice_type.startswith(("cn", "qu", "subco")) or root_name == "ContractNotice":
        return "tender"
    if notice_type.startswith("pin") or root_name == "PriorInformationNotice":
        return "plan"
    return "other"


def _lot_heading(lot_id: str | None) -> str:
    """"Lot 1" for LOT-0001 (the form enrich/money.py recognises as a lot), "Part 1" for a PIN's PAR-0001."""
    match = re.fullmatch(r"(LOT|PAR)-(\d+)", lot_id or "")
    if match:
        return f"{'Lot' if match.group(1) == 'LOT' else 'Part'} {int(match.group(2))}"
    return f"Lot {lot_id or '?'}"


def _organisations(root: etree._Element) -> dict[str, dict]:
    orgs: dict[str, dict] = {}
    for company in _x(root, ".//efac:Organizations/efac:Organization/efac:Company"):
        org_id = _first(company, "cac:PartyIdentification/cbc:ID")
        if org_id:
            orgs[org_id] = compact({
                "name": _first(company, "cac:PartyName/cbc:Name"),
                "town": _first(company, "cac:PostalAddress/cbc:CityName"),
                "nuts": _first(company, "cac:PostalAddress/cbc:CountrySubentityCode"),
                "country": country_alpha2(_first(company, "cac:PostalAddress/cac:Country/cbc:IdentificationCode")),
                "company_id": _first(company, "cac:PartyLegalEntity/cbc:CompanyID")})
    return orgs


def _places(node: etree._Element) -> list[dict]:
    """Places of performance (BT-5131 town, BT-5071 NUTS, BT-5141 country) under `node`'s project."""
    places: list[dict] = []
    for address in _x(node, "cac:RealizedLocation/cac:Address"):
        place = compact({"town": _first(address, "cbc:CityName"),
                         "nuts": _first(address, "cbc:CountrySubentityCode"),
                         "country": country_alpha2(_first(address, "cac:Country/cbc:IdentificationCode"))})
        if place and place not in places:
            places.append(place)
    return places


def _place_line(place: dict) -> str:
    return "Place of performance: " + ", ".join(place[k] for k in ("town", "nuts", "country") if place.get(k))


def _results(root: etree._Element, orgs: dict[str, dict], modification: bool) -> tuple[dict, dict]:
    """Per lot id: result lines and facts; plus notice-level result facts (total, signed dates)."""
    result = (_x(root, ".//efac:NoticeResult") or [None])[0]
    if result is None:
        return {}, {}
    parties = {_first(tp, "cbc:ID"): [t.strip() for t in _x(tp, "efac:Tenderer/cbc:ID/text()")]
               for tp in _x(result, "efac:TenderingParty")}
    tenders = {_first(t, "cbc:ID"): t for t in _x(result, "efac:LotTender")}
    value_label = "Contract value after modification" if modification else "Award value"
    by_lot: dict[str | None, dict] = {}
    for lot_result in _x(result, "efac:LotResult"):
        lot_id = _first(lot_result, "efac:TenderLot/cbc:ID")
        entry = by_lot.setdefault(lot_id, {"lines": [], "facts": {}, "winners": [], "award_values": []})
        received = _first(lot_result, "efac:ReceivedSubmissionsStatistics[efbc:StatisticsCode='tenders']"
                                      "/efbc:StatisticsNumeric")
        if received and received.isdigit():
            entry["facts"]["tenders_received"] = int(received)
            entry["lines"].append(f"Tenders received: {int(received)}")
        status = _first(lot_result, "cbc:TenderResultCode")
        if status:
            entry["facts"]["result"] = status
        winning = ([t.strip() for t in _x(lot_result, "efac:LotTender/cbc:ID/text()")]
                   if status in (None, "selec-w") else [])
        for tender_id in dict.fromkeys(winning):
            tender = tenders.get(tender_id)
            if tender is None:
                continue
            names = []
            for org_id in parties.get(_first(tender, "efac:TenderingParty/cbc:ID"), []):
                org = orgs.get(org_id, {})
                if org.get("name"):
                    names.append(org["name"])
                    entry["lines"].append(f"Winner: {org['name']}")
                    entry["winners"].append(compact({"name": org["name"], "country": org.get("country"),
                                                     "town": org.get("town"), "company_id": org.get("company_id"),
                                                     "lot": lot_id}))
            rendered, fact = _amount(tender, "cac:LegalMonetaryTotal/cbc:PayableAmount")
            if rendered:
                entry["lines"].append(f"{value_label}: {rendered}")
                entry["award_values"].append(compact({**(fact or {}), "lot": lot_id, "winners": names}))
        for label, path in (("Lowest offer", "cbc:LowerTenderAmount"), ("Highest offer", "cbc:HigherTenderAmount")):
            rendered, fact = _amount(lot_result, path)
            if rendered:
                entry["lines"].append(f"{label}: {rendered}")
                entry["facts"][label.lower().replace(" ", "_")] = fact
    notice: dict[str, Any] = {}
    rendered, fact = _amount(result, "cbc:TotalAmount")
    if rendered:
        notice["total_award_value"] = (rendered, fact)
    notice["contract_signed"] = list(dict.fromkeys(
        d for d in (iso_date(v) for v in _x(result, "efac:SettledContract/cbc:IssueDate/text()")) if d))
    return by_lot, notice


def _modification(root: etree._Element) -> tuple[list[str], dict]:
    """Lines and facts of a contract modification notice (efac:ContractModification, BT-200/201/202)."""
    found = _x(root, ".//efac:ContractModification")
    if not found:
        return [], {}
    mod = found[0]
    descriptions = [" ".join(t.split()) for t in _x(mod, ".//efac:Change/efbc:ChangeDescription/text()") if t.strip()]
    reason = _first(mod, ".//*[local-name()='ReasonDescription' or local-name()='ModificationReasonDescription']")
    lines = [f"Modification: {scrub_contacts(d)}" for d in descriptions]
    if reason:
        lines.append(f"Modification reason: {scrub_contacts(reason)}")
    return lines, compact({"description": scrub_contacts(" ".join(descriptions)) or None,
                           "reason": scrub_contacts(reason),
                           "reason_code": _first(mod, ".//efac:ChangeReason/cbc:ReasonCode"),
                           "changed_notice": _first(mod, "efbc:ChangedNoticeIdentifier"),
                           "modified_contract": _first(mod, "efbc:ModifiedContractIdentifier")})


def parse_eforms(data: bytes) -> dict:
    """title, body, kind, published, language, country, facts for one eForms notice; raises on unsafe/bad XML."""
    return eforms_from_root(parse_xml(data))


def eforms_from_root(root: etree._Element) -> dict:
    """parse_eforms on an already safely parsed root (scrapers.parsing.ted parses once and dispatches)."""
    root_name = etree.QName(root).localname
    if root_name not in ROOTS:
        raise NotEformsError(f"root element is {root_name}, not an eForms notice")
    orgs = _organisations(root)
    notice_type = _first(root, "cbc:NoticeTypeCode")
    project = (_x(root, "cac:ProcurementProject") or [root])[0]
    title = _first(project, "cbc:Name") or _first(root, ".//cac:ProcurementProjectLot/cac:ProcurementProject/cbc:Name")
    facts: dict = {"notice_id": _first(root, "cbc:ID"), "notice_version": _first(root, "cbc:VersionID"),
                   "notice_type": notice_type, "notice_subtype": _first(root, ".//efac:NoticeSubType/cbc:SubTypeCode"),
                   "publication_number": _first(root, ".//efac:Publication/efbc:NoticePublicationID"),
                   "contract_folder_id": _first(root, "cbc:ContractFolderID")}
    lines = [f"Notice type: {notice_type}"] if notice_type else []
    buyers = [orgs[i.strip()] for i in _x(root, "cac:ContractingParty/cac:Party/cac:PartyIdentification/cbc:ID/text()")
              if i.strip() in orgs]
    for buyer in buyers:
        for label, key in (("Buyer", "name"), ("Town", "town"), ("Region", "nuts"), ("Country", "country"),
                           ("National registration number", "company_id")):
            if buyer.get(key):
                lines.append(f"{label}: {buyer[key]}")
    facts["buyer"] = buyers[0] if buyers else None
    facts["buyers"] = buyers if len(buyers) > 1 else None
    procedure = _first(root, "cac:TenderingProcess/cbc:ProcedureCode")
    if procedure:
        facts["procedure_type"] = procedure
        lines.append(f"Procedure: {PROCEDURES.get(procedure, procedure)}")
    description = _first(project, "cbc:Description")
    if description:
        lines.append(f"Description: {scrub_contacts(description)}")
    modification_lines, facts["modification"] = _modification(root)
    lines += modification_lines
    rendered, facts["estimated_value"] = _amount(project, "cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount")
    if rendered:
        lines.append(f"Estimated value: {rendered}")
    codes = list(dict.fromkeys(c.strip() for c in _x(
        root, ".//cac:MainCommodityClassification/cbc:ItemClassificationCode/text()"
              " | .//cac:AdditionalCommodityClassification/cbc:ItemClassificationCode/text()") if c.strip()))
    lines += [cpv_line(code) for code in codes]
    facts["cpv"] = codes
    places = _places(project)
    lines += [_place_line(p) for p in places]

    is_modification = bool(facts["modification"]) or (notice_type or "").endswith("modif")
    results, notice_result = _results(root, orgs, is_modification)
    unplaced = dict(results)
    lots = [lot for lot in _x(root, "cac:ProcurementProjectLot") if _first(lot, "cbc:ID/@schemeName") != "LotsGroup"]
    lot_facts, deadlines = [], []
    for lot in lots:
        lot_id = _first(lot, "cbc:ID")
        lot_project = (_x(lot, "cac:ProcurementProject") or [lot])[0]
        lot_name = _first(lot_project, "cbc:Name")
        if len(lots) > 1 or (lot_name and lot_name != title):
            lines.append(f"{_lot_heading(lot_id)}: {lot_name}" if lot_name else _lot_heading(lot_id))
        rendered, estimate = _amount(lot_project, "cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount")
        if rendered and not (len(lots) == 1 and estimate == facts["estimated_value"]):
            lines.append(f"Estimated value: {rendered}")
        deadline = iso_date(_first(lot, "cac:TenderingProcess/cac:TenderSubmissionDeadlinePeriod/cbc:EndDate"))
        if deadline:
            deadlines.append(deadline)
            lines.append(f"Submission deadline: {deadline}")
        lot_places = [p for p in _places(lot_project) if p not in places]
        lines += [_place_line(p) for p in lot_places]
        result = unplaced.pop(lot_id, None) or {"lines": [], "facts": {}}
        lines += result["lines"]
        lot_description = _first(lot_project, "cbc:Description")
        if lot_description and lot_description != description:
            lines.append(f"Lot description: {scrub_contacts(lot_description)}")
        lot_facts.append(compact({"lot": lot_id, "title": lot_name, "estimated_value": estimate,
                                  "submission_deadline": deadline, "place_of_performance": lot_places,
                                  **result["facts"]}))
        if estimate and not facts["estimated_value"] and len(lots) == 1:
            facts["estimated_value"] = estimate
        places += lot_places
    for lot_id, result in unplaced.items():  # results for lot groups or lots the notice does not describe
        if len(unplaced) > 1 or lots:
            lines.append(_lot_heading(lot_id))
        lines += result["lines"]
        lot_facts.append(compact({"lot": lot_id, **result["facts"]}))
    all_results = list(results.values())
    if "total_award_value" in notice_result:
        lines.append(f"Total award value: {notice_result['total_award_value'][0]}")
        facts["total_award_value"] = notice_result["total_award_value"][1]
    lines += [f"Contract signed: {d}" for d in notice_result.get("contract_signed", [])]
    received = [f["tenders_received"] for f in lot_facts if "tenders_received" in f]
    award_values = [v for r in all_results for v in r["award_values"]]
    facts.update(place_of_performance=places, lots=lot_facts if any(set(f) - {"lot"} for f in lot_facts) else None,
                 tenders_received=sum(received) if received else None, submission_deadline=min(deadlines, default=None),
                 award_values=award_values, winners=[w for r in all_results for w in r["winners"]],
                 contract_signed=notice_result.get("contract_signed"))
    after = award_values[0] if len(award_values) == 1 else facts.get("total_award_value")
    if is_modification and after:
        facts["modification"] = {**facts["modification"],
                                 "value_after": {k: after[k] for k in ("amount", "currency") if k in after}}
    published = (iso_date(_first(root, ".//efac:Publication/efbc:PublicationDate"))
                 or iso_date(_first(root, "cbc:IssueDate")))
    return {"title": title or "(untitled eForms notice)", "body": "\n".join(lines),
            "kind": _kind(notice_type, root_name),
            "published": date.fromisoformat(published) if published else None,
            "language": language_alpha2(_first(root, "cbc:NoticeLanguageCode")),
            "country": buyers[0].get("country") if buyers else None, "facts": compact(facts)}
