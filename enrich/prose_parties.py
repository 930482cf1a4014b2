"""Buyers and suppliers named in running prose rather than in a labelled field.

Why: many notices never write "Buyer:" - they open with "The City of X Police Department is seeking proposals",
"El Ayuntamiento de X convoca…", "A Prefeitura Municipal de X torna público…", put the buyer at the head of the
title ("X县公安局…公开招标公告") or inside an agent's sentence ("受X委托"), and report the winner as "awarded to X" /
"成交供应商为X". Labelled fields stay the first source (enrich/parties.py); this module is the fallback. A buyer the
text itself calls the buyer ("on behalf of X", "X (the Authority)", "X (en adelante, la Entidad)", 受X委托,
"X（采购人）", "采购人为X") outranks a sentence subject, which may be the agent.

Precision over recall: a wrong buyer is worse than none. A prose buyer must look like an organisation - it
contains an organisation word of its language and a word that is not one (so "The Department is seeking" gives
nothing), English names are written in capitals word by word, head-initial languages open with the organisation
word, Chinese names end in an organisation head. The cue lists live in enrich/data/prose_party_cues.yaml.
Functions return (start, end) spans into the text they were given; the caller builds the parties.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from enrich.buyer_name_parts import body_form_first, generic_title
from enrich.cache import table
from enrich.prose_text import ELIDED_ARTICLE
from enrich.prose_text import trimmed as _trimmed
from enrich.zh_lede_buyers import lede_subject, project_owner, role_named

CUES_PATH = Path(__file__).parent / "data" / "prose_party_cues.yaml"
PROSE_WINDOW = 20_000  # buyers and winners are introduced early; never scan a 50 MB annex

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_CJK_CHAR = re.compile(f"[{_CJK}]")
_SENTENCE_START_RE = re.compile(r"[\n\r]|(?<!\b[SFM]t)(?<!\bSte)[.!?;:]\s{1,2}|\b(?:that|que)\s", re.IGNORECASE)
_ORG_BODY = r"(?:[^\n.;:!?,()\[\]\"“”]|\.(?=\S))"
_LATIN_UPPER = "A-Z0-9ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞŠŽČĆĐА-ЯЁ"
_LATIN_TOKEN_RE = re.compile(rf"[{_LATIN_UPPER}][\w.'’&\-/+]*")
_LEGAL_TOKEN_RE = re.compile(
    r"(?:inc|llc|l\.l\.c|ltd|limited|corp|co|s\.?a|s\.?l|s\.?l\.?u|s\.?a\.?s|sas|sarl|s\.?r\.?l|ltda|gmbh|ag|kg|"
    r"plc|b\.?v|n\.?v|d\.?o\.?o|d\.?d|a\.?d|s\.?r\.?o|ab|oy|spa|s\.?p\.?a|lp|llp|pty|eireli|me|epp|se)\.?(?![\w])",
    re.IGNORECASE,
)
_NAME_CONNECTORS = {"of", "de", "do", "da", "dos", "das", "del", "la", "y", "e", "and", "&", "und", "et", "i", "für",
                    "du", "des", "d'", "&amp;"}
_CAPS_STOPS = {"FOR", "IN", "AT", "ON", "WITH", "TO", "BY", "FROM", "AS", "UNDER", "PER", "POR", "PARA", "EN", "PELO",
               "PELA", "NO", "NA", "POUR", "AU", "AUX", "IM", "ZUM", "ZUR", "MIT", "ZA", "U", "WHICH", "THAT",
               "WHO", "QUE", "IN THE"}


@dataclass(frozen=True)
class _Language:
    code: str
    head_initial: bool
    substring: bool
    articles: frozenset[str]
    connectors: frozenset[str]
    org_words: frozenset[str]
    subject_re: re.Pattern[str]
    framed: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]
    agent_frames: tuple[re.Pattern[str], ...] = ()
    appositions: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True)
class _Cues:
    version: str
    languages: tuple[_Language, ...]
    zh_org_heads: tuple[str, ...]
    zh_title_heads: tuple[str, ...]
    zh_title_subunits: tuple[str, ...]
    zh_title_notice_words: tuple[str, ...]
    supplier_frames: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...]
    supplier_reject_first_words: frozenset[str]
    zh_subject_re: re.Pattern[str] | None = None
    zh_role_bracket_re: re.Pattern[str] | None = None
    zh_role_is_re: re.Pattern[str] | None = None


def _flags(pattern: str) -> int:
    return 0 if _CJK_CHAR.search(pattern) else re.IGNORECASE


@table()
def load_cues() -> _Cues:
    """The reviewed cue file, compiled once per process."""
    data = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))
    languages = []
    for code, entry in data["languages"].items():
        articles = [a for a in entry.get("articles") or []]
        article_re = ("(?:(?:" + "|".join(re.escape(a) for a in articles if not a.endswith(("'", "’")))
                      + r")\s+|l['’])?") if articles else ""
        verbs = "|".join(f"(?:{v})" for v in entry["subject_verbs"])
        subject = (
            r"[ \t]*(?:\d{1,2}[.)]\s*)?" + article_re
            + rf"(?P<org>[^\W\d_]{_ORG_BODY}{{1,160}}?)(?:\s*,[^\n.;]{{0,200}}?,)?\s+(?:{verbs})"
        )
        framed = tuple(
            (re.compile(before, _flags(before)), re.compile(r"\s*(?:" + after + ")", _flags(after)) if after else None)
            for before, after in entry.get("framed") or []
        )
        languages.append(_Language(
            code=code, head_initial=bool(entry.get("head_initial")), substring=bool(entry.get("substring")),
            articles=frozenset(a.casefold() for a in articles),
            connectors=frozenset(c.casefold() for c in entry.get("connectors") or []),
            org_words=frozenset(w.casefold() for w in entry["org_words"]),
            subject_re=re.compile(subject, re.IGNORECASE | re.MULTILINE), framed=framed,
            agent_frames=tuple(re.compile(r"(?<!\w)" + a, re.IGNORECASE) for a in entry.get("agent_frames") or []),
            appositions=tuple(re.compile(a, re.IGNORECASE) for a in entry.get("appositions") or []),
        ))
    supplier_frames = tuple(
        (re.compile(r"(?<!\w)" + before if not _CJK_CHAR.search(before) else before, _flags(before)),
         re.compile(r"\s*(?:" + after + ")", _flags(after)) if after else None)
        for before, after in data["supplier_frames"]
    )
    return _Cues(
        version=str(data["version"]), languages=tuple(languages),
        zh_org_heads=tuple(sorted(data["zh_org_heads"], key=len, reverse=True)),
        zh_title_heads=tuple(sorted(data["zh_title_heads"], key=len, reverse=True)),
        zh_title_subunits=tuple(sorted(data["zh_title_subunits"], key=len, reverse=True)),
        zh_title_notice_words=tuple(data["zh_title_notice_words"]),
        supplier_frames=supplier_frames,
        supplier_reject_first_words=frozenset(w.casefold() for w in data["supplier_reject_first_words"]),
        **_chinese_sentence_patterns(data),
    )


_ZH_NAME_CHARS = r"[^\s，。；;：:、,“”\"'（()）【】\[\]「」《》]"
_ZH_BOUNDARY = r"(?<![^\s，。；;：:、,“”\"（()）【】\[\]「」])"


def _chinese_sentence_patterns(data: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """Compiled Chinese buyer sentences: "X拟对…进行公开招标", "X（采购人）", "采购人为X" (cue lists in the YAML)."""
    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    heads = alternation(data["zh_org_heads"])
    methods = alternation(data["zh_procurement_methods"])
    roles = alternation(data["zh_buyer_roles"])
    subject = (
        _ZH_BOUNDARY + rf"(?P<org>{_ZH_NAME_CHARS}{{2,40}}?(?:{heads}))(?:{alternation(data['zh_subject_links'])})"
        rf"(?:(?:{methods})|[^\n。；;]{{0,80}}?(?:{alternation(data['zh_method_verbs'])})(?:{methods}))"
    )
    bracket = _ZH_BOUNDARY + rf"(?P<org>{_ZH_NAME_CHARS}{{4,40}}?)[（(](?:{roles})[)）]"
    role_is = rf"(?:{roles})(?:{alternation(data['zh_buyer_role_links'])})(?P<org>{_ZH_NAME_CHARS}{{4,40}})"
    return {"zh_subject_re": re.compile(subject), "zh_role_bracket_re": re.compile(bracket),
            "zh_role_is_re": re.compile(role_is)}


# --------------------------------------------------------------------------------------------- buyers
def _words(value: str) -> list[str]:
    return re.findall(r"[\w'’&.\-]+", value)


def _has_org_word(language: _Language, words: list[str]) -> bool:
    folded = [w.casefold().strip(".") for w in words]
    if language.substring:
        return any(org in word for word in folded for org in language.org_words)
    return any(word in language.org_words for word in folded)


def _looks_like_org(language: _Language, value: str) -> bool:
    words = _words(value)
    if not 2 <= len(words) <= 16 or len(value) > 160:
        return False
    if not _has_org_word(language, words):
        return False
    folded = [w.casefold().strip(".") for w in words]
    if language.substring:
        naming = [w for w in folded if w not in language.articles and w not in language.connectors]
        if len(naming) < 2 and not any(w[0].isupper() for w in words[1:]):
            return False
    elif not any(w not in language.org_words and w not in language.articles and w not in language.connectors
                 for w in folded):
        return False
    if language.head_initial:
        if folded[0] not in language.org_words:
            return False
        lowercase = [w for w, f in zip(words, folded, strict=False) if w[0].islower() and f not in language.connectors]
        limit = 6 if language.code == "ru" else 3
        return len(lowercase) <= limit
    # head-final (en, de): capitals word by word, connectors excepted
    if not words[0][0].isupper() and not words[0][0].isdigit():
        return False
    return all(w[0].isupper() or w[0].isdigit() or f in language.connectors or f in language.articles
               for w, f in zip(words, folded, strict=False))


def _latin_name_end(text: str, start: int, *, limit: int = 160) -> int:
    """End of a capitalised organisation name starting at ``start`` ("Example Security Ltd.", "ACME, Inc.")."""
    position, end = start, start
    stop = min(len(text), start + limit)
    expect_token = True
    while position < stop:
        token = _LATIN_TOKEN_RE.match(text, position)
        if token and token.group(0).rstrip(".,") not in _CAPS_STOPS:
            end = token.end()
            position = end
            expect_token = False
            word = token.group(0)
            if word.endswith(".") and len(word) > 5 and "." not in word[:-1] and text[end:end + 1] in " \t":
                return end - 1  # "… Maintenance Vidéo. La délibération": a sentence ends, not an abbreviation
        else:
            legal = re.compile(r",?\s*").match(text, position)
            assert legal is not None  # the pattern matches the empty string
            after_sep = legal.end()
            legal_token = _LEGAL_TOKEN_RE.match(text, after_sep)
            if not expect_token and legal_token:
                end = position = legal_token.end()
                continue
            elided = ELIDED_ARTICLE.match(text, position, stop)
            if elided and not expect_token:
                position = elided.end()  # "District Autonome d’Abidjan": the article is glued to the name
                expect_token = True
                continue
            connector = re.match(r"[\w&'’]+", text[position:stop])
            if expect_token or not connector or connector.group(0).casefold() not in _NAME_CONNECTORS:
                break
            position += connector.end()
            expect_token = True
        gap = re.match(r"[ \t]{1,2}", text[position:stop])
        if not gap:
            break
        position += gap.end()
    return end


def _org_from_framed(language: _Language, text: str, position: int,
                     after: re.Pattern[str] | None) -> tuple[int, int] | None:
    if after is None:
        if language.head_initial:
            return None
        end = _latin_name_end(text, position)
        return (position, end) if end > position else None
    window = text[position:position + 200]
    for match in after.finditer(window):
        candidate = window[:match.start()]
        if re.search(r"[\n;:!?]", candidate):
            return None
        return position, position + match.start()
    return None


def _strip_article(language: _Language, text: str, start: int, end: int) -> int:
    match = re.match(r"(\w+['’]?)\s*", text[start:end])
    if match and match.group(1).casefold() in language.articles and end - start > match.end():
        return start + match.end()
    return start


def prose_buyers(text: str) -> list[tuple[int, int]]:
    """Buyer spans, most explicit first: the buyer an agent acts for ("on behalf of X", 受X委托), a name the notice
    itself calls the buyer ("X (the Authority)", "X（采购人）", "采购人为X"); then, in text order, the subject of a
    notice sentence, a title head, or a framed name. The caller takes the first."""
    cues = load_cues()
    window = text[:PROSE_WINDOW]
    explicit: list[tuple[int, int]] = []
    found: list[tuple[int, int]] = []
    starts = [0] + [m.end() for m in _SENTENCE_START_RE.finditer(window)]
    for language in cues.languages:
        for position in starts:
            match = language.subject_re.match(window, position)
            if not match:
                continue
            start, end = _trimmed(window, *match.span("org"))
            start = _strip_article(language, window, start, end)
            if _looks_like_org(language, window[start:end]):
                found.append((start, end))
        for before, after in language.framed:
            for match in before.finditer(window):
                span = _org_from_framed(language, window, match.end(), after)
                if not span:
                    continue
                start, end = _trimmed(window, *span)
                start = _strip_article(language, window, start, end)
                if _looks_like_org(language, window[start:end]):
                    found.append((start, end))
        explicit.extend(_agent_frame_buyers(language, window))
        explicit.extend(_apposition_buyers(language, window, starts))
    zh_explicit, zh_found = _chinese_buyers(window, cues)
    explicit.extend(zh_explicit)
    found.extend(zh_found)
    from enrich.buyer_span import refine_span
    from enrich.prose_buyers import is_vendor, more_buyers  # second pass; it imports this module

    more_explicit, more_found = more_buyers(text)
    explicit.extend(more_explicit)
    found = [(start, end) for start, end in found if not is_vendor(window[start:end])]  # never a vendor
    found = sorted(set(found), key=lambda x: (x[0], -x[1])) or more_found  # in text order, longest first; the
    # second pass's own order otherwise (a headline's name leads it); a title's short form yields to the body's own
    found = body_form_first(window, found, more_found)
    ordered = sorted(set(explicit)) + [span for span in dict.fromkeys(found) if span not in set(explicit)]
    spans = [refine_span(window, start, end) for start, end in ordered
             if not is_vendor(window[start:end]) and not _DATED_NAME.search(window, start, end)]
    named = [(start, end) for start, end in spans if not generic_title(window[start:end])]
    if named:
        return named
    from enrich.generic_buyers import last_buyers  # last: a title's tail (round 30), "The city bought …"
    from enrich.lede_subjects import lede_subject  # before it: a lede's unmarked subject ("L'ONEE a attribué")

    subject = lede_subject(window)
    return [refine_span(window, *subject)] if subject is not None else last_buyers(window)


# "巴楚县2026年度第三季度政府(采购意向)": a headline's date read into a name is no body
_DATED_NAME = re.compile(r"\d{4}\s*年|季度")


def _head_initial_name_end(language: _Language, text: str, start: int, limit: int = 160) -> int:
    """End of a head-first name ("Ayuntamiento de Villa Serena", "Prefeitura Municipal de Serra Clara"): it runs
    while words are capitalised, connectors or organisation words, and never ends on a connector."""
    end = start
    for word in re.finditer(r"[\w'’.\-]+|[^\w\s]", text[start:start + limit]):
        token = word.group(0)
        folded = token.casefold().strip(".")
        if not token[0].isalnum():
            break
        if token[0].isupper() or token[0].isdigit() or folded in language.org_words:
            end = start + word.end()
        elif folded in language.connectors or folded in language.articles:
            continue
        else:
            break
        if re.match(r"[ \t]*[\n,;:()]", text[start + word.end():start + word.end() + 3]):
            break
    return end


def _agent_frame_buyers(language: _Language, window: str) -> list[tuple[int, int]]:
    """"… on behalf of Wexmoor County Council", "… en nombre del Ayuntamiento de X": the named buyer."""
    found = []
    for frame in language.agent_frames:
        for match in frame.finditer(window):
            position = match.end()
            if language.head_initial:
                end = _head_initial_name_end(language, window, position)
            else:
                end = _latin_name_end(window, position)
            if end <= position:
                continue
            start, end = _trimmed(window, position, end)
            start = _strip_article(language, window, start, end)
            if _looks_like_org(language, window[start:end]):
                found.append((start, end))
    return found


def _apposition_buyers(language: _Language, window: str, starts: list[int]) -> list[tuple[int, int]]:
    """"Wexmoor Borough Council (the Authority)", "La Municipalidad de X (en adelante, la Entidad)": the longest
    organisation-looking name that ends right before the apposition, within its sentence."""
    found = []
    for apposition in language.appositions:
        for match in apposition.finditer(window):
            name_end = match.start()
            sentence_start = max((s for s in starts if s <= name_end), default=0)
            sentence_start = max(sentence_start, name_end - 200)
            for word in re.finditer(r"(?<![\w'’\-])\w", window[sentence_start:name_end]):
                start, end = _trimmed(window, sentence_start + word.start(), name_end)
                if start >= end:
                    continue
                start = _strip_article(language, window, start, end)
                value = window[start:end]
                if "," in value or "(" in value or "\n" in value:
                    continue
                if _looks_like_org(language, value):
                    found.append((start, end))
                    break
    return found


_ZH_ENTRUSTED_RE = re.compile(
    r"受(?P<org>[^\s，。；、,;：:“”\"受（(]{4,60}?)(?:[（(]以下(?:简)?称[^）)]{0,14}[）)])?(?:的)?委托"
)
_ZH_HEREINAFTER_RE = re.compile(
    r"(?P<org>[^\s，。；、,;：:“”\"（(]{4,60})[（(]以下(?:简)?称[：:]?[“\"'「]?(?:采购人|采购单位|招标人|甲方|业主|建设单位)"
)
_ZH_PLACE_CHAR_RE = re.compile(r"[省市县区州旗盟镇乡]")


def _ends_with_head(name: str, heads: tuple[str, ...]) -> bool:
    return any(name.endswith(head) for head in heads) and len(name) >= 4


def _chinese_buyers(window: str, cues: _Cues) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(explicit, other) Chinese buyer spans: 受X委托 / X（以下简称采购人） / X（采购人） / 采购人为X are explicit;
    "X拟对…进行公开招标" sentences and the title head are not."""
    if not _CJK_CHAR.search(window[:2000]):
        return [], []
    explicit, found = [], []
    for regex in (_ZH_ENTRUSTED_RE, _ZH_HEREINAFTER_RE):
        for match in regex.finditer(window):
            start, end = match.span("org")
            name = window[start:end]
            if name.startswith("受"):
                start, name = start + 1, name[1:]
            if _ends_with_head(name, cues.zh_org_heads) and not _is_agent_name(name):
                explicit.append((start, end))
    for match in cues.zh_role_bracket_re.finditer(window) if cues.zh_role_bracket_re else ():
        span = _chinese_org_span(window, *match.span("org"), cues, allow_company=True)
        if span:
            explicit.append(span)
    for match in cues.zh_role_is_re.finditer(window) if cues.zh_role_is_re else ():
        span = _chinese_org_span(window, *match.span("org"), cues, allow_company=True)
        if span:
            explicit.append(span)
    for match in cues.zh_subject_re.finditer(window) if cues.zh_subject_re else ():
        span = _chinese_org_span(window, *match.span("org"), cues, allow_company=False)
        if span:
            found.append(span)
    named = role_named(window, cues.zh_org_heads)
    if named:
        explicit.append(named)
    lede = lede_subject(window, cues.zh_title_heads, cues.zh_title_notice_words)
    title_span = lede or _chinese_title_buyer(window, cues) or project_owner(  # the body's subject over the title's
        window, cues.zh_title_heads, cues.zh_title_notice_words)  # site; last, the body a project's name opens with
    if title_span:
        found.append(title_span)
    return explicit, found


