"""OCDS releases and records → notice title, kind, date and a plain-text body of labelled lines.

Why one module: the UK spiders and the generic `ocds` spider read the same standard. Packages come as release
packages, record packages (compiledRelease, embedded releases, or only linked releases) or JSON lines of either;
this module flattens them into (id, release) pairs and renders one release. Fields we do not render are ignored
on purpose (contact details, documents' metadata, milestones): they are kept in the archived raw package.
"""
from __future__ import annotations

import io as _io
import json
import math
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterator

from scrapers.parsing.codes import address_country, cpv_line, language_alpha2, money


class OcdsFormatError(ValueError):
    """The data is not a release/record package, a release, a record, or JSON lines of them."""


def iter_json_documents(body: bytes | str) -> Iterator[Any]:
    """One JSON document, or one per line (JSON lines). Reads the whole body: for large inputs use `read_ocds`,
    which streams and keeps going past a bad line."""
    from enrich.jsonstream import error_text

    text = body.decode("utf-8") if isinstance(body, bytes) else body
    text = text.lstrip("\ufeff")
    try:
        yield json.loads(text)
        return
    except json.JSONDecodeError as whole_error:
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) < 2:
            raise OcdsFormatError(f"not JSON: {error_text(whole_error)}") from whole_error
    except RecursionError:
        raise OcdsFormatError("not JSON: nested too deeply (more than about 1,000 levels)") from None
    for number, line in enumerate(lines, 1):
        try:
            yield json.loads(line)
        except json.JSONDecodeError as exc:
            raise OcdsFormatError(f"JSON lines: line {number} is not JSON: {error_text(exc)}") from exc
        except RecursionError:
            raise OcdsFormatError(f"JSON lines: line {number} is nested too deeply") from None


def notice_key(release: dict) -> str:
    """A release's identity across publishers and files: "<ocid>/<release id>" (the release id alone when it
    already begins with the ocid). Release ids are only unique within one ocid: two packages both holding
    releases "01" and "02" must give four notices, not two overwritten ones."""
    ocid, release_id = str(release.get("ocid") or ""), str(release.get("id") or "")
    if not release_id or release_id == ocid or release_id.startswith(ocid):
        return release_id or ocid
    return f"{ocid}/{release_id}"


def iter_releases(document: Any) -> Iterator[tuple[str, dict]]:
    """(notice id, release) pairs: `notice_key` for releases, the ocid for records (their compiledRelease)."""
    if isinstance(document, list):
        for part in document:
            yield from iter_releases(part)
        return
    if not isinstance(document, dict):
        raise OcdsFormatError(f"expected a JSON object, got {type(document).__name__}")
    if "ocid" in document and ("compiledRelease" in document or "releases" in document):
        compiled = document.get("compiledRelease") if isinstance(document.get("compiledRelease"), dict) else None
        listed = document.get("releases") if isinstance(document.get("releases"), list) else []
        embedded = [r for r in listed if isinstance(r, dict) and "tag" in r and "ocid" in r]
        release = compiled or (sorted(embedded, key=lambda r: str(r.get("date", "")))[-1] if embedded else None)
        if release is None:
            raise OcdsFormatError(f"record {document['ocid']} has only linked releases and no compiledRelease")
        yield str(document["ocid"]), release
        return
    if isinstance(document.get("releases"), list):
        for release in document["releases"]:
            if isinstance(release, dict) and "tag" in release and "ocid" in release:
                yield notice_key(release), release
        return
    if isinstance(document.get("records"), list):
        for record in document["records"]:
            yield from iter_releases(record)
        return
    if "ocid" in document and "tag" in document:
        yield notice_key(document), document
        return
    raise OcdsFormatError("not an OCDS release package, record package, release or record "
                          f"(top-level keys: {', '.join(sorted(map(str, document))[:8]) or 'none'})")


# --- streaming: any size, one bad line or element at a time ----------------------------------------------------------

@dataclass
class OcdsPart:
    """One release (`notice_id`, `release`) of a streamed input, or one `error`; `where` names the file and line or
    element ("…/a.jsonl:12", "…/pkg.json: releases item 7") so that an error row can say which."""

    where: str
    notice_id: str | None = None
    release: dict | None = None
    error: str | None = None


