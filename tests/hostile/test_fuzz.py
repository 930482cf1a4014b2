"""Property-based fuzzing of the readers of untrusted input (JSON, XML, CSV, HTML): whatever the bytes, a reader
returns its result or raises only the error type its caller turns into one error line — never anything else —
in bounded time (a deadline per example) and in bounded memory (every example of a test together: Python
allocations traced, and the process's resident memory). Derandomised and without an example database, so a run
is repeatable and leaves nothing in the checkout."""
from __future__ import annotations

import gc
import io
import json
import tracemalloc
from pathlib import Path

import psutil
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

MB = 1_000_000
#: Bounds over all of a test's examples. The readers themselves need a few MB (measured 2026-12-01: at most 6 MB
#: traced, 12 MB of resident growth), but a full-suite run on a fresh clone once traced 207 MB in the OCDS test:
#: tables loaded on first use count too, and which test pays for them depends on the order. An entity expanded or
#: a document read whole (the failures this guards against) costs gigabytes, far above these bounds.
TRACED_LIMIT, RSS_GROWTH_LIMIT = 512 * MB, 512 * MB


@pytest.fixture(scope="module", autouse=True)
def warm_tables():
    """Load once, before anything is measured, what the readers load on first use (country and currency tables, the
    enrichment cache built on a fresh machine): a one-time cost, not memory that grows with the input."""
    from scrapers.parsing.ocds import read_ocds, release_notice

    package = {"releases": [{"ocid": "ocds-x-1", "id": "1", "tag": ["award"], "date": "2026-01-01",
                             "buyer": {"name": "Town of Example", "address": {"countryName": "GB"}},
                             "awards": [{"value": {"amount": 10, "currency": "EUR"}, "suppliers": [{"name": "A"}]}]}]}
    for part in read_ocds(json.dumps(package).encode(), "warm-up", limit=8192):
        if part.release is not None:
            release_notice(part.release)
    _warm_every_reader()
    _warm_hypothesis()
    gc.collect()
    gc.freeze()  # what earlier tests of this worker left alive: collections (frequent here) no longer walk it


def _warm_hypothesis() -> None:
    """One untraced example first: on a fresh checkout hypothesis builds its Unicode table and collects the constants
    of the loaded modules (kept in .hypothesis/) on the first text it draws - under tracemalloc that took 140 s of the
    first fuzz test on a fresh clone, against 3 s once they exist."""

    @settings(max_examples=1, database=None, deadline=None)
    @given(st.text(max_size=4), OCDS_LIKE)
    def draw(text, value):
        pass

    draw()


def _warm_every_reader() -> None:
    """Each reader once on a small valid input: what it imports or loads on first use (lxml's HTML parser, date
    tables, list schemas) would otherwise be paid inside the first traced example - seconds, under tracemalloc,
    over the example deadline, and reported by hypothesis as a flaky test."""
    from enrich.jsonstream import parse_lines, stream_document
    from scrapers.parsing.ted import is_ted_xml, parse_ted_xml
    from scrapers.parsing.watchlists import parse_csl_csv, parse_fcc_covered_list, parse_ftm_entities, read_ftm_delta
    from survtrack.ingest.common import IngestRun
    from survtrack.ingest.contract_jsonl import contract_records
    from survtrack.ingest.html_page import read_page

    lines = b'{"releases": [{"id": 1}]}\n'
    list(parse_lines(io.BytesIO(lines), "warm-up", limit=4096))
    list(stream_document(io.BytesIO(lines), limit=4096, split=lambda key, top: key == "releases"))
    record = json.dumps({"url": "https://e.example/1", "title": "Warm-up", "body": "Video cameras, March 12, 2021"})
    list(contract_records(IngestRun(conn=None, run_id=1, source="import", demo=False), Path("warm.jsonl"),
                          io.BytesIO(record.encode()), 1))
    page = ("<html><head><title>Warm-up</title></head><body><table><tr><td>采购人：</td><td>Town of Example</td></tr>"
            "</table><p>March 12, 2021</p></body></html>")
    read_page(page, "file:///warm.html")
    for reader, data in ((parse_fcc_covered_list, page.encode()), (parse_ted_xml, b"<TED_EXPORT></TED_EXPORT>"),
                         (parse_csl_csv, f"{CSV_HEADER}\n1,Entity List (EL),Example,Entity,2019-10-09,,,".encode()),
                         (parse_ftm_entities, b'{"id": "1", "schema": "Company", "properties": {}}'),
                         (read_ftm_delta, b'{"op": "ADD", "entity": {"id": "1", "schema": "Company"}}')):
        try:
            reader(data, **({"max_line_bytes": 4096} if reader in (parse_ftm_entities, read_ftm_delta) else {}))
        except Exception:  # noqa: BLE001 - only what it loads matters here; the tests judge what it raises
            pass
    is_ted_xml(b"<TED_EXPORT/>")


