"""conformance — genuine publisher samples through our readers and enrichment, field by field.

Why: our fixtures are written by us, in the shapes we believe publishers use. The files in ../shared/realdata
(each subfolder's PROVENANCE.md says where they come from) are the real thing. This report runs each one through
the parser or spider code that reads its format here, then through enrichment as the pipeline does, and prints
every field NEXT TO the raw value it came from, flagging ("!!") the misreadings we know to look for. It is a
report, not a test: it exits 0 whatever it finds, and when the folder is absent.

    .venv/bin/python -m bench.conformance [--root PATH] [--json] [--file NAME]
"""
from __future__ import annotations

import argparse
import csv
import html
import json
import re
import sys
import unicodedata
from dataclasses import asdict, dataclass, field
from itertools import zip_longest
from pathlib import Path

from scrapy.http import TextResponse
from scrapy.responsetypes import responsetypes
from scrapy.utils.test import get_crawler

from enrich import enrich
from enrich.documents import best_encoding, decode_bytes
from scrapers.base import ResponseShapeError
from scrapers.parsing.ccgp import notice_id, parse_detail
from scrapers.parsing.codes import country_alpha2, cpv_codes, cpv_labels
from scrapers.parsing.ocds import iter_json_documents, iter_releases, publisher_uri_of, release_notice
from scrapers.parsing.ocds.country import currency_country, domain_country
from scrapers.parsing.safexml import parse_xml
from scrapers.parsing.ted import parse_ted_xml  # eForms + legacy TED_EXPORT (which one ran is in the report)
from scrapers.parsing.usaspending import FIELDS, GROUPS
from scrapers.runner import spider_classes
from survtrack.pipeline import stored_text

DEFAULT_ROOT = Path(__file__).resolve().parent.parent.parent / "shared" / "realdata"


@dataclass
class Row:
    field: str
    raw: str
    parsed: str
    flag: str = ""


@dataclass
class Notice:
    id: str
    title: str
    kind: str
    rows: list[Row] = field(default_factory=list)


@dataclass
class FileReport:
    folder: str
    file: str
    reader: str = "no reader in survtrack"
    loaded: str = ""
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)

    @property
    def flagged(self) -> list[tuple[Notice, Row]]:
        return [(n, r) for n in self.notices for r in n.rows if r.flag]


def _s(value) -> str:
    """One display line: lists joined with "; ", None/empty as "—"."""
    if value is None or value == [] or value == "":
        return "—"
    return "; ".join(map(_s, value)) if isinstance(value, (list, tuple)) else " ".join(str(value).split())


def _same(a: str, b: str) -> bool:
    a, b = (re.sub(r"\W+", "", (x or "").casefold()) for x in (a, b))
    return bool(a and b) and (a in b or b in a)


def make_spider(name: str, **args):
    """A spider built as tests/scrapers/conftest.py `make_spider` does: no database, a local base_url."""
    cls = spider_classes()[name]
    crawler = get_crawler(cls, {"SURVTRACK_STORE": False, "LOG_ENABLED": False})
    spider = cls.from_crawler(crawler, base_url=args.pop("base_url", "http://127.0.0.1:9/" + name), **args)
    crawler.spider = spider
    return spider


def spider_response(path: Path, url: str | None = None):
    """The response a spider gets for these bytes: Scrapy's own type and encoding, then CharsetMiddleware's fix."""
    body, url = path.read_bytes(), url or path.resolve().as_uri()
    response = responsetypes.from_args(url=url, body=body)(url=url, body=body)
    return response.replace(encoding=best_encoding(body, response.encoding))