class OcdsReader:
    """Every release of an OCDS input — JSON lines, or one package/release/record document of any size — read as
    a stream: each line (or element of a package's `releases`/`records`, or of a top-level array) is bounded by
    `limit` bytes, parsed on its own, and a bad one is one OcdsPart with an error while the rest are read.
    `next_links` collects each document's links.next (release/record packages' paging) as they are read.

    Releases and records are recognised exactly as `iter_releases` does, element by element. One difference: a
    single huge document is read top-level key by key, so a record (top-level "ocid") whose "releases" array
    comes before its "ocid" key would be read as a release package; records put "ocid" first in practice."""

    PEEK_LINES = 4

    def __init__(self, stream, where: str, *, limit: int, encoding: str = "utf-8", max_errors: int = 1000):
        self.stream, self.where, self.limit, self.encoding = stream, where, limit, encoding
        self.max_errors = max_errors
        self.next_links: list[str] = []
        self.errors = 0
        self.mode: str | None = None
        try:
            self._start: int | None = stream.tell() if stream.seekable() else None
        except (AttributeError, OSError):
            self._start = None

    def __iter__(self) -> Iterator[OcdsPart]:
        for part in self._parts():
            if part.error is not None:
                self.errors += 1
                if self.errors > self.max_errors:
                    continue
                if self.errors == self.max_errors:
                    part.error += f" (error {self.max_errors:,}: later errors in this input are only counted)"
            yield part

    # -- which shape --------------------------------------------------------------------------------------------
    def _parts(self) -> Iterator[OcdsPart]:
        import io

        from enrich.jsonstream import JsonError, decode, loads

        head: list[bytes] = []
        peeked: list[tuple[bytes, bool]] = []  # (line content, fits the limit) of the first non-blank lines
        while len(peeked) < self.PEEK_LINES:
            raw = self.stream.readline(self.limit + 1)
            if not raw:
                break
            head.append(raw)
            fits = not (len(raw) > self.limit and not raw.endswith(b"\n"))
            if not fits:
                peeked.append((b"", False))
                break  # an over-long line: read on as a stream, never hold it
            if raw.strip():
                peeked.append((raw.strip(), True))
        stream = io.BufferedReader(_Replay(b"".join(head), self.stream), buffer_size=1 << 16)
        if not peeked:
            self.mode = "empty"
            yield OcdsPart(self.where, error="empty (no JSON)")
            return
        first, first_fits = peeked[0]
        parsed_first = None
        if first_fits:
            try:
                parsed_first = loads(decode(first, self.encoding), self.where)
            except JsonError:
                parsed_first = None
        if parsed_first is not None and len(peeked) == 1:
            self.mode = "document"
            yield from self._document_parts(self.where, parsed_first)
            return
        if parsed_first is not None or (first_fits and first not in (b"[", b"{") and any(
                fits and _is_json_container(line, self.encoding) for line, fits in peeked[1:])):
            self.mode = "lines"
            yield from self._lines(stream)
            return
        self.mode = "stream"
        start = self._start
        for number, part in enumerate(self._stream(stream)):
            if number == 0 and part.error is not None and part.error.startswith("invalid JSON") \
                    and self._json_lines_after_all(start):
                self.mode = "lines"  # JSON lines whose first lines are all bad: read line by line after all
                yield from self._lines(io.BufferedReader(_Replay(b"", self.stream), buffer_size=1 << 16))
                return
            yield part

    def _json_lines_after_all(self, start: int | None, lines: int = 1000) -> bool:
        """Whether a (seekable) input that is not one JSON document has whole JSON objects on lines of their
        own among its first `lines` lines; the stream is left at `start` when it does."""
        from enrich.jsonstream import read_lines

        if start is None:
            return False
        self.stream.seek(start)
        for line in read_lines(self.stream, self.limit):
            if line.number > lines:
                break
            if line.data is not None and _is_json_container(line.data.strip(), self.encoding):
                self.stream.seek(start)
                return True
        return False

    def _lines(self, stream) -> Iterator[OcdsPart]:
        from enrich.jsonstream import JsonError, parse_lines

        for number, value in parse_lines(stream, self.where, limit=self.limit, encoding=self.encoding):
            where = f"{self.where}:{number}"
            if isinstance(value, JsonError):
                yield OcdsPart(where, error=str(value).removeprefix(f"{where}: "))
            else:
                yield from self._document_parts(where, value)

    def _stream(self, stream) -> Iterator[OcdsPart]:
        from enrich.jsonstream import STREAMED, stream_document

        def split(key: str, top: dict) -> bool:
            return key in ("releases", "records") and "ocid" not in top and "releases" not in top

        for member in stream_document(stream, limit=self.limit, split=split, encoding=self.encoding):
            document = f"document {member.document}: " if member.document > 1 else ""
            if member.kind == "error":
                yield OcdsPart(f"{self.where}: {document}".rstrip(": "), error=member.error)
                continue
            if member.kind == "element":
                where = f"{self.where}: {document}{member.key + ' ' if member.key else ''}item {member.index}"
                if member.error is not None:
                    yield OcdsPart(where, error=member.error)
                elif member.key == "releases":
                    release = member.value
                    if isinstance(release, dict) and "tag" in release and "ocid" in release:
                        yield OcdsPart(where, notice_key(release), release)
                else:  # a record of a record package, or an element of a top-level array
                    yield from self._document_parts(where, member.value)
                continue
            top = member.value
            if isinstance(top, dict) and any(value is STREAMED for value in top.values()):
                self._note_links(top)
            else:
                yield from self._document_parts(f"{self.where}: {document}".rstrip(": "), top)

    # -- one parsed document (a line, a small file, an element) ------------------------------------------------
    def _document_parts(self, where: str, document: Any) -> Iterator[OcdsPart]:
        """iter_releases(document), but a record package's records and a list's items one by one, so one bad
        record is one error and the others are read."""
        if isinstance(document, dict):
            self._note_links(document)
        if isinstance(document, dict) and "ocid" not in document and "releases" not in document \
                and isinstance(document.get("records"), list):
            parts = [(f"{where}: records item {n}", record) for n, record in enumerate(document["records"], 1)]
        elif isinstance(document, list):
            parts = [(f"{where}: item {n}", item) for n, item in enumerate(document, 1)]
        else:
            parts = [(where, document)]
        for part_where, part in parts:
            try:
                for notice_id, release in iter_releases(part):
                    yield OcdsPart(part_where, notice_id, release)
            except OcdsFormatError as exc:
                yield OcdsPart(part_where, error=str(exc))

    def _note_links(self, document: dict) -> None:
        links = document.get("links")
        link = links.get("next") if isinstance(links, dict) else None
        if isinstance(link, str) and link:
            self.next_links.append(link)


