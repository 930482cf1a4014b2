"""A notice's kind from its own words, for documents that do not say it in a field (HTML, PDF, text pages).

Why cues and an order: a page's title usually names its kind ("…中标公告", "Contract award notice: …"), but
the words of several kinds often meet in one title ("…竞争性磋商成交公告" is an award made after a competitive
negotiation; "Corrigendum to the call for tenders" is neither). So in the title the strongest kind wins
(other [corrections, cancellations] > award > tender > plan > disclosure); in the body, whose first lines are
headings, the earliest cue wins. The reviewed cue lists are enrich/data/notice_kind_cues.csv.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

CUES_FILE = Path(__file__).resolve().parents[2] / "enrich" / "data" / "notice_kind_cues.csv"
TITLE_PRIORITY = ("other", "award", "tender", "plan", "disclosure")
BODY_WINDOW = 2000  # characters of the body read for a cue: the headings, not the fine print
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    """One case-insensitive pattern per kind; Latin cues match whole words only (Zuschlag, not Zuschlagskriterien)."""
    by_kind: dict[str, list[str]] = {}
    with open(CUES_FILE, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            cue = re.escape(_straight(row["cue"].strip()))
            by_kind.setdefault(row["kind"].strip(), []).append(cue if _CJK.search(cue) else rf"(?<!\w){cue}(?!\w)")
    return [(re.compile("|".join(sorted(by_kind[kind], key=len, reverse=True)), re.I), kind)
            for kind in TITLE_PRIORITY if kind in by_kind]


def _straight(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'")


def infer_kind(title: str | None, body: str | None) -> str:
    """The kind the title names (strongest cue), else the earliest cue in the body's opening, else 'other'."""
    title = _straight(title or "")
    for pattern, kind in _patterns():
        if pattern.search(title):
            return kind
    opening = _straight((body or "")[:BODY_WINDOW])
    found = [(match.start(), kind) for pattern, kind in _patterns() if (match := pattern.search(opening))]
    return min(found)[1] if found else "other"
