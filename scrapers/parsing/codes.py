"""Code lists the spiders render into labelled lines: country ISO3/names → alpha-2, language ISO-639 → 639-1, CPV labels.

Why: enrichment reads "Country: FR" and "CPV: 32323500 Video-surveillance system" lines; sources give "FRA",
"United Kingdom", "fra". pycountry is the maintained source for ISO codes; CPV labels come from a reviewed CSV
with its citation (scrapers/data/cpv_surveillance.csv).
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import pycountry

DATA = Path(__file__).resolve().parent.parent / "data"


@lru_cache(maxsize=512)
def country_alpha2(value: str | None) -> str | None:
    """ISO 3166-1 alpha-2 from alpha-2, alpha-3 or an English name; None when unknown (never guessed)."""
    if not value or not str(value).strip():
        return None
    value = str(value).strip()
    if value.upper() in ("UK", "GBR", "GB"):
        return "GB"
    try:
        if len(value) == 2:
            found = pycountry.countries.get(alpha_2=value.upper())
        elif len(value) == 3:
            found = pycountry.countries.get(alpha_3=value.upper())
        else:
            found = pycountry.countries.lookup(value)
    except LookupError:
        return None
    return found.alpha_2 if found else None


@lru_cache(maxsize=256)
def language_alpha2(value: str | None) -> str | None:
    """ISO 639-1 code from a 639-1/639-2/639-3 code ("fra", "FRA", "fre", "fr")."""
    if not value:
        return None
    value = value.strip().lower()
    if len(value) == 2:
        return value
    found = pycountry.languages.get(alpha_3=value) or pycountry.languages.get(bibliographic=value)
    return getattr(found, "alpha_2", None) if found else None


@lru_cache(maxsize=1)
def _cpv_rows() -> list[dict]:
    with open(DATA / "cpv_surveillance.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def cpv_labels() -> dict[str, str]:
    return {row["cpv_code"]: row["label_en"] for row in _cpv_rows()}


def cpv_codes() -> list[str]:
    """The codes searched for (rows noted 'not queried' only supply labels)."""
    return [row["cpv_code"] for row in _cpv_rows() if "not queried" not in row["notes"]]


def cpv_line(code: str) -> str:
    code = code.split("-")[0].strip()
    label = cpv_labels().get(code)
    return f"CPV: {code} {label}" if label else f"CPV: {code}"


def money(amount: object, currency: str | None) -> str | None:
    """"123456.00 EUR" from a number or numeric string; None when not a number."""
    try:
        value = float(str(amount).replace(",", ""))
    except (TypeError, ValueError):
        return None
    return f"{value:.2f} {currency}".strip() if currency else f"{value:.2f}"
