"""Organisation identifiers: read them where a notice prints them or its source publishes them, check them, and
tie each to the party it identifies, so that the store resolves organisations by identifier first.

Why: names are written a hundred ways (杭州海康威视数字技术股份有限公司, "HANGZHOU HIKVISION DIGITAL TECH", a branch),
but a PRC unified social credit code, an EU VAT number, a UK Companies House number or a US UEI names one legal
entity. Schemes, labels, value shapes and the standard behind each check are in enrich/data/identifier_schemes.yaml.

* Printed: a scheme label, then the value ("统一社会信用代码：91330…", "National registration number: FR…",
  "Buyer identifier: GB-COH 01234567", "Recipient UEI: …"). The value belongs to the party the label names
  (Buyer/采购人/Recipient …) or else to the nearest buyer or supplier written before it on the lines just above.
* Published: eForms ``facts.buyer/buyers/winners[].company_id``, TED ``national_id``, OCDS ``facts.buyer/
  suppliers[].identifier {scheme, id}``, USAspending ``facts.recipient.uei``: tied to the party whose name matches.
* Checked: the unified social credit code's check character (GB 32100-2015, ``uscc_check_character``), the LEI's
  ISO 7064 mod 97-10 digits, the CNPJ's check digits; other schemes by shape. A value that fails is dropped.
* A party whose identifier the vendor registry lists is resolved to that vendor (method ``identifier``).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from enrich.cache import table
from enrich.fastscan import Alternation, Prefixed, Scan
from enrich.fastscan import finditer as prefixed_finditer
from enrich.model import Facts, Identifier, Party, Span
from enrich.vendor_names import name_key, strip_legal_form

if TYPE_CHECKING:
    from enrich.vendors import Registry

SCHEMES_PATH = Path(__file__).parent / "data" / "identifier_schemes.yaml"
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100-2015 table 1: no I, O, S, V, Z
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)  # 3^(i-1) mod 31
ATTACH_DISTANCE = 400  # characters after a party's name within which a printed identifier may be its own
_EU_VAT_RE = re.compile(r"(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)"
                        r"[0-9A-Z+*]{2,13}")
_BUYER_HINT = re.compile(r"buyer|contracting|authority|purchaser|agency|采购人|采购单位|招标人|甲方"
                         r"|acheteur|auftraggeber|comprador|contratante|заказчик|naručitelj|naručilac", re.IGNORECASE)
_SUPPLIER_HINT = re.compile(r"supplier|winner|recipient|awardee|vendor|contractor|供应商|中标|成交|乙方|titulaire"
                            r"|auftragnehmer|adjudicatari|contratad|fornecedor|поставщик|dobavljač", re.IGNORECASE)


# --------------------------------------------------------------------------------------------- checks
def uscc_check_character(first17: str) -> str:
    """The 18th character of a PRC unified social credit code (GB 32100-2015, 4.2 and annex): the weighted sum of
    the first 17 characters' values (0-9, A=10 … Y=30 in ``USCC_ALPHABET``) with weights 3^(i-1) mod 31; the check
    value is 31 - sum mod 31 (31 → 0)."""
    if len(first17) != 17 or any(c not in USCC_ALPHABET for c in first17):
        raise ValueError(f"not 17 code characters: {first17!r}")
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS, strict=False))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def is_valid_uscc(code: str) -> bool:
    """18 characters of the GB 32100-2015 alphabet, a registration-authority code, a six-digit division code at
    positions 3-8, and the right check character."""
    code = code.strip().upper()
    if len(code) != 18 or any(c not in USCC_ALPHABET for c in code):
        return False
    if code[0] not in "123456789ABCDEFGY" or not code[2:8].isdigit():
        return False
    return uscc_check_character(code[:17]) == code[17]


def is_valid_lei(code: str) -> bool:
    """ISO 17442: 20 characters, the last two check digits of ISO/IEC 7064 MOD 97-10 (the whole code ≡ 1 mod 97)."""
    code = code.strip().upper()
    if not re.fullmatch(r"[0-9A-Z]{18}[0-9]{2}", code):
        return False
    return int("".join(str(int(c, 36)) for c in code)) % 97 == 1


def is_valid_cnpj(code: str) -> bool:
    """Brazil CNPJ: 14 digits, the last two mod-11 check digits (weights 5..2,9..2 and 6..2,9..2)."""
    digits = re.sub(r"\D", "", code)
    if len(digits) != 14 or len(set(digits)) == 1:
        return False
    for length, weights in ((12, (5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)), (13, (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2))):
        remainder = sum(int(d) * w for d, w in zip(digits[:length], weights, strict=False)) % 11
        if int(digits[length]) != (0 if remainder < 2 else 11 - remainder):
            return False
    return True


_CHECKS: dict[str, Callable[[str], bool]] = {"gb32100": is_valid_uscc, "iso17442": is_valid_lei, "cnpj": is_valid_cnpj,
                                             "none": lambda value: True}


def normalise(scheme: str, value: str, *, country: str | None = None) -> Identifier | None:
    """A checked identifier in our scheme names, or None. ``scheme`` may be an OCDS/org-id.guide prefix (GB-COH),
    one of ours, or ``national`` (an eForms/TED national registration number: stored as eu_vat when it carries a
    member-state VAT prefix, else as <country>_national)."""
    schemes = _schemes()
    value = re.sub(r"[\s.\-/]", "", str(value or "")).upper()
    if not value:
        return None
    ours = schemes["ocds"].get(scheme.upper(), scheme.lower().replace("-", "_"))
    if ours in ("national", "eu_vat") and sum(c.isdigit() for c in value) < 4:
        return None  # registration and VAT numbers have digits; "SEE ANNEX" is neither
    if ours == "national":
        vat_shape = schemes["vat"].get(value[:2])
        if _EU_VAT_RE.fullmatch(value) and vat_shape and vat_shape.fullmatch(value[2:]):
            ours = "eu_vat"  # a member-state prefix followed by that state's VAT number shape
        else:
            ours = f"{country.lower()}_national" if country else "national"
    if ours == "eu_vat":
        vat_shape = schemes["vat"].get(value[:2])
        if vat_shape is None or not vat_shape.fullmatch(value[2:]):
            return None
    if ours == "gb_coh" and value.isdigit() and len(value) < 8:
        value = value.zfill(8)
    if ours == "cn_uscc" or (ours.endswith("national") and len(value) == 18 and is_valid_uscc(value)):
        return Identifier("cn_uscc", value) if is_valid_uscc(value) else None
    if ours.endswith("national") and sum(c.isdigit() for c in value) < 4:
        return None
    spec = schemes["by_name"].get(ours.rsplit("_", 1)[-1] if ours.endswith("_national") else ours)
    if spec is not None:
        if not re.fullmatch(spec["pattern"], value) or not _CHECKS[spec.get("check", "none")](value):
            return None
    return Identifier(ours, value)


# --------------------------------------------------------------------------------------------- reading
@table()
def _schemes() -> dict[str, Any]:  # scheme specs, label alternatives, compiled patterns (see the return)
    data = yaml.safe_load(SCHEMES_PATH.read_text(encoding="utf-8"))
    by_name = {}
    alternatives = []
    for name, spec in data["schemes"].items():
        by_name[name] = {"pattern": spec["pattern"], "check": spec.get("check", "none")}
        roles = {label.casefold(): role for role, labels in (spec.get("role_labels") or {}).items()
                 for label in labels}
        for label in spec["labels"]:
            alternatives.append((label, name, spec["pattern"], roles.get(label.casefold())))
    alternatives.sort(key=lambda a: len(a[0]), reverse=True)
    parts = []
    for index, (label, _, pattern, _) in enumerate(alternatives):
        boundary = r"(?![A-Za-z])" if label[-1].isascii() and label[-1].isalpha() else ""
        parts.append(rf"(?P<l{index}>{label}){boundary}(?:\s*(?:\(|（)[^)）\n]{{0,20}}(?:\)|）))?\s*(?:No\.?|Nr\.?|nº|n°|#)?"
                     rf"\s*[:：]?\s*(?P<v{index}>(?-i:{pattern}))(?![0-9A-Za-z])")
    label_re = Alternation(r"(?<![\w])", parts, "", re.IGNORECASE)  # tried per label where it can start
    ocds = {k.upper(): v for k, v in (data.get("ocds_schemes") or {}).items()}
    buyer_id = re.compile(r"(?P<who>Buyer|Supplier|Winner|Recipient|Contractor) identifier\s*[:：]\s*"
                          r"(?:(?P<scheme>[A-Z]{2,}(?:-[A-Z0-9]{2,12})+)\s+)?"
                          r"(?P<value>[0-9A-Za-z][0-9A-Za-z .\-/]{1,30})",
                          re.IGNORECASE)
    vat = {prefix: re.compile(shape) for prefix, shape in (data.get("eu_vat_formats") or {}).items()}
    return {"by_name": by_name, "alternatives": alternatives, "label_re": Prefixed(label_re), "ocds": ocds,
            "ocds_line_re": Prefixed(buyer_id), "vat": vat,  # Prefixed: tried only where a label starts
            # the three patterns printed_identifiers runs over a whole text, their prefixes found in one pass
            "scan": Scan([_LABEL_WORD_RE, buyer_id, label_re])}


# A text without any of these words prints no identifier label (checked before the labels are looked for).
_LABEL_WORD_RE = re.compile(r"(?i)code|number|numéro|nummer|identif|id\b|no\b|vat|tva|iva|uei|lei|cnpj|siret|siren"
                            r"|nif|cif|oib|pib|инн|огрн|regon|krs|代码|识别号")


def _scanned(text: str) -> Callable[[int, re.Pattern[str] | Alternation], Iterator[re.Match[str]]]:
    """finditer(n, pattern) over `text` for member n of `_schemes()["scan"]`, from one automaton pass."""
    scan: Scan = _schemes()["scan"]
    found = scan.find(text)

    def finditer(n: int, pattern: re.Pattern[str] | Alternation) -> Iterator[re.Match[str]]:
        if n in scan.unbounded:
            return (pattern.pattern if isinstance(pattern, Alternation) else pattern).finditer(text)
        return prefixed_finditer(pattern, text, found[n])

    return finditer


def printed_identifiers(text: str) -> list[tuple[Identifier, str, str | None]]:
    """(identifier with its evidence, the label as printed, the role the label names) for every labelled value."""
    schemes = _schemes()
    found: list[tuple[Identifier, str, str | None]] = []
    finditer = _scanned(text)
    if next(finditer(0, _LABEL_WORD_RE), None) is None:
        return found
    for match in finditer(1, schemes["ocds_line_re"].pattern):
        value_start, value_end = match.span("value")
        while value_end > value_start and not text[value_end - 1].isalnum():
            value_end -= 1
        raw = text[value_start:value_end].split("\n")[0].strip()
        value_end = value_start + len(raw)
        identifier = normalise(match.group("scheme") or "national", raw)
        if identifier is not None:
            role = "buyer" if match.group("who").casefold() == "buyer" else "supplier"
            found.append((replace(identifier, evidence=Span(value_start, value_end, raw)), match.group(0), role))
    for match in finditer(2, schemes["label_re"].pattern):
        index = next(int(k[1:]) for k, v in match.groupdict().items() if v is not None and k.startswith("v"))
        label, scheme, _, role = schemes["alternatives"][index]
        start, end = match.span(f"v{index}")
        raw = text[start:end]
        while end > start and text[end - 1] in " .-/":
            end -= 1
            raw = text[start:end]
        if any(i.evidence and i.evidence.start <= start < i.evidence.end for i, _, _ in found):
            continue  # already read from its "Buyer identifier:" line
        identifier = normalise(scheme, raw)
        if identifier is None and scheme == "national":
            identifier = normalise("national", raw)
        if identifier is None:
            continue
        found.append((replace(identifier, evidence=Span(start, end, raw)), match.group(f"l{index}"), role))
    return found


def fact_identifiers(facts: Facts | None) -> list[tuple[str, str, Identifier]]:
    """(role, organisation name, identifier) from a source's structured fields (eForms, TED, OCDS, USAspending)."""
    if not isinstance(facts, dict):
        return []
    found: list[tuple[str, str, Identifier]] = []

    def add(role: str, org: object) -> None:
        if not isinstance(org, dict) or not org.get("name"):
            return
        country = org.get("country") if isinstance(org.get("country"), str) else None
        values = []
        for key in ("company_id", "national_id"):
            if org.get(key):
                values.append(("national", org[key]))
        identifier = org.get("identifier")
        if isinstance(identifier, dict) and identifier.get("id"):
            values.append((identifier.get("scheme") or "national", identifier["id"]))
        if org.get("uei"):
            values.append(("us_uei", org["uei"]))
        for scheme, value in values:
            checked = normalise(str(scheme), str(value), country=country)
            if checked is not None:
                found.append((role, str(org["name"]), checked))

    add("buyer", facts.get("buyer"))
    for key, role in (("buyers", "buyer"), ("winners", "supplier"), ("contractors", "supplier"),
                      ("suppliers", "supplier")):
        for org in facts.get(key) or []:
            add(role, org)
    add("supplier", facts.get("recipient"))
    return found


