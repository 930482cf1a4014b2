"""The country of an OCDS release that names none: from its publisher's web domain and its currencies.

Why: generic OCDS feeds (`survtrack crawl ocds`, `survtrack ingest`) often carry no buyer address. Without a
country, enrichment reads a bare town in a title as the most populous town of that name anywhere — NSW's
"Belmont Hospital Theatre Refurbishment" became the United States. The release itself usually says where it is
from: its documents sit on the publisher's site (tenders.nsw.gov.au → AU) and its values are in a national currency
(AUD → AU). Only signals that agree are used: two countries, or none, give None — never a guess.
"""
from __future__ import annotations

import re
from collections import deque
from typing import Any

from scrapers.parsing.codes import country_alpha2

#: Country-code domains sold worldwide as generic names (.io, .tv, .co …): they say nothing of a buyer's country
#: unless under a government second level (mintic.gov.co is Colombia; an app at x.co is not).
_VANITY = frozenset({"io", "co", "tv", "me", "ai", "fm", "cc", "ws", "to", "tk", "nu", "ly", "gg", "sh", "ac",
                     "vc", "so"})
_GOVERNMENT_LEVEL = frozenset({"gov", "gob", "gouv", "govt", "go", "gv", "gub", "mil", "admin", "nic", "gc"})
#: Currencies many countries use, or none: the euro, the dollar (dollarised states, international buyers), and
#: ISO's X… units (XOF, XAF, XDR — several states or none).
_SHARED_CURRENCIES = frozenset({"EUR", "USD"})
_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://([^/?#:@\s]+)", re.IGNORECASE)
_URL_KEYS = ("url", "uri")
_TREE_LIMIT = 2_000  # nodes walked per release: a huge release's country is in its first documents anyway


def domain_country(url: object) -> str | None:
    """The country a URL's domain names: its country-code top-level domain ("https://tenders.nsw.gov.au" → AU,
    .uk → GB), unless that domain is sold as a generic name and the host is not under a government level."""
    match = _HOST.match(str(url or "").strip())
    if not match:
        return None
    labels = match[1].lower().rstrip(".").split(".")
    if len(labels) < 2 or len(labels[-1]) != 2 or not labels[-1].isalpha():
        return None
    tld = labels[-1]
    if tld in _VANITY and labels[-2] not in _GOVERNMENT_LEVEL:
        return None
    return "GB" if tld == "uk" else country_alpha2(tld.upper())


def currency_country(code: object) -> str | None:
    """The country of a national ISO 4217 currency (AUD → AU, MXN → MX); None for shared ones (EUR, USD, X…)."""
    text = str(code or "").strip().upper()
    if len(text) != 3 or not text.isalpha() or text in _SHARED_CURRENCIES or text.startswith("X"):
        return None
    return country_alpha2(text[:2])


def inferred_country(release: dict, publisher_uri: object = None) -> tuple[str, str] | None:
    """(country, reason) when the publisher's URI, the release's document URLs and its currencies name exactly one
    country between them; None when they name none or disagree."""
    found: dict[str, str] = {}

    def note(country: str | None, reason: str) -> None:
        if country:
            found.setdefault(country, reason)

    host = _HOST.match(str(publisher_uri or "").strip())
    note(domain_country(publisher_uri), f"publisher domain {host[1]}" if host else "publisher domain")
    for key, value in _walk(release):
        if key in _URL_KEYS and isinstance(value, str):
            host = _HOST.match(value.strip())
            note(domain_country(value), f"document domain {host[1] if host else value}")
        elif key == "currency":
            note(currency_country(value), f"currency {str(value).strip().upper()}")
    if len(found) != 1:
        return None
    return next(iter(found.items()))


def _walk(node: Any):
    """(key, value) of every member of nested objects and arrays, breadth first, bounded by _TREE_LIMIT."""
    queue, seen = deque([node]), 0
    while queue and seen < _TREE_LIMIT:
        current = queue.popleft()
        seen += 1
        if isinstance(current, dict):
            for key, value in current.items():
                if isinstance(value, dict | list):
                    queue.append(value)
                else:
                    yield key, value
        elif isinstance(current, list):
            queue.extend(item for item in current if isinstance(item, dict | list))
