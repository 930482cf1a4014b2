"""Legacy TED XML (root TED_EXPORT, schemas R2.0.7–R2.0.9) → the same dict as parse_eforms, facts included.

Why: eForms only replaced this schema between Nov 2022 and Oct 2023, so every TED notice from 2008 to 2023 —
and every file in TED's bulk XML packages for those years — is a TED_EXPORT document. Without this parser the
years most surveillance roll-outs were bought in would be parse errors.

How: schema releases use different default namespaces (…/ted/R2.0.9/publication, …/R2.0.8/…, the older
…/TED_schema/Export, or none) and NUTS elements sit in their own (n2016/n2021), so after the safe parse every tag
is reduced to its local name. FORM_SECTION holds one copy of the form per language; the original one (CATEGORY=
"ORIGINAL", or LG equal to NOTICE_DATA/LG_ORIG) is read, else the first. The 2014 forms (F01_2014 … F25) are read
field by field; older forms (CONTRACT_AWARD, …) share some element names (OFFICIALNAME, TOWN, COUNTRY, CPV_CODE,
LOT_NO) and the rest comes from TED's own coding in CODED_DATA_SECTION (document type, procedure, CPV, country,
NUTS, values, publication date), which every schema release has.
Never read: CONTACT_POINT, ATTENTION, PHONE, E_MAIL, FAX and URL elements — contact persons are personal data.
Amount labels are those of eforms.py ("Estimated value:", "Award value:", "Total award value:", "Contract value:",
"Contract value before/after modification:"), so enrich/money.py tells budgets from awards the same way.
"""
from __future__ import annotations

from datetime import date

from lxml import etree

from scrapers.parsing.codes import country_alpha2, cpv_line, language_alpha2, money
from scrapers.parsing.eforms import PROCEDURES, compact, iso_date, money_fact, scrub_contacts
from scrapers.parsing.safexml import parse_xml

#: 2014 form → kind. F21–F23 (social and other specific services) can be any of the three: see _kind.
FORM_KINDS = {"F01": "plan", "F04": "plan", "F16": "plan", "F02": "tender", "F05": "tender", "F07": "tender",
              "F12": "tender", "F17": "tender", "F19": "tender", "F24": "tender", "F03": "award", "F06": "award",
              "F13": "award", "F15": "award", "F18": "award", "F20": "award", "F25": "award"}
#: PT_* procedure elements → eForms BT-105 codes, so facts["procedure_type"] means the same for both schemas.
PROCEDURE_CODES = {
    "PT_OPEN": "open", "PT_RESTRICTED": "restricted", "PT_ACCELERATED_RESTRICTED": "restricted",
    "PT_COMPETITIVE_NEGOTIATION": "neg-w-call", "PT_NEGOTIATED_WITH_PRIOR_CALL": "neg-w-call",
    "PT_NEGOTIATED": "neg-w-call", "PT_ACCELERATED_NEGOTIATED": "neg-w-call", "PT_COMPETITIVE_DIALOGUE": "comp-dial",
    "PT_INNOVATION_PARTNERSHIP": "innovation", "PT_NEGOTIATED_WITHOUT_PUBLICATION": "neg-wo-call",
    "PT_AWARD_CONTRACT_WITHOUT_CALL": "neg-wo-call", "PT_AWARD_CONTRACT_WITHOUT_PUBLICATION": "neg-wo-call",
}
COUNTRY_FIXES = {"UK": "GB", "EL": "GR"}  # TED writes the EU's codes for the United Kingdom and Greece


class NotTedExportError(ValueError):
    """The XML is not a legacy TED_EXPORT notice."""


def _strip_namespaces(root: etree._Element) -> None:
    for element in root.iter():
        if isinstance(element.tag, str):
            element.tag = etree.QName(element).localname


def _text(element: etree._Element | None) -> str | None:
    """Whitespace-normalised text; paragraphs (<P>) joined by a space, inline markup (<FT>) kept in its word."""
    if element is None:
        return None
    paragraphs = element.findall("P") or [element]
    text = " ".join(" ".join("".join(p.itertext()).split()) for p in paragraphs)
    return text.strip() or None


def _find_text(node: etree._Element | None, path: str) -> str | None:
    return _text(node.find(path)) if node is not None else None