def notice_report(fields: dict, raw: dict, *, source: str) -> Notice:
    """Parsed fields + enrichment next to `raw`: id, kind, buyer, address {country, region, postcode, locality},
    values [(label, text)], award_values, suppliers, extra [(field, raw, parsed)]."""
    title, body, _ = stored_text(fields["title"], fields["body"])
    e = enrich(title, body, language=fields.get("language"), published=fields.get("published"),
               country=fields.get("country"), source=source)
    notice = Notice(str(fields.get("id") or raw.get("id")), title, str(fields.get("kind")))
    rows, country, place, h = notice.rows, fields.get("country"), e.place, e.headline_amount
    rows += [Row("id", _s(raw.get("id")), _s(fields.get("id"))), Row("kind", _s(raw.get("kind")), _s(fields["kind"]))]
    buyers = [p.name for p in e.parties if p.role == "buyer"]
    no_buyer = raw.get("buyer") and not any(_same(raw["buyer"], b) for b in buyers)
    rows.append(Row("buyer", _s(raw.get("buyer")), "party: " + _s(buyers),
                    "raw buyer name with no (matching) buyer party" if no_buyer else ""))
    address = {k: v for k, v in (raw.get("address") or {}).items() if v and k != "party"}
    party = (raw.get("address") or {}).get("party")
    raw_country, flag = country_alpha2(str(address.get("country") or "").strip() or None), ""
    if address and not country:
        flag = "structured address but no country"
    elif raw_country and country and country != raw_country:
        flag = f"country {country} contradicts raw address country {raw_country}"
    elif raw_country and place and place.country and place.country != raw_country:
        flag = f"place country {place.country} contradicts raw address country {raw_country}"
    elif not raw_country and place and place.country and raw.get("hints") \
            and place.country not in {c for c, _ in raw["hints"]}:
        flag = (f"place country {place.country} contradicts the rest of the notice: "
                + "; ".join(f"{c} ({why})" for c, why in raw["hints"]))
    where = f"{place.country}/{place.admin1 or '-'}/{place.city or place.admin2 or '-'} ({place.precision})" \
        if place else "—"
    shown = " / ".join(f"{k}={_s(v)}" for k, v in address.items()) or "—"
    if party and address:
        shown = f"({party}) {shown}"
    rows.append(Row("address", shown, f"country {_s(country)}; place {where}", flag))
    bad = fields["kind"] == "award" and h is not None and h.kind == "budget" and raw.get("award_values")
    rows.append(Row("values", _s([f"{label} {v}" for label, v in raw.get("values") or [] if v]),
                    f"headline {h.value} {h.currency} ({h.kind})" if h else "headline —",
                    "award notice with a budget headline while an award value exists" if bad else ""))
    suppliers = [p for p in e.parties if p.role == "supplier"]
    missing = [s for s in raw.get("suppliers") or [] if not any(_same(s, p.name) for p in suppliers)]
    rows.append(Row("suppliers", _s(raw.get("suppliers")),
                    _s([p.name + (f" [{p.vendor_id}]" if p.vendor_id else "") for p in suppliers]),
                    f"supplier name(s) with no supplier party: {_s(missing)}" if missing else ""))
    rows += [Row(f, _s(r), _s(p)) for f, r, p in raw.get("extra") or []] + [Row("tags", "", _s(e.taxonomy_ids))]
    return notice


def _ocds_hints(release: dict, parties: list[dict], publisher_uri: object) -> list[tuple[str, str]]:
    """Countries the rest of a release names: any party's address, its national currencies (MXN → MX; EUR, USD and
    the X.. codes name none), the publisher URI's country-code domain (the readers' own rules:
    scrapers.parsing.ocds.country). A report aid, not a rule."""
    hints: dict[str, str] = {}
    for party in parties:
        address = party.get("address") if isinstance(party.get("address"), dict) else {}
        found = country_alpha2(str(address.get("countryName") or "").strip() or None)
        if found:
            hints.setdefault(found, f"address of {party.get('name') or party.get('id')}")
    for currency in re.findall(r'"currency":\s*"([A-Z]{3})"', json.dumps(release)):
        found = currency_country(currency)
        if found:
            hints.setdefault(found, f"currency {currency}")
    found = domain_country(publisher_uri)
    if found:
        hints.setdefault(found, f"publisher {publisher_uri}")
    return list(hints.items())


