"""The vendor registry and name resolution: which registry vendor a written organisation name refers to.

Why this module exists: suppliers appear in notices as full legal names in any script
(杭州海康威视数字技术股份有限公司, 杭州海康威視數字技術股份有限公司, "HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO.,LTD"),
as branch offices and subsidiaries, or only as brands in item lists ("HIKVISION DS-2CD2142FWD-I"). Analysts need
every one of them tied to one stable vendor id, with the method and score that produced the tie so a doubtful
match can be reviewed. The facts live in the reviewed data file ``enrich/data/vendors.yaml``; this module only
reads it.

Resolution (``Registry.resolve``), first hit wins:

1. ``exact_alias`` - the folded name equals a folded registry name. Folding = NFKC (full width to half width),
   case folding, traditional to simplified Chinese (OpenCC t2s), ``&``/``and`` unified, punctuation dropped,
   whitespace collapsed (and removed next to CJK characters, which also undoes OCR-like spacing).
2. ``suffix_stripped`` - the same after removing legal-form suffixes in every script (股份有限公司, 有限公司,
   集团, (中国), Co., Ltd., Inc., GmbH, S.A., ООО, d.o.o., ...), Chinese province/prefecture prefixes
   (杭州海康威视数字技术 -> 海康威视数字技术), branch designators (…有限公司北京分公司), trailing region words in
   Latin names (Hikvision Europe B.V. -> hikvision). If that still fails, generic business descriptors are
   removed too (数字技术, 科技, Technology, Systems, ...) and the remaining *core* is compared with the cores of
   registry legal names (and of Chinese short names of four or more characters: 北京银河水滴科技有限公司 -> 银河水滴);
   only cores of at least ``MIN_CORE_LENGTH`` characters take part, so that a common short
   word (海康, 中兴, Axis) never turns an unrelated company into a vendor (海康医疗器械有限公司 is not Hikvision).
   Local companies: a distinctive Latin registry name (never a needs_context one) followed only by countries,
   connectors and generic business words ("Hikvision do Brasil Comércio de Equipamentos de Segurança Ltda.")
   resolves to that vendor with score 0.95; a subsidiary's name keeps reporting ``Resolution.subsidiary``.
3. Written forms that hide a registry name: a bracketed acronym after the name ("China National Electronics
   Import & Export Corporation (CEIEC)": the name before the bracket decides) and a seat city after the legal form
   ("Huawei Technologies d.o.o. Beograd"), score at most 0.95.
4. ``token_core`` - the distinctive words of a Latin name in any order, in English or pinyin, after removing legal
   forms, descriptors, region words and Chinese places in pinyin (enrich/vendor_names.py: "HANGZHOU HIKVISION
   DIGITAL TECH", "Hikvision Digital Technology (Hangzhou)", "Haikang Weishi", "Beijing Kuangshi Technology Co.,
   Ltd."), score 0.9-0.93. Cores shorter than ``MIN_TOKEN_CORE`` letters (yitu, kuangshi is long enough) count only
   in the shape of a Chinese legal name (place + core + descriptor); needs-context names never take part.
5. ``fuzzy`` - rapidfuzz ``token_sort_ratio`` between the suffix-stripped query and suffix-stripped registry
   names, accepted only at ``FUZZY_THRESHOLD`` (92/100) or above, and only when both strings have at least
   ``FUZZY_MIN_LENGTH`` characters. Below the threshold ``resolve`` returns None. The threshold is deliberately
   high: a missed match costs a reviewer a look, a wrong match accuses the wrong company.

``Registry.by_identifier`` finds a vendor by an identifier its entry lists (cn_uscc, lei, sec_cik, ticker); parties
that print one are resolved by it first (enrich/identifiers.py).

Names in free text (``find_brand_mentions``, ``find_names``) are found by enrich/vendor_mentions.py, which says when
a short or ambiguous name counts as a brand mention; enrich/vendor_links.py decides supplier or mentioned.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ahocorasick
import yaml
from rapidfuzz import fuzz, process

from enrich.cache import table
from enrich.model import Span
from enrich.vendor_mentions import Candidate, build_automaton, scan
from enrich.vendor_names import (  # noqa: F401 - name_key/strip_legal_form/core_name are imported from here elsewhere
    _CJK,
    _CJK_RE,
    _GENERIC_BUSINESS_WORDS,
    _REGION_WORDS_LATIN,
    MIN_CORE_LENGTH,
    core_name,
    cut_after_legal_form,
    latin_core,
    name_key,
    pinyin_key,
    place_set,
    short_brand_before_country,
    strip_legal_form,
    usable_core,
)

REGISTRY_PATH = Path(__file__).parent / "data" / "vendors.yaml"
FUZZY_THRESHOLD = 92.0  # rapidfuzz token_sort_ratio, 0..100; never lower this without re-running the tests
FUZZY_MIN_LENGTH = 6  # folded characters on both sides before fuzzy matching is tried
_CJK_CHARS = _CJK
_CHINESE_COUNTRIES = {"CN", "HK", "MO", "TW"}
_CHINESE_LEGAL_END = re.compile(r"(?:有限公司|有限责任公司|股份有限公司|集团)$")
MIN_TOKEN_CORE = 5  # letters a Latin/pinyin core needs to match without the shape of a Chinese legal name


@dataclass(frozen=True)
class VendorName:
    name: str
    lang: str | None
    type: str
    needs_context: bool = False
    subsidiary: bool = False  # the name belongs to a brand/subsidiary listed under the vendor
    group: str | None = None  # for subsidiary names: the first name of its subsidiary/brand entry


@dataclass(frozen=True)
class Vendor:
    """One registry entry, as the db loader stores it."""

    id: str
    canonical_name: str
    country: str | None
    names: tuple[VendorName, ...]
    identifiers: tuple[dict[str, Any], ...] = ()  # YAML mappings: scheme, value, citation …
    parent: str | None = None
    parent_relation: str | None = None
    citations: tuple[str, ...] = ()
    notes: str | None = None


@dataclass(frozen=True)
class Resolution:
    vendor_id: str
    method: str  # exact_alias | suffix_stripped | token_core | fuzzy | identifier
    score: float  # 0..1
    canonical_name: str
    subsidiary: str | None = None  # the matched name is this subsidiary/brand of the vendor, not the vendor itself


class RegistryError(ValueError):
    """The registry file breaks its own rules (duplicate ids, a name claimed by two vendors, …)."""


@dataclass
class Registry:
    version: str
    vendors: list[Vendor]
    _by_id: dict[str, Vendor] = field(default_factory=dict, repr=False)
    _exact: dict[str, str] = field(default_factory=dict, repr=False)
    _groups: dict[str, str] = field(default_factory=dict, repr=False)  # match key -> subsidiary/brand name
    _stripped: dict[str, str] = field(default_factory=dict, repr=False)
    _core: dict[str, str] = field(default_factory=dict, repr=False)
    _fuzzy_keys: list[str] = field(default_factory=list, repr=False)
    _fuzzy_ids: list[str] = field(default_factory=list, repr=False)
    _automaton: ahocorasick.Automaton | None = field(default=None, repr=False)
    _prefixes: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict, repr=False)
    _token_cores: dict[str, tuple[str, bool]] = field(default_factory=dict, repr=False)  # core → (id, short)
    _identifiers: dict[tuple[str, str], str] = field(default_factory=dict, repr=False)
    _resolved: dict[str, Resolution | None] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for vendor in self.vendors:
            if vendor.id in self._by_id:
                raise RegistryError(f"{REGISTRY_PATH.name}: duplicate vendor id {vendor.id!r}")
            if not re.fullmatch(r"[a-z0-9_]+", vendor.id):
                raise RegistryError(f"{REGISTRY_PATH.name}: vendor id {vendor.id!r} is not a lowercase slug")
            self._by_id[vendor.id] = vendor
        ambiguous_cores: set[str] = set()
        for vendor in self.vendors:
            if vendor.parent and vendor.parent not in self._by_id:
                raise RegistryError(f"{REGISTRY_PATH.name}: {vendor.id} names unknown parent {vendor.parent!r}")
            for vendor_name in vendor.names:
                folded = name_key(vendor_name.name)
                self._claim(self._exact, folded, vendor.id, vendor_name.name)
                stripped = strip_legal_form(folded)
                self._claim(self._stripped, stripped, vendor.id, vendor_name.name)
                if vendor_name.type == "legal" or (_CJK_RE.search(stripped) and len(stripped) >= MIN_CORE_LENGTH):
                    core = core_name(stripped)  # legal names, and Chinese short names such as 银河水滴
                    if usable_core(core):
                        if self._core.get(core, vendor.id) != vendor.id:
                            ambiguous_cores.add(core)  # two vendors share it: it identifies neither
                        self._core[core] = vendor.id
                if len(stripped) >= FUZZY_MIN_LENGTH:
                    self._fuzzy_keys.append(stripped)
                    self._fuzzy_ids.append(vendor.id)
        for core in ambiguous_cores:
            del self._core[core]
        self._prefixes = self._distinctive_prefixes()
        self._index_subsidiary_keys()
        self._automaton = build_automaton(self.vendors)
        self._index_token_cores()
        for vendor in self.vendors:
            for identifier in vendor.identifiers:
                key = (str(identifier.get("scheme")), str(identifier.get("value")).strip().upper())
                if self._identifiers.get(key, vendor.id) != vendor.id:
                    raise RegistryError(f"{REGISTRY_PATH.name}: identifier {key} is listed by two vendors")
                self._identifiers[key] = vendor.id

    @staticmethod
    def _claim(index: dict[str, str], key: str, vendor_id: str, original: str) -> None:
        if not key:
            return
        owner = index.get(key)
        if owner is not None and owner != vendor_id:
            raise RegistryError(
                f"{REGISTRY_PATH.name}: name {original!r} (key {key!r}) is claimed by both {owner} and {vendor_id}"
            )
        index[key] = vendor_id

    def get(self, vendor_id: str) -> Vendor | None:
        return self._by_id.get(vendor_id)

    # ------------------------------------------------------------------ resolution
    def resolve(self, name: str) -> Resolution | None:
        """Tie a written organisation name to a registry vendor, or None when nothing is close enough.

        Answers are remembered (a registry never changes once built): notices name the same suppliers again and
        again, and a Chinese name costs a traditional→simplified conversion in pure Python."""
        found = self._resolved.get(name, self)
        if found is self:
            if len(self._resolved) >= 1 << 15:
                self._resolved.clear()
            found = self._resolved[name] = self._resolve(name)
        return found  # type: ignore[return-value]  # no longer the `self` sentinel: a Resolution or None

    def _resolve(self, name: str) -> Resolution | None:
        if not name or not name.strip():
            return None
        folded = name_key(name)
        if not folded:
            return None
        vendor_id = self._exact.get(folded)
        if vendor_id:
            return self._resolution(vendor_id, "exact_alias", 1.0, folded)
        stripped = strip_legal_form(folded)
        vendor_id = self._stripped.get(stripped)
        if vendor_id:
            return self._resolution(vendor_id, "suffix_stripped", 1.0, stripped)
        core = core_name(stripped)
        if usable_core(core):
            vendor_id = self._core.get(core)
            if vendor_id:
                return self._resolution(vendor_id, "suffix_stripped", 0.97, "core:" + core)
        short = self._by_short_core(folded, stripped, core)
        if short:
            return short
        prefixed = self._by_distinctive_prefix(stripped) or short_brand_before_country(stripped, self.vendors)
        if prefixed:
            vendor_id, key = prefixed
            return self._resolution(vendor_id, "suffix_stripped", 0.95, key)
        rewritten = self._rewritten(name, folded)
        if rewritten:
            return rewritten
        branch = _FOREIGN_BRANCH.fullmatch(name.strip())
        if branch:  # Taiwan's "以色列商Cellebrite DI Ltd.台灣分公司": the foreign company itself
            return self._resolve(branch.group(1))
        if not _CJK_RE.search(folded):
            by_tokens = self._by_token_core(folded)
            if by_tokens:
                return by_tokens
        if len(stripped) >= FUZZY_MIN_LENGTH and self._fuzzy_keys:
            best = process.extractOne(
                stripped, self._fuzzy_keys, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_THRESHOLD
            )
            if best is not None:
                _, score, index = best
                return self._resolution(self._fuzzy_ids[index], "fuzzy", round(score / 100.0, 4),
                                        self._fuzzy_keys[index])
        return None

    def _by_short_core(self, folded: str, stripped: str, core: str) -> Resolution | None:
        """上海商汤智能科技有限公司, 深圳云从智能科技有限公司: a Chinese legal name - legal form, a descriptor
        (智能科技) and usually a place around it - whose core is exactly a Chinese vendor's short name (商汤,
        云从), too short to match as a bare core. The legal-name shape is what makes two characters enough."""
        if not (_CJK_RE.search(core) and 2 <= len(core) < MIN_CORE_LENGTH and stripped != core != folded
                and _CHINESE_LEGAL_END.search(folded)):
            return None
        vendor_id = self._stripped.get(core)
        vendor = self._by_id.get(vendor_id) if vendor_id else None
        if vendor is None or vendor.country not in _CHINESE_COUNTRIES:
            return None
        if not any(name_key(n.name) == core and n.type in ("short", "brand") and not n.needs_context
                   for n in vendor.names):
            return None
        return self._resolution(vendor.id, "core_short", 0.9, "core:" + core)

    def _rewritten(self, name: str, folded: str) -> Resolution | None:
        """Written forms that hide a registry name: a bracketed acronym ("China National Electronics Import & Export
        Corporation (CEIEC)") and a seat city after the legal form ("Huawei Technologies d.o.o. Beograd")."""
        seat = _SEAT_BRACKET.fullmatch(name.strip())  # 亮亮视野（北京）科技有限公司: the seat city inside the name
        if seat and seat.group(2) in place_set():
            return self.resolve(seat.group(1) + seat.group(3))
        bracket = re.fullmatch(r"\s*(.+?)\s*[(（]\s*([^()（）]{2,40}?)\s*[)）]\s*", name)
        if bracket:  # the name before the bracket decides; a bracket naming another vendor makes it doubtful
            outer, inner = self.resolve(bracket.group(1)), self.resolve(bracket.group(2))
            if outer and (inner is None or inner.vendor_id == outer.vendor_id):
                return outer
            return None
        cut = cut_after_legal_form(folded)
        if cut and cut != folded:
            resolution = self.resolve(cut)
            if resolution:
                return Resolution(resolution.vendor_id, resolution.method, min(resolution.score, 0.95),
                                  resolution.canonical_name, resolution.subsidiary)
        return None

    def _index_token_cores(self) -> None:
        """Latin and pinyin cores of Chinese vendors' names (enrich/vendor_names.latin_core, pinyin_key), so that
        their English or pinyin forms match in any order. Only one-word Latin short names and brands (Hikvision,
        SenseTime) and the pinyin of Chinese short names and brands (海康威视 → haikangweishi, 旷视 → kuangshi) take
        part; a core under ``MIN_TOKEN_CORE`` letters or from a Chinese name under four characters is *short* and
        counts only in the shape of a Chinese legal name. A core shared by two vendors identifies neither; a
        needs-context name (NEC, Tiandy) has none."""
        cores: dict[str, set[str]] = {}
        short: dict[str, bool] = {}
        for vendor in self.vendors:
            if vendor.country not in _CHINESE_COUNTRIES:
                continue
            for vendor_name in vendor.names:
                if vendor_name.needs_context or vendor_name.type == "legal":
                    continue
                folded = name_key(vendor_name.name)
                if _CJK_RE.search(folded):
                    core = core_name(strip_legal_form(folded))
                    if not re.fullmatch(f"[{_CJK_CHARS}]{{2,}}", core) or core.startswith(("中国", "中华", "国家")):
                        continue
                    key, is_short = pinyin_key(core), len(core) < MIN_CORE_LENGTH
                elif " " not in folded and re.fullmatch(r"[a-z0-9+]+", folded):
                    key, is_short = folded, len(folded) < MIN_TOKEN_CORE
                else:
                    continue
                if len(key) >= 4:
                    cores.setdefault(key, set()).add(vendor.id)
                    short[key] = short.get(key, True) and is_short
        for key, owners in cores.items():
            if len(owners) == 1:
                self._token_cores[key] = (next(iter(owners)), short[key])

    def _by_token_core(self, folded: str) -> Resolution | None:
        """"hangzhou hikvision digital tech", "beijing kuangshi technology co ltd", "haikang weishi": a Latin name
        whose distinctive words are a registry name's (in English or pinyin). A short core (yitu, under
        MIN_TOKEN_CORE letters) counts only in the shape of a Chinese legal name: place, core, descriptor."""
        core, chinese_shape = latin_core(folded)
        hit = self._token_cores.get(core)
        if hit is None or (hit[1] and not chinese_shape):
            return None
        return self._resolution(hit[0], "token_core", 0.93 if chinese_shape else 0.9)

    def _distinctive_prefixes(self) -> dict[tuple[str, ...], tuple[str, str]]:
        """Latin registry names distinctive enough to open a local company's name (hikvision, dahua technology).

        Names marked needs_context (Axis, Bosch, NEC, Genetec) and short ones (ZTE) never qualify: "Bosch Elektro
        GmbH" may be anyone's family business.
        """
        prefixes: dict[tuple[str, ...], tuple[str, str]] = {}
        clashes: set[tuple[str, ...]] = set()
        for vendor in self.vendors:
            for vendor_name in vendor.names:
                if vendor_name.needs_context or _CJK_RE.search(vendor_name.name):
                    continue
                folded = name_key(vendor_name.name)
                words = tuple(strip_legal_form(folded).split(" "))
                if len("".join(words)) < 5 or all(w in _GENERIC_BUSINESS_WORDS for w in words):
                    continue
                if prefixes.get(words, (vendor.id,))[0] != vendor.id:
                    clashes.add(words)
                prefixes.setdefault(words, (vendor.id, folded))
        for words in clashes:
            del prefixes[words]
        return prefixes

    def _by_distinctive_prefix(self, stripped: str) -> tuple[str, str] | None:
        """"hikvision do brasil comercio de equipamentos de seguranca" → (hikvision, "hikvision")."""
        words = stripped.split(" ")
        for length in range(len(words) - 1, 0, -1):
            hit = self._prefixes.get(tuple(words[:length]))
            if hit and (all(w in _GENERIC_BUSINESS_WORDS or w in _REGION_WORDS_LATIN for w in words[length:])
                        or _names_a_country(words[length:])):
                return hit
        return None

    def _index_subsidiary_keys(self) -> None:
        """Remember which match keys come only from a subsidiary's or brand's names (not the vendor's own).

        A list designation of the parent does not automatically cover them, so the store keeps them apart.
        """
        for vendor in self.vendors:
            own: set[str] = set()
            for vendor_name in vendor.names:
                if not vendor_name.subsidiary:
                    own.update(_keys(vendor_name.name))
            for vendor_name in vendor.names:
                if vendor_name.subsidiary and vendor_name.group:
                    for key in _keys(vendor_name.name) - own:
                        self._groups.setdefault(key, vendor_name.group)

    def _resolution(self, vendor_id: str, method: str, score: float, key: str | None = None) -> Resolution:
        return Resolution(vendor_id, method, score, self._by_id[vendor_id].canonical_name,
                          self._groups.get(key) if key else None)

    # ------------------------------------------------------------------ names in free text
    def find_brand_mentions(self, text: str) -> list[tuple[str, Span]]:
        """Registry vendors named inside free text (item lists, brand/model strings), with exact spans; a short or
        ambiguous name only with brand context (enrich/vendor_mentions.py)."""
        return [(c.vendor_id, Span(c.start, c.end, text[c.start:c.end]))
                for c in scan(self._automaton, text) if c.contextual]

    def find_names(self, text: str) -> list[Candidate]:
        """Every registry name in ``text`` (enrich.vendor_mentions.Candidate), with or without brand context."""
        return scan(self._automaton, text)

    def by_identifier(self, scheme: str, value: str) -> str | None:
        """The vendor whose registry entry lists this identifier (cn_uscc, lei, sec_cik, ticker …), or None."""
        return self._identifiers.get((scheme, value.strip().upper()))


def _names_a_country(words: list[str]) -> bool:
    """"côte divoire", "of kenya": a local company's country ("Huawei Technologies Côte d'Ivoire")."""
    from enrich.places.gazetteer import country_of

    while words and (words[0] in _GENERIC_BUSINESS_WORDS):
        words = words[1:]
    return bool(words) and len(words) <= 4 and country_of(" ".join(words)) is not None


def _keys(name: str) -> set[str]:
    """The match keys a registry name is indexed under (exact, suffix-stripped, core)."""
    folded = name_key(name)
    stripped = strip_legal_form(folded)
    keys = {folded, stripped}
    core = core_name(stripped)
    if usable_core(core):
        keys.add("core:" + core)
    return keys


def _names_from(raw_names: list[dict[str, Any]], *, subsidiary: bool) -> list[VendorName]:
    group = str(raw_names[0]["name"]) if subsidiary and raw_names else None
    return [
        VendorName(
            name=str(item["name"]),
            lang=item.get("lang"),
            type=str(item.get("type", "short")),
            needs_context=bool(item.get("needs_context", False)),
            subsidiary=subsidiary,
            group=group,
        )
        for item in raw_names or []
    ]


def parse_registry(data: dict[str, Any], source: str = str(REGISTRY_PATH)) -> Registry:
    """Build a Registry from the parsed YAML document; raises RegistryError naming the entry on bad data."""
    if not isinstance(data, dict) or "version" not in data or not isinstance(data.get("vendors"), list):
        raise RegistryError(f"{source}: expected a mapping with `version` and a `vendors` list")
    vendors: list[Vendor] = []
    for position, entry in enumerate(data["vendors"], start=1):
        if not isinstance(entry, dict) or "id" not in entry or not entry.get("names"):
            raise RegistryError(f"{source}: vendor #{position} needs an `id` and `names`")
        if not entry.get("citations"):
            raise RegistryError(f"{source}: vendor {entry['id']!r} has no citations")
        for identifier in entry.get("identifiers") or ():
            _check_identifier(entry["id"], identifier, source)
        names = _names_from(entry["names"], subsidiary=False)
        for group in entry.get("subsidiaries") or []:
            names.extend(_names_from(group.get("names"), subsidiary=True))
        canonical = next((n.name for n in names if n.type == "legal" and n.lang == "en" and not n.subsidiary),
                         None) or next((n.name for n in names if not n.subsidiary), names[0].name)
        parent = entry.get("parent") or {}
        vendors.append(
            Vendor(
                id=str(entry["id"]),
                canonical_name=canonical,
                country=entry.get("country"),
                names=tuple(names),
                identifiers=tuple(entry.get("identifiers") or ()),
                parent=parent.get("vendor_id"),
                parent_relation=parent.get("relation"),
                citations=tuple(entry["citations"]),
                notes=entry.get("notes"),
            )
        )
    return Registry(version=str(data["version"]), vendors=vendors)


def _check_identifier(vendor_id: str, identifier: dict[str, Any], source: str) -> None:
    """A PRC unified social credit code needs its own citation and a right GB 32100-2015 check character."""
    if not isinstance(identifier, dict) or not identifier.get("scheme") or not identifier.get("value"):
        raise RegistryError(f"{source}: vendor {vendor_id!r} has an identifier without scheme and value")
    if identifier["scheme"] == "cn_uscc":
        from enrich.identifiers import is_valid_uscc

        if not identifier.get("citation"):
            raise RegistryError(f"{source}: vendor {vendor_id!r}: a cn_uscc identifier needs its own citation")
        if not is_valid_uscc(str(identifier["value"])):
            raise RegistryError(f"{source}: vendor {vendor_id!r}: {identifier['value']!r} is not a valid unified "
                                "social credit code (GB 32100-2015 check character)")


@table()
def load_registry() -> Registry:
    """The shipped registry, parsed once per process."""
    with REGISTRY_PATH.open(encoding="utf-8") as handle:
        return parse_registry(yaml.safe_load(handle))


# A foreign company's local branch as Taiwan's registers write it: nationality + 商, the company's own (Latin)
# name, then the branch ("美商X Inc.台灣分公司", "以色列商X Ltd.", "荷蘭商X B.V.臺灣分公司").
_SEAT_BRACKET = re.compile(r"([\u4e00-\u9fff]{2,12})[(（]([\u4e00-\u9fff]{2,4})[)）]([\u4e00-\u9fff]{2,20})")
_FOREIGN_BRANCH = re.compile(r"[\u4e00-\u9fff]{1,10}商[ \t]*([A-Za-z][^\u4e00-\u9fff]{1,80}?)[ \t]*"
                             r"(?:(?:台灣|臺灣|台湾|香港|澳門|澳门|在台)?分公司)?")


def _read_version() -> str:
    match = re.search(r"^version:\s*[\"']?([^\"'\n]+)", REGISTRY_PATH.read_text(encoding="utf-8"), re.MULTILINE)
    if not match:
        raise RegistryError(f"{REGISTRY_PATH}: no top-level `version:`")
    return match.group(1).strip()


REGISTRY_VERSION: str = _read_version()