def _country(value: str | None) -> str | None:
    value = (value or "").strip().upper()
    return country_alpha2(COUNTRY_FIXES.get(value, value)) if value else None


def _amount(element: etree._Element | None, currency: str | None = None) -> tuple[str | None, dict | None]:
    """(rendered, fact) for a VAL_* element, or an old-form cost block holding VALUE_COST (FMTVAL)."""
    if element is None:
        return None, None
    currency = element.get("CURRENCY") or next((e.get("CURRENCY") for e in element.iter() if e.get("CURRENCY")),
                                               currency)
    cost = element if element.tag == "VALUE_COST" else element.find(".//VALUE_COST")
    raw = (cost.get("FMTVAL") or cost.text) if cost is not None else element.text
    return money(raw, currency), money_fact(raw, currency)


def _dated(element: etree._Element | None) -> str | None:
    """YYYY-MM-DD from "2020-12-28", "20201228" or old-form <DAY>/<MONTH>/<YEAR> children."""
    if element is None:
        return None
    if element.find("YEAR") is not None:
        parts = [element.findtext(k, "").strip() for k in ("YEAR", "MONTH", "DAY")]
        return iso_date(f"{parts[0]}-{parts[1].zfill(2)}-{parts[2].zfill(2)}")
    raw = (element.text or "").strip()
    return iso_date(f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}" if raw.isdigit() and len(raw) == 8 else raw)


def _address(element: etree._Element) -> dict:
    """Organisation fields of an address block; contact person, phone, e-mail and URLs are not read."""
    nuts, country = element.find(".//NUTS"), element.find(".//COUNTRY")
    return compact({"name": _find_text(element, ".//OFFICIALNAME"), "town": _find_text(element, ".//TOWN"),
                    "nuts": nuts.get("CODE") if nuts is not None else None,
                    "country": _country(country.get("VALUE")) if country is not None else None,
                    "national_id": _find_text(element, ".//NATIONALID")})


def _form(root: etree._Element, original_language: str | None) -> etree._Element:
    forms = [f for f in root.findall("FORM_SECTION/*") if isinstance(f.tag, str)]
    if not forms:
        raise NotTedExportError("TED_EXPORT has no FORM_SECTION form")
    for form in forms:
        if form.get("CATEGORY") == "ORIGINAL" or (original_language and form.get("LG") == original_language):
            return form
    return forms[0]


def _kind(form: etree._Element, document_type: str | None) -> str:
    code = (form.get("FORM") or form.tag)[:3].upper()
    if code in FORM_KINDS:
        return FORM_KINDS[code]
    text = (document_type or "").lower()
    if any(cue in text for cue in ("award", "modification", "ex ante", "result")):
        return "award"
    if any(cue in text for cue in ("prior information", "periodic indicative")):
        return "plan"
    if any(cue in text for cue in ("contract notice", "concession notice", "design contest", "qualification",
                                   "subcontract", "call for")):
        return "tender"
    return "other"