def _ocds_raw(release: dict, publisher_uri: object = None) -> dict:
    parties = [p for p in release.get("parties") or [] if isinstance(p, dict)]
    ref = release.get("buyer") if isinstance(release.get("buyer"), dict) else {}
    buyer = next((p for p in parties if "buyer" in (p.get("roles") or [])), None) or next(
        (p for p in parties if ref.get("id") and p.get("id") == ref.get("id")), None) or ref
    addr = buyer.get("address") if isinstance(buyer.get("address"), dict) else {}
    tender = release.get("tender") if isinstance(release.get("tender"), dict) else {}
    party = None
    if not any(addr.values()):  # the buying unit's address (Mexico: only the procuringEntity party has one)
        procuring = [p for p in parties if "procuringEntity" in (p.get("roles") or [])]
        procuring += [tender["procuringEntity"]] if isinstance(tender.get("procuringEntity"), dict) else []
        donor = next((p for p in procuring if isinstance(p.get("address"), dict) and any(p["address"].values())),
                     None)
        if donor is not None:
            addr, party = donor["address"], f"procuringEntity {donor.get('name') or donor.get('id')}"

    def value(node, key="value"):
        v = node.get(key) if isinstance(node, dict) else None
        return f"{v.get('amount')} {v.get('currency')}" if isinstance(v, dict) and v.get("amount") is not None else None

    awards = [a for a in release.get("awards") or [] if isinstance(a, dict)]
    plans = release.get("planning") if isinstance(release.get("planning"), list) else [release.get("planning")]
    award_values = [v for v in map(value, awards) if v and not v.startswith(("0 ", "0.0 "))]  # 0: placeholder
    suppliers = [s.get("name") for a in awards for s in a.get("suppliers") or [] if isinstance(s, dict)]
    suppliers += [p.get("name") for p in parties if "supplier" in (p.get("roles") or [])]
    return {"id": f"ocid={release.get('ocid')} release={release.get('id')}", "kind": release.get("tag"),
            "buyer": buyer.get("name"), "suppliers": list(dict.fromkeys(s for s in suppliers if s)),
            "address": {"country": addr.get("countryName"), "region": addr.get("region"),
                        "postcode": addr.get("postalCode"), "locality": addr.get("locality"), "party": party},
            "hints": _ocds_hints(release, parties, publisher_uri),
            "values": [("budget", value(p.get("budget"), "amount")) for p in plans if isinstance(p, dict)]
            + [("tender", value(tender))] + [("award", v) for v in award_values]
            + [("contract", v) for v in map(value, release.get("contracts") or []) if v],
            "award_values": award_values}


def read_ocds(path: Path, report: FileReport) -> None:
    report.reader = "scrapers.parsing.ocds iter_json_documents → iter_releases → release_notice"
    response, body = spider_response(path), path.read_bytes()
    report.notes.append(f"decoded as {response.encoding} (Scrapy's detection + CharsetMiddleware, as the spider)")
    ingest = decode_bytes(body)  # what `survtrack ingest` reads the same file as
    if ingest != response.text:
        differ = (sum(a != b for a, b in zip(ingest, response.text, strict=False))
                  + abs(len(ingest) - len(response.text)))
        report.notes.append(f"!! survtrack ingest (decode_bytes) decodes it as {best_encoding(body, 'utf-8')}: "
                            f"{differ} character(s) differ from the spider's text")
    pairs = [(pair, publisher_uri_of(doc))
             for doc in iter_json_documents(response.text) for pair in iter_releases(doc)]
    report.loaded = f"{len(pairs)} notice(s)"
    for (sid, release), publisher_uri in pairs:
        try:
            fields = {**release_notice(release, publisher_uri=publisher_uri), "id": sid}
        except Exception as exc:  # noqa: BLE001 — one bad release must not hide the others
            report.errors.append(f"{sid}: {type(exc).__name__}: {exc}")
            continue
        raw, facts = _ocds_raw(release, publisher_uri), fields["facts"]
        tender = release.get("tender") if isinstance(release.get("tender"), dict) else {}
        raw["extra"] = [("tenderers", tender.get("numberOfTenderers"), facts.get("number_of_tenderers")),
                        ("method", tender.get("procurementMethod"), facts.get("procurement_method"))]
        report.notices.append(notice_report(fields, raw, source="ocds"))


_STEP = re.compile(r"(?<![@\w])([A-Za-z_][\w-]*)(?=/|$)")


