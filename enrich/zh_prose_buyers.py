"""Chinese buyers named in running text rather than in a labelled field (split from enrich/prose_parties.py by job,
round 32): 受X委托, X（以下简称采购人）, X（采购人）, 采购人为X are explicit; "X拟对…进行公开招标" sentences and the
title head ("青山县公安局雪亮工程…公开招标公告") are not. enrich/prose_parties.prose_buyers ranks them with the rest.
"""
from __future__ import annotations

import re

from enrich.prose_cues import _CJK_CHAR, _Cues
from enrich.text import fold
from enrich.zh_award_ledes import award_lede_buyer
from enrich.zh_lede_buyers import lede_subject, project_owner, role_named
from enrich.zh_owned_purchases import owned_purchase_names

_ZH_ENTRUSTED_RE = re.compile(
    r"受(?P<org>[^\s，。；、,;：:“”\"受（(]{4,60}?)(?:[（(]以下(?:简)?称[^）)]{0,14}[）)])?(?:的)?委托"
)
_ZH_HEREINAFTER_RE = re.compile(
    r"(?P<org>[^\s，。；、,;：:“”\"（(]{4,60})[（(]以下(?:简)?称[：:]?[“\"'「]?(?:采购人|采购单位|招标人|甲方|业主|建设单位)"
)
_ZH_PLACE_CHAR_RE = re.compile(r"[省市县縣区區州旗盟镇鎮乡鄉]")


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
    for start, end in owned_purchase_names(window):  # round 36: 现将X采购意向, X2025年采购的, X与Y公司签订
        span = _chinese_org_span(window, start, end, cues, allow_company=False, sentence_named=True)
        if span:
            explicit.append(span)
    named = role_named(window, cues.zh_org_heads)
    if named:
        explicit.append(named)
    lede = lede_subject(window, cues.zh_title_heads, cues.zh_title_notice_words)
    title_span = lede or award_lede_buyer(window, cues.zh_org_heads) or _chinese_title_buyer(  # the body's subject
        window, cues) or project_owner(window, cues.zh_title_heads, cues.zh_title_notice_words)  # over the title's
    # site (r37b: also an award summary's opening body, "X局信用平台升级，供应商Y"); last, a project name's body
    if title_span:
        found.append(title_span)
    return explicit, found


_NOTICE_OWN_WORDS = ("公告", "招标", "采购", "项目", "公示", "结果", "更正", "审计", "报告")
_ZH_COMPANY_HEADS = ("有限责任公司", "股份有限公司", "有限公司", "公司", "集团")
_ZH_NOT_A_NAME_START = ("本项目", "本次", "项目", "我单位", "我局", "我院", "现", "该", "由", "经", "为", "对", "拟")


def _is_agent_name(name: str) -> bool:
    return any(w in name for w in ("代理", "招标公司", "招标有限", "咨询", "造价", "项目管理"))


def _chinese_org_span(window: str, start: int, end: int, cues: _Cues, *, allow_company: bool,
                      sentence_named: bool = False) -> tuple[int, int] | None:
    """A Chinese organisation name: ends in an organisation head (or, where the notice calls it the buyer, a
    company head), names a place or is long enough to be specific, and is not an agent or a notice phrase.
    ``sentence_named``: the sentence's shape marks the name (enrich/zh_owned_purchases.py), so only a notice's own
    words reject it - 建设 or 服务 inside it is a bureau's name (住房和城乡建设局, 政务服务中心)."""
    name = window[start:end]
    if name.startswith(_ZH_NOT_A_NAME_START) or len(name) < 4:
        return None
    heads = cues.zh_org_heads + (_ZH_COMPANY_HEADS if allow_company else ())
    if not _ends_with_head(name, heads) or _is_agent_name(name):
        return None
    if any(w in name for w in (_NOTICE_OWN_WORDS if sentence_named else cues.zh_title_notice_words)):
        return None
    if not allow_company and (name.endswith(_ZH_COMPANY_HEADS) or not _ZH_PLACE_CHAR_RE.search(name[2:])):
        return None  # a sentence subject must be a public body that names its place (青川县…), not "市公安局"
    return start, end


def _chinese_title_buyer(window: str, cues: _Cues) -> tuple[int, int] | None:
    """"青山县公安局雪亮工程视频监控采购项目公开招标公告" → 青山县公安局 (first line only). A leading 关于 and a
    bracketed tag are stepped over ("关于X…的公告", "【招标公告】X…"); a bracketed organisation is the buyer itself
    ("【X县公安局】…采购项目…公告")."""
    line = fold(window.split("\n", 1)[0][:100])  # r35: the cues are simplified; "宜蘭縣…公所…工程" reads as 宜兰县…
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
                # r35: a government's centre is a body of its own ("X市政府智慧安全中心"); r31b: 委员会
                centre = head == "政府" and title[:end + stretch].endswith("中心")
                if (centre or any(title[:end + stretch].endswith(h) for h in cues.zh_title_heads)) and not any(
                        w in piece for w in cues.zh_title_notice_words + ("所属", "及", "和", "与", "等")):
                    end += stretch
                    break
        name = title[:end]
        if not _ZH_PLACE_CHAR_RE.search(name[:-len(head)] or "") or any(w in name for w in cues.zh_title_notice_words):
            return None
        if _ZH_PUNCTUATION_RE.search(name):
            return None  # "受托方说明：X…" - a label, not a name
        if not any(w in title[end:] for w in cues.zh_title_notice_words) and not title.rstrip().endswith("案"):
            return None  # r35: a Taiwanese case title ends in 案 ("X縣警察局監視器連線至既有平台案")
        return 0, end
    return None
