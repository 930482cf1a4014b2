"""From a cue as reviewers write it in taxonomy_cues.yaml to the regular expression that is matched.

Why a translation step: reviewers write cues the way notices are written (人脸识别, Videoüberwachung,
"facial recogni{w}*"), but matching runs on folded text (enrich.text.fold: lower case, no accents,
simplified Chinese) and must survive OCR gaps between ideographs and word boundaries that Python's ``\\b``
gets wrong next to Chinese characters. Every such rule lives here, once, instead of in each cue.
"""
from __future__ import annotations

import functools
import re

from enrich.text import fold

# Regex macros usable in the YAML. CJK characters count as \w in Python, so "\b" fails between
# 采购 and CCTV; these boundaries only look at letters/digits of alphabetic scripts.
# Folded text is lower case, so these short classes cover Latin (with ß ł đ …), Greek and Cyrillic; they
# compile far faster than "\w minus the CJK blocks".
LETTER = r"[a-z\u00df-\u02af\u0370-\u03ff\u0400-\u052f]"  # \u0250-\u02af: Azerbaijani ə
ALNUM = r"[0-9a-z\u00df-\u02af\u0370-\u03ff\u0400-\u052f]"
MACROS = {"{w}": LETTER, "{b}": rf"(?!{ALNUM})"}
LEFT_BOUNDARY = rf"(?<!{ALNUM})"
LETTER_RE = re.compile(LETTER)
CJK_GAP = r"\s{0,2}"  # OCR and PDF extraction put spaces (or a line break) between ideographs
CJK_CHAR_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
NEVER = r"(?!x)x"  # a pattern that matches nothing, for empty rule lists

#: An indirect question about a cue ("asked whether facial recognition would be enabled") and the answer no that
#: follows it in the same or the next sentence ("the Director confirmed it is not part of the contract").
ASKED = re.compile(r"\b(?:(?:asked|asks|questioned|queried|inquired|enquired|wondered|wanted to know)\s+(?:whether|if)"
                    r"|pregunt(?:o|a|aron)\s+si|pergunt(?:ou|a|aram)\s+se|demande(?:nt)?\s+s['’]?i|fragte(?:n)?,?\s+ob"
                    r"|chies(?:e|ero|to)\s+se|spytal\w*,?\s+czy|спросил\w*,?\s+(?:будет|будут|ли))\b"
                    # round 22: an investor Q&A's question (问：公司是否参与…？): a yes/no question its 答 answers
                    r"|(?:问|提问)[:：](?=[^？?\n]{0,60}(?:是否|有没有|会不会|能否))")


class CueFileError(ValueError):
    """The reviewed cue/code files are malformed; raised at load time with the offending entry."""


def fold_pattern(pattern: str) -> str:
    """Fold a regex the way text is folded, leaving escapes (\\s, \\d, \\b …) untouched."""
    out: list[str] = []
    escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        else:
            out.append(fold(ch))
    return "".join(out)