def lx(node, path: str) -> list:
    """XPath by local-name(): "//Organization/Company/PartyName/Name/text()" whatever the namespaces."""
    return node.xpath(_STEP.sub(lambda m: f"*[local-name()='{m[1]}']", path))


def _first(node, path: str):
    found = lx(node, path) if node is not None else []
    return (found[0].strip() if isinstance(found[0], str) else found[0]) if found else None


def _amounts(node, path: str) -> list[str]:
    return [f"{(a.text or '').strip()} {a.get('currencyID') or a.get('CURRENCY') or ''}".strip()
            for a in lx(node, path)]


def _ted_raw(data: bytes) -> dict:
    root = parse_xml(data)
    if root.tag.endswith("TED_EXPORT"):
        forms = lx(root, "FORM_SECTION/*")
        form = next((f for f in forms if f.get("CATEGORY") == "ORIGINAL"), forms[0] if forms else root)
        body = (lx(form, ".//ADDRESS_CONTRACTING_BODY") or [form])[0]
        award = _amounts(form, ".//AWARDED_CONTRACT/VALUES/VAL_TOTAL") + _amounts(form, "OBJECT_CONTRACT/VAL_TOTAL")
        return {"id": root.get("DOC_ID"), "kind": _first(root, ".//CODIF_DATA/TD_DOCUMENT_TYPE/text()"),
                "buyer": _first(body, "OFFICIALNAME/text()"),
                "address": {"country": _first(body, "COUNTRY/@VALUE"), "region": _first(body, "NUTS/@CODE"),
                            "postcode": _first(body, "POSTAL_CODE/text()"), "locality": _first(body, "TOWN/text()")},
                "suppliers": [s.strip() for s in lx(form, ".//CONTRACTOR/ADDRESS_CONTRACTOR/OFFICIALNAME/text()")],
                "values": [("estimated", v) for v in _amounts(form, ".//VAL_ESTIMATED_TOTAL")]
                + [("award", v) for v in award], "award_values": award}
    orgs = {_first(c, "PartyIdentification/ID/text()"): c for c in lx(root, "//Organization/Company")}
    buyer = orgs.get(_first(root, "ContractingParty/Party/PartyIdentification/ID/text()"))
    winning = {t.strip() for r in lx(root, "//LotResult") if _first(r, "TenderResultCode/text()") == "selec-w"
               for t in lx(r, "LotTender/ID/text()")}
    if not lx(root, "//LotResult/TenderResultCode"):  # modification notices: the tenders listed are the contract's
        winning = {t.strip() for t in lx(root, "//NoticeResult/LotTender/ID/text()")}
    tenders = [t for t in lx(root, "//NoticeResult/LotTender") if _first(t, "ID/text()") in winning]
    parties = {_first(p, "ID/text()") for t in tenders for p in lx(t, "TenderingParty")}
    org_ids = [i.strip() for p in lx(root, "//NoticeResult/TenderingParty") if _first(p, "ID/text()") in parties
               for i in lx(p, "Tenderer/ID/text()")]
    award = _amounts(root, "//NoticeResult/TotalAmount") + [
        a for t in tenders for a in _amounts(t, "LegalMonetaryTotal/PayableAmount")]
    return {"id": f"{_first(root, 'ID/text()')} pub={_first(root, '//Publication/NoticePublicationID/text()')}",
            "kind": _first(root, "NoticeTypeCode/text()"), "buyer": _first(buyer, "PartyName/Name/text()"),
            "address": {k: _first(buyer, f"PostalAddress/{p}/text()") for k, p in (
                ("country", "Country/IdentificationCode"), ("region", "CountrySubentityCode"),
                ("postcode", "PostalZone"), ("locality", "CityName"))},
            "suppliers": list(dict.fromkeys(_first(orgs[i], "PartyName/Name/text()") for i in org_ids if i in orgs)),
            "values": [("estimated", v) for v in _amounts(
                root, "ProcurementProject/RequestedTenderTotal/EstimatedOverallContractAmount")]
            + [("award", v) for v in award], "award_values": award}