# --------------------------------------------------------------------------------------------- attaching
def with_identifiers(text: str, parties: list[Party], *, facts: Facts | None = None,
                     registry: Registry | None = None) -> list[Party]:
    """``parties`` with the identifiers the text prints next to them and the source publishes for them; a party
    whose identifier the registry lists is resolved to that vendor first."""
    if not parties:
        return parties
    attached: dict[int, list[Identifier]] = {}
    named = [i for i, p in enumerate(parties) if p.role in ("buyer", "supplier")]
    for identifier, label, role in printed_identifiers(text):
        owner = _owner(text, parties, named, identifier.evidence, label, role)
        if owner is not None:
            attached.setdefault(owner, []).append(identifier)
    for role, name, identifier in fact_identifiers(facts):
        key = _name_key(name)
        for index in named:
            if parties[index].role == role and _name_key(parties[index].name) == key:
                evidence = _printed_at(text, identifier.value)
                attached.setdefault(index, []).append(replace(identifier, evidence=evidence))
                break
    if not attached:
        return parties
    result = list(parties)
    for index, identifiers in attached.items():
        unique = _merged(identifiers)
        party = replace(result[index], identifiers=unique)
        if registry is not None and party.role != "buyer":
            vendor_id = next((v for v in (registry.by_identifier(i.scheme, i.value) for i in unique) if v), None)
            if vendor_id:
                party = replace(party, vendor_id=vendor_id, match_method="identifier", match_score=1.0,
                                subsidiary=None if vendor_id != party.vendor_id else party.subsidiary)
        result[index] = party
    return result


