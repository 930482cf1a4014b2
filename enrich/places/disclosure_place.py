"""A company disclosure that names no buyer has no place (tests/eval/README.md, "Place": "for disclosures and texts
without a buyer location: `null`").

Why: an annual report, 10-K/20-F or cninfo announcement is written by the vendor; the towns and countries it names
are its seat, its offices, its markets or a customer it mentions in passing, not where anything is bought. Where
the engine finds a buyer in it (a named contract with a city), that buyer's place is kept. Across the development
sets the labels of disclosures from the SEC and cninfo sources give no place in 274 of 284 notices the engine
names no buyer in; the engine placed 27 of those (r35b_places). What a user loses: the disclosure's notice carries
no `location`; the towns it names are still in its text, its parties and their evidence.

A disclosure keeps the place of a customer its contract sentence names ("entered into an agreement with the County
of Riverside", "selected by the City of Albuquerque", "delivered to the Municipality of Cusco"): sets ac, ad, ag, ah
and y label such 8-K/20-F notices with that customer and its place even where the engine reads no buyer.

A disclosure is known from the notice kind the spider records (`disclosure`) or from its source id (the SEC EDGAR
and cninfo spiders; `bench.eval` announces them as ``sec_edgar`` / ``cninfo``).
"""
from __future__ import annotations

import re

from enrich.disclosure_filers import filer_span
from enrich.disclosure_roles import is_disclosure as titled_disclosure
from enrich.places.company_report import company_report

#: Source ids (or their last ``_``-separated part) of spiders whose notices are company disclosures.
DISCLOSURE_SOURCES = frozenset({"sec_edgar", "usa_sec_edgar", "cninfo", "china_cninfo"})


# a contract word shortly before the place's evidence: the customer the filer contracts with
_CONTRACT_BEFORE = re.compile(r"\b(?:contract(?! manufactur| partner)|agreement|selected by|awarded by|delivered to"
                              r"|deploy(?:ed|ment) for)\b",
                              re.IGNORECASE)
_WINDOW = 80


def is_disclosure(source: str | None, kind: str | None) -> bool:
    """True for a notice the vendor itself published: kind ``disclosure`` or a disclosure spider's source id."""
    return kind == "disclosure" or (source or "").lower() in DISCLOSURE_SOURCES


def is_company_disclosure(text: str, source: str | None, kind: str | None) -> bool:
    """A company's own filing or announcement: by its source or kind, its headline (`company_report`), or a title that
    names a company report and a company (r37: "Annual Report 2026 — Kalahari Secure Holdings", "Vigie Urbaine SA —
    Document d'enregistrement universel"; a public body's annual report has no company in its title)."""
    if is_disclosure(source, kind) or company_report(text):
        return True
    if not titled_disclosure(text, kind):
        return False
    filer = filer_span(text, kind)  # the filer named in the title itself; not a contractor an audit report names
    return filer is not None and filer[1] <= len(text.partition("\n")[0])


def withhold_place(source: str | None, kind: str | None, has_buyer: bool, text: str = "",
                   evidence_start: int | None = None) -> bool:
    """True when the notice's place is to be left empty: a disclosure in which no buyer is named and whose place is
    not the customer of a contract sentence."""
    if has_buyer or not is_company_disclosure(text, source, kind):  # r36b: a report known by its headline, r37: title
        return False
    if evidence_start is not None and _CONTRACT_BEFORE.search(text, max(0, evidence_start - _WINDOW), evidence_start):
        return False
    return True