def read_ted_xml(path: Path, report: FileReport) -> None:
    data = path.read_bytes()
    branch = "TED_EXPORT → ted_legacy" if b"TED_EXPORT" in data[:4096] else "eForms → eforms"
    report.reader = f"scrapers.parsing.ted.parse_ted_xml ({branch})"
    fields, raw = parse_ted_xml(data), _ted_raw(data)
    facts = fields["facts"]
    fields["id"] = facts.get("publication_number") or facts.get("notice_number") or facts.get("notice_id")
    raw["extra"] = [("cpv", "", facts.get("cpv")), ("tenders received", "", facts.get("tenders_received"))]
    report.loaded = "1 notice"
    report.notices.append(notice_report(fields, raw, source="eu_ted"))


def read_ted_search(path: Path, report: FileReport) -> None:
    report.reader = "scrapers.spiders.eu_ted.EuTed.check_shape + entries"
    spider, data = make_spider("eu_ted"), json.loads(path.read_bytes())
    url = spider.url_for("api", "/v3/notices/search")
    try:
        spider.check_shape(TextResponse(url, body=b"[]"), data)
    except ResponseShapeError as exc:
        report.notes += [f"as captured (a bare array, no envelope) check_shape says: {exc}",
                         'read wrapped in the API envelope {"notices": [...]}']
        data = {"notices": data}
    entries = list(spider.entries(TextResponse(url, body=json.dumps(data).encode()), data, {}))
    report.loaded = f"{len(entries)} list entries of {len(data['notices'])} notices"
    for raw, entry in zip_longest(data["notices"], entries):
        n = Notice(entry.source_notice_id if entry else "?", _s(raw.get("title-proc")), _s(raw.get("notice-type")))
        n.rows = [Row("publication no.", _s(raw.get("publication-number")), _s(entry and entry.source_notice_id)),
                  Row("detail", _s(raw.get("links", {}).get("xml")), _s(entry and entry.detail and entry.detail.url)),
                  Row("buyer", _s(raw.get("buyer-name")), "(read from the XML)"),
                  Row("buyer country", _s(raw.get("buyer-country")), "(read from the XML)")]
        report.notices.append(n)


def read_cpv(path: Path, report: FileReport) -> None:
    report.reader = "scrapers/data/cpv_surveillance.csv (scrapers.parsing.codes.cpv_labels / cpv_codes)"
    theirs = {r["cpv_code"].strip(): r["label_en"] for r in csv.DictReader(path.read_text("utf-8").splitlines())}
    ours, queried = cpv_labels(), set(cpv_codes())
    has = [c for c in theirs if c in ours]
    report.loaded = (f"{len(theirs)} codes: our list has {len(has)} ({len([c for c in has if c in queried])} queried),"
                     f" misses {len(theirs) - len(has)}; ours has {len(set(ours) - set(theirs))} not in this selection")
    report.notes += [f"missing {c} {label}" for c, label in theirs.items() if c not in ours]
    report.notes += [f"in ours, not queried: {c} {theirs[c]}" for c in has if c not in queried]


_VALUE = r"(?!.*(名称|地址|金额|[：:])$).."  # not a table header's next column


def _labelled(cells: list[str], labels: tuple[str, ...], valid: str = _VALUE) -> list[str]:
    """Values of "label：value" cells, or of the cell after a "label" cell: for display, independent of our parser."""
    found = []
    for i, cell in enumerate(cells):
        for label in labels:
            m = re.fullmatch(rf"(?:\d+\.)?{label}[：:]?\s*(.*)", cell)
            value = m and (m[1] or (cells[i + 1] if i + 1 < len(cells) else ""))
            if value and re.match(valid, value):
                found.append(value)
    return list(dict.fromkeys(found))


