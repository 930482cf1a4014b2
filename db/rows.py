"""The derived rows of one enrichment — technology tags, parties (resolved to organisations), amounts, place —
as tuples in column order: written per notice by db/store.write_enrichment and for many fresh notices at once by
db/batch.py, so both paths write the same rows."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from db.organisations import _identifiers_json, resolve_party_org

if TYPE_CHECKING:
    import psycopg

    from enrich.model import Enrichment, Fx

#: The conversion of each amount (enrich/fx.py), in the order `_fx_row` gives them.
FX_COLUMNS = ("usd_value", "eur_value", "usd_rate", "eur_rate", "usd_rate_date", "fx_basis", "fx_source", "fx_note")
AMOUNT_COLUMNS = ("notice_id", "value", "currency", "kind", "lot", "is_headline", "evidence", "start_offset",
                  "end_offset", "classifier_version", *FX_COLUMNS)
TAG_COLUMNS = ("notice_id", "taxonomy_id", "evidence", "start_offset", "end_offset", "rule_id", "classifier_version")
PARTY_COLUMNS = ("notice_id", "role", "raw_name", "org_id", "match_method", "match_score", "start_offset",
                 "end_offset", "classifier_version", "identifiers")
PLACE_COLUMNS = ("notice_id", "country", "admin1", "admin1_code", "admin2", "admin2_code", "admin3", "admin3_code",
                 "adcode", "city", "lat", "lon", "precision", "method", "evidence", "start_offset", "end_offset",
                 "classifier_version")


def tag_rows(notice_id: int, enrichment: Enrichment) -> list[tuple[Any, ...]]:
    return [(notice_id, t.taxonomy_id, t.evidence.text, t.evidence.start, t.evidence.end, t.rule_id,
             enrichment.classifier_version) for t in enrichment.tags]


def party_rows(conn: psycopg.Connection, notice_id: int, enrichment: Enrichment) -> list[tuple[Any, ...]]:
    """The notice's parties, each resolved to its organisation (created when new, in party order)."""
    country = enrichment.place.country if enrichment.place else None
    rows = []
    for party in enrichment.parties:
        org_id, method = resolve_party_org(conn, party, country, notice_id=notice_id)
        rows.append((notice_id, party.role, party.name, org_id, method, party.match_score, party.evidence.start,
                     party.evidence.end, enrichment.classifier_version,
                     json.dumps(_identifiers_json(party), ensure_ascii=False)))
    return rows


def amount_rows(notice_id: int, enrichment: Enrichment) -> list[tuple[Any, ...]]:
    headline = enrichment.headline_amount
    rows = [(a, a == headline) for a in enrichment.amounts]
    if headline is not None and not any(is_headline for _, is_headline in rows):
        rows.append((headline, True))  # a sum of lots: stored as its own row, citing the lot amounts
    return [(notice_id, a.value, a.currency, a.kind, a.lot, is_headline, a.evidence.text, a.evidence.start,
             a.evidence.end, enrichment.classifier_version, *_fx_row(a.fx)) for a, is_headline in rows]


def place_row(notice_id: int, enrichment: Enrichment) -> tuple[Any, ...] | None:
    place = enrichment.place
    if place is None:
        return None
    ev = place.evidence
    return (notice_id, place.country, place.admin1, place.admin1_code, place.admin2, place.admin2_code,
            place.admin3, place.admin3_code, place.adcode, place.city, place.lat, place.lon, place.precision,
            place.method, ev.text if ev else None, ev.start if ev else None, ev.end if ev else None,
            enrichment.classifier_version)


def _fx_row(fx: Fx | None) -> tuple[Any, ...]:
    if fx is None:
        return (None,) * len(FX_COLUMNS)
    return (fx.usd, fx.eur, fx.usd_rate, fx.eur_rate, fx.rate_date, fx.basis, fx.source, fx.note)
