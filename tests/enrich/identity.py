"""Same inputs, same `enrich()` outputs: a fixed corpus and a canonical serialisation to compare engines.

Why: issue 15 made matching fast on the promise "no accuracy traded for speed". The promise is kept by
comparing every field of every result - evidence offsets included - before and after a change, on the
development sets (labelled, heldout and the spent held-out sets; never the frozen one), the repo's fixture files
and demo corpus rendered to text, and long varied texts like bench.throughput's.

    python -m tests.enrich.identity --write FILE.jsonl.gz   # record (PYTHONPATH=/old/tree: the old engine)
    python -m tests.enrich.identity --check FILE.jsonl.gz   # compare; exit 1 and name the cases that differ
    python -m tests.enrich.identity --check FILE.jsonl.gz --every 6   # test_identity's sample (fixtures in full)

Text extraction is our own (lxml, json) and independent of enrich/, so both engines see the same inputs.
"""
from __future__ import annotations

import argparse
import dataclasses
import gzip
import hashlib
import json
import sys
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The development sets (the spent held-out sets among them); the frozen, unscored held-out set is never read here.
EVAL_SETS = ("labelled.jsonl", "heldout.jsonl", "heldout_2026_12.jsonl", "heldout_2026_12b.jsonl",
             "heldout_2026_12c.jsonl", "heldout_2026_12d.jsonl", "heldout_2026_12e.jsonl", "heldout_2026_12f.jsonl",
             "heldout_2026_12g.jsonl", "heldout_2026_12h.jsonl", "heldout_2026_12i.jsonl",
             "heldout_2026_12j.jsonl", "heldout_2026_12k.jsonl", "heldout_2026_12l.jsonl",
             "heldout_2026_12m.jsonl", "heldout_2026_12n.jsonl", "heldout_2026_12o.jsonl",
             "heldout_2026_12r.jsonl", "heldout_2026_12s.jsonl", "heldout_2026_12t.jsonl", "heldout_2026_12u.jsonl",
             "heldout_2026_12v.jsonl",
             "heldout_2026_12w.jsonl", "heldout_2026_12x.jsonl", "heldout_2026_12y.jsonl",
             "heldout_2026_12z.jsonl", "heldout_2026_12aa.jsonl", "heldout_2026_12ab.jsonl", "heldout_2026_12ac.jsonl",
             "heldout_2026_12ad.jsonl", "heldout_2026_12ae.jsonl", "heldout_2026_12af.jsonl",
             "heldout_2026_12ag.jsonl", "heldout_2026_12ah.jsonl", "heldout_2026_12ai.jsonl", "heldout_2026_12aj.jsonl",
             "heldout_2026_12ak.jsonl", "heldout_2026_12al.jsonl",
             "heldout_2026_12am.jsonl", "heldout_2026_12an.jsonl", "heldout_2026_12ao.jsonl", "heldout_2026_12ap.jsonl",
             "heldout_2026_12aq.jsonl", "heldout_2026_12ar.jsonl", "heldout_2026_12as.jsonl",
             "dev_2026_12p.jsonl", "dev_2026_12q.jsonl")
TEXT_ROOTS = (ROOT / "tests" / "fixtures", ROOT / "scrapers" / "demo" / "corpus")
GOLDEN = Path(__file__).resolve().parent / "golden" / "identity.jsonl.gz"
MAX_CHARS = 120_000
STYLE_SOURCE = {"ccgp": "china_ccgp", "cninfo": "cninfo", "ted": "ted", "ocds": "ocds",
                "usaspending": "usaspending", "legistar": "legistar", "sec": "sec_edgar", "free": "import"}
KINDS = (None, "award", "tender", "contract")
_BLOCK = {"p", "div", "br", "li", "tr", "table", "h1", "h2", "h3", "h4", "title", "td", "th", "dd", "dt"}