class _Replay(_io.RawIOBase):
    """The bytes already read (`head`), then the rest of `stream`: a raw stream for io.BufferedReader."""

    def __init__(self, head: bytes, stream) -> None:
        super().__init__()
        self.head, self.stream = memoryview(head), stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if len(self.head):
            n = min(len(buffer), len(self.head))
            buffer[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        data = self.stream.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def _is_json_container(line: bytes, encoding: str) -> bool:
    """A whole JSON object or array on one line: the mark of JSON lines (pretty-printed lines are fragments)."""
    from enrich.jsonstream import JsonError, decode, loads

    if not (line[:1] in (b"{", b"[") and line[-1:] in (b"}", b"]")):
        return False
    try:
        loads(decode(line, encoding), "line")
        return True
    except JsonError:
        return False


def read_ocds(source: bytes | Any, where: str, *, limit: int | None = None, encoding: str | None = None,
              max_errors: int = 1000) -> OcdsReader:
    """An OcdsReader over bytes in memory or a binary file object; the encoding is detected from the first
    64 KB when not given (ISO-8859-1 publishers), and bytes that do not decode are read as ISO-8859-1."""
    import io

    from enrich.documents import best_encoding
    from survtrack.limits import max_document_bytes

    stream = io.BytesIO(source) if isinstance(source, (bytes, bytearray, memoryview)) else source
    if encoding is None:
        if hasattr(stream, "peek"):
            head = stream.peek(65536)[:65536]
        else:
            position = stream.tell()
            head = stream.read(65536)
            stream.seek(position)
        encoding = "utf-8" if head.startswith(b"\xef\xbb\xbf") else best_encoding(head, "utf-8")
    return OcdsReader(stream, where, limit=limit or max_document_bytes(), encoding=encoding, max_errors=max_errors)


def _kind(tags: list[str], release: dict) -> str:
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


def _organisation(node: dict) -> dict:
    """Name, identifier and address of a party (OCDS 1.1 `parties[]`, or 1.0's inline buyer/supplier)."""
    identifier = node.get("identifier") if isinstance(node.get("identifier"), dict) else {}
    address = node.get("address") if isinstance(node.get("address"), dict) else {}
    org = {"name": _text(node.get("name")) or _text(identifier.get("legalName")),
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


def _buyer(release: dict) -> dict | None:
    """The buyer: `parties` with role buyer (1.1), else `buyer` with its own address (1.0), else the procuring
    entity; the 1.1 `buyer` reference lends its name when the parties list does not hold it."""
    for candidate in (_parties(release, "buyer"), [_organisation(release["buyer"])]
                      if isinstance(release.get("buyer"), dict) else [],
                      _parties(release, "procuringEntity"),
                      [_organisation((release.get("tender") or {}).get("procuringEntity"))]
                      if isinstance((release.get("tender") or {}).get("procuringEntity"), dict) else []):
        if candidate and candidate[0].get("name"):
            return candidate[0]
    return None


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


def release_notice(release: dict, *, default_country: str | None = None) -> dict:
    """title, body, kind, published, language, country and facts for one release (or compiled release).

    Every text-bearing field is rendered as a labelled line (lots, items, awards, contracts, amendments, the
    planning budget), so a notice whose only "CCTV" is in a lot description is still read. Values carry labels
    that say what they are: "Estimated value" (tender), "Budget" (planning), "Award value", "Contract value".
    """
    tender = release.get("tender") if isinstance(release.get("tender"), dict) else {}
    awards = [a for a in release.get("awards") or [] if isinstance(a, dict)]
    contracts = [c for c in release.get("contracts") or [] if isinstance(c, dict)]
    planning = release.get("planning")
    if isinstance(planning, list):  # armeps.am publishes a list of planning blocks; the first with a budget counts
        planning = next((p for p in planning if isinstance(p, dict) and p.get("budget")), {})
    planning = planning if isinstance(planning, dict) else {}
    budget = planning.get("budget") if isinstance(planning.get("budget"), dict) else {}
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
    period = tender.get("tenderPeriod") if isinstance(tender.get("tenderPeriod"), dict) else {}
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
    for amendment in tender.get("amendments") or []:
        if isinstance(amendment, dict) and _text(amendment.get("description") or amendment.get("rationale")):
            lines.append(f"Tender amendment: {_text(amendment.get('description') or amendment.get('rationale'))}")
    suppliers, award_values = [], []
    for award in awards:
        if _text(award.get("title")) and _text(award.get("title")) != title:
            lines.append(f"Award: {_text(award['title'])}")
        if _text(award.get("description")):
            lines.append(f"Award description: {_text(award['description'])}")
        for supplier in award.get("suppliers") or []:
            org = _organisation(supplier) if isinstance(supplier, dict) else {}
            if org.get("name"):
                lines.append(f"Winner: {org['name']}")
                suppliers.append(org)
        if _value(award.get("value")):
            lines.append(f"Award value: {_value(award.get('value'))}")
            award_values.append(_value_fact(award.get("value")))
        if _date(award.get("date")):
            lines.append(f"Award date: {_date(award['date'])}")
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
    contract_values = []
    for contract in contracts:
        if _text(contract.get("title")) and _text(contract.get("title")) != title:
            lines.append(f"Contract: {_text(contract['title'])}")
        if _text(contract.get("description")):
            lines.append(f"Contract description: {_text(contract['description'])}")
        if _value(contract.get("value")):
            lines.append(f"Contract value: {_value(contract.get('value'))}")
            contract_values.append(_value_fact(contract.get("value")))
        if _date(contract.get("dateSigned")):
            lines.append(f"Contract signed: {_date(contract['dateSigned'])}")
        lines += _item_lines(list(contract.get("items") or []), seen)
        for amendment in contract.get("amendments") or []:
            if isinstance(amendment, dict) and _text(amendment.get("description") or amendment.get("rationale")):
                lines.append(f"Contract amendment: {_text(amendment.get('description') or amendment.get('rationale'))}")
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
