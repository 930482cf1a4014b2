"""The enrichment result: plain data that every spider and `survtrack ingest` produce the same way.

Offsets (`start`, `end`) always index the notice's stored text, which is ``title + "\\n" + body``
(see the data contract), so that ``text[start:end] == evidence`` holds for every extracted fact.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

#: The technology ids of shared/docs/taxonomy.md: a public contract, never renamed (also seeded in the database).
TAXONOMY_IDS: tuple[str, ...] = (
    "cctv",
    "facial_recognition",
    "gait_recognition",
    "vehicle_recognition",
    "other_biometrics",
    "phone_tracking",
    "ethnicity_analytics",
    "surveillance_platform",
    "social_credit",
)


@dataclass(frozen=True)
class Span:
    """Where a fact came from in the stored text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class TechTag:
    """A taxonomy id (shared/docs/taxonomy.md) with the clause that triggered it."""

    taxonomy_id: str
    evidence: Span
    rule_id: str  # e.g. "cue:facial_recognition:zh:人脸识别" or "cpv:32323500"


@dataclass(frozen=True)
class Party:
    """An organisation named in a notice."""

    role: str  # buyer | supplier | mentioned
    name: str  # as written in the notice
    evidence: Span
    vendor_id: str | None = None  # registry slug when resolved
    match_method: str | None = None  # exact_alias | suffix_stripped | fuzzy | brand_model | None
    match_score: float | None = None  # 0..1
    subsidiary: str | None = None  # the name is this registry subsidiary/brand of `vendor_id`, not the vendor itself


@dataclass(frozen=True)
class Amount:
    """A sum of money; `value` is None when the notice masks it (never zero)."""

    value: Decimal | None
    currency: str | None  # ISO 4217
    kind: str  # budget | award | other
    evidence: Span
    lot: str | None = None


@dataclass(frozen=True)
class Place:
    """Where the purchase happens, as precise as the text allows and no further."""

    country: str | None  # ISO 3166-1 alpha-2
    precision: str  # country | admin1 | admin2 | admin3 | city
    method: str  # e.g. cpca:buyer_name, gazetteer:city, country_name
    evidence: Span | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    admin1_code: str | None = None
    admin2_code: str | None = None
    admin3_code: str | None = None
    adcode: str | None = None  # China: GB/T 2260 code of the most precise level found
    city: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class DateFact:
    value: date
    evidence: Span | None


@dataclass
class Enrichment:
    """Everything enrichment found in one notice."""

    text: str  # the stored text the offsets index
    language: str | None
    classifier_version: str
    tags: list[TechTag] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    place: Place | None = None
    published: DateFact | None = None
    headline_amount: Amount | None = None  # the notice's amount in exports: one of `amounts` or a sum of lots

    @property
    def surveillance(self) -> bool:
        return bool(self.tags)

    @property
    def taxonomy_ids(self) -> list[str]:
        return sorted({t.taxonomy_id for t in self.tags})
