"""Companies named with the case ending or postposition of a contract's other party (round 33, parties33):
"sopimus Pyynikki Turva Oy:n kanssa", "Emajõe Turva OÜ-ga", "Ege Güvenlik A.Ş.'ye verdi", "«Kəpəz Texnologiya» MMC
ilə", "«Chorsu Tech» MChJ bilan", "«Алатау Бейне» ЖШС-мен", "Туул Технологи ХХК-тай", "Hajdú Biztonság Kft.-vel".

Why: Finnish, Estonian, Turkish, Azerbaijani, Uzbek, Kazakh, Mongolian, Hungarian and Armenian mark "with", "to" and
"from" on the name, so the prepositions the supply statements read (enrich/supply_statements.py) are not there and
the contractor went unnamed (sets af, ag, ah). The legal form is required and the ending must follow it at once, so
a place or a person never qualifies. Cues: `r33_parties33_case_suffix` of enrich/data/supply_statements.yaml.
Returns (start, end) spans of the company: its capitalised or quoted name and its legal form, the ending left out.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from enrich.cache import table

CUES_PATH = Path(__file__).parent / "data" / "supply_statements.yaml"
_QUOTED_BEFORE_RE = re.compile(r"[«\"“„][^»\"”“\n]{1,60}[»\"”“]\s?$")
_TOKEN_RE = re.compile(r"\S+\s$")
_INFLECTED_RE = re.compile(r"['’][^\W\d_]*[a-zçğıöşüə]")


@table()
def _patterns() -> tuple[tuple[str, ...], re.Pattern[str], frozenset[str]]:
    """The legal forms' literals (a cheap test before any search), one pattern of every form and its endings, and the
    words of public bodies a name never holds."""
    cues = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))
    data = cues["r33_parties33_case_suffix"]
    literals = tuple(sorted({f.replace("\\", "").split(" ")[0][:2] for forms, _ in data for f in forms.split("|")}))
    pattern = "|".join(f"(?:(?<![\\w.])(?P<form{n}>{forms})(?:{endings}))" for n, (forms, endings) in enumerate(data))
    return literals, re.compile(pattern), frozenset(w.casefold() for w in cues["r33_parties33_case_suffix_stop"])


def case_suffix_companies(window: str) -> list[tuple[int, int]]:
    """Spans of companies in their legal form followed by a party's case ending (see the module doc)."""
    literals, pattern, _ = _patterns()
    if not any(literal in window for literal in literals):
        return []
    spans = []
    for match in pattern.finditer(window):
        form = next(match.span(g) for g, v in match.groupdict().items() if v is not None)
        start = _name_start(window, form[0])
        if start is not None:
            spans.append((start, form[1]))
    return spans


def _name_start(window: str, form_start: int) -> int | None:
    """Start of the name before a legal form: a quoted name, or one to five capitalised words (no sentence's end)."""
    before = window[max(0, form_start - 80):form_start]
    quoted = _QUOTED_BEFORE_RE.search(before)
    if quoted:
        return form_start - len(before) + quoted.start()
    start = None
    position = len(before)
    for _ in range(5):
        token = _TOKEN_RE.search(before, 0, position)  # (the one token ending at `position`)
        word = token.group(0).rstrip() if token else ""
        folded = word.casefold().replace("\u0307", "")  # (İ folds to i and a combining dot)
        if token is None or not word[:1].isupper() or word.endswith((".", ",", ";", ":")) or (
                _INFLECTED_RE.search(word)) or folded in _patterns()[2]:
            break  # a lower-case word, a sentence's end, "TL'ye" (an inflected word), a public body's word
        position = token.start()
        start = form_start - len(before) + position
        if position == 0 or not before[position - 1].isspace():
            break
    return start
