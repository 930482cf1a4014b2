"""Red flags one notice raises on its own: single bid, short submission period, non-open procedure, brand lock.

Why here, pure: the same facts + text give the same flags in a spider, in `survtrack ingest`, in `reprocess`
and in a test, and each flag carries what it read (fields) and the clause that says it (evidence). Indicators
that need other notices (an award without a call, values across notices, repeated direct awards, designated
suppliers) are computed in SQL after the write (db/integrity.py). Definitions and sources:
enrich/data/integrity_indicators.yaml; text cues: enrich/data/integrity_cues.yaml; legal minimum submission
periods: enrich/data/tender_periods.csv.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from enrich.cache import table
from enrich.model import Facts, Flag, Party, ProcurementLink, Span
from enrich.procurement import cues, find_line, stated_procedure
from enrich.text import fold

DATA = Path(__file__).with_name("data")
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_CLAUSE_END = re.compile(r"[。；;]|(?<=[a-z0-9)])\.(?=\s)")


@table()
def indicators() -> dict[str, Any]:
    """The indicator file (id, name, definition, source, reads, computed_by) with its version."""
    import yaml

    loaded: dict[str, Any] = yaml.safe_load((DATA / "integrity_indicators.yaml").read_text(encoding="utf-8"))
    return loaded


@table()
def _periods() -> tuple[dict[str, str], ...]:
    with (DATA / "tender_periods.csv").open(encoding="utf-8") as handle:
        return tuple(csv.DictReader(handle))


def tender_periods() -> list[dict[str, str]]:
    """The minimum submission periods table (countries, procedure, min_days, citation, notes)."""
    return [dict(row) for row in _periods()]


def minimum_period(country: str | None, procedure: str | None) -> tuple[int, str]:
    """(minimum days, citation) for a call in `country` under `procedure`: the most specific row of the table."""
    def matches(row: dict[str, str], exact_procedure: bool) -> bool:
        in_country = country is not None and country.upper() in row["countries"].split()
        return in_country and (row["procedure"] == procedure if exact_procedure else row["procedure"] == "*")

    for exact in (True, False):
        for row in _periods():
            if matches(row, exact):
                return int(row["min_days"]), row["citation"]
    default = next(row for row in _periods() if row["countries"] == "*")
    return int(default["min_days"]), default["citation"]


def _span(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


def _line_span(text: str, pattern: str) -> Span | None:
    match = re.search(pattern, text, re.M)
    return _span(text, match.start(), match.end()) if match else None


def _day(value: Any) -> date | None:
    match = _DATE.search(str(value or ""))
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


# --- single bid (Cardinal R018) ----------------------------------------------------------------------------------

def _tender_counts(facts: Facts) -> list[tuple[str | None, int]]:
    """(lot, tenders received) as the notice states them: per lot when it has lots, else for the notice."""
    if isinstance(facts.get("number_of_tenderers"), int):
        return [(None, facts["number_of_tenderers"])]
    per_lot = [(lot.get("lot"), lot["tenders_received"]) for lot in facts.get("lots") or []
               if isinstance(lot, dict) and isinstance(lot.get("tenders_received"), int)]
    per_lot += [(a.get("lot"), a["tenders_received"]) for a in facts.get("awards") or []
                if isinstance(a, dict) and isinstance(a.get("tenders_received"), int)]
    if per_lot:
        return per_lot
    if isinstance(facts.get("tenders_received"), int):
        return [(None, facts["tenders_received"])]
    return []


def single_bid(facts: Facts, text: str, procedure: str | None, procedure_evidence: str | None) -> Flag | None:
    if procedure not in ("open", "restricted"):
        return None  # unknown or non-open: one offer proves nothing
    lots = [lot for lot, count in _tender_counts(facts) if count == 1]
    if not lots:
        return None
    lot_text = ", ".join(str(lot) for lot in lots if lot)
    return Flag("single_bid", f"Tenders received: 1{f' (lot {lot_text})' if lot_text else ''}; {procedure_evidence}",
                _line_span(text, r"^Tenders received: 1$"),
                {"tenders_received": 1, "lots": [lot for lot in lots if lot], "procedure": procedure_evidence})


# --- short submission period (Cardinal R003) ---------------------------------------------------------------------

def _tender_period(facts: Facts) -> dict[str, Any]:
    period = facts.get("tender_period")
    return period if isinstance(period, dict) else {}


def _deadline(facts: Facts, text: str) -> tuple[date | None, Span | None]:
    period = _tender_period(facts)
    end = _day(period.get("end")) or _day(facts.get("submission_deadline"))
    if end is not None:
        return end, _line_span(text, r"^Submission deadline: .*$")
    line = find_line(text, *cues()["deadline_labels"])
    if line and _day(line[2]):
        return _day(line[2]), _span(text, line[0], line[1])
    return None, None


def short_tender_period(facts: Facts, text: str, *, stage: str, published: date | None, country: str | None,
                        procedure: str | None) -> Flag | None:
    if stage != "tender" or procedure == "non_open":
        return None
    period = _tender_period(facts)
    start = _day(period.get("start")) or published
    end, evidence = _deadline(facts, text)
    if start is None or end is None or end < start:
        return None
    days = (end - start).days
    minimum, citation = minimum_period(country, procedure)
    if days >= minimum:
        return None
    return Flag("short_tender_period",
                f"{days} days from {start.isoformat()} to the deadline {end.isoformat()}; minimum {minimum} days "
                f"({citation})", evidence,
                {"start": start.isoformat(), "deadline": end.isoformat(), "days": days, "minimum_days": minimum,
                 "country": country, "procedure": procedure, "citation": citation,
                 "start_basis": "tenderPeriod.startDate" if _day(period.get("start")) else "publication date"})


# --- non-open procedure ------------------------------------------------------------------------------------------

def non_open_procedure(text: str, title: str, procedure: str | None, evidence: str | None) -> Flag | None:
    if procedure != "non_open":
        return None
    span = None
    line = find_line(text, *cues()["procedure_labels"])
    if line:
        span = _span(text, line[0], line[1])
    elif evidence == title and "单一来源" in title:
        start = text.index("单一来源")
        span = _span(text, start, start + 4)
    return Flag("non_open_procedure", evidence or "non-open procedure", span, {"procedure": evidence})


# --- brand-locked specification ----------------------------------------------------------------------------------

def _clauses(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each clause: lines, cut at 。；; and sentence full stops."""
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for stop in _CLAUSE_END.finditer(line.group(0)):
            yield start, line.start() + stop.end()
            start = line.start() + stop.end()
        if start < line.end():
            yield start, line.end()


