"""The prose-buyer cue tables and the test of what reads as an organisation's name.

Why a module of its own: every buyer reader (enrich/prose_buyers.py, enrich/buyer_span.py) asks the same two
questions - which words of enrich/data/prose_buyer_cues.yaml (and the first pass's organisation words) apply, and
whether a span reads as a public body's name rather than a company, a person or a phrase - and a registry vendor is
never a buyer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from enrich.buyer_name_parts import EMERGENCY_NUMBER
from enrich.cache import table
from enrich.prose_text import HEAD_FINAL as _HEAD_FINAL
from enrich.prose_text import NAME_CONNECTORS as _CONNECTORS

if TYPE_CHECKING:
    from enrich.vendors import Registry

CUES_PATH = Path(__file__).parent / "data" / "prose_buyer_cues.yaml"
FIRST_PASS_CUES = Path(__file__).parent / "data" / "prose_party_cues.yaml"
RU_ORG = re.compile(r"(?:СПб\s+)?(?:АНО|ГБУЗ|ГБУ|ГКУ|МКУ|МБУ|МАУ|ФГБУ|ФКУ|МУП|ГУП|ФГУП|ГАУ|ОГКУ|КП|КУ|КНП|КЗ)"
                     r"\s*«[^»\n]{2,80}»")
COMPANY = re.compile(r"(?:\b(?:Ltd|Ltda|LLC|Inc|Corp|Plc|PLC|plc|GmbH|S\.A|S\.L|SpA|S\.p\.A|S\.r\.l|B\.V|d\.o\.o"
                     r"|Co)\b\.?|\bsp\. z o\.o\.|ООО|ПАО|ЗАО"
                     r"|^(?:empresa|société|firma|company|compañía|società|компания) )")  # round 32b: plc


@dataclass(frozen=True)
class BuyerCues:
    labels: re.Pattern[str]
    verbs: frozenset[str]
    org_words: frozenset[str]
    heads: frozenset[str]  # organisation words that open a head-first name (Secretaria, Agence, Ente, Služba…)
    by_frames: tuple[tuple[str, re.Pattern[str]], ...]
    zh_frames: tuple[re.Pattern[str], ...]
    script_frames: tuple[re.Pattern[str], ...] = ()
    name_frames: tuple[re.Pattern[str], ...] = ()


@table()
def cues() -> BuyerCues:
    data = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))
    labels = "|".join(re.escape(label) for label in sorted(data["field_labels"], key=len, reverse=True))
    org_words = {w.casefold() for w in data["org_words"]} | _HEAD_FINAL
    heads = {w.casefold() for w in data["head_first_org_words"]}
    first_pass = yaml.safe_load(FIRST_PASS_CUES.read_text(encoding="utf-8"))["languages"]
    for language in first_pass.values():
        words = {w.casefold() for w in language["org_words"]}
        org_words |= words
        if language.get("head_initial"):
            heads |= words
    return BuyerCues(
        labels=re.compile(rf"(?:^|\n|\t| / |(?<=[.;])[ \t])[ \t]*(?:BT-\d+[a-z]?(?:\([\w-]+\))?[ \t]+)?"  # eForms
                          rf"(?:{labels})[ \t]*(?:[:：][ \t]*|\t+)", re.IGNORECASE),
        verbs=frozenset(v.casefold() for verbs in data["verbs"].values() for v in verbs),
        org_words=frozenset(org_words),
        heads=frozenset(heads),
        by_frames=tuple((lang, re.compile(frame)) for lang, frames in data["by_frames"].items() for frame in frames),
        zh_frames=tuple(re.compile(frame) for frame in data["zh_frames"]),
        script_frames=tuple(re.compile(frame) for frame in data.get("script_frames", ())),
        name_frames=tuple(re.compile(frame) for frame in data.get("name_frames", ())),
    )


@lru_cache(maxsize=1)
def registry() -> Registry:
    from enrich.vendors import load_registry  # (it imports the prose readers)

    return load_registry()


def is_vendor(name: str) -> bool:
    """A registry vendor (or its subsidiary) is never the buyer."""
    resolution = registry().resolve(name)
    return resolution is not None and resolution.score >= 0.9


def org_like(value: str, *, allow_company: bool = False) -> bool:
    if RU_ORG.fullmatch(value):
        return True
    words = re.findall(r"[^\W\d_][\w'’&.\-]*", value)
    if len(words) == 1 and value[:1].isupper() and words[0].casefold() in cues().heads and re.search(
            EMERGENCY_NUMBER, value):
        return True  # a head-first service named by its emergency line: "Sistema 911", "Servicio 112"
    if not 2 <= len(words) <= 16 or len(value) > 140:
        return False
    if not value[:1].isupper() and words[0].casefold() not in cues().heads:
        return False  # lower case only for a head-first organisation word: "gemeente Amsterdam"
    if not allow_company and COMPANY.search(value):
        return False
    folded = [w.casefold().strip(".") for w in words]
    if folded[-1] in _CONNECTORS:
        return False
    if re.search(EMERGENCY_NUMBER, value):
        return True  # an emergency line's service is a body: "Sistema Nacional de Emergencias 911"
    org = cues().org_words
    if not any(w in org or (len(w) > 7 and any(o in w for o in org if len(o) >= 6)) for w in folded):
        return False
    if any(w not in org and w not in _CONNECTORS for w in folded):
        return True
    # a name of organisation words only: a head-first one with its own words capitalised ("Ministerio de
    # Gobernación"); "the Police Department" stays generic
    return (folded[0] in cues().heads or len(set(folded) - _CONNECTORS) >= 3) and len(folded) >= 3 and all(
        w[:1].isupper() for w, f in zip(words, folded, strict=True) if f not in _CONNECTORS)
