"""National bodies named without their country ("the Home Office", "Guardia Civil", "Rijkswaterstaat",
"警察庁"), a country clue (r38_places).

Why: a reporter writing for readers at home names a national body by its own name only, and nothing else in such a
text may name the country (no money, no address, the language spoken in several countries): the notice was left
without a place though its buyer is a national body, which the labelling rule places in its country
(tests/eval/README.md, "places of national bodies"). The reviewed table enrich/data/national_bodies.csv lists only
bodies whose name one country uses, each row cited; a name several countries use ("Ministry of Interior", "Federal
Police", "Gendarmerie nationale", "Bundespolizei") is absent, so it is never placed by name alone. A name counts as
the text's subject when it is in the title or the body's first sentence, or as its buyer (signals.py weighs it then
like a body's seat, body_seat.py); named further down (a comparison, a partner) it weighs like a country named.
The table lists English county councils too ("Kent County Council", "Cornwall Council"): read as a US county or a
Canadian town of that name, they were placed in the wrong country (set am).
"""
from __future__ import annotations

import re

from enrich.cache import table
from enrich.fastscan import Prefixed
from enrich.model import Span
from enrich.places.arabic_nisba import nisba_clues
from enrich.places.gazetteer import read_table

SUBJECT_WEIGHT = 4.0  # in the title, the first sentence or the buyer's name: like a body's seat (body_seat.py)
MENTION_WEIGHT = 2.0  # named further down: like a country's name anywhere (signals.py)

_ARTICLE = re.compile(r"(?<![^\W\d_])(?:[Tt]he|[Tt]his)[ \t]+$")
_HANGUL = re.compile(r"[가-힣]")
# what may follow a Korean body's name in the same word: a case particle or 장 ("감사원장"), never another syllable
# ("감사원칙", audit principles, is not the Board of Audit and Inspection)
_KOREAN_PARTICLE = "(?:은|는|이|가|을|를|의|에|와|과|도|로|장)"
_SENTENCE_END = re.compile(r"[.!?。！？](?:[ \t\n]|$)|\n\n")


@table()
def _body_scan() -> tuple[Prefixed, dict[str, tuple[str, bool]]]:
    rows = read_table("national_bodies.csv")
    bodies = {row["name"]: (row["country"], row["article"] == "1") for row in rows}
    parts = []
    for row in sorted(rows, key=lambda r: len(r["name"]), reverse=True):  # "Arma dei Carabinieri" before "Carabinieri"
        name = re.escape(row["name"]).replace(r"\ ", r"[ \t]+")
        alphabetic = row["name"][0].isascii()  # (names in scripts without spaces between words are not bounded)
        if alphabetic:
            parts.append(rf"(?<![^\W\d_]){name}(?![^\W\d_])")
        elif _HANGUL.match(row["name"]):  # Korean spaces its words: the name, then a particle or a word's end
            parts.append(rf"(?<![가-힣]){name}(?![가-힣])|(?<![가-힣]){name}(?={_KOREAN_PARTICLE})")
        else:
            parts.append(name)
    return Prefixed("|".join(parts)), bodies  # (an automaton finds where names start: a plain scan cost 40 ms)


def _subject_end(text: str) -> int:
    """Where the text's subject is named: the title and the first sentence of the body."""
    title_end = text.find("\n")
    if title_end == -1:
        return min(len(text), 400)
    stop = _SENTENCE_END.search(text, title_end + 1, title_end + 1 + 400)
    return stop.end() if stop else min(len(text), title_end + 1 + 400)


def national_body_clues(text: str, window: str, buyer: Span | None = None) -> list[tuple[str, float, Span]]:
    """(country, weight, the body's name span) for each country whose national body ``window`` (the start of ``text``)
    names, strongest mention each."""
    scan, bodies = _body_scan()
    subject_end = _subject_end(text)
    found: dict[str, tuple[float, Span]] = {}
    for m in scan.finditer(window):
        name = re.sub(r"[ \t]+", " ", m.group(0))
        code, article = bodies.get(name, ("", False))
        if not code or (article and not _ARTICLE.search(window, max(0, m.start() - 6), m.start())):
            continue  # "the Home Office", not "a home office" or "Home Office Chairs"
        subject = m.start() < subject_end or (buyer is not None and buyer.start <= m.start() < buyer.end)
        weight = SUBJECT_WEIGHT if subject else MENTION_WEIGHT
        if code not in found or found[code][0] < weight:
            found[code] = (weight, Span(m.start(), m.end(), m.group(0)))
    for code, subject, span in nisba_clues(window, subject_end):  # r43b_places: "وزارة الداخلية التونسية"
        subject = subject or (buyer is not None and buyer.start <= span.start < buyer.end)
        weight = SUBJECT_WEIGHT if subject else MENTION_WEIGHT
        if code not in found or found[code][0] < weight:
            found[code] = (weight, span)
    return [(code, weight, span) for code, (weight, span) in found.items()]


def is_national_body(name: str | None) -> bool:
    """True when ``name`` (a place's evidence) is a national body of the reviewed table: the text is then about that
    body, a public body at its place (report_place.py must not withhold it: "국가인권위원회는 … 권고했다", set ap)."""
    return bool(name) and re.sub(r"[ \t]+", " ", name or "") in _body_scan()[1]