def read_ccgp(path: Path, report: FileReport) -> None:
    report.reader = "scrapers.parsing.ccgp.parse_detail(HtmlResponse)"
    spider = make_spider("china_ccgp")
    response = spider_response(path, f"http://www.ccgp.gov.cn/{path.name}")  # a Selenium dump keeps no URL
    fields = parse_detail(response)
    url, page = response.url, re.sub(r"(?is)<(script|style)\b.*?</\1>", "", response.text)
    cells = [c for c in (html.unescape(c).strip() for c in re.split(r"<[^>]+>", page)) if c]
    meta = dict(re.findall(r'<meta name="(ArticleTitle|PubDate)" content="([^"]*)"', page))
    fields |= {"id": notice_id(url), "country": spider.default_country, "language": spider.language}
    amount = _labelled(cells, ("总中标金额", "中标金额", "中标（成交）金额", "成交金额"), r".*\d")
    channel = " / ".join(re.findall(r'class="CurrChnlCls"[^>]*>([^<]*)<', page))
    raw = {"id": "(no URL in the file)", "kind": f"channel {channel}; title {meta.get('ArticleTitle')}",
           "buyer": (_labelled(cells, ("采购人", "采购单位", "采购人名称")) or [None])[0],
           "suppliers": _labelled(cells, ("中标供应商", "中标供应商名称", "供应商名称", "成交供应商")),
           "values": [("award", a) for a in amount], "award_values": amount,
           "extra": [("title", meta.get("ArticleTitle"), fields["title"]),
                     ("published", meta.get("PubDate"), fields["published"])]}
    report.loaded = "1 notice"
    report.notices.append(notice_report(fields, raw, source="china_ccgp"))


def read_cninfo(path: Path, report: FileReport) -> None:
    report.reader = "scrapers.spiders.china_cninfo.ChinaCninfo.entries (listing record → detail request)"
    record, spider = json.loads(path.read_bytes()), make_spider("china_cninfo")
    data = {"announcements": [record], "hasMore": False}
    report.notes += ["one announcements[] element: read wrapped in the hisAnnouncement/query envelope",
                     "no enrichment: the notice text is the report PDF, not in this sample"]
    response = TextResponse(spider.url_for("www", "/new/hisAnnouncement/query"), body=json.dumps(data).encode())
    spider.check_shape(response, data)
    entries = list(spider.entries(response, data, {}))
    report.loaded = f"{len(entries)} list entr{'y' if len(entries) == 1 else 'ies'} of 1 record"
    for entry in entries:
        ann = entry.detail.meta["announcement"]
        n = Notice(entry.source_notice_id, ann["title"], "disclosure")
        n.rows = [Row("id", _s(record.get("announcementId")), entry.source_notice_id),
                  Row("title", _s(record.get("announcementTitle")), ann["title"]),
                  Row("time", _s(record.get("announcementTime")), _s(entry.published)),
                  Row("secName", _s(record.get("secName")), _s(ann.get("secName")) + " (title prefix in parse_detail)"),
                  Row("secCode", _s(record.get("secCode")), _s(ann.get("secCode"))),
                  Row("pdf", _s(record.get("adjunctUrl")), entry.detail.url)]
        report.notices.append(n)