@pytest.fixture(autouse=True)
def bounded_memory(warm_tables):
    process = psutil.Process()
    before = process.memory_info().rss
    tracemalloc.start()
    try:
        yield
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < TRACED_LIMIT, f"{peak / MB:.0f} MB allocated at the peak"
    assert process.memory_info().rss - before < RSS_GROWTH_LIMIT


FUZZ = settings(max_examples=40, deadline=3000, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                    max_leaves=12)
OCDS_KEYS = st.sampled_from(["ocid", "id", "tag", "releases", "records", "compiledRelease", "tender", "awards",
                             "contracts", "parties", "buyer", "title", "value", "amount", "links", "next", "date"])
OCDS_LIKE = st.recursive(st.none() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=12),
                         lambda inner: st.lists(inner, max_size=3) | st.dictionaries(OCDS_KEYS, inner, max_size=5),
                         max_leaves=16)


@st.composite
def damaged(draw, documents) -> bytes:
    """Serialised documents (one, or JSON lines), then cut, spliced with junk bytes, or re-encoded."""
    docs = draw(st.lists(documents, min_size=1, max_size=4))
    text = "\n".join(json.dumps(doc, allow_nan=True, ensure_ascii=draw(st.booleans())) for doc in docs)
    if draw(st.booleans()):
        text = json.dumps(docs[0], indent=draw(st.sampled_from([None, 1, 2])))
    data = text.encode(draw(st.sampled_from(["utf-8", "utf-16", "latin-1", "gb18030"])), "replace")
    action = draw(st.sampled_from(["keep", "cut", "splice", "deep", "bom"]))
    if action == "cut" and data:
        data = data[:draw(st.integers(0, len(data)))]
    elif action == "splice":
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=12)) + data[at:]
    elif action == "deep":
        depth = draw(st.integers(200, 3000))
        data = data + b"\n" + b"[" * depth + b"]" * depth
    elif action == "bom":
        data = b"\xef\xbb\xbf" + data
    return data


@FUZZ
@given(damaged(OCDS_LIKE))
def test_ocds_reader(data):
    from scrapers.parsing.ocds import read_ocds, release_notice

    for part in read_ocds(data, "fuzz", limit=8192):
        assert (part.error is None) != (part.release is None)
        if part.release is not None:
            try:
                release_notice(part.release)
            except (ValueError, TypeError, AttributeError, KeyError):
                pass  # what the spider and ingest turn into an error row for that release


@FUZZ
@given(st.binary(max_size=300) | damaged(JSON))
def test_json_lines_and_stream_readers(data):
    from enrich.jsonstream import JsonError, parse_lines, stream_document

    numbers = [number for number, value in parse_lines(io.BytesIO(data), "fuzz", limit=4096)]
    assert numbers == sorted(set(numbers))
    members = list(stream_document(io.BytesIO(data), limit=4096, split=lambda key, top: key == "releases"))
    assert all(m.kind in ("element", "top", "error") for m in members)
    errors = [index for index, m in enumerate(members) if m.kind == "error"]
    assert errors in ([], [len(members) - 1])  # at most one, and nothing is read after it
    for _, value in parse_lines(io.BytesIO(data), "fuzz", limit=4096):
        assert not isinstance(value, BaseException) or isinstance(value, JsonError)


@FUZZ
@given(st.binary(max_size=300) | damaged(st.fixed_dictionaries(
    {"url": st.one_of(st.text(max_size=30), st.sampled_from(["https://e.example/1", "javascript:x", "file:///x"])),
     "title": st.one_of(st.text(max_size=30), JSON), "body": st.one_of(st.text(max_size=60), JSON),
     "published": st.text(max_size=12), "kind": st.text(max_size=8)})))
