"""Enrichment: notice text → technology tags, parties, amounts, dates and places, each with its evidence.

`enrich()` is the only entry point; spiders and `survtrack ingest` both reach it through survtrack/pipeline.py.
Everything here is a pure function of its arguments and the reviewed data files in enrich/data/.
"""
from __future__ import annotations

from datetime import date

from enrich.model import DateFact, Enrichment

__all__ = ["enrich", "classifier_version", "Enrichment"]


#: Bumped when extraction code (not only its data files) changes what it finds: money, parties, places. A
#: stored classifier_version that differs says the rows predate the change and `survtrack reprocess` applies it.
ENGINE_VERSION = "2026.12.1"


def classifier_version() -> str:
    """The version stored with every derived row: cue lists + vendor registry + extraction engine."""
    from enrich.classify import CLASSIFIER_VERSION
    from enrich.vendors import REGISTRY_VERSION

    return f"{CLASSIFIER_VERSION}+vendors-{REGISTRY_VERSION}+engine-{ENGINE_VERSION}"


def enrich(title: str, body: str, *, language: str | None = None, published: date | str | None = None,
           country: str | None = None, source: str | None = None) -> Enrichment:
    """Enrich one notice. Offsets in the result index ``title + "\\n" + body``."""
    from enrich.classify import classify
    from enrich.dates import extract_published, parse_date
    from enrich.language import detect_language
    from enrich.money import extract_amounts, largest_amount
    from enrich.parties import extract_parties
    from enrich.places import resolve_place

    text = f"{title}\n{body}"
    lang = language or detect_language(text)
    tags = classify(text, lang)
    parties = extract_parties(text, lang)
    amounts = extract_amounts(text, lang, country_hint=country)
    headline = largest_amount(amounts, text=text)
    buyer = next((p for p in parties if p.role == "buyer"), None)
    place = resolve_place(text, buyer=buyer.evidence if buyer else None, language=lang,
                          country_hint=country)
    dayfirst = False if (country == "US" or (source or "").startswith("usa_")) else None
    if isinstance(published, str):
        published = parse_date(published, lang, dayfirst=dayfirst)
    fact = DateFact(published, None) if published else extract_published(text, lang, dayfirst=dayfirst)
    return Enrichment(
        text=text, language=lang, classifier_version=classifier_version(), tags=tags, parties=parties,
        amounts=amounts, place=place, published=fact,
        headline_amount=headline,
    )