def read_sanctions(path: Path, report: FileReport) -> None:
    report.reader = "scrapers.spiders.opensanctions.Opensanctions.parse_file (enrich.lists.parse_ftm_*)"
    body, url = path.read_bytes(), path.resolve().as_uri()
    item = make_spider("opensanctions", url=url).parse_file(TextResponse(url, body=body))
    lines = [json.loads(line) for line in body.decode("utf-8").splitlines() if line.strip()]
    raw = {str((x.get("entity") or x).get("id")): x.get("entity") or x for x in lines}
    ops = item.delta if item.delta is not None else [None]
    groups: dict[tuple, list] = {}
    for op in ops:
        for e in op.entries if op else item.entries:
            groups.setdefault((op.op if op else "", e.source_entry_id), []).append(e)
    report.loaded = (f"{len(lines)} lines, {len(groups)} entities read as {sum(map(len, groups.values()))} list "
                     f"entries (one per dataset){', ops ' + _s([o.op for o in ops]) if item.delta is not None else ''}")
    report.errors += item.warnings
    skipped = [f"{i} ({r.get('schema')})" for i, r in raw.items() if not any(i == k[1] for k in groups)]
    report.notes += [f"not read (non-target, other schema or DEL): {_s(skipped)}"] if skipped else []
    keys = ("country", "jurisdiction", "mainCountry", "nationality", "citizenship")  # the order ftm_entries reads
    for (op, sid), es in groups.items():
        e, r = es[0], raw.get(sid, {})
        props = r.get("properties") or {}
        given = [n.strip() for k in ("name", "alias", "previousName") for n in props.get(k) or [] if n.strip()]
        lost = [n for n in dict.fromkeys(given) if n not in e.names()]
        first = next((country_alpha2(v) for k in keys for v in (props.get(k) or [])[:1] if country_alpha2(v)), None)
        n = Notice(sid, e.entity_name, f"{op} {r.get('schema')}".strip())
        n.rows = [Row("name", _s(r.get("caption")), e.entity_name),
                  Row("names", f"{len(set(given))} name/alias/previousName values",
                      f"{len(e.names())} names" + (f"; not kept: {_s(lost)}" if lost else "")),
                  Row("country", _s([f"{k}={_s(props[k])}" for k in keys if props.get(k)]), _s(e.country),
                      f"country {e.country} contradicts raw {first}" if first and first != e.country else ""),
                  Row("schema", _s(r.get("schema")), _s(e.entity_type)),
                  Row("dates", f"createdAt={_s(props.get('createdAt'))} first_seen={_s(r.get('first_seen'))}",
                      f"listed_on {_s(e.listed_on)}"),
                  Row("datasets", _s(r.get("datasets")), _s([x.list_id for x in es]))]
        report.notices.append(n)


def read_sec(path: Path, report: FileReport) -> None:
    report.reader = "scrapers.spiders.usa_sec_edgar.UsaSecEdgar.check_shape (its listing is EFTS full-text search)"
    spider = make_spider("usa_sec_edgar")
    response = TextResponse(spider.url_for("efts", "/LATEST/search-index?q=x"), body=path.read_bytes())
    data = response.json()
    try:
        spider.check_shape(response, data)
        report.errors.append("check_shape ACCEPTED a submissions JSON as an EFTS listing")
    except ResponseShapeError as exc:
        report.notes.append(f"rejected as the wrong shape (ResponseShapeError): {exc}")
    recent = (data.get("filings") or {}).get("recent") or {}
    report.loaded = "0 notices (not a listing this spider reads)"
    report.notes.append(f"raw filer: name={data.get('name')!r} cik={data.get('cik')!r} tickers={data.get('tickers')}"
                        f" recent filings={len(recent.get('accessionNumber') or [])}")


def read_usa(path: Path, report: FileReport) -> None:
    data = json.loads(path.read_bytes())
    if "opportunitiesData" in data:
        sam = [n for n in spider_classes() if "sam" in n.split("_")]
        report.reader = f"spider {sam[0]}" if sam else "no reader in survtrack"
        report.loaded = f"{len(data['opportunitiesData'])} opportunity record(s), not read"
        for opp in data["opportunitiesData"]:
            award = opp.get("award") or {}
            report.notes.append(f"raw: noticeId={opp.get('noticeId')} title={_s(opp.get('title'))!r} type="
                                f"{opp.get('type')} awardee={_s((award.get('awardee') or {}).get('name'))!r} "
                                f"amount={award.get('amount')}")
        return
    report.reader = "scrapers/spiders/usa_usaspending.py GROUPS/FIELDS (request comparison)"
    report.loaded = "1 request body (no response data)"
    filters, asked = data.get("filters") or {}, data.get("fields") or []
    codes = set(filters.get("award_type_codes") or [])
    report.notes.append(f"request filters: {json.dumps(filters, ensure_ascii=False)}")
    for group, ours in GROUPS.items():
        if codes & set(ours):
            report.notes += [f"award_type_codes match group {group!r}: {sorted(codes & set(ours))} of {ours}; "
                             f"not ours: {sorted(codes - set(ours)) or '—'}",
                             f"fields also ours: {[f for f in asked if f in FIELDS[group]]}; only in the example: "
                             f"{[f for f in asked if f not in FIELDS[group]]}; only ours: "
                             f"{[f for f in FIELDS[group] if f not in asked]}"]