def test_contract_jsonl_reader(data):
    from survtrack.ingest.common import IngestRecord, IngestRun, InputError
    from survtrack.ingest.contract_jsonl import contract_records

    run = IngestRun(conn=None, run_id=1, source="import", demo=False)
    for item in contract_records(run, Path("fuzz.jsonl"), io.BytesIO(data), 1):
        assert isinstance(item, (IngestRecord, InputError))
        if isinstance(item, IngestRecord):
            assert item.url.startswith(("http://", "https://", "file:"))


XML_PARTS = st.sampled_from([
    '<?xml version="1.0"?>', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', '<!ENTITY a "aaaa">', "&e;",
    '<ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2" '
    'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">', "</ContractNotice>",
    "<TED_EXPORT>", "</TED_EXPORT>", "<cbc:ID>1</cbc:ID>", "<cbc:Name>", "</cbc:Name>", "<![CDATA[x]]>",
    "<!-- c -->", "<a>", "</a>", "&amp;", "&#0;", "\x00", "é", "视频监控"])


@FUZZ
@given(st.lists(XML_PARTS | st.text(max_size=10), max_size=30).map("".join).map(lambda t: t.encode("utf-8", "replace"))
       | st.binary(max_size=200))
def test_ted_xml_reader(data):
    from scrapers.parsing.ted import is_ted_xml, parse_ted_xml

    is_ted_xml(data)
    try:
        parse_ted_xml(data)
    except (ValueError, etree.LxmlError):
        pass  # survtrack.ingest.bulk.ted_records and the eu_ted spider make these one error line


CSV_HEADER = "_id,source,name,type,start_date,end_date,addresses,alt_names"
CSV_CELL = st.one_of(st.text(max_size=12), st.sampled_from(['"', '""', "\n", "\r", ",", "\x00", "2019-10-09",
                                                            "Octember", "Entity List (EL)", "x" * 200]))


@FUZZ
@given(st.lists(st.lists(CSV_CELL, max_size=9).map(",".join), max_size=6), st.booleans(), st.booleans())
def test_csl_csv_reader(rows, with_header, as_bytes):
    from scrapers.parsing.watchlists import ListFormatError, parse_csl_csv

    text = "\n".join(([CSV_HEADER] if with_header else []) + rows)
    try:
        parsed = parse_csl_csv(text.encode("utf-8", "replace") if as_bytes else text)
    except ListFormatError:
        return  # the whole file unreadable: one error row
    assert all(entry.entity_name for entry in parsed.entries)
    assert not (parsed.errors and parsed.complete_lists)  # a file with bad lines proves nothing missing


HTML_PARTS = st.sampled_from([
    "<html>", "</html>", "<head>", "<title>", "</title>", "<body>", "<table>", "<tr>", "<td>", "</td>", "<th>",
    "<h1>", "</h1>", '<meta property="og:title" content="', '">', "<script>alert(1)</script>", "<!--", "-->",
    '<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>', "&x;", "&nbsp;", "&#xFFFFFFFF;", "]>", "<div>",
    "produced by Example Vision Company", "March 12, 2021", "<p>", "\x00", "采购人：", "vT_detail_content"])


@FUZZ
@given(st.lists(HTML_PARTS | st.text(max_size=10), max_size=40).map("".join))
def test_html_readers(html):
    from enrich.documents import DocumentError
    from scrapers.parsing.watchlists import ListFormatError, parse_fcc_covered_list
    from survtrack.ingest.html_page import read_page

    try:
        fields = read_page(html, "file:///fuzz.html")
        assert "root:" not in fields["title"] + fields["body"]
    except DocumentError:
        pass
    try:
        parse_fcc_covered_list(html.encode("utf-8", "surrogatepass"))
    except ListFormatError:
        pass


@FUZZ
@given(st.binary(max_size=200) | damaged(st.fixed_dictionaries(
    {"id": st.text(max_size=6), "schema": st.sampled_from(["Company", "Person", "Address", ""]),
     "properties": JSON, "datasets": st.lists(st.text(max_size=6), max_size=2), "op": st.text(max_size=4),
     "entity": JSON})))
def test_ftm_readers(data):
    from scrapers.parsing.watchlists import ListFormatError, parse_ftm_entities, read_ftm_delta

    for reader in (parse_ftm_entities, read_ftm_delta):
        try:
            reader(data, max_line_bytes=4096)
        except ListFormatError:
            pass  # undecodable as text at all: the whole file is one error