@table()
def _brand() -> dict[str, Any]:  # word tuples, the label pattern, the placeholder list
    """The brand cues folded once, and one pattern for every "品牌：X" / "Brand: X" label."""
    brand = cues()["brand"]
    folded: dict[str, Any] = {key: tuple(fold(w) for w in words) for key, words in brand.items()}
    labels = "|".join(re.escape(label) for label in sorted(brand["labels"], key=len, reverse=True))
    note = r"(?:[（(][^)）]{0,8}[)）])?"  # 品牌（如有）：
    folded["label"] = re.compile(rf"(?:{labels})\s*{note}\s*[:：]\s*([^\s,，;；。]+)", re.IGNORECASE)
    folded["placeholder_values"] = brand["placeholders"]
    return folded


def _has(words: tuple[str, ...], folded: str) -> str | None:
    return next((w for w in words if w in folded), None)


def _named_brand(clause: str, brand: dict[str, Any]) -> str | None:
    """The brand a "品牌：X" / "Brand: X" field names, unless X is a placeholder (不限, any, /…)."""
    for match in brand["label"].finditer(clause):
        value: str = match.group(1).strip()
        folded = fold(value)
        placeholder = any(folded == fold(p) or (not p.isascii() and folded.startswith(fold(p)))
                          for p in brand["placeholder_values"])
        if value and not placeholder:
            return value
    return None


def brand_locked_spec(text: str, *, stage: str, parties: list[Party]) -> Flag | None:
    if stage != "tender":
        return None  # an award names what was bought; only a call's specification can lock competition out
    brand = _brand()
    folded_text = fold(text)
    models = [p for p in parties if p.role == "mentioned" and p.match_method == "brand_model"]
    if not (models or _has(brand["lock_cues"], folded_text) or brand["label"].search(text)):
        return None
    for line in folded_text.splitlines():
        if _has(brand["disclaimers"], line) and _has(brand["brand_words"], line):
            return None  # "品牌型号仅供参考": every brand named is an example
        if _has(brand["equivalence"], line) and _has(brand["brand_words"], line) and len(line) > 30:
            return None  # a general "brands may be replaced by equivalents" clause
    for start, end in _clauses(text):
        clause = text[start:end]
        folded = folded_text[start:end]  # fold() keeps lengths: offsets agree
        if _has(brand["equivalence"], folded):
            continue
        cue = _has(brand["lock_cues"], folded)
        if cue:
            at = folded.index(cue)
            if _has(brand["negations"], folded[max(0, at - 12):at + len(cue)]):  # 不得指定品牌, 不指定品牌
                continue
            reason: dict[str, str | None] = {"cue": cue}
        elif _named_brand(clause, brand):
            reason = {"brand": _named_brand(clause, brand)}
        else:
            model = next((p for p in models if start <= p.evidence.start < end), None)
            if model is None:
                continue
            reason = {"brand_model": model.name, "vendor_id": model.vendor_id}
        stripped = clause.strip()
        offset = start + clause.index(stripped[:1]) if stripped else start
        span = _span(text, offset, offset + len(stripped))
        return Flag("brand_locked_spec", stripped[:300], span, {**reason, "equivalence_clause": False})
    return None


# --- all of them -------------------------------------------------------------------------------------------------

def notice_flags(facts: Facts | None, text: str, *, title: str, link: ProcurementLink, parties: list[Party],
                 published: date | None, country: str | None) -> list[Flag]:
    """Every red flag this notice raises on its own, in indicator-file order."""
    facts = facts or {}
    procedure, evidence = stated_procedure(facts, text, title)
    found = [single_bid(facts, text, procedure, evidence),
             short_tender_period(facts, text, stage=link.stage, published=published, country=country,
                                 procedure=procedure),
             non_open_procedure(text, title, procedure, evidence),
             brand_locked_spec(text, stage=link.stage, parties=parties)]
    return [flag for flag in found if flag is not None]
