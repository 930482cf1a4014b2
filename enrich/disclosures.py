"""Company disclosures (annual reports, SEC filings) → text → the passages about surveillance projects, regions
and customers.

Why: vendors' own reports name deployments and customers that tenders hide ("为平安城市、雪亮工程提供…",
"sales to law enforcement agencies in …"). Reports are long (200+ page PDFs), sometimes encrypted, scanned or
broken; a bad file must become a recorded problem, never a crashed crawl, and a readable part of a damaged file
is still worth keeping. Everything here is a pure function of the bytes.

* ``pdf_to_text``: pypdf, page by page, NFKC-normalised, line breaks inside Chinese sentences removed. Encrypted
  files are tried with the empty user password (most "protected" reports only restrict printing); corrupt,
  image-only (no text layer) and over-long files return ``status`` failed/partial with the reason in
  ``problems``; pages that fail alone are skipped and named.
* ``extract_passages``: sentences that carry a technology cue from the shared classifier (enrich/classify.py)
  together with a customer/project/region cue (enrich/data/disclosure_cues.csv) or a search term, widened by
  one neighbouring sentence, merged, capped. Offsets index the document text; page numbers come along.
* ``disclosure_body``: the notice body the pipeline stores: a supplier line naming the vendor (so enrichment
  resolves it), then each passage with its page. ``PassageRef`` offsets index that body.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from enrich.cache import table
from enrich.documents import MAX_PAGES, DocumentText, normalise_text, pdf_to_text  # noqa: F401 - re-exported

if TYPE_CHECKING:
    from enrich.vendors import Vendor

CUES_PATH = Path(__file__).parent / "data" / "disclosure_cues.csv"
MAX_PASSAGES = 40
MAX_PASSAGE_CHARS = 1200
_CJK = "\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"


@table()
def _cues() -> dict[str, list[tuple[re.Pattern[str], str, str]]]:
    by_lang: dict[str, list[tuple[re.Pattern[str], str, str]]] = {}
    with CUES_PATH.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            cue = row["cue"].strip()
            pattern = re.escape(cue) if row["lang"] == "zh" else r"\b" + re.escape(cue) + r"\b"
            by_lang.setdefault(row["lang"], []).append((re.compile(pattern, re.IGNORECASE), row["kind"], cue))
    return by_lang


_SENTENCE_END = re.compile(r"(?<=[。！？；])|(?<=[.!?;])\s+(?=[A-Z\"“(])|\n+")


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start() if match.group(0).strip() == "" and match.group(0) else match.end()
        if end > start:
            spans.append((start, end))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


@dataclass
class Passage:
    start: int
    end: int
    text: str
    page: int | None
    technologies: list[str]
    cues: list[str]


def extract_passages(document: DocumentText | str, language: str, *, terms: tuple[str, ...] = (),
                     max_passages: int = MAX_PASSAGES) -> list[Passage]:
    """Passages about surveillance projects, regions and customers, in document order."""
    from enrich.classify import classify

    doc = document if isinstance(document, DocumentText) else DocumentText(document, [0], 1, "ok")
    text = doc.text
    if not text:
        return []
    lang = "zh" if language.startswith("zh") else "en"
    cues = _cues().get(lang, []) + ([] if lang == "en" else _cues().get("en", [])[:0])
    term_patterns = [re.compile(re.escape(t), re.IGNORECASE) for t in terms if t.strip()]
    sentences = _sentences(text)
    scored: list[tuple[int, int, list[str], list[str]]] = []
    for index, (start, end) in enumerate(sentences):
        sentence = text[start:end]
        if len(sentence) > 4000:
            continue  # a table flattened into one line: no sentence to quote
        techs = sorted({t.taxonomy_id for t in classify(sentence, lang)})
        hits = [cue for pattern, _, cue in cues if pattern.search(sentence)]
        named = [p.pattern for p in term_patterns if p.search(sentence)]
        if (techs and (hits or named)) or named:
            scored.append((index, 2 if techs and (hits or named) else 1, techs, hits + [t for t in terms
                                                                                       if t and t.lower() in
                                                                                       sentence.lower()]))
    if not scored:
        return []
    windows: list[list[Any]] = []  # [start, end, taxonomy ids, cue hits, anchor sentence start]
    for index, _, techs, hits in sorted(scored, key=lambda s: (-s[1], s[0]))[:max_passages]:
        lo, hi = index, index
        if index > 0 and "\n" not in text[sentences[index - 1][1]:sentences[index][0]]:
            lo = index - 1  # the sentence before, when in the same paragraph
        if index + 1 < len(sentences) and "\n" not in text[sentences[index][1]:sentences[index + 1][0]]:
            hi = index + 1
        windows.append([sentences[lo][0], sentences[hi][1], set(techs), set(hits), sentences[index][0]])
    windows.sort()
    merged: list[list[Any]] = []
    for window in windows:
        if merged and window[0] <= merged[-1][1] and window[1] - merged[-1][0] <= MAX_PASSAGE_CHARS * 2:
            merged[-1][1] = max(merged[-1][1], window[1])
            merged[-1][2] |= window[2]
            merged[-1][3] |= window[3]
            merged[-1][4] = min(merged[-1][4], window[4])
        else:
            merged.append(window)
    passages = []
    for start, end, techs, hits, core in merged:
        if end - start > MAX_PASSAGE_CHARS:
            end = max(start + MAX_PASSAGE_CHARS, min(end, core + MAX_PASSAGE_CHARS // 2))
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        passages.append(Passage(start, end, text[start:end], doc.page_of(core) if doc.page_starts else None,
                                sorted(techs), sorted(hits)))
    return passages


@dataclass
class PassageRef:
    start: int  # offset of the passage in the body
    end: int
    page: int | None


def disclosure_body(*, supplier: str | None, filer: str | None, language: str, source_label: str,
                    passages: list[Passage], problems: Sequence[str] = ()) -> tuple[str, list[PassageRef]]:
    """The stored body of a disclosure notice and where each passage sits in it."""
    from enrich.text import normalize_stored_text

    zh = language.startswith("zh")
    lines: list[str] = []
    if supplier:
        lines.append(f"供应商名称：{supplier}" if zh else f"Supplier: {supplier}")
    if filer and filer != supplier:
        lines.append(f"披露公司：{filer}" if zh else f"Filer: {filer}")
    lines.append(f"来源：{source_label}" if zh else f"Source: {source_label}")
    for problem in problems:
        lines.append(f"注意：{problem}" if zh else f"Note: {problem}")
    if not passages:
        lines.append("（未发现与监控技术相关的段落）" if zh else "(no passage about surveillance technology found)")
    body = normalize_stored_text("\n".join(lines))
    refs: list[PassageRef] = []
    for passage in passages:
        label = (f"[第{passage.page}页] " if zh else f"[p. {passage.page}] ") if passage.page else ""
        clean = normalize_stored_text(" ".join(passage.text.split()) if not zh else passage.text.replace("\n", ""))
        body += "\n\n" + label
        start = len(body)
        body += clean
        refs.append(PassageRef(start, len(body), passage.page))
    return body, refs


def vendor_by_ticker(exchange: str, code: str) -> Vendor | None:
    """The registry vendor listed under `EXCHANGE:CODE` (e.g. SZ:002415), or None."""
    from enrich.vendors import load_registry

    wanted = f"{exchange.upper()}:{code}"
    for vendor in load_registry().vendors:
        for identifier in vendor.identifiers:
            if identifier.get("scheme") == "ticker" and str(identifier.get("value")).upper() == wanted:
                return vendor
    return None


def legal_name(vendor: Vendor, language: str) -> str:
    """The vendor's own (not a subsidiary's) legal name in the language of the document, else its canonical name."""
    prefix = "zh" if language.startswith("zh") else "en"
    for name in vendor.names:
        if name.type == "legal" and not name.subsidiary and (name.lang or "").startswith(prefix):
            return name.name
    return vendor.canonical_name


def cninfo_stocks() -> list[tuple[str, str]]:
    """(exchange, code) of every registry vendor with a Shenzhen or Shanghai ticker: the cninfo crawl default."""
    from enrich.vendors import load_registry

    found = []
    for vendor in load_registry().vendors:
        for identifier in vendor.identifiers:
            value = str(identifier.get("value", ""))
            if identifier.get("scheme") == "ticker" and value[:3] in ("SZ:", "SH:"):
                found.append((value[:2], value[3:]))
    return sorted(set(found), key=lambda t: t[1])


_COVER_NAME = re.compile(r"[\u4e00-\u9fff（）()]{2,40}?(?:股份有限公司|有限责任公司|有限公司)")


def company_name_from_cover(document: DocumentText) -> str | None:
    """The legal name printed on a Chinese report's cover (first page), e.g. 示例视界科技股份有限公司."""
    first_page = document.text[: (document.page_starts[1] if len(document.page_starts) > 1 else 600)][:600]
    match = _COVER_NAME.search(first_page)
    return match.group(0) if match else None
