"""Which country a notice is from when no address line says so: its money, phone numbers, web/e-mail domains,
country names it writes (strongest in a TED-style title "Deutschland-Kassel:"), and its language.

Why weights instead of a rule: each clue alone misleads (a euro is twenty countries, "China" in a UK notice is a
vendor's home, US$ is quoted worldwide), but together they settle the country of most notices, and they let
same-named towns be told apart (Valencia ES with €, Valencia VE with bolívares). Weights are summed per
country; the place resolver (prose.py) adds them to each candidate town and uses the total alone only for a
country-level place. Tables: enrich/data/country_cues.csv (reviewed money and legal forms), country_signals.tsv
(GeoNames countryInfo: calling codes, ccTLDs, languages).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from enrich.cache import table
from enrich.fastscan import Prefixed
from enrich.language import base_language
from enrich.model import Place, Span
from enrich.places.body_adjectives import body_adjective_clues
from enrich.places.body_seat import WEIGHT as SEAT_WEIGHT
from enrich.places.body_seat import seat_clues
from enrich.places.country_words import another_country_town, ordinary_word
from enrich.places.demonyms import WEIGHT as ADJECTIVE_WEIGHT
from enrich.places.demonyms import adjective_clues
from enrich.places.gazetteer import NEW_WORDS, _country_names, place_key, read_table
from enrich.places.geonames import cities_named, country_signals
from enrich.places.iso_money import iso_money
from enrich.places.money_signs import money_sign_clues
from enrich.places.national_body_names import MENTION_WEIGHT, SUBJECT_WEIGHT, national_body_clues
from enrich.places.native_countries import native_country_names

_WINDOW = 6_000
# ccTLDs that are sold as generic names, never a country clue on their own
_GENERIC_TLDS = frozenset({"io", "co", "tv", "me", "ai", "ly", "fm", "am", "cc", "ws", "to", "nu", "la", "gg", "sh",
                           "ac", "eu", "ps", "so", "st", "vc", "md", "ag", "bz", "gl", "im", "is", "it", "in", "id"})
# Generic-looking but read as the country after .gov/.gob.
_ALWAYS_COUNTRY_TLDS = frozenset({"it", "in", "id", "is", "md"})


# r32_places32: money written with its country's letters in front ("US$ 1.1 million") is how notices from other
# countries write a foreign or adopted currency; at home the dollar is plain "$" or "USD". Of ~220 development
# notices writing "US$" (sets ab, l, s, ae, af, ag and older: Liberia, Zimbabwe, El Salvador, Ecuador, Cambodia, Laos …)
# none is placed in the United States, while a same-named US town (Monrovia, Santa Ana) took the place.
_WRITTEN_ABROAD = {"US$": "US"}
# r35_places: the countries that adopted the US dollar (Ecuador, El Salvador, Panama, Puerto Rico) share it with the
# whole world's quoting of prices: the dollar alone, written in their language, is no sign of them. An English notice
# writing "US$" or "USD" gave Puerto Rico and Panama (English their second language) the language's full weight
# and pulled a same-named town there; such a country needs a clue of its own besides the dollar.
_DOLLAR_HOME = "US"


@dataclass
class Evidence:
    """Country → summed weight, and the span that best shows each country (for a country-level place)."""

    weights: dict[str, float] = field(default_factory=dict)
    spans: dict[str, tuple[float, Span]] = field(default_factory=dict)
    strong: str | None = None  # a country the text states outright (TED title, "Country-City:")

    def add(self, country: str, weight: float, span: Span | None = None) -> None:
        self.weights[country] = self.weights.get(country, 0.0) + weight
        if span is not None and (country not in self.spans or self.spans[country][0] < weight):
            self.spans[country] = (weight, span)

    def best(self) -> tuple[str, float, float]:
        """(country, its weight, the runner-up's weight)."""
        ranked = sorted(self.weights.items(), key=lambda kv: -kv[1])
        if not ranked:
            return "", 0.0, 0.0
        return ranked[0][0], ranked[0][1], ranked[1][1] if len(ranked) > 1 else 0.0

    def leader(self, minimum: float, margin: float) -> str | None:
        """The country whose clues weigh at least `minimum` and `margin` more than any other's, if one does."""
        country, weight, runner_up = self.best()
        return country if country and weight >= minimum and weight - runner_up >= margin else None


@table()
def _currencies() -> tuple[re.Pattern[str], list[tuple[tuple[str, ...], float]]]:
    """One pattern for every row of country_cues.csv (group i = row i), and each row's countries and weight."""
    parts, rows = [], []
    for i, row in enumerate(read_table("country_cues.csv")):
        token = f"(?i:{row['token']})" if row["kind"] == "word" else f"(?:{row['token']})"
        parts.append(f"(?P<g{i}>{token})")
        rows.append((tuple(row["countries"].split(",")), float(row["weight"])))
    # r33b_places33b: Chinese writes its money glued to the words around it (決標金額新臺幣7,800,000元, 合約價值港幣
    # 6,720,000元): a Han character next to a token is no word boundary against it
    return re.compile(rf"(?<![^\W\d_\u4e00-\u9fff])(?:{'|'.join(parts)})(?![^\W\d_\u4e00-\u9fff])"), rows


@table()
def _listed_codes() -> frozenset[str]:
    """The ISO 4217 codes country_cues.csv's rows write first: `iso_money` leaves them to those rows, which may read
    a code only against a figure (CAD alone is computer-aided dispatch)."""
    return frozenset(code for code in _cue_currencies() if code)


@table()
def _cue_currencies() -> list[str | None]:
    """Each country_cues.csv row's ISO 4217 code, where its token writes one first (AUD, before A$ and AU$)."""
    return [m.group(0) if (m := re.match(r"[A-Z]{3}(?=\||\(\?|$)", row["token"])) and row["kind"] != "legal" else None
            for row in read_table("country_cues.csv")]


@table()
def _money_rows() -> list[bool]:
    """Whether each country_cues.csv row is money (a code, symbol or currency word), not a company legal form."""
    return [row["kind"] != "legal" for row in read_table("country_cues.csv")]


@table()
def _currency_scan() -> Prefixed:
    """The `_currencies` pattern tried only where one of its tokens can start (enrich/fastscan.py)."""
    return Prefixed(_currencies()[0])


@table()
def _calling_codes() -> dict[str, tuple[str, ...]]:
    codes: dict[str, list[str]] = {}
    for country, row in country_signals().items():
        for code in re.split(r"[ ,/]+", row["phone"]):
            if code:
                codes.setdefault(code, []).append(country)
    return {code: tuple(countries) for code, countries in codes.items()}


@table()
def _tlds() -> dict[str, str]:
    found = {row["tld"].lstrip(".").lower(): country for country, row in country_signals().items() if row["tld"]}
    found["uk"] = "GB"
    return found


def _language_countries(language: str | None) -> tuple[str, ...]:
    base = base_language(language)
    return _countries_speaking(base) if base else ()


@lru_cache(maxsize=64)
def _countries_speaking(base: str) -> tuple[str, ...]:
    """Countries whose first or second GeoNames language is ``base``."""
    return tuple(country for country, row in country_signals().items()
                 if any(lang.split("-")[0] == base for lang in row["languages"].split(",")[:2]))


@table()
def reviewed_language_countries() -> dict[str, tuple[str, ...]]:
    """Reviewed: base language → the countries whose notices are written in it (enrich/data/language_countries.csv)."""
    return {row["language"]: tuple(c.strip() for c in row["countries"].split(",") if c.strip())
            for row in read_table("language_countries.csv")}


# a bare dollar sign before a figure (not US$, A$, R$ …, which their own rows read)
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z$])\$[ \t]?\d")


