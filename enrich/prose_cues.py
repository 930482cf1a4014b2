"""The prose readers' cue file, enrich/data/prose_party_cues.yaml, compiled once per process.

Split from enrich/prose_parties.py by job (round 32): the buyer readers (enrich/prose_parties.py, Chinese ones in
enrich/zh_prose_buyers.py), the supplier readers (enrich/prose_suppliers.py) and the supply statements
(enrich/supply_statements.py) all read the same file: per-language subject verbs, framed names, agent frames and
appositions, the Chinese organisation and title heads, and the supplier frames.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from enrich.cache import table

CUES_PATH = Path(__file__).parent / "data" / "prose_party_cues.yaml"
PROSE_WINDOW = 20_000  # buyers and winners are introduced early; never scan a 50 MB annex

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_CJK_CHAR = re.compile(f"[{_CJK}]")
_ORG_BODY = r"(?:[^\n.;:!?,()\[\]\"“”]|\.(?=\S))"


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