def eval_texts() -> list[str]:
    """The stored text (title + "\n" + body) of every notice of the development sets in EVAL_SETS."""
    texts = []
    for name in EVAL_SETS:
        for line in (ROOT / "tests" / "eval" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts.append(record["title"] + "\n" + record["body"])
    return texts


def within(texts: list[str], budget: int) -> list[str]:
    """Every n-th of `texts`, n the smallest that keeps their characters near `budget`: the corpus checks of the
    matching machinery (tests/enrich/test_classify_matcher.py, test_fastscan.py) cost the same as sets are added,
    while test_identity.py still enriches every text."""
    step = max(1, -(-sum(map(len, texts)) // budget))
    return texts[::step]


def cases() -> Iterator[tuple[str, str, str, dict]]:
    """(case id, title, body, keyword arguments of enrich) in a fixed order."""
    for name in EVAL_SETS:
        for n, line in enumerate((ROOT / "tests" / "eval" / name).read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            row = json.loads(line)
            title, body = row["title"], row["body"]
            yield f"{name}:{row['id']}", title, body, {"source": STYLE_SOURCE.get(row.get("source_style"))}
            if n % 2 == 0:  # every other notice again with the caller's hints (all kinds, with and without country)
                m = n // 2
                yield f"{name}:{row['id']}:hinted", title, body, {
                    "language": row.get("language"), "published": "2021-06-30", "kind": KINDS[m % 4],
                    **({"country": "US", "source": "usa_usaspending"} if m % 3 == 0 else {})}
    n = 0
    for path in sorted(p for root in TEXT_ROOTS for p in root.rglob("*") if p.is_file()):
        for k, text in enumerate(file_texts(path)):
            title, _, body = text.strip().partition("\n")
            n += 1
            yield f"{path.relative_to(ROOT)}#{k}", title[:500], body[:MAX_CHARS], {"kind": KINDS[n % 4]}
    from bench.throughput import varied_texts

    for size, count in ((2048, 12), (16384, 4), (65536, 2)):
        for k, (title, body) in enumerate(varied_texts(size, count)):
            yield f"varied:{size}:{k}", title, body, {}


def file_texts(path: Path) -> list[str]:
    """A fixture file as notice-like texts: markup as lines of text, JSON as `key: value` lines per item."""
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix in {".md", ".status"} or not data.strip():
        return []
    if suffix in {".json", ".jsonl"}:
        texts = []
        for chunk in ([data] if suffix == ".json" else data.splitlines()):
            try:
                value = json.loads(chunk)
            except ValueError:
                continue
            items = _items(value)
            texts += ["\n".join(_json_lines(item, "")) for item in items[:40]]
        return [t for t in texts if t.strip()]
    if suffix in {".csv", ".txt"}:
        return [data.decode("utf-8", "replace")[:MAX_CHARS]]
    return [_markup_text(data)]


def _items(value):
    """The notice-sized items of a JSON document: releases, records, results, else the document itself."""
    if isinstance(value, dict):
        for key in ("releases", "records", "results", "data", "notices"):
            if isinstance(value.get(key), list) and value[key]:
                return value[key]
    if isinstance(value, list) and value:
        return value
    return [value]


def _json_lines(value, key: str) -> Iterator[str]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _json_lines(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _json_lines(v, key)
    elif value is not None and str(value).strip():
        yield f"{key}: {value}" if key else str(value)


def _markup_text(data: bytes) -> str:
    from lxml import etree, html

    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, recover=True))
    except etree.XMLSyntaxError:
        root = None
    if root is None or b"<html" in data[:2000].lower():
        root = html.fromstring(data)
    out: list[str] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in {"script", "style"}:
            continue
        tag = etree.QName(element).localname.lower()
        if element.text and element.text.strip():
            out.append(element.text.strip())
        if tag in _BLOCK:
            out.append("\n")
        elif out:
            out.append(" ")
        if element.tail and element.tail.strip():
            out.append(element.tail.strip())
    lines = [" ".join(line.split()) for line in "".join(out).split("\n")]
    return "\n".join(line for line in lines if line)[:MAX_CHARS]


#: Fields added after the golden file was written, left out while they hold their default None, so that adding one
#: changes no recorded output (Party.decided_by: the vendor role model's decision, when it is switched on;
#: Enrichment.purchase_state: "withdrawn" with its clause, round 32).
ADDED_FIELDS = frozenset({"decided_by", "purchase_state"})


def serialise(value) -> object:
    """A JSON-ready form of an Enrichment (every dataclass field, Decimals and dates as strings)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: serialise(getattr(value, f.name)) for f in dataclasses.fields(value)
                if not (f.name in ADDED_FIELDS and getattr(value, f.name) is None)}
    if isinstance(value, (list, tuple)):
        return [serialise(v) for v in value]
    if isinstance(value, dict):
        return {str(k): serialise(v) for k, v in value.items()}
    if isinstance(value, (Decimal, date)):
        return f"{type(value).__name__}:{value}"
    if isinstance(value, float):
        return repr(value)
    return value


def sampled(case_id: str, every: int) -> bool:
    """Whether a case is in the 1-in-`every` sample: every fixture and varied text, and the development-set
    notices whose id hashes into the sample, so each set keeps its share whatever sets are added."""
    if every <= 1 or ".jsonl:" not in case_id:
        return True
    return int.from_bytes(hashlib.sha256(case_id.encode()).digest()[:4], "big") % every == 0


def outputs(every: int = 1) -> Iterator[tuple[str, str]]:
    """(case id, canonical JSON of the enrich() result or of the error it raised) for every case in the sample."""
    from enrich import enrich

    for case_id, title, body, kwargs in cases():
        if not sampled(case_id, every):
            continue
        try:
            result = serialise(enrich(title, body, **kwargs))
            assert isinstance(result, dict)  # an Enrichment (a dataclass) serialises to a dict
            result["text"] = hashlib.sha256(result["text"].encode()).hexdigest()[:16]  # the input, kept short
        except Exception as exc:  # noqa: BLE001 - an error is an output too, and must stay the same
            result = {"error": f"{type(exc).__name__}: {exc}"}
        yield case_id, json.dumps(result, ensure_ascii=False, sort_keys=True)


def write(path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for case_id, out in outputs():
            handle.write(json.dumps({"id": case_id, "out": out}, ensure_ascii=False) + "\n")
            count += 1
    return count


def differences(path: Path, every: int = 1) -> tuple[int, list[str]]:
    """(cases compared, ids whose output differs from the recorded one or that are new/missing), over the
    1-in-`every` sample of `sampled` (1: every case)."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        recorded = {row["id"]: row["out"] for row in map(json.loads, handle) if sampled(row["id"], every)}
    differ, seen = [], set()
    for case_id, out in outputs(every):
        seen.add(case_id)
        if recorded.get(case_id) != out:
            differ.append(case_id)
    differ += sorted(set(recorded) - seen)
    return len(seen), differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path)
    group.add_argument("--check", type=Path)
    parser.add_argument("--every", type=int, default=1, help="check a 1-in-N sample of the development-set notices")
    args = parser.parse_args(argv)
    if args.write:
        print(f"wrote {write(args.write)} cases to {args.write}")
        return 0
    total, differ = differences(args.check, args.every)
    print(f"{total} cases, {len(differ)} differ" + "".join(f"\n  {d}" for d in differ[:50]))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