def _award_blocks(form: etree._Element, facts: dict) -> list[tuple[str | None, str | None, list[str]]]:
    """Section V of the 2014 forms (AWARD_CONTRACT) and of older ones (AWARD_OF_CONTRACT): (lot, title, lines) each."""
    blocks = []
    for award in form.iter("AWARD_CONTRACT", "AWARD_OF_CONTRACT"):
        lot = _find_text(award, "LOT_NO") or _find_text(award, "LOT_NUMBER")
        title = _find_text(award, "TITLE") or _find_text(award, "CONTRACT_TITLE")
        entry: dict = {"lot": lot, "title": title}
        lines: list[str] = []
        if award.find("NO_AWARDED_CONTRACT") is not None:
            entry["awarded"] = False
            lines.append("Result: no contract awarded")
        received = next((_text(e) for e in award.iter("NB_TENDERS_RECEIVED", "OFFERS_RECEIVED_NUMBER")), None)
        if received and received.isdigit():
            entry["tenders_received"] = int(received)
            lines.append(f"Tenders received: {int(received)}")
        contractors = [_address(a) for a in award.iter("ADDRESS_CONTRACTOR", "ECONOMIC_OPERATOR_NAME_ADDRESS")]
        for contractor in contractors:
            if contractor.get("name"):
                lines.append(f"Winner: {contractor['name']}")
                facts["contractors"].append(compact({**contractor, "lot": lot}))
        entry["contractors"] = [c["name"] for c in contractors if c.get("name")]
        for tag, label, key in (("VAL_ESTIMATED_TOTAL", "Estimated value", "estimated_value"),
                                ("INITIAL_ESTIMATED_TOTAL_VALUE_CONTRACT", "Estimated value", "estimated_value"),
                                ("VAL_TOTAL", "Award value", "award_value"),
                                ("COSTS_RANGE_AND_CURRENCY_WITH_VAT_RATE", "Award value", "award_value")):
            for element in award.iter(tag):
                if tag == "COSTS_RANGE_AND_CURRENCY_WITH_VAT_RATE" and any(
                        a.tag == "INITIAL_ESTIMATED_TOTAL_VALUE_CONTRACT" for a in element.iterancestors()):
                    continue  # old forms write the initial estimate in the same block as the final value
                rendered, fact = _amount(element)
                if rendered and key not in entry:
                    lines.append(f"{label}: {rendered}")
                    entry[key] = fact
                    if key == "award_value":
                        facts["award_values"].append(compact({**(fact or {}), "lot": lot}))
        _range(award.find(".//VAL_RANGE_TOTAL"), lines, entry)
        signed = _dated(next(award.iter("DATE_CONCLUSION_CONTRACT", "CONTRACT_AWARD_DATE"), None))
        if signed:
            entry["contract_signed"] = signed
            lines.append(f"Contract signed: {signed}")
        facts["awards"].append(compact(entry))
        blocks.append((lot, title, lines))
    return blocks


def _range(element: etree._Element | None, lines: list[str], facts: dict) -> None:
    """VAL_RANGE_TOTAL: the lowest and highest offers taken into consideration (not an award value)."""
    if element is None:
        return
    for tag, label in (("LOW", "Lowest offer"), ("HIGH", "Highest offer")):
        rendered, fact = _amount(element.find(tag), element.get("CURRENCY"))
        if rendered:
            lines.append(f"{label}: {rendered}")
            facts[label.lower().replace(" ", "_")] = fact


def _modification(form: etree._Element, lines: list[str], facts: dict) -> None:
    """F20 section VII: what changed, why, and the contract value before/after the change."""
    info = next(form.iter("INFO_MODIFICATIONS"), None)
    described = next(form.iter("DESCRIPTION_PROCUREMENT"), None)
    if info is None and described is None:
        return
    mod: dict = {}
    if info is not None:
        mod["description"] = scrub_contacts(_find_text(info, "SHORT_DESCR"))
        for tag, reason_type in (("ADDITIONAL_NEED", "additional need"),
                                 ("UNFORESEEN_CIRCUMSTANCE", "unforeseen circumstance")):
            if info.find(tag) is not None:
                mod.update(reason=scrub_contacts(_find_text(info, tag)), reason_type=reason_type)
        if mod.get("description"):
            lines.append(f"Modification: {mod['description']}")
        if mod.get("reason"):
            lines.append(f"Modification reason: {mod['reason']}")
    for tag, label, key in (("VAL_TOTAL_BEFORE", "Contract value before modification", "value_before"),
                            ("VAL_TOTAL_AFTER", "Contract value after modification", "value_after")):
        rendered, mod[key] = _amount(next(form.iter(tag), None))
        if rendered:
            lines.append(f"{label}: {rendered}")
    if described is not None:
        rendered, mod["contract_value"] = _amount(described.find(".//VAL_TOTAL"))
        if rendered:
            lines.append(f"Contract value: {rendered}")
        known = {c["name"] for c in facts["contractors"]}  # section V already named the original contractors
        for contractor in (_address(a) for a in described.iter("ADDRESS_CONTRACTOR")):
            if contractor.get("name") and contractor["name"] not in known:
                known.add(contractor["name"])
                lines.append(f"Winner: {contractor['name']}")
                facts["contractors"].append(contractor)
    facts["modification"] = compact(mod)


def parse_ted_export(data: bytes) -> dict:
    """title, body, kind, published, language, country, facts for one TED_EXPORT notice; raises on unsafe/bad XML."""
    return ted_export_from_root(parse_xml(data))