def allow_cjk_gaps(pattern: str) -> str:
    """Let whitespace sit between ideographs (人 脸 识 别) without writing it in every cue.

    A gap is inserted between two ideographs, between an ideograph and an opening group, and between a
    closing group and an ideograph or a group that starts with one (车牌)(识别) — never inside a character
    class, after an escape, or inside a look-behind (which must keep a fixed width). After an optional or
    repeated group the gap goes inside it, (?:(?:监视|监控)\\s{0,2})?录像, so that no match starts with
    whitespace (and the cue is not tried at every space).
    """
    out: list[str] = []
    escaped = False
    in_class = False
    depth = 0  # parenthesis depth
    lookbehind_depths: list[int] = []  # depths at which a look-behind group is open
    lookaround: list[bool] = []  # for each open group: is it a look-ahead/behind (zero width)?
    opened_at: list[int] = []  # for each open group: the index in `out` of its "("
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        out.append(ch)
        i += 1
        if escaped:
            escaped = False
            continue
        if ch == "\\":
            escaped = True
            continue
        if in_class:
            in_class = ch != "]"
            continue
        if ch == "[":
            in_class = True
            continue
        closed_lookaround = False
        if ch == "(":
            depth += 1
            if pattern.startswith(("(?<=", "(?<!"), i - 1):
                lookbehind_depths.append(depth)
            lookaround.append(pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i - 1))
            opened_at.append(len(out) - 1)
        elif ch == ")":
            if lookbehind_depths and lookbehind_depths[-1] == depth:
                lookbehind_depths.pop()
            depth -= 1
            closed_lookaround = lookaround.pop() if lookaround else False
            group_start = opened_at.pop() if opened_at else 0
        if lookbehind_depths:
            continue
        nxt = pattern[i] if i < len(pattern) else ""
        here_cjk = bool(CJK_CHAR_RE.match(ch))
        next_cjk = bool(nxt and CJK_CHAR_RE.match(nxt))
        if (here_cjk and (next_cjk or nxt == "(")) or (ch == ")" and next_cjk):
            out.append(CJK_GAP)
        elif ch == ")" and not closed_lookaround and i >= 2 and CJK_CHAR_RE.match(pattern[i - 2]):
            # (?:车牌|号牌)(?:自动)?(?:识别|抓拍), (?:视频)?监控: a group ending in an ideograph, its quantifier,
            # then an ideograph or a group starting with one (OCR: 车 牌 识 别)
            quantifier = _QUANTIFIER_RE.match(pattern, i)
            after = quantifier.end() if quantifier else i
            if _STARTS_CJK_RE.match(pattern, after):
                if quantifier:
                    # the gap goes inside the optional part, (?:(?:监视|监控)\s{0,2})?录, so that no match can
                    # start with whitespace (which would also make every space a place to try the cue)
                    out.insert(group_start, "(?:")
                    out.append(CJK_GAP + ")" + pattern[i:after])
                else:
                    out.append(CJK_GAP)
                i = after
    return "".join(out)


_QUANTIFIER_RE = re.compile(r"(?:[?*+]|\{\d*,?\d*\})[?+]?")
_STARTS_CJK_RE = re.compile(r"(?:\((?:\?:|\?P<\w+>)?)?[\u3400-\u9fff\uf900-\ufaff]")


def compile_cue(raw: str, boundary: bool = True) -> str:
    """YAML cue → regex source: folded, macros expanded, CJK gaps, left word boundary for alphabetic cues."""
    infix = raw.startswith("*") or not boundary
    pattern = fold_pattern(raw[1:] if raw.startswith("*") else raw)
    pattern = allow_cjk_gaps(pattern)
    for macro, expansion in MACROS.items():
        pattern = pattern.replace(macro, expansion)
    first = pattern.lstrip("(?:")[:1]
    if not infix and first and not CJK_CHAR_RE.match(first):
        pattern = LEFT_BOUNDARY + "(?:" + pattern + ")"
    return pattern


def union(patterns: list[str], where: str, boundary: bool = True) -> re.Pattern[str] | None:
    """One compiled alternation of cues (None for an empty list); a bad cue is named in the error."""
    if not patterns:
        return None
    sources = [compile_cue(p, boundary) for p in patterns]
    try:
        return re.compile("|".join(f"(?:{s})" for s in sources))
    except re.error:
        for raw, source in zip(patterns, sources, strict=False):
            try:
                re.compile(source)
            except re.error as exc:
                raise CueFileError(f"{where}: bad pattern {raw!r}: {exc}") from exc
        raise


def header_sources(labels: list[str]) -> list[str]:
    """Negating labels followed by a colon ("Not included:", 不含：); a match ends just after the colon."""
    union(labels, "negation.header")  # validates with a clear error
    return [rf"(?:{compile_cue(label)})\s{{0,3}}[:：]" for label in labels]


def as_list(value: object, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise CueFileError(f"{where}: expected a list of strings")
    return list(value)


@functools.lru_cache(maxsize=256)
def any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern whose search finds a match exactly when ``any(word in text for word in words)`` (their literal
    alternation). Why: a member of the classifier's candidate pass (`HINTS`), it says whether a notice holds one of
    the rare hint words from the pass the notice makes anyway, instead of one `in` search per word (19 words: ~150
    µs a 16 KB notice lacking all of them, most notices). Cached: asked again with every notice (negation.py
    `_holds`), escaping and joining its words each time was ~0.5 % of a 2 KB notice."""
    return re.compile("|".join(map(re.escape, words)))