_ZH_COMPANY_HEADS = ("有限责任公司", "股份有限公司", "有限公司", "公司", "集团")
_ZH_NOT_A_NAME_START = ("本项目", "本次", "项目", "我单位", "我局", "我院", "现", "该", "由", "经", "为", "对", "拟")


def _is_agent_name(name: str) -> bool:
    return any(w in name for w in ("代理", "招标公司", "招标有限", "咨询", "造价", "项目管理"))


def _chinese_org_span(window: str, start: int, end: int, cues: _Cues, *, allow_company: bool) -> tuple[int, int] | None:
    """A Chinese organisation name: ends in an organisation head (or, where the notice calls it the buyer, a
    company head), names a place or is long enough to be specific, and is not an agent or a notice phrase."""
    name = window[start:end]
    if name.startswith(_ZH_NOT_A_NAME_START) or len(name) < 4:
        return None
    heads = cues.zh_org_heads + (_ZH_COMPANY_HEADS if allow_company else ())
    if not _ends_with_head(name, heads) or _is_agent_name(name):
        return None
    if any(w in name for w in cues.zh_title_notice_words):
        return None
    if not allow_company and (name.endswith(_ZH_COMPANY_HEADS) or not _ZH_PLACE_CHAR_RE.search(name[2:])):
        return None  # a sentence subject must be a public body that names its place (青川县…), not "市公安局"
    return start, end


