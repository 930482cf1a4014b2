"""Code lists the spiders render into labelled lines: country ISO3/names → alpha-2, language ISO-639 → 639-1, CPV
labels.

Why: enrichment reads "Country: FR" and "CPV: 32323500 Video-surveillance system" lines; sources give "FRA",
"United Kingdom", "fra". pycountry is the maintained source for ISO codes; CPV labels come from a reviewed CSV
with its citation (scrapers/data/cpv_surveillance.csv).
"""
from __future__ import annotations

import csv
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import pycountry

DATA = Path(__file__).resolve().parent.parent / "data"


# How UK publishers write their country: the UK's constituent countries and their ISO 3166-2:GB codes.
_GB_NAMES = frozenset({"UK", "GB", "GBR", "U.K.", "ENGLAND", "ENG", "SCOTLAND", "SCT", "WALES", "WLS", "CYMRU",
                       "NORTHERN IRELAND", "NIR", "GREAT BRITAIN", "UNITED KINGDOM"})
#: NUTS country prefixes that differ from ISO 3166-1 alpha-2.
_NUTS_TO_ISO = {"UK": "GB", "EL": "GR"}
_NUTS_CODE = re.compile(r"^[A-Z]{2}[0-9A-Z]{0,3}$")
_UK_POSTCODE = re.compile(r"^(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-HJKMNPR-Y]? ?[0-9][ABD-HJLNP-UW-Z]{2})$", re.I)


def nuts_country(code: str | None) -> str | None:
    """The ISO country of a NUTS code ("UKM83" → GB, "EL301" → GR); None for anything that is not one."""
    code = (code or "").strip().upper()
    if not _NUTS_CODE.match(code) or not any(ch.isdigit() for ch in code[2:]) and len(code) != 2:
        return None
    prefix = _NUTS_TO_ISO.get(code[:2], code[:2])
    return prefix if pycountry.countries.get(alpha_2=prefix) else None


def address_country(country: str | None, region: str | None = None, postcode: str | None = None) -> str | None:
    """The country of a structured address: its country field in any spelling, else a NUTS region code, else a
    UK postcode. Never guessed from anything else."""
    found = country_alpha2(country)
    if found:
        return found
    if region and len(region.strip()) > 2:
        found = nuts_country(region)
        if found:
            return found
    if postcode and _UK_POSTCODE.match(postcode.strip()):
        return "GB"
    return None


def country_alpha2(value: str | None, *, user_assigned: bool = False) -> str | None:
    """ISO 3166-1 alpha-2 from alpha-2, alpha-3 or an English name; None when unknown (never guessed).
    `user_assigned`: a two-letter code ISO leaves to its users (XK Kosovo, EU, ZZ) is kept as given, upper-cased
    (watch lists use them) instead of None. The project's one country-code converter for scrapers/."""
    found = _iso_alpha2(value)
    if found is None and user_assigned and value:
        code = str(value).strip()
        if len(code) == 2 and code.isascii() and code.isalpha():
            return code.upper()
    return found


@lru_cache(maxsize=512)
def _iso_alpha2(value: str | None) -> str | None:
    if not value or not str(value).strip():
        return None
    value = str(value).strip()
    if value.upper().rstrip(".") in _GB_NAMES or value.upper() in _GB_NAMES:
        return "GB"
    try:
        if len(value) == 2:
            found = pycountry.countries.get(alpha_2=value.upper())
        elif len(value) == 3:
            found = pycountry.countries.get(alpha_3=value.upper())
        else:
            found = pycountry.countries.lookup(value)
    except LookupError:
        bare = "".join(ch for ch in unicodedata.normalize("NFKD", value) if not unicodedata.combining(ch))
        if bare == value:
            return None
        return _iso_alpha2(bare)  # "México", "Perú", "Türkiye"
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