def ted_export_from_root(root: etree._Element) -> dict:
    """parse_ted_export on an already safely parsed root. The tree is modified (namespaces stripped)."""
    if etree.QName(root).localname != "TED_EXPORT":
        raise NotTedExportError(f"root element is {etree.QName(root).localname}, not TED_EXPORT")
    _strip_namespaces(root)
    notice = root.find("CODED_DATA_SECTION/NOTICE_DATA")
    codif = root.find("CODED_DATA_SECTION/CODIF_DATA")
    original_language = _find_text(notice, "LG_ORIG")
    form = _form(root, original_language)
    language = original_language or form.get("LG")
    document_type = _find_text(codif, "TD_DOCUMENT_TYPE")
    kind = _kind(form, document_type)
    translation = (root.xpath("TRANSLATION_SECTION/ML_TITLES/ML_TI_DOC[@LG=$lg]", lg=language or "")
                   or root.findall("TRANSLATION_SECTION/ML_TITLES/ML_TI_DOC")[:1] or [None])[0]
    contract = form.find("OBJECT_CONTRACT")
    title = (_find_text(contract, "TITLE") or _text(next(form.iter("TITLE_CONTRACT"), None))
             or _find_text(translation, "TI_TEXT"))
    facts: dict = {"notice_number": root.get("DOC_ID"), "oj_reference": _find_text(notice, "NO_DOC_OJS"),
                   "schema_version": root.get("VERSION"), "form": form.get("FORM") or form.tag,
                   "notice_type": document_type, "referenced_notice": _find_text(notice, "REF_NOTICE/NO_DOC_OJS"),
                   "contractors": [], "award_values": [], "awards": []}
    lines = [f"Notice type: {document_type}"] if document_type else []

    buyer_element = next(form.iter("ADDRESS_CONTRACTING_BODY", "CA_CE_CONCESSIONAIRE_PROFILE"), None)
    buyer = _address(buyer_element) if buyer_element is not None else {}
    aa_names = root.findall("TRANSLATION_SECTION/ML_AA_NAMES/AA_NAME")
    buyer.setdefault("name", next((_text(n) for n in aa_names if n.get("LG") == language), None)
                     or (_text(aa_names[0]) if aa_names else None))
    buyer.setdefault("town", _find_text(translation, "TI_TOWN"))
    iso_country = notice.find("ISO_COUNTRY") if notice is not None else None
    buyer.setdefault("country", _country(iso_country.get("VALUE")) if iso_country is not None else None)
    facts["buyer"] = buyer = compact(buyer)
    for label, key in (("Buyer", "name"), ("Town", "town"), ("Region", "nuts"), ("Country", "country"),
                       ("National registration number", "national_id")):
        if buyer.get(key):
            lines.append(f"{label}: {buyer[key]}")

    procedure_element = next((e for e in form.iter() if isinstance(e.tag, str) and e.tag.startswith("PT_")), None)
    if procedure_element is not None:
        code = PROCEDURE_CODES.get(procedure_element.tag, procedure_element.tag[3:].lower().replace("_", " "))
        facts["procedure_type"] = code
        lines.append(f"Procedure: {PROCEDURES.get(code, code)}")
    elif _find_text(codif, "PR_PROC"):
        facts["procedure"] = _find_text(codif, "PR_PROC")
        lines.append(f"Procedure: {facts['procedure']}")

    lots = form.findall("OBJECT_CONTRACT/OBJECT_DESCR")
    description = (_find_text(contract, "SHORT_DESCR") or _text(next(form.iter("SHORT_CONTRACT_DESCRIPTION"), None))
                   or (_find_text(lots[0], "SHORT_DESCR") if len(lots) == 1 else None))
    if description:
        lines.append(f"Description: {scrub_contacts(description)}")
    awards = _award_blocks(form, facts)
    _modification(form, lines, facts)
    rendered, facts["estimated_value"] = _amount(contract.find("VAL_ESTIMATED_TOTAL") if contract is not None else None)
    if rendered:
        lines.append(f"Estimated value: {rendered}")
    rendered, total = _amount(contract.find("VAL_TOTAL") if contract is not None else None)
    if rendered:
        label = "Total award value" if kind == "award" else "Estimated value"
        lines.append(f"{label}: {rendered}")
        facts["total_award_value" if kind == "award" else "estimated_value"] = total
    _range(contract.find("VAL_RANGE_TOTAL") if contract is not None else None, lines, facts)
    if not any(key in facts and facts[key] for key in ("estimated_value", "total_award_value")):
        _coded_values(notice, kind, lines, facts)

    codes = list(dict.fromkeys(c.get("CODE", "").strip() for c in form.iter("CPV_CODE") if c.get("CODE")))
    if not codes and notice is not None:
        codes = [c.get("CODE") for c in notice.findall("ORIGINAL_CPV") if c.get("CODE")]
    lines += [cpv_line(code) for code in codes]
    facts["cpv"] = codes

    nuts = [n.get("CODE") for place in [*lots, *form.iter("DESCRIPTION_PROCUREMENT", "LOCATION_NUTS")]
            for n in place.findall("NUTS") if n.get("CODE")]  # direct children: not a contractor's address
    if not nuts and notice is not None:
        nuts = [n.get("CODE") for n in notice.findall("PERFORMANCE_NUTS") if n.get("CODE")]
    facts["place_of_performance_nuts"] = list(dict.fromkeys(nuts))
    lines += [f"Place of performance: {code}" for code in facts["place_of_performance_nuts"]]
    main_site = next((_find_text(lot, "MAIN_SITE") for lot in lots if lot.find("MAIN_SITE") is not None), None)
    if main_site:
        lines.append(f"Main site: {main_site}")

    procedure = form.find("PROCEDURE")
    deadline = _dated(procedure.find("DATE_RECEIPT_TENDERS")) if procedure is not None else None
    deadline = deadline or _dated(next(form.iter("RECEIPT_LIMIT_DATE"), None))
    if deadline:
        facts["submission_deadline"] = deadline
        lines.append(f"Submission deadline: {deadline}")

    described_lots = lots if len(lots) > 1 or any(lot.find("TITLE") is not None for lot in lots) else []
    for position, lot in enumerate(described_lots, 1):
        number, lot_title = _find_text(lot, "LOT_NO"), _find_text(lot, "TITLE")
        lines.append(f"Lot {number or position}: {lot_title}" if lot_title else f"Lot {number or position}")
        rendered, _ = _amount(lot.find("VAL_OBJECT"))
        if rendered:
            lines.append(f"Estimated value: {rendered}")
        for block in [b for b in awards if b[0] is not None and b[0] == number]:  # the lot's result next to it
            awards.remove(block)
            lines += block[2]
        lot_description = _find_text(lot, "SHORT_DESCR")
        if lot_description and lot_description != description:
            lines.append(f"Lot description: {scrub_contacts(lot_description)}")
    for position, (number, award_title, award_lines) in enumerate(awards, 1):
        if len(awards) > 1 or number or described_lots:
            heading = f"Lot {number}" if number else f"Contract {position}"
            lines.append(f"{heading}: {award_title}" if award_title else heading)
        lines += award_lines

    received = [a["tenders_received"] for a in facts["awards"] if "tenders_received" in a]
    facts["tenders_received"] = sum(received) if received else None
    facts["contract_signed"] = list(dict.fromkeys(a["contract_signed"] for a in facts["awards"]
                                                  if "contract_signed" in a))
    published = _dated(root.find("CODED_DATA_SECTION/REF_OJS/DATE_PUB"))
    return {"title": title or "(untitled TED notice)", "body": "\n".join(lines), "kind": kind,
            "published": date.fromisoformat(published) if published else None,
            "language": language_alpha2(language), "country": buyer.get("country"), "facts": compact(facts)}


def _coded_values(notice: etree._Element | None, kind: str, lines: list[str], facts: dict) -> None:
    """TED's coded NOTICE_DATA/VALUES, for forms whose own value elements were not read (older forms)."""
    for value in notice.findall("VALUES/VALUE") if notice is not None else []:
        estimated = "ESTIMATED" in (value.get("TYPE") or "").upper() or kind != "award"
        rendered, fact = _amount(value)
        if rendered:
            lines.append(f"{'Estimated value' if estimated else 'Total award value'}: {rendered}")
            key = "estimated_value" if estimated else "total_award_value"
            facts[key] = facts.get(key) or fact