def _chinese_title_buyer(window: str, cues: _Cues) -> tuple[int, int] | None:
    """"青山县公安局雪亮工程视频监控采购项目公开招标公告" → 青山县公安局 (first line only). A leading 关于 and a
    bracketed tag are stepped over ("关于X…的公告", "【招标公告】X…"); a bracketed organisation is the buyer itself
    ("【X县公安局】…采购项目…公告")."""
    line = window.split("\n", 1)[0][:100]
    base = 0
    bracket = _ZH_TITLE_BRACKET_RE.match(line)
    if bracket:
        inner_start, inner_end = bracket.span("inner")
        span = _chinese_org_span(line, inner_start, inner_end, cues, allow_company=False)
        if span and any(w in line[bracket.end():] for w in cues.zh_title_notice_words):
            return span
        base = bracket.end()
    if line.startswith("关于", base):
        base += 2
    title = line[base:base + 80]
    if not _CJK_CHAR.match(title[:1] or "x"):
        return None
    span = _chinese_title_head(title, cues)
    return (base + span[0], base + span[1]) if span else None


_ZH_TITLE_BRACKET_RE = re.compile(r"\s*[【\[［〔](?P<inner>[^】\]］〕\n]{2,30})[】\]］〕]\s*")
_ZH_PUNCTUATION_RE = re.compile(r"[：:，,。；;、\s（()）“”\"'【】\[\]]")


def _chinese_title_head(title: str, cues: _Cues) -> tuple[int, int] | None:
    for index in range(3, len(title)):
        head = next((h for h in cues.zh_title_heads if title[:index].endswith(h)), None)
        if head is None:
            continue
        end = index
        rest = title[end:]
        subunit = next((s for s in cues.zh_title_subunits if rest.startswith(s)), None)
        if subunit:
            end += len(subunit)
        else:
            for stretch in range(2, 7):
                piece = rest[:stretch]
                if any(title[:end + stretch].endswith(h) for h in cues.zh_title_heads) and not any(  # r31b: 委员会
                        w in piece for w in cues.zh_title_notice_words + ("所属", "及", "和", "与", "等")):
                    end += stretch
                    break
        name = title[:end]
        if not _ZH_PLACE_CHAR_RE.search(name[:-len(head)] or "") or any(w in name for w in cues.zh_title_notice_words):
            return None
        if _ZH_PUNCTUATION_RE.search(name):
            return None  # "受托方说明：X…" - a label, not a name
        if not any(w in title[end:] for w in cues.zh_title_notice_words):
            return None
        return 0, end
    return None


# Suppliers named in prose: enrich/prose_suppliers.py.