READERS = {"ocds": {".json": read_ocds}, "ted": {".xml": read_ted_xml, ".json": read_ted_search, ".csv": read_cpv},
           "ccgp": {".html": read_ccgp}, "cninfo": {".json": read_cninfo}, "sanctions": {".json": read_sanctions},
           "sec": {".json": read_sec}, "usa": {".json": read_usa}}


def run(root: Path, only: str | None = None) -> list[FileReport]:
    reports = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        for path in sorted(p for p in folder.iterdir() if p.name != "PROVENANCE.md" and (not only or only in p.name)):
            report, reader = FileReport(folder.name, path.name), READERS.get(folder.name, {}).get(path.suffix)
            try:
                if reader:
                    reader(path, report)
            except Exception as exc:  # noqa: BLE001 — a report shows every failure and goes on
                report.errors.append(f"{type(exc).__name__}: {exc}")
            reports.append(report)
    return reports


def _cols(text: str) -> int:  # display width: CJK characters take two columns
    return sum(1 + (unicodedata.east_asian_width(c) in "WF") for c in text)


def _wrap(text: str, width: int) -> list[str]:
    """Word-wrap by display width; words wider than a line (CJK runs) are cut."""
    lines = [""]
    for word in re.findall(r"\S+\s*", text):
        if lines[-1] and _cols(lines[-1] + word.rstrip()) > width:
            lines.append("")
        while _cols(lines[-1] + word.rstrip()) > width:
            cut = max([i for i in range(1, len(word)) if _cols(lines[-1] + word[:i]) <= width] or [1])
            lines[-1], word = lines[-1] + word[:cut], word[cut:]
            lines.append("")
        lines[-1] += word
    return [line.rstrip() for line in lines]


def _table(rows: list[Row]) -> list[str]:
    out = [f"    {'':2} {'field':<16} {'raw':<50} parsed / enriched"]
    for r in rows:
        raw, parsed = _wrap(r.raw, 50), _wrap(r.parsed + (f"   !! {r.flag}" if r.flag else ""), 70)
        for i, (a, b) in enumerate(zip_longest(raw, parsed, fillvalue="")):
            pad = " " * (50 - _cols(a))
            out.append(f"    {'!!' if r.flag and i == 0 else '':2} {r.field if i == 0 else '':<16} {a}{pad} {b}")
    return out


def summaries(reports: list[FileReport]) -> list[str]:
    lines = []
    for folder in dict.fromkeys(r.folder for r in reports):
        rs = [r for r in reports if r.folder == folder]
        lines.append(f"{folder}: files {len(rs)}, notices {sum(len(r.notices) for r in rs)}, "
                     f"flagged rows {sum(len(r.flagged) for r in rs)}, errors {sum(len(r.errors) for r in rs)}")
    return lines


def render(reports: list[FileReport]) -> str:
    out = []
    for r in reports:
        out += ["", f"=== {r.folder}/{r.file}", f"  reader: {r.reader}", f"  loaded: {r.loaded or '—'}"]
        out += [f"  error: {e}" for e in r.errors] + [f"  note: {n}" for n in r.notes]
        for n in r.notices:
            out += [f"  -- {n.id} [{n.kind}] {n.title[:100]}", *_table(n.rows)]
    out += ["", "== flagged rows"] + [f"!! {r.folder}/{r.file} {n.id} {row.field}: raw {row.raw!r} → {row.parsed!r}:"
                                      f" {row.flag}" for r in reports for n, row in r.flagged]
    return "\n".join(out + ["", "== summary", *summaries(reports)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.conformance", description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="realdata folder (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--file", help="only files whose name contains NAME")
    args = parser.parse_args(argv)
    if not args.root.is_dir():
        print(f"conformance: no realdata folder at {args.root}; nothing to report")
        return 0
    reports = run(args.root, args.file)
    if args.json:
        print(json.dumps({"files": [asdict(r) | {"flagged": len(r.flagged)} for r in reports],
                          "summary": summaries(reports)}, ensure_ascii=False, indent=1, default=str))
    else:
        print(render(reports))
    return 0


if __name__ == "__main__":
    sys.exit(main())