def _merged(identifiers: list[Identifier]) -> tuple[Identifier, ...]:
    """One identifier per value: the most specific scheme (fr_national over a printed "national") with the printed
    evidence when there is one."""
    by_value: dict[str, Identifier] = {}
    for identifier in identifiers:
        known = by_value.get(identifier.value)
        if known is None:
            by_value[identifier.value] = identifier
            continue
        scheme = known.scheme if known.scheme != "national" else identifier.scheme
        by_value[identifier.value] = Identifier(scheme, identifier.value, known.evidence or identifier.evidence)
    return tuple(by_value.values())


def _owner(text: str, parties: list[Party], named: list[int], evidence: Span | None, label: str,
           role: str | None) -> int | None:
    """The party a printed identifier belongs to: the one its label names, else the nearest buyer or supplier
    whose name ends at most ATTACH_DISTANCE characters before it with no other party in between."""
    if evidence is None:
        return None
    if role is None:
        role = "buyer" if _BUYER_HINT.search(label) else "supplier" if _SUPPLIER_HINT.search(label) else None
    before = [i for i in named if parties[i].evidence.end <= evidence.start]
    if role is not None:
        of_role = [i for i in before if parties[i].role == role] or [i for i in named if parties[i].role == role]
        return min(of_role, key=lambda i: abs(evidence.start - parties[i].evidence.end)) if of_role else None
    if not before:
        return None
    nearest = max(before, key=lambda i: parties[i].evidence.end)
    gap = text[parties[nearest].evidence.end:evidence.start]
    if len(gap) > ATTACH_DISTANCE or gap.count("\n") > 4:
        return None
    return nearest


def _name_key(name: str) -> str:
    return strip_legal_form(name_key(name)).replace(" ", "")


def _printed_at(text: str, value: str) -> Span | None:
    index = text.find(value)
    return Span(index, index + len(value), value) if index >= 0 else None