@lru_cache(maxsize=64)
def _own_dollar_countries(language: str | None) -> frozenset[str]:
    """The countries whose notices the reviewed table says are written in ``language`` and whose own currency is a
    dollar named for them (USD, CAD, AUD, NZD: the code opens with the country's): whose money a bare "$" is."""
    countries = reviewed_language_countries().get(base_language(language) or "", ())
    return frozenset(c for c in countries if country_signals().get(c, {}).get("currency", "") == f"{c}D")


def _home_country(language: str | None) -> str | None:
    """The one country the reviewed table gives a language's notices (hu → HU, fi → FI), else None."""
    countries = reviewed_language_countries().get(base_language(language) or "", ())
    return countries[0] if len(countries) == 1 else None


# (each opens with a look-ahead for its first characters: `re` then tries the rest only there, a third faster over
# the 6,000 characters read)
_PHONE = re.compile(r"(?=[+0])(?<![\w+])(?:\+|00)[ \t]?(\d{1,4})[ \t\-.(]")
_DOMAIN = re.compile(r"(?=[@:w])(?:@|://|\bwww\.)[\w.-]*?\.([a-z]{2,3})(?:\.([a-z]{2}))?(?![\w.]*\w)",
                     re.IGNORECASE)
_TITLE_COUNTRY_CITY = re.compile(r"\A[ \t]*([A-ZÀ-ÞА-Я][^\W\d_]+(?:[ \t][A-ZÀ-ÞА-Я][^\W\d_]+)?)-[A-ZÀ-ÞА-Я]")
# (the capital first, then the look-behind: `re` skips to capitals instead of trying the look-behind everywhere)
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ](?<![\w'’].)[^\W\d_]+"
                          r"(?:[ \t](?:of|de|del|do|da|the|and|y|e|och|und|i)?[ \t]?"
                          r"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ][^\W\d_]+){0,5}")  # "The Royal Papua New Guinea Constabulary" in one


def country_evidence(text: str, language: str | None) -> Evidence:
    """Every country clue in the first part of ``text`` (the stored text), weighted."""
    window = text[:_WINDOW]
    evidence = Evidence()
    _, rows = _currencies()
    seen: set[int] = set()
    countries: tuple[str, ...] | None
    money_in: dict[str, tuple[float, Span]] = {}  # ISO 4217 code of the money written → its weight and where
    dollar_only: dict[str, float] = {}  # an adopting country → the weight the US dollar alone gave it
    shared_money: dict[str, tuple[float, Span]] = {}  # a country among the few whose money it is → weight, where
    for m in _currency_scan().finditer(window):  # money and company legal forms, each row counted once
        index = int(m.lastgroup[1:]) if m.lastgroup else -1
        if index < 0 or index in seen:
            continue
        seen.add(index)
        countries, weight = rows[index]
        if m.group(0) in _WRITTEN_ABROAD:
            countries = tuple(c for c in countries if c != _WRITTEN_ABROAD[m.group(0)])
        iso = _cue_currencies()[index]
        for country in countries:
            evidence.add(country, weight, Span(m.start(), m.end(), m.group(0)))
            if len(countries) > 1 and _money_rows()[index]:
                shared_money.setdefault(country, (weight, Span(m.start(), m.end(), m.group(0))))
            if iso == "USD" and country != _DOLLAR_HOME:
                dollar_only[country] = dollar_only.get(country, 0.0) + weight
        if iso and iso not in money_in:
            money_in[iso] = (weight, Span(m.start(), m.end(), m.group(0)))
    for country, weight, span in iso_money(window, _currencies()[0], _listed_codes()):  # r35_places: MGA, SCR, MWK …
        evidence.add(country, weight)  # its span shows the country only when nothing else does ("Mauritanian …")
        evidence.spans.setdefault(country, (0.5, span))
    for country, weight, span in money_sign_clues(window, language, _currencies()[0]):  # r42b_places: ₾, ֏, WS$ …
        evidence.add(country, weight)
        evidence.spans.setdefault(country, (0.5, span))
    for m in _PHONE.finditer(window):
        digits = m.group(1)
        for length in (4, 3, 2, 1):
            countries = _calling_codes().get(digits[:length])
            if countries:
                for country in countries:
                    evidence.add(country, 3.0 / len(countries))
                break
    for m in _DOMAIN.finditer(window):
        top, second = m.group(1).lower(), (m.group(2) or "").lower()
        tld = second or top
        if tld == "gov" or (top in ("gov", "mil") and not second):
            evidence.add("US", 2.0)
            continue
        official = top in ("gov", "gob", "gouv", "govt", "go", "mil", "police")
        if tld in _tlds() and (tld not in _GENERIC_TLDS or (official and tld in _ALWAYS_COUNTRY_TLDS | {"co"})):
            evidence.add(_tlds()[tld], 3.0 if official else 2.0)
    title_end = text.find("\n")
    lead = _TITLE_COUNTRY_CITY.match(text[: title_end if title_end != -1 else 200])
    if lead:
        code = _country_names().get(place_key(lead.group(1)))
        if code:
            evidence.add(code, 8.0, Span(lead.start(1), lead.end(1), lead.group(1)))
            evidence.strong = code
    else:
        dateline_country(text[: title_end if title_end != -1 else 200], evidence)
    named: set[str] = set()
    country_names = _country_names()  # (once: a table loader's call per sub-phrase added up)
    for m in _CAPITALISED.finditer(window[:4000]):
        words = m.group(0).split()
        taken: set[int] = set()  # words of a country already named: "South Sudan" is not Sudan too (r35_places)
        for n in range(len(words), 0, -1):
            for i in range(0, len(words) - n + 1):
                phrase = " ".join(words[i:i + n])
                if (i > 0 and words[i - 1] in NEW_WORDS) or taken.intersection(range(i, i + n)):
                    continue  # "New England", "Nueva Guinea": not England, not Guinea
                code = country_names.get(place_key(phrase)) if len(phrase) > 3 else None
                if code and (ordinary_word(phrase, language) or another_country_town(phrase, code)):
                    code = None  # not English "Island"; not Salvador, Bahia
                if code:
                    taken.update(range(i, i + n))
                if code and code not in named:
                    named.add(code)
                    start = m.start() + m.group(0).find(words[i])
                    end = start + len(phrase) if m.group(0).find(phrase) != -1 else start + len(words[i])
                    evidence.add(code, 2.0, Span(start, end, text[start:end]))
    for code, span in native_country_names(window[:4000]):  # r37_places: "בישראל", "বাংলাদেশের", "대한민국은"
        if code not in named:
            named.add(code)
            evidence.add(code, 2.0, span)
    for code, span in adjective_clues(window[:4000]):  # r34b_places34b: "Mauritanian Ministry", "Lao Airports"
        evidence.add(code, ADJECTIVE_WEIGHT, span)
    for code, span in body_adjective_clues(window[:4000]):  # r41b_places: "Policía Nacional paraguaya"
        evidence.add(code, ADJECTIVE_WEIGHT, span)
    for code, span in seat_clues(window[:4000]):  # r36b_places: "Authority in Bhutan", "Intérieur du Maroc"
        evidence.add(code, SEAT_WEIGHT, span)
    for code, weight, span in national_body_clues(text, window[:4000]):  # r38_places: "the Home Office"
        evidence.add(code, weight, span)
    for code in named:  # a country named whose own currency the money is in: A$ and "Kiribati" name Kiribati too
        shared = money_in.get(country_signals().get(code, {}).get("currency", ""))
        if shared is not None and evidence.weights.get(code, 0.0) < shared[0] + 2.0:
            evidence.add(code, shared[0], shared[1])
        elif code in shared_money:  # r35_places: "Rs" and "Sri Lanka", "CFA" and "Niger": the money is the named
            evidence.add(code, *shared_money[code])  # country's, not its neighbours' (India's, Cameroon's)
    money = {country for country, weight in evidence.weights.items() if weight > dollar_only.get(country, 0.0)}
    speaking = _language_countries(language)
    home = _home_country(language)
    if _BARE_DOLLAR.search(window):  # r35_places: "$52,000" in English is the money of the US, Canada, Australia
        money |= _own_dollar_countries(language)  # or New Zealand (in French, Canada's), not of Ecuador or Panama
    for country in speaking:
        # a country whose language the notice is written in and whose money or firms it names: €, es → ES; a
        # language of one country only (ka, hy, km, si, th …) names that country a little on its own; so does one
        # that the reviewed table gives one country's notices (hu → HU: GeoNames lists Hungarian second in Romania,
        # Slovakia and Serbia too) (r35_places)
        evidence.add(country, 2.0 if country in money or len(speaking) == 1 or country == home else 0.5)
    return evidence


# r35_places: a title that opens with a country, as a dateline ("Ecuador: ECU 911 reviewed", "KENYA — police buy …"),
# states where the story is; not a name that is also a town elsewhere ("Salvador: prefeitura …" is Salvador, Bahia)
_TITLE_COUNTRY = re.compile(r"\A[ \t]*([A-ZÀ-ÞА-Я][^\W\d_]+(?:[ \t][A-ZÀ-ÞА-Я][^\W\d_]+){0,2})[ \t]*(?::|[–—][ \t])")


def dateline_country(title: str, evidence: Evidence) -> None:
    """Weigh the country a title opens with as its dateline (4 more than a country named anywhere)."""
    lead = _TITLE_COUNTRY.match(title)
    code = _country_names().get(place_key(lead.group(1))) if lead else None
    if lead is None or code is None or any(c.cc != code for c in cities_named(place_key(lead.group(1)))):
        return
    evidence.add(code, 4.0, Span(lead.start(1), lead.end(1), lead.group(1)))


def country_place(evidence: Evidence, minimum: float = 4.0) -> Place | None:
    """A country-level place from the notice's clues alone, when one country clearly leads."""
    country = evidence.leader(minimum, 2.0)
    if country is None:
        return None
    span = evidence.spans.get(country)
    return Place(country=country, precision="country", method="country_clues", evidence=span[1] if span else None)


def with_buyer_country(evidence: Evidence, text: str, buyer: Span | None, language: str | None = None) -> Evidence:
    """r31b_money31b: a country the buyer's own name carries ("Ghana Revenue Authority", "Rural Electrification
    Authority of Zambia", "Ministry of Home Affairs of Malawi") counts once more: a body named for a country is that
    country's (sets ag, …: such notices were left without a country when nothing else in them named it)."""
    if buyer is None or not buyer.text or buyer.text != text[buyer.start:buyer.end]:
        return evidence
    country_names = _country_names()
    named: set[str] = set()
    for m in _CAPITALISED.finditer(buyer.text):
        words = m.group(0).split()
        for n in range(len(words), 0, -1):
            for i in range(0, len(words) - n + 1):
                phrase = " ".join(words[i:i + n])
                if (i > 0 and words[i - 1] in NEW_WORDS) or len(phrase) <= 3 or ordinary_word(phrase, language):
                    continue
                code = country_names.get(place_key(phrase))
                if code and code not in named:
                    named.add(code)
                    start = buyer.start + m.start() + m.group(0).find(phrase)
                    evidence.add(code, 2.0, Span(start, start + len(phrase), phrase))
    for code, weight, span in national_body_clues(text, text[:4000]):  # r38_places: a national body named as the
        if weight == MENTION_WEIGHT and buyer.start <= span.start < buyer.end:  # buyer counts as its subject
            evidence.add(code, SUBJECT_WEIGHT - MENTION_WEIGHT, span)
    after = _COUNTRY_AFTER.match(text, buyer.end)
    code = country_names.get(place_key(after.group(1))) if after else None
    if after and code and code not in named:  # r34b_buyers34b: "Ministère de l'Intérieur of Madagascar", the
        # country the prose glues to a body named in its own language, cut from the name (enrich/buyer_qualifiers.py)
        evidence.add(code, 2.0, Span(after.start(1), after.end(1), after.group(1)))
    return evidence


_COUNTRY_AFTER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?([A-Z][\w'’.-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’.-]*){0,3})"
                            r"(?![\w'’-])")
